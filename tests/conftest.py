"""Shared fixtures: the site built once per session, served on loopback, and Debian's
Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import fcntl
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Test builds keep their state and page cache apart from the site's (``make site``) and,
# under pytest-xdist, apart from each other's worker: one build prunes the page cache
# entries it did not use, which another worker's build may be about to copy or take.
os.environ.setdefault("KJ_BUILD_DIR", str(
    ROOT / ".build" / "tests" / os.environ.get("PYTEST_XDIST_WORKER", "main")))

from tests import standalone_guard  # noqa: E402  (after KJ_BUILD_DIR, before any build)


def _rank(item: pytest.Item) -> int:
    for rank, mark in enumerate(("slow", "build", "browser")):
        if item.get_closest_marker(mark):
            return rank
    return 3


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files with slow tests first, then those that build the site, then the browser tests:
    ``make test`` hands out whole files to two processes in this order (pytest-xdist,
    ``--dist loadfile --no-loadscope-reorder``), so no long file starts last."""
    ranks: dict[str, int] = {}
    for item in items:
        file = item.nodeid.split("::")[0]
        ranks[file] = min(ranks.get(file, 3), _rank(item))
    items.sort(key=lambda item: ranks[item.nodeid.split("::")[0]])  # stable: files stay whole


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


def _run_folder(factory: pytest.TempPathFactory) -> Path:
    """A folder every process of this test run shares: under pytest-xdist the parent of
    the workers' own temporary folders, else this process's."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def session_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The real site, built from data/ once per test run into a temporary folder (never
    into site/), and its build state (page cache, validation cache): the first process
    that needs it builds, the others wait for it (a file lock) and share it, read-only."""
    from kommunale_jobcenter.build import build

    root = _run_folder(tmp_path_factory) / "sitzungsbau"
    root.mkdir(exist_ok=True)
    site, state = root / "site", root / "zustand"
    with (root / "sperre").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (root / "fertig").exists():
            build(site_dir=site, state_dir=state)
            (root / "fertig").touch()
    return site, state


@pytest.fixture(scope="session")
def built_site(session_build: tuple[Path, Path]) -> Path:
    return session_build[0]


@pytest.fixture(scope="session")
def built_state(session_build: tuple[Path, Path]) -> Path:
    """The session build's state folder; copy what you need, never write into it."""
    return session_build[1]


@pytest.fixture(scope="session")
def warm_state(built_state: Path) -> Callable[[Path], Path]:
    """Copies the session build's page and validation cache into a folder, as the state of
    a test's own build: it takes every page and check its change did not touch."""
    def copy(folder: Path) -> Path:
        shutil.copytree(built_state / "seiten", folder / "seiten")
        shutil.copy2(built_state / "pruefung.json", folder / "pruefung.json")
        return folder
    return copy


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
