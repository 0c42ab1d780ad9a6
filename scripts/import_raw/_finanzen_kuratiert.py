"""Hand-made content of the «finanzen» package: curated/finanzen/*.csv.

German labels, translations of the raw English notes and facts, source rows and the ids of
Jobcenter that share a Kreis are kept as CSV files (see curated/finanzen/README.md), not as
Python literals. This module reads them and checks them against the raw files: required
columns, no empty required cell, unique keys, every raw id covered and no row left over.
Every problem names file, row and field like the data checks do.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from scripts.checks import Problem, csv_row
from scripts.fields import FIELDS

CURATED_DIR = Path(__file__).resolve().parents[2] / "curated" / "finanzen"
JOBCENTER_ID_MUSTER = FIELDS["jobcenter_id"].constraints["pattern"]
ZAHL = re.compile(r"^-?\d+(\.\d+)?$")  # a plain number as the raw files write it


@dataclass(frozen=True)
class Kuratiert:
    """One curated file: its columns, the ones that must not be empty, its key."""

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"curated/finanzen/{self.name}"


QUELLEN_SPALTEN = ("quelle_id", "titel", "herausgeber", "datum", "datum_hinweis", "art", "url",
                   "lizenz", "namensnennung", "hinweis")
DATEIEN = {k.name: k for k in [
    Kuratiert("mittelarten.csv",
              ("mittelart", "measure", "mittelart_name", "bezugsgroesse", "rechtsgrundlage",
               "hinweis"),
              ("mittelart", "measure", "mittelart_name", "bezugsgroesse", "rechtsgrundlage"),
              ("measure",)),
    Kuratiert("anlagen.csv",
              ("jahr", "anlage", "measure", "bezugsgroesse", "festbetrag_eingliederung_euro",
               "festbetrag_verwaltung_euro"),
              ("jahr", "anlage", "measure", "bezugsgroesse"), ("jahr", "anlage")),
    Kuratiert("teilgebiete.csv", ("traeger_nr", "name_wie_gedruckt", "jobcenter_id"),
              ("traeger_nr", "name_wie_gedruckt", "jobcenter_id"),
              ("traeger_nr", "name_wie_gedruckt")),
    Kuratiert("uebersetzungen.csv", ("feld", "englisch", "deutsch"),
              ("feld", "englisch", "deutsch"), ("feld", "englisch")),
    Kuratiert("fakten_de.csv",
              ("fakt_id", "thema", "jobcenter_oder_gruppe", "kennzahl", "wert", "wert_text",
               "einheit", "zeitraum", "hinweis"),
              ("fakt_id", "thema", "jobcenter_oder_gruppe", "kennzahl"), ("fakt_id",)),
    Kuratiert("quellen.csv", QUELLEN_SPALTEN, ("quelle_id", "titel", "art", "lizenz"),
              ("quelle_id",)),
]}
# Field-dictionary rules a curated cell must already obey (checked here, not only after
# the import, so the message points at the curated file).
FELDREGELN = {("fakten_de.csv", "zeitraum"): "zeitraum", ("quellen.csv", "url"): "url",
              ("quellen.csv", "datum"): "datum", ("quellen.csv", "quelle_id"): "quelle_id",
              ("teilgebiete.csv", "traeger_nr"): "traeger_nr"}


def read(name: str, curated_dir: Path = CURATED_DIR) -> tuple[pd.DataFrame, list[Problem]]:
    """A curated file as text cells (empty cell = empty string), and its layout problems
    (missing file, not UTF-8, a row with more or fewer cells than the header)."""
    label = DATEIEN[name].label
    path = curated_dir / name
    if not path.is_file():
        return pd.DataFrame(), [Problem(label, None, None, "Datei fehlt")]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return pd.DataFrame(), [Problem(label, None, None, "ist nicht UTF-8-kodiert")]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return pd.DataFrame(), [Problem(label, 1, None, "Datei ist leer")]
    header, body = rows[0], rows[1:]
    problems = [Problem(label, line, None,
                        f"Zeile hat {len(row)} Zellen, die Kopfzeile aber {len(header)} "
                        "(Kommas im Text müssen in Anführungszeichen stehen)")
                for line, row in enumerate(body, start=2) if len(row) != len(header)]
    if problems:
        return pd.DataFrame(), problems
    return pd.DataFrame(body, columns=header, dtype=str), []


def read_all(curated_dir: Path = CURATED_DIR) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    frames, problems = {}, []
    for name in DATEIEN:
        frames[name], found = read(name, curated_dir)
        problems.extend(found)
    return frames, problems


@dataclass(frozen=True)
class RohIds:
    """What the raw files need from the curated files."""

    measures: set[str]
    anlagen: dict[tuple[str, str], str]  # (year, anlage) → measure
    teilgebiete: dict[tuple[str, str], str]  # (traeger_nr, name) of part_of rows → ags
    texte: dict[str, set[str]]  # raw column → English texts that need a German version
    fakten: dict[str, str]  # raw fact_id → raw value
    urls: set[str]  # source addresses the package cites
    feste_quellen: set[str]  # quelle_ids used without an address in the raw files


def _shape_problems(k: Kuratiert, frame: pd.DataFrame) -> list[Problem]:
    problems = []
    for column in k.columns:
        if column not in frame.columns:
            problems.append(Problem(k.label, 1, column, f"Spalte «{column}» fehlt"))
    for column in frame.columns:
        if column not in k.columns:
            problems.append(Problem(k.label, 1, column,
                                    f"Spalte «{column}» ist unbekannt; erlaubt sind "
                                    f"{', '.join(k.columns)}"))
    if problems:
        return problems
    for column in k.required:
        for i in frame.index[frame[column].str.strip() == ""]:
            problems.append(Problem(k.label, csv_row(i), column,
                                    f"Pflichtfeld «{column}» ist leer"))
    for i in frame.index[frame.duplicated(list(k.key), keep="first")]:
        key = ", ".join(frame.loc[i, list(k.key)])
        problems.append(Problem(k.label, csv_row(i), "+".join(k.key),
                                f"Schlüssel «{key}» steht mehrfach in der Datei"))
    for (name, column), field in FELDREGELN.items():
        if name != k.name:
            continue
        pattern = FIELDS[field].constraints.get("pattern")
        for i, value in frame[column].items():
            if value and pattern and not re.match(pattern, value):
                problems.append(Problem(k.label, csv_row(i), column,
                                        f"Wert «{value}» hat nicht die Form {pattern}"))
    return problems


def _coverage(k: Kuratiert, frame: pd.DataFrame, keys: pd.Series, wanted: set,
              what: str) -> list[Problem]:
    """Every wanted raw id has a row; every row belongs to a raw id."""
    have = set(keys)
    problems = [Problem(k.label, None, "+".join(k.key),
                        f"Für {what} «{w if isinstance(w, str) else ', '.join(w)}» fehlt eine "
                        "Zeile")
                for w in sorted(wanted - have)]
    for i, key in keys.items():
        if key not in wanted:
            shown = key if isinstance(key, str) else ", ".join(key)
            problems.append(Problem(k.label, csv_row(i), "+".join(k.key),
                                    f"Zeile «{shown}» gehört zu keinem Eintrag der Rohdaten "
                                    f"({what}); bitte entfernen"))
    return problems


def _pairs(frame: pd.DataFrame, a: str, b: str) -> pd.Series:
    return pd.Series(list(zip(frame[a], frame[b], strict=True)), index=frame.index,
                     dtype=object)


def problems(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    """All problems of the curated files, checked against what the raw files need."""
    found: list[Problem] = []
    for name, k in DATEIEN.items():
        found.extend(_shape_problems(k, curated[name]))
    if found:
        return found

    mittel = curated["mittelarten.csv"]
    k = DATEIEN["mittelarten.csv"]
    found += _coverage(k, mittel, mittel["measure"], roh.measures, "die Mittelart (measure)")
    for i in mittel.index[mittel.duplicated("mittelart", keep="first")]:
        found.append(Problem(k.label, csv_row(i), "mittelart",
                             f"Kennung «{mittel.at[i, 'mittelart']}» ist schon vergeben"))
    pattern = FIELDS["mittelart"].constraints["pattern"]
    for i, code in mittel["mittelart"].items():
        if not re.match(pattern, code):
            found.append(Problem(k.label, csv_row(i), "mittelart",
                                 f"Kennung «{code}» hat nicht die Form {pattern}"))

    anlagen = curated["anlagen.csv"]
    k = DATEIEN["anlagen.csv"]
    found += _coverage(k, anlagen, _pairs(anlagen, "jahr", "anlage"), set(roh.anlagen),
                       "die Anlage")
    for i, row in anlagen.iterrows():
        measure = roh.anlagen.get((row["jahr"], row["anlage"]))
        if measure is not None and measure != row["measure"]:
            found.append(Problem(k.label, csv_row(i), "measure",
                                 f"{row['jahr']} {row['anlage']} verteilt laut Rohdaten "
                                 f"«{measure}», nicht «{row['measure']}»"))
        for column in ("festbetrag_eingliederung_euro", "festbetrag_verwaltung_euro"):
            if row[column] and not row[column].isdigit():
                found.append(Problem(k.label, csv_row(i), column,
                                     f"«{row[column]}» ist kein Euro-Betrag in ganzen Euro"))

    teil = curated["teilgebiete.csv"]
    k = DATEIEN["teilgebiete.csv"]
    found += _coverage(k, teil, _pairs(teil, "traeger_nr", "name_wie_gedruckt"),
                       set(roh.teilgebiete), "das Teilgebiet (Träger-Nr., Name)")
    for i, row in teil.iterrows():
        ags = roh.teilgebiete.get((row["traeger_nr"], row["name_wie_gedruckt"]))
        jc = row["jobcenter_id"]
        if not re.match(JOBCENTER_ID_MUSTER, jc):
            found.append(Problem(k.label, csv_row(i), "jobcenter_id",
                                 f"«{jc}» hat nicht die Form {JOBCENTER_ID_MUSTER}"))
        elif ags is not None and not jc.startswith(f"JC-{ags}"):
            found.append(Problem(k.label, csv_row(i), "jobcenter_id",
                                 f"«{jc}» beginnt nicht mit dem Kreisschlüssel des "
                                 f"Jobcenters (JC-{ags})"))

    texte = curated["uebersetzungen.csv"]
    k = DATEIEN["uebersetzungen.csv"]
    wanted = {(feld, text) for feld, values in roh.texte.items() for text in values}
    found += _coverage(k, texte, _pairs(texte, "feld", "englisch"), wanted,
                       "den englischen Rohtext")

    fakten = curated["fakten_de.csv"]
    k = DATEIEN["fakten_de.csv"]
    found += _coverage(k, fakten, fakten["fakt_id"], set(roh.fakten), "die Rohdaten-ID")
    for i, row in fakten.iterrows():
        raw = roh.fakten.get(row["fakt_id"])
        if raw is None:
            continue
        if ZAHL.match(raw):
            for column in ("wert", "wert_text"):
                if row[column]:
                    found.append(Problem(k.label, csv_row(i), column,
                                         f"Die Rohdaten haben die Zahl {raw}; «{column}» "
                                         "bleibt hier leer, die Zahl wird übernommen"))
        elif not row["wert"] and not row["wert_text"]:
            found.append(Problem(k.label, csv_row(i), "wert_text",
                                 f"Der Rohwert «{raw}» ist keine einfache Zahl: «wert» oder "
                                 "«wert_text» ausfüllen"))
        if row["wert"] and not ZAHL.match(row["wert"]):
            found.append(Problem(k.label, csv_row(i), "wert",
                                 f"«{row['wert']}» ist keine Zahl mit Punkt als "
                                 "Dezimalzeichen"))

    quellen = curated["quellen.csv"]
    k = DATEIEN["quellen.csv"]
    urls = set(quellen["url"])
    for url in sorted(roh.urls - urls):
        found.append(Problem(k.label, None, "url", f"Keine Quelle mit der Adresse «{url}»"))
    for qid in sorted(roh.feste_quellen - set(quellen["quelle_id"])):
        found.append(Problem(k.label, None, "quelle_id", f"Quelle «{qid}» fehlt"))
    for i, row in quellen.iterrows():
        if row["url"] not in roh.urls and row["quelle_id"] not in roh.feste_quellen:
            found.append(Problem(k.label, csv_row(i), "url",
                                 f"Quelle «{row['quelle_id']}» wird von keiner Zeile des "
                                 "Pakets zitiert; bitte entfernen"))
    for i in quellen.index[quellen.duplicated("url", keep="first") & (quellen["url"] != "")]:
        found.append(Problem(k.label, csv_row(i), "url",
                             f"Adresse «{quellen.at[i, 'url']}» steht schon in einer anderen "
                             "Zeile"))
    arten = set(FIELDS["art"].constraints["enum"])
    for i, art in quellen["art"].items():
        if art not in arten:
            found.append(Problem(k.label, csv_row(i), "art",
                                 f"Art «{art}» ist nicht erlaubt; erlaubt sind "
                                 f"{', '.join(sorted(arten))}"))
    return found
