"""The statistics pages in the real built site: every indicator page, every profile
section, the comparison and the Bund page, with their charts and sources."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest

from scripts import markup
from scripts.load import load_package
from scripts.pages.statistik import KEY_INDICATORS, SOURCE_LINE

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def statistik() -> dict:
    return load_package("statistik")


def read(site: Path, relpath: str) -> str:
    return (site / relpath).read_text(encoding="utf-8")


def text_of(site: Path, relpath: str) -> str:
    """The page with entities resolved (data text is escaped, also parentheses)."""
    return html_lib.unescape(read(site, relpath))


def test_every_indicator_has_a_page_linked_from_the_overview(built_site: Path,
                                                             statistik: dict) -> None:
    ids = statistik["indikatoren"]["indikator_id"].tolist()
    assert len(ids) == 18
    overview = read(built_site, "statistik/index.html")
    for indikator_id in ids:
        slug = markup.slugify(indikator_id)
        assert (built_site / "statistik" / f"{slug}.html").is_file(), indikator_id
        assert f'href="{slug}.html"' in overview, indikator_id


def test_indicator_page_has_map_distribution_table_and_source(built_site: Path) -> None:
    html = read(built_site, "statistik/q-sgbii.html")
    assert 'id="grafik-karte-q-sgbii"' in html
    assert 'id="grafik-verteilung-q-sgbii"' in html
    assert SOURCE_LINE in html_lib.unescape(html) and "eigene Berechnung" in html
    table = html[html.index('id="kreise-tabelle"'):]
    table = table[:table.index("</table>")]
    assert table.count("<tr") == 1 + 400  # header + every Kreis
    assert "filterable" in html[html.rindex("<table", 0, html.index('id="kreise-tabelle"')):
                                html.index('id="kreise-tabelle"')]
    # the map's data: 400 Kreise, missing values stay empty in the CSV (never 0)
    csv = read(built_site, "grafiken/karte-q-sgbii.csv").splitlines()
    assert len(csv) == 401


def test_indicator_map_spec_marks_zkt_and_missing_values(built_site: Path) -> None:
    spec = json.loads(read(built_site, "grafiken/karte-q-newfbgu15-bev.vl.json"))
    text = json.dumps(spec, ensure_ascii=False)
    assert "keine Angabe" in text
    assert "datum.properties.ist_zkt" in text
    values = json.loads(spec["layer"][0]["data"]["values"])
    assert len(values) == 400
    assert all("wert" in f["properties"] for f in values)


def test_every_zkt_profile_has_its_indicator_charts(built_site: Path,
                                                    statistik: dict) -> None:
    traeger = load_package("jobcenter")["traeger"]
    names = statistik["indikatoren"].set_index("indikator_id")["indikator_name"]
    missing = []
    for slug in traeger["slug"]:
        html = read(built_site, f"jobcenter/{slug}.html")
        chart_id = f"stat-kern-{slug}"
        if f'id="grafik-{chart_id}"' not in html or not (
                built_site / "grafiken" / f"{chart_id}.svg").is_file():
            missing.append(chart_id)
            continue
        spec = read(built_site, f"grafiken/{chart_id}.vl.json")
        missing += [f"{chart_id}:{i}" for i in KEY_INDICATORS if names[i] not in spec]
    assert missing == []


def test_profile_chart_data_keep_gaps_and_mark_the_start(built_site: Path) -> None:
    spec = json.loads(read(built_site, "grafiken/stat-kern-kreis-warendorf.vl.json"))
    rows = [r for data in spec["datasets"].values() for r in data if "reihe" in r]
    assert {r["reihe"] for r in rows} >= {"Deutschland", "Median der Kreise ohne zkT"}
    assert all(r["wert"] is None or r["wert"] > 0 for r in rows)
    # Warendorf is zkT since 2012: the rule marks 2012 in the panels that have 2012
    assert "datum.jahr == 2012" in json.dumps(spec, ensure_ascii=False)
    csv = read(built_site, "grafiken/stat-kern-kreis-warendorf.csv").splitlines()
    assert csv[0] == "kennzahl,jahr,kreis,land,bund,median"
    assert len(csv) - 1 == len(rows) // 4  # one column per line


def test_former_zkt_in_a_bigger_kreis_says_figures_are_for_todays_kreis(
        built_site: Path) -> None:
    traeger = load_package("jobcenter")["traeger"]
    partial = traeger[~traeger["ist_ganzer_kreis"].astype(bool)]
    assert len(partial) > 0
    for slug in partial["slug"]:
        html = text_of(built_site, f"jobcenter/{slug}.html")
        assert "für den heutigen Kreis" in html, slug
    whole = traeger[traeger["ist_ganzer_kreis"].astype(bool)
                    & (traeger["ags"] == traeger["ags_bei_zulassung"])].iloc[0]
    assert "für den heutigen Kreis" not in text_of(built_site,
                                                   f"jobcenter/{whole['slug']}.html")


def test_comparison_page_has_every_indicator_and_the_caveats(built_site: Path,
                                                             statistik: dict) -> None:
    html = text_of(built_site, "statistik/vergleich.html")
    for name in statistik["indikatoren"]["indikator_name"]:
        assert name in html, name
    for phrase in ("keine Zufallsauswahl", "2016", "Quoten, keine Fallzahlen",
                   "Zugang 2012", "Kein Beleg für Wirkung", "Innerhalb der Kreistypen"):
        assert phrase in html, phrase
    assert 'id="grafik-vergleich-anteil-laender"' in html
    for indikator_id in KEY_INDICATORS:
        assert f'id="grafik-vergleich-laender-{markup.slugify(indikator_id)}"' in html


def test_bund_page_has_spending_figures_and_erlangen_with_sources(built_site: Path,
                                                                  statistik: dict) -> None:
    html = read(built_site, "statistik/bund.html")
    for chart_id in ("bund-ausgaben", "bund-k2", "erlangen-bestaende"):
        assert f'id="grafik-{chart_id}"' in html
    assert "Mrd. EUR" in html
    assert 'class="sicherheit sicherheit-wahrscheinlich"' in html
    for quelle_id in set(statistik["bund_kennzahlen"]["quelle_id"]):
        assert f"#q-{markup.slugify(quelle_id)}" in html, quelle_id
    # German number format in the spending table: 4,838 (Mrd. EUR, 2012 KdU)
    assert re.search(r">4,838<", html)
    quellen = read(built_site, "quellen.html")
    assert 'id="q-inkar-2024"' in quellen
