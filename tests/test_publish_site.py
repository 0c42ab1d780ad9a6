"""The published data on the built site: downloads round-trip, API, catalogue, feed,
citation and Stand on every kind of page, last-updated file."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from html import unescape
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from openpyxl import load_workbook

from kommunale_jobcenter.datapackage import DATA_DIR, DATA_VERSION
from kommunale_jobcenter.load import load_package, package_names, read_descriptor
from kommunale_jobcenter.pages.daten import XLSX_ROW_LIMIT
from kommunale_jobcenter.publish import changelog as cl
from kommunale_jobcenter.publish import citation

pytestmark = pytest.mark.build
ATOM = "{http://www.w3.org/2005/Atom}"


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("name", package_names())
def test_package_zip_round_trips_and_validates(built_site: Path, name: str,
                                               tmp_path: Path) -> None:
    from frictionless import Package

    archive = zipfile.ZipFile(built_site / "daten" / f"{name}.zip")
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in archive.infolist())
    archive.extractall(tmp_path)
    folder = tmp_path / name
    assert (folder / "README.md").read_text(encoding="utf-8").startswith("# ")
    report = Package(str(folder / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    for resource in read_descriptor(name)["resources"]:
        assert (folder / resource["path"]).read_bytes() == \
            (DATA_DIR / name / resource["path"]).read_bytes(), resource["path"]


@pytest.mark.parametrize("name", package_names())
def test_json_and_xlsx_match_the_csv(built_site: Path, name: str) -> None:
    for resource in read_descriptor(name)["resources"]:
        if resource.get("type") != "table":
            continue
        stem = built_site / "daten" / name / Path(resource["path"]).stem
        rows = _csv_rows((DATA_DIR / name / resource["path"]).read_text(encoding="utf-8"))
        header, body = rows[0], rows[1:]
        records = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
        assert len(records) == len(body), resource["name"]
        assert not records or list(records[0]) == header
        if len(body) > XLSX_ROW_LIMIT:  # documented on the Daten page
            assert not stem.with_suffix(".xlsx").exists()
            daten = (built_site / "daten" / "index.html").read_text(encoding="utf-8")
            assert f"{name}/{resource['name']}: " in daten
            continue
        wb = load_workbook(stem.with_suffix(".xlsx"), read_only=True)
        sheet = wb[wb.sheetnames[0]]
        sheet_rows = list(sheet.iter_rows(values_only=True))
        assert len(sheet_rows) == len(body) + 1, resource["name"]
        assert list(sheet_rows[0]) == header
        wb.close()


def test_every_zkt_has_an_api_document_and_a_data_slice(built_site: Path) -> None:
    traeger = load_package("jobcenter")["traeger"]
    index = json.loads((built_site / "api" / "index.json").read_text(encoding="utf-8"))
    assert index["datenversion"] == DATA_VERSION
    assert len(index["traeger"]) == len(traeger)
    expected = {"api_version", "datenversion", "stand", "links", "traeger", "kreis",
                "status_jahr", "belege", "quellen"}
    if "statistik" in package_names():
        expected.add("indikatoren")
    if "programme" in package_names():
        expected.add("teilnahmen")
    for _, t in traeger.iterrows():
        doc = json.loads((built_site / "api" / "traeger" / f"{t['slug']}.json")
                         .read_text(encoding="utf-8"))
        assert expected <= set(doc), (t["slug"], expected - set(doc))
        assert doc["traeger"]["zkt_id"] == t["zkt_id"]
        assert doc["kreis"]["ags"] == t["ags"]
        assert {s["jahr"] for s in doc["status_jahr"]} == set(range(2005, 2026))
        for link in ("seite", "daten"):
            target = (built_site / "api" / "traeger" / doc["links"][link]).resolve()
            assert target.is_file(), (t["slug"], link)
        assert (built_site / "daten" / "traeger" / f"{t['slug']}.zip").is_file()
    warendorf = json.loads((built_site / "api/traeger/kreis-warendorf.json").read_text("utf-8"))
    if "statistik" in package_names():
        assert len(warendorf["indikatoren"]) >= 10
        assert all(s["werte"] for s in warendorf["indikatoren"])
    cited = {q["quelle_id"] for q in warendorf["quellen"]}
    assert {b["quelle_id"] for b in warendorf["belege"]} <= cited


def test_programme_api_documents(built_site: Path) -> None:
    if "programme" not in package_names():
        pytest.fail("Paket programme fehlt")  # present in this repository
    programme = load_package("programme")["programme"]
    for pid in programme["programm_id"]:
        doc = json.loads((built_site / "api" / "programme" / f"{pid}.json").read_text("utf-8"))
        assert doc["programm"]["programm_id"] == pid
        for part in doc.get("teilnahmen", []):
            if part.get("traeger"):
                assert (built_site / "api" / "programme" / part["traeger"]).resolve().is_file()


def test_profile_page_offers_its_data_with_size(built_site: Path) -> None:
    html = (built_site / "jobcenter" / "kreis-warendorf.html").read_text(encoding="utf-8")
    assert 'id="daten-dieses-traegers"' in html
    assert 'href="../daten/traeger/kreis-warendorf.zip"' in html
    assert re.search(r"kreis-warendorf\.zip</a> <span class=\"stand\">\(\d+ kB\)", html)
    assert 'href="../api/traeger/kreis-warendorf.json"' in html


def test_catalogue_is_dcat_ap_json_ld(built_site: Path) -> None:
    path = built_site / "daten" / "katalog.jsonld"
    cat = json.loads(path.read_text(encoding="utf-8"))
    assert cat["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    assert cat["@context"]["dcatde"] == "http://dcat-ap.de/def/dcatde/"
    assert cat["@type"] == "dcat:Catalog"
    datasets = cat["dcat:dataset"]
    assert {d["dct:identifier"] for d in datasets} == set(package_names())
    for ds in datasets:
        for key in ("dct:title", "dct:description", "dct:publisher", "dct:license",
                    "dct:issued", "dct:modified", "dcatde:licenseAttributionByText",
                    "dcat:distribution", "owl:versionInfo"):
            assert ds.get(key), (ds["dct:identifier"], key)
        assert ds["owl:versionInfo"] == DATA_VERSION
        formats = {d["dcat:mediaType"] for d in ds["dcat:distribution"]}
        assert {"application/zip", "text/csv", "application/json"} <= formats
        for dist in ds["dcat:distribution"]:
            assert dist["dct:license"]["@id"].startswith("http")
            target = (path.parent / dist["dcat:downloadURL"]["@id"]).resolve()
            assert target.is_file() and target.stat().st_size == \
                int(dist["dcat:byteSize"]["@value"]), dist["dcat:downloadURL"]


def test_atom_feed_parses_with_one_entry_per_version(built_site: Path) -> None:
    root = ET.parse(built_site / "daten" / "aenderungen.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(cl.load_changelog())
    assert DATA_VERSION in entries[0].findtext(f"{ATOM}title")
    page = (built_site / "daten" / "index.html").read_text(encoding="utf-8")
    assert '<a href="aenderungen.xml">' in page
    # no <link rel="alternate">: Material would fetch daten/sitemap.xml for it (404)
    assert 'rel="alternate"' not in (built_site / "index.html").read_text(encoding="utf-8")


def test_changelog_page_lists_versions_and_row_counts(built_site: Path) -> None:
    html = (built_site / "daten" / "aenderungen.html").read_text(encoding="utf-8")
    assert f'id="version-{DATA_VERSION.replace(".", "-")}"' in html
    assert "Zeilen je Ressource in Version" in html
    assert "Nicht im Änderungsprotokoll erfasst" not in html


def _apa(html: str) -> str:
    match = re.search(r'<p class="zitat-apa">(.*?)</p>', html, re.S)
    assert match, "kein Zitiervorschlag"
    return unescape(match.group(1))


@pytest.mark.parametrize(("page", "title"), [
    ("methodik.html", None),  # hand-written
    ("jobcenter/kreis-warendorf.html", "Kreis Warendorf"),  # generated
    ("daten/statistik/werte.html", None),
])
def test_every_page_shows_stand_sources_and_citation(built_site: Path, page: str,
                                                     title: str | None) -> None:
    html = (built_site / page).read_text(encoding="utf-8")
    stand = json.loads((built_site / "letzte-aktualisierung.json").read_text("utf-8"))
    assert "Datenversion <a href=" in html and DATA_VERSION in html
    assert 'aria-label="Datenstand und Zitiervorschlag"' in html
    assert re.search(r'<a href="(\.\./)*quellen\.html">Quellen und Lizenzen</a>', html)
    apa = _apa(html)
    h1 = unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1]))
    assert apa == citation.apa(title or h1.strip(), DATA_VERSION, stand["zuletzt_geaendert"],
                               page)
    assert "@misc{kommunale-jobcenter-" in html


def test_pages_with_third_party_data_name_its_attribution(built_site: Path) -> None:
    html = (built_site / "jobcenter" / "kreis-warendorf.html").read_text(encoding="utf-8")
    stand = html[html.index('class="datenstand"'):]
    assert "© GeoBasis-DE / BKG 2021 (Daten verändert)" in stand  # the locator map


def test_documentation_pages_embed_inert_schema_org(built_site: Path) -> None:
    for name in package_names():
        html = (built_site / "daten" / name / "index.html").read_text(encoding="utf-8")
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(blocks) == 1, name
        assert "</" not in blocks[0] and "<" not in blocks[0]
        data = json.loads(blocks[0])
        assert data["@type"] == "Dataset" and data["version"] == DATA_VERSION
        assert data["distribution"] and data["license"]


def test_resource_documentation_lists_every_field_and_validation(built_site: Path) -> None:
    for name in package_names():
        for resource in read_descriptor(name)["resources"]:
            if resource.get("type") != "table":
                continue
            page = built_site / "daten" / name / f"{resource['name']}.html"
            html = unescape(page.read_text(encoding="utf-8"))
            for f in resource["schema"]["fields"]:
                assert f"<code>{f['name']}</code>" in html, (page, f["name"])
            assert "0 Fehler" in html
    werte = (built_site / "daten/statistik/werte.html").read_text(encoding="utf-8")
    assert "jahr: 2007 bis 2022" in werte and "108.461" in werte


def test_last_updated_file_is_deterministic(built_site: Path) -> None:
    path = built_site / "letzte-aktualisierung.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    log = cl.load_changelog()
    released = cl.release_date(log, DATA_VERSION)
    names = package_names()
    dates = cl.package_dates(names, DATA_DIR, released)
    counts = {}
    for name in names:
        for key, frame in load_package(name).items():
            counts[f"{name}/{key}"] = len(frame)
    expected = cl.last_updated(DATA_VERSION, released, dates,
                               {n: read_descriptor(n) for n in names}, counts)
    assert doc == expected  # a function of data/, the changelog and git – not the clock
    assert set(doc["pakete"]) == set(names)
