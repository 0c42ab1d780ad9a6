"""Every page type (tests/page_types.py) in headless Chromium: loads without console
error, failed or foreign request; without JavaScript every chart shows its SVG and its
data table."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browserutil import activate_charts
from tests.page_types import CHART_PAGE, FILTER_PAGE, PAGE_TYPES

KINDS = list(PAGE_TYPES)


@pytest.mark.build
def test_page_type_examples_exist(built_site: Path) -> None:
    missing = [f"{k}: {p}" for k, p in PAGE_TYPES.items() if not (built_site / p).is_file()]
    assert missing == []
    chart_page = (built_site / PAGE_TYPES[CHART_PAGE]).read_text(encoding="utf-8")
    assert '<figure class="diagramm"' in chart_page
    filter_page = (built_site / PAGE_TYPES[FILTER_PAGE]).read_text(encoding="utf-8")
    assert 'class="datatable filterable"' in filter_page


@pytest.mark.browser
@pytest.mark.parametrize("kind", KINDS)
def test_page_loads_cleanly(page, site_url: str, kind: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    page.wait_for_load_state("load")
    activate_charts(page)  # every chart of the page interactive, if it has any
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() >= 1
    assert page.console_errors == []
    assert page.failed_requests == []
    assert page.foreign_requests == []


@pytest.fixture(scope="module")
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("kind", KINDS)
def test_charts_without_javascript(no_js_page, site_url: str, kind: str) -> None:
    pg = no_js_page
    pg.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    figures = pg.locator("figure.diagramm")
    table_pages: list[str] = []
    for i in range(figures.count()):
        figure = figures.nth(i)
        image = figure.locator(".diagramm-bild img")
        image.scroll_into_view_if_needed()  # the SVG is loading="lazy"
        pg.wait_for_function("img => img.complete && img.naturalWidth > 0",
                             arg=image.element_handle(), timeout=10000)
        assert image.is_visible()
        assert image.get_attribute("alt"), f"{kind}: Grafik {i} ohne Alternativtext"
        if figure.locator("details table tbody tr").count() == 0:
            # a large map's data table stands on a page of its own, linked from the figure
            link = figure.locator("details a.tabelle-seite")
            assert link.count() == 1, f"{kind}: Grafik {i} ohne Tabelle"
            table_pages.append(link.evaluate("a => a.href"))
    for url in table_pages:
        pg.goto(url)
        assert pg.locator("table tbody tr").count() >= 400, url
    if kind == CHART_PAGE:
        assert figures.count() > 0
