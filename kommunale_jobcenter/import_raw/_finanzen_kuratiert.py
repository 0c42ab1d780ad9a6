"""Hand-made content of the «finanzen» package: curated/finanzen/*.csv against the raw files.

The tables are declared in curated/finanzen/datapackage.yaml and read and validated by
``kommunale_jobcenter.curated_tables.tables`` (layout, types, patterns and enums of the
field dictionary, required cells, keys). This module keeps only the rules that compare them
with the raw files: every raw id has a row, no row is left over, a row agrees with its raw
counterpart.
Every problem names file, row and field like the data checks do; the messages are in
curated/finanzen/meldungen.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.checks import Problem, csv_row
from kommunale_jobcenter.checks.finanzen import meldung

PACKAGE = "finanzen"
CURATED_DIR = curated.CURATED_DIR / PACKAGE
ZAHL = re.compile(r"^-?\d+(\.\d+)?$")  # a plain number as the raw files write it


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


def read_all(curated_dir: Path = CURATED_DIR) -> dict[str, pd.DataFrame]:
    """The validated curated tables by resource name (raises ``curated.CuratedError``)."""
    return curated_tables.tables(curated_dir.name, curated_dir.parent)


def _label(resource: str) -> str:
    return f"curated/{PACKAGE}/{resource}.csv"


def _shown(key: object) -> str:
    return key if isinstance(key, str) else ", ".join(key)  # type: ignore[arg-type]


def _coverage(resource: str, keys: pd.Series, wanted: set, was: str) -> list[Problem]:
    """Every wanted raw id has a row; every row belongs to a raw id."""
    label, field = _label(resource), "+".join(keys.name) if isinstance(keys.name, tuple) \
        else str(keys.name)
    was = meldung(was)
    problems = [Problem(label, None, field,
                        meldung("zeile_fehlt", was=was, schluessel=_shown(w)))
                for w in sorted(wanted - set(keys))]
    for i, key in keys.items():
        if key not in wanted:
            problems.append(Problem(label, csv_row(i), field,
                                    meldung("zeile_uebrig", was=was, schluessel=_shown(key))))
    return problems


def _pairs(frame: pd.DataFrame, a: str, b: str) -> pd.Series:
    return pd.Series(list(zip(frame[a], frame[b], strict=True)), index=frame.index,
                     dtype=object, name=(a, b))


def _mittelarten(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    return _coverage("mittelarten", curated["mittelarten"]["measure"], roh.measures,
                     "was_measure")


def _anlagen(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    anlagen = curated["anlagen"]
    found = _coverage("anlagen", _pairs(anlagen, "jahr", "anlage"), set(roh.anlagen),
                      "was_anlage")
    for i, row in anlagen.iterrows():
        measure = roh.anlagen.get((row["jahr"], row["anlage"]))
        if measure is not None and measure != row["measure"]:
            found.append(Problem(_label("anlagen"), csv_row(i), "measure", meldung(
                "measure_falsch", jahr=row["jahr"], anlage=row["anlage"], roh=measure,
                measure=row["measure"])))
    return found


def _teilgebiete(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    teil = curated["teilgebiete"]
    found = _coverage("teilgebiete", _pairs(teil, "traeger_nr", "name_wie_gedruckt"),
                      set(roh.teilgebiete), "was_teilgebiet")
    for i, row in teil.iterrows():
        ags = roh.teilgebiete.get((row["traeger_nr"], row["name_wie_gedruckt"]))
        if ags is not None and not row["jobcenter_id"].startswith(f"JC-{ags}"):
            found.append(Problem(_label("teilgebiete"), csv_row(i), "jobcenter_id", meldung(
                "teilgebiet_kreis", jc=row["jobcenter_id"], ags=ags)))
    return found


def _uebersetzungen(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    texte = curated["uebersetzungen"]
    wanted = {(feld, text) for feld, values in roh.texte.items() for text in values}
    return _coverage("uebersetzungen", _pairs(texte, "feld", "englisch"), wanted,
                     "was_rohtext")


def _fakten(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    fakten = curated["fakten_de"]
    found = _coverage("fakten_de", fakten["fakt_id"], set(roh.fakten), "was_fakt")
    for i, row in fakten.iterrows():
        raw = roh.fakten.get(row["fakt_id"])
        if raw is None:
            continue
        if ZAHL.match(raw):
            found += [Problem(_label("fakten_de"), csv_row(i), column,
                              meldung("wert_doppelt", roh=raw, spalte=column))
                      for column in ("wert", "wert_text") if row[column]]
        elif not row["wert"] and not row["wert_text"]:
            found.append(Problem(_label("fakten_de"), csv_row(i), "wert_text",
                                 meldung("wert_fehlt", roh=raw)))
    return found


def _quellen(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    quellen = curated["quellen"]
    label = _label("quellen")
    found = [Problem(label, None, "url", meldung("quelle_url_fehlt", url=url))
             for url in sorted(roh.urls - set(quellen["url"]))]
    found += [Problem(label, None, "quelle_id", meldung("quelle_fehlt", quelle_id=qid))
              for qid in sorted(roh.feste_quellen - set(quellen["quelle_id"]))]
    for i, row in quellen.iterrows():
        if row["url"] not in roh.urls and row["quelle_id"] not in roh.feste_quellen:
            found.append(Problem(label, csv_row(i), "url",
                                 meldung("quelle_uebrig", quelle_id=row["quelle_id"])))
    return found


RULES = [_mittelarten, _anlagen, _teilgebiete, _uebersetzungen, _fakten, _quellen]


def problems(curated: dict[str, pd.DataFrame], roh: RohIds) -> list[Problem]:
    """All problems of the (already valid) curated tables against what the raw files need."""
    return [p for rule in RULES for p in rule(curated, roh)]
