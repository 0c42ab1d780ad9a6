"""The search index's helpers without a site build: the decompounder, page text, the
annotation of pages, and the gzip server that bench uses for transfer sizes."""

from __future__ import annotations

import dataclasses
import gzip
import urllib.request
from pathlib import Path

from kommunale_jobcenter import suche
from kommunale_jobcenter.gzip_server import serve

VOCAB = {"eingliederung", "mittel", "verwaltung", "kosten", "träger", "land", "kreis",
         "arbeit", "markt", "leistung", "bezieher"}


def test_splits_compounds_with_and_without_linking_element() -> None:
    assert suche.split_compound("Eingliederungsmittel", VOCAB) == ["eingliederung", "mittel"]
    assert suche.split_compound("Verwaltungskosten", VOCAB) == ["verwaltung", "kosten"]
    assert suche.split_compound("Landkreis", VOCAB) == ["land", "kreis"]
    assert suche.split_compound("Arbeitsmarkt", VOCAB) == ["arbeit", "markt"]


def test_a_head_that_ends_in_a_linking_element_loses_it() -> None:
    vocab = VOCAB | {"eingliederungs"}  # «Eingliederungs- und Verwaltungsmittel»
    assert suche.split_compound("Eingliederungsmittel", vocab) == ["eingliederung", "mittel"]


def test_splits_three_parts() -> None:
    assert suche.split_compound("Arbeitsmarktleistung", VOCAB) == ["arbeit", "markt",
                                                                   "leistung"]


def test_leaves_words_alone_that_are_no_compound_of_site_words() -> None:
    assert suche.split_compound("Mittelwert", VOCAB) == []  # «wert» is no site word here
    assert suche.split_compound("Optionskommune", VOCAB) == []
    assert suche.split_compound("Mittel", VOCAB) == []  # too short to be a compound


def test_compound_parts_of_a_text_skip_short_words_and_words_already_there() -> None:
    text = "Die Eingliederungsmittel und die Mittel der Verwaltungskosten im Landkreis"
    parts = suche.compound_parts(text, VOCAB)
    assert parts == ["eingliederung", "kosten", "verwaltung"]  # «mittel» stands in the text;
    # «Landkreis» has 9 letters: shorter than MIN_COMPOUND, not split


def test_vocabulary_needs_two_occurrences_and_four_letters() -> None:
    vocab = suche.vocabulary(["Mittel Mittel Amt Amt", "Kosten", "Kosten Rat"])
    assert vocab == {"mittel", "kosten"}


def test_page_text_reads_only_the_search_root_without_scripts() -> None:
    page = ('<html><nav>Navigation</nav><div data-pagefind-body><p>Jobcenter &amp; '
            'Träger</p><script>var x = "Skript";</script></div></html>')
    text = suche.page_text(page)
    assert "Jobcenter & Träger" in text
    assert "Navigation" not in text and "Skript" not in text
    assert suche.page_text("<html><p>ohne Suchwurzel</p></html>") == ""


def test_annotation_adds_the_parts_as_an_attribute_only_pagefind_reads(tmp_path: Path) -> None:
    body = ("<div data-pagefind-body><p>Eingliederungsmittel der Träger, Mittel und "
            "Eingliederung, Mittel und Eingliederung.</p></div>")
    (tmp_path / "a.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>keine Suchwurzel</p></body></html>",
                                     encoding="utf-8")
    assert suche.annotate_compounds(tmp_path).annotated == 0  # «mittel» is in a's text
    (tmp_path / "c.html").write_text(
        "<html><body><div data-pagefind-body><p>Verwaltungsmittel &lt;b&gt;"
        "</p></div></body></html>", encoding="utf-8")
    assert suche.annotate_compounds(tmp_path).annotated == 1
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert ('<div data-pagefind-body><span hidden data-pagefind-index-attrs="data-wortteile" '
            'data-wortteile="mittel"></span><p>') in html
    assert "&lt;b&gt;" in html  # the page itself is unchanged otherwise


def _pages(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.html"))}


def test_a_kept_memo_gives_what_a_fresh_annotation_gives(tmp_path: Path) -> None:
    """The next build reuses the entries of unchanged pages; a changed page, a page whose
    parts a new word of the site changes, and new rules are all found again."""
    site = tmp_path / "site"
    site.mkdir()
    root = "<html><body>" + suche.BODY_TAG + "<p>{}</p></div></body></html>"
    texts = {"a.html": "Eingliederungsmittel Verwaltungskosten",
             "b.html": "Eingliederung Mittel Eingliederung Mittel",
             "c.html": "Kosten Kosten 2024"}
    for name, text in texts.items():
        (site / name).write_text(root.format(text), encoding="utf-8")
    memo = suche.annotate_compounds(site)
    assert memo.pages["a.html"].parts == ("eingliederung", "kosten", "mittel")

    def again(name: str, text: str, previous: suche.SearchMemo) -> suche.SearchMemo:
        (site / name).write_text(root.format(text), encoding="utf-8")
        reused = suche.annotate_compounds(site, previous)
        pages = _pages(site)
        fresh = tmp_path / "frisch"
        fresh.mkdir(exist_ok=True)
        for page, content in pages.items():
            (fresh / page).write_text(content, encoding="utf-8")
        assert suche.annotate_compounds(fresh) == reused  # same entries, same vocabulary
        assert _pages(fresh) == pages
        return reused

    memo = again("c.html", "Kosten Kosten 2025", memo)  # a number: same vocabulary
    assert memo.pages["a.html"].parts == ("eingliederung", "kosten", "mittel")
    memo = again("b.html", "Eingliederung Mittel Eingliederung Mittel Verwaltung " * 2, memo)
    assert "verwaltung" in memo.pages["a.html"].parts  # a's parts changed with the site
    stale = suche.SearchMemo("andere Regeln", memo.vocab,
                             {k: dataclasses.replace(v, parts=()) for k, v in memo.pages.items()})
    assert suche.annotate_compounds(site, stale) == memo


def test_gzip_server_compresses_text_like_a_static_host(tmp_path: Path) -> None:
    (tmp_path / "seite.html").write_text("<p>Träger</p>" * 200, encoding="utf-8")
    (tmp_path / "daten.pf_index").write_bytes(b"\x1f\x8b already gzip")
    with serve(tmp_path) as url:
        request = urllib.request.Request(f"{url}/seite.html",
                                         headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] == "gzip"
            body = response.read()
        assert gzip.decompress(body).decode("utf-8") == "<p>Träger</p>" * 200
        assert len(body) < 200
        request = urllib.request.Request(f"{url}/daten.pf_index",
                                         headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] is None
            assert response.read() == b"\x1f\x8b already gzip"


def test_page_text_skips_what_pagefind_skips() -> None:
    page = ('<div data-pagefind-body><p>Übersicht</p><div data-search-exclude><div><table>'
            '<tr><td>Mittelsachsen</td></tr></table></div></div><p>Danach</p></div>')
    text = suche.page_text(page)
    assert "Übersicht" in text and "Danach" in text
    assert "Mittelsachsen" not in text


def test_bench_compares_with_the_theme_search_and_reports_both() -> None:
    from kommunale_jobcenter import bench_report, bench_suche

    plugins = bench_suche.theme_search_plugins()
    assert plugins[0] == {"search": {"lang": "de"}}
    assert any("privacy" in p for p in plugins[1:])  # the rest of mkdocs.yml stays
    result = {
        "pagefind": {
            "erster_aufruf": {"jobcenter/*": {"seite": "jobcenter/a.html", "bytes": 89_000,
                                              "anfragen": 10, "suche_geladen": []}},
            "erste_suche": {"Mittel": {"bytes": 150_000, "anfragen": 17,
                                       "treffer": "3 Treffer für «Mittel»",
                                       "erste": ["a.html"], "erwartet_gefunden": True}}},
        "theme": {"index_bytes": 2_000_000, "index_gzip": 223_000, "worker_gzip": 12_000,
                  "erste_suche_gzip": 227_000,
                  "erster_aufruf_gzip": {"jobcenter/*": 101_000},
                  "bisher_erster_aufruf_gzip": {"jobcenter/*": 328_000}}}
    text = "\n".join(bench_suche.format_report(result, bench_report.kb, bench_report.table))
    assert "89 KB" in text and "101 KB" in text and "328 KB" in text
    assert "«Mittel»" in text and "150 KB" in text and "227 KB" in text
