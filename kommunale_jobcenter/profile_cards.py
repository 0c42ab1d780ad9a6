"""Key figures at the top of every Träger profile and the facts of its paragraph in plain
language (issue #14, «Profile, die zuerst antworten»). Pure functions from DataFrames to
records: no files, no HTML and no wording – labels live in curated/jobcenter/seiten.yaml
(``karten``, ``einfach``), markup in the templates ``profil_karten.html.j2`` and
``profil_einfach.html.j2``.

A card holds its value, the year or date the value refers to, further values that explain
it (trend, Land, rank) and the ids of its sources. A missing value is ``None`` – never 0
and never a guess – and ``fehlt`` names why (a key of the labels).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from kommunale_jobcenter.groups import Groups, group_rows
from kommunale_jobcenter.pages import finanzen_frames as ff
from kommunale_jobcenter.pages import statistik_frames as sf

SGB2_QUOTE = "q_SGBII"  # SGB II-Quote: Leistungsberechtigte je 100 Einwohner unter 65
TREND_YEARS = 5  # the trend compares the latest year with the year this many years before
QUOTE_DECIMALS = 1  # as the statistics pages show the quota
EGL_KINDS = (ff.EGL_SINGLE, *ff.EGL_HALVES)  # Mittelarten behind the share of all egl
UP, DOWN, SAME = "gestiegen", "gesunken", "unveraendert"  # keys of karten.richtung_*
MORE, LESS, EQUAL = "mehr", "weniger", "gleich"  # how the Kreis compares with its Land
TRAEGER_COLUMNS = ["zkt_id", "slug", "name", "traeger_art", "ags", "ist_aktuell",
                   "ist_ganzer_kreis", "nachfolger_zkt_id"]
KREIS_COLUMNS = ["ags", "kreis_name", "kreis_art", "land_code", "land", "einwohner_anzahl",
                 "gebietsstand", "quelle_id"]
MAIN_COLUMNS = ["jahr", "jobcenter_id", "traegerform", "egl", "rang_egl", "anzahl_egl"]
ANTEIL_COLUMNS = ["jahr", "anlage", "jobcenter_id", "mittelart", "quelle_id"]


@dataclass(frozen=True)
class Card:
    key: str  # zkt | einwohner | quote | egl
    value: Any = None  # a number or a date; None where the data has none
    stand: Any = None  # the year or date the value refers to
    facts: Mapping[str, Any] = field(default_factory=dict)
    quelle_ids: tuple[str, ...] = ()
    fehlt: str = ""  # why ``value`` is None


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _named(rows: pd.DataFrame) -> list[dict[str, str]]:
    return rows[["zkt_id", "slug", "name", "traeger_art"]].to_dict("records")


def kreis_label(ags: str, kreise: pd.DataFrame, traeger: pd.DataFrame) -> str:
    """How a present-day Kreis is named: as its current Träger is named (the official
    name, «Kreis Bergstraße», «Salzlandkreis»); else from Destatis, whose names put the
    kind after a comma («Kiel, Landeshauptstadt» → «Landeshauptstadt Kiel») or leave it
    out («Harz», a Landkreis → «Landkreis Harz»)."""
    current = traeger[(traeger["ags"] == ags) & traeger["ist_aktuell"].fillna(False)
                      & traeger["ist_ganzer_kreis"].fillna(False)]
    if len(current):
        return str(current["name"].iloc[0])
    kreis = kreise.set_index("ags").loc[ags]
    name, art = str(kreis["kreis_name"]), str(kreis["kreis_art"])
    if ", " in name:
        place, kind = name.split(", ", 1)
        return f"{kind} {place}"
    if "kreis" in name.lower() or name.lower().startswith(art.lower()):
        return name
    return f"{art} {name}"


# -- the four cards ------------------------------------------------------------------------

def zkt_card(t: pd.Series, traeger: pd.DataFrame, traeger_quellen: pd.DataFrame) -> Card:
    """Since when (and until when) the Kreis has run the Jobcenter alone; a takeover names
    the predecessors, an end the successor. Sources: those that document the beginning."""
    ended = not _missing(t["zkt_bis"])
    begin = traeger_quellen[(traeger_quellen["zkt_id"] == t["zkt_id"])
                            & traeger_quellen["ist_beleg_beginn"].fillna(False)]
    return Card(
        "zkt", value=t["zkt_seit"], stand=t["zkt_bis"] if ended else None,
        facts={"aktuell": bool(t["ist_aktuell"]), "beendet": ended,
               "vorgaenger": _named(traeger[traeger["nachfolger_zkt_id"] == t["zkt_id"]]),
               "nachfolger": _named(traeger[traeger["zkt_id"] == t["nachfolger_zkt_id"]]),
               "sicherheit": t["sicherheit"], "belege": len(begin)},
        quelle_ids=tuple(sorted(begin["quelle_id"])))


def einwohner_card(t: pd.Series, kreise: pd.DataFrame, traeger: pd.DataFrame) -> Card:
    """Inhabitants of the present-day Kreis on the reference date of its Gebietsstand."""
    rows = kreise[kreise["ags"] == t["ags"]]
    if rows.empty:
        return Card("einwohner", fehlt="fehlt_kreis")
    kreis = rows.iloc[0]
    facts = {"kreis": kreis_label(t["ags"], kreise, traeger),
             "ganzer_kreis": bool(t["ist_ganzer_kreis"])}
    quelle = () if _missing(kreis["quelle_id"]) else (str(kreis["quelle_id"]),)
    if _missing(kreis["einwohner_anzahl"]):
        return Card("einwohner", facts=facts, quelle_ids=quelle, fehlt="fehlt_einwohner")
    return Card("einwohner", value=int(kreis["einwohner_anzahl"]),
                stand=None if _missing(kreis["gebietsstand"]) else kreis["gebietsstand"],
                facts=facts, quelle_ids=quelle)


def direction(difference: float) -> str:
    return UP if difference > 0 else DOWN if difference < 0 else SAME


def quote_card(t: pd.Series, kreise: pd.DataFrame, traeger: pd.DataFrame,
              werte: pd.DataFrame, indikatoren: pd.DataFrame,
              indikator_id: str = SGB2_QUOTE, years_back: int = TREND_YEARS) -> Card:
    """The latest SGB II-Quote of the present-day Kreis, its change against the year
    ``years_back`` before (in percentage points, as shown: both values rounded first) and
    the value of its Land in the same year. Missing years stay missing."""
    ind = indikatoren[indikatoren["indikator_id"] == indikator_id]
    quelle = tuple(str(q) for q in ind["quelle_id"].dropna().unique())
    rows = werte[(werte["indikator_id"] == indikator_id) & werte["wert"].notna()]
    own = rows[rows["region_id"] == t["ags"]].set_index("jahr")["wert"]
    kreis = kreise[kreise["ags"] == t["ags"]]
    facts: dict[str, Any] = {
        "aktuell": bool(t["ist_aktuell"]), "indikator_id": indikator_id,
        "ganzer_kreis": bool(t["ist_ganzer_kreis"]),
        "kreis": kreis_label(t["ags"], kreise, traeger) if len(kreis) else ""}
    if own.empty or kreis.empty:
        return Card("quote", facts=facts, quelle_ids=quelle, fehlt="fehlt_quote")
    jahr = int(own.index.max())
    value = float(own[jahr])
    before = jahr - years_back
    facts.update(vorher_jahr=before, vorher_wert=None, differenz=None, richtung=None)
    if before in own.index:
        difference = round(round(value, QUOTE_DECIMALS)
                           - round(float(own[before]), QUOTE_DECIMALS), QUOTE_DECIMALS)
        facts.update(vorher_wert=float(own[before]), differenz=abs(difference),
                     richtung=direction(difference))
    land = kreis["land_code"].iloc[0]
    land_value = rows[(rows["region_id"] == land) & (rows["jahr"] == jahr)]["wert"]
    facts.update(land=str(kreis["land"].iloc[0]),
                 land_wert=float(land_value.iloc[0]) if len(land_value) else None,
                 nach_ende=not _missing(t["zkt_bis"]) and jahr > t["zkt_bis"].year)
    return Card("quote", value=value, stand=jahr, facts=facts, quelle_ids=quelle)


def egl_card(t: pd.Series, main: pd.DataFrame, jobcenter: pd.DataFrame,
             anteile: pd.DataFrame) -> Card:
    """The Träger's share of all Eingliederungsmittel in the latest Verordnung that lists
    it as a zkT (``main``: ``finanzen_frames.main_shares`` with ``add_ranks``); the rank
    only where the Träger is one row of that year. A Träger the Verordnungen in the data
    never list gets no value."""
    years = ff.annex_years(main) if len(main) else []
    facts: dict[str, Any] = {"neuestes": years[-1] if years else None,
                             "erstes": years[0] if years else None,
                             "aktuell": bool(t["ist_aktuell"]),
                             "bis": None if _missing(t["zkt_bis"]) else t["zkt_bis"]}
    rows = ff.traeger_rows(main, jobcenter, t["zkt_id"]) if len(main) else main
    rows = rows[rows["traegerform"] == ff.ZKT] if len(rows) else rows
    if rows.empty:
        return Card("egl", facts=facts, fehlt="fehlt_verordnung" if years else "fehlt_finanzen")
    jahr = int(rows["jahr"].max())
    last = rows[rows["jahr"] == jahr]
    share = last["egl"].sum(min_count=len(last))
    used = anteile[(anteile["jahr"] == jahr) & anteile["jobcenter_id"].isin(last["jobcenter_id"])
                   & anteile["mittelart"].isin(EGL_KINDS)]
    one = len(last) == 1 and "rang_egl" in last and not _missing(last["rang_egl"].iloc[0])
    facts.update(ist_neuestes=jahr == facts["neuestes"], finanzseite=True,
                 rang=int(last["rang_egl"].iloc[0]) if one else None,
                 anzahl=int(last["anzahl_egl"].iloc[0]) if one else None)
    quelle = tuple(dict.fromkeys(str(q) for q in used.sort_values("anlage")["quelle_id"]))
    if _missing(share):
        return Card("egl", stand=jahr, facts=facts, quelle_ids=quelle, fehlt="fehlt_anteil")
    return Card("egl", value=float(share), stand=jahr, facts=facts, quelle_ids=quelle)


@dataclass(frozen=True)
class CardInputs:
    """The tables the cards read, cut once per build to what they need (the SGB II rows
    of one indicator instead of all 108,000 values)."""

    traeger: pd.DataFrame
    traeger_quellen: pd.DataFrame
    kreise: Groups  # KREIS_COLUMNS of kreise by ags: a card reads its own Kreis only
    werte: pd.DataFrame  # rows of SGB2_QUOTE only
    indikatoren: pd.DataFrame
    main: pd.DataFrame  # finanzen_frames.main_shares with add_ranks; empty without data
    jobcenter: pd.DataFrame
    anteile: pd.DataFrame  # rows of the Eingliederungsmittel only


def card_inputs(packages: Mapping[str, Mapping[str, pd.DataFrame]],
                main: pd.DataFrame | None = None) -> CardInputs:
    """``main`` (shares with ranks) is computed once per build by the Finanzen pages;
    without it or without the finanzen package the share card says so."""
    jc = packages["jobcenter"]
    st = packages.get("statistik", {})
    fin = packages.get("finanzen", {})
    werte = st.get("werte", pd.DataFrame(columns=["region_id", "jahr", "indikator_id", "wert"]))
    anteile = fin.get("anteile")
    has_shares = main is not None and anteile is not None and len(anteile) > 0
    # only the columns the cards read: a filter copies every column (4 ms a card saved)
    return CardInputs(
        jc["traeger"][TRAEGER_COLUMNS], jc["traeger_quellen"],
        group_rows(jc["kreise"][KREIS_COLUMNS], "ags"),
        werte.loc[werte["indikator_id"] == SGB2_QUOTE, ["region_id", "jahr", "wert",
                                                          "indikator_id"]],
        st.get("indikatoren", pd.DataFrame(columns=["indikator_id", "quelle_id"])),
        main[MAIN_COLUMNS] if has_shares else pd.DataFrame(),
        fin["jobcenter"][["jobcenter_id", "zkt_id"]] if has_shares else pd.DataFrame(),
        anteile.loc[anteile["mittelart"].isin(EGL_KINDS), ANTEIL_COLUMNS]
        if has_shares else pd.DataFrame())


def profile_cards(t: pd.Series, inputs: CardInputs) -> list[Card]:
    """The four cards of one Träger, in the order shown."""
    i = inputs
    kreis = i.kreise.get(t["ags"])
    return [zkt_card(t, i.traeger, i.traeger_quellen),
            einwohner_card(t, kreis, i.traeger),
            quote_card(t, kreis, i.traeger, i.werte, i.indikatoren),
            egl_card(t, i.main, i.jobcenter, i.anteile)]


# -- plain language ------------------------------------------------------------------------

def per_hundred(value: float) -> int:
    """A percentage as «about n of 100», rounded half up (6,5 → 7); 0 means «fewer than
    one of 100»."""
    return math.floor(value + 0.5)


def compare(own: int, other: int) -> str:
    """More, fewer or about as many – on the rounded numbers the reader sees."""
    return MORE if own > other else LESS if own < other else EQUAL


def plain_facts(t: pd.Series, cards: list[Card], opening: Mapping[str, Any],
                status: pd.DataFrame, traeger: pd.DataFrame) -> dict[str, Any]:
    """Everything the plain-language paragraph says, from the cards, the facts of the
    opening sentence (``pages.jobcenter.opening``: a partial area until ``ganz_ab``) and
    the status of the present-day Kreis (``status``: its rows of jobcenter.status_jahr).
    A sentence whose number is missing is left out by the template (its value is None)."""
    by = {c.key: c for c in cards}
    zkt, ew, quote = by["zkt"], by["einwohner"], by["quote"]
    successor = zkt.facts["nachfolger"]
    latest = status.sort_values("jahr").iloc[-1] if len(status) else None
    out: dict[str, Any] = {
        "name": t["name"], "art": t["traeger_art"], "aktuell": zkt.facts["aktuell"],
        "seit": zkt.value, "bis": zkt.stand, "vorgaenger": zkt.facts["vorgaenger"],
        "nachfolger": successor,
        "nachfolger_aktuell": bool(successor) and bool(traeger.loc[
            traeger["zkt_id"] == successor[0]["zkt_id"], "ist_aktuell"].iloc[0]),
        "heute_jahr": int(latest["jahr"]) if latest is not None else None,
        "heute_kein_zkt": latest is not None and latest["status"] == sf.KEIN_ZKT,
        "teilgebiet": bool(opening["teilgebiet"]), "ganz_ab": opening["ganz_ab"],
        "ganzer_kreis": bool(t["ist_ganzer_kreis"]), "kreis": ew.facts.get("kreis", ""),
        "einwohner": ew.value, "einwohner_stand": ew.stand,
        "jahr": quote.stand, "von_100": None, "land": quote.facts.get("land"),
        "land_von_100": None, "vergleich": None,
        "nach_ende": bool(quote.facts.get("nach_ende"))}
    if quote.value is not None:
        out["von_100"] = per_hundred(quote.value)
        if quote.facts.get("land_wert") is not None:
            out["land_von_100"] = per_hundred(quote.facts["land_wert"])
            out["vergleich"] = compare(out["von_100"], out["land_von_100"])
    return out
