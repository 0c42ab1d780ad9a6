"""Raw units of the programme research → our fixed unit list, hedging and value types."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts import curated

# base unit (text before any parenthesis) → unit from EINHEITEN
BASE_UNITS: dict[str, str] = {
    "Arbeitsgemeinschaften": "Arbeitsgemeinschaften",
    "EUR": "Euro", "EUR per month": "Euro je Monat", "EUR/month": "Euro je Monat",
    "EUR per year": "Euro je Jahr",
    "Grundsicherungsstellen": "Grundsicherungsstellen",
    "Jobcenter": "Jobcenter", "kommunale Jobcenter": "Jobcenter",
    "Kommunen": "Kommunen", "Kreise/Städte": "Kreise und kreisfreie Städte",
    "Kreise/kreisfreie Städte": "Kreise und kreisfreie Städte", "Landkreise": "Landkreise",
    "Modellstandorte": "Standorte", "Standorte": "Standorte", "applicants": "Anzahl",
    "applications": "Anträge", "calls": "Förderaufrufe", "cases": "Fälle",
    "centres": "Zentren", "concept name": "Text", "date": "Datum", "dates": "Datum",
    "date range": "Zeitraum", "duration": "Text",
    "employment relationships": "Beschäftigungsverhältnisse", "entries": "Eintritte",
    "goals": "Anzahl", "hours/week": "Stunden je Woche", "inhabitants": "Einwohner",
    "jobs": "Arbeitsplätze", "legal reference": "Rechtsgrundlage",
    "model regions": "Modellregionen", "month": "Datum", "organisations": "Organisationen",
    "pacts": "Pakte", "partners": "Partner", "percent": "Prozent",
    "percent of Aufgabenträger": "Prozent", "persons": "Personen",
    "persons per year": "Personen je Jahr", "persons/places": "Plätze", "places": "Plätze",
    "project sketches": "Projektskizzen", "projects": "Projekte", "qualitative": "Text",
    "ratio": "Personen je Fachkraft", "rule": "Text", "share": "Text",
    "share of wage": "Text", "staff": "Mitarbeitende", "year": "Datum", "years": "Jahre",
    "zugelassene kommunale Träger": "zugelassene kommunale Träger",
}

# extra remarks carried by some raw units (German)
UNIT_REMARKS: dict[str, str] = {
    "EUR per month (Festbetrag)": "Festbetrag.",
    "EUR (4-year project)": "Für ein Projekt über vier Jahre.",
    "places (300 per Jobcenter)": "300 Plätze je Jobcenter.",
    "projects (13 Jobcenter, 1 DRV)": "13 Projekte bei Jobcentern, 1 bei der "
        "Rentenversicherung.",
    "persons/places": "Die Quelle nennt Personen bzw. Plätze.",
    "percent of Aufgabenträger (max.)": "Anteil an allen Aufgabenträgern.",
    "partners (Jobcenter etc.)": "Jobcenter und weitere Partner.",
    "percent of Aufgabenträger": "Anteil an allen Aufgabenträgern.",
}

HEDGE_WORDS = {"knapp": "knapp", "fast": "fast", "gut": "gut", "rd.": "rund",
               "rund": "rund", "über": "über", "mehr als": "mehr als", "bis zu": "bis zu"}


@dataclass(frozen=True)
class UnitInfo:
    einheit: str
    hedge: str  # genau, mindestens, höchstens, rund
    remark: str  # German


def parse_unit(raw: str) -> UnitInfo:
    """Map one raw unit string; raises KeyError for a unit we have not mapped."""
    base = raw.split("(")[0].strip()
    einheit = BASE_UNITS[base]
    assert einheit in set(curated.tables("programme")["einheiten"]["einheit"]), einheit
    inner = raw[len(base):].strip()
    hedge = "genau"
    if "lower bound" in inner:
        hedge = "mindestens"
    elif "upper bound" in inner or "up to" in inner or "max." in inner:
        hedge = "höchstens"
    elif "approx." in inner:
        hedge = "rund"
    remarks = [UNIT_REMARKS.get(raw, "")]
    words = re.findall(r'"([^"]+)"', inner)
    if words:
        said = words[0].split()[0] if not words[0].startswith(("mehr als", "bis zu")) \
            else " ".join(words[0].split()[:2])
        remarks.append(f"Die Quelle verwendet «{HEDGE_WORDS.get(said, said)}».")
    return UnitInfo(einheit, hedge, " ".join(r for r in remarks if r))


PLAN_WORDS = ("planned", "(plan)", "expected", "to be ", "possible", "applied for",
              "announced")


def value_kind(figure: str, hedge: str) -> tuple[str, str]:
    """(wert_art, extra German remark): Ziel/Plan win over hedging, which goes to the remark."""
    lower = figure.lower()
    kind = ""
    if "target" in lower:
        kind = "Ziel"
    elif any(w in lower for w in PLAN_WORDS):
        kind = "Plan"
    if not kind:
        return hedge, ""
    remark = {"rund": "Ungefähre Angabe.", "mindestens": "Untergrenze.",
              "höchstens": "Obergrenze."}.get(hedge, "")
    return kind, remark


def parse_number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None
