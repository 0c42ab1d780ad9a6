"""Checks for the «programme» package that Frictionless cannot express on its own.

- Kreis keys must exist in the Kreis registry of the «jobcenter» package (across
  packages; skipped while that package is absent).
- programm_id and quelle_id must exist (also declared as foreign keys; repeated here so
  the message names the row in plain German even where only DataFrames are checked).
- Periods run forwards (von ≤ bis), also for partial dates such as «2011» or «2011-05».
- Units come from the fixed list.
- Shares of one split (anteil_gruppe) add up to 100 % (± 0.5).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd

from scripts import curated
from scripts.checks import Packages, Problem, csv_file, csv_row

PACKAGE = "programme"
SHARE_TOLERANCE = 0.5
AGS_RESOURCES = ["teilnahmen", "kennzahlen", "kennzahl_kreise", "dokumente", "fakten"]
PERIODS = {
    "programme": ("beginn", "ende"),
    "teilnahmen": ("seit", "bis"),
    "kennzahlen": ("zeitraum_von", "zeitraum_bis"),
    "fakten": ("zeitraum_von", "zeitraum_bis"),
}
REFERENCES = {  # resource → [(field, target resource, target field)]
    "programm_quellen": [("programm_id", "programme", "programm_id"),
                         ("quelle_id", "quellen", "quelle_id")],
    "programme": [("quelle_id", "quellen", "quelle_id")],
    "teilnahmen": [("programm_id", "programme", "programm_id"),
                   ("quelle_id", "quellen", "quelle_id")],
    "kennzahlen": [("programm_id", "programme", "programm_id"),
                   ("quelle_id", "quellen", "quelle_id")],
    "kennzahl_kreise": [("kennzahl_id", "kennzahlen", "kennzahl_id")],
    "dokumente": [("quelle_id", "quellen", "quelle_id")],
    "fakten": [("programm_id", "programme", "programm_id"),
               ("quelle_id", "quellen", "quelle_id")],
}


def _tables(packages: Packages) -> Mapping[str, pd.DataFrame]:
    return packages.get(PACKAGE, {})


def _rows(frame: pd.DataFrame, column: str) -> Iterator[tuple[int, object]]:
    """(CSV line, value) for every non-empty cell of a column."""
    for position, value in enumerate(frame[column].tolist()):
        if value is not None and not pd.isna(value) and value != "":
            yield csv_row(position), value


def check_kreise_exist(packages: Packages) -> Iterator[Problem]:
    """Every Kreis key must be one of the Kreise in data/jobcenter/kreise.csv."""
    kreise = packages.get("jobcenter", {}).get("kreise")
    if kreise is None:
        return
    known = set(kreise["ags"].dropna())
    for name, frame in _tables(packages).items():
        if name not in AGS_RESOURCES or "ags" not in frame:
            continue
        for row, ags in _rows(frame, "ags"):
            if ags not in known:
                yield Problem(csv_file(PACKAGE, name), row, "ags",
                              f"Kreisschlüssel «{ags}» gibt es im Kreisverzeichnis "
                              "(jobcenter/kreise.csv) nicht.")


def check_references(packages: Packages) -> Iterator[Problem]:
    """programm_id, quelle_id and kennzahl_id must point to existing rows."""
    tables = _tables(packages)
    for name, refs in REFERENCES.items():
        frame = tables.get(name)
        if frame is None:
            continue
        for field, target, target_field in refs:
            if target not in tables or field not in frame:
                continue
            known = set(tables[target][target_field].dropna())
            for row, value in _rows(frame, field):
                if value not in known:
                    yield Problem(csv_file(PACKAGE, name), row, field,
                                  f"«{value}» fehlt in der Tabelle «{target}».")


def partial_range(text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Earliest and latest day a partial date (JJJJ, JJJJ-MM, JJJJ-MM-TT) can mean."""
    parts = [int(p) for p in str(text).split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    start = (year, month or 1, day or 1)
    end = (year, month or 12, day or 31)
    return start, end


def check_periods(packages: Packages) -> Iterator[Problem]:
    """The end of a period must not lie before its beginning."""
    for name, (von, bis) in PERIODS.items():
        frame = _tables(packages).get(name)
        if frame is None:
            continue
        for position, (start, end) in enumerate(zip(frame[von], frame[bis], strict=True)):
            if pd.isna(start) or pd.isna(end) or start == "" or end == "":
                continue
            if partial_range(end)[1] < partial_range(start)[0]:
                yield Problem(csv_file(PACKAGE, name), csv_row(position), bis,
                              f"Ende «{end}» liegt vor dem Beginn «{start}» ({von}).")


def check_units(packages: Packages) -> Iterator[Problem]:
    """«einheit» must be one of the fixed units."""
    units = set(curated.tables("programme")["einheiten"]["einheit"])
    for name in ("kennzahlen", "fakten"):
        frame = _tables(packages).get(name)
        if frame is None:
            continue
        for row, unit in _rows(frame, "einheit"):
            if unit not in units:
                yield Problem(csv_file(PACKAGE, name), row, "einheit",
                              f"Einheit «{unit}» steht nicht in der festen Liste der "
                              "Einheiten.")


def check_shares(packages: Packages) -> Iterator[Problem]:
    """Rows of one anteil_gruppe are percentages that add up to 100 (± 0.5)."""
    frame = _tables(packages).get("fakten")
    if frame is None:
        return
    frame = frame.reset_index(drop=True)
    groups = frame[frame["anteil_gruppe"].notna() & (frame["anteil_gruppe"] != "")]
    for group, rows in groups.groupby("anteil_gruppe", sort=True):
        first = csv_row(int(rows.index[0]))
        if set(rows["einheit"]) != {"Prozent"}:
            yield Problem(csv_file(PACKAGE, "fakten"), first, "einheit",
                          f"Aufteilung «{group}» mischt Einheiten oder ist nicht in Prozent.")
            continue
        total = float(rows["wert"].sum())
        if abs(total - 100) > SHARE_TOLERANCE:
            yield Problem(csv_file(PACKAGE, "fakten"), first, "wert",
                          f"Die Anteile der Aufteilung «{group}» ergeben "
                          f"{total:.1f} % statt 100 %.")


CHECKS = [check_kreise_exist, check_references, check_periods, check_units, check_shares]
