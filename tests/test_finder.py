"""«Jobcenter finden»: the rows behind the search, the page of all Kreise and the search in
the browser (loaded on first use, umlauts, keyboard, no-JS fallback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommunale_jobcenter import finder
from kommunale_jobcenter.load import load_package

JC = load_package("jobcenter")


def test_one_row_per_kreis_with_todays_form() -> None:
    index = finder.kreis_index(JC["kreise"], JC["status_jahr"], JC["traeger"])
    assert len(index) == len(JC["kreise"]) == index["ags"].nunique()
    latest = JC["status_jahr"][JC["status_jahr"]["jahr"] == JC["status_jahr"]["jahr"].max()]
    assert dict(zip(index["ags"], index["status"], strict=True)) == dict(
        zip(latest["ags"], latest["status"], strict=True))


def test_every_current_traeger_is_found_by_its_kreis() -> None:
    index = finder.kreis_index(JC["kreise"], JC["status_jahr"], JC["traeger"])
    current = JC["traeger"][JC["traeger"]["ist_aktuell"].astype(bool)]
    linked = set(index["slug"]) - {""}
    assert linked == set(current["slug"])
    warendorf = index[index["ags"] == "05570"].iloc[0]
    assert (warendorf["status"], warendorf["slug"]) == ("zkT", "kreis-warendorf")


def test_records_say_the_form_and_link_profiles_or_former_traeger() -> None:
    index = finder.kreis_index(JC["kreise"], JC["status_jahr"], JC["traeger"])
    records = finder.search_records(index, lambda slug: f"{slug}.html")
    by_key = {r["k"]: r for r in records}
    assert by_key["05570"] == {"n": "Warendorf", "l": "Nordrhein-Westfalen", "k": "05570",
                               "f": "kommunales Jobcenter", "u": "kreis-warendorf.html"}
    berlin = by_key["11000"]
    assert berlin["f"] == "gemeinsame Einrichtung" and "u" not in berlin
    former = [r for r in records if r["f"].endswith("früher kommunal")]
    assert former and all("u" in r for r in former)


@pytest.mark.build
def test_page_and_json_are_built(built_site: Path) -> None:
    records = json.loads((built_site / "jobcenter" / "kreise.json").read_text("utf-8"))
    assert len(records) == len(JC["kreise"])
    html = (built_site / "jobcenter" / "kreise.html").read_text("utf-8")
    assert html.count('<tr>') >= len(JC["kreise"])
    for record in records:
        if "u" in record:
            assert (built_site / "jobcenter" / record["u"]).is_file(), record
    start = (built_site / "index.html").read_text("utf-8")
    assert start.index('class="finder"') < start.index("Grundsicherung für Arbeitsuchende")


@pytest.mark.browser
def test_search_loads_on_first_use_and_finds_umlauts(page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    assert not any(u.endswith("kreise.json") for u in page.requests)
    box = page.get_by_label("Ihr Kreis oder Ihre kreisfreie Stadt")
    box.focus()
    box.press_sequentially("gottingen", delay=20)  # typed without umlaut
    hits = page.locator("#finder-treffer li")
    hits.first.wait_for()
    assert hits.first.inner_text().startswith("Göttingen – kommunales Jobcenter")
    assert any(u.endswith("jobcenter/kreise.json") for u in page.requests)
    box.fill("")
    box.press_sequentially("Berlin", delay=20)
    page.wait_for_function(
        "document.querySelector('#finder-treffer').innerText.includes('gemeinsame')")
    assert "Berlin" in page.locator(".finder-status").inner_text() or hits.count() >= 1
    assert page.console_errors == [] and page.foreign_requests == []


@pytest.mark.browser
def test_keyboard_enter_opens_the_first_hit(page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    box = page.get_by_label("Ihr Kreis oder Ihre kreisfreie Stadt")
    box.focus()
    box.press_sequentially("Warendorf", delay=20)
    page.locator("#finder-treffer a").first.wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Warendorf"
    box.press("Enter")
    page.wait_for_url("**/jobcenter/kreis-warendorf.html")


@pytest.mark.browser
def test_without_javascript_the_list_is_the_way(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/index.html")
    assert not page.locator(".finder-form").is_visible()
    page.get_by_role("link", name="Alle 400 Kreise und kreisfreien Städte von A bis Z").click()
    page.wait_for_url("**/jobcenter/kreise.html")
    assert page.locator("#alle-kreise tbody tr").count() == 400
    context.close()
