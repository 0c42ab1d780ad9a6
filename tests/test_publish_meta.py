"""Changelog, feed, citation, catalogue and JSON-LD: pure functions, checked directly."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml

from kommunale_jobcenter.datapackage import DATA_DIR, DATA_VERSION
from kommunale_jobcenter.publish import changelog as cl
from kommunale_jobcenter.publish import citation, dcat, feed

ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"


def test_changelog_names_the_current_data_version_first() -> None:
    log = cl.load_changelog()
    assert log[0]["version"] == DATA_VERSION
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", log[0]["datum"])


def test_changelog_history_adds_up_to_todays_rows() -> None:
    log = [
        {"version": "2027.1.0", "datum": "2027-01-10",
         "ressourcen": {"p/a": {"hinzugefuegt": 5, "entfernt": 2, "geaendert": 1}}},
        {"version": "2026.11.0", "datum": "2026-11-22", "erstveroeffentlichung": True},
    ]
    current = {"p/a": 13, "p/b": 4}
    history = cl.resource_history(log, current)
    first = {r["ressource"]: r["hinzugefuegt"] for r in history if r["version"] == "2026.11.0"}
    assert first == {"p/a": 10, "p/b": 4}  # 10 + 5 − 2 = 13
    assert cl.unbalanced(log, current) == {}


def test_changelog_without_first_release_reports_unrecorded_rows() -> None:
    log = [{"version": "2027.1.0", "datum": "2027-01-10",
            "ressourcen": {"p/a": {"hinzugefuegt": 5}}}]
    assert cl.unbalanced(log, {"p/a": 7, "p/b": 1}) == {"p/a": 2, "p/b": 1}


def test_malformed_changelog_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "CHANGELOG.yaml"
    bad.write_text("versionen:\n  - version: '1'\n    datum: '2026-01-01'\n"
                   "    ressourcen: {p/a: {neu: 3}}\n", encoding="utf-8")
    with pytest.raises(cl.ChangelogError, match="unbekannte"):
        cl.load_changelog(bad)
    order = tmp_path / "order.yaml"
    order.write_text("versionen:\n  - {version: '1', datum: '2025-01-01'}\n"
                     "  - {version: '2', datum: '2026-01-01'}\n", encoding="utf-8")
    with pytest.raises(cl.ChangelogError, match="absteigend"):
        cl.load_changelog(order)


def test_package_date_comes_from_git_or_the_changelog(tmp_path: Path) -> None:
    dates = cl.package_dates(["jobcenter"], DATA_DIR, "1999-01-01")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", dates["jobcenter"])
    # outside a repository: the release date, never today's date
    (tmp_path / "pkg").mkdir()
    assert cl.package_dates(["pkg"], tmp_path, "1999-01-01") == {"pkg": "1999-01-01"}


def test_atom_feed_is_valid_and_deterministic() -> None:
    entries = [{"version": "2027.1.0", "datum": "2027-01-10", "titel": "Neu <&>",
                "zusammenfassung": "Text"},
               {"version": "2026.11.0", "datum": "2026-11-22", "titel": "Erste",
                "zusammenfassung": "Text"}]
    xml = feed.atom(entries, "Titel", "aenderungen.html", "aenderungen.xml", "Wir")
    assert xml == feed.atom(entries, "Titel", "aenderungen.html", "aenderungen.xml", "Wir")
    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}updated") == "2027-01-10T00:00:00Z"
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Wir"
    items = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in items] == ["Neu <&>", "Erste"]
    for e in items:
        assert e.findtext(f"{ATOM}id").startswith("urn:uuid:")
        assert e.find(f"{ATOM}link").get("href").startswith("aenderungen.html#version-")


def test_json_ld_script_is_inert() -> None:
    tag = dcat.script_tag({"name": "</script><script>alert(1)</script>", "x": "a & b"})
    inner = tag.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "</" not in inner and "<" not in inner and ">" not in inner
    assert json.loads(inner)["name"] == "</script><script>alert(1)</script>"


def test_citations_name_version_and_date() -> None:
    text = citation.apa("Kreis Warendorf", "2026.11.0", "2026-11-22", "jobcenter/x.html")
    assert text == ("Kommunale Jobcenter – offene Daten (2026). Kreis Warendorf. In Kommunale "
                    "Jobcenter – offene Daten (Datenversion 2026.11.0, Stand 2026-11-22) "
                    "[Datensatz]. jobcenter/x.html")
    bib = citation.bibtex("Titel {x}", "2026.11.0", "2026-11-22", page="jobcenter/x.html")
    assert bib.startswith("@misc{kommunale-jobcenter-2026-11-0-jobcenter-x,")
    assert "title        = {Titel \\{x\\}}," in bib and bib.endswith("}")


def test_citation_cff_matches_the_generator_and_data_version() -> None:
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    released = cl.release_date(cl.load_changelog(), DATA_VERSION)
    assert text == citation.cff(DATA_VERSION, released), \
        "CITATION.cff veraltet: python -m kommunale_jobcenter.publish.citation > CITATION.cff"
    data = yaml.safe_load(text)
    assert data["cff-version"] == "1.2.0" and data["type"] == "dataset"
    assert data["version"] == DATA_VERSION and data["license"] == "CC-BY-4.0"
    assert data["authors"][0]["name"]


def test_catalogue_structure() -> None:
    package = {"descriptor": {"name": "p", "title": "P", "version": "1",
                              "licenses": [{"name": "CC-BY-4.0", "path": "x"}]},
               "issued": "2026-11-22", "modified": "2026-11-23", "landing": "p/index.html",
               "attribution": "Wir",
               "distributions": [{"title": "P zip", "href": "p.zip", "landing": "p/index.html",
                                  "format": "zip", "mediatype": "application/zip", "bytes": 10,
                                  "license": {"name": "CC-BY-4.0"}}]}
    cat = dcat.catalogue([package], "T", "D", "../index.html", "2026-11-22", "2026-11-23")
    assert cat["@type"] == "dcat:Catalog"
    ds = cat["dcat:dataset"][0]
    assert ds["dct:license"] == [{"@id": "http://dcat-ap.de/def/licenses/cc-by/4.0"}]
    assert ds["dct:modified"]["@value"] == "2026-11-23"
    assert ds["dcat:distribution"][0]["dcat:byteSize"]["@value"] == "10"
