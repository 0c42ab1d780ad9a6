"""The real site, built once: pages exist, links resolve, nothing loads from elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.suche import fragments as pagefind_fragments
from tests.sitecheck import broken_internal_links, external_asset_refs, html_pages

pytestmark = pytest.mark.build


def test_every_zkt_has_a_profile_page(built_site: Path) -> None:
    traeger = load_package("jobcenter")["traeger"]
    missing = [s for s in traeger["slug"] if not (built_site / "jobcenter" / f"{s}.html").exists()]
    assert not missing
    assert len(traeger) == 121
    assert int(traeger["ist_aktuell"].sum()) == 104


def test_core_pages_exist(built_site: Path) -> None:
    for page in ["index.html", "jobcenter/index.html", "geschichte.html", "daten/index.html",
                 "quellen.html", "methodik.html", "impressum.html", "barrierefreiheit.html"]:
        assert (built_site / page).is_file(), page


def test_no_broken_internal_link(built_site: Path) -> None:
    assert broken_internal_links(built_site) == []


def test_no_third_party_assets(built_site: Path) -> None:
    assert external_asset_refs(built_site) == []
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "cdn.jsdelivr" not in html, page


def test_profile_pages_are_not_in_the_navigation(built_site: Path) -> None:
    start = (built_site / "index.html").read_text(encoding="utf-8")
    assert "jobcenter/kreis-warendorf.html" not in start
    directory = (built_site / "jobcenter" / "index.html").read_text(encoding="utf-8")
    assert 'href="kreis-warendorf.html"' in directory


def test_search_index_is_german_and_finds_warendorf(built_site: Path) -> None:
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == ["de"]
    titles = [f["meta"]["title"] for f in pagefind_fragments(built_site)]
    assert any("Warendorf" in t for t in titles)


def test_charts_have_svg_spec_csv_and_table(built_site: Path) -> None:
    page = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'data-spec="grafiken/karte-status-aktuell.vl.json"' in page
    for ext in ("svg", "vl.json", "csv"):
        assert (built_site / "grafiken" / f"karte-status-aktuell.{ext}").stat().st_size > 100
    assert "<caption>Daten zur Grafik" in page
    svg = (built_site / "grafiken" / "karte-status-aktuell.svg").read_text(encoding="utf-8")
    assert "http://" not in svg.replace("http://www.w3.org", "")


def test_profile_page_shows_history_sources_and_successor(built_site: Path) -> None:
    traeger = load_package("jobcenter")["traeger"]
    former = traeger[traeger["nachfolger_zkt_id"].notna()].iloc[0]
    successor = traeger.set_index("zkt_id").loc[former["nachfolger_zkt_id"]]
    html = (built_site / "jobcenter" / f"{former['slug']}.html").read_text(encoding="utf-8")
    assert f'href="{successor["slug"]}.html"' in html
    assert "Quellen zu diesem Träger" in html
    assert "Status des heutigen Kreises" in html


def test_data_downloads_are_published(built_site: Path) -> None:
    for name in ("jobcenter",):
        assert (built_site / "daten" / name / "datapackage.json").is_file()
        assert (built_site / "daten" / name / "traeger.csv").is_file()
