"""The Finanzen pages in the real built site: overview, one page per annex year, the
table of all Jobcenter, one page per zkT, the section on every profile page and the
§ 6c evaluation on the Vergleich page."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import markup
from kommunale_jobcenter.load import load_package

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def finanzen() -> dict[str, pd.DataFrame]:
    return load_package("finanzen")


@pytest.fixture(scope="module")
def traeger() -> pd.DataFrame:
    return load_package("jobcenter")["traeger"]


def read(site: Path, relpath: str) -> str:
    return (site / relpath).read_text(encoding="utf-8")


def table_rows(html: str, table_id: str) -> list[str]:
    """The body rows of the table with this id."""
    start = html.index(f'id="{table_id}"')
    body = html[html.index("<tbody>", start):html.index("</tbody>", start)]
    return re.findall(r"<tr[ >].*?</tr>", body)


def profile_block(html: str) -> str:
    """The Finanzen section of a profile page (up to the next h2)."""
    start = html.index('<h2 id="finanzen"')
    end = html.index("<h2", start + 10)
    return html[start:end]


def visible_text(fragment: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment))


def test_overview_is_in_the_navigation_and_links_the_tables(built_site: Path) -> None:
    for rel in ("finanzen/index.html", "finanzen/jobcenter.html"):
        assert (built_site / rel).is_file(), rel
    nav = read(built_site, "index.html")
    assert 'href="finanzen/index.html"' in nav
    # one nav entry only (every page carries the nav); tables and years hang off the overview
    assert "finanzen/jobcenter.html" not in nav and "finanzen/traeger/" not in nav
    overview = read(built_site, "finanzen/index.html")
    assert 'href="jobcenter.html"' in overview and 'href="2026.html"' in overview


def test_every_year_page_lists_every_jobcenter_of_that_year(built_site: Path,
                                                            finanzen: dict) -> None:
    anteile = finanzen["anteile"]
    years = sorted(int(y) for y in anteile["jahr"].unique())
    assert years == [2012, 2018, 2022, 2024, 2025, 2026]
    overview = read(built_site, "finanzen/index.html")
    for year in years:
        html = read(built_site, f"finanzen/{year}.html")
        expected = anteile.loc[anteile["jahr"] == year, "jobcenter_id"].nunique()
        rows = table_rows(html, "jobcenter-tabelle")
        assert len(rows) == expected, year
        assert f'id="grafik-finanzen-karte-{year}"' in html
        assert f'href="{year}.html"' in overview
        # the map's data: every Kreis, a Kreis without value stays empty (never 0)
        csv = read(built_site, f"grafiken/finanzen-karte-{year}.csv").splitlines()
        assert len(csv) == 1 + 400


def test_year_table_shows_the_printed_shares(built_site: Path, finanzen: dict) -> None:
    html = read(built_site, "finanzen/2012.html")
    rows = table_rows(html, "jobcenter-tabelle")
    warendorf = next(r for r in rows if ">Warendorf<" in r)
    assert "0,2091" in warendorf and "0,2284" in warendorf and ">zkT<" in warendorf
    assert 'href="traeger/kreis-warendorf.html"' in warendorf


def test_all_jobcenter_table_has_every_jobcenter_once(built_site: Path,
                                                      finanzen: dict) -> None:
    html = read(built_site, "finanzen/jobcenter.html")
    for table_id in ("anteile-egl", "anteile-vk"):
        assert len(table_rows(html, table_id)) == len(finanzen["jobcenter"]), table_id


def test_zkt_group_shares_on_the_overview_equal_the_sum_of_zkt_rows(
        built_site: Path, finanzen: dict) -> None:
    a = finanzen["anteile"]
    zkt = a[(a["traegerform"] == "zkT") & (a["jahr"] == 2026) & (a["mittelart"] == "vk-zkt-ba")]
    expected = f"{zkt['anteil_prozent'].sum():.2f}".replace(".", ",")
    rows = table_rows(read(built_site, "finanzen/index.html"), "zkt-anteile")
    row_2026 = next(r for r in rows if ">2026<" in r)
    assert expected in row_2026
    # the chart data: years without an annex are gaps (null), never a joined line
    spec = json.loads(read(built_site, "grafiken/finanzen-zkt-anteil.vl.json"))
    values = [r for d in spec["datasets"].values() for r in d]
    assert {r["jahr"] for r in values if r["wert"] is None} >= {2013, 2019, 2023}
    assert all(r["wert"] is not None for r in values if r["jahr"] in (2012, 2026))


def test_every_current_zkt_profile_has_the_finance_block(built_site: Path,
                                                         traeger: pd.DataFrame) -> None:
    current = traeger[traeger["ist_aktuell"].astype(bool)]
    assert len(current) == 104
    missing = []
    for slug in current["slug"]:
        html = read(built_site, f"jobcenter/{slug}.html")
        if '<h2 id="finanzen"' not in html:
            missing.append(slug)
            continue
        block = profile_block(html)
        text = visible_text(block)
        if (f'href="../finanzen/traeger/{slug}.html"' not in block
                or "Anteile an den Bundesmitteln" not in text or "2026" not in text
                or "Mittel je eLb" not in text
                or not (built_site / "finanzen" / "traeger" / f"{slug}.html").is_file()):
            missing.append(slug)
    assert missing == []


def test_finance_pages_of_the_zkt_have_a_chart_with_gaps(built_site: Path) -> None:
    html = read(built_site, "finanzen/traeger/kreis-warendorf.html")
    assert 'id="grafik-finanzen-kreis-warendorf"' in html
    spec = json.loads(read(built_site, "grafiken/finanzen-kreis-warendorf.vl.json"))
    values = [r for d in spec["datasets"].values() for r in d]
    gaps = {r["jahr"] for r in values if r["wert"] is None}
    assert gaps == set(range(2013, 2018)) | {2019, 2020, 2021, 2023}
    rows = table_rows(html, "finanzen-jahre")
    assert len(rows) == 6


def test_euro_amounts_from_shares_are_labelled_as_estimates(built_site: Path,
                                                            traeger: pd.DataFrame) -> None:
    unlabelled = []
    for slug in traeger["slug"]:
        html = read(built_site, f"jobcenter/{slug}.html")
        for paragraph in re.findall(r"<p>.*?</p>", profile_block(html), flags=re.S):
            if "Mio. €" in paragraph and "geschätzt" not in paragraph:
                unlabelled.append(slug)
        page = built_site / "finanzen" / "traeger" / f"{slug}.html"
        if page.is_file():
            text = read(built_site, f"finanzen/traeger/{slug}.html")
            for cell in re.findall(r"<strong>[^<]*Mio\. €</strong>", text):
                if not cell.startswith("<strong>geschätzt "):
                    unlabelled.append(f"{slug}: {cell}")
    assert unlabelled == []
    overview = visible_text(read(built_site, "finanzen/index.html"))
    assert "nicht das Budget" in overview and "geschätzt" in overview


def test_warendorf_shows_the_seed_budget_beside_the_estimate(built_site: Path) -> None:
    block = visible_text(profile_block(read(built_site, "jobcenter/kreis-warendorf.html")))
    assert "8.920.000 €" in block and "7.990.000 €" in block
    assert "geschätzt 9,15 Mio. €" in block and "geschätzt 8,07 Mio. €" in block
    html = read(built_site, "finanzen/traeger/kreis-warendorf.html")
    page = visible_text(html)
    assert "unter der Schätzung" in page and "Vorwegabzügen" in page
    # sources are shown by title; their id is the link target on the Quellen page
    assert "quellen.html#q-seed-waf-2011-161" in html and "quellen.html#q-biaj-202" in html


def test_former_zkt_show_the_years_they_were_in_the_annexes(built_site: Path,
                                                            traeger: pd.DataFrame,
                                                            finanzen: dict) -> None:
    jc = finanzen["jobcenter"]
    years = finanzen["anteile"].merge(jc[["jobcenter_id", "zkt_id"]], on="jobcenter_id")
    for _, t in traeger[~traeger["ist_aktuell"].astype(bool)].iterrows():
        block = visible_text(profile_block(read(built_site, f"jobcenter/{t['slug']}.html")))
        mine = sorted(years.loc[years["zkt_id"] == t["zkt_id"], "jahr"].unique())
        if mine:
            for year in mine:
                assert str(year) in block, (t["slug"], year)
        else:
            assert "keine Eingliederungsmittel-Verordnung" in block, t["slug"]


def test_organisation_form_is_shown_with_date_and_source(built_site: Path) -> None:
    block = profile_block(read(built_site, "jobcenter/kreis-offenbach.html"))
    text = visible_text(block)
    assert "Organisationsform" in text and "2008" in text
    assert 'href="../quellen.html#q-' in block


def test_vergleich_page_lists_the_evaluation_with_full_citations(built_site: Path,
                                                                 finanzen: dict) -> None:
    html = read(built_site, "statistik/vergleich.html")
    assert 'id="evaluation"' in html
    section = html[html.index('id="evaluation"'):]
    text = visible_text(section)
    facts = finanzen["fakten"][finanzen["fakten"]["thema"] == "Evaluation"]
    quellen = finanzen["quellen"].set_index("quelle_id")
    assert len(facts) >= 5
    for _, f in facts.iterrows():
        assert f["kennzahl"] in text, f["einzelfakt_id"]
        assert f'href="../quellen.html#q-{markup.slugify(f["quelle_id"])}"' in section
        assert quellen.loc[f["quelle_id"], "titel"] in text
    assert "keine Effektgrößen" in text
