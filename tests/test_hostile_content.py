"""Hostile text in the data is inert on every page type, in charts and in the search.

A copy of data/ gets script tags, event handlers, attribute break-outs, Jinja and
Markdown syntax, bidi and zero-width characters and a 5,000-character name
(``tests/fixtures/hostile.py``); the site built from it must show all of it as text.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kommunale_jobcenter.suche import fragments
from kommunale_jobcenter.validate import validate
from tests.browserutil import activate_charts
from tests.fixtures import hostile
from tests.fixtures.bad_data import DATA, set_cell
from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.build
ACTIVE_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "data")


class _Scan(HTMLParser):
    """Elements, attributes, script bodies and the decoded text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            squeezed = "".join(value.split()).lower()
            if name in ACTIVE_ATTRS and squeezed.startswith(("javascript:", "vbscript:",
                                                             "data:text/html")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.problems.append("<img src=x>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            if "alert(" in data:
                self.problems.append(f"<script> mit alert: {data[:80]!r}")
        else:
            self.text.append(data)


def scan(html: str) -> _Scan:
    parser = _Scan()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def hostile_site(warm_state: Callable[[Path], Path],
                 tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built with the session build's page cache: every page that reads a changed cell is
    generated anew, the others are taken."""
    from kommunale_jobcenter.build import build

    root = tmp_path_factory.mktemp("feindlich")
    shutil.copytree(DATA, root / "data")
    hostile.inject(root / "data")
    result = build(site_dir=root / "site", data_dir=root / "data",
                   state_dir=warm_state(root / "zustand"))
    assert result.regenerated > 0
    return root / "site"


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_payloads_are_inert_text(hostile_site: Path, kind: str) -> None:
    html = (hostile_site / PAGE_TYPES[kind]).read_text(encoding="utf-8")
    found = scan(html)
    assert found.problems == []
    assert hostile.RLO not in html and hostile.ZW not in html
    text = "".join(found.text)
    missing = [p[:40] for p in hostile.VISIBLE.get(kind, []) if p not in text]
    assert missing == [], f"nicht als Text sichtbar auf {kind}: {missing}"


def test_every_page_is_inert(hostile_site: Path) -> None:
    """Beyond the examples: every generated page, also ones without a page type yet."""
    bad = {}
    for page in sorted(hostile_site.rglob("*.html")):
        problems = scan(page.read_text(encoding="utf-8")).problems
        if problems:
            bad[page.relative_to(hostile_site).as_posix()] = problems[:3]
    assert bad == {}


def test_visible_pages_are_page_types() -> None:
    assert set(hostile.VISIBLE) <= set(PAGE_TYPES)


def test_charts_carry_payloads_as_data(hostile_site: Path) -> None:
    charts = hostile_site / "grafiken"
    for svg in charts.glob("*.svg"):
        for element in ET.parse(svg).iter():
            local = element.tag.rsplit("}", 1)[-1]
            assert local not in ("script", "foreignObject"), svg.name
            for name, value in element.attrib.items():
                local_name = name.rsplit("}", 1)[-1]
                assert not local_name.startswith("on"), (svg.name, name)
                assert not value.strip().lower().startswith("javascript:"), (svg.name, name)
    spec = json.loads((charts / "lage-kreis-warendorf.vl.json").read_text(encoding="utf-8"))
    assert hostile.GEO_NAME in json.dumps(spec, ensure_ascii=False)


def test_search_index_holds_the_hostile_text_as_text(hostile_site: Path) -> None:
    """Pagefind stores a page's text, decoded: the hostile name is there verbatim as text
    (suche.js puts titles in with textContent and keeps only <mark> of an excerpt; the
    browser test below shows it inert). No page markup leaks into the index."""
    records = fragments(hostile_site)
    titles = [r["meta"].get("title", "") for r in records]
    assert any(hostile.SCRIPT in t for t in titles)
    for record in records:
        assert "<table" not in record["content"] and "<div" not in record["content"]


# -- rejected by validation ----------------------------------------------------------------
def _jobcenter_copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA / "jobcenter", data / "jobcenter")
    return data


def test_javascript_url_is_rejected(tmp_path: Path) -> None:
    data = _jobcenter_copy(tmp_path)
    qid = hostile.first_quelle_id(data)
    line = set_cell(data / "jobcenter" / "quellen.csv", "quelle_id", qid, "url",
                    "javascript:alert(1)")
    messages = [str(p) for p in validate(data).problems]
    assert any(m.startswith(f"data/jobcenter/quellen.csv:{line}:url: ")
               and "http://" in m and "https://" in m for m in messages), messages


def test_overlong_text_is_rejected_with_its_length(tmp_path: Path) -> None:
    data = _jobcenter_copy(tmp_path)
    line = set_cell(data / "jobcenter" / "traeger.csv", "zkt_id", hostile.WARENDORF,
                    "hinweis", hostile.LONG)
    messages = [str(p) for p in validate(data).problems]
    assert any(m.startswith(f"data/jobcenter/traeger.csv:{line}:hinweis: ")
               and "5000 Zeichen" in m and "höchstens 2000" in m for m in messages), messages


# -- in the browser: no script runs, tooltips show text -------------------------------------
@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(hostile_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.browser
def test_no_script_runs_and_tooltip_is_text(browser, hostile_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for kind, path in PAGE_TYPES.items():
        page.goto(f"{hostile_url}/{path}")
        page.wait_for_load_state("load")
        activate_charts(page)  # every chart interactive, with the hostile names in it
        page.mouse.move(5, 5)
        assert dialogs == [], kind
    page.goto(f"{hostile_url}/{PAGE_TYPES['profil']}")
    activate_charts(page)
    shape = page.locator(".diagramm-interaktiv g.mark-shape path").last
    shape.hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5000)
    assert hostile.GEO_NAME in tooltip.inner_text()
    assert tooltip.locator("img, script").count() == 0
    # the search shows the hostile name as text, too
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # The theme reads the query on keyup: type key by key (fill() is sometimes ignored).
    page.locator("input.md-search__input").press_sequentially("Warendorf", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    results = page.locator(".md-search-result")
    assert hostile.SCRIPT in results.inner_text()
    assert results.locator("script, img").count() == 0
    assert dialogs == []
    context.close()
