"""Shared fixtures: the site built once per session, served on loopback, and Debian's
Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import standalone_guard

ROOT = Path(__file__).resolve().parent.parent


# The repository stands alone: no test may read the delivery folder beside the project.
@pytest.fixture(autouse=True)
def _reads_nothing_beside_the_repository() -> Iterator[None]:
    yield
    reads = standalone_guard.take_reads()
    assert not reads, f"liest außerhalb des Repositoriums: {reads[:3]}"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built from data/ into a temporary folder (never into site/)."""
    from kommunale_jobcenter.build import build

    out = tmp_path_factory.mktemp("bau") / "site"
    build(site_dir=out)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium fehlt unter {CHROMIUM} (apt-get install chromium)"
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                     headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object, site_url: str) -> Iterator[object]:
    """A fresh page that records every request, console errors, failed requests and
    non-local requests."""
    context = browser.new_context()  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.console_errors = []
    pg.failed_requests = []
    pg.foreign_requests = []
    pg.requests = []
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    pg.on("requestfailed", lambda r: pg.failed_requests.append(r.url))

    def _record(request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        pg.requests.append(url)
        if not url.startswith(site_url) and not url.startswith(("data:", "blob:", "about:")):
            pg.foreign_requests.append(url)

    pg.on("request", _record)
    yield pg
    context.close()
