"""curated/programme/: the hand-made content of the programme package is complete, used and
valid, and the import names every gap as curated/programme/<file>:<line>:<field>."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import curated_tables
from kommunale_jobcenter.curated import CURATED_DIR, CuratedError
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.import_raw import RAW_DIR
from kommunale_jobcenter.import_raw.programme import build_tables

UEBERSETZUNGEN = "curated/programme/uebersetzungen.csv"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of curated/ that a test may break."""
    target = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, target)
    return target


def _append(path: Path, line: str) -> int:
    """Append a CSV line; return its line number."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def _problems(curated_dir: Path) -> list:
    with pytest.raises(CuratedError) as caught:
        build_tables(RAW_DIR, curated_dir)
    return caught.value.problems


def test_curated_tables_are_valid() -> None:
    assert curated_tables.table_problems(CURATED_DIR / "programme") == []


def test_raw_text_without_german_version_is_named(copy: Path) -> None:
    path = copy / "programme" / "uebersetzungen.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    role = frame[frame.feld == "role"].iloc[0]
    frame.drop(index=role.name).to_csv(path, index=False, lineterminator="\n")
    problems = _problems(copy)
    assert [(p.file, p.row, p.field) for p in problems] == [(UEBERSETZUNGEN, None, "englisch")]
    assert role["englisch"] in problems[0].message and "role" in problems[0].message


def test_curated_row_nothing_uses_is_named(copy: Path) -> None:
    line = _append(copy / "programme" / "uebersetzungen.csv", "note,never said,Nie gesagt.,")
    problems = _problems(copy)
    assert [(p.file, p.row, p.field) for p in problems] == [(UEBERSETZUNGEN, line, "englisch")]
    assert "never said" in problems[0].message


def test_title_for_an_unknown_source_is_an_error(copy: Path) -> None:
    line = _append(copy / "programme" / "quellen_titel.csv", "GIBT-ES-NICHT,Ein Titel,,,Test")
    problems = _problems(copy)
    assert [(p.file, p.row, p.field) for p in problems] == [
        ("curated/programme/quellen_titel.csv", line, "quelle_id")]
    assert "keine Quelle" in problems[0].message


def test_seed_fact_with_unknown_unit_is_rejected(copy: Path) -> None:
    path = copy / "programme" / "fakten.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "einheit"] = "Kilogramm"
    frame.to_csv(path, index=False, lineterminator="\n")
    problems = curated_tables.table_problems(copy / "programme", copy)
    assert any(p.file == "curated/programme/fakten.csv" and p.row == 2 for p in problems)


def test_seed_fact_ids_are_explicit_and_match_the_data() -> None:
    ids = curated_tables.tables("programme")["fakten"]["fakt_id"]
    data = pd.read_csv(DATA_DIR / "programme" / "fakten.csv", dtype=str)
    assert set(ids) == set(data["fakt_id"]) and ids.is_unique
    assert all(i.startswith(q + "-") for i, q in zip(
        ids, curated_tables.tables("programme")["fakten"]["quelle_id"], strict=True))


def test_mirrors_are_secondary_sources() -> None:
    quellen = pd.read_csv(DATA_DIR / "programme" / "quellen.csv", dtype=str,
                          keep_default_na=False)
    mirrors = quellen[quellen.url.str.contains(r"9dok\.net|docslib|yumpu|docplayer|doczz")]
    assert len(mirrors) >= 10
    assert (mirrors.quellenrang == "Sekundärquelle").all()
    law = quellen[quellen.url.str.startswith("https://github.com/bundestag/")]
    assert (law.quellenrang == "Primärquelle").all()


def test_rows_resting_on_mirrors_only_are_not_gesichert() -> None:
    quellen = pd.read_csv(DATA_DIR / "programme" / "quellen.csv", dtype=str)
    secondary = set(quellen.loc[quellen.quellenrang == "Sekundärquelle", "quelle_id"])
    for name in ("teilnahmen", "kennzahlen", "dokumente"):
        frame = pd.read_csv(DATA_DIR / "programme" / f"{name}.csv", dtype=str)
        on_secondary = frame[frame.quelle_id.isin(secondary)]
        assert len(on_secondary) and (on_secondary.sicherheit != "gesichert").all(), name


def test_plan_figures_are_at_most_wahrscheinlich() -> None:
    for name in ("kennzahlen", "fakten"):
        frame = pd.read_csv(DATA_DIR / "programme" / f"{name}.csv", dtype=str)
        plans = frame[frame.wert_art.isin(["Ziel", "Plan"])]
        assert len(plans) and (plans.sicherheit != "gesichert").all(), name


def test_inferred_rows_are_unsicher() -> None:
    for name in ("teilnahmen", "kennzahlen", "fakten"):
        frame = pd.read_csv(DATA_DIR / "programme" / f"{name}.csv", dtype=str,
                            keep_default_na=False)
        inferred = frame[frame.herleitung.str.startswith("erschlossen")]
        assert len(inferred) and (inferred.sicherheit == "unsicher").all(), name
