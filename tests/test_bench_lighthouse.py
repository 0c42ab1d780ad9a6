"""kommunale_jobcenter/bench_lighthouse.py reads a Lighthouse report (a trimmed real one, Lighthouse
12.8.2 on the Kreis Warendorf profile before issue #14's fixes); Lighthouse itself runs
only in ``make bench``."""

from __future__ import annotations

import json
from pathlib import Path

from kommunale_jobcenter import bench_lighthouse

REPORT = Path(__file__).parent / "fixtures" / "lighthouse-profil.json"


def _summary() -> dict:
    return bench_lighthouse.summarize(json.loads(REPORT.read_text(encoding="utf-8")))


def test_summary_has_scores_metrics_and_settings() -> None:
    s = _summary()
    assert (s["performance"], s["accessibility"]) == (86, 100)
    assert round(s["lcp_ms"]) == 2366 and round(s["tbt_ms"]) == 368 and s["cls"] == 0
    assert s["transfer_bytes"] == 94337 and s["benchmark_index"] == 633.5
    assert (s["formfaktor"], s["drosselung"], s["lighthouse"]) == ("mobile", "simulate",
                                                                    "12.8.2")


def test_failed_audits_and_hints_are_listed() -> None:
    s = _summary()
    # scored 100 (Lighthouse rounds), yet one audit failed: the target counts it
    assert [a["id"] for a in s["fehlgeschlagen"]["accessibility"]] == ["aria-allowed-role"]
    perf = [a["id"] for a in s["fehlgeschlagen"]["performance"] if a["gewicht"] > 0]
    assert perf == ["total-blocking-time", "largest-contentful-paint", "speed-index",
                    "first-contentful-paint"]
    assert [h["id"] for h in s["hinweise"]] == ["render-blocking-resources",
                                                "unused-css-rules"]
    assert s["hinweise"][0]["ms"] == 932


def test_median_run_targets_and_table() -> None:
    s = _summary()
    runs = [{**s, "performance": p, "tbt_ms": t} for p, t in ((90, 200), (70, 900),
                                                               (86, 368))]
    assert bench_lighthouse.median_run(runs)["performance"] == 86
    page = {**s, "url": "jobcenter/kreis-warendorf.html", "performance_alle": [90, 70, 86],
            "benchmark_index_alle": [600, 633.5, 700]}
    result = {"laeufe": 3, "seiten": {"profil": page}}
    assert not bench_lighthouse.meets_targets(result)
    clean = {**page, "performance": 97, "fehlgeschlagen": {"performance": [],
                                                           "accessibility": []}}
    assert bench_lighthouse.meets_targets({"laeufe": 3, "seiten": {"profil": clean}})
    text = "\n".join(bench_lighthouse.format_report(result))
    assert "| profil | jobcenter/kreis-warendorf.html | 86 | 100 | 2366 ms | 368 ms |" in text
    assert "aria-allowed-role" in text and "Ziele VERFEHLT" in text


def test_command_uses_lighthouse_defaults() -> None:
    cmd = bench_lighthouse.command("http://127.0.0.1:1/index.html", Path("/tmp/x.json"))
    assert "--only-categories=performance,accessibility" in cmd and "--output=json" in cmd
    assert not any(c.startswith(("--preset", "--form-factor", "--throttling")) for c in cmd)
