"""mkdocs' page loops on two processes (kommunale_jobcenter/mkdocs_parallel.py): the same
output as one process, the child's warnings and errors reach the build, no child stays."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mkdocs.commands.build import build as run_mkdocs
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from kommunale_jobcenter import mkdocs_parallel

PAGES = 12
HOOKS = '''
import os
from pathlib import Path

def on_page_markdown(markdown, page, **_):
    if "KAPUTT" in markdown:
        raise ValueError("kaputte Seite " + page.file.src_uri)
    return markdown

def on_post_page(output, page, config, **_):
    log = Path(config.docs_dir).parent / "pids"
    with open(log, "a") as out:
        out.write(f"{page.file.src_uri} {os.getpid()}\\n")
    return output
'''


def _project(tmp_path: Path, pages: dict[str, str]) -> Path:
    """A small mkdocs project in the site's theme, with a hook that notes which process
    built each page."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    (tmp_path / "hooks.py").write_text(HOOKS, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Probe\nuse_directory_urls: false\nstrict: true\n"
        "theme:\n  name: material\n  language: de\n  font: false\n"
        "plugins: []\nhooks:\n  - hooks.py\nmarkdown_extensions:\n  - attr_list\n"
        "  - tables\n  - toc\nvalidation:\n  anchors: warn\n", encoding="utf-8")
    return tmp_path


def _pages() -> dict[str, str]:
    pages = {}
    for i in range(PAGES):
        following = f"seite-{(i + 1) % PAGES:02d}.md"
        pages[f"seite-{i:02d}.md"] = (
            f"# Seite {i}\n\n## Abschnitt {i} {{#abschnitt-{i}}}\n\n"
            f"Text mit [Verweis]({following}#abschnitt-{(i + 1) % PAGES}).\n\n"
            f"| Spalte | Wert |\n|---|---|\n| a | {i} |\n\n"
            f'<div class="roh"><p>Fertiges HTML {i}</p></div>\n')
    return pages


FORKED: list[int] = []


def _build(project: Path, parallel: bool, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(mkdocs_parallel, "MIN_PAGES", 2)
    fork = mkdocs_parallel._fork

    def noted(*args: object) -> mkdocs_parallel._Child:
        child = fork(*args)  # type: ignore[arg-type]
        FORKED.append(child.pid)
        return child

    monkeypatch.setattr(mkdocs_parallel, "_fork", noted)
    site = project / ("site-zwei" if parallel else "site-eins")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    (project / "pids").unlink(missing_ok=True)
    with mkdocs_parallel.two_processes(enabled=parallel):
        run_mkdocs(config)
    return site


def _files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _no_child_left() -> None:
    """Every child forked so far has ended and been reaped."""
    assert FORKED
    while FORKED:
        with pytest.raises(ChildProcessError):
            os.waitpid(FORKED.pop(), os.WNOHANG)


def test_two_processes_write_the_same_site_as_one(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path, _pages())
    one = _files(_build(project, False, monkeypatch))
    builders_one = {line.split()[1] for line in (project / "pids").read_text().splitlines()}
    two = _files(_build(project, True, monkeypatch))
    builders_two = {line.split()[1] for line in (project / "pids").read_text().splitlines()}
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
    assert len([n for n in one if n.endswith(".html") and n.startswith("seite-")]) == PAGES
    # one process built every page before; now a second one built some of them
    assert builders_one == {str(os.getpid())}
    assert len(builders_two) == 2 and str(os.getpid()) in builders_two
    _no_child_left()


def test_a_broken_link_on_the_childs_page_fails_the_strict_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    pages = _pages()
    pages["seite-01.md"] += "\n[Nirgends](fehlt.md)\n"  # every other page is the child's
    project = _project(tmp_path, pages)
    with pytest.raises(Abort, match="strict mode"):
        _build(project, True, monkeypatch)
    assert "fehlt.md" in caplog.text and "seite-01.md" in caplog.text
    _no_child_left()


def test_an_error_in_the_child_stops_the_build_with_its_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    pages = _pages()
    pages["seite-03.md"] += "\nKAPUTT\n"
    project = _project(tmp_path, pages)
    with pytest.raises(Abort, match="BuildError"):  # mkdocs logs the message, then aborts
        _build(project, True, monkeypatch)
    assert "Kindprozess: ValueError: kaputte Seite seite-03.md" in caplog.text
    _no_child_left()
