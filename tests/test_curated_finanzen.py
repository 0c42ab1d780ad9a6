"""The hand-made files in curated/finanzen/: declared in datapackage.yaml and validated like
data/ (types, patterns and enums of the field dictionary, required cells, keys), complete and
consistent with the raw files; each kind of mistake is reported as
«curated/finanzen/<file>:<row>:<field>»."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
import yaml

from kommunale_jobcenter import curated
from kommunale_jobcenter.checks import Problem
from kommunale_jobcenter.fields import FIELDS
from kommunale_jobcenter.import_raw import RAW_DIR, finanzen
from kommunale_jobcenter.import_raw import _finanzen_kuratiert as kuratiert

Where = tuple[str, int | None, str | None]
# curated columns named like a field of the dictionary but meaning something else
NOT_THE_DATA_FIELD = {("fakten_de", "fakt_id"), ("schaetzsummen", "mittel"),
                      ("budgetfakten", "mittel"), ("erfassung", "hoechstens")}


@pytest.fixture(scope="module")
def roh() -> kuratiert.RohIds:
    return finanzen.roh_ids(finanzen._raw(RAW_DIR))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of curated/finanzen (and the schemas its YAML files name) in a tmp «curated»."""
    root = tmp_path / "curated"
    shutil.copytree(kuratiert.CURATED_DIR, root / "finanzen")
    shutil.copytree(curated.CURATED_DIR / "schemas", root / "schemas")
    return root / "finanzen"


def _problems(folder: Path, roh: kuratiert.RohIds) -> list[Problem]:
    try:
        tables = kuratiert.read_all(folder)
    except curated.CuratedError as err:
        return err.problems
    return kuratiert.problems(tables, roh)


def _where(problems: list[Problem]) -> list[Where]:
    return [(p.file, p.row, p.field) for p in problems]


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _line(path: Path, column: str, value: str) -> int:
    rows = _rows(path)
    col = rows[0].index(column)
    return next(i for i, r in enumerate(rows[1:], start=2) if r[col] == value)


def _set(path: Path, key: str, value: str, column: str, new: str) -> int:
    rows = _rows(path)
    line = _line(path, key, value)
    rows[line - 1][rows[0].index(column)] = new
    _write(path, rows)
    return line


def _descriptor() -> dict:
    return yaml.safe_load((kuratiert.CURATED_DIR / "datapackage.yaml").read_text(
        encoding="utf-8"))


def test_the_curated_files_are_complete(roh: kuratiert.RohIds) -> None:
    assert _problems(kuratiert.CURATED_DIR, roh) == []
    declared = {r["path"] for r in _descriptor()["resources"]}
    assert sorted(p.name for p in kuratiert.CURATED_DIR.glob("*.csv")) == sorted(declared)
    assert (kuratiert.CURATED_DIR / "README.md").is_file()


def test_constraints_of_data_fields_are_those_of_the_dictionary() -> None:
    """A curated column named like a data field has its pattern and enum."""
    checked = 0
    for resource in _descriptor()["resources"]:
        for field in resource["schema"]["fields"]:
            key = (resource["name"], field["name"])
            if field["name"] not in FIELDS or key in NOT_THE_DATA_FIELD:
                continue
            wanted = FIELDS[field["name"]]
            for rule in ("pattern", "enum"):
                assert field.get("constraints", {}).get(rule) == wanted.constraints.get(rule), \
                    (key, rule)
            assert field["type"] == wanted.type, key
            checked += 1
    assert checked >= 20


def test_missing_column(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "mittelarten.csv"
    _write(path, [row[:-1] for row in _rows(path)])  # drop «hinweis»
    problems = _problems(copy, roh)
    assert ("curated/finanzen/mittelarten.csv", 1, "hinweis") in _where(problems)


def test_empty_required_cell(copy: Path, roh: kuratiert.RohIds) -> None:
    line = _set(copy / "fakten_de.csv", "fakt_id", "f07", "kennzahl", "")
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/fakten_de.csv", line, "kennzahl")]
    assert str(problems[0]).startswith(f"curated/finanzen/fakten_de.csv:{line}:kennzahl: ")


def test_pattern_and_enum_of_the_dictionary(copy: Path, roh: kuratiert.RohIds) -> None:
    zeit = _set(copy / "fakten_de.csv", "fakt_id", "f07", "zeitraum", "2012 bis 2013")
    rang = _set(copy / "quellen.csv", "quelle_id", "biaj-202", "quellenrang", "Blog")
    art = _set(copy / "quellen.csv", "quelle_id", "biaj-457", "art", "Blog")
    problems = _problems(copy, roh)
    assert sorted(_where(problems)) == sorted([
        ("curated/finanzen/fakten_de.csv", zeit, "zeitraum"),
        ("curated/finanzen/quellen.csv", rang, "quellenrang"),
        ("curated/finanzen/quellen.csv", art, "art")])


def test_wert_must_be_a_number(copy: Path, roh: kuratiert.RohIds) -> None:
    line = _set(copy / "fakten_de.csv", "fakt_id", "f05", "wert", "zwei Millionen")
    assert _where(_problems(copy, roh)) == [("curated/finanzen/fakten_de.csv", line, "wert")]


def test_raw_fact_without_german_row_and_leftover_row(copy: Path,
                                                      roh: kuratiert.RohIds) -> None:
    path = copy / "fakten_de.csv"
    rows = _rows(path)
    line = _line(path, "fakt_id", "k16")
    rows[line - 1][0] = "k99"
    _write(path, rows)
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/fakten_de.csv", None, "fakt_id"),
                                ("curated/finanzen/fakten_de.csv", line, "fakt_id")]
    assert "«k16» fehlt" in problems[0].message and "«k99»" in problems[1].message


def test_number_must_come_from_the_raw_file(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "fakten_de.csv"
    plain = _set(path, "fakt_id", "f06", "wert", "835700001")  # raw already has the number
    text = _set(path, "fakt_id", "f05", "wert_text", "")  # raw is a range, needs a text
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/fakten_de.csv", text, "wert_text"),
                                ("curated/finanzen/fakten_de.csv", plain, "wert")]


def test_untranslated_note(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "uebersetzungen.csv"
    rows = _rows(path)
    line = _line(path, "englisch", "Berlin district (Bezirk) Jobcenter")
    del rows[line - 1]
    _write(path, rows)
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/uebersetzungen.csv", None, "feld+englisch")]
    assert "Berlin district" in problems[0].message


def test_teilgebiet_id_must_start_with_its_kreis(copy: Path, roh: kuratiert.RohIds) -> None:
    line = _set(copy / "teilgebiete.csv", "name_wie_gedruckt", "Hanau", "jobcenter_id",
                "JC-06412-hanau")
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/teilgebiete.csv", line, "jobcenter_id")]
    assert "JC-06435" in problems[0].message


def test_duplicate_key_and_unknown_anlage(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "anlagen.csv"
    rows = _rows(path)
    rows.append(list(rows[1]))  # 2012 Anlage 1 twice
    _write(path, rows)
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/anlagen.csv", len(rows), "jahr, anlage")]
    path.write_text((kuratiert.CURATED_DIR / "anlagen.csv").read_text(encoding="utf-8"),
                    encoding="utf-8")
    line = _set(path, "measure", "vk_ge", "measure", "vk_all")  # 2012 Anlage 4
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/anlagen.csv", line, "measure")]
    assert "«vk_ge»" in problems[0].message


def test_source_rows(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "quellen.csv"
    line = _set(path, "quelle_id", "biaj-2144", "url", "https://biaj.de/anderswo")
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/quellen.csv", None, "url"),
                                ("curated/finanzen/quellen.csv", line, "url")]
    assert "2144" in problems[0].message and "keiner Zeile" in problems[1].message


def test_ragged_row_is_located(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "quellen.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3] + ",zu viel"
    path.write_text("\n".join(lines), encoding="utf-8")
    problems = _problems(copy, roh)
    assert [(p.file, p.row) for p in problems] == [("curated/finanzen/quellen.csv", 4)]


def test_import_refuses_broken_curated_files(copy: Path) -> None:
    line = _set(copy / "mittelarten.csv", "measure", "vk_all", "bezugsgroesse", "")
    with pytest.raises(finanzen.KuratiertFehler,
                       match=rf"curated/finanzen/mittelarten.csv:{line}:bezugsgroesse: "):
        finanzen.build_tables(RAW_DIR, copy)


def test_import_refuses_curated_files_that_miss_a_raw_id(copy: Path) -> None:
    path = copy / "teilgebiete.csv"
    line = _line(path, "name_wie_gedruckt", "Hanau")
    rows = _rows(path)
    del rows[line - 1]
    _write(path, rows)
    with pytest.raises(finanzen.KuratiertFehler) as err:
        finanzen.build_tables(RAW_DIR, copy)
    assert [(p.file, p.row, p.field) for p in err.value.problems] == [
        ("curated/finanzen/teilgebiete.csv", None, "traeger_nr+name_wie_gedruckt")]
