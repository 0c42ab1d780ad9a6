"""A profile answers first (issue #14): the key-figure cards stand right under the title,
before any chart, two in a row on a 390 px phone and four at 1280 px; the box in plain
language follows the opening sentence. Data pages give their tables the width: the
generated pages hide the right-hand table of contents, the hand-written prose pages in
docs/ keep it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.page_types import PAGE_TYPES

PROFILE = PAGE_TYPES["profil"]
SIDEBAR = re.compile(r'<div class="md-sidebar md-sidebar--secondary"[^>]*>')


def _open(browser, site_url: str, width: int, path: str = PROFILE):
    context = browser.new_context(viewport={"width": width, "height": 900})
    pg = context.new_page()
    pg.goto(f"{site_url}/{path}")
    return context, pg


def _card_boxes(pg) -> list[dict]:
    cards = pg.locator(".karten-liste > .karte")
    assert cards.count() == 4
    return [cards.nth(i).bounding_box() for i in range(4)]


@pytest.mark.browser
def test_cards_come_first_two_in_a_row_on_a_phone(browser, site_url: str) -> None:
    context, pg = _open(browser, site_url, 390)
    boxes = _card_boxes(pg)
    assert len({round(b["x"]) for b in boxes}) == 2  # two columns
    assert len({round(b["y"]) for b in boxes}) == 2  # in two rows
    assert all(b["width"] >= 150 for b in boxes)
    chart = pg.locator("figure.diagramm").first.bounding_box()
    assert max(b["y"] + b["height"] for b in boxes) < chart["y"]
    # in reading order: title, cards, opening sentence, plain language, Steckbrief, charts
    order = pg.evaluate("""() => {
        const at = s => document.querySelector(s);
        const follows = (a, b) => !!(at(a).compareDocumentPosition(at(b))
                                     & Node.DOCUMENT_POSITION_FOLLOWING);
        return [follows('h1', '.karten'), follows('.karten', '.einfach'),
                follows('.einfach', '#steckbrief'), follows('#steckbrief', 'figure.diagramm')];
    }""")
    assert order == [True, True, True, True]
    assert pg.locator(".karten dt").first.inner_text().strip()  # a label, then the value
    assert pg.locator(".einfach h2").inner_text() == "In einfacher Sprache"
    assert pg.locator(".einfach a[href$='leichte-sprache.html']").count() == 1
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.mark.browser
def test_cards_four_in_a_row_and_tables_use_the_width_at_1280(browser, site_url: str) -> None:
    context, pg = _open(browser, site_url, 1280)
    boxes = _card_boxes(pg)
    assert len({round(b["x"]) for b in boxes}) == 4
    assert len({round(b["y"]) for b in boxes}) == 1
    assert not pg.locator(".md-sidebar--secondary").is_visible()
    # without the table of contents the column is about 940 px wide (with it: 690 px),
    # and every table shown gets all of it
    column = pg.locator("article.md-content__inner").bounding_box()["width"]
    widths = pg.evaluate("""() => Array.from(document.querySelectorAll('.table-wrap'))
        .filter(w => w.offsetParent !== null).map(w => w.getBoundingClientRect().width)""")
    assert column > 900 and len(widths) >= 5
    assert all(w >= column - 30 for w in widths), (column, widths)
    context.close()


@pytest.mark.browser
def test_a_table_that_scrolled_beside_the_table_of_contents_now_fits(browser,
                                                                   site_url: str) -> None:
    """The Finanzen page of a Träger: its table of shares per year (about 870 px) had to
    scroll sideways in the 690 px column beside the table of contents."""
    context, pg = _open(browser, site_url, 1280, PAGE_TYPES["finanzen-traeger"])
    overflow = pg.evaluate("""() => Array.from(document.querySelectorAll('.table-wrap'))
        .filter(w => w.offsetParent !== null && w.scrollWidth > w.clientWidth + 1)
        .map(w => w.querySelector('caption').textContent)""")
    assert overflow == []
    assert pg.locator(".table-wrap").count() >= 3
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["indikator", "methodik"])
def test_prose_keeps_its_table_of_contents_data_does_not(browser, site_url: str,
                                                         kind: str) -> None:
    context, pg = _open(browser, site_url, 1280, PAGE_TYPES[kind])
    prose = kind == "methodik"
    assert pg.locator(".md-sidebar--secondary").is_visible() == prose
    if prose:
        assert pg.locator(".md-sidebar--secondary a.md-nav__link").count() >= 3
    context.close()


@pytest.mark.build
def test_every_generated_page_type_hides_the_table_of_contents(built_site: Path) -> None:
    """The rule, on one page of every type: a page from docs/ keeps its table of contents,
    a generated one shows none (not even a hidden copy in its sidebar)."""
    for kind, path in PAGE_TYPES.items():
        page = (built_site / path).read_text(encoding="utf-8")
        sidebar = SIDEBAR.search(page)
        assert sidebar, kind
        rest = page[sidebar.end():sidebar.end() + 2000]
        handwritten = (ROOT / "docs" / path).with_suffix(".md").is_file()
        assert ("hidden" not in sidebar.group(0)) == handwritten, kind
        assert ('class="md-nav md-nav--secondary"' in rest) == handwritten, kind
