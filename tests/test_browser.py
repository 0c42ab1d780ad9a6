"""The built site in headless Debian Chromium: pages render, charts enhance, search works."""

from __future__ import annotations

import pytest

from tests.browserutil import activate_charts, hover_until_tooltip

pytestmark = pytest.mark.browser


def test_start_page_renders_map_interactively(page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    assert "Kommunale Jobcenter" in page.title()
    page.wait_for_load_state("networkidle")
    assert not any(r.endswith("/vega.js") for r in page.requests)  # not before a reader
    assert not any(r.endswith(".vl.json") for r in page.requests)  # turns to the chart
    assert activate_charts(page) == 1
    assert sum(r.endswith("/assets/js/vega.js") for r in page.requests) == 1
    paths = page.locator("figure.diagramm .diagramm-interaktiv svg path").count()
    assert paths > 400  # one shape per Kreis plus Länder outlines
    assert page.console_errors == []
    assert page.failed_requests == []
    assert page.foreign_requests == []


def test_start_map_tooltip_names_kreis_and_status(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{site_url}/index.html")
    activate_charts(page)
    shapes = page.locator("figure.diagramm .diagramm-interaktiv svg g.layer_0_marks path")
    assert shapes.count() == 400
    text = hover_until_tooltip(page, shapes, "Kreis")
    assert "Kreis" in text and "Status" in text, text
    assert any(s in text for s in ("zkT", "kein zkT", "zkT-Teilgebiet")), text


def test_profile_page_renders_with_locator_map(page, site_url: str) -> None:
    page.goto(f"{site_url}/jobcenter/kreis-warendorf.html")
    assert page.locator("h1").inner_text().strip() == "Kreis Warendorf"
    assert activate_charts(page) == 2  # locator map and the statistics panels
    assert page.console_errors == []
    assert page.foreign_requests == []


def test_charts_work_without_javascript(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(f"{site_url}/index.html")
    image = pg.locator("figure.diagramm img").first
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    assert pg.locator("figure.diagramm details table tbody tr").count() == 400
    context.close()


def test_search_finds_warendorf(page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # The theme reads the query on keyup, so type key by key (fill() may be ignored).
    page.locator("input.md-search__input").press_sequentially("Warendorf", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    titles = page.locator(".md-search-result__item").all_inner_texts()
    assert any("Warendorf" in t for t in titles)


def test_directory_table_filters(page, site_url: str) -> None:
    page.goto(f"{site_url}/jobcenter/index.html")
    rows = page.locator("#verzeichnis tbody tr")
    total = rows.count()
    page.get_by_label("Tabelle filtern").fill("Warendorf")
    visible = page.locator("#verzeichnis tbody tr:not([hidden])")
    assert total == 121
    assert visible.count() == 1
