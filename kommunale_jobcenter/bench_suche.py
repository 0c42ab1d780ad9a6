"""Search measurements for ``make bench`` (issue #14).

Option a (built): Pagefind, loaded on first use. Measured in headless Chromium over a
gzip server (kommunale_jobcenter/gzip_server.py): what a first visit of the heaviest page of each
type transfers, and what a first query then transfers (Pagefind's script, WebAssembly, the index
chunks and result fragments it needs), with the pages it finds.
Option b (for comparison): the theme's own lunr search, loaded lazily. Measured from a
second ``mkdocs build`` of the same generated docs with the theme's search plugin: its
worker would still start on every page, its index and lunr's German files would come on
first use.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Any

import yaml

from kommunale_jobcenter import build
from kommunale_jobcenter.gzip_server import COMPRESSED, serve

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update"]
PROFILE = "jobcenter/kreis-warendorf.html"
# query → a page it must find (None: only counted)
QUERIES: list[tuple[str, str | None]] = [
    ("Warendorf", "jobcenter/kreis-warendorf.html"),
    ("Göttingen", "jobcenter/landkreis-goettingen.html"),
    ("Günzburg", None),
    ("Trägers", None),
    ("Mittel", None),
]
GZIP_LEVEL = 6


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), GZIP_LEVEL, mtime=0))


def _body_bytes(requests: list[Any], url: str, site_dir: Path) -> int:
    """Transferred body bytes; a worker's script reports none to the page, so a file of
    the site that came with size 0 counts with its size on the wire (gzip if a static
    host compresses it)."""
    total = 0
    for request in requests:
        size = max(0, request.sizes().get("responseBodySize", 0))
        if size == 0 and request.url.startswith(url + "/"):
            path = site_dir / request.url[len(url) + 1:].split("?", 1)[0]
            if path.is_file():
                size = _gz(path) if path.suffix in COMPRESSED else path.stat().st_size
        total += size
    return total


def measure_pagefind(site_dir: Path, pages: dict[str, str],
                     queries: list[tuple[str, str | None]] = QUERIES,
                     profile: str = PROFILE) -> dict[str, Any]:
    """First visits (page type → bytes, requests, whether search files came) and first
    queries on a profile page (bytes after the first visit, hits, expected page found)."""
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {"erster_aufruf": {}, "erste_suche": {}}
    with serve(site_dir) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                    headless=True)
        try:
            for typ, rel in pages.items():
                page, done, context = _open(browser, f"{url}/{rel}")
                out["erster_aufruf"][typ] = {
                    "seite": rel, "bytes": _body_bytes(done, url, site_dir), "anfragen": len(done),
                    "suche_geladen": [r.url for r in done if "/pagefind/" in r.url
                                      or "search_index" in r.url]}
                context.close()
            for query, expected in queries:
                page, done, context = _open(browser, f"{url}/{profile}")
                before = len(done)
                page.locator("input.md-search__input").click()
                page.locator("input.md-search__input").press_sequentially(query, delay=20)
                page.wait_for_function(
                    "() => /Treffer/.test(document.getElementById('kj-suche-status')"
                    ".textContent)", timeout=30000)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(300)
                hrefs = page.eval_on_selector_all(
                    ".md-search-result__link", "els => els.map(e => e.href)")
                found = [h.split(url + "/", 1)[-1] for h in hrefs]
                later = done[before:]
                out["erste_suche"][query] = {
                    "bytes": _body_bytes(later, url, site_dir), "anfragen": len(later),
                    "treffer": page.locator("#kj-suche-status").inner_text().strip(),
                    "erste": found[:3],
                    "erwartet_gefunden": None if expected is None else expected in found}
                context.close()
        finally:
            browser.close()
    return out


def _open(browser: Any, address: str) -> tuple[Any, list[Any], Any]:
    context = browser.new_context()
    page = context.new_page()
    done: list[Any] = []
    page.on("requestfinished", lambda request: done.append(request))
    page.goto(address)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # the favicon comes late; it belongs to the first visit
    return page, done, context


def theme_search_plugins() -> list[Any]:
    """mkdocs.yml's plugins with the theme's search (German) in front: option b."""
    config = yaml.safe_load(build.MKDOCS_YML.read_text(encoding="utf-8"))
    return [{"search": {"lang": "de"}}, *config.get("plugins", [])]


def measure_theme_search(docs_dir: Path, work: Path, page_gzip: dict[str, int],
                         mkdocs_args: tuple[tuple, dict] = ((), {})) -> dict[str, Any]:
    """Option b from a build with the theme's search plugin; page_gzip: page type → the
    first visit of that type's heaviest page without any search (option a's build)."""
    site = work / "theme-suche"
    args, kwargs = mkdocs_args
    build.mkdocs_build(docs_dir, site, *args, **{**kwargs, "options": {
        "plugins": theme_search_plugins()}})
    index = site / "search" / "search_index.json"
    js = site / "assets" / "javascripts"
    worker = sorted((js / "workers").glob("search.*.min.js"))
    lunr = [js / "lunr" / "min" / n for n in ("lunr.stemmer.support.min.js", "lunr.de.min.js")]
    worker_gz = sum(_gz(f) for f in worker)
    query_gz = _gz(index) + sum(_gz(f) for f in lunr if f.is_file())
    return {
        "index_bytes": index.stat().st_size, "index_gzip": _gz(index),
        "worker_gzip": worker_gz, "erste_suche_gzip": query_gz,
        "erster_aufruf_gzip": {t: g + worker_gz for t, g in page_gzip.items()},
        "bisher_erster_aufruf_gzip": {t: g + worker_gz + query_gz
                                      for t, g in page_gzip.items()},
    }


def format_report(result: dict[str, Any], kb: Any, table: Any) -> list[str]:
    a = result.get("pagefind", {})
    b = result.get("theme", {})
    out = ["", "## Suche: erster Aufruf und erste Suche (Chromium, gzip-Server; "
           "a = Pagefind bei Bedarf, b = Theme-Suche (lunr) bei Bedarf, bisher = Theme-Suche "
           "sofort)"]
    rows = []
    for typ, visit in a.get("erster_aufruf", {}).items():
        rows.append([typ, visit["seite"], kb(visit["bytes"]), str(visit["anfragen"]),
                     "ja" if visit["suche_geladen"] else "nein",
                     kb(b.get("erster_aufruf_gzip", {}).get(typ, 0)),
                     kb(b.get("bisher_erster_aufruf_gzip", {}).get(typ, 0))])
    out.append(table(["Typ", "Seite", "a: erster Aufruf", "Anfragen", "Suche geladen",
                      "b: erster Aufruf", "bisher"], rows))
    rows = [[f"«{q}»", kb(s["bytes"]), str(s["anfragen"]), s["treffer"],
             ", ".join(s["erste"]) or "–",
             {None: "–", True: "ja", False: "NEIN"}[s["erwartet_gefunden"]]]
            for q, s in a.get("erste_suche", {}).items()]
    out.append(table(["Anfrage (auf einer Trägerseite)", "a: übertragen", "Anfragen",
                      "Treffer", "erste Treffer", "erwartete Seite"], rows))
    if b:
        out.append(f"b: erste Suche überträgt {kb(b['erste_suche_gzip'])} gzip (Index "
                   f"{kb(b['index_gzip'])}, {kb(b['index_bytes'])} ungepackt, + lunr de), "
                   f"der Worker ({kb(b['worker_gzip'])}) startet auf jeder Seite; lunr zerlegt "
                   "keine Komposita und sucht nur Präfixe.")
    return out
