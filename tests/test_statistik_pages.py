"""The statistics pages, generated from the real data into a temporary folder (only the
statistik and Bund pages and the statistics section of every profile, not the whole site):
every indicator page, the overview, the comparison and the Bund page, with their charts,
sources, the BA attribution and what the Mindestsicherungsquote counts."""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from kommunale_jobcenter import kreisvergleich as kv
from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.build import CACHE_DIR
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.pages import bund, statistik
from kommunale_jobcenter.publish.theme import page_attributions
from kommunale_jobcenter.site import Site

pytestmark = pytest.mark.slow

BA_ATTRIBUTION = "Quelle: Statistik der Bundesagentur für Arbeit"
SMIN = "a_sMin"


@dataclass
class Generated:
    site: Site
    docs: Path
    profiles: dict[str, str]  # slug → Markdown of the statistics section


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    docs = tmp_path_factory.mktemp("statistik-seiten")
    site = Site(build_context(load_all(), publish=False), docs, CACHE_DIR)
    statistik.generate(site)
    bund.generate(site)
    profiles = {}
    for _, row in site.packages["jobcenter"]["traeger"].iterrows():
        page = f"jobcenter/{row['slug']}.md"
        profiles[row["slug"]] = statistik.profile_section(site, page, row)
    return Generated(site, docs, profiles)


def read(docs: Path, relpath: str) -> str:
    return (docs / relpath).read_text(encoding="utf-8")


def text_of(markdown: str) -> str:
    """The page with entities resolved (data text is escaped, also parentheses)."""
    return html_lib.unescape(markdown)


def statistik_pages(generated: Generated) -> list[str]:
    return sorted(p for p in generated.site.pages if p.startswith("statistik/"))


def test_every_indicator_has_a_page_linked_from_the_overview(generated: Generated) -> None:
    ids = generated.site.packages["statistik"]["indikatoren"]["indikator_id"].tolist()
    assert len(ids) == 18
    overview = read(generated.docs, statistik.INDEX)
    for indikator_id in ids:
        slug = markup.slugify(indikator_id)
        assert (generated.docs / "statistik" / f"{slug}.md").is_file(), indikator_id
        assert f'href="{slug}.html"' in overview, indikator_id


def test_every_page_with_ba_figures_carries_the_ba_attribution(generated: Generated) -> None:
    """Visible in the page body, and recorded as a cited source so that the footer of the
    page («Daten Dritter auf dieser Seite») names it too."""
    site = generated.site
    pages = statistik_pages(generated)
    assert len(pages) == 18 * 2 + 3  # indicator pages and their tables, overview pages
    footer = page_attributions(site.packages, site.source_usage)
    for page in pages:
        assert BA_ATTRIBUTION in text_of(read(generated.docs, page)), page
        assert page in site.source_usage[statistik.BA], page
        assert BA_ATTRIBUTION in footer[page], page
    with_chart = [s for s, md in generated.profiles.items() if md]
    assert len(with_chart) == len(generated.profiles) > 100
    for slug in with_chart:
        assert BA_ATTRIBUTION in text_of(generated.profiles[slug]), slug
        assert f"jobcenter/{slug}.md" in site.source_usage[statistik.BA], slug


def test_inkar_and_destatis_attributions_with_their_licence(generated: Generated) -> None:
    index = text_of(read(generated.docs, statistik.INDEX))
    assert "Datenquelle: INKAR 2024, BBSR Bonn" in index and "dl-de/by-2-0" in index
    site = generated.site
    vergleich = text_of(read(generated.docs, statistik.VERGLEICH))
    destatis = statistik.attribution(site, statistik.STATUS_QUELLEN[1])
    assert "Destatis" in destatis and f"{destatis}, dl-de/by-2-0" in vergleich
    karte = text_of(read(generated.docs, "statistik/q-sgbii.md"))
    assert statistik.attribution(site, statistik.BKG) in karte


def test_mindestsicherungsquote_is_not_presented_as_sgb2(generated: Generated) -> None:
    page = text_of(read(generated.docs, urls.indicator(SMIN)))
    assert "Keine Kennzahl der Grundsicherung für Arbeitsuchende" in page
    for part in ("Sozialhilfe", "Grundsicherung im Alter und bei Erwerbsminderung",
                 "Asylbewerber"):
        assert part in page, part
    overview = text_of(read(generated.docs, statistik.INDEX))
    sgb2_table = overview[overview.index('id="indikatoren"'):]
    sgb2_table = sgb2_table[:sgb2_table.index("</table>")]
    assert "a-smin.html" not in sgb2_table  # not among the SGB II indicators
    assert "Die 17 Indikatoren zur Grundsicherung für Arbeitsuchende" in sgb2_table
    assert 'id="indikatoren-weitere"' in overview and "Mehr als das SGB II" in overview
    warendorf = text_of(generated.profiles["kreis-warendorf"])
    assert "Drei Kennzahlen der Grundsicherung für Arbeitsuchende und die " \
           "Mindestsicherungsquote" in warendorf
    assert "Sozialhilfe" in warendorf


def test_indicator_page_has_map_distribution_table_and_source(generated: Generated) -> None:
    md = read(generated.docs, "statistik/q-sgbii.md")
    assert 'id="grafik-karte-q-sgbii"' in md
    assert 'id="grafik-verteilung-q-sgbii"' in md
    assert "eigene Berechnung" in md
    # no table of all 400 Kreise on the indicator page (issue #14: it loads fast on a
    # phone); the figure and the section «Alle Kreise» link the page that has them
    assert md.count("<tr") < 60
    assert md.count('href="q-sgbii-kreise.html"') == 2  # the map's data, «Alle Kreise»
    tables = read(generated.docs, "statistik/q-sgbii-kreise.md")
    table = tables[tables.index('id="kreise-tabelle"'):]
    table = table[:table.index("</table>")]
    assert table.count("<tr") == 1 + 400  # header + every Kreis
    assert 'href="../jobcenter/kreis-warendorf.html"' in table
    years = tables[tables.index('id="kreise-jahre"'):]
    years = years[:years.index("</table>")]
    assert years.count("<tr") == 1 + 400
    header = read(generated.docs, "grafiken/karte-q-sgbii.csv").splitlines()[0].split(",")
    map_years = [c for c in header if c.isdigit()]
    assert len(map_years) > 10
    assert all(f">{y}</th>" in years for y in map_years)  # every year of the map
    csv = read(generated.docs, "grafiken/karte-q-sgbii.csv").splitlines()
    assert len(csv) == 401  # missing values stay empty in the CSV (never 0)


def test_indicator_map_spec_marks_zkt_and_missing_values(generated: Generated) -> None:
    spec = json.loads(read(generated.docs, "grafiken/karte-q-newfbgu15-bev.vl.json"))
    text = json.dumps(spec, ensure_ascii=False)
    assert "keine Angabe" in text
    assert "datum.properties.ist_zkt" in text
    values = json.loads(spec["layer"][0]["data"]["values"])
    assert len(values) == 400


def test_profile_chart_data_keep_gaps_and_mark_the_start(generated: Generated) -> None:
    spec = json.loads(read(generated.docs, "grafiken/stat-kern-kreis-warendorf.vl.json"))
    rows = [r for data in spec["datasets"].values() for r in data if "reihe" in r]
    assert {r["reihe"] for r in rows} >= {"Deutschland", "Median der Kreise ohne zkT"}
    assert all(r["wert"] is None or r["wert"] > 0 for r in rows)
    assert "datum.jahr == 2012" in json.dumps(spec, ensure_ascii=False)
    csv = read(generated.docs, "grafiken/stat-kern-kreis-warendorf.csv").splitlines()
    assert csv[0] == "kennzahl,jahr,kreis,land,bund,median"
    assert len(csv) - 1 == len(rows) // 4  # one column per line


def test_former_zkt_in_a_bigger_kreis_says_figures_are_for_todays_kreis(
        generated: Generated) -> None:
    traeger = generated.site.packages["jobcenter"]["traeger"]
    partial = traeger[~traeger["ist_ganzer_kreis"].astype(bool)]
    assert len(partial) > 0
    for slug in partial["slug"]:
        assert "für den heutigen Kreis" in text_of(generated.profiles[slug]), slug


def test_comparison_page_has_every_indicator_and_the_caveats(generated: Generated) -> None:
    md = text_of(read(generated.docs, statistik.VERGLEICH))
    for name in generated.site.packages["statistik"]["indikatoren"]["indikator_name"]:
        assert name in md, name
    for phrase in ("keine Zufallsauswahl", "2016", "Quoten, keine Fallzahlen",
                   "Zugang 2012", "Kein Beleg für Wirkung", "Innerhalb der Kreistypen"):
        assert phrase in md, phrase
    assert 'id="grafik-vergleich-anteil-laender"' in md
    for indikator_id in statistik.key_indicators():
        assert f'id="grafik-vergleich-laender-{markup.slugify(indikator_id)}"' in md


def test_bund_page_has_spending_figures_and_erlangen_with_sources(
        generated: Generated) -> None:
    md = read(generated.docs, bund.PAGE)
    for chart_id in ("bund-ausgaben", "bund-k2", "erlangen-bestaende"):
        assert f'id="grafik-{chart_id}"' in md
    assert "Mrd. EUR" in md
    assert 'class="sicherheit sicherheit-wahrscheinlich"' in md
    for quelle_id in set(generated.site.packages["statistik"]["bund_kennzahlen"]["quelle_id"]):
        assert f"#q-{markup.slugify(quelle_id)}" in md, quelle_id
    assert re.search(r">4,838<", md)  # German number format: 2012 KdU in Mrd. EUR


def test_comparison_data_has_one_file_per_kreis_and_every_profile_the_widget(
        generated: Generated) -> None:
    """daten/vergleich/: the index and exactly one file per Kreis, each the record the
    pure functions give; every profile with statistics starts the widget with its Kreis,
    and the links in the index resolve to generated files."""
    folder = generated.docs / urls.VERGLEICH_DIR
    kreise = generated.site.packages["jobcenter"]["kreise"]
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"{kv.INDEX}.json", *(f"{a}.json" for a in kreise["ags"])])
    index = json.loads(read(generated.docs, urls.comparison_data(kv.INDEX)))
    assert [i["id"] for i in index["indikatoren"]] == statistik.key_indicators()
    assert index["max"] == 5 and "INKAR 2024" in index["quelle"]
    assert BA_ATTRIBUTION.removeprefix("Quelle: ") in index["quelle"]
    for target in [index["kreise"], *(i["seite"] for i in index["indikatoren"])]:
        assert target.startswith("../../")
    warendorf = json.loads(read(generated.docs, urls.comparison_data("05570")))
    assert warendorf["name"] == "Warendorf" and warendorf["quelle"] == index["quelle"]
    traeger = generated.site.packages["jobcenter"]["traeger"].set_index("slug")
    for slug, md in generated.profiles.items():
        if md:
            ags = traeger.at[slug, "ags"]
            assert f'data-kv="../daten/vergleich/index.json" data-kv-kreis="{ags}"' in md
            assert '<script src="../assets/js/vergleich.js" defer>' in md
    vergleich = read(generated.docs, statistik.VERGLEICH)
    assert 'data-kv="../daten/vergleich/index.json" hidden' in vergleich
