"""Checks for the «programme» package that Frictionless cannot express on its own.

Foreign keys inside the package (programm_id, quelle_id, kennzahl_id) are declared in the
schema and enforced by Frictionless; these checks cover the rest:

- references across packages: every Kreis key exists in data/jobcenter/kreise.csv;
- periods run forwards (von ≤ bis), also for partial dates such as «2011» or «2011-05»;
- units come from the fixed list curated/programme/einheiten.csv (not a schema enum, so
  the list lives in one place and a wrong unit gets a message in plain words);
- shares of one split (anteil_gruppe) add up to 100 % (± 0.5);
- seed counts that the Träger registry can answer (curated/programme/fakten.csv, column
  «registerzahl») agree with data/jobcenter/traeger.csv on that date, unless the row is
  marked «unsicher» because of exactly this conflict.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.checks import Packages, Problem, csv_file, csv_row

PACKAGE = "programme"
SHARE_TOLERANCE = 0.5
AGS_RESOURCES = ["teilnahmen", "kennzahlen", "kennzahl_kreise", "dokumente", "fakten"]
# pairs of fields that open and close a period; checked in every table that has both
PERIODS = [("beginn", "ende"), ("seit", "bis"), ("zeitraum_von", "zeitraum_bis")]


def say(key: str, **values: object) -> str:
    """A message of curated/programme/meldungen.yaml (group «pruefung»)."""
    return str(curated.document(f"{PACKAGE}/meldungen.yaml")["pruefung"][key]).format(
        **values)


def _tables(packages: Packages) -> Mapping[str, pd.DataFrame]:
    return packages.get(PACKAGE, {})


def _filled(value: object) -> bool:
    return value is not None and not pd.isna(value) and value != ""


def _rows(frame: pd.DataFrame, column: str) -> Iterator[tuple[int, object]]:
    """(CSV line, value) for every non-empty cell of a column."""
    for position, value in enumerate(frame[column].tolist()):
        if _filled(value):
            yield csv_row(position), value


def check_references(packages: Packages) -> Iterator[Problem]:
    """Every Kreis key must be one of the Kreise in data/jobcenter/kreise.csv (a reference
    into another package, which a Frictionless package cannot declare)."""
    kreise = packages.get("jobcenter", {}).get("kreise")
    if kreise is None:
        return
    known = set(kreise["ags"].dropna())
    for name, frame in _tables(packages).items():
        if name not in AGS_RESOURCES or "ags" not in frame:
            continue
        for row, ags in _rows(frame, "ags"):
            if ags not in known:
                yield Problem(csv_file(PACKAGE, name), row, "ags", say("kreis", ags=ags))


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
    for name, frame in _tables(packages).items():
        for von, bis in PERIODS:
            if von in frame and bis in frame:
                yield from _backwards(name, frame, von, bis)


def _backwards(name: str, frame: pd.DataFrame, von: str, bis: str) -> Iterator[Problem]:
    for position, (start, end) in enumerate(zip(frame[von], frame[bis], strict=True)):
        if not _filled(start) or not _filled(end):
            continue
        if partial_range(end)[1] < partial_range(start)[0]:
            yield Problem(csv_file(PACKAGE, name), csv_row(position), bis,
                          say("zeitraum", ende=end, beginn=start, feld=von))


def check_units(packages: Packages) -> Iterator[Problem]:
    """«einheit» must be one of the fixed units of curated/programme/einheiten.csv."""
    units = set(curated_tables.tables(PACKAGE)["einheiten"]["einheit"])
    for name in ("kennzahlen", "fakten"):
        frame = _tables(packages).get(name)
        if frame is None:
            continue
        for row, unit in _rows(frame, "einheit"):
            if unit not in units:
                yield Problem(csv_file(PACKAGE, name), row, "einheit",
                              say("einheit", einheit=unit))


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
                          say("anteile_einheit", gruppe=group))
            continue
        total = float(rows["wert"].sum())
        if abs(total - 100) > SHARE_TOLERANCE:
            yield Problem(csv_file(PACKAGE, "fakten"), first, "wert",
                          say("anteile_summe", gruppe=group, summe=f"{total:.1f}"))


def zkt_count(traeger: pd.DataFrame, day: str, land: str = "") -> int:
    """How many zkT the registry lists on a day (ISO date), in one Land or everywhere."""
    since = pd.to_datetime(traeger["zkt_seit"], errors="coerce")
    until = pd.to_datetime(traeger["zkt_bis"], errors="coerce")
    when = pd.Timestamp(day)
    active = (since <= when) & (until.isna() | (until >= when))
    if land:
        active &= traeger["land"] == land
    return int(active.sum())


def _first_day(partial: str) -> str:
    """«2016-12» → «2016-12-01»; «2018» → «2018-01-01»."""
    year, month, day = partial_range(partial)[0]
    return f"{year:04d}-{month:02d}-{day:02d}"


def check_registry_counts(packages: Packages) -> Iterator[Problem]:
    """A seed count of zkT must match the registry on the first day of its period; a row
    that knowingly disagrees must say so (sicherheit «unsicher» and the registry count)."""
    traeger = packages.get("jobcenter", {}).get("traeger")
    fakten = _tables(packages).get("fakten")
    if traeger is None or fakten is None:
        return
    counted = curated_tables.tables(PACKAGE)["fakten"]
    kinds = dict(zip(counted["fakt_id"], counted["registerzahl"], strict=True))
    for position, row in enumerate(fakten.to_dict("records")):
        if kinds.get(row["fakt_id"]) != "zkT" or not _filled(row["zeitraum_bis"]) \
                or not _filled(row["wert"]):
            continue
        day = _first_day(str(row["zeitraum_bis"]))
        land = row["land"] if _filled(row["land"]) else ""
        expected = zkt_count(traeger, day, land)
        if float(row["wert"]) == expected or row["sicherheit"] == "unsicher":
            continue
        where = say("im_land", land=land) if land else say("bundesweit")
        yield Problem(csv_file(PACKAGE, "fakten"), csv_row(position), "wert",
                      say("registerzahl", wert=f"{row['wert']:g}", wo=where, tag=day,
                          register=expected))


CHECKS = [check_references, check_periods, check_units, check_shares, check_registry_counts]
