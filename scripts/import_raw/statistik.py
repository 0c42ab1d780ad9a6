"""raw/stats → data/statistik: SGB II statistics for Kreise, Länder and Bund.

Resources: quellen, regionen, indikatoren, werte (INKAR 2024 panel in long form),
bund_ausgaben (Haushaltsrechnung), bund_kennzahlen (federal headline figures from web
pages), lokale_bestaende (Erlangen and Bund December stocks 2005–2015). Values are taken
over unchanged as text (no float round trip); only keys, German labels, units and notes are
added. The zkT flag of the raw panel is dropped: zkT status lives in the «jobcenter» package.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from scripts.datapackage import OWN_LICENSE, ForeignKey, ResourceSpec, write_package
from scripts.import_raw._statistik_quellen import (
    BA,
    ERLANGEN,
    FESTE_QUELLEN,
    INKAR,
    QUELLEN_FELDER,
    WEB_QUELLEN,
    haushalt_quelle,
    haushalt_quelle_id,
)
from scripts.import_raw._statistik_texte import (
    BESTAND_KENNZAHLEN,
    EINHEITEN,
    ERSCHLOSSEN_MARKER,
    HINWEISE,
    INDIKATOREN,
    KENNZAHLEN,
)

PACKAGE = "statistik"
STATS = "stats"
PANEL_FILE = "sgb2_kreise_laender_bund_inkar2024_long.csv.gz"
HAUSHALT_FILE = "bundeshaushalt_haushaltsrechnung_sgb2_titel_2012_2023_auszug.csv"
HAUSHALT_LONG_FILE = "bund_sgb2_ist_ausgaben_2012_2023_long.csv"
KENNZAHLEN_FILE = "bund_headline_kennzahlen_aus_webseiten_long.csv"
BESTAND_FILE = "erlangen_und_bund_sgb2_bestand_dezember_2005_2015_long.csv"

SICHERHEIT_NACH_QUALITAET = {
    "official-press-summary": "gesichert",
    "secondary-reliable": "wahrscheinlich",
    "secondary": "unsicher",
}

DINGE_FK = [ForeignKey(["quelle_id"], "quellen", ["quelle_id"])]
REGION_FK = ForeignKey(["region_id"], "regionen", ["region_id"])

QUELLEN = ResourceSpec(
    "quellen", "Quellen",
    "Alle Quellen der Statistik-Tabellen: Titel, Herausgeber, Datum, Art, Adresse, Lizenz "
    "und Pflichtangabe zur Namensnennung.",
    QUELLEN_FELDER, ["quelle_id"], required=["titel"])
REGIONEN = ResourceSpec(
    "regionen", "Gebiete",
    "Die 400 Kreise und kreisfreien Städte (Gebietsstand von INKAR 2024, 2021 oder später), "
    "die 16 Länder und Deutschland, mit dem Namen, den INKAR führt.",
    ["region_id", "region_name", "ebene"], ["region_id"], required=["region_name", "ebene"],
    sources=[INKAR])
INDIKATOREN_SPEC = ResourceSpec(
    "indikatoren", "SGB II-Indikatoren (Katalog)",
    "Die 18 INKAR-Indikatoren zur Grundsicherung für Arbeitsuchende: Kurzname, Definition "
    "in eigenen Worten, Einheit, abgedeckte Jahre und bekannte Brüche der Zeitreihe.",
    ["indikator_id", "indikator_name", "definition", "einheit", "ist_anteil", "jahr_von",
     "jahr_bis", "bruch_hinweis", "quelle_id", "sicherheit"],
    ["indikator_id"], foreign_keys=DINGE_FK,
    required=["indikator_name", "definition", "einheit", "ist_anteil", "jahr_von", "jahr_bis",
              "quelle_id", "sicherheit"],
    sources=[INKAR, BA])
WERTE = ResourceSpec(
    "werte", "SGB II-Indikatoren nach Gebiet und Jahr",
    "Werte der 18 SGB II-Indikatoren aus INKAR 2024 für Kreise, Länder und Deutschland in "
    "Langform (eine Zeile je Gebiet, Jahr und Indikator), unverändert übernommen; fehlende "
    "Werte sind ausgelassen. Name, Einheit, Quelle und Sicherheit stehen einmal je Indikator "
    "in «indikatoren» – das genügt zur Herkunftsangabe, weil alle Zeilen eines Indikators "
    "aus derselben Quelle stammen. Ob ein Kreis zkT ist, steht im Paket «jobcenter».",
    ["region_id", "jahr", "indikator_id", "wert"], ["region_id", "jahr", "indikator_id"],
    foreign_keys=[REGION_FK, ForeignKey(["indikator_id"], "indikatoren", ["indikator_id"])],
    required=["wert"], overrides={"wert": {"minimum": 0}}, sources=[INKAR, BA],
    notes=[
        "Für Schmalkalden-Meiningen (16066) sind 2008–2011 die INKAR-Werte der "
        "Geldleistungen je Bedarfsgemeinschaft (d_SGBII_Lstg, d_Unterkunft_Lstg) viel zu "
        "niedrig und der Anteil des Arbeitslosengelds II (a_ALGII_SGBII) liegt über 100 %; "
        "offenbar ein Fehler in der Quelle. Werte unverändert übernommen, nicht verwenden.",
        "Fehlende Kreis-Jahre betreffen vor allem die Geldleistungs-Indikatoren (2008–2011 "
        "und einzelne Jahre bei zkT); die Liste steht in scripts/checks/statistik.py.",
    ])
BUND_AUSGABEN = ResourceSpec(
    "bund_ausgaben", "Ausgaben des Bundes für das SGB II (Ist) nach Haushaltstitel",
    "Tatsächliche Ausgaben (Ist) des Bundes für die vier großen SGB II-Titel 2012–2023 laut "
    "Haushaltsrechnung: Eingliederung, Verwaltungskosten (Bundesanteil), Arbeitslosengeld II "
    "bzw. Bürgergeld und Beteiligung an den Kosten der Unterkunft. Nur Bundessummen, nicht "
    "je Jobcenter.",
    ["jahr", "haushaltstitel", "zweck", "betrag_eur", "fundstelle", "quelle_id",
     "sicherheit"], ["jahr", "haushaltstitel"], foreign_keys=DINGE_FK,
    required=["zweck", "betrag_eur", "quelle_id", "sicherheit"],
    overrides={"betrag_eur": {"minimum": 0}})
BUND_KENNZAHLEN = ResourceSpec(
    "bund_kennzahlen", "Bundesweite Eckzahlen aus Webseiten",
    "Einzelne bundesweite Vergleichswerte (Integrationsquoten, Integrationen, Bestände, "
    "Mittelzuteilungen, Zahl der Jobcenter), jeweils mit der Seite, auf der sie stehen. "
    "Gebiet DG = Deutschland, JC = alle Jobcenter zusammen. Widersprüchliche Angaben "
    "verschiedener Quellen bleiben als eigene Zeilen stehen.",
    ["region_id", "zeitraum", "kennzahl_id", "kennzahl", "wert", "einheit", "quelle_id",
     "sicherheit", "hinweis"], ["region_id", "zeitraum", "kennzahl_id", "quelle_id"],
    foreign_keys=DINGE_FK,
    required=["kennzahl", "wert", "einheit", "sicherheit"],
    overrides={"region_id": {"enum": ["DG", "JC"]}},
    notes=["Viele Werte stammen aus Sekundärquellen; die Spalte «sicherheit» sagt, wie weit "
           "sie belastbar sind."])
LOKALE_BESTAENDE = ResourceSpec(
    "lokale_bestaende", "SGB II-Bestände im Dezember: Erlangen und Deutschland 2005–2015",
    "Bedarfsgemeinschaften und Leistungsberechtigte jeweils im Dezember 2005–2015 für die "
    "Stadt Erlangen (zkT) und für Deutschland, aus einer Erlanger Ratsvorlage von 2016.",
    ["region_id", "zeitraum", "kennzahl_id", "kennzahl", "wert", "einheit", "quelle_id",
     "sicherheit", "hinweis"], ["region_id", "zeitraum", "kennzahl_id"],
    foreign_keys=[REGION_FK, *DINGE_FK],
    required=["kennzahl", "wert", "einheit", "quelle_id", "sicherheit"],
    overrides={"wert": {"minimum": 0}},
    notes=["Datenstand 2016, vermutlich vor der Revision der BA-Statistik; nicht ohne Prüfung "
           "mit späteren BA-Reihen verbinden."])

LIZENZEN = [
    {"name": "dl-de-by-2.0", "path": "https://www.govdata.de/dl-de/by-2-0",
     "title": "Datenlizenz Deutschland – Namensnennung – Version 2.0 (INKAR-Werte des BBSR)"},
    OWN_LICENSE,
]


def _read(raw_dir: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(raw_dir / STATS / name, dtype=str, keep_default_na=False,
                       encoding="utf-8")


def build_werte(panel: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "region_id": panel["region_key"], "jahr": panel["period"].astype(int),
        "indikator_id": panel["indicator"], "wert": panel["value"],
    })


def build_regionen(panel: pd.DataFrame) -> pd.DataFrame:
    regions = panel[["region_key", "region_name", "region_level"]].drop_duplicates()
    if regions["region_key"].duplicated().any():
        raise ValueError("Ein Gebietsschlüssel hat in INKAR mehrere Namen oder Ebenen")
    return regions.set_axis(REGIONEN.fields, axis=1)


def build_indikatoren(werte: pd.DataFrame) -> pd.DataFrame:
    coverage = werte.groupby("indikator_id")["jahr"].agg(["min", "max"])
    if set(coverage.index) != set(INDIKATOREN):
        raise ValueError(f"Indikatoren im Panel passen nicht zum Katalog: {sorted(coverage.index)}")
    rows = [
        [key, ind.name, ind.definition, ind.einheit, ind.ist_anteil,
         int(coverage.at[key, "min"]), int(coverage.at[key, "max"]), ind.bruch_hinweis,
         INKAR, "gesichert"]
        for key, ind in INDIKATOREN.items()
    ]
    return pd.DataFrame(rows, columns=INDIKATOREN_SPEC.fields)


def build_bund_ausgaben(auszug: pd.DataFrame, long: pd.DataFrame) -> pd.DataFrame:
    kapitel = auszug["Epl."] + auszug["Kap."].str.zfill(2)
    titel = auszug["Tit."]
    frame = pd.DataFrame({
        "jahr": auszug["haushaltsjahr"].astype(int),
        "haushaltstitel": kapitel + " " + titel.str[:3] + " " + titel.str[3:],
        "zweck": auszug["Zweckbestimmung"].str.strip(),
        "betrag_eur": auszug["Ist"],
        "fundstelle": "S. " + auszug["Seite"],
        "quelle_id": auszug["haushaltsjahr"].astype(int).map(haushalt_quelle_id),
        "sicherheit": "gesichert",
    })
    _assert_same_amounts(frame, auszug, long)
    return frame


def _assert_same_amounts(frame: pd.DataFrame, auszug: pd.DataFrame,
                         long: pd.DataFrame) -> None:
    """The tidy raw file must hold the same amounts as the Haushaltsrechnung excerpt."""
    left = pd.Series(frame["betrag_eur"].astype(float).to_numpy(),
                     index=auszug["haushaltsjahr"] + "/" + auszug["Tit."]).sort_index()
    right = pd.Series(long["value"].astype(float).to_numpy(),
                      index=long["period"] + "/" + long["indicator"].str[-5:]).sort_index()
    if not left.equals(right):
        raise ValueError("Haushaltsrechnung-Auszug und Langform weichen voneinander ab")


def build_haushalt_quellen(auszug: pd.DataFrame) -> list[dict[str, str]]:
    blobs = auszug.drop_duplicates("haushaltsjahr")
    return [haushalt_quelle(int(j), b)
            for j, b in zip(blobs["haushaltsjahr"], blobs["source_blob"], strict=True)]


def _sicherheit_web(raw: pd.DataFrame) -> pd.Series:
    sicherheit = raw["source_quality"].map(SICHERHEIT_NACH_QUALITAET)
    if sicherheit.isna().any():
        raise ValueError(f"Unbekannte source_quality: {set(raw['source_quality'])}")
    return sicherheit.mask(raw["note"].str.contains(ERSCHLOSSEN_MARKER), "unsicher")


def build_bund_kennzahlen(raw: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "region_id": raw["region_key"], "zeitraum": raw["period"],
        "kennzahl_id": raw["indicator"], "kennzahl": _mapped(raw["indicator_label"], KENNZAHLEN),
        "wert": raw["value"], "einheit": _mapped(raw["unit"], EINHEITEN),
        "quelle_id": raw["source_url"].map(lambda u: WEB_QUELLEN[u]["quelle_id"]),
        "sicherheit": _sicherheit_web(raw), "hinweis": _mapped(raw["note"], HINWEISE),
    })


def _sicherheit_bestand(raw: pd.DataFrame) -> pd.Series:
    noted = (raw["note"] != "") & (raw["indicator"] != "BG")
    typo = raw["note"].str.contains("typo")
    return pd.Series("gesichert", index=raw.index).mask(noted, "wahrscheinlich").mask(
        typo, "unsicher")


def build_lokale_bestaende(raw: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "region_id": raw["region_key"], "zeitraum": raw["period"],
        "kennzahl_id": raw["indicator"], "kennzahl": _mapped(raw["indicator"],
                                                             BESTAND_KENNZAHLEN),
        "wert": raw["value"], "einheit": _mapped(raw["unit"], EINHEITEN),
        "quelle_id": ERLANGEN, "sicherheit": _sicherheit_bestand(raw),
        "hinweis": _mapped(raw["note"], HINWEISE),
    })


def _mapped(values: pd.Series, mapping: dict[str, str]) -> pd.Series:
    missing = sorted(set(values) - set(mapping))
    if missing:
        raise KeyError(f"Keine deutsche Fassung für: {missing}")
    return values.map(mapping)


def build_quellen(auszug: pd.DataFrame) -> pd.DataFrame:
    rows = [*FESTE_QUELLEN, *build_haushalt_quellen(auszug), *WEB_QUELLEN.values()]
    return pd.DataFrame(rows, columns=QUELLEN_FELDER)


def build_tables(raw_dir: Path) -> list[tuple[ResourceSpec, pd.DataFrame]]:
    panel = _read(raw_dir, PANEL_FILE)
    auszug = _read(raw_dir, HAUSHALT_FILE)
    werte = build_werte(panel)
    return [
        (QUELLEN, build_quellen(auszug)),
        (REGIONEN, build_regionen(panel)),
        (INDIKATOREN_SPEC, build_indikatoren(werte)),
        (WERTE, werte),
        (BUND_AUSGABEN, build_bund_ausgaben(auszug, _read(raw_dir, HAUSHALT_LONG_FILE))),
        (BUND_KENNZAHLEN, build_bund_kennzahlen(_read(raw_dir, KENNZAHLEN_FILE))),
        (LOKALE_BESTAENDE, build_lokale_bestaende(_read(raw_dir, BESTAND_FILE))),
    ]


def run(raw_dir: Path, data_dir: Path) -> Path:
    return write_package(
        PACKAGE, "SGB II-Statistik für Kreise, Länder und Bund",
        "Kennzahlen zur Grundsicherung für Arbeitsuchende: das INKAR-Panel 2007–2022 für alle "
        "400 Kreise, 16 Länder und Deutschland, die SGB II-Ausgaben des Bundes laut "
        "Haushaltsrechnung sowie bundesweite Eckzahlen und Erlanger Bestandszahlen aus "
        "Webseiten und Ratsvorlagen, jeweils mit Quelle und Sicherheit.",
        build_tables(raw_dir), licenses=LIZENZEN,
        keywords=["SGB II", "Grundsicherung für Arbeitsuchende", "INKAR", "Kreise",
                  "Jobcenter", "Bundeshaushalt"],
        data_dir=data_dir)
