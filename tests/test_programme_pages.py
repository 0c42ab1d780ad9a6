"""The built programme and document pages: every page exists, every fact row links to
an existing anchor on the Quellen page, the Warendorf charts are published, and zkT
profile pages list their Kreis' programme participations."""

from __future__ import annotations

import csv
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pytest

from kommunale_jobcenter import markup
from kommunale_jobcenter.load import load_package
from tests.sitecheck import parse

pytestmark = pytest.mark.build


class _Rows(HTMLParser):
    """Rows of the tables of a page: (table id, row id, hrefs in the row, row text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[str] = []
        self.rows: list[dict[str, object]] = []
        self._row: dict[str, object] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self.tables.append(a.get("id") or "")
        elif tag == "tr" and self.tables:
            self._row = {"table": self.tables[-1], "id": a.get("id"), "hrefs": [], "text": ""}
        elif tag == "a" and self._row is not None and a.get("href"):
            self._row["hrefs"].append(a["href"])  # type: ignore[union-attr]

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "table" and self.tables:
            self.tables.pop()

    def handle_data(self, data: str) -> None:
        if self._row is not None:
            self._row["text"] = str(self._row["text"]) + data


def rows_of(page: Path, table_id: str) -> list[dict[str, object]]:
    """Rows with an id (one per fact) of the table with this id."""
    return [r for r in data_rows(page, table_id) if r["id"]]


def data_rows(page: Path, table_id: str) -> list[dict[str, object]]:
    """Body rows (those with a link or an id) of the table with this id."""
    parser = _Rows()
    parser.feed(page.read_text(encoding="utf-8"))
    return [r for r in parser.rows if r["table"] == table_id and (r["hrefs"] or r["id"])]


@pytest.fixture(scope="module")
def prog() -> dict[str, pd.DataFrame]:
    return load_package("programme")


@pytest.fixture(scope="module")
def source_anchors(built_site: Path) -> set[str]:
    return parse(built_site / "quellen.html").ids


def _source_links(hrefs: list[str]) -> list[str]:
    return [urlsplit(h).fragment for h in hrefs if urlsplit(h).path.endswith("quellen.html")]


def test_every_programme_has_a_page_and_the_index_links_it(
        built_site: Path, prog: dict[str, pd.DataFrame]) -> None:
    index = (built_site / "programme" / "index.html").read_text(encoding="utf-8")
    ids = prog["programme"]["programm_id"].tolist()
    assert len(ids) == 24
    for pid in ids:
        assert (built_site / "programme" / f"{pid}.html").is_file(), pid
        assert f'href="{pid}.html"' in index, pid
    nav = (built_site / "index.html").read_text(encoding="utf-8")
    assert "programme/index.html" in nav and "dokumente/index.html" in nav
    assert "programme/perspektive-50plus.html" not in nav  # single pages stay out of the nav


def test_every_document_with_facts_has_a_page_whose_fact_rows_cite_existing_sources(
        built_site: Path, prog: dict[str, pd.DataFrame], source_anchors: set[str]) -> None:
    fakten = prog["fakten"]
    assert fakten["quelle_id"].nunique() == 5
    for quelle_id, facts in fakten.groupby("quelle_id"):
        page = built_site / "dokumente" / f"{markup.slugify(quelle_id)}.html"
        assert page.is_file(), quelle_id
        rows = rows_of(page, "fakten")
        assert {r["id"] for r in rows} == {f"fakt-{markup.slugify(f)}" for f in facts["fakt_id"]}
        for row in rows:
            anchors = _source_links(row["hrefs"])  # type: ignore[arg-type]
            assert anchors, f"{page.name}: Zeile {row['id']} ohne Quellenlink"
            missing = [a for a in anchors if a not in source_anchors]
            assert not missing, f"{page.name}: Zeile {row['id']} verweist auf {missing}"
            assert f"q-{markup.slugify(quelle_id)}" in anchors


def test_document_index_lists_every_document(built_site: Path,
                                             prog: dict[str, pd.DataFrame]) -> None:
    html = (built_site / "dokumente" / "index.html").read_text(encoding="utf-8")
    assert html.count("<tr") - 1 == len(prog["dokumente"]) == 27
    for quelle_id in prog["fakten"]["quelle_id"].unique():
        assert f'href="{markup.slugify(quelle_id)}.html"' in html


def test_siegen_wittgenstein_is_labelled_as_context_not_zkt(built_site: Path) -> None:
    html = (built_site / "dokumente" / "seed-si-2016.html").read_text(encoding="utf-8")
    assert "gemeinsame Einrichtung, kein zugelassener kommunaler Träger" in html
    assert "../jobcenter/" not in html.split("Betrifft den Kreis")[1].split("</tr>")[0]


def test_warendorf_charts_are_on_the_document_page_and_linked_from_the_profile(
        built_site: Path) -> None:
    charts = built_site / "grafiken"
    chart_id = "dokument-seed-waf-2011-161-aufteilung-waf-2012-egt"
    document = (built_site / "dokumente/seed-waf-2011-161.html").read_text(encoding="utf-8")
    assert f'id="grafik-{chart_id}"' in document
    assert 'id="grafik-dokument-seed-waf-2011-161-personal-seed-waf-2011-161"' in document
    for ext in ("svg", "vl.json", "csv"):
        assert (charts / f"{chart_id}.{ext}").stat().st_size > 100, ext
    with (charts / f"{chart_id}.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 7
    assert sum(float(r["anteil_pct"]) for r in rows) == pytest.approx(100.0)
    assert sum(float(r["betrag_eur"]) for r in rows) == pytest.approx(7_990_000, abs=7000)
    # The profile keeps every fact (table) and points to the charts instead of repeating them.
    profile = (built_site / "jobcenter/kreis-warendorf.html").read_text(encoding="utf-8")
    assert "grafik-kreis-warendorf-" not in profile
    assert "zeigen dazu 2 Grafiken" in profile
    assert 'href="../dokumente/seed-waf-2011-161.html"' in profile
    assert not list(charts.glob("kreis-warendorf-aufteilung-*"))


def test_profiles_list_their_participations(built_site: Path,
                                            prog: dict[str, pd.DataFrame]) -> None:
    traeger = load_package("jobcenter")["traeger"]
    current = traeger[traeger["ist_aktuell"].fillna(False).astype(bool)]
    teilnahmen = prog["teilnahmen"]
    with_data = current[current["ags"].isin(teilnahmen["ags"])]
    assert len(with_data) > 20
    for _, t in with_data.iterrows():
        page = built_site / "jobcenter" / f"{t['slug']}.html"
        rows = data_rows(page, "programmteilnahmen")
        expected = teilnahmen[teilnahmen["ags"] == t["ags"]]
        assert len(rows) == len(expected), t["slug"]
        for row, pid in zip(rows, sorted(expected["programm_id"]), strict=True):
            assert f"../programme/{pid}.html" in row["hrefs"], (t["slug"], pid)
            assert _source_links(row["hrefs"]), t["slug"]  # type: ignore[arg-type]


def test_profiles_without_programme_data_say_so(built_site: Path,
                                                prog: dict[str, pd.DataFrame]) -> None:
    traeger = load_package("jobcenter")["traeger"]
    known = set(prog["teilnahmen"]["ags"]) | set(prog["kennzahlen"]["ags"]) \
        | set(prog["kennzahl_kreise"]["ags"]) | set(prog["fakten"]["ags"])
    without = traeger[~traeger["ags"].isin(known)]
    assert len(without) > 10
    for slug in without["slug"]:
        html = (built_site / "jobcenter" / f"{slug}.html").read_text(encoding="utf-8")
        assert "Keine Programmdaten bekannt" in html, slug


def test_programme_page_states_that_unknown_is_not_no(built_site: Path) -> None:
    html = (built_site / "programme" / "perspektive-50plus.html").read_text(encoding="utf-8")
    assert 'id="grafik-teilnahme-perspektive-50plus"' in html
    assert "nicht, dass der Kreis nicht teilnahm" in html
    assert "Was wir noch nicht wissen" in html
    assert "vollständige Liste der Beschäftigungspakte" in html
    assert 'href="../jobcenter/kreis-warendorf.html"' in html
