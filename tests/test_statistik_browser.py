"""Statistics pages in headless Chromium: the indicator map becomes interactive and its
tooltip names a Kreis with a German-formatted value."""

from __future__ import annotations

import re

import pytest

from tests.browserutil import hover_until_tooltip

pytestmark = pytest.mark.browser

MAP = "#grafik-karte-q-sgbii"


def test_indicator_map_tooltip_shows_kreis_and_german_number(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{site_url}/statistik/q-sgbii.html")
    page.locator(MAP).hover()  # the reader turns to the map: now it becomes interactive
    page.wait_for_selector(f"{MAP}.ist-interaktiv .diagramm-interaktiv svg", timeout=20000)
    shapes = page.locator(f"{MAP} .diagramm-interaktiv svg g.layer_0_marks path")
    assert shapes.count() >= 390  # one shape per Kreis with a value
    text = hover_until_tooltip(page, shapes, "Kreis")
    assert "Kreis" in text, text
    assert re.search(r"\d+,\d\b", text), text  # comma decimal, e.g. 7,3
    assert not re.search(r"\d\.\d\b", text), text  # no English decimal point
    assert re.search(r"\bzkT\b|kein zkT", text), text
    assert page.console_errors == []
    assert page.foreign_requests == []


def test_profile_charts_render_without_errors(page, site_url: str) -> None:
    page.goto(f"{site_url}/jobcenter/landkreis-havelland.html")
    page.locator("#grafik-stat-kern-landkreis-havelland").hover()
    page.wait_for_selector("#grafik-stat-kern-landkreis-havelland.ist-interaktiv",
                           timeout=20000)
    assert page.locator("#sgb-ii-statistik").count() == 1
    assert page.console_errors == []
