"""Checks of the «jobcenter» package: registry rules, fixed counts, status panel vs registry."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from scripts.checks import Packages, Problem, csv_file, csv_row

PKG = "jobcenter"
YEARS = range(2005, 2026)
N_AKTUELL, N_URSPRUNG, N_ZUGANG, N_KREISE, N_LAENDER = 104, 69, 41, 400, 16
START_2005, START_2012 = pd.Timestamp("2005-01-01"), pd.Timestamp("2012-01-01")
# A dissolved district split over several of today's Kreise: the registry names only the main
# successor in «ags». Anhalt-Zerbst (15151) went in 2007 to 15001, 15082, 15086 and 15091
# (Destatis key changes 2006→2007), so its zkT also covers those Kreise until 30.6.2007.
SPLIT_TERRITORY = {"ST-01": {"15001", "15086", "15091"}}


def _table(packages: Packages, resource: str) -> pd.DataFrame:
    return packages[PKG][resource]


def _empty(value: object) -> bool:
    return value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value))


def _true(value: object) -> bool:
    """True for a set boolean cell; NA counts as not set."""
    return not _empty(value) and bool(value)


def check_quellen_exist(packages: Packages) -> Iterator[Problem]:
    """Every quelle_id used in the package is a row of quellen.csv."""
    known = set(_table(packages, "quellen").quelle_id)
    for resource in ("traeger_quellen", "kreise", "status_jahr"):
        for i, qid in enumerate(_table(packages, resource).quelle_id):
            if qid not in known:
                yield Problem(csv_file(PKG, resource), csv_row(i), "quelle_id",
                              f"Quelle '{qid}' gibt es in quellen.csv nicht")


def check_nachfolger(packages: Packages) -> Iterator[Problem]:
    """A successor exists in traeger.csv and is not the row itself."""
    traeger = _table(packages, "traeger")
    known = set(traeger.zkt_id)
    for i, row in enumerate(traeger.itertuples()):
        succ = row.nachfolger_zkt_id
        if _empty(succ):
            continue
        if succ not in known:
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "nachfolger_zkt_id",
                          f"Nachfolger '{succ}' gibt es in traeger.csv nicht")
        elif succ == row.zkt_id:
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "nachfolger_zkt_id",
                          f"{row.zkt_id} ist als sein eigener Nachfolger eingetragen")


def check_zeitraum(packages: Packages) -> Iterator[Problem]:
    """zkt_bis is not before zkt_seit."""
    for i, row in enumerate(_table(packages, "traeger").itertuples()):
        if not _empty(row.zkt_bis) and row.zkt_bis < row.zkt_seit:
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "zkt_bis",
                          f"{row.zkt_id}: Ende {row.zkt_bis:%d.%m.%Y} liegt vor dem Beginn "
                          f"{row.zkt_seit:%d.%m.%Y}")


def check_ende_grund(packages: Packages) -> Iterator[Problem]:
    """A former zkT (with start and end date) says why it ended."""
    for i, row in enumerate(_table(packages, "traeger").itertuples()):
        ended = not _empty(row.zkt_bis) and not _empty(row.zkt_seit)
        if ended and _empty(row.ende_grund):
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "ende_grund",
                          f"{row.zkt_id} endete am {row.zkt_bis:%d.%m.%Y}, aber der Grund "
                          "fehlt")


def check_aktuell(packages: Packages) -> Iterator[Problem]:
    """Exactly 104 current zkT; each without end date and listed in the KomtrZV 2017."""
    traeger = _table(packages, "traeger")
    count = int(traeger.ist_aktuell.fillna(False).sum())
    if count != N_AKTUELL:
        yield Problem(csv_file(PKG, "traeger"), None, "ist_aktuell",
                      f"{count} Träger sind als aktuell markiert, erwartet {N_AKTUELL}")
    for i, row in enumerate(traeger.itertuples()):
        if not _true(row.ist_aktuell):
            continue
        if not _empty(row.zkt_bis):
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "zkt_bis",
                          f"{row.zkt_id} ist als aktuell markiert, hat aber ein Enddatum")
        if not _true(row.ist_in_komtrzv_2017):
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "ist_in_komtrzv_2017",
                          f"{row.zkt_id} ist als aktuell markiert, steht aber nicht in der "
                          "KomtrZV 2017")


def check_anzahl_kreise_laender(packages: Packages) -> Iterator[Problem]:
    """400 Kreise and 16 Länder."""
    for resource, expected, what in (("kreise", N_KREISE, "Kreise"),
                                     ("laender", N_LAENDER, "Länder")):
        count = len(_table(packages, resource))
        if count != expected:
            yield Problem(csv_file(PKG, resource), None, None,
                          f"{count} {what} statt {expected}")


def check_ursprung_zugang(packages: Packages) -> Iterator[Problem]:
    """69 original zkT (from 1.1.2005) and 41 added on 1.1.2012; flags match the dates."""
    traeger = _table(packages, "traeger")
    for field, expected, start, label in (
        ("ist_ursprung_2005", N_URSPRUNG, START_2005, "ab 1.1.2005"),
        ("ist_zugang_2012", N_ZUGANG, START_2012, "ab 1.1.2012"),
    ):
        flags = traeger[field].fillna(False)
        if int(flags.sum()) != expected:
            yield Problem(csv_file(PKG, "traeger"), None, field,
                          f"{int(flags.sum())} Träger mit «{field}», erwartet {expected}")
        for i in range(len(traeger)):
            if bool(flags.iloc[i]) != (traeger.zkt_seit.iloc[i] == start):
                yield Problem(csv_file(PKG, "traeger"), csv_row(i), field,
                              f"{traeger.zkt_id.iloc[i]}: «{field}» passt nicht zum Beginn "
                              f"(zugelassen {label} genau dann, wenn zkt_seit so lautet)")


def check_status_vollstaendig(packages: Packages) -> Iterator[Problem]:
    """status_jahr has one row for every Kreis and every year 2005–2025."""
    status = _table(packages, "status_jahr")
    have = set(zip(status.ags, status.jahr.astype(int), strict=True))
    for ags in sorted(_table(packages, "kreise").ags):
        missing = [y for y in YEARS if (ags, y) not in have]
        if missing:
            yield Problem(csv_file(PKG, "status_jahr"), None, "jahr",
                          f"Kreis {ags} fehlt für {_years(missing)}")


def _years(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def _expected_ids(traeger: pd.DataFrame) -> dict[tuple[str, int], set[str]]:
    """(ags, year) → registry rows whose [zkt_seit, zkt_bis] covers 1 January there."""
    out: dict[tuple[str, int], set[str]] = {}
    for row in traeger.itertuples():
        for year in YEARS:
            day = pd.Timestamp(year=year, month=1, day=1)
            if row.zkt_seit <= day and (_empty(row.zkt_bis) or row.zkt_bis >= day):
                for ags in {row.ags} | SPLIT_TERRITORY.get(row.zkt_id, set()):
                    out.setdefault((ags, year), set()).add(row.zkt_id)
    return out


def check_status_registry(packages: Packages) -> Iterator[Problem]:
    """Each cell lists exactly the registry rows active there; 'kein zkT' iff none."""
    expected_ids = _expected_ids(_table(packages, "traeger"))
    for i, row in enumerate(_table(packages, "status_jahr").itertuples()):
        listed = set() if _empty(row.zkt_ids) else set(row.zkt_ids.split(";"))
        expected = expected_ids.get((row.ags, int(row.jahr)), set())
        where = (csv_file(PKG, "status_jahr"), csv_row(i))
        if listed != expected:
            yield Problem(*where, "zkt_ids",
                          f"Kreis {row.ags}, {row.jahr}: eingetragen {_ids(listed)}, laut "
                          f"traeger.csv am 1. Januar zugelassen: {_ids(expected)}")
        if (row.status == "kein zkT") != (not listed):
            yield Problem(*where, "status",
                          f"Kreis {row.ags}, {row.jahr}: Status «{row.status}» passt nicht zu "
                          f"den Trägern {_ids(listed)}")


def _ids(ids: set[str]) -> str:
    return ", ".join(sorted(ids)) if ids else "keiner"


def check_status_anzahl(packages: Packages) -> Iterator[Problem]:
    """From 2014 on (last change of the list) every current zkT is one whole Kreis."""
    status = _table(packages, "status_jahr")
    current = int(_table(packages, "traeger").ist_aktuell.fillna(False).sum())
    for year in range(2014, YEARS.stop):
        cells = status[status.jahr == year]
        whole = int((cells.status == "zkT").sum())
        partial = int((cells.status == "zkT-Teilgebiet").sum())
        if whole != current or partial:
            yield Problem(csv_file(PKG, "status_jahr"), None, "status",
                          f"{year}: {whole} Kreise ganz und {partial} teilweise zkT; erwartet "
                          f"{current} ganz (so viele aktuelle Träger) und keiner teilweise")


CHECKS = [
    check_quellen_exist,
    check_nachfolger,
    check_zeitraum,
    check_ende_grund,
    check_aktuell,
    check_anzahl_kreise_laender,
    check_ursprung_zugang,
    check_status_vollstaendig,
    check_status_registry,
    check_status_anzahl,
]
