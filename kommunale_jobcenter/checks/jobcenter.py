"""Checks of the «jobcenter» package: certainty of the registry by rule, successors, fixed
counts, status panel vs registry. Only what the schema cannot say (foreign keys, types,
enums and ranges are Frictionless rules); messages are in curated/jobcenter/meldungen.yaml."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from kommunale_jobcenter import certainty, curated
from kommunale_jobcenter.checks import Packages, Problem, csv_file, csv_row

PKG = "jobcenter"
MELDUNGEN = "jobcenter/meldungen.yaml"
YEARS = range(2005, 2026)
N_AKTUELL, N_URSPRUNG, N_ZUGANG, N_KREISE, N_LAENDER = 104, 69, 41, 400, 16
START_2005, START_2012 = pd.Timestamp("2005-01-01"), pd.Timestamp("2012-01-01")
OWN_DERIVATION = "Eigene Ableitung"  # quellen.art of our own reasoning: no source rank
# A dissolved district split over several of today's Kreise: the registry names only the main
# successor in «ags». Anhalt-Zerbst (15151) went in 2007 to 15001, 15082, 15086 and 15091
# (Destatis key changes 2006→2007), so its zkT also covers those Kreise until 30.6.2007.
SPLIT_TERRITORY = {"ST-01": {"15001", "15086", "15091"}}


def meldung(key: str, /, **values: object) -> str:
    """The message ``key`` of curated/jobcenter/meldungen.yaml with its placeholders filled."""
    return curated.document(MELDUNGEN)["meldungen"][key].format(**values)


def _table(packages: Packages, resource: str) -> pd.DataFrame:
    return packages[PKG][resource]


def _empty(value: object) -> bool:
    return value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value))


def _true(value: object) -> bool:
    """True for a set boolean cell; NA counts as not set."""
    return not _empty(value) and bool(value)


def _text(value: object) -> str:
    """A text cell as str; NA (a cell the lenient load could not read) as ''."""
    return value if isinstance(value, str) else ""


def _day(value: pd.Timestamp) -> str:
    return f"{value:%d.%m.%Y}"


def check_sicherheit_beginn(packages: Packages) -> Iterator[Problem]:
    """The start of an admission is no more certain than the rule allows for the sources
    that show it (traeger_quellen.ist_beleg_beginn, quellen.quellenrang): «gesichert» needs a
    primary source, and a start resting on our own derivation is at most «wahrscheinlich» and
    says how it was derived (herleitung)."""
    quellen = _table(packages, "quellen")
    kind = dict(zip(quellen.quelle_id, quellen.art, strict=True))
    rank = dict(zip(quellen.quelle_id, quellen.quellenrang, strict=True))
    links = _table(packages, "traeger_quellen")
    start = links[links.ist_beleg_beginn.fillna(False).astype(bool)]
    by_zkt = start.groupby("zkt_id").quelle_id.agg(list).to_dict()
    for i, row in enumerate(_table(packages, "traeger").itertuples()):
        if not isinstance(row.sicherheit, str) or row.sicherheit not in certainty.LEVELS:
            continue  # an unknown level is a schema error, reported by Frictionless
        sources = [q for q in by_zkt.get(row.zkt_id, []) if q in kind]
        own = [q for q in sources if _text(kind[q]) == OWN_DERIVATION]
        ranks = [rank[q] for q in sources if q not in own and _text(rank[q])]
        allowed = certainty.certainty(ranks, "berechnet" if own else "gelesen")
        where = (csv_file(PKG, "traeger"), csv_row(i))
        if certainty.LEVELS.index(row.sicherheit) < certainty.LEVELS.index(allowed):
            yield Problem(*where, "sicherheit", meldung(
                "beginn_zu_sicher", zkt_id=row.zkt_id, sicherheit=row.sicherheit,
                erlaubt=allowed, quellen=", ".join(sources) or meldung("keine_quellen")))
        if own and _empty(row.herleitung):
            yield Problem(*where, "herleitung", meldung(
                "herleitung_fehlt", zkt_id=row.zkt_id, quellen=", ".join(own)))


def check_sicherheit_ende(packages: Packages) -> Iterator[Problem]:
    """A former zkT says how certain its end is; a current one has no such value."""
    for i, row in enumerate(_table(packages, "traeger").itertuples()):
        if _empty(row.zkt_bis) != _empty(row.sicherheit_ende):
            key = "ende_ohne_sicherheit" if _empty(row.sicherheit_ende) else "sicherheit_ohne_ende"
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "sicherheit_ende",
                          meldung(key, zkt_id=row.zkt_id))


def check_nachfolger(packages: Packages) -> Iterator[Problem]:
    """A successor is not the row itself and takes over on the day after the end.
    (That it exists is a foreign key of the schema.)"""
    traeger = _table(packages, "traeger")
    starts = dict(zip(traeger.zkt_id, traeger.zkt_seit, strict=True))
    for i, row in enumerate(traeger.itertuples()):
        succ = row.nachfolger_zkt_id
        if _empty(succ):
            continue
        where = (csv_file(PKG, "traeger"), csv_row(i), "nachfolger_zkt_id")
        if succ == _text(row.zkt_id):
            yield Problem(*where, meldung("eigener_nachfolger", zkt_id=row.zkt_id))
        elif succ in starts and not _empty(row.zkt_bis) and not _empty(starts[succ]) \
                and starts[succ] != row.zkt_bis + pd.Timedelta(days=1):
            yield Problem(*where, meldung("nachfolger_luecke", zkt_id=row.zkt_id,
                                          ende=_day(row.zkt_bis), nachfolger=succ,
                                          beginn=_day(starts[succ])))


def check_zeitraum(packages: Packages) -> Iterator[Problem]:
    """zkt_bis is not before zkt_seit."""
    for i, row in enumerate(_table(packages, "traeger").itertuples()):
        if not _empty(row.zkt_bis) and not _empty(row.zkt_seit) and row.zkt_bis < row.zkt_seit:
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "zkt_bis", meldung(
                "ende_vor_beginn", zkt_id=row.zkt_id, ende=_day(row.zkt_bis),
                beginn=_day(row.zkt_seit)))


def check_ende_grund(packages: Packages) -> Iterator[Problem]:
    """A former zkT (with start and end date) says why it ended."""
    for i, row in enumerate(_table(packages, "traeger").itertuples()):
        ended = not _empty(row.zkt_bis) and not _empty(row.zkt_seit)
        if ended and _empty(row.ende_grund):
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "ende_grund",
                          meldung("grund_fehlt", zkt_id=row.zkt_id, ende=_day(row.zkt_bis)))


def check_aktuell(packages: Packages) -> Iterator[Problem]:
    """Exactly 104 current zkT; each without end date and listed in the KomtrZV 2017."""
    traeger = _table(packages, "traeger")
    count = int(traeger.ist_aktuell.fillna(False).sum())
    if count != N_AKTUELL:
        yield Problem(csv_file(PKG, "traeger"), None, "ist_aktuell",
                      meldung("anzahl_aktuell", anzahl=count, erwartet=N_AKTUELL))
    for i, row in enumerate(traeger.itertuples()):
        if not _true(row.ist_aktuell):
            continue
        if not _empty(row.zkt_bis):
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "zkt_bis",
                          meldung("aktuell_mit_ende", zkt_id=row.zkt_id))
        if not _true(row.ist_in_komtrzv_2017):
            yield Problem(csv_file(PKG, "traeger"), csv_row(i), "ist_in_komtrzv_2017",
                          meldung("aktuell_nicht_2017", zkt_id=row.zkt_id))


def check_anzahl_kreise_laender(packages: Packages) -> Iterator[Problem]:
    """400 Kreise and 16 Länder."""
    for resource, expected, what in (("kreise", N_KREISE, "was_kreise"),
                                     ("laender", N_LAENDER, "was_laender")):
        count = len(_table(packages, resource))
        if count != expected:
            yield Problem(csv_file(PKG, resource), None, None, meldung(
                "anzahl_zeilen", anzahl=count, was=meldung(what), erwartet=expected))


def check_ursprung_zugang(packages: Packages) -> Iterator[Problem]:
    """69 original zkT (from 1.1.2005) and 41 added on 1.1.2012; flags match the dates."""
    traeger = _table(packages, "traeger")
    for field, expected, start in (("ist_ursprung_2005", N_URSPRUNG, START_2005),
                                   ("ist_zugang_2012", N_ZUGANG, START_2012)):
        flags = traeger[field].fillna(False)
        if int(flags.sum()) != expected:
            yield Problem(csv_file(PKG, "traeger"), None, field, meldung(
                "anzahl_flag", anzahl=int(flags.sum()), feld=field, erwartet=expected))
        for i in range(len(traeger)):
            if _empty(traeger.zkt_seit.iloc[i]):
                continue
            if bool(flags.iloc[i]) != (traeger.zkt_seit.iloc[i] == start):
                yield Problem(csv_file(PKG, "traeger"), csv_row(i), field, meldung(
                    "flag_passt_nicht", zkt_id=traeger.zkt_id.iloc[i], feld=field,
                    stichtag=_day(start)))


def check_status_vollstaendig(packages: Packages) -> Iterator[Problem]:
    """status_jahr has one row for every Kreis and every year 2005–2025."""
    status = _table(packages, "status_jahr")
    have = {(a, int(y)) for a, y in zip(status.ags, status.jahr, strict=True)
            if not _empty(a) and not _empty(y)}
    for ags in sorted(a for a in _table(packages, "kreise").ags if isinstance(a, str)):
        missing = [y for y in YEARS if (ags, y) not in have]
        if missing:
            yield Problem(csv_file(PKG, "status_jahr"), None, "jahr",
                          meldung("status_fehlt", ags=ags, jahre=_years(missing)))


def _years(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def _expected_ids(traeger: pd.DataFrame) -> dict[tuple[str, int], set[str]]:
    """(ags, year) → registry rows whose [zkt_seit, zkt_bis] covers 1 January there."""
    out: dict[tuple[str, int], set[str]] = {}
    for row in traeger.itertuples():
        if _empty(row.zkt_id) or _empty(row.zkt_seit) or _empty(row.ags):
            continue
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
        if _empty(row.ags) or _empty(row.jahr):
            continue  # a missing key is a schema error, reported by Frictionless
        listed = set() if _empty(row.zkt_ids) else set(row.zkt_ids.split(";"))
        expected = expected_ids.get((row.ags, int(row.jahr)), set())
        where = (csv_file(PKG, "status_jahr"), csv_row(i))
        if listed != expected:
            yield Problem(*where, "zkt_ids", meldung(
                "status_traeger", ags=row.ags, jahr=row.jahr, eingetragen=_ids(listed),
                erwartet=_ids(expected)))
        if not _empty(row.status) and (row.status == "kein zkT") != (not listed):
            yield Problem(*where, "status", meldung(
                "status_passt_nicht", ags=row.ags, jahr=row.jahr, status=row.status,
                traeger=_ids(listed)))


def _ids(ids: set[str]) -> str:
    return ", ".join(sorted(ids)) if ids else meldung("keiner")


def check_status_anzahl(packages: Packages) -> Iterator[Problem]:
    """From 2014 on (last change of the list) every current zkT is one whole Kreis."""
    status = _table(packages, "status_jahr")
    current = int(_table(packages, "traeger").ist_aktuell.fillna(False).sum())
    for year in range(2014, YEARS.stop):
        cells = status[status.jahr == year]
        whole = int((cells.status == "zkT").sum())
        partial = int((cells.status == "zkT-Teilgebiet").sum())
        if whole != current or partial:
            yield Problem(csv_file(PKG, "status_jahr"), None, "status", meldung(
                "status_anzahl", jahr=year, ganz=whole, teil=partial, erwartet=current))


CHECKS = [
    check_sicherheit_beginn,
    check_sicherheit_ende,
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
