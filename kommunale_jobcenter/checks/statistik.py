"""Checks of the «statistik» package that Frictionless cannot express.

All checks are vectorised over the INKAR panel (about 108,000 rows); Python loops only
build the Problems for the (few) violations, at most ``MAX_PROBLEME`` per check.

Two explicit, documented lists in ``curated/statistik/`` keep the real data passing:
- ``ERLAUBTE_LUECKEN`` (luecken.csv): Kreis × indicator × year combinations that INKAR 2024
  leaves empty, with their reason.
- ``BEKANNTE_QUELLFEHLER`` (quellfehler.csv): values that are wrong in the source itself and
  are kept unchanged.
A list entry that no longer matches the data is reported too, so the lists stay exact.
Frictionless already enforces keys, types and minimums; nothing here repeats it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy as np
import pandas as pd

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.certainty import LEVELS, certainty
from kommunale_jobcenter.checks import Packages, Problem, csv_file, csv_row

PACKAGE = "statistik"
MAX_PROBLEME = 50


class Luecke(NamedTuple):
    region_id: str
    jahr_von: int
    jahr_bis: int
    indikatoren: tuple[str, ...]
    grund: str


def _curated_entries(resource: str) -> list[Luecke]:
    """The rows of curated/statistik/<resource>.csv as Luecke entries (reason as text)."""
    tables = curated_tables.tables(PACKAGE)
    frame = tables[resource]
    if "grund_id" in frame:
        gruende = tables["luecken_gruende"].set_index("grund_id")["grund"]
        frame = frame.assign(grund=frame["grund_id"].map(gruende))
    return [Luecke(r["region_id"], int(r["jahr_von"]), int(r["jahr_bis"]),
                   tuple(r["indikatoren"].split()), r["grund"]) for _, r in frame.iterrows()]


# The two lists live in curated/statistik/ (luecken.csv, quellfehler.csv); they are read
# when first used, so a broken curated file is reported, not raised at import time.
_LISTS = {"ERLAUBTE_LUECKEN": "luecken", "BEKANNTE_QUELLFEHLER": "quellfehler"}


def __getattr__(name: str) -> list[Luecke]:
    if name in _LISTS:
        try:
            entries = _curated_entries(_LISTS[name])
        except curated.CuratedError:  # reported by kommunale_jobcenter.validate as curated problems
            return []
        globals()[name] = entries
        return entries
    raise AttributeError(name)


def _listed(name: str) -> list[Luecke]:
    return getattr(sys.modules[__name__], name)


MELDUNGEN = "statistik/meldungen.yaml"  # the messages, curated


def _m(key: str, **values: object) -> str:
    """One curated message with its {platzhalter} filled in (the key itself if the
    curated file is broken: that file is reported by kommunale_jobcenter.validate)."""
    try:
        text = curated.document(MELDUNGEN)["texte"][key]
    except curated.CuratedError:
        return f"{key}: {values}"
    return text.format(**values)


# (part, total): the part must not exceed the total in the same region and year.
TEIL_UND_SUMME = [("d_ALGII_Lstg", "d_SGBII_Lstg"), ("d_Unterkunft_Lstg", "d_SGBII_Lstg")]


# --- helpers -----------------------------------------------------------------------------

def _capped(problems: Iterable[Problem], file: str) -> Iterator[Problem]:
    """Yield at most MAX_PROBLEME problems, then one summary line."""
    count = 0
    for problem in problems:
        count += 1
        if count <= MAX_PROBLEME:
            yield problem
    if count > MAX_PROBLEME:
        yield Problem(file, None, None,
                      _m("weitere", anzahl=count - MAX_PROBLEME, gesamt=count))


def _expand(entries: list[Luecke]) -> pd.DataFrame:
    """One row per (region_id, jahr, indikator_id) an entry covers."""
    rows = [(e.region_id, jahr, ind) for e in entries
            for jahr in range(e.jahr_von, e.jahr_bis + 1) for ind in e.indikatoren]
    return pd.DataFrame(rows, columns=["region_id", "jahr", "indikator_id"]).astype(
        {"jahr": "int64"})


def _keys(frame: pd.DataFrame) -> pd.MultiIndex:
    return pd.MultiIndex.from_arrays([frame["region_id"].astype(str),
                                      frame["jahr"].astype("int64"),
                                      frame["indikator_id"].astype(str)])


def _werte(packages: Packages) -> pd.DataFrame | None:
    statistik = packages.get(PACKAGE)
    if not statistik or "werte" not in statistik:
        return None
    return statistik["werte"]


def _fmt(value: float) -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _region_names(packages: Packages) -> dict[str, str]:
    regionen = packages[PACKAGE].get("regionen")
    if regionen is None:
        return {}
    return dict(zip(regionen["region_id"], regionen["region_name"], strict=True))


def _known_error_mask(werte: pd.DataFrame) -> np.ndarray:
    return _keys(werte).isin(_keys(_expand(_listed("BEKANNTE_QUELLFEHLER"))))


# --- checks ------------------------------------------------------------------------------

def check_anteile(packages: Packages) -> Iterator[Problem]:
    """Values of percentage indicators (ist_anteil) must lie within 0–100."""
    werte = _werte(packages)
    if werte is None or "indikatoren" not in packages[PACKAGE]:
        return
    indikatoren = packages[PACKAGE]["indikatoren"]
    anteil = set(indikatoren.loc[indikatoren["ist_anteil"].fillna(False), "indikator_id"])
    bad = (werte["indikator_id"].isin(anteil) & ((werte["wert"] < 0) | (werte["wert"] > 100))
           & ~_known_error_mask(werte))
    names = _region_names(packages)
    file = csv_file(PACKAGE, "werte")
    yield from _capped((
        Problem(file, csv_row(i), "wert",
                _m("anteil", indikator=ind, gebiet=names.get(r, r), region=r, jahr=jahr,
                   wert=_fmt(w)))
        for i, r, jahr, ind, w in werte.loc[bad, ["region_id", "jahr", "indikator_id",
                                                  "wert"]].itertuples(name=None)
    ), file)


def check_jahr_in_abdeckung(packages: Packages) -> Iterator[Problem]:
    """Each value's year lies within its indicator's jahr_von..jahr_bis."""
    werte = _werte(packages)
    if werte is None or "indikatoren" not in packages[PACKAGE]:
        return
    span = packages[PACKAGE]["indikatoren"].set_index("indikator_id")[["jahr_von", "jahr_bis"]]
    von = werte["indikator_id"].map(span["jahr_von"])
    bis = werte["indikator_id"].map(span["jahr_bis"])
    bad = ((werte["jahr"] < von) | (werte["jahr"] > bis)).fillna(False).to_numpy(bool)
    file = csv_file(PACKAGE, "werte")
    yield from _capped((
        Problem(file, csv_row(i), "jahr",
                _m("abdeckung", jahr=jahr, indikator=ind, von=von[i], bis=bis[i]))
        for i, jahr, ind in werte.loc[bad, ["jahr", "indikator_id"]].itertuples(name=None)
    ), file)


def check_kreise_wie_jobcenter(packages: Packages) -> Iterator[Problem]:
    """The Kreise of «regionen» are exactly the Kreise of jobcenter/kreise (cross-package)."""
    if "jobcenter" not in packages or "kreise" not in packages["jobcenter"]:
        return
    regionen = packages.get(PACKAGE, {}).get("regionen")
    if regionen is None:
        return
    jobcenter_kreise = set(packages["jobcenter"]["kreise"]["ags"].dropna())
    unsere = set(regionen.loc[regionen["ebene"] == "kreis", "region_id"])
    file = csv_file(PACKAGE, "regionen")
    for ags in sorted(jobcenter_kreise - unsere):
        yield Problem(file, None, "region_id",
                      _m("kreis_fehlt", ags=ags))
    rows = regionen.index[regionen["region_id"].isin(unsere - jobcenter_kreise)]
    for i in rows:
        yield Problem(file, csv_row(i), "region_id",
                      _m("kreis_unbekannt", ags=regionen.at[i, "region_id"],
                         name=regionen.at[i, "region_name"]))


def _expected_kreis_keys(regionen: pd.DataFrame, indikatoren: pd.DataFrame) -> pd.DataFrame:
    kreise = regionen.loc[regionen["ebene"] == "kreis", "region_id"].to_numpy()
    spans = indikatoren.dropna(subset=["jahr_von", "jahr_bis"])
    ind = np.repeat(spans["indikator_id"].to_numpy(),
                    (spans["jahr_bis"] - spans["jahr_von"] + 1).to_numpy(int))
    jahre = np.concatenate([np.arange(a, b + 1) for a, b in
                            zip(spans["jahr_von"], spans["jahr_bis"], strict=True)])
    return pd.DataFrame({
        "region_id": np.repeat(kreise, len(ind)),
        "jahr": np.tile(jahre, len(kreise)),
        "indikator_id": np.tile(ind, len(kreise)),
    })


def check_luecken(packages: Packages) -> Iterator[Problem]:
    """Every Kreis has a value for each indicator and covered year, or the gap is listed."""
    werte = _werte(packages)
    statistik = packages.get(PACKAGE, {})
    if werte is None or "regionen" not in statistik or "indikatoren" not in statistik:
        return
    expected = _expected_kreis_keys(statistik["regionen"], statistik["indikatoren"])
    present = _keys(werte)
    allowed = _keys(_expand(_listed("ERLAUBTE_LUECKEN")))
    missing = _keys(expected).difference(present)
    names = _region_names(packages)
    file = csv_file(PACKAGE, "werte")
    yield from _capped((
        Problem(file, None, "wert",
                _m("wert_fehlt", gebiet=names.get(r, r), region=r, indikator=ind, jahr=jahr))
        for r, jahr, ind in missing.difference(allowed)), file)
    stale = allowed.intersection(present)
    yield from _capped((
        Problem(file, None, "wert",
                _m("luecke_veraltet", indikator=ind, region=r, jahr=jahr))
        for r, jahr, ind in stale), file)


def check_teil_nicht_groesser_als_summe(packages: Packages) -> Iterator[Problem]:
    """ALG II and housing payments per BG cannot exceed all SGB II payments per BG."""
    werte = _werte(packages)
    if werte is None:
        return
    key = ["region_id", "jahr", "indikator_id"]
    ok = werte[~_known_error_mask(werte)].drop_duplicates(key)
    wide = ok.pivot(index=["region_id", "jahr"], columns="indikator_id", values="wert")
    rows = pd.Series(ok.index, index=_keys(ok))
    file = csv_file(PACKAGE, "werte")
    for part, total in TEIL_UND_SUMME:
        if part not in wide or total not in wide:
            continue
        bad = wide.index[(wide[part] > wide[total]).fillna(False).to_numpy(bool)]
        yield from _capped((
            Problem(file, csv_row(rows[(r, jahr, part)]), "wert",
                    _m("teil_groesser", teil=part, teil_wert=_fmt(wide.at[(r, jahr), part]),
                       region=r, jahr=jahr, summe=total,
                       summe_wert=_fmt(wide.at[(r, jahr), total])))
            for r, jahr in bad), file)


def check_quellfehler_aktuell(packages: Packages) -> Iterator[Problem]:
    """Every entry of BEKANNTE_QUELLFEHLER still points at an existing value."""
    werte = _werte(packages)
    if werte is None:
        return
    listed = _keys(_expand(_listed("BEKANNTE_QUELLFEHLER")))
    file = csv_file(PACKAGE, "werte")
    for r, jahr, ind in listed.difference(_keys(werte)):
        yield Problem(file, None, "wert",
                      _m("quellfehler_veraltet", indikator=ind, region=r, jahr=jahr))


def check_zeitraum_geordnet(packages: Packages) -> Iterator[Problem]:
    """A span «A/B» in zeitraum must not end before it starts."""
    for resource in ("bund_kennzahlen", "lokale_bestaende"):
        frame = packages.get(PACKAGE, {}).get(resource)
        if frame is None:
            continue
        parts = frame["zeitraum"].astype(str).str.split("/", n=1, expand=True)
        if parts.shape[1] < 2:
            continue
        bad = parts[1].notna() & (parts[1] < parts[0].str[: 7])
        file = csv_file(PACKAGE, resource)
        for i in frame.index[bad.to_numpy(bool)]:
            yield Problem(file, csv_row(i), "zeitraum",
                          _m("zeitraum", zeitraum=frame.at[i, "zeitraum"]))


def check_sicherheit_nach_rang(packages: Packages) -> Iterator[Problem]:
    """No row is more certain than the rank of its source allows (Methodik): a figure read
    only in a Sekundärquelle is at most «wahrscheinlich»."""
    statistik = packages.get(PACKAGE, {})
    quellen = statistik.get("quellen")
    if quellen is None or "quellenrang" not in quellen:
        return
    rang = dict(zip(quellen["quelle_id"], quellen["quellenrang"], strict=True))
    for resource in ("indikatoren", "bund_ausgaben", "bund_kennzahlen", "lokale_bestaende"):
        frame = statistik.get(resource)
        if frame is None:
            continue
        file = csv_file(PACKAGE, resource)
        for i, quelle_id, level in frame[["quelle_id", "sicherheit"]].itertuples(name=None):
            if quelle_id not in rang or level not in LEVELS or pd.isna(rang[quelle_id]):
                continue
            best = certainty([rang[quelle_id]])
            if LEVELS.index(level) < LEVELS.index(best):
                yield Problem(file, csv_row(i), "sicherheit",
                              _m("sicherheit", stufe=level, quelle=quelle_id,
                                 rang=rang[quelle_id], hoechstens=best))


CHECKS = [
    check_anteile,
    check_jahr_in_abdeckung,
    check_kreise_wie_jobcenter,
    check_luecken,
    check_teil_nicht_groesser_als_summe,
    check_quellfehler_aktuell,
    check_zeitraum_geordnet,
    check_sicherheit_nach_rang,
]
