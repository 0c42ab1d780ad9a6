"""Lighthouse on five pages of the built site for ``make bench`` (issue #14).

The site is served with gzip like a static host (kommunale_jobcenter/gzip_server.py) and Lighthouse
(pinned in package.json, node_modules/.bin/lighthouse) runs Debian's Chromium headless with
its defaults: mobile form factor, simulated throttling (slow 4G, 4× CPU slowdown),
categories performance and accessibility. Each page runs ``--runs`` times; the run with
the median performance score counts (Lighthouse's own advice for noisy machines). Targets:
performance ≥ 95, accessibility 100.

Simulated throttling multiplies the CPU time observed on this machine: a machine busy
with other work scores lower. The table therefore shows Lighthouse's benchmark index of
each run (higher is faster; Lighthouse calibrates its 4× for about 1000–1500).

``python -m kommunale_jobcenter.bench_lighthouse [site] [--runs N]`` measures an existing build;
``make bench`` calls ``measure`` on the site it has just built.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kommunale_jobcenter.gzip_server import serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
RESULTS_DIR = ROOT / "bench-results"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
CATEGORIES = ("performance", "accessibility")
PAGES: dict[str, str] = {
    "start": "index.html",
    "verzeichnis": "jobcenter/index.html",
    "profil": "jobcenter/kreis-warendorf.html",
    "indikator": "statistik/q-sgbii.html",
    "geschichte": "geschichte.html",
}
TARGETS = {"performance": 95, "accessibility": 100}
RUN_TIMEOUT = 240  # seconds for one Lighthouse run


def command(url: str, output: Path) -> list[str]:
    """The Lighthouse call for one page: defaults (mobile, simulated throttling)."""
    return [str(LIGHTHOUSE), url, "--quiet", "--no-enable-error-reporting",
            f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}",
            "--output=json", f"--output-path={output}"]


def _failing(report: dict[str, Any], category: str) -> list[dict[str, Any]]:
    """Scored audits of a category that did not pass, heaviest first."""
    audits = report["audits"]
    out = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits.get(ref["id"], {})
        if audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings") \
                and audit.get("score") is not None and audit["score"] < 1:
            out.append({"id": ref["id"], "score": audit["score"], "gewicht": ref["weight"],
                        "wert": audit.get("displayValue", "")})
    return sorted(out, key=lambda a: (-a["gewicht"], a["score"], a["id"]))


def _hints(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Opportunities with estimated savings (render-blocking, unused CSS/JS, images …)."""
    out = []
    for audit_id, audit in report["audits"].items():
        details = audit.get("details") or {}
        ms = details.get("overallSavingsMs") or 0
        size = details.get("overallSavingsBytes") or 0
        if details.get("type") == "opportunity" and (ms >= 50 or size >= 4096):
            out.append({"id": audit_id, "ms": round(ms), "bytes": round(size)})
    return sorted(out, key=lambda h: (-h["ms"], -h["bytes"], h["id"]))


def summarize(report: dict[str, Any]) -> dict[str, Any]:
    """The figures of one Lighthouse JSON report (lhr) that the table shows."""
    audits = report["audits"]
    categories = report["categories"]

    def score(name: str) -> int | None:
        value = categories.get(name, {}).get("score")
        return None if value is None else round(value * 100)

    def metric(audit_id: str) -> float | None:
        return audits.get(audit_id, {}).get("numericValue")

    return {
        "url": report["finalDisplayedUrl"],
        "lighthouse": report["lighthouseVersion"],
        "formfaktor": report["configSettings"]["formFactor"],
        "drosselung": report["configSettings"]["throttlingMethod"],
        "performance": score("performance"),
        "accessibility": score("accessibility"),
        "fcp_ms": metric("first-contentful-paint"),
        "lcp_ms": metric("largest-contentful-paint"),
        "tbt_ms": metric("total-blocking-time"),
        "cls": metric("cumulative-layout-shift"),
        "speed_index_ms": metric("speed-index"),
        "transfer_bytes": metric("total-byte-weight"),
        "benchmark_index": report.get("environment", {}).get("benchmarkIndex"),
        "fehlgeschlagen": {c: _failing(report, c) for c in CATEGORIES if c in categories},
        "hinweise": _hints(report),
        "warnungen": report.get("runWarnings", []),
    }


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median performance score (lower middle for an even count)."""
    ordered = sorted(runs, key=lambda r: (r["performance"] or 0, r["tbt_ms"] or 0))
    return ordered[(len(ordered) - 1) // 2]


def run_once(url: str, work: Path, keep: Path | None = None,
             name: str = "seite") -> dict[str, Any]:
    """One Lighthouse run on url; its summary. The full report stays in ``keep``."""
    output = (keep or work) / f"lh-{name}-{time.monotonic_ns()}.json"
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    proc = subprocess.run(command(url, output), env=env, capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, check=False)
    if proc.returncode != 0 or not output.is_file():
        raise RuntimeError(f"Lighthouse auf {url}: Exit {proc.returncode}: "
                           f"{proc.stderr.strip()[-500:]}")
    report = json.loads(output.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse auf {url}: {report['runtimeError']}")
    return summarize(report)


def measure(site_dir: Path, runs: int = 3, pages: dict[str, str] = PAGES,
            log=lambda msg: None, keep: Path | None = None) -> dict[str, Any]:
    """Lighthouse ``runs`` times on each page of site_dir served with gzip."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} fehlt (npm ci)")
    out: dict[str, Any] = {"laeufe": runs, "ziele": TARGETS, "seiten": {}}
    with serve(site_dir) as base, tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        for name, path in pages.items():
            results = []
            for i in range(runs):
                log(f"Lighthouse {name} ({path}) {i + 1}/{runs} …")
                results.append(run_once(f"{base}/{path}", Path(tmp), keep, name))
            chosen = median_run(results)
            out["seiten"][name] = {
                **chosen, "url": path,
                "performance_alle": [r["performance"] for r in results],
                "benchmark_index_alle": [r["benchmark_index"] for r in results],
            }
    out["ziele_erfuellt"] = meets_targets(out)
    return out


def meets_targets(result: dict[str, Any]) -> bool:
    """Scores at their targets, and no failed accessibility audit: Lighthouse rounds its
    accessibility score, so one failed audit of weight 1 can still show 100."""
    return all((page.get(cat) or 0) >= goal and not page["fehlgeschlagen"]["accessibility"]
               for page in result["seiten"].values() for cat, goal in TARGETS.items())


def format_report(result: dict[str, Any]) -> list[str]:
    """The Lighthouse section of the bench report: one row per page, then what failed."""
    def num(value: float | None, fmt: str) -> str:
        return "–" if value is None else format(value, fmt)

    rows = []
    for name, page in result["seiten"].items():
        index = [round(b) for b in page["benchmark_index_alle"] if b is not None]
        rows.append([name, page["url"], str(page["performance"]), str(page["accessibility"]),
                     f"{num(page['lcp_ms'], '.0f')} ms", f"{num(page['tbt_ms'], '.0f')} ms",
                     num(page["cls"], ".3f"),
                     f"{num((page['transfer_bytes'] or 0) / 1024, '.1f')} KB",
                     "/".join(map(str, page["performance_alle"])),
                     f"{statistics.median(index):.0f}" if index else "–"])
    out = ["", f"## Lighthouse, Telefon (simuliert gedrosselt; Median aus {result['laeufe']} "
               f"Läufen; Ziele: Performance ≥ {TARGETS['performance']}, Barrierefreiheit "
               f"{TARGETS['accessibility']})",
           _table(["Seite", "Pfad", "Performance", "Barrierefreiheit", "LCP", "TBT", "CLS",
                   "Übertragen", "Performance je Lauf", "Benchmark-Index"], rows),
           "Ziele " + ("erfüllt" if result.get("ziele_erfuellt") else "VERFEHLT")]
    for name, page in result["seiten"].items():
        failed = [f"{a['id']} ({a['wert'] or a['score']})"
                  for cat in CATEGORIES for a in page["fehlgeschlagen"].get(cat, [])
                  if cat == "accessibility" or a["gewicht"] > 0]
        hints = [f"{h['id']} ({h['ms']} ms, {h['bytes'] / 1024:.0f} KB)"
                 for h in page["hinweise"]]
        if failed or hints:
            out.append(f"{name}: " + "; ".join(failed + hints))
    return out


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kommunale_jobcenter.bench_lighthouse",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site",
                        help="gebaute Website (Standard: site/)")
    parser.add_argument("--runs", type=int, default=3, help="Läufe je Seite (Median)")
    parser.add_argument("--json", type=Path, help="JSON-Ergebnis hierhin schreiben")
    parser.add_argument("--berichte", type=Path, help="vollständige Lighthouse-Berichte "
                                                       "(JSON) in diesen Ordner legen")
    args = parser.parse_args(argv)
    if args.berichte:
        args.berichte.mkdir(parents=True, exist_ok=True)
    result = measure(args.site, args.runs, keep=args.berichte,
                     log=lambda msg: print(msg, file=sys.stderr, flush=True))
    print("\n".join(format_report(result)))
    target = args.json or RESULTS_DIR / f"lighthouse-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nJSON: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
