"""Generated tables skip the Markdown parser (kommunale_jobcenter/mkdocs_hooks.py) and come back
whole:
searchable ones before the search index is built, the others only into the finished page."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from kommunale_jobcenter import markup, mkdocs_hooks
from tests.sitecheck import html_pages

COLUMNS = [markup.Column("name", "Name"), markup.Column("wert", "Wert", "number")]


def _page(uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


def test_blocks_leave_the_markdown_and_come_back_in_order() -> None:
    searchable = markup.table([{"name": "Warendorf", "wert": 1.5}], COLUMNS, "A")
    hidden = markup.table([{"name": "Borken", "wert": 2}], COLUMNS, "B", searchable=False)
    source = f"# Titel\n\n{searchable}\n\nText *kursiv*\n\n{hidden}\n"
    page = _page("x.md")
    md = mkdocs_hooks.on_page_markdown(source, page)
    assert "<table" not in md and "Warendorf" not in md and "Borken" not in md
    assert md.count('<div data-roh="') == 2
    content = mkdocs_hooks.on_page_content(md, page)  # what the search plugin reads
    assert "Warendorf" in content and "Borken" not in content
    final = mkdocs_hooks.on_post_page(f"<main>{content}</main>", page)
    assert "Warendorf" in final and "Borken" in final
    assert "data-roh" not in final and "<!--roh" not in final
    assert final.index("Warendorf") < final.index("Borken")
    assert '<div data-search-exclude><div class="table-wrap">' in final


def test_data_cannot_forge_a_marker() -> None:
    forged = f"{mkdocs_hooks.RAW_START}<script>x</script>{mkdocs_hooks.RAW_END}"
    html = markup.table([{"name": forged, "wert": 1}], COLUMNS, "C")
    assert html.count("<!--roh") == 1 and html.count("<!--/roh-->") == 1
    page = _page("y.md")
    out = mkdocs_hooks.on_post_page(mkdocs_hooks.on_page_content(
        mkdocs_hooks.on_page_markdown(html, page), page), page)
    assert "<script>" not in out


@pytest.mark.build
def test_built_pages_hold_every_table_and_no_marker(built_site: Path) -> None:
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        assert "data-roh=" not in html and "<!--roh" not in html, page
    profile = (built_site / "jobcenter" / "kreis-warendorf.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<table class="datatable', profile)) >= 5
    assert "<caption>Daten zur Grafik" in profile


@pytest.mark.build
def test_search_reads_tables_but_not_chart_numbers(built_site: Path) -> None:
    """What Pagefind indexes (kommunale_jobcenter/suche.page_text: the page without the blocks
    marked data-search-exclude, the selector the index is built with)."""
    from kommunale_jobcenter.suche import page_text

    warendorf = page_text((built_site / "jobcenter" / "kreis-warendorf.html")
                          .read_text("utf-8"))
    assert "Quellen zu diesem Träger" in warendorf  # a searchable table
    assert "Anteil der eLb mit komplexen Problemlagen" in warendorf  # facts table
    assert "Daten zur Grafik" not in warendorf  # chart data tables
    for page in sorted((built_site / "statistik").glob("a-*.html")):
        # the 400-row table of each indicator stays out of the index
        assert "alle 400 Kreise" not in page_text(page.read_text("utf-8")), page.name


def _static_files(docs: Path, site: Path, names: list[str]) -> list[SimpleNamespace]:
    def file(name: str) -> SimpleNamespace:
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(name, encoding="utf-8")
        return SimpleNamespace(
            inclusion=SimpleNamespace(is_excluded=lambda: False), is_modified=lambda: True,
            is_documentation_page=lambda: name.endswith(".md"),
            abs_src_path=str(docs / name), abs_dest_path=str(site / name))
    return [file(n) for n in names]


def test_static_files_of_a_build_are_linked_not_copied(tmp_path: Path) -> None:
    """Charts and downloads of the build's docs copy become hard links in the site (mkdocs
    then skips them as the same file); pages are left to mkdocs, and so is everything when
    mkdocs runs on the repository's own docs/ folder."""
    site = tmp_path / "site"
    config = SimpleNamespace(docs_dir=str(tmp_path / "bau" / "docs"),
                             config_file_path=str(tmp_path / "mkdocs.yml"), site_dir=str(site),
                             theme=SimpleNamespace(static_templates=[]))
    files = _static_files(tmp_path / "bau" / "docs", site, ["grafiken/a.svg", "seite.md"])
    mkdocs_hooks.on_files(files, config)
    assert (site / "grafiken/a.svg").samefile(tmp_path / "bau/docs/grafiken/a.svg")
    assert not (site / "seite.md").exists()
    own = SimpleNamespace(**{**vars(config), "docs_dir": str(tmp_path / "docs"),
                             "site_dir": str(tmp_path / "site2")})
    files = _static_files(tmp_path / "docs", tmp_path / "site2", ["grafiken/b.svg"])
    mkdocs_hooks.on_files(files, own)
    assert not (tmp_path / "site2" / "grafiken/b.svg").exists()
