"""Downloads: deterministic zips and workbooks, typed JSON, valid per-Träger slices."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kommunale_jobcenter.datapackage import DATA_DIR, DATA_VERSION
from kommunale_jobcenter.load import package_names, read_descriptor
from kommunale_jobcenter.publish import exports
from kommunale_jobcenter.publish.context import read_context

SCHEMA = {"fields": [
    {"name": "ags", "type": "string"}, {"name": "jahr", "type": "integer"},
    {"name": "wert", "type": "number"}, {"name": "ist_zkt", "type": "boolean"},
    {"name": "seit", "type": "date"}]}
CSV = ("ags,jahr,wert,ist_zkt,seit\n"
       "01001,2020,1.5,true,2012-01-01\n"
       "05566,2021,,false,\n")


@pytest.mark.parametrize("text", [
    CSV, "", "a,b\n", "a,b\r\n1,2\r\n\r\n3\r\n4,5,6,7\r\n",
    'a,b\n"x, y","z\nw"\n,\n'])
def test_dict_rows_reads_as_the_dict_reader_does(text: str) -> None:
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    assert exports.dict_rows(text) == (list(reader.fieldnames or []), rows)


def test_the_real_tables_read_as_the_dict_reader_reads_them() -> None:
    for name in package_names():
        for resource in read_descriptor(name)["resources"]:
            text = (DATA_DIR / name / resource["path"]).read_text(encoding="utf-8")
            reader = csv.DictReader(io.StringIO(text))
            rows = list(reader)
            header, fast = exports.dict_rows(text)
            assert header == reader.fieldnames, resource["path"]
            assert fast == rows, resource["path"]


def test_zip_is_deterministic_sorted_and_timestamp_free() -> None:
    a = exports.deterministic_zip([("b.csv", b"2"), ("a.csv", b"1")])
    b = exports.deterministic_zip([("a.csv", b"1"), ("b.csv", b"2")])
    assert a == b
    infos = zipfile.ZipFile(io.BytesIO(a)).infolist()
    assert [i.filename for i in infos] == ["a.csv", "b.csv"]
    assert {i.date_time for i in infos} == {exports.ZIP_EPOCH}


def test_json_records_are_typed_and_keep_leading_zeros() -> None:
    records = json.loads(exports.records_json(CSV, SCHEMA))
    assert records == [
        {"ags": "01001", "jahr": 2020, "wert": 1.5, "ist_zkt": True, "seit": "2012-01-01"},
        {"ags": "05566", "jahr": 2021, "wert": None, "ist_zkt": False, "seit": None}]


def test_xlsx_is_deterministic_typed_and_documents_fields() -> None:
    day = dt.date(2026, 11, 22)
    first = exports.xlsx_bytes(CSV, SCHEMA, "werte", "Werte", day, ["Ein Hinweis"])
    second = exports.xlsx_bytes(CSV, SCHEMA, "werte", "Werte", day, ["Ein Hinweis"])
    assert first == second
    wb = load_workbook(io.BytesIO(first))
    assert wb.sheetnames == ["werte", "Felder"]
    rows = list(wb["werte"].iter_rows(values_only=True))
    assert rows[0] == ("ags", "jahr", "wert", "ist_zkt", "seit")
    assert rows[1][:4] == ("01001", 2020, 1.5, True)
    assert rows[1][4].date() == dt.date(2012, 1, 1)
    assert rows[2][2] is None
    assert wb.properties.created == dt.datetime(2026, 11, 22)
    assert wb.properties.modified == dt.datetime(2026, 11, 22)
    felder = [r[0] for r in wb["Felder"].iter_rows(values_only=True)]
    assert felder[:6] == ["Feld", "ags", "jahr", "wert", "ist_zkt", "seit"]
    assert "Hinweis" in felder


@pytest.fixture(scope="module")
def tables() -> dict:
    return read_context(package_names(), DATA_DIR, DATA_VERSION).tables  # as the build reads


def test_slice_selects_the_traegers_rows_and_what_they_reference(tables: dict) -> None:
    chosen = exports.select_rows(tables, "NW-17", "05570")
    traeger = tables[("jobcenter", "traeger")][2]
    assert [traeger[i]["zkt_id"] for i in chosen[("jobcenter", "traeger")]] == ["NW-17"]
    status = tables[("jobcenter", "status_jahr")][2]
    years = [status[i] for i in chosen[("jobcenter", "status_jahr")]]
    assert years and {r["ags"] for r in years} == {"05570"}
    # every foreign key of every chosen row points to a chosen row
    for key, ids in chosen.items():
        resource, _header, rows = tables[key]
        for fk in resource["schema"].get("foreignKeys", []):
            target = (key[0], fk["reference"]["resource"] or key[1])
            kept = {tuple(tables[target][2][j][f] for f in fk["reference"]["fields"])
                    for j in chosen.get(target, [])}
            for i in ids:
                values = tuple(rows[i][f] for f in fk["fields"])
                assert not all(values) or values in kept, (key, fk, values)
    if ("statistik", "werte") in tables:
        werte = tables[("statistik", "werte")][2]
        assert {werte[i]["region_id"] for i in chosen[("statistik", "werte")]} == {"05570"}


def test_slice_package_is_a_valid_frictionless_package(tables: dict, tmp_path: Path) -> None:
    from frictionless import Package

    content, counts = exports.slice_package(tables, DATA_VERSION, [], "NW-17", "05570",
                                            "kreis-warendorf", "Kreis Warendorf")
    zipfile.ZipFile(io.BytesIO(content)).extractall(tmp_path)
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert counts["jobcenter/traeger"] == 1
    again, _ = exports.slice_package(tables, DATA_VERSION, [], "NW-17", "05570",
                                     "kreis-warendorf", "Kreis Warendorf")
    assert again == content
