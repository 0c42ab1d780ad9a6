"""Page weight budgets of issue #7 on the real site, as sizes (deterministic), not times:
the time targets are measured by ``make bench``, never asserted in a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunale_jobcenter import page_weight

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def weights(built_site: Path) -> dict:
    return page_weight.page_weights(built_site)


def test_every_profile_page_without_javascript_stays_under_150_kb(weights: dict) -> None:
    profiles = {rel: p["html_und_svg"] for rel, p in weights["seiten"].items()
                if p["typ"] == "jobcenter/*"}
    assert len(profiles) == 121
    heavy = {rel: size for rel, size in profiles.items()
             if size >= page_weight.TARGET_PROFILE_BYTES}
    assert heavy == {}


def test_every_profile_first_visit_stays_under_150_kb_gzip(weights: dict) -> None:
    """Issue #14: a profile with every CSS, JS, SVG and image it loads, gzip; the search
    is not part of a first visit (tests/test_search.py checks that in the browser)."""
    profiles = {rel: p for rel, p in weights["seiten"].items() if p["typ"] == "jobcenter/*"}
    assert len(profiles) == 121
    heavy = {rel: p["erster_aufruf_gzip"] for rel, p in profiles.items()
             if p["erster_aufruf_gzip"] > page_weight.TARGET_PROFILE_FIRST_VISIT_GZIP}
    assert heavy == {}
    assert all(p["gesamt_gzip"] > 20_000 for p in profiles.values())  # really counted


def test_no_page_loads_a_search_index_on_first_visit(weights: dict, built_site: Path) -> None:
    assert {rel: p["suche_gzip"] for rel, p in weights["seiten"].items()
            if p["suche_gzip"]} == {}
    assert (built_site / "pagefind" / "pagefind.js").is_file()  # the index exists
    for page in ("index.html", "jobcenter/kreis-warendorf.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert "pagefind/pagefind.js" in html  # named only as data, loaded on first use
        assert '<script src="../pagefind' not in html and '<script src="pagefind' not in html


def test_profile_pages_on_a_phone_stay_under_150_kb_with_their_narrow_charts(
        weights: dict) -> None:
    """A phone fetches the narrow variant instead of a wide chart: counted separately."""
    profiles = {rel: p for rel, p in weights["seiten"].items() if p["typ"] == "jobcenter/*"}
    assert sum(p["schmale_grafiken"] > 0 for p in profiles.values()) > 100
    heavy = {rel: p["html_und_svg_telefon"] for rel, p in profiles.items()
             if p["html_und_svg_telefon"] >= page_weight.TARGET_PROFILE_BYTES}
    assert heavy == {}


def test_start_page_first_visit_stays_under_600_kb_gzip(weights: dict) -> None:
    start = weights["seiten"]["index.html"]
    assert 0 < start["erster_aufruf_gzip"] < page_weight.TARGET_START_GZIP_BYTES


def test_chart_javascript_only_on_chart_pages_from_one_url_and_never_up_front(
        weights: dict) -> None:
    vega = weights["vega"]
    assert vega["seiten_mit_grafik"] > 100
    assert vega["seiten_mit_vega"] == vega["seiten_mit_grafik"]
    assert vega["grafik_ohne_vega"] == [] and vega["vega_ohne_grafik"] == []
    assert vega["dateien"] == ["assets/js/vega.js"]
    assert vega["vega_beim_ersten_aufruf"] == []
    assert weights["fehlende_verweise"] == {}
