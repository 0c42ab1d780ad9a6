"""Site search (issue #14): Pagefind, loaded only on first use, in the theme's look.

Nothing of the search is transferred on a first visit; focus in the field loads Pagefind;
German queries work (umlauts, stemming, compounds via kommunale_jobcenter/suche.py); the keyboard
reaches, operates and leaves it; axe-core with all rules finds nothing serious on it;
without JavaScript there is no dead field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kommunale_jobcenter import suche
from tests.page_types import PAGE_TYPES
from tests.test_accessibility import run_axe, serious, tab_until

FIELD = "input.md-search__input"
STATUS = "#kj-suche-status"
SEARCH_FILES = ("/pagefind/", "search_index", "/workers/search.", "lunr")


def _search_requests(page) -> list[str]:
    return [r for r in page.requests if any(s in r for s in SEARCH_FILES)]


def _query(page, text: str) -> int:
    """Type text key by key into the field; wait for the answer; return the hit count."""
    page.locator(FIELD).click()
    page.locator(FIELD).press_sequentially(text, delay=20)
    page.wait_for_function(
        "s => /Treffer/.test(document.querySelector(s).textContent)", arg=STATUS,
        timeout=30000)
    status = page.locator(STATUS).inner_text()
    match = re.search(r"(\d+) Treffer", status)
    return int(match.group(1)) if match else 0


def _hrefs(page) -> list[str]:
    return page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => a.pathname)")


def _site_words(built_site: Path) -> dict[str, set[str]]:
    """page (path below site/) → the words of its search root, as the index sees them."""
    out = {}
    for page in built_site.rglob("*.html"):
        text = suche.page_text(page.read_text(encoding="utf-8"))
        if text:
            out[page.relative_to(built_site).as_posix()] = set(suche.words(text))
    return out


# -- build ----------------------------------------------------------------------------------
@pytest.mark.build
def test_pagefind_index_is_german_and_covers_the_content_pages(built_site: Path) -> None:
    import json

    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == ["de"]
    indexed = entry["languages"]["de"]["page_count"]
    assert indexed == len(_site_words(built_site)) > 200


@pytest.mark.build
def test_no_page_references_the_theme_search(built_site: Path) -> None:
    assert not (built_site / "search" / "search_index.json").exists()
    page = (built_site / PAGE_TYPES["profil"]).read_text(encoding="utf-8")
    assert 'data-md-component="search"' not in page and 'name="search"' not in page
    assert 'role="dialog" aria-label="Suche auf dieser Website"' in page


@pytest.mark.build
def test_compound_parts_are_indexed_but_invisible(built_site: Path) -> None:
    pages = [p for p in built_site.rglob("*.html")
             if f'{suche.PARTS_ATTR}="' in p.read_text(encoding="utf-8")]
    assert len(pages) > 100
    html = pages[0].read_text(encoding="utf-8")
    tag = re.search(r"<div data-pagefind-body><span ([^>]*)></span>", html).group(1)
    assert tag.startswith(f'hidden data-pagefind-index-attrs="{suche.PARTS_ATTR}"')
    words = _site_words(built_site)
    hits = [rel for rel, ws in words.items() if "eingliederungsmittel" in ws
            and not {"mittel", "eingliederung"} & ws]  # a page that has only the compound
    assert hits, "keine Seite nur mit «Eingliederungsmittel»"
    finanzen = (built_site / hits[0]).read_text(encoding="utf-8")
    parts = re.search(rf'{suche.PARTS_ATTR}="([^"]*)"', finanzen).group(1).split()
    assert "mittel" in parts and "eingliederung" in parts


def test_searchable_empties_skipped_blocks_but_keeps_their_images() -> None:
    page = ('<div data-pagefind-body><p>Text</p><div data-search-exclude><div><div>'
            '<img src="a.svg" alt="A"></div><table><tr><td>1.234</td></tr></table></div>'
            '</div><p>Rest</p></div>')
    assert suche.searchable(page) == (
        '<div data-pagefind-body><p>Text</p><div data-search-exclude><img src="a.svg" '
        'alt="A"></div><p>Rest</p></div>')
    assert suche.searchable("<p>ohne</p>") == "<p>ohne</p>"


def test_searchable_keeps_the_head_and_the_search_root_only() -> None:
    page = ('<html lang="de"><head><title>T</title></head><body class="x"><header>'
            '<div class="nav"><img src="logo.svg"></div></header><div data-pagefind-body>'
            '<h1>Titel</h1><div><p>Text</p></div></div><footer>Fuß</footer></body></html>')
    assert suche.searchable(page) == (
        '<html lang="de"><head><title>T</title></head><body class="x">'
        '<div data-pagefind-body><h1>Titel</h1><div><p>Text</p></div></div></body></html>')


@pytest.mark.build
def test_pagefind_on_the_searchable_copy_writes_the_same_index(built_site: Path,
                                                                tmp_path: Path) -> None:
    """The build lets Pagefind read a copy without the blocks it skips (``searchable``);
    Pagefind on the pages themselves writes the same files, byte for byte (the skipped
    blocks' images stay: Pagefind takes a page's first image as its picture)."""
    pages = tmp_path / "seiten"
    for page in built_site.rglob("*.html"):
        target = pages / page.relative_to(built_site)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.read_bytes())
    suche.run_pagefind(pages)
    direct = {p.relative_to(pages / suche.PAGEFIND_DIR).as_posix(): p.read_bytes()
              for p in sorted((pages / suche.PAGEFIND_DIR).rglob("*")) if p.is_file()}
    built = {p.relative_to(built_site / suche.PAGEFIND_DIR).as_posix(): p.read_bytes()
             for p in sorted((built_site / suche.PAGEFIND_DIR).rglob("*")) if p.is_file()}
    assert len(direct) > 300
    assert direct.keys() == built.keys()
    assert [name for name in direct if direct[name] != built[name]] == []


# -- browser --------------------------------------------------------------------------------
@pytest.mark.browser
@pytest.mark.parametrize("kind", ["start", "profil", "verzeichnis", "indikator"])
def test_first_visit_transfers_nothing_of_the_search(page, site_url: str, kind: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    page.wait_for_load_state("networkidle")
    assert _search_requests(page) == []
    assert page.locator(FIELD).is_visible() or page.locator(".kj-suche-knopf").is_visible()
    assert page.console_errors == []


@pytest.mark.browser
def test_index_loads_on_first_use_and_only_then(page, site_url: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    page.wait_for_load_state("networkidle")
    page.mouse.move(400, 400)
    page.keyboard.press("PageDown")
    assert _search_requests(page) == []
    page.locator(FIELD).focus()  # turning to the search field loads Pagefind
    for _ in range(100):
        if any(r.endswith("/pagefind/pagefind.js") for r in page.requests):
            break
        page.wait_for_timeout(100)
    page.wait_for_load_state("networkidle")
    before = set(_search_requests(page))
    assert any(r.endswith("/pagefind/pagefind.js") for r in before)
    assert not any(r.endswith((".pf_index", ".pf_fragment")) for r in before)  # no query yet
    assert _query(page, "Warendorf") > 0
    after = set(_search_requests(page)) - before
    assert any(r.endswith(".pf_index") for r in after)
    assert any(r.endswith(".pf_fragment") for r in after)
    assert page.failed_requests == [] and page.foreign_requests == []
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("name", ["Göttingen", "Günzburg"])
def test_umlaut_queries_find_the_traeger(page, site_url: str, name: str) -> None:
    from kommunale_jobcenter.load import load_package

    traeger = load_package("jobcenter")["traeger"]
    current = traeger[traeger["ist_aktuell"] & traeger["name"].str.contains(name)]
    assert len(current) >= 1
    page.goto(f"{site_url}/index.html")
    assert _query(page, name) >= 1
    links = " ".join(_hrefs(page))
    assert any(f"jobcenter/{slug}.html" in links for slug in current["slug"]), links
    marks = page.locator(".md-search-result mark").all_inner_texts()
    assert any(name.lower() in m.lower() for m in marks), marks


@pytest.mark.browser
def test_stemming_finds_other_forms(page, site_url: str, built_site: Path) -> None:
    """«Trägers» finds more pages than those that contain the word «Trägers» itself."""
    words = _site_words(built_site)
    literal = sum(1 for ws in words.values() if "trägers" in ws)
    page.goto(f"{site_url}/index.html")
    assert _query(page, "Trägers") > literal


@pytest.mark.browser
def test_compound_part_finds_the_compound(page, site_url: str, built_site: Path) -> None:
    """«Mittel» finds pages that speak only of «Eingliederungsmittel» (or other compounds
    ending in «-mittel»): more pages than those with a word that starts with «mittel»."""
    words = _site_words(built_site)
    prefixed = sum(1 for ws in words.values() if any(w.startswith("mittel") for w in ws))
    only_compound = [rel for rel, ws in words.items()
                     if any(w.endswith("mittel") and len(w) > 10 for w in ws)
                     and not any(w.startswith("mittel") for w in ws)]
    assert only_compound, "keine Seite nur mit Komposita auf «-mittel»"
    page.goto(f"{site_url}/index.html")
    assert _query(page, "Mittel") > prefixed


@pytest.mark.browser
def test_keyboard_reaches_operates_and_leaves_the_search(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}/{PAGE_TYPES['methodik']}")
    tab_until(page, FIELD)
    page.keyboard.type("Warendorf", delay=20)
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.pathname")
    assert first == page.locator(".md-search-result__link").first.evaluate("a => a.pathname")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.pathname")
    assert second != first and second in _hrefs(page)
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate(f"document.activeElement.matches('{FIELD}')")
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    page.locator(FIELD).focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{first}")
    assert page.console_errors == []


@pytest.mark.browser
def test_keyboard_opens_the_search_on_a_phone(page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    assert page.locator(".kj-suche-knopf").is_visible()
    assert not page.locator("#__search").is_checked()
    tab_until(page, ".kj-suche-knopf")
    page.keyboard.press("Enter")
    assert page.evaluate(f"document.activeElement.matches('{FIELD}')")
    page.keyboard.type("Göttingen", delay=20)
    page.wait_for_selector(".md-search-result__item")
    assert page.locator(".md-search-result__item").first.is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    assert not page.locator(".md-search-result__item").first.is_visible()
    assert page.evaluate("document.activeElement.matches('.kj-suche-knopf')")


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_all_rules_find_nothing_serious_on_the_open_search(page, site_url: str,
                                                               width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    if width < 700:
        page.locator(".kj-suche-knopf").click()
    _query(page, "Göttingen")
    # the whole page with the results open, every rule (experimental ones too)
    assert serious(run_axe(page)) == []


@pytest.mark.browser
def test_without_javascript_the_magnifier_links_to_the_directory(browser,
                                                                 site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/{PAGE_TYPES['profil']}")
    assert not page.locator(FIELD).is_visible()
    assert not page.locator(".kj-suche-knopf").is_visible()
    link = page.locator("a.kj-suche-ohne-js")
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/jobcenter/index.html")
    assert page.locator("h1").inner_text().strip() != ""
    context.close()
