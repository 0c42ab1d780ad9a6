"""Cold, unchanged and one-row-edit builds of the real site, timed per stage
(``make bench`` section «Inkrementeller Bau»; ``tests/test_incremental.py`` uses the edit).

- cold: no build state (a fresh state folder, so neither the input fingerprint nor the
  validation cache nor a previous site exists), an empty site folder; the chart SVG cache
  is the one given (warm in ``make bench``: this measures the build, not vl-convert);
- unchanged: the same build again, nothing changed;
- one row: one Kreis's population (``data/jobcenter/kreise.csv``, Warendorf) raised by
  one person, in a copy of ``data/``, then built again.
"""

from __future__ import annotations

import csv
import io
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kommunale_jobcenter import build
from kommunale_jobcenter.recorder import Recorder

EDIT_FILE = "jobcenter/kreise.csv"
EDIT_KEY = ("ags", "05570")  # Kreis Warendorf
EDIT_PAGE = "jobcenter/kreis-warendorf.html"
EDIT_FIELDS = ("einwohner_anzahl", "einwohner_maennlich_anzahl")  # total = men + women


@dataclass(frozen=True)
class Edit:
    before: int
    after: int


def german_int(n: int) -> str:
    """How the pages print a count: 278.177."""
    return f"{n:,}".replace(",", ".")


def edit_one_row(data_dir: Path) -> Edit:
    """Raise the population of one Kreis by one (one more man, so the parts still add up),
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
            row[header.index(name)] = str(int(row[header.index(name)]) + 1)
        out = io.StringIO()
        csv.writer(out, lineterminator=line[len(line.rstrip("\r\n")):]).writerow(row)
        lines[number] = out.getvalue()
        path.write_text("".join(lines), encoding="utf-8")
        return Edit(before, before + 1)
    raise KeyError(f"{EDIT_KEY} fehlt in {path}")


def _run(label: str, site: Path, data: Path, cache: Path, state: Path) -> dict[str, Any]:
    recorder = Recorder()
    started = time.perf_counter()
    result = build.build(site, data, cache, recorder=recorder, state_dir=state)
    return {"modus": result.mode, "wand": time.perf_counter() - started,
            "sekunden": dict(recorder.seconds), "cpu": dict(recorder.cpu_seconds),
            "name": label}


def measure(work: Path, cache_dir: Path = build.CACHE_DIR) -> dict[str, Any]:
    """The three builds in a row in work/; ratios against the cold one."""
    data, site, state = work / "data", work / "site", work / "zustand"
    shutil.copytree(build.DATA_DIR, data)
    runs = [_run("kalt", site, data, cache_dir, state)]
    runs.append(_run("unverändert", site, data, cache_dir, state))
    edit = edit_one_row(data)
    runs.append(_run("eine Zeile", site, data, cache_dir, state))
    page = (site / EDIT_PAGE).read_text(encoding="utf-8")
    cold = runs[0]["wand"]
    return {"läufe": runs, "anteile": {r["name"]: r["wand"] / cold for r in runs[1:]},
            "edit": {"vorher": edit.before, "nachher": edit.after,
                     "auf_der_seite": german_int(edit.after) in page}}
