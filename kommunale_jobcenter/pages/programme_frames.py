"""Pure DataFrame functions behind the programme, document and profile pages.

Nothing here knows about files, links or HTML: every function takes frames of the
``programme`` and ``jobcenter`` packages and returns frames, strings or lists that the
page modules turn into tables and charts.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from kommunale_jobcenter import markup

CERTAINTY_ORDER = ["gesichert", "wahrscheinlich", "unsicher"]
NOT_KNOWN = "keine Angabe"
# Units of a figure that count the bodies taking part in a programme.
BODY_UNITS = ["Jobcenter", "Grundsicherungsstellen", "Arbeitsgemeinschaften",
              "zugelassene kommunale Träger", "Kommunen", "Kreise und kreisfreie Städte",
              "Landkreise", "Standorte", "Modellregionen", "Projekte"]
# Words of a figure that counts participants (not applicants or reference totals).
_TAKING_PART = re.compile(r"beteiligt|teilnehm|im programm|umsetzend|in der kampagne|gefördert"
                          r"|bewilligt|ausgewählte|gestartet|modellkommunen|förderfähig", re.I)
_NOT_TAKING_PART = re.compile(r"nicht ausgewählt|bezugsgröße", re.I)
_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"]


# -- dates and periods ---------------------------------------------------------------
def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def format_partial_date(value: object) -> str:
    """'2005' → '2005', '2005-10' → 'Oktober 2005', '2011-01-01' → '01.01.2011'."""
    if _missing(value):
        return ""
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{_MONTHS[int(text[5:7]) - 1]} {text[:4]}"
    return markup.format_date(text)


def period_label(von: object, bis: object) -> str:
    """A period in words: '2011–2015', 'ab Juli 2010', 'bis 2014', '31.12.2017'."""
    start, end = format_partial_date(von), format_partial_date(bis)
    if start and end:
        return start if start == end else f"{start} – {end}"
    if start:
        return f"ab {start}"
    if end:
        return f"bis {end}"
    return ""


def period_bound(value: object, end: bool = False) -> pd.Timestamp | None:
    """First (or last) day of a partial date: '2007' → 2007-01-01 (or 2007-12-31)."""
    if _missing(value):
        return None
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return pd.Timestamp(f"{text}-12-31" if end else f"{text}-01-01")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:7])
        day = calendar.monthrange(year, month)[1] if end else 1
        return pd.Timestamp(year=year, month=month, day=day)
    return pd.Timestamp(text)


# -- values --------------------------------------------------------------------------
def format_euro(value: object) -> str:
    """Budgets in words: 885000000 → '885 Mio. Euro', 1.3e9 → '1,3 Mrd. Euro'."""
    if _missing(value):
        return ""
    number = float(value)  # type: ignore[arg-type]
    if number >= 1e9:
        return f"{markup.format_number(number / 1e9, 1 if number % 1e9 else 0)} Mrd. Euro"
    if number >= 1e6:
        millions = number / 1e6
        return f"{markup.format_number(millions, 0 if millions.is_integer() else 1)} Mio. Euro"
    return f"{markup.format_number(number, 0)} Euro"


def value_text(wert: object, wert_text: object) -> str:
    """The shown value: the number in German format, else the text value."""
    if not _missing(wert):
        return plain_number(wert)
    return "" if _missing(wert_text) else str(wert_text)


def figure_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Figures (kennzahlen or fakten) with display columns wert_anzeige and zeitraum,
    ordered by period start."""
    out = frame.copy()
    out["wert_anzeige"] = [value_text(w, t) for w, t in zip(out["wert"], out["wert_text"],
                                                           strict=True)]
    out["zeitraum"] = [period_label(v, b) for v, b in zip(out["zeitraum_von"],
                                                          out["zeitraum_bis"], strict=True)]
    out["_start"] = [period_bound(v) for v in out["zeitraum_von"]]
    id_col = "kennzahl_id" if "kennzahl_id" in out else "fakt_id"
    return out.sort_values(["_start", id_col], na_position="last").drop(columns="_start")


# -- participations ------------------------------------------------------------------
def best_certainty(values: pd.Series) -> str:
    """The strongest certainty among several rows for the same Kreis."""
    present = [c for c in CERTAINTY_ORDER if c in set(values.dropna())]
    return present[0] if present else NOT_KNOWN


def participants_per_programme(programme: pd.DataFrame,
                               teilnahmen: pd.DataFrame) -> pd.DataFrame:
    """Per programme: participation rows, distinct Kreise, rows without a Kreis key."""
    grouped = teilnahmen.groupby("programm_id").agg(
        teilnahmen_anzahl=("teilnahme_id", "count"),
        kreise_anzahl=("ags", "nunique"),
        ohne_kreis_anzahl=("ags", lambda s: int(s.isna().sum())),
    )
    out = programme[["programm_id"]].merge(grouped, left_on="programm_id",
                                           right_index=True, how="left")
    for col in ("teilnahmen_anzahl", "kreise_anzahl", "ohne_kreis_anzahl"):
        out[col] = out[col].fillna(0).astype(int)
    return out.reset_index(drop=True)


def current_zkt_ags(traeger: pd.DataFrame) -> set[str]:
    return {a for a, now in zip(traeger["ags"], traeger["ist_aktuell"], strict=True)
            if not pd.isna(now) and bool(now)}


def traeger_by_ags(traeger: pd.DataFrame) -> dict[str, list[dict[str, object]]]:
    """Kreis key → the zkT with that key today (current first, then former by name)."""
    rows = traeger.assign(_order=~traeger["ist_aktuell"].fillna(False).astype(bool))
    rows = rows.sort_values(["_order", "name"])
    out: dict[str, list[dict[str, object]]] = {}
    for _, t in rows.iterrows():
        out.setdefault(t["ags"], []).append({
            "slug": t["slug"], "name": t["name"],
            "ist_aktuell": bool(t["ist_aktuell"]) if pd.notna(t["ist_aktuell"]) else False})
    return out


def participation_rows(teilnahmen: pd.DataFrame, names: Mapping[str, str],
                       traeger: pd.DataFrame) -> pd.DataFrame:
    """Participations with Kreis name (``names``: ags → name) and zkT flag; Kreise that are
    zkT today first."""
    current = current_zkt_ags(traeger)
    out = teilnahmen.copy()
    kreis = [names.get(a, "") if isinstance(a, str) else "" for a in out["ags"]]
    zkt = [a in current for a in out["ags"]]
    ids = list(out["teilnahme_id"])
    out["kreis_name"] = [k or None for k in kreis]
    out["ist_zkt_heute"] = zkt
    out["zeitraum"] = [period_label(s, b) for s, b in zip(out["seit"], out["bis"], strict=True)]
    order = sorted(range(len(out)), key=lambda i: (not zkt[i], not kreis[i], kreis[i], ids[i]))
    return out.iloc[order].reset_index(drop=True)


# The columns of a Kreis on the participation map (not its population: a programme page
# does not change when a Kreis's population does).
MAP_COLUMNS = ["ags", "kreis_name", "land"]


def participation_map_frame(kreise: pd.DataFrame, teilnahmen: pd.DataFrame,
                            traeger: pd.DataFrame) -> pd.DataFrame:
    """Every Kreis with the best certainty of a known participation (or «keine Angabe»)
    and whether it is a zkT today."""
    best = teilnahmen.dropna(subset=["ags"]).groupby("ags")["sicherheit"].apply(best_certainty)
    out = kreise[MAP_COLUMNS].copy()
    out["sicherheit"] = out["ags"].map(best).fillna(NOT_KNOWN)
    out["ist_zkt"] = out["ags"].isin(current_zkt_ags(traeger))
    return out


def figures_for_kreis(ags: str, kennzahlen: pd.DataFrame,
                      kennzahl_kreise: pd.DataFrame) -> pd.DataFrame:
    """Figures about one Kreis: its own and those of pacts or projects it belongs to."""
    ids = set(kennzahlen.loc[kennzahlen["ags"] == ags, "kennzahl_id"])
    ids |= set(kennzahl_kreise.loc[kennzahl_kreise["ags"] == ags, "kennzahl_id"])
    return kennzahlen[kennzahlen["kennzahl_id"].isin(ids)]


# -- splits and staff ----------------------------------------------------------------
def short_label(label: str) -> str:
    """A chart label without its trailing explanation in brackets."""
    return re.sub(r"\s*\([^)]*\)$", "", label)


def _unit_free(kennzahl: str) -> str:
    """'Kapazitäten in der Vermittlung' → 'Vermittlung' (the unit is added separately)."""
    rest = re.sub(r"^(Kapazitäten|Mitarbeitende|Stellen außerhalb des Stellenplans)"
                  r" (im|in der|für den|für)\s+", "", kennzahl)
    return rest[:1].upper() + rest[1:]


def plain_number(value: object) -> str:
    """German format with only the decimals the value has (22.9 → '22,9', 8.15 → '8,15')."""
    if _missing(value):
        return ""
    number = float(value)  # type: ignore[arg-type]
    decimals = len(f"{number:.4f}".rstrip("0").split(".")[1]) if not number.is_integer() else 0
    return markup.format_number(number, min(decimals, 4))


def split_table(fakten: pd.DataFrame, gruppe: str, total_eur: float | None = None
                ) -> pd.DataFrame:
    """The rows of one share group (anteil_gruppe) as posten, anteil_pct and, when the
    total is known, the derived euro amount (eigene Berechnung)."""
    rows = fakten[fakten["anteil_gruppe"] == gruppe]
    posten = [re.sub(r"^Anteil (der |des )?", "", k) for k in rows["kennzahl"]]
    out = pd.DataFrame({
        "posten": posten,
        "posten_kurz": [short_label(p) for p in posten],
        "anteil_pct": rows["wert"].astype(float).to_numpy(),
        "fakt_id": rows["fakt_id"].to_numpy(),
    })
    if total_eur is not None:
        out["betrag_eur"] = (out["anteil_pct"] / 100 * total_eur).round(-3)
    return out.sort_values("anteil_pct", ascending=False).reset_index(drop=True)


def staff_table(fakten: pd.DataFrame, fakt_ids: list[str]) -> pd.DataFrame:
    """Selected staff figures as posten (with unit), wert, einheit — in the given order."""
    rows = fakten.set_index("fakt_id").loc[fakt_ids].reset_index()
    return pd.DataFrame({
        "posten": rows["kennzahl"].to_numpy(),
        "posten_kurz": [f"{_unit_free(k)} ({e})" for k, e in zip(rows["kennzahl"],
                                                                  rows["einheit"], strict=True)],
        "wert": rows["wert"].astype(float).to_numpy(),
        "wert_anzeige": [plain_number(w) for w in rows["wert"]],
        "einheit": rows["einheit"].to_numpy(),
        "fakt_id": rows["fakt_id"].to_numpy(),
    })


# -- figure series -------------------------------------------------------------------
def figure_series(kennzahlen: pd.DataFrame, min_rows: int = 3) -> pd.DataFrame:
    """National figures of the programme's most frequent unit, each with its period as
    start/end dates, for a chart of «which figure covers which time». Empty when there
    are fewer than ``min_rows`` numeric figures or they all share one start."""
    numeric = kennzahlen[(kennzahlen["kennzahl_ebene"] == "Bund")
                         & kennzahlen["wert"].notna() & kennzahlen["zeitraum_von"].notna()]
    if numeric.empty:
        return pd.DataFrame()
    unit = numeric["einheit"].value_counts().sort_index().sort_values(
        ascending=False, kind="stable").index[0]
    rows = numeric[numeric["einheit"] == unit].copy()
    rows["beginn"] = [period_bound(v) for v in rows["zeitraum_von"]]
    rows["ende"] = [period_bound(b if not _missing(b) else v, end=True)
                    for v, b in zip(rows["zeitraum_von"], rows["zeitraum_bis"], strict=True)]
    if len(rows) < min_rows or rows["beginn"].nunique() < 2:
        return pd.DataFrame()
    # a reference date becomes a thin bar of one month so that it stays visible
    rows["ende"] = [max(e, b + pd.Timedelta(days=30)) for b, e in zip(rows["beginn"],
                                                                     rows["ende"], strict=True)]
    rows["zeitraum"] = [period_label(v, b) for v, b in zip(rows["zeitraum_von"],
                                                          rows["zeitraum_bis"], strict=True)]
    rows["wert_anzeige"] = [plain_number(w) for w in rows["wert"]]
    rows = rows.sort_values(["beginn", "ende", "kennzahl_id"])
    return rows[["kennzahl_id", "kennzahl", "wert", "wert_anzeige", "einheit", "wert_art",
                 "zeitraum", "beginn", "ende", "sicherheit", "quelle_id"]].reset_index(drop=True)


# -- what we do not know -------------------------------------------------------------
def years_without_figures(programm: pd.Series, kennzahlen: pd.DataFrame,
                          last_year: int) -> list[tuple[int, int]]:
    """Runs of programme years that no figure's period touches."""
    start = period_bound(programm["beginn"])
    end = period_bound(programm["ende"], end=True)
    if start is None:
        return []
    last = min(end.year if end is not None else last_year, last_year)
    covered: set[int] = set()
    for v, b in zip(kennzahlen["zeitraum_von"], kennzahlen["zeitraum_bis"], strict=True):
        lo = period_bound(v)
        hi = period_bound(b if not _missing(b) else v, end=True)
        if lo is not None and hi is not None:
            covered |= set(range(lo.year, hi.year + 1))
    gaps: list[tuple[int, int]] = []
    for year in range(start.year, last + 1):
        if year in covered:
            continue
        if gaps and gaps[-1][1] == year - 1:
            gaps[-1] = (gaps[-1][0], year)
        else:
            gaps.append((year, year))
    return gaps


def stated_scale(kennzahlen: pd.DataFrame) -> pd.Series | None:
    """The largest national count of participating bodies (Jobcenter, Projekte …);
    applicants and reference totals (all Jobcenter in Germany) do not count."""
    rows = kennzahlen[(kennzahlen["kennzahl_ebene"] == "Bund")
                      & kennzahlen["einheit"].isin(BODY_UNITS) & kennzahlen["wert"].notna()]
    rows = rows[rows["kennzahl"].str.contains(_TAKING_PART)
                & ~rows["kennzahl"].str.contains(_NOT_TAKING_PART)]
    if rows.empty:
        return None
    return rows.sort_values(["wert", "kennzahl_id"], ascending=[False, True]).iloc[0]


def open_questions(programm: pd.Series, teilnahmen: pd.DataFrame,
                   kennzahlen: pd.DataFrame, last_year: int) -> list[str]:
    """«Was wir noch nicht wissen», derived from gaps in the data of one programme."""
    notes: list[str] = []
    # context items are no programme; laws and local projects have no participant list
    kind = programm["programm_ebene"]
    context = kind in ("Kontext", "Bundesgesetz")
    if _missing(programm["budget_eur"]) and kind != "Kontext":
        notes.append("Ein Gesamtbudget nennt keine unserer Quellen.")
    if _missing(programm["ende"]) and not context:
        notes.append("Ob und wann das Programm endete, wissen wir nicht.")
    if _missing(programm["beginn"]) and kind != "Kontext":
        notes.append("Den Beginn des Programms nennt keine unserer Quellen.")
    kreise = teilnahmen["ags"].dropna().nunique()
    scale = stated_scale(kennzahlen)
    if teilnahmen.empty:
        if not context and kind != "kommunal":
            notes.append("Welche Jobcenter teilnahmen, wissen wir nicht: Wir haben keine "
                         "einzige Teilnahme mit Quelle gefunden.")
    elif scale is not None:
        notes.append(
            f"Wir kennen Teilnahmen aus {kreise} Kreisen; die Quellen nennen bis zu "
            f"{markup.format_number(scale['wert'])} {scale['einheit']} "
            f"({scale['kennzahl']}, {period_label(scale['zeitraum_von'], scale['zeitraum_bis'])})."
            " Unsere Teilnahmeliste ist also unvollständig.")
    else:
        notes.append(f"Wir kennen Teilnahmen aus {kreise} Kreisen; wie viele es insgesamt "
                     "waren, nennt keine unserer Quellen.")
    without = int(teilnahmen["ags"].isna().sum())
    if without:
        notes.append(f"{without} Teilnahme(n) lassen sich keinem einzelnen Kreis zuordnen.")
    unsure = int((teilnahmen["sicherheit"] == "unsicher").sum())
    if unsure:
        notes.append(f"{unsure} Teilnahme(n) sind unsicher belegt.")
    if not context:
        gaps = years_without_figures(programm, kennzahlen, last_year)
        if gaps:
            spans = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in gaps)
            notes.append(f"Für {spans} haben wir keine Zahl zu diesem Programm.")
    if kennzahlen.empty:
        notes.append("Zahlen zu diesem Programm haben wir nicht gefunden.")
    return notes


@dataclass(frozen=True)
class Lookups:
    """Lookups of the programme pages, built once per build (profile sections run 121
    times)."""

    zkt: Mapping[str, list[dict[str, object]]]  # ags → traeger_by_ags
    kreis_name: Mapping[str, str]
    kreise: pd.DataFrame  # MAP_COLUMNS of every Kreis: what the participation map shows
    programm_name: Mapping[str, str]
    kennzahl_ags: frozenset[str]
    teilnahme_ags: frozenset[str]
    fakt_ags: frozenset[str]


def lookups(programme: Mapping[str, pd.DataFrame],
            jobcenter: Mapping[str, Any]) -> Lookups:
    by_kreis = pd.concat([programme["kennzahlen"][["kennzahl_id", "ags"]],
                          programme["kennzahl_kreise"][["kennzahl_id", "ags"]]]).dropna()
    return Lookups(
        zkt=traeger_by_ags(jobcenter["traeger"]),
        kreis_name=dict(zip(jobcenter["kreise"]["ags"], jobcenter["kreise"]["kreis_name"],
                            strict=True)),
        kreise=jobcenter["kreise"][MAP_COLUMNS],
        programm_name=dict(zip(programme["programme"]["programm_id"],
                               programme["programme"]["programm_name"], strict=True)),
        kennzahl_ags=frozenset(by_kreis["ags"]),
        teilnahme_ags=frozenset(programme["teilnahmen"]["ags"].dropna()),
        fakt_ags=frozenset(programme["fakten"]["ags"].dropna()))
