"""The visitor's view on a 390 px phone and on paper (issue 14): charts drawn at ≥ 75 %
of their natural width (narrow variants through <picture>), short chart descriptions
with the full text beside the data table, wide tables scrolling with a hint and a fixed
first column, sources named by title, and a print layout without screen chrome."""

from __future__ import annotations

import re

import pytest

from kommunale_jobcenter import chart_narrow, markup
from tests.browserutil import activate_charts
from tests.page_types import PAGE_TYPES, PHONE_PAGES, PRINT_PAGE
from tests.test_accessibility import run_axe, serious

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, site_url: str):
    context = browser.new_context(viewport=PHONE)
    pg = context.new_page()
    pg.console_errors = []
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    yield pg
    context.close()


def _load_all_images(page) -> None:
    """Scroll every chart into view (the SVGs are loading="lazy") and wait for them."""
    images = page.locator("figure.diagramm .diagramm-bild img")
    for i in range(images.count()):
        images.nth(i).scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                               arg=images.nth(i).element_handle(), timeout=10000)


@pytest.mark.parametrize("kind", PHONE_PAGES)
def test_every_chart_is_drawn_at_three_quarters_of_its_width_on_a_phone(
        phone, site_url: str, kind: str) -> None:
    phone.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    _load_all_images(phone)
    charts = phone.locator("figure.diagramm .diagramm-bild img").evaluate_all(
        """imgs => imgs.map(i => ({src: (i.currentSrc || i.src).split('/').pop(),
                 shown: i.getBoundingClientRect().width, natural: i.naturalWidth}))""")
    assert charts, f"{kind}: keine Grafik"
    too_small = [f"{c['src']}: {c['shown']:.0f} von {c['natural']} px" for c in charts
                 if c["shown"] / c["natural"] < chart_narrow.MIN_SCALE]
    assert too_small == []
    # the page does not scroll sideways: every chart fits the column
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_phone_gets_the_narrow_svg_and_desktop_the_wide(browser, site_url: str) -> None:
    shown = {}
    for width in (PHONE["width"], 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        pg = context.new_page()
        pg.goto(f"{site_url}/{PAGE_TYPES['geschichte']}")
        _load_all_images(pg)
        shown[width] = pg.locator("figure.diagramm .diagramm-bild img").evaluate_all(
            "imgs => imgs.map(i => (i.currentSrc || i.src).split('/').pop())")
        context.close()
    narrow = [s for s in shown[PHONE["width"]] if s.endswith(".schmal.svg")]
    assert narrow and not any(s.endswith(".schmal.svg") for s in shown[1280])


@pytest.mark.parametrize("kind", PHONE_PAGES)
def test_chart_descriptions_are_short_outside_the_table_details(
        phone, site_url: str, kind: str) -> None:
    phone.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    figures = phone.locator("figure.diagramm")
    assert figures.count() > 0
    for i in range(figures.count()):
        figure = figures.nth(i)
        visible = figure.evaluate(
            """f => Array.from(f.querySelectorAll('p, figcaption'))
                 .filter(e => !e.closest('details') && e.getClientRects().length)
                 .map(e => e.innerText)""")
        long = [t for t in visible if len(markup.sentences(t)) > 2]
        assert long == [], f"{kind}, Grafik {i}"
        alt = figure.locator(".diagramm-bild img").get_attribute("alt") or ""
        assert 0 < len(markup.sentences(alt)) <= 2, alt
        described = figure.locator("details.diagramm-daten .diagramm-beschreibung")
        if described.count():  # the rest of the description goes with the data table
            assert not described.is_visible()
            figure.locator("details.diagramm-daten > summary").click()
            assert described.is_visible()
            assert len(markup.sentences(described.inner_text())) >= 1


def test_profile_with_a_long_chart_description_keeps_it_in_the_details(
        phone, site_url: str) -> None:
    phone.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    # the four-panel statistics chart has a long description (one sentence per panel)
    assert phone.locator("details.diagramm-daten .diagramm-beschreibung").count() >= 1


def test_wide_table_scrolls_with_a_hint_and_a_fixed_first_column(
        phone, site_url: str) -> None:
    phone.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    wide = phone.locator(".table-wrap.ist-breit").first
    wide.wait_for(timeout=10000)
    hint = wide.evaluate(
        "w => w.previousElementSibling && w.previousElementSibling.innerText")
    assert "seitlich verschieben" in hint
    assert wide.get_attribute("tabindex") == "0" and wide.get_attribute("aria-label")
    first = wide.locator("tbody th").first
    assert first.evaluate("c => getComputedStyle(c).position") == "sticky"
    before = first.bounding_box()["x"]
    wide.evaluate("w => { w.scrollLeft = 200; }")
    phone.wait_for_timeout(100)
    assert wide.evaluate("w => w.scrollLeft") > 0
    assert abs(first.bounding_box()["x"] - before) < 1  # stays while the rest scrolls


def test_sources_in_tables_show_titles_not_ids(phone, site_url: str) -> None:
    phone.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    links = phone.locator("table a[href*='quellen.html#q-']").evaluate_all(
        "as => as.map(a => [a.textContent, a.getAttribute('href').split('#q-')[1]])")
    assert len(links) > 3
    as_ids = [text for text, anchor in links if markup.slugify(text) == anchor]
    assert as_ids == []
    assert not any(re.fullmatch(r"[A-Z0-9-]{12,}", text) for text, _ in links)


def test_profile_prints_charts_and_sources_without_navigation(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    pg = context.new_page()
    pg.goto(f"{site_url}/{PAGE_TYPES[PRINT_PAGE]}")
    pg.emulate_media(media="print")
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary",
                   ".md-search", ".md-footer", ".tabellenfilter"):
        shown = pg.locator(chrome).evaluate_all(
            "els => els.filter(e => e.getClientRects().length > 0).length")
        assert shown == 0, chrome
    _load_all_images(pg)
    images = pg.locator("figure.diagramm .diagramm-bild img")
    assert images.count() >= 2
    for i in range(images.count()):
        assert images.nth(i).is_visible()
        box = images.nth(i).bounding_box()
        assert box["width"] > 100 and box["x"] + box["width"] <= 794
    assert pg.locator("figure.diagramm figcaption").first.is_visible()
    sources = pg.locator("h2#quellen")
    assert sources.is_visible()
    cited = pg.locator("h2#quellen ~ .table-wrap a[href*='quellen.html#q-']")
    assert cited.count() > 0 and cited.first.is_visible()
    pdf = pg.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 2
    context.close()


@pytest.mark.parametrize("kind", PHONE_PAGES)
def test_axe_on_a_phone_with_interactive_narrow_charts(phone, site_url: str,
                                                       kind: str) -> None:
    phone.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    phone.wait_for_load_state("load")
    activate_charts(phone)
    assert serious(run_axe(phone)) == []
    assert phone.console_errors == []
