"""mkdocs hooks (``hooks:`` in mkdocs.yml): generated HTML bypasses the Markdown parser.

Tables we generate are finished, escaped HTML (``kommunale_jobcenter.markup``), but Python-Markdown
would still parse every tag of them, and the search plugin every cell: together three
quarters of the mkdocs build. ``kommunale_jobcenter.markup.raw_block`` wraps such a block in marker
comments; here it is taken out before Markdown runs and an empty placeholder stands in.
A block is put back into the page content before the search index is built, or, if it
is marked as not searchable (chart data, tables of all 400 Kreise), only into the
finished page, so the search never reads it. Without these hooks (another builder) the
markers are plain comments and the block is rendered as before; a block that is not
searchable also sits in a ``data-search-exclude`` wrapper.

An incremental build starts its site folder as hard links to the previous site's files
(``kommunale_jobcenter.build``); ``on_files`` gives every file mkdocs is about to write a
new inode, so the previous site is never written into. Static files of the build's own
docs folder (charts, downloads: thousands) are hard-linked into the site, not copied.
The theme's templates are compiled once and kept (``on_env``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

RAW_START = "<!--roh-->"
RAW_START_NO_SEARCH = "<!--roh:ohne-suche-->"
RAW_END = "<!--/roh-->"
_BLOCK = re.compile(r"<!--roh(:ohne-suche)?-->(.*?)<!--/roh-->", re.S)
_PLACEHOLDER = re.compile(r'<div data-roh="(\d+)"></div>')
_STORE: dict[str, list[tuple[str, bool]]] = {}  # page → (block, searchable), between events


def _link_static(file: Any, docs_dir: Path) -> None:
    """A static file of the (throwaway) build's docs folder – chart, download – becomes a
    hard link instead of a copy; mkdocs then finds source and output to be the same file
    and leaves it. Theme files and anything that cannot be linked are copied by mkdocs."""
    if file.is_documentation_page() or file.abs_src_path is None:
        return
    source = Path(file.abs_src_path)
    if not source.is_relative_to(docs_dir):
        return
    target = Path(file.abs_dest_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, target)
    except OSError:
        return  # another file system, or no hard links: mkdocs copies it


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    blocks: list[tuple[str, bool]] = []

    def take(match: re.Match[str]) -> str:
        blocks.append((match.group(2), match.group(1) is None))
        return f'<div data-roh="{len(blocks) - 1}"></div>'

    out = _BLOCK.sub(take, markdown)
    _STORE[page.file.src_uri] = blocks
    return out


def _put_back(html: str, blocks: list[tuple[str, bool]], searchable_only: bool) -> str:
    def put(match: re.Match[str]) -> str:
        block, searchable = blocks[int(match.group(1))]
        return block if searchable or not searchable_only else match.group(0)

    return _PLACEHOLDER.sub(put, html)


def on_page_content(html: str, page: Any, **_: Any) -> str:
    return _put_back(html, _STORE.get(page.file.src_uri, []), searchable_only=True)


def on_post_page(output: str, page: Any, **_: Any) -> str:
    return _put_back(output, _STORE.pop(page.file.src_uri, []), searchable_only=False)


def on_env(env: Any, **_: Any) -> Any:
    """The theme's templates, compiled once and kept (``kommunale_jobcenter.template_cache``)."""
    from kommunale_jobcenter.template_cache import bytecode_cache

    env.bytecode_cache = bytecode_cache()
    return env


def on_files(files: Any, config: Any, **_: Any) -> None:
    """Remove the output of every file mkdocs writes in this build (what dirty mode
    counts as modified, and the theme's templates such as the sitemap) before it is
    written: where it is a hard link to the previous site, that file stays as it was."""
    docs_dir = Path(config.docs_dir).resolve()
    # the build's staging copy, never the repository's own docs/ (mkdocs run by hand)
    link = docs_dir != (Path(config.config_file_path).resolve().parent / "docs")
    for file in files:
        if not file.inclusion.is_excluded() and file.is_modified():
            Path(file.abs_dest_path).unlink(missing_ok=True)
            if link:
                _link_static(file, docs_dir)
    for name in (*config.theme.static_templates, "sitemap.xml.gz"):
        (Path(config.site_dir) / name).unlink(missing_ok=True)
