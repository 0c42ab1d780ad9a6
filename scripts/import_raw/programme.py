"""raw/programmes and the seed facts → data/programme (Frictionless package).

Tables: quellen, programme, programm_quellen, teilnahmen, kennzahlen, kennzahl_kreise,
dokumente, fakten. Every visitor-facing text is German and in our own words (see the
private ``_programme_*`` modules); no sentence or quote of a source is carried over.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pandas as pd

from scripts import curated
from scripts.datapackage import DATA_DIR, ForeignKey, ResourceSpec, write_package
from scripts.fields import FIELDS
from scripts.import_raw import RAW_DIR
from scripts.import_raw._programme_kreise import KreisMapper
from scripts.import_raw._programme_labels import FIGURE_LABELS, VALUE_TEXTS
from scripts.import_raw._programme_notes import DOC_TYPES, NAMES, NOTES, ROLES
from scripts.import_raw._programme_programmes import EBENE_RAW, PROGRAMMES
from scripts.import_raw._programme_seed_facts import SEED_DEFAULTS, SEED_FACTS
from scripts.import_raw._programme_sources import (
    KINDS,
    SEED_SOURCES,
    assign_ids,
    date_fields,
    publisher,
    read_inventory,
    render_url,
    title_from_address,
)
from scripts.import_raw._programme_units import parse_number, parse_unit, value_kind

PACKAGE = "programme"
SICHERHEIT = {"certain": "gesichert", "probable": "wahrscheinlich", "uncertain": "unsicher"}
LAENDER = set(FIELDS["land"].constraints["enum"])
SOURCE_NOTE = ("Titel aus der Adresse abgeleitet; gelesen wurde nur der Anfang der "
               "gespeicherten Seite (etwa 2.000 Zeichen), nicht die Live-Seite.")
LAW_NOTE = ("Gelesen wurden §§ 6a, 6b, 46, 48, 48a und 48b SGB II in dieser Fassung; eine "
            "neuere Fassung (geändert 17.07.2017) hat denselben Wortlaut des § 6a. Die "
            "Zeilen beschreiben das Recht dieser Fassung, nicht das heute geltende.")

# bodies that are part of a Kreis although the raw territory names the whole Kreis
PART_BODIES: dict[str, str] = {
    "Stadt Aachen (FB Wirtschaftsförderung/Europäische Angelegenheiten)":
        "Die Stadt Aachen ist Teil der Städteregion Aachen (05334), kein eigener Kreis; "
        "daher ohne Kreisschlüssel.",
    "Eisleben (Landkreis Mansfeld-Südharz)":
        "Eisleben liegt im Landkreis Mansfeld-Südharz (15087).",
    "Bitterfeld-Wolfen (Landkreis Anhalt-Bitterfeld)":
        "Bitterfeld-Wolfen liegt im Landkreis Anhalt-Bitterfeld (15082).",
    "Region Döbeln (Mittelsachsen)":
        "Zahl für die Region Döbeln im Landkreis Mittelsachsen (14522).",
    "StädteRegion Aachen (towns listed)":
        "Zahl für einzelne Städte der Städteregion Aachen (05334), nicht für die ganze "
        "Städteregion.",
}
# bodies whose Kreis key stands for a predecessor Kreis or a part of the Kreis
BODY_NOTES: dict[str, str] = {
    "Jobcenter Bad Doberan (Landkreis Rostock)":
        "Früherer Landkreis Bad Doberan, seit 2011 Teil des Landkreises Rostock (13072).",
    "Jobcenter Landkreis Wittenberg (region Bad Schmiedeberg/Kemberg only)":
        "Teilnahme nur für die Modellregion Bad Schmiedeberg/Kemberg.",
}
# where the source itself says the body is a gemeinsame Einrichtung (ARGE)
GE_BODIES = {
    "ARGE Landkreis Harburg", "ARGE Landkreis Lüneburg", "ARGE Kreis Wesel",
    "ARGE JobCenter Essen", "ARGE Krefeld", "ARGE für Beschäftigung Mönchengladbach",
    "ARGE Rhein-Kreis Neuss",
}
# figures of programme_figures.csv that concern one Land, not the Bund
LAND_FIGURES: dict[str, str] = {
    "kommunale Jobcenter in NRW": "Nordrhein-Westfalen",
    "persons supported by NRW kommunale Jobcenter": "Nordrhein-Westfalen",
    "sustainable integrations per year, NRW kommunale Jobcenter": "Nordrhein-Westfalen",
    "share of occupied places in NRW": "Nordrhein-Westfalen",
    "projects in Nordrhein-Westfalen": "Nordrhein-Westfalen",
    "kommunale Jobcenter (KJC) in Hessen under Land supervision": "Hessen",
    "niedersächsische Landkreise with sole SGB II responsibility (zkT)": "Niedersachsen",
    "subsidised jobs": "Sachsen-Anhalt", "ESF funds": "Sachsen-Anhalt",
    "places planned statewide": "Sachsen-Anhalt", "programme volume": "Sachsen-Anhalt",
}


# --- resource specs --------------------------------------------------------------------

def einheiten() -> list[str]:
    """The fixed list of units (curated/programme/einheiten.csv)."""
    return list(curated.tables("programme")["einheiten"]["einheit"])


def _fk(field: str, resource: str, ref: str | None = None) -> ForeignKey:
    return ForeignKey([field], resource, [ref or field])


SPECS: dict[str, ResourceSpec] = {
    "quellen": ResourceSpec(
        "quellen", "Quellen",
        "Jede Quelle der Programmrecherche (eine Zeile je Adresse) und die fünf "
        "Seed-Dokumente des Projekts.",
        ["quelle_id", "titel", "herausgeber", "datum", "datum_hinweis", "art", "url",
         "lizenz", "namensnennung", "hinweis"], ["quelle_id"], required=["art"]),
    "programme": ResourceSpec(
        "programme", "Programme",
        "Förderprogramme, Instrumente und Themen rund um die Jobcenter, mit Träger, "
        "Laufzeit, Budget und Hauptquelle.",
        ["programm_id", "programm_name", "beschreibung", "programm_ebene", "foerderer",
         "kofinanzierung", "verwaltung", "rechtsgrundlage", "zielgruppe", "beginn", "ende",
         "budget_eur", "budget_hinweis", "umfang_hinweis", "sicherheit", "quelle_id",
         "hinweis"], ["programm_id"],
        [_fk("quelle_id", "quellen")], required=["programm_name", "sicherheit", "quelle_id"]),
    "programm_quellen": ResourceSpec(
        "programm_quellen", "Weitere Quellen je Programm",
        "Verknüpft ein Programm mit seinen weiteren Quellen (die Hauptquelle steht in "
        "«programme»).", ["programm_id", "quelle_id"], ["programm_id", "quelle_id"],
        [_fk("programm_id", "programme"), _fk("quelle_id", "quellen")]),
    "teilnahmen": ResourceSpec(
        "teilnahmen", "Teilnahmen",
        "Welche Jobcenter, Kreise oder Städte an welchem Programm teilnahmen, mit Rolle "
        "und Zeitraum, so wie die Quelle es sagt.",
        ["teilnahme_id", "programm_id", "einheit_name", "traeger_name", "ags", "land",
         "rolle", "seit", "bis", "ist_zkt_laut_quelle", "ist_gemeinsame_einrichtung",
         "sicherheit", "quelle_id", "hinweis"], ["teilnahme_id"],
        [_fk("programm_id", "programme"), _fk("quelle_id", "quellen")],
        required=["programm_id", "traeger_name", "sicherheit", "quelle_id"],
        notes=["Leeres «ist_zkt_laut_quelle» heißt: die Quelle schweigt, nicht «nein».",
               "Ein Jobcenter für zwei Kreise (Landau/Südliche Weinstraße) steht in zwei "
               "Zeilen, je Kreis eine (Kennung mit a/b)."]),
    "kennzahlen": ResourceSpec(
        "kennzahlen", "Kennzahlen der Programme",
        "Zahlen zu Programmen auf Bundes-, Landes-, Kreis-, Pakt- und Projektebene, je "
        "mit Zeitraum, Einheit, Art des Werts und Quelle.",
        ["kennzahl_id", "programm_id", "kennzahl_ebene", "ags", "land", "einheit_name",
         "traeger_name", "kennzahl", "wert", "wert_text", "einheit", "wert_art",
         "zeitraum_von", "zeitraum_bis", "sicherheit", "quelle_id", "hinweis"],
        ["kennzahl_id"], [_fk("programm_id", "programme"), _fk("quelle_id", "quellen")],
        required=["programm_id", "kennzahl_ebene", "kennzahl", "einheit", "wert_art",
                  "sicherheit", "quelle_id"],
        overrides={"einheit": {"enum": einheiten()}},
        notes=["Widersprüchliche Angaben verschiedener Quellen stehen nebeneinander.",
               "«wert_art» sagt, ob ein Wert genau, eine Unter- oder Obergrenze, ungefähr, "
               "ein Ziel oder ein Plan ist."]),
    "kennzahl_kreise": ResourceSpec(
        "kennzahl_kreise", "Kreise je Kennzahl",
        "Alle ganzen Kreise, auf die sich eine Kennzahl bezieht (bei Pakten und Projekten "
        "mehrere).", ["kennzahl_id", "ags"], ["kennzahl_id", "ags"],
        [_fk("kennzahl_id", "kennzahlen")]),
    "dokumente": ResourceSpec(
        "dokumente", "Dokumente von Jobcentern",
        "Berichte, Programme und Vorlagen kommunaler Jobcenter, die bei der Recherche "
        "gefunden wurden, und die fünf Seed-Dokumente.",
        ["dokument_id", "ags", "land", "traeger_name", "dokumentart", "berichtsjahr",
         "ist_zkt_laut_quelle", "ist_gemeinsame_einrichtung", "quelle_id", "hinweis"],
        ["dokument_id"], [_fk("quelle_id", "quellen")],
        required=["traeger_name", "dokumentart", "quelle_id"]),
    "fakten": ResourceSpec(
        "fakten", "Zahlen aus den Seed-Dokumenten",
        "Jede Zahl der fünf Seed-Dokumente als eigene Zeile, mit Fundstelle im Dokument.",
        ["fakt_id", "quelle_id", "programm_id", "fundstelle", "ags", "land",
         "ist_gemeinsame_einrichtung", "thema", "kennzahl", "wert", "wert_text", "einheit",
         "wert_art", "zeitraum_von", "zeitraum_bis", "anteil_gruppe", "sicherheit",
         "hinweis"], ["fakt_id"],
        [_fk("quelle_id", "quellen"), _fk("programm_id", "programme")],
        overrides={"einheit": {"enum": einheiten()}},
        required=["quelle_id", "fundstelle", "thema", "kennzahl", "einheit", "wert_art",
                  "sicherheit"],
        notes=["Zeilen mit gleicher «anteil_gruppe» ergeben zusammen 100 Prozent."]),
}


# --- helpers ---------------------------------------------------------------------------

def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def german(table: dict[str, str], text: str, what: str) -> str:
    """Look up the German wording of a raw text; empty stays empty."""
    text = text.strip()
    if not text:
        return ""
    if text not in table:
        raise KeyError(f"Keine deutsche Fassung für {what}: {text!r}")
    return table[text]


def name_de(text: str) -> str:
    return NAMES.get(text.strip(), text.strip())


def join_notes(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def land_or_empty(text: str) -> str:
    return text if text in LAENDER else ""


def weakest(certainty: str) -> str:
    """'certain (dates); probable (totals)' → the weakest level named."""
    for level in ("uncertain", "probable", "certain"):
        if re.search(rf"(^|[^a-z]){level}", certainty):
            return SICHERHEIT[level]
    raise ValueError(f"Unbekannte Sicherheit: {certainty!r}")


def yes_or_empty(text: str) -> bool | None:
    return True if text.strip() == "yes" else None


def slug(raw_id: str) -> str:
    return PROGRAMMES[raw_id]["slug"]


# --- sources ---------------------------------------------------------------------------

class Sources:
    """Address → quelle_id, and the rows of «quellen»."""

    def __init__(self, raw_dir: Path) -> None:
        self.inventory = read_inventory(raw_dir / "programmes" / "source_inventory.csv")
        self.ids = assign_ids(list(self.inventory))

    def id(self, address: str) -> str:
        return self.ids[address.strip()]

    def frame(self) -> pd.DataFrame:
        rows = [self._row(a) for a in self.inventory] + [_seed_source(s) for s in SEED_SOURCES]
        return pd.DataFrame(rows, columns=SPECS["quellen"].fields)

    def _row(self, address: str) -> dict[str, Any]:
        entry = self.inventory[address]
        art, licence = KINDS[entry.kind]
        if "ratsinfo" in address or "sessionnet" in address or "/bi/" in address:
            art = "Ratsdokument"
        url, url_note = render_url(address)
        datum, datum_hinweis = date_fields(entry.date_text)
        return dict(quelle_id=self.ids[address], titel=title_from_address(address),
                    herausgeber=publisher(address), datum=datum, datum_hinweis=datum_hinweis,
                    art=art, url=url, lizenz=licence, namensnennung="",
                    hinweis=join_notes(LAW_NOTE if entry.kind == "github" else SOURCE_NOTE,
                                       url_note))


def _seed_source(seed: dict[str, str]) -> dict[str, Any]:
    return dict(quelle_id=seed["quelle_id"], titel=seed["titel"],
                herausgeber=seed["herausgeber"], datum=seed["datum"],
                datum_hinweis=seed["datum_hinweis"], art=seed["art"], url="",
                lizenz="Amtliche Veröffentlichung; nur Zahlen übernommen, kein Wortlaut",
                namensnennung="",
                hinweis=join_notes(f"Seed-Dokument des Projekts (Datei {seed['datei']}); "
                                   "keine Web-Adresse bekannt.", seed["hinweis"]))


# --- programmes ------------------------------------------------------------------------

def programme_frames(rows: list[dict[str, str]], sources: Sources) -> tuple[pd.DataFrame,
                                                                           pd.DataFrame]:
    main, links = [], []
    for row in rows:
        text = PROGRAMMES[row["programme_id"]]
        addresses = [a.strip() for a in row["source_urls"].split(" ; ")
                     if a.strip() in sources.ids]
        budget = re.match(r"^\d+", row["budget_eur"])
        assert EBENE_RAW[row["level"]] == text["ebene"], row["programme_id"]
        main.append(dict(
            programm_id=text["slug"], programm_name=text["name"],
            beschreibung=text["beschreibung"], programm_ebene=text["ebene"],
            foerderer=text["foerderer"], kofinanzierung=text["kofinanzierung"],
            verwaltung=text["verwaltung"], rechtsgrundlage=text["rechtsgrundlage"],
            zielgruppe=text["zielgruppe"], beginn=row["start"], ende=row["end"],
            budget_eur=float(budget.group(0)) if budget else None,
            budget_hinweis=text["budget_hinweis"], umfang_hinweis=text["umfang_hinweis"],
            sicherheit=weakest(row["certainty"]), quelle_id=sources.id(addresses[0]),
            hinweis=join_notes(text["sicherheit_hinweis"], text["hinweis"])))
        links += [dict(programm_id=text["slug"], quelle_id=sources.id(a))
                  for a in addresses[1:]]
    programme = pd.DataFrame(main, columns=SPECS["programme"].fields)
    link_frame = pd.DataFrame(links, columns=SPECS["programm_quellen"].fields)
    return programme, link_frame.drop_duplicates()


# --- participation ---------------------------------------------------------------------

def participation_frame(rows: list[dict[str, str]], sources: Sources,
                        kreise: KreisMapper) -> pd.DataFrame:
    out: list[dict[str, Any]] = []
    counters: dict[str, int] = {}
    for row in rows:
        pid = slug(row["programme_id"])
        counters[pid] = counters.get(pid, 0) + 1
        out += _participation_rows(row, f"{pid}-{counters[pid]:03d}", sources, kreise)
    out += _seed_participation(counters)
    return pd.DataFrame(out, columns=SPECS["teilnahmen"].fields)


def _participation_rows(row: dict[str, str], base_id: str, sources: Sources,
                        kreise: KreisMapper) -> list[dict[str, Any]]:
    body = row["jobcenter_or_kreis"]
    matches = kreise.match_all(row["territory"]) or [kreise.match("")]
    common = dict(
        programm_id=slug(row["programme_id"]), einheit_name=name_de(row["unit_name"]),
        traeger_name=name_de(body), land=land_or_empty(row["bundesland"]),
        rolle=german(ROLES, row["role"], "Rolle"), seit=row["since"], bis=row["until"],
        ist_zkt_laut_quelle=yes_or_empty(row["source_says_zkt"]),
        ist_gemeinsame_einrichtung=True if body in GE_BODIES else None,
        sicherheit=SICHERHEIT[row["certainty"]], quelle_id=sources.id(row["source_url"]))
    note = german(NOTES, row["note"], "Hinweis")
    if body in GE_BODIES:
        note = join_notes(note, "Die Quelle nennt die Stelle eine ARGE (Vorläufer der "
                                "gemeinsamen Einrichtung).")
    split = len(matches) > 1
    result = []
    for i, match in enumerate(matches):
        ags = None if body in PART_BODIES else match.ags
        extra = PART_BODIES.get(body, "") or BODY_NOTES.get(body, "")
        if split:
            extra = join_notes(extra, "Ein Jobcenter für mehrere Kreise; je Kreis eine "
                                      "Zeile.")
        result.append(dict(common, teilnahme_id=base_id + ("abcdef"[i] if split else ""),
                           ags=ags, hinweis=join_notes(note, match.note, extra)))
    return result


def _seed_participation(counters: dict[str, int]) -> list[dict[str, Any]]:
    """Participation stated in the seed documents (not in the raw research files)."""
    rows = [
        ("p50plus", "Reife Leistung! Süderelbe packt an", "Landkreis Rotenburg (Wümme)",
         "03357", "Niedersachsen", "Mitglied (Beitritt zum Pakt)", "2011-01-01",
         "2015-12-31", None, None, "SEED-ROW-2016-1287", ""),
        ("p50plus", "Reife Leistung! Süderelbe packt an", "Jobcenter Harburg", "03353",
         "Niedersachsen", "Finanzverantwortung im Pakt", "", "2015-12-31", None, None,
         "SEED-ROW-2016-1287", ""),
        ("p50plus", "Reife Leistung! Süderelbe packt an", "Süderelbe AG", None,
         "Niedersachsen", "Organisation, Koordination und Pressearbeit des Pakts", "",
         "2013-12-31", None, None, "SEED-ROW-2016-1287",
         "Regionale Entwicklungsgesellschaft, kein Kreis; ab 2014 übernahmen die Jobcenter "
         "ihre Aufgaben."),
        ("p50plus", "(Paktname nicht genannt)", "Jobcenter Kreis Warendorf", "05570",
         "Nordrhein-Westfalen", "Teilnehmendes Jobcenter", "2009", "", None, True,
         "SEED-WAF-2011-161", "Die Vorlage von 2011 beschreibt das Jobcenter noch als "
         "gemeinsame Einrichtung; ab 2012 zkT."),
        ("buergerarbeit", "Modellprojekt Bürgerarbeit", "Jobcenter Kreis Warendorf", "05570",
         "Nordrhein-Westfalen", "Teilnehmendes Jobcenter", "", "", None, True,
         "SEED-WAF-2011-161", "Stand 30.08.2011; damals gemeinsame Einrichtung."),
        ("kampagne_stark_sozial", "Kommunale Jobcenter – Stark. Sozial. Vor Ort.",
         "Eigenbetrieb für Arbeit – Jobcenter Saalekreis", "15088", "Sachsen-Anhalt",
         "Teilnehmendes kommunales Jobcenter", "2018-11-26", "", True, False,
         "SEED-SK-2018-022", ""),
    ]
    out = []
    for (raw_id, unit, body, ags, land, role, since, until, zkt, ge, qid, note) in rows:
        pid = slug(raw_id)
        counters[pid] = counters.get(pid, 0) + 1
        out.append(dict(teilnahme_id=f"{pid}-{counters[pid]:03d}", programm_id=pid,
                        einheit_name=unit, traeger_name=body, ags=ags, land=land,
                        rolle=role, seit=since, bis=until, ist_zkt_laut_quelle=zkt,
                        ist_gemeinsame_einrichtung=ge, sicherheit="gesichert",
                        quelle_id=qid, hinweis=note))
    return out


# --- figures ---------------------------------------------------------------------------

def _value(raw_value: str, einheit: str) -> tuple[float | None, str]:
    number = parse_number(raw_value)
    if number is not None and einheit not in ("Datum", "Zeitraum", "Text"):
        return number, ""
    ratio = re.fullmatch(r"1:(\d+)", raw_value)
    if ratio and einheit == "Personen je Fachkraft":
        return float(ratio.group(1)), ""
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", raw_value) \
            or einheit == "Rechtsgrundlage":
        return None, raw_value
    return None, german(VALUE_TEXTS, raw_value, "Wert")


def _figure(row: dict[str, str], sources: Sources, figure_id: str) -> dict[str, Any]:
    unit = parse_unit(row["unit"])
    wert, wert_text = _value(row["value"], unit.einheit)
    kind, kind_note = value_kind(row["figure"], unit.hedge)
    return dict(
        kennzahl_id=figure_id, programm_id=slug(row["programme_id"]),
        kennzahl=german(FIGURE_LABELS, row["figure"], "Kennzahl"), wert=wert,
        wert_text=wert_text, einheit=unit.einheit, wert_art=kind,
        zeitraum_von=row["period_start"], zeitraum_bis=row["period_end"],
        sicherheit=SICHERHEIT[row["certainty"]], quelle_id=sources.id(row["source_url"]),
        hinweis=join_notes(german(NOTES, row["note"], "Hinweis"), unit.remark, kind_note))


def programme_figure_rows(rows: list[dict[str, str]], sources: Sources) -> list[dict]:
    out = []
    for i, row in enumerate(rows, start=1):
        land = LAND_FIGURES.get(row["figure"], "")
        out.append(dict(_figure(row, sources, f"PF-{i:03d}"),
                        kennzahl_ebene="Land" if land else "Bund", ags=None, land=land,
                        einheit_name="", traeger_name=""))
    return out


def _local_level(row: dict[str, str], matches: list) -> str:
    body = row["jobcenter_or_kreis"]
    if body.startswith("(Land "):
        return "Land"
    if body in PART_BODIES or (len(matches) == 1 and matches[0].ags is None
                               and matches[0].note and "Bezirk" in matches[0].note):
        return "Teilgebiet"
    if body.startswith("(") or (len(matches) > 1 and row["programme_id"] == "p50plus"):
        return "Pakt"
    if len(matches) != 1 or matches[0].ags is None:
        return "Projekt"
    return "Kreis"


def local_figure_rows(rows: list[dict[str, str]], sources: Sources,
                      kreise: KreisMapper) -> tuple[list[dict], list[dict]]:
    out, links = [], []
    for i, row in enumerate(rows, start=1):
        figure_id = f"LF-{i:03d}"
        matches = kreise.match_all(row["territory"])
        level = _local_level(row, matches)
        whole = [m.ags for m in matches if m.ags] if level != "Teilgebiet" else []
        figure = _figure(row, sources, figure_id)
        body = row["jobcenter_or_kreis"]
        joint = len(matches) > 1 and "+" not in body and not body.startswith("(")
        extra = join_notes(PART_BODIES.get(body, ""), *[m.note for m in matches],
                           "Ein Jobcenter für mehrere Kreise; alle stehen in "
                           "«kennzahl_kreise»." if joint else "")
        out.append(dict(figure, kennzahl_ebene=level,
                        ags=whole[0] if level == "Kreis" else None,
                        land=land_or_empty(row["bundesland"]),
                        einheit_name=name_de(row["unit_name"]),
                        traeger_name=name_de(row["jobcenter_or_kreis"]),
                        hinweis=join_notes(figure["hinweis"], extra)))
        links += [dict(kennzahl_id=figure_id, ags=a) for a in dict.fromkeys(whole)]
    return out, links


# --- documents -------------------------------------------------------------------------

SEED_DOCUMENTS = [
    ("SEED-ROW-2016-1287", "03357", "Niedersachsen", "Landkreis Rotenburg (Wümme)",
     "Mitteilungsvorlage für den Ausschuss für das Jobcenter", "2011-2015", None, None),
    ("SEED-WAF-2011-161", "05570", "Nordrhein-Westfalen", "Kreis Warendorf (Sozialamt)",
     "Beschlussvorlage zum Arbeitsmarkt- und Integrationsprogramm", "2012", None, True),
    ("SEED-SK-2018-022", "15088", "Sachsen-Anhalt",
     "Eigenbetrieb für Arbeit – Jobcenter Saalekreis", "Pressemitteilung", "2018", True,
     False),
    ("SEED-SI-2016", "05970", "Nordrhein-Westfalen",
     "Kreis Siegen-Wittgenstein und Agentur für Arbeit Siegen",
     "Pressemitteilung zur Zielvereinbarung", "2016", False, True),
    ("SEED-NI-2016", "03159", "Niedersachsen",
     "Landkreis Göttingen und Niedersächsischer Landkreistag",
     "Gemeinsame Pressemitteilung", "2016", None, None),
]
SEED_DOCUMENT_NOTES = {
    "SEED-WAF-2011-161": "Bei Abfassung gemeinsame Einrichtung; zkT ab 01.01.2012.",
    "SEED-SI-2016": "Gemeinsame Einrichtung von Kreis und Agentur für Arbeit.",
    "SEED-NI-2016": "Betrifft die kommunalen Jobcenter in ganz Niedersachsen; "
                    "Kreisschlüssel des herausgebenden Landkreises Göttingen.",
}


def document_frame(rows: list[dict[str, str]], sources: Sources,
                   kreise: KreisMapper) -> pd.DataFrame:
    out = []
    for i, row in enumerate(rows, start=1):
        match = kreise.match(row["territory"])
        ge = True if "gemeinsame Einrichtung" in row["note"] else None
        out.append(dict(
            dokument_id=f"DOK-{i:03d}", ags=match.ags, land=land_or_empty(row["bundesland"]),
            traeger_name=DOC_TYPES.get(row["jobcenter_or_kreis"], row["jobcenter_or_kreis"]),
            dokumentart=DOC_TYPES.get(row["document_type"], row["document_type"]),
            berichtsjahr=row["reporting_year"],
            ist_zkt_laut_quelle=yes_or_empty(row["source_says_zkt"]),
            ist_gemeinsame_einrichtung=ge, quelle_id=sources.id(row["source_url"]),
            hinweis=join_notes(german(NOTES, row["note"], "Hinweis"), match.note)))
    for (qid, ags, land, body, kind, year, zkt, ge) in SEED_DOCUMENTS:
        out.append(dict(dokument_id=qid, ags=ags, land=land, traeger_name=body,
                        dokumentart=kind, berichtsjahr=year, ist_zkt_laut_quelle=zkt,
                        ist_gemeinsame_einrichtung=ge, quelle_id=qid,
                        hinweis=SEED_DOCUMENT_NOTES.get(qid, "")))
    return pd.DataFrame(out, columns=SPECS["dokumente"].fields)


# --- facts -----------------------------------------------------------------------------

def fact_frame() -> pd.DataFrame:
    out = []
    for qid, facts in SEED_FACTS.items():
        for i, fact in enumerate(facts, start=1):
            merged = {**SEED_DEFAULTS[qid], **fact}
            raw_programme = merged.get("programm") or ""
            out.append(dict(
                fakt_id=f"{qid}-{i:03d}", quelle_id=qid,
                programm_id=slug(raw_programme) if raw_programme else None,
                fundstelle=merged["fundstelle"], ags=merged.get("ags") or None,
                land=merged.get("land") or "",
                ist_gemeinsame_einrichtung=merged.get("ist_gemeinsame_einrichtung"),
                thema=merged["thema"], kennzahl=merged["kennzahl"],
                wert=merged.get("wert"), wert_text=merged.get("wert_text", ""),
                einheit=merged["einheit"], wert_art=merged.get("wert_art", "genau"),
                zeitraum_von=merged.get("von", ""), zeitraum_bis=merged.get("bis", ""),
                anteil_gruppe=merged.get("anteil_gruppe", ""),
                sicherheit=merged.get("sicherheit", "gesichert"),
                hinweis=merged.get("hinweis", "")))
    return pd.DataFrame(out, columns=SPECS["fakten"].fields)


# --- entry point -----------------------------------------------------------------------

def build_tables(raw_dir: Path) -> dict[str, pd.DataFrame]:
    folder = raw_dir / "programmes"
    sources = Sources(raw_dir)
    kreise = KreisMapper(raw_dir)
    programme, links = programme_frames(read_csv(folder / "programmes.csv"), sources)
    local, figure_kreise = local_figure_rows(read_csv(folder / "local_figures.csv"),
                                             sources, kreise)
    figures = programme_figure_rows(read_csv(folder / "programme_figures.csv"), sources)
    tables = {
        "quellen": sources.frame(),
        "programme": programme,
        "programm_quellen": links,
        "teilnahmen": participation_frame(read_csv(folder / "participation.csv"), sources,
                                          kreise),
        "kennzahlen": pd.DataFrame(figures + local, columns=SPECS["kennzahlen"].fields),
        "kennzahl_kreise": pd.DataFrame(figure_kreise,
                                        columns=SPECS["kennzahl_kreise"].fields),
        "dokumente": document_frame(read_csv(folder / "documents.csv"), sources, kreise),
        "fakten": fact_frame(),
    }
    if kreise.unmapped:
        raise ValueError(f"Nicht zugeordnete Gebiete: {sorted(kreise.unmapped)}")
    return tables


def run(raw_dir: Path = RAW_DIR, data_dir: Path = DATA_DIR) -> Path:
    tables = build_tables(raw_dir)
    return write_package(
        PACKAGE, "Programme, Teilnahmen und Zahlen",
        "Förderprogramme rund um die kommunalen Jobcenter, wer daran teilnahm, Zahlen zu "
        "Programmen und Jobcentern, gefundene Berichte und jede Zahl aus den fünf "
        "Seed-Dokumenten – jeweils mit Quelle und Sicherheit. Nur Fakten, in eigenen "
        "Worten; kein Wortlaut der Quellen.",
        [(SPECS[name], frame) for name, frame in tables.items()],
        keywords=["Jobcenter", "Förderprogramme", "SGB II", "zugelassene kommunale Träger"],
        data_dir=data_dir)
