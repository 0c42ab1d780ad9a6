"""Page weight of a built site, per page type: HTML bytes and the bytes a first visit
transfers (HTML + every stylesheet, script, image, chart SVG and chart spec it references),
uncompressed and gzip; the search index separately. Used by ``make bench`` and by
tests/test_page_weight.py (the budgets of #7 and #14 as sizes)."""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import statistics
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

GZIP_LEVEL = 6
# Budgets stated in the README (issues #7, #14).
TARGET_PROFILE_BYTES = 150_000
TARGET_START_GZIP_BYTES = 600_000
TARGET_PROFILE_FIRST_VISIT_GZIP = 150_000  # issue #14: everything a profile loads, gzip
VEGA_JS = "assets/js/vega.js"


def dir_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- page weight --------------------------------------------------------------------------

class _Refs(HTMLParser):
    """Every local resource an HTML page makes the browser load on a first visit, and what
    it loads once a reader turns to its charts (the vega bundle and each chart's spec)."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.phone: list[str] = []  # narrow chart variants (<source srcset>): phones only
        self.phone_specs: list[str] = []  # their specs, loaded on interaction on a phone
        self.on_interaction: list[str] = []
        self.figures = 0
        self.config = ""
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link" and {"stylesheet", "icon", "preload", "modulepreload",
                              "manifest"} & set(a.get("rel", "").split()):
            self.refs.append(a.get("href", ""))
        elif tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.refs.append(a["src"])
            if tag == "script" and a.get("data-vega"):
                self.on_interaction.append(a["data-vega"])
        elif tag == "source" and a.get("srcset"):
            self.phone.append(a["srcset"].split()[0])
        elif tag == "figure" and "data-spec" in a:
            self.figures += 1
            self.on_interaction.append(a["data-spec"])
            if a.get("data-spec-schmal"):
                self.phone_specs.append(a["data-spec-schmal"])
        if tag == "script" and a.get("id") == "__config":
            self._in_config = True

    def handle_endtag(self, tag: str) -> None:
        self._in_config = False

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config += data


_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def _resolve(page: Path, ref: str, site_dir: Path) -> Path | None:
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path or ref.startswith("data:"):
        return None
    target = (page.parent / unquote(parts.path)).resolve()
    try:
        target.relative_to(site_dir.resolve())
    except ValueError:
        return None
    return target


class _Sizes:
    def __init__(self) -> None:
        self._cache: dict[Path, tuple[int, int]] = {}

    def __call__(self, path: Path) -> tuple[int, int]:
        if path not in self._cache:
            raw = path.read_bytes()
            self._cache[path] = (len(raw), len(gzip.compress(raw, GZIP_LEVEL, mtime=0)))
        return self._cache[path]


@dataclass
class PageResources:
    files: set[Path]  # loaded on a first visit
    search: set[Path]  # loaded on a first visit, too, if the theme's search is on
    interaction: set[Path]  # loaded once the reader turns to a chart
    figures: int
    phone: dict[Path, Path]  # narrow SVG → the wide SVG it replaces on a phone
    missing: list[str]


def page_resources(page: Path, site_dir: Path) -> PageResources:
    """What one built page loads, and which of its local references are missing."""
    parser = _Refs()
    parser.feed(page.read_text(encoding="utf-8"))
    files: set[Path] = {page.resolve()}
    interaction: set[Path] = set()
    missing: list[str] = []
    narrow: set[Path] = set()
    for refs, into in ((parser.refs, files), (parser.on_interaction, interaction),
                       (parser.phone, narrow), (parser.phone_specs, set())):
        for ref in refs:
            target = _resolve(page, ref, site_dir)
            if target is None:
                continue
            if target.is_file():
                into.add(target)
            else:
                missing.append(ref)
    for css in [f for f in files if f.suffix == ".css"]:
        for ref in _CSS_URL.findall(css.read_text(encoding="utf-8", errors="replace")):
            target = _resolve(css, ref, site_dir)
            if target is not None and target.is_file():
                files.add(target)
    search: set[Path] = set()
    with contextlib.suppress(json.JSONDecodeError):
        config = json.loads(parser.config) if parser.config.strip() else {}
        base = page.parent / config.get("base", ".")
        index = base / "search/search_index.json"  # fetched by the theme's search worker
        candidates = [index]
        # the theme names its worker on every page, but starts it only with its search
        # plugin, i.e. when there is an index (without it: Pagefind, loaded on first use)
        if config.get("search") and index.resolve().is_file():
            candidates.append(page.parent / config["search"])  # relative to the page
        search.update(c.resolve() for c in candidates if c.resolve().is_file())
        lunr = (base / "assets/javascripts/lunr/min").resolve()
        search.update(p for p in (lunr / "lunr.stemmer.support.min.js",
                                  lunr / "lunr.de.min.js") if p.is_file() and search)
    phone = {n: n.with_name(n.name.replace(".schmal.svg", ".svg")) for n in narrow}
    return PageResources(files, search, interaction - files, parser.figures, phone, missing)


# pages in a family's folder that are not of that family (the list of all Kreise)
SINGLE_PAGES = ("index.html", "kreise.html")


def page_type(rel: str) -> str:
    """Group pages by their first path segment: «index.html», «jobcenter/index.html»,
    «jobcenter/*» (the many pages of one family), «geschichte.html», …"""
    parts = rel.split("/")
    if len(parts) == 1:
        return rel
    if parts[-1] in SINGLE_PAGES and len(parts) == 2:
        return rel
    return f"{parts[0]}/*"


def page_weights(site_dir: Path) -> dict[str, Any]:
    sizes = _Sizes()
    site_dir = site_dir.resolve()
    pages: dict[str, dict[str, Any]] = {}
    vega_urls: set[Path] = set()
    for page in sorted(site_dir.rglob("*.html")):
        rel = page.relative_to(site_dir).as_posix()
        if rel == "404.html":
            continue
        res = page_resources(page, site_dir)
        files = res.files
        raw = sum(sizes(f)[0] for f in files)
        gz = sum(sizes(f)[1] for f in files)
        svgs = {f for f in files if f.suffix == ".svg" and f.parent.name != "images"}
        svg = sum(sizes(f)[0] for f in svgs)
        # On a phone each narrow variant is fetched instead of its wide chart.
        phone_svgs = (svgs - set(res.phone.values())) | set(res.phone)
        vega = [f for f in files | res.interaction if f.as_posix().endswith(VEGA_JS)]
        vega_urls.update(vega)
        search_gz = sum(sizes(f)[1] for f in res.search - files)
        pages[rel] = {
            "typ": page_type(rel), "html": sizes(page.resolve())[0],
            "gesamt": raw, "gesamt_gzip": gz, "html_und_svg": sizes(page.resolve())[0] + svg,
            "html_und_svg_telefon": sizes(page.resolve())[0]
            + sum(sizes(f)[0] for f in phone_svgs), "schmale_grafiken": len(res.phone),
            "suche": sum(sizes(f)[0] for f in res.search - files), "suche_gzip": search_gz,
            "erster_aufruf_gzip": gz + search_gz,
            "interaktiv_gzip": sum(sizes(f)[1] for f in res.interaction),
            "grafiken": res.figures, "vega": bool(vega), "vega_sofort": any(
                f.as_posix().endswith(VEGA_JS) for f in files), "fehlend": res.missing,
        }
    types: dict[str, dict[str, Any]] = {}
    for rel, p in pages.items():
        types.setdefault(p["typ"], {"seiten": []})["seiten"].append(rel)
    for info in types.values():
        members = [pages[r] for r in info["seiten"]]
        heaviest = max(info["seiten"], key=lambda r: pages[r]["erster_aufruf_gzip"])
        info.update({
            "anzahl": len(members),
            "beispiel": heaviest,
            "html_median": statistics.median(m["html"] for m in members),
            "html_max": max(m["html"] for m in members),
            "gesamt_max": pages[heaviest]["gesamt"],
            "gesamt_gzip_median": statistics.median(m["gesamt_gzip"] for m in members),
            "gesamt_gzip_max": pages[heaviest]["gesamt_gzip"],
            "html_und_svg_max": max(m["html_und_svg"] for m in members),
            "html_und_svg_telefon_max": max(m["html_und_svg_telefon"] for m in members),
            "grafiken_max": max(m["grafiken"] for m in members),
            "vega": sum(m["vega"] for m in members),
            "suche_gzip": pages[heaviest]["suche_gzip"],
            "erster_aufruf_gzip_max": pages[heaviest]["erster_aufruf_gzip"],
            "interaktiv_gzip_max": max(m["interaktiv_gzip"] for m in members),
        })
        del info["seiten"]
    chart_pages = [r for r, p in pages.items() if p["grafiken"]]
    return {
        "typen": dict(sorted(types.items())),
        "seiten": pages,
        "vega": {
            "seiten_mit_grafik": len(chart_pages),
            "seiten_mit_vega": sum(p["vega"] for p in pages.values()),
            "grafik_ohne_vega": [r for r in chart_pages if not pages[r]["vega"]],
            "vega_ohne_grafik": [r for r, p in pages.items() if p["vega"] and not p["grafiken"]],
            "vega_beim_ersten_aufruf": [r for r, p in pages.items() if p["vega_sofort"]],
            "dateien": sorted(p.relative_to(site_dir).as_posix() for p in vega_urls),
        },
        "fehlende_verweise": {r: p["fehlend"] for r, p in pages.items() if p["fehlend"]},
    }
