"""The hand-made files in curated/finanzen/: each is complete and consistent with the raw
files, and each kind of mistake is reported as «curated/finanzen/<file>:<row>:<field>»."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from scripts.checks import Problem
from scripts.import_raw import RAW_DIR, finanzen
from scripts.import_raw import _finanzen_kuratiert as kuratiert

Where = tuple[str, int | None, str | None]


@pytest.fixture(scope="module")
def roh() -> kuratiert.RohIds:
    return finanzen.roh_ids(finanzen._raw(RAW_DIR))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "finanzen"
    shutil.copytree(kuratiert.CURATED_DIR, folder)
    return folder


def _problems(folder: Path, roh: kuratiert.RohIds) -> list[Problem]:
    curated, found = kuratiert.read_all(folder)
    return found or kuratiert.problems(curated, roh)


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


def test_the_curated_files_are_complete(roh: kuratiert.RohIds) -> None:
    assert _problems(kuratiert.CURATED_DIR, roh) == []
    assert sorted(p.name for p in kuratiert.CURATED_DIR.glob("*.csv")) == sorted(
        kuratiert.DATEIEN)
    assert (kuratiert.CURATED_DIR / "README.md").is_file()


@pytest.mark.parametrize("name", sorted(kuratiert.DATEIEN))
def test_every_file_has_its_columns_and_no_empty_required_cell(name: str) -> None:
    spec = kuratiert.DATEIEN[name]
    frame, found = kuratiert.read(name)
    assert found == []
    assert tuple(frame.columns) == spec.columns
    for column in spec.required:
        assert (frame[column].str.strip() != "").all(), (name, column)
    assert not frame.duplicated(list(spec.key)).any()


def test_missing_column(copy: Path, roh: kuratiert.RohIds) -> None:
    path = copy / "mittelarten.csv"
    _write(path, [row[:-1] for row in _rows(path)])  # drop «hinweis»
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/mittelarten.csv", 1, "hinweis")]
    assert "fehlt" in problems[0].message


def test_empty_required_cell(copy: Path, roh: kuratiert.RohIds) -> None:
    line = _set(copy / "fakten_de.csv", "fakt_id", "f07", "kennzahl", "")
    problems = _problems(copy, roh)
    assert _where(problems) == [("curated/finanzen/fakten_de.csv", line, "kennzahl")]
    assert str(problems[0]).startswith(f"curated/finanzen/fakten_de.csv:{line}:kennzahl: ")


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
    assert _where(problems) == [("curated/finanzen/anlagen.csv", len(rows), "jahr+anlage")]
    assert "mehrfach" in problems[0].message
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
    assert _where(problems) == [("curated/finanzen/quellen.csv", 4, None)]
    assert "11 Zellen" in problems[0].message


def test_import_refuses_broken_curated_files(copy: Path) -> None:
    line = _set(copy / "mittelarten.csv", "measure", "vk_all", "bezugsgroesse", "")
    with pytest.raises(ValueError, match=rf"curated/finanzen/mittelarten.csv:{line}:"
                                         "bezugsgroesse: Pflichtfeld"):
        finanzen.build_tables(RAW_DIR, copy)
