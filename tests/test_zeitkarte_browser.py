"""Maps through time in headless Chromium: the year slider by keyboard and buttons, the
list of every year without JavaScript, and the one SVG that draws each year under its
fragment (#j2010)."""

from __future__ import annotations

import re

import pytest

from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.browser

GESCHICHTE = "#grafik-karte-status-jahre"
INDIKATOR = "#grafik-karte-q-sgbii"


def _state(page, figure: str) -> dict:
    return page.locator(figure).evaluate(
        """f => ({src: f.querySelector('.diagramm-bild img').getAttribute('src'),
                  alt: f.querySelector('.diagramm-bild img').alt,
                  live: f.querySelector('[aria-live=polite]').textContent,
                  title: f.querySelector('.diagramm-titel').textContent,
                  value: Number(f.querySelector('input[type=range]').value),
                  shown: f.querySelector('.diagramm-bild img').getClientRects().length > 0})""")


def test_slider_changes_the_year_by_keyboard(page, site_url: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES['geschichte']}")
    slider = page.locator(f"{GESCHICHTE} input[type=range]")
    assert slider.is_visible()
    label = page.locator(f"label[for='{slider.get_attribute('id')}']")
    assert label.inner_text().strip()  # a labelled control
    first, last = int(slider.get_attribute("min")), int(slider.get_attribute("max"))
    assert first == 2005 and last >= 2025
    start = _state(page, GESCHICHTE)
    assert start["value"] == last and start["src"].endswith("karte-status-jahre.svg")
    slider.focus()  # the reader turns to the map: it becomes interactive (its last year)
    page.wait_for_selector(f"{GESCHICHTE}.ist-interaktiv .diagramm-interaktiv svg",
                           timeout=20000)
    holder = page.locator(f"{GESCHICHTE} .diagramm-interaktiv")
    assert holder.is_visible() and not _state(page, GESCHICHTE)["shown"]
    page.keyboard.press("ArrowLeft")
    one_back = _state(page, GESCHICHTE)
    assert one_back["value"] == last - 1
    assert one_back["src"].endswith(f"karte-status-jahre.svg#j{last - 1}")
    assert f"1. Januar {last - 1}" in one_back["alt"] and one_back["alt"] != start["alt"]
    assert str(last - 1) in one_back["live"] and str(last - 1) in one_back["title"]
    assert one_back["shown"] and not holder.is_visible()  # another year: the static map
    page.keyboard.press("Home")
    assert _state(page, GESCHICHTE)["src"].endswith("#j2005")
    page.keyboard.press("End")
    end = _state(page, GESCHICHTE)
    assert end["value"] == last and end["src"] == start["src"] and str(last) in end["live"]
    assert holder.is_visible() and not end["shown"]  # its own year: interactive again
    assert page.console_errors == [] and page.foreign_requests == []


def test_previous_and_next_buttons_step_through_the_years(page, site_url: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES['indikator']}")
    figure = page.locator(INDIKATOR)
    last = int(figure.get_attribute("data-jahr"))
    following = figure.get_by_role("button", name="Folgejahr")
    assert following.get_attribute("aria-disabled") == "true"  # already the last year
    figure.get_by_role("button", name="Vorjahr").click()
    figure.get_by_role("button", name="Vorjahr").click()
    state = _state(page, INDIKATOR)
    assert state["value"] == last - 2 and state["src"].endswith(f"#j{last - 2}")
    assert f"Kreise, {last - 2}:" in state["alt"]
    assert "Farbstufen für alle Jahre" in state["alt"]  # one classification, said
    following.click()
    assert _state(page, INDIKATOR)["value"] == last - 1
    assert following.get_attribute("aria-disabled") == "false"
    assert page.console_errors == []


def test_without_javascript_the_latest_map_and_a_list_of_every_year(
        browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/{PAGE_TYPES['indikator']}")
    figure = page.locator(INDIKATOR)
    assert not figure.locator(".zeitkarte-regler").is_visible()
    img = figure.locator(".diagramm-bild img")
    assert img.is_visible() and img.get_attribute("src").endswith("karte-q-sgbii.svg")
    summary = figure.locator("details.zeitkarte-jahre > summary")
    assert summary.is_visible()
    summary.click()
    links = figure.locator(".zeitkarte-liste a")
    years = [int(re.search(r"#j(\d{4})$", h).group(1))
             for h in links.evaluate_all("as => as.map(a => a.getAttribute('href'))")]
    assert years == list(range(years[0], years[-1] + 1)) and len(years) >= 10
    assert links.first.is_visible()
    texts = figure.locator(".zeitkarte-liste .zeitkarte-alt").all_inner_texts()
    assert len(set(texts)) == len(years)  # a text alternative of its own for each year
    context.close()


def test_one_svg_draws_each_year_under_its_fragment(page, site_url: str) -> None:
    """The browser applies the year's colours (CSS :target) and shows the year label."""
    svg = f"{site_url}/grafiken/karte-status-jahre.svg"
    fills = {}
    for year in (2005, 2012, None):
        page.goto(svg + (f"#j{year}" if year else ""))
        fills[year] = page.evaluate(
            """() => ({fills: Array.from(document.querySelectorAll('.layer_0_marks path'))
                         .map(p => getComputedStyle(p).fill),
                       label: Array.from(document.querySelectorAll('.jahr text'))
                         .filter(t => getComputedStyle(t).display !== 'none')
                         .map(t => t.textContent)})""")
    assert fills[2005]["label"] == ["2005"] and fills[2012]["label"] == ["2012"]
    assert len(fills[None]["label"]) == 1 and int(fills[None]["label"][0]) > 2012
    assert len(fills[2005]["fills"]) == 400
    blue = "rgb(26, 94, 154)"  # zkT
    assert fills[2012]["fills"].count(blue) > fills[2005]["fills"].count(blue) > 50
