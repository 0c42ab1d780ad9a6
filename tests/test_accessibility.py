"""Accessibility: axe-core with every rule it has (WCAG 2.0–2.2 A/AA/AAA, best practice,
experimental) on every page type, keyboard access to the table filter and a chart's data,
search with umlauts, and the accessibility statement linked from every page."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest

from tests.browserutil import activate_charts
from tests.page_types import CHART_PAGE, FILTER_PAGE, PAGE_TYPES
from tests.sitecheck import linked_pages

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
STATEMENT = "barrierefreiheit.html"
SERIOUS = ("serious", "critical")
# axe-core's default run leaves out its experimental rules (and a tag list leaves out
# more): name every rule it knows.
AXE_RUN = ("() => axe.run(document, {runOnly: {type: 'rule', values:"
           " axe.getRules().map(r => r.ruleId)}, resultTypes: ['violations']})")


def run_axe(page) -> list[dict]:
    """axe-core's violations on the page, with every rule it knows."""
    assert AXE.is_file(), f"{AXE} fehlt (npm ci)"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_RUN)["violations"]


def serious(violations: list[dict]) -> list[str]:
    return [f"{v['impact']} {v['id']}: {v['help']} — {len(v['nodes'])}× z. B. "
            f"{v['nodes'][0]['target']}" for v in violations if v["impact"] in SERIOUS]


@pytest.mark.browser
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_axe_finds_no_serious_violation(page, site_url: str, kind: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES[kind]}")
    page.wait_for_load_state("load")
    activate_charts(page)  # check the interactive charts, too
    assert serious(run_axe(page)) == []


@pytest.mark.browser
def test_axe_is_the_pinned_version_and_runs_every_rule(page, site_url: str) -> None:
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["axe-core"]
    page.goto(f"{site_url}/index.html")
    page.add_script_tag(path=str(AXE))
    assert page.evaluate("axe.version") == pinned
    result = page.evaluate(AXE_RUN)
    ran = {r["id"] for kind in ("passes", "inapplicable", "violations", "incomplete")
           for r in result[kind]}
    # experimental (p-as-heading found the search results' styled titles), AAA, best
    # practice and WCAG 2.2 rules ran, too
    assert {"p-as-heading", "color-contrast-enhanced", "region", "target-size"} <= ran
    assert ran == set(page.evaluate("axe.getRules().map(r => r.ruleId)"))


def tab_until(page, selector: str, limit: int = 250) -> int:
    """Press Tab from the top of the page until the focus is on selector; return presses."""
    page.locator("body").focus()
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} nach {limit}× Tab nicht erreicht")


@pytest.mark.browser
def test_keyboard_reaches_the_table_filter(page, site_url: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES[FILTER_PAGE]}")
    page.wait_for_selector(".tabellenfilter input")
    tab_until(page, ".tabellenfilter input")
    page.keyboard.type("Warendorf")
    assert page.locator("table.filterable tbody tr:not([hidden])").count() == 1


@pytest.mark.browser
def test_keyboard_opens_the_chart_data(page, site_url: str) -> None:
    page.goto(f"{site_url}/{PAGE_TYPES[CHART_PAGE]}")
    tab_until(page, "figure.diagramm details.diagramm-daten > summary")
    # keyboard focus inside the figure is a reader turning to it: the chart turns interactive
    page.wait_for_selector("figure.diagramm.ist-interaktiv", timeout=20000)
    table = page.locator("figure.diagramm details.diagramm-daten table").first
    assert not table.is_visible()
    page.keyboard.press("Enter")
    assert table.is_visible()


@pytest.mark.browser
@pytest.mark.parametrize("name", ["Göttingen", "Günzburg"])
def test_search_finds_zkt_with_umlaut(page, site_url: str, name: str) -> None:
    from kommunale_jobcenter.load import load_package

    traeger = load_package("jobcenter")["traeger"]
    current = traeger[traeger["ist_aktuell"] & traeger["name"].str.contains(name)]
    assert len(current) >= 1, f"{name} ist kein heutiger zkT"
    page.goto(f"{site_url}/index.html")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # the theme reads the query on keyup (not on input), so type it key by key
    page.locator("input.md-search__input").press_sequentially(name)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    results = page.locator(".md-search-result__item").all_inner_texts()
    assert any(name in r for r in results), results
    links = page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    assert any(slug in " ".join(links) for slug in current["slug"]), links


@pytest.mark.build
def test_statement_is_linked_from_every_page(built_site: Path) -> None:
    assert (built_site / STATEMENT).is_file()
    link = re.compile(r'<a href="([^"]*barrierefreiheit\.html)">Erklärung zur Barrierefreiheit</a>')
    missing = []
    for page in linked_pages(built_site):
        html = page.read_text(encoding="utf-8")
        footer = html[html.rfind("<footer"):]
        found = link.search(footer)
        rel = page.relative_to(built_site).as_posix()
        target = found and posixpath.normpath(posixpath.join(posixpath.dirname(rel),
                                                              found.group(1)))
        if target != STATEMENT:
            missing.append(rel)
    assert missing == []


@pytest.mark.build
def test_statement_reports_the_axe_check(built_site: Path) -> None:
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["axe-core"]
    html = (built_site / STATEMENT).read_text(encoding="utf-8")
    assert "axe-core" in html and pinned in html
    assert "Bekannte Einschränkungen" in html
