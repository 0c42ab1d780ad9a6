"""Cold, unchanged and one-row-edit builds of the real site, timed per stage
(``make bench`` section «Inkrementeller Bau»; ``tests/test_incremental.py`` uses the edit).

- cold: no build state (a fresh state folder, so neither the input fingerprint nor the
  validation cache nor the page cache nor a previous site exists), an empty site folder;
  the content caches of ``.cache/`` warm, as after any earlier build: the chart cache
  given (SVGs, and the specs kept by recipe) and the workbooks beside it (``downloads/``):
  this measures the build, not vl-convert or openpyxl;
- unchanged: the same build again, nothing changed;
- one row: one Kreis's population (``data/jobcenter/kreise.csv``, Warendorf) raised by
  two, in a copy of ``data/``, then built again. Two, not one: the tests raise it by one
  and leave those renderings in the shared chart cache, while the bench renders into its
  own copy, so the charts its edit changes are rendered in every run, as a real edit
  needs them;
- cold with SVGs only: a cold build whose chart cache has the SVGs but none of the specs
  kept by recipe (``chart_output.SPEC_DIR``), and no workbooks, so every chart is built
  with altair and every workbook written again: «cold» as measured before the specs were
  kept (up to session 9), and what the two caches save. Not a target; shown beside.
"""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kommunale_jobcenter import build, chart_output, parallel
from kommunale_jobcenter.pages.daten import WORKBOOK_DIR
from kommunale_jobcenter.recorder import Recorder, cpu_seconds, settled_cpu_seconds

EDIT_FILE = "jobcenter/kreise.csv"
EDIT_KEY = ("ags", "05570")  # Kreis Warendorf
EDIT_PAGE = "jobcenter/kreis-warendorf.html"
EDIT_FIELDS = ("einwohner_anzahl", "einwohner_maennlich_anzahl")  # total = men + women
BENCH_EDIT = 2  # persons more in the bench (the tests add one: see above)
SVG_ONLY = "kalt, nur SVG-Cache"


@dataclass(frozen=True)
class Edit:
    before: int
    after: int


def german_int(n: int) -> str:
    """How the pages print a count: 278.177."""
    return f"{n:,}".replace(",", ".")


def edit_one_row(data_dir: Path, by: int = 1) -> Edit:
    """Raise the population of one Kreis by ``by`` (men, so the parts still add up),
    rewriting only that line of the CSV; returns the old and the new population."""
    path = data_dir / EDIT_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    key_col = header.index(EDIT_KEY[0])
    for number, line in enumerate(lines[1:], start=1):
        row = next(csv.reader([line]))
        if row[key_col] != EDIT_KEY[1]:
            continue
        before = int(row[header.index(EDIT_FIELDS[0])])
        for name in EDIT_FIELDS:
            row[header.index(name)] = str(int(row[header.index(name)]) + by)
        out = io.StringIO()
        csv.writer(out, lineterminator=line[len(line.rstrip("\r\n")):]).writerow(row)
        lines[number] = out.getvalue()
        path.write_text("".join(lines), encoding="utf-8")
        return Edit(before, before + by)
    raise KeyError(f"{EDIT_KEY} fehlt in {path}")


def _run(label: str, site: Path, data: Path, cache: Path, state: Path) -> dict[str, Any]:
    recorder, rendered = Recorder(), chart_output.STATS.rendered
    parallel.WORKER_CPU.clear()
    started, cpu = time.perf_counter(), cpu_seconds()
    with contextlib.redirect_stdout(io.StringIO()):
        result = build.build(site, data, cache, recorder=recorder, state_dir=state)
    return {"modus": result.mode, "wand": time.perf_counter() - started,
            "sekunden": dict(recorder.seconds), "cpu": dict(recorder.cpu_seconds),
            # every process of the build, and the workers' page tasks per page module
            "cpu_gesamt": settled_cpu_seconds() - cpu,
            "cpu_seitenaufgaben": dict(parallel.WORKER_CPU),
            "name": label, "gerendert": chart_output.STATS.rendered - rendered,
            "seiten_genommen": result.reused, "seiten_erzeugt": result.regenerated,
            "seitenspeicher_s": recorder.notes.get("seiten_cache", {}).get("sekunden", 0.0)}


def measure(work: Path, cache_dir: Path = build.CACHE_DIR) -> dict[str, Any]:
    """The four builds in a row in work/; ratios against the cold one."""
    data, site, state = work / "data", work / "site", work / "zustand"
    shutil.copytree(build.DATA_DIR, data)
    # a copy of the warm caches (what this bench renders and writes stays in the copy)
    cache = work / "charts"
    if cache_dir.is_dir():
        shutil.copytree(cache_dir, cache)
    if (cache_dir.parent / WORKBOOK_DIR).is_dir():  # kept beside the chart cache
        shutil.copytree(cache_dir.parent / WORKBOOK_DIR, work / WORKBOOK_DIR)
    for bundle in cache_dir.parent.glob("vega-bundle-*.js"):  # kept beside it as well
        shutil.copy2(bundle, work / bundle.name)
    runs = [_run("kalt", site, data, cache, state)]
    runs.append(_run("unverändert", site, data, cache, state))
    edit = edit_one_row(data, by=BENCH_EDIT)
    runs.append(_run("eine Zeile", site, data, cache, state))
    page = (site / EDIT_PAGE).read_text(encoding="utf-8")
    # its own folder: the workbook cache (empty here) lives beside the chart cache
    bare = work / "nur-svg"
    bare.mkdir()
    if cache.is_dir():
        shutil.copytree(cache, bare / "charts",
                        ignore=shutil.ignore_patterns(chart_output.SPEC_DIR))
    for bundle in work.glob("vega-bundle-*.js"):
        shutil.copy2(bundle, bare / bundle.name)
    edit_one_row(data, by=-BENCH_EDIT)  # the data of the cold build again
    runs.append(_run(SVG_ONLY, bare / "site", data, bare / "charts", bare / "zustand"))
    cold = runs[0]["wand"]
    return {"läufe": runs, "anteile": {r["name"]: r["wand"] / cold for r in runs[1:]},
            "edit": {"vorher": edit.before, "nachher": edit.after,
                     "auf_der_seite": german_int(edit.after) in page}}


# Targets of issue #15, as shares of the cold build's wall time (and seconds for cold).
TARGET_UNCHANGED = 0.10
TARGET_ONE_ROW = 0.30
TARGET_COLD_SECONDS = 20.0
STAGES = ("zustand", "validieren", "laden", "seiten", "vergleichen", "mkdocs", "suche")


def stage_seconds(seconds: dict[str, float]) -> dict[str, float]:
    """Per stage, the page modules («seiten:jobcenter» …) summed as «seiten»."""
    out = {stage: 0.0 for stage in STAGES}
    for key, value in seconds.items():
        name = "seiten" if key.startswith("seiten:") else key
        out[name] = out.get(name, 0.0) + value
    return out


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    cold = result["läufe"][0]["wand"]
    shares = result["anteile"]
    return [
        {"ziel": f"unverändert ≤ {TARGET_UNCHANGED:.0%} von kalt",
         "wert": f"{shares['unverändert']:.1%}", "ok": shares["unverändert"] <= TARGET_UNCHANGED},
        {"ziel": f"eine Zeile ≤ {TARGET_ONE_ROW:.0%} von kalt",
         "wert": f"{shares['eine Zeile']:.1%}", "ok": shares["eine Zeile"] <= TARGET_ONE_ROW},
        {"ziel": f"kalt ≤ {TARGET_COLD_SECONDS:.0f} s Wandzeit",
         "wert": f"{cold:.1f} s", "ok": cold <= TARGET_COLD_SECONDS},
        {"ziel": "die Änderung steht auf der Seite", "wert": result["edit"]["auf_der_seite"],
         "ok": bool(result["edit"]["auf_der_seite"])},
    ]


def format_report(result: dict[str, Any], table: Any) -> list[str]:
    """The section «Inkrementeller Bau» of the bench report."""
    runs = result["läufe"]
    cold = runs[0]["wand"]
    rows = []
    for run in runs:
        stages = stage_seconds(run["sekunden"])
        total = run.get("cpu_gesamt")
        rows.append([run["name"], run["modus"], f"{run['wand']:.1f} s",
                     f"{run['wand'] / cold:.0%}", *[f"{stages[s]:.1f}" for s in STAGES],
                     "–" if total is None else f"{total:.1f} s"])
    edit = result["edit"]
    return ["", "## Inkrementeller Bau (kalt: kein Bau-Zustand, keine vorige Website, "
            "Caches warm: Grafik-SVGs, Spezifikationen, Arbeitsmappen; dann unverändert; "
            "dann eine Zeile geändert; zuletzt kalt nur mit dem SVG-Cache, wie bis "
            "Sitzung 9 gemessen)",
            table(["Bau", "Modus", "Wand", "Anteil", *[f"{s} s" for s in STAGES],
                   "CPU alle Prozesse"], rows),
            f"Geändert: Einwohner Kreis Warendorf {german_int(edit['vorher'])} → "
            f"{german_int(edit['nachher'])} (data/{EDIT_FILE}); auf der Seite: "
            f"{edit['auf_der_seite']}; Grafiken gerendert: "
            + ", ".join(f"{r['name']} {r.get('gerendert', '?')}" for r in runs)
            + "; Seitenspeicher (übernommen/erzeugt, Sekunden für Nachsehen und Speichern): "
            + ", ".join(f"{r['name']} {r.get('seiten_genommen', '?')}/"
                        f"{r.get('seiten_erzeugt', '?')} "
                        f"({r.get('seitenspeicher_s', 0.0):.1f} s)" for r in runs),
            table(["Ziel", "gemessen", ""], [[t["ziel"], str(t["wert"]),
                                             "erfüllt" if t["ok"] else "VERFEHLT"]
                                            for t in targets(result)])]
