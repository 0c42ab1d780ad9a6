"""Checks of the «statistik» package that Frictionless cannot express.

All checks are vectorised over the INKAR panel (about 108,000 rows); Python loops only
build the Problems for the (few) violations, at most ``MAX_PROBLEME`` per check.

Two explicit, documented lists keep the real data passing:
- ``ERLAUBTE_LUECKEN``: Kreis × indicator × year combinations that INKAR 2024 leaves empty.
- ``BEKANNTE_QUELLFEHLER``: values that are wrong in the source itself and are kept unchanged.
A list entry that no longer matches the data is reported too, so the lists stay exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy as np
import pandas as pd

from scripts.checks import Packages, Problem, csv_file, csv_row

PACKAGE = "statistik"
MAX_PROBLEME = 50

GELD4 = ("a_ALGII_SGBII", "a_Unterkunft_SGBII", "d_SGBII_Lstg", "d_Unterkunft_Lstg")
GELD5 = (*GELD4, "d_ALGII_Lstg")


class Luecke(NamedTuple):
    region_id: str
    jahr_von: int
    jahr_bis: int
    indikatoren: tuple[str, ...]
    grund: str


_GRUND_FRUEH = (
    "INKAR 2024 enthält für diese Jahre weder die Summe der SGB II-Leistungen noch die "
    "Unterkunftsleistungen (das Arbeitslosengeld II je Bedarfsgemeinschaft dagegen schon); "
    "die Quelle nennt keinen Grund. Betrifft gemeinsame Einrichtungen und zkT gleichermaßen.")
_GRUND_EINZELJAHR = (
    "INKAR 2024 enthält in diesem Jahr keinen Wert für die Geldleistungen; die Quelle nennt "
    "keinen Grund. Bei zkT vermutlich eine Lieferlücke des kommunalen Trägers an die "
    "BA-Statistik (Vermutung, nicht belegt).")
_GRUND_FRAUEN = ("INKAR 2024 enthält in diesem Jahr keinen Wert der zweiten "
                 "Frauenanteil-Reihe; die erste Reihe (a_ewfBG_f) ist vorhanden.")

ERLAUBTE_LUECKEN: list[Luecke] = [
    *(Luecke(r, 2008, bis, GELD4, _GRUND_FRUEH) for r, bis in [
        ("03351", 2011), ("03354", 2011), ("03360", 2011), ("03461", 2010), ("07131", 2011),
        ("08121", 2010), ("08215", 2010), ("08226", 2010), ("08235", 2010), ("08236", 2011),
        ("08237", 2011), ("08325", 2010), ("08326", 2010), ("08421", 2010), ("08425", 2011),
        ("08436", 2010), ("09184", 2011), ("09262", 2011), ("09263", 2011), ("09278", 2011),
        ("15081", 2010), ("15088", 2010), ("16077", 2011),
    ]),
    *(Luecke(r, j, j, GELD5, _GRUND_EINZELJAHR) for r, j in [
        ("03357", 2008), ("06436", 2008), ("06438", 2021), ("08326", 2011), ("09562", 2015),
        ("09662", 2015), ("12067", 2017), ("12073", 2008), ("15082", 2016), ("16061", 2014),
    ]),
    Luecke("06532", 2017, 2017, ("a_SGBII_f",), _GRUND_FRAUEN),
    Luecke("07233", 2019, 2019, ("a_SGBII_f",), _GRUND_FRAUEN),
]

BEKANNTE_QUELLFEHLER: list[Luecke] = [
    Luecke("16066", 2008, 2011, ("a_ALGII_SGBII", "d_SGBII_Lstg", "d_Unterkunft_Lstg"),
           "Schmalkalden-Meiningen: INKAR weist 2008–2011 nur rund 20 EUR SGB II-Leistungen "
           "und rund 5 EUR Unterkunftsleistungen je Bedarfsgemeinschaft aus (sonst mehrere "
           "hundert EUR), daher ein Arbeitslosengeld-II-Anteil von über 1.700 %. Fehler in "
           "der Quelle; Werte unverändert übernommen."),
]

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
                      f"… und {count - MAX_PROBLEME} weitere gleichartige Probleme "
                      f"(insgesamt {count}).")


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
    return _keys(werte).isin(_keys(_expand(BEKANNTE_QUELLFEHLER)))


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
                f"{ind} ist ein Prozentanteil, aber {names.get(r, r)} ({r}) hat {jahr} den "
                f"Wert {_fmt(w)} %; erlaubt sind 0 bis 100.")
        for i, r, jahr, ind, w in werte.loc[bad, ["region_id", "jahr", "indikator_id",
                                                  "wert"]].itertuples(name=None)
    ), file)


def check_nicht_negativ(packages: Packages) -> Iterator[Problem]:
    """Counts, amounts and ratios of this package are never negative."""
    for resource, column in [("werte", "wert"), ("bund_ausgaben", "betrag_eur"),
                             ("bund_kennzahlen", "wert"), ("lokale_bestaende", "wert")]:
        frame = packages.get(PACKAGE, {}).get(resource)
        if frame is None:
            continue
        file = csv_file(PACKAGE, resource)
        bad = frame.index[frame[column] < 0]
        yield from _capped((
            Problem(file, csv_row(i), column,
                    f"Negativer Wert {_fmt(frame.at[i, column])}: hier sind nur Werte ab 0 "
                    "möglich (Anzahlen, Beträge, Quoten).")
            for i in bad), file)


def check_eindeutig(packages: Packages) -> Iterator[Problem]:
    """No region, year and indicator twice in the panel."""
    werte = _werte(packages)
    if werte is None:
        return
    key = ["region_id", "jahr", "indikator_id"]
    dup = werte.duplicated(key, keep="first")
    file = csv_file(PACKAGE, "werte")
    yield from _capped((
        Problem(file, csv_row(i), "region_id+jahr+indikator_id",
                f"{ind} für {r} im Jahr {jahr} steht mehrfach in der Tabelle; je Gebiet, Jahr "
                "und Indikator ist nur eine Zeile erlaubt.")
        for i, r, jahr, ind in werte.loc[dup, key].itertuples(name=None)), file)


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
                f"Jahr {jahr} liegt außerhalb der Abdeckung von {ind} ({von[i]}–{bis[i]}) laut "
                "indikatoren.csv; entweder das Jahr oder jahr_von/jahr_bis korrigieren.")
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
                      f"Kreis {ags} steht in data/jobcenter/kreise.csv, fehlt aber in "
                      "regionen.csv (ebene «kreis»).")
    rows = regionen.index[regionen["region_id"].isin(unsere - jobcenter_kreise)]
    for i in rows:
        yield Problem(file, csv_row(i), "region_id",
                      f"Kreis {regionen.at[i, 'region_id']} ({regionen.at[i, 'region_name']}) "
                      "fehlt in data/jobcenter/kreise.csv; Gebietsstand prüfen.")


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
    allowed = _keys(_expand(ERLAUBTE_LUECKEN))
    missing = _keys(expected).difference(present)
    names = _region_names(packages)
    file = csv_file(PACKAGE, "werte")
    yield from _capped((
        Problem(file, None, "wert",
                f"Für {names.get(r, r)} ({r}) fehlt der Wert von {ind} im Jahr {jahr}. Wert "
                "ergänzen oder die Lücke mit Grund in ERLAUBTE_LUECKEN "
                "(scripts/checks/statistik.py) eintragen.")
        for r, jahr, ind in missing.difference(allowed)), file)
    stale = allowed.intersection(present)
    yield from _capped((
        Problem(file, None, "wert",
                f"ERLAUBTE_LUECKEN nennt {ind} für {r} im Jahr {jahr} als fehlend, aber der "
                "Wert ist vorhanden; Eintrag aus der Liste entfernen.")
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
                    f"{part} ({_fmt(wide.at[(r, jahr), part])} EUR) ist für {r} im Jahr "
                    f"{jahr} größer als {total} ({_fmt(wide.at[(r, jahr), total])} EUR), "
                    "obwohl es ein Teil davon ist.")
            for r, jahr in bad), file)


def check_quellfehler_aktuell(packages: Packages) -> Iterator[Problem]:
    """Every entry of BEKANNTE_QUELLFEHLER still points at an existing value."""
    werte = _werte(packages)
    if werte is None:
        return
    listed = _keys(_expand(BEKANNTE_QUELLFEHLER))
    file = csv_file(PACKAGE, "werte")
    for r, jahr, ind in listed.difference(_keys(werte)):
        yield Problem(file, None, "wert",
                      f"BEKANNTE_QUELLFEHLER nennt {ind} für {r} im Jahr {jahr}, aber diesen "
                      "Wert gibt es nicht (mehr); Eintrag prüfen.")


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
                          f"Zeitraum {frame.at[i, 'zeitraum']} endet vor seinem Beginn.")


CHECKS = [
    check_anteile,
    check_nicht_negativ,
    check_eindeutig,
    check_jahr_in_abdeckung,
    check_kreise_wie_jobcenter,
    check_luecken,
    check_teil_nicht_groesser_als_summe,
    check_quellfehler_aktuell,
    check_zeitraum_geordnet,
]
