"""The curated layer: hand-made tables and documents are validated like data/, and every
problem names file, line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.validate import curated_problems, validate

ROOT = Path(__file__).resolve().parents[1]


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "curated"
    shutil.copytree(ROOT / "curated", target)
    return target


def test_real_curated_layer_is_valid() -> None:
    assert curated_problems() == []


def test_every_curated_folder_has_a_readme() -> None:
    folders = [p for p in (ROOT / "curated").iterdir() if p.is_dir() and p.name != "schemas"]
    assert folders
    missing = [p.name for p in folders if not (p / "README.md").is_file()]
    assert missing == []


DESCRIPTOR = """\
resources:
  - name: laender
    path: laender.csv
    schema:
      fields:
        - {name: code, type: string, constraints: {required: true, pattern: "^\\\\d{2}$"}}
        - {name: name, type: string, constraints: {required: true}}
        - {name: flaeche, type: number}
      primaryKey: [code]
"""


def _table_folder(tmp_path: Path, rows: str) -> Path:
    cur = tmp_path / "curated"
    (cur / "probe").mkdir(parents=True)
    (cur / "probe" / "datapackage.yaml").write_text(DESCRIPTOR, encoding="utf-8")
    (cur / "probe" / "laender.csv").write_text("code,name,flaeche\n" + rows, encoding="utf-8")
    return cur


def test_valid_table_is_read_as_text(tmp_path: Path) -> None:
    cur = _table_folder(tmp_path, "01,Schleswig-Holstein,15804.3\n02,Hamburg,\n")
    frame = curated_tables.tables("probe", cur)["laender"]
    assert frame.to_dict("records") == [
        {"code": "01", "name": "Schleswig-Holstein", "flaeche": "15804.3"},
        {"code": "02", "name": "Hamburg", "flaeche": ""}]


@pytest.mark.parametrize(("rows", "where", "words"), [
    ("01,A,1\n01,B,2\n", "curated/probe/laender.csv:3:code", "doppelt"),
    ("1,A,1\n", "curated/probe/laender.csv:2:code", "richtige Form"),
    ("01,,1\n", "curated/probe/laender.csv:2:name", "Pflichtfeld"),
    ("01,A,\"1,5\"\n", "curated/probe/laender.csv:2:flaeche", "Punkt als Dezimalzeichen"),
    ("01;A;1\n", "curated/probe/laender.csv:2", "Zellen"),
])
def test_bad_table_names_file_row_field(tmp_path: Path, rows: str, where: str,
                                        words: str) -> None:
    cur = _table_folder(tmp_path, rows)
    problems = [str(p) for p in curated_problems(cur)]
    assert any(p.startswith(where) and words in p for p in problems), problems
    with pytest.raises(curated.CuratedError) as err:
        curated_tables.tables("probe", cur)
    assert where in str(err.value)


def test_bad_document_value_names_its_line(tmp_path: Path) -> None:
    cur = _copy(tmp_path)
    path = cur / "felder" / "common.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("type: string", "type: text", 1), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if "type: string" in row)
    problems = curated.document_problems(path, cur)
    assert [(p.file, p.row, p.field) for p in problems] == [
        ("curated/felder/common.yaml", line, "type")]
    assert "erlaubt sind" in problems[0].message


def test_document_without_schema_is_refused(tmp_path: Path) -> None:
    cur = _copy(tmp_path)
    path = cur / "site" / "projekt.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("schema: projekt\n", ""),
                    encoding="utf-8")
    problems = curated.document_problems(path, cur)
    assert [(p.file, p.field) for p in problems] == [("curated/site/projekt.yaml", "schema")]


def test_broken_yaml_reports_line(tmp_path: Path) -> None:
    cur = _copy(tmp_path)
    path = cur / "site" / "projekt.yaml"
    path.write_text("schema: projekt\ntitel: [offen\n", encoding="utf-8")
    (problem,) = curated.document_problems(path, cur)
    assert problem.file == "curated/site/projekt.yaml" and problem.row is not None
    assert "kein gültiges YAML" in problem.message


def test_validate_reports_curated_problems_with_the_data(tmp_path: Path) -> None:
    cur = _table_folder(tmp_path, "01,A,1\n01,B,2\n")
    report = validate(ROOT / "data", curated_dir=cur)
    assert [str(p)[:33] for p in report.problems] == ["curated/probe/laender.csv:3:code:"]
    assert "doppelt" in report.problems[0].message
