"""«Kreise vergleichen» in headless Chromium: the address sets the view, the keyboard
changes it, a reload restores it, the CSV equals the table, at most five Kreise, unknown
codes are named, no console errors and no foreign requests; without JavaScript the widget
is absent and the static chart stays."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kommunale_jobcenter import kreisvergleich as kv
from kommunale_jobcenter import markup, urls
from tests.test_accessibility import AXE

pytestmark = pytest.mark.browser

PROFILE = "jobcenter/kreis-warendorf.html"
TABLE = ".kv table.kv-daten"


def record(built_site: Path, name: str) -> dict:
    return json.loads((built_site / urls.comparison_data(name)).read_text(encoding="utf-8"))


def open_view(page, url: str, width: int = 1280) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url)
    page.wait_for_selector(TABLE)


def chips(page) -> list[str]:
    return page.locator(".kv-chips li > span").all_inner_texts()


def table(page) -> list[list[str]]:
    """Header and body of the widget's table, cell texts as shown."""
    return page.locator(TABLE).evaluate(
        "t => Array.from(t.rows, r => Array.from(r.cells, c => c.textContent))")


def expected_table(built_site: Path, codes: list[str], indikator_id: str) -> list[list[str]]:
    """What the table must show: the values of the JSON files, German format."""
    index = record(built_site, kv.INDEX)
    ind = next(i for i in index["indikatoren"] if i["id"] == indikator_id)
    records = [record(built_site, c) for c in codes]
    labels = [f"{r['name']} ({index['zusatz'][r['ags']]})" if r["ags"] in index["zusatz"]
              else r["name"] for r in records]
    rows = [["Jahr", *labels]]
    for year in range(ind["von"], ind["bis"] + 1):
        row = [str(year)]
        for r in records:
            reihe = r["reihen"][indikator_id]
            at = year - reihe["von"]
            value = reihe["werte"][at] if 0 <= at < len(reihe["werte"]) else None
            row.append(markup.format_number(value, ind["stellen"]))
        rows.append(row)
    return rows


def search_of(page) -> str:
    return page.evaluate("location.search")


def add_by_keyboard(page, name: str) -> None:
    page.locator(".kv input[role=combobox]").focus()
    page.keyboard.type(name)
    page.wait_for_selector(".kv-treffer li[role=option]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")


def test_the_address_shows_exactly_those_kreise(page, site_url: str,
                                                  built_site: Path) -> None:
    open_view(page, f"{site_url}/{PROFILE}?vergleich=05570,05566")
    assert chips(page) == ["Warendorf", "Steinfurt"]
    assert table(page) == expected_table(built_site, ["05570", "05566"], "q_SGBII")
    assert page.locator(".kv-svg g.kv-reihe").count() == 2
    assert page.locator(".kv select").input_value() == "q_SGBII"
    assert page.locator(".kv-meldung").is_hidden()
    assert "Statistik der Bundesagentur für Arbeit" in page.locator(".kv-grafik").inner_text()
    assert page.console_errors == [] and page.failed_requests == []
    assert page.foreign_requests == []


def test_keyboard_changes_the_view_the_address_follows_and_a_reload_restores_it(
        page, site_url: str, built_site: Path) -> None:
    open_view(page, f"{site_url}/{PROFILE}?vergleich=05570,05566")
    add_by_keyboard(page, "Gütersloh")
    page.wait_for_function("document.querySelectorAll('.kv-chips li').length === 3")
    assert search_of(page) == "?vergleich=05570,05566,05754&indikator=q_SGBII"
    assert "Gütersloh hinzugefügt." in page.locator(".kv-status").inner_text()
    page.locator(".kv select").focus()
    page.keyboard.press("ArrowDown")  # the next indicator, by keyboard
    page.wait_for_function("location.search.endsWith('indikator=q_PBG_bev')")
    page.wait_for_function(
        "document.querySelector('.kv-daten caption').textContent.startsWith('Personen')")
    codes = ["05570", "05566", "05754"]
    shown = table(page)
    assert shown == expected_table(built_site, codes, "q_PBG_bev")
    page.reload()
    page.wait_for_selector(TABLE)
    assert chips(page) == ["Warendorf", "Steinfurt", "Gütersloh"]
    assert page.locator(".kv select").input_value() == "q_PBG_bev"
    assert table(page) == shown
    # a chip's button removes its Kreis; the focus moves on to the next chip
    page.locator(".kv-chips button").nth(1).focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.kv-chips li').length === 2")
    assert search_of(page) == "?vergleich=05570,05754&indikator=q_PBG_bev"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == \
        "Gütersloh entfernen"
    assert page.console_errors == [] and page.foreign_requests == []


def test_the_csv_holds_exactly_the_table(page, site_url: str) -> None:
    open_view(page, f"{site_url}/{PROFILE}?vergleich=05570,09163,03159&indikator=a_sMin")
    with page.expect_download() as download:
        page.locator(".kv-csv").click()
    assert download.value.suggested_filename == "kreisvergleich-a_sMin-05570-09163-03159.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))  # comma, as every CSV of the site
    shown = table(page)
    assert rows[0] == shown[0] == ["Jahr", "Warendorf", "Rosenheim (Kreisfreie Stadt)",
                                   "Göttingen"]
    assert len(rows) == len(shown) > 5
    for got, want in zip(rows[1:], shown[1:], strict=True):
        assert got[0] == want[0]
        assert [markup.format_number(float(v) if v else None, 1) for v in got[1:]] == want[1:]
    assert any("." in v for row in rows[1:] for v in row[1:])  # full values, point decimal
    assert page.console_errors == [] and page.foreign_requests == []


def test_at_most_five_kreise(page, site_url: str) -> None:
    six = "05570,05566,05754,09163,11000,03159"
    open_view(page, f"{site_url}/{PROFILE}?vergleich={six}")
    assert len(chips(page)) == 5
    notice = page.locator(".kv-meldung")
    assert notice.is_visible() and "03159" in notice.inner_text()
    before = search_of(page)
    add_by_keyboard(page, "Leipzig")
    page.wait_for_function("document.querySelector('.kv-status').textContent.includes('5')")
    assert "schon 5 Kreise" in page.locator(".kv-status").inner_text()
    assert len(chips(page)) == 5 and search_of(page) == before
    assert page.locator(".kv table.kv-daten thead th").count() == 1 + 5
    assert page.locator(".kv-svg g.kv-reihe").count() == 5


def test_unknown_codes_and_indicator_are_named_and_ignored(page, site_url: str) -> None:
    open_view(page, f"{site_url}/{PROFILE}?vergleich=05570,99999,123,abc&indikator=q_XYZ")
    assert chips(page) == ["Warendorf"]
    notice = page.locator(".kv-meldung")
    assert notice.is_visible()
    for code in ("99999", "123", "abc", "q_XYZ"):
        assert code in notice.inner_text(), code
    assert page.locator(".kv select").input_value() == "q_SGBII"
    assert page.console_errors == [] and page.failed_requests == []


def test_a_profile_loads_the_widget_only_near_it_and_starts_with_its_kreis(
        page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}/{PROFILE}")
    page.wait_for_load_state("load")
    assert not [u for u in page.requests if "/daten/vergleich/" in u]  # a first visit
    page.locator(".kv").scroll_into_view_if_needed()
    page.wait_for_selector(TABLE)
    assert chips(page) == ["Warendorf"]
    assert search_of(page) == ""  # the address changes only when the reader does


def test_the_vergleich_page_tells_kreise_of_the_same_name_apart(page, site_url: str) -> None:
    open_view(page, f"{site_url}/statistik/vergleich.html?vergleich=09163,09187")
    assert chips(page) == ["Rosenheim (Kreisfreie Stadt)", "Rosenheim (Landkreis)"]
    page.locator(".kv-chips button").first.click()
    page.locator(".kv-chips button").first.click()
    page.wait_for_selector(".kv-leer:visible")
    assert page.locator(".kv-ergebnis").is_hidden()
    assert search_of(page) == "?vergleich=&indikator=q_SGBII"


def test_phone_width_fits_and_axe_finds_nothing_with_the_list_open(page,
                                                                   site_url: str) -> None:
    open_view(page, f"{site_url}/{PROFILE}?vergleich=05570,05566,09163,11000,03159", 390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator(".kv-bild").bounding_box()
    chart = page.locator(".kv-svg").bounding_box()
    assert box and chart and chart["width"] <= box["width"] + 1
    page.locator(".kv input[role=combobox]").focus()
    page.keyboard.type("Ber")
    page.wait_for_selector(".kv-treffer li[role=option]")
    page.keyboard.press("ArrowDown")
    assert page.locator(".kv input[role=combobox]").get_attribute("aria-expanded") == "true"
    page.add_script_tag(path=str(AXE))  # the widget only: the page is checked elsewhere
    result = page.evaluate(  # every rule axe knows, as in tests/test_accessibility.py
        "() => axe.run(document.querySelector('.kv'), {runOnly: {type: 'rule', values:"
        " axe.getRules().map(r => r.ruleId)}, resultTypes: ['violations']})")
    violations = [f"{v['id']}: {v['nodes'][0]['target']}" for v in result["violations"]
                  if v["impact"] in ("serious", "critical")]
    assert violations == []
    assert len(result["passes"]) > 10  # the rules really ran on the widget


def test_without_javascript_the_widget_is_absent_and_the_static_chart_stays(
        browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/{PROFILE}?vergleich=05570,05566")
        assert page.locator(".kv").count() == 1 and page.locator(".kv").is_hidden()
        assert page.locator("#grafik-stat-kern-kreis-warendorf img").is_visible()
    finally:
        context.close()
