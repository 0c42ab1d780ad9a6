"""Reading a built site: pages, internal links and anchors, external asset references."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.refs.append((tag, name, value))


def parse(page: Path) -> _Collector:
    collector = _Collector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def linked_pages(site: Path) -> list[Path]:
    """Pages reached by relative links; 404.html is served for any missing path, so
    MkDocs writes it with root-relative links on purpose."""
    return [p for p in html_pages(site) if p.name != "404.html"]


def broken_internal_links(site: Path) -> list[str]:
    """Every local href/src must name an existing file, and #anchors an existing id."""
    ids: dict[Path, set[str]] = {}
    problems = []
    for page in linked_pages(site):
        parsed = parse(page)
        ids[page] = parsed.ids
        for tag, attr, url in parsed.refs:
            parts = urlsplit(url)
            if parts.scheme or url.startswith("//") or url.startswith("mailto:"):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{page.relative_to(site)}: <{tag} {attr}={url}> fehlt")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = parse(target).ids
                if unquote(parts.fragment) not in ids[target]:
                    problems.append(f"{page.relative_to(site)}: Anker {url} fehlt")
    return problems


def external_asset_refs(site: Path) -> list[str]:
    """src/href of script, link, img, iframe, source that point to another host."""
    found = []
    for page in html_pages(site):
        for tag, attr, url in parse(page).refs:
            if tag in ("script", "link", "img", "iframe", "source", "embed", "video", "audio"):
                parts = urlsplit(url)
                if parts.scheme in ("http", "https") or url.startswith("//"):
                    found.append(f"{page.relative_to(site)}: <{tag} {attr}={url}>")
    return found
