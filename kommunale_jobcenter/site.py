"""What page modules write through, and the records of what they wrote.

A page module never touches files directly: it calls ``Site.page()`` for Markdown,
``Site.chart()`` for a chart (SVG + spec + CSV + data table), ``Site.cite()`` for a
source link and ``Site.write()`` for a download. Site records which pages use which
sources, which pages need chart JS and which files were written; what pages read is the
read-only build context ``Site.ctx`` (``kommunale_jobcenter.context``).
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from kommunale_jobcenter import chart_output, markup, reads, template_cache, urls, zeitkarte
from kommunale_jobcenter.atomic_write import write_new
from kommunale_jobcenter.context import BuildContext, Packages
from kommunale_jobcenter.datapackage import DATA_VERSION

TEMPLATES = Path(__file__).resolve().parent / "templates"
TIME_MAP_SCRIPT = "assets/js/zeitkarte.js"
# Front matter of a data page: the theme's right-hand table of contents is hidden, so that
# tables and charts get the width (mkdocs-material and Zensical read ``hide``).
TOC_HIDDEN = "---\nhide:\n  - toc\n---\n\n"


def _finalize(value: object) -> object:
    """Jinja finalize: everything not explicitly Markup is escaped as plain text."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int):
        return str(value)  # years and ids stay plain; use |zahl for 1.234
    if isinstance(value, float):
        return markup.format_number(value)
    return Markup(markup.text(value))


def make_environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      finalize=_finalize, keep_trailing_newline=True, autoescape=False,
                      bytecode_cache=template_cache.bytecode_cache())
    env.filters["zahl"] = lambda v, d=None: markup.format_number(v, d)
    env.filters["datum"] = markup.format_date
    return env


@dataclass
class Site:
    ctx: BuildContext  # read-only inputs, the same in the parent and every worker
    docs_dir: Path
    cache_dir: Path | None = None
    pages: dict[str, str] = field(default_factory=dict)  # relpath → title
    source_usage: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    chart_pages: set[str] = field(default_factory=set)
    chart_ids: set[str] = field(default_factory=set)
    time_map_pages: set[str] = field(default_factory=set)  # pages with a year slider
    files: dict[str, int] = field(default_factory=dict)  # downloads written: relpath → bytes
    env: Environment = field(default_factory=make_environment)

    @property
    def packages(self) -> Packages:
        return self.ctx.packages

    @property
    def site_url(self) -> str:
        return self.ctx.site_url

    # -- workers -----------------------------------------------------------------
    def records(self) -> dict[str, Any]:
        """What this site recorded, to send from a worker back to the parent."""
        return {"pages": self.pages, "source_usage": dict(self.source_usage),
                "chart_pages": self.chart_pages, "time_map_pages": self.time_map_pages,
                "chart_ids": self.chart_ids, "files": self.files}

    @contextmanager
    def reading(self, read: set[reads.ReadPath]) -> Iterator[None]:
        """While the block runs, every path of the context a page reads is added to
        ``read`` (``kommunale_jobcenter.reads``; for the page cache)."""
        real = self.ctx
        self.ctx = reads.track(real, (), read)
        try:
            yield
        finally:
            self.ctx = real

    def clear_records(self) -> None:
        """Forget recorded pages, charts, citations and files (a worker's new task)."""
        self.pages, self.source_usage, self.files = {}, defaultdict(set), {}
        self.chart_pages, self.chart_ids, self.time_map_pages = set(), set(), set()

    def merge_records(self, records: dict[str, Any]) -> None:
        """Take over what a worker recorded; a page, chart id or file made twice is an
        error."""
        for key in ("pages", "chart_ids", "files"):
            twice = set(records[key]) & set(getattr(self, key))
            if twice:
                raise ValueError(f"doppelt erzeugt: {sorted(twice)[:5]}")
        self.pages.update(records["pages"])
        self.files.update(records["files"])
        self.chart_ids |= set(records["chart_ids"])
        self.chart_pages |= set(records["chart_pages"])
        self.time_map_pages |= set(records["time_map_pages"])
        for quelle_id, pages in records["source_usage"].items():
            self.source_usage[quelle_id] |= set(pages)

    # -- paths -------------------------------------------------------------------
    @staticmethod
    def href(from_page: str, target: str) -> str:
        """Relative link from one docs page to another file (.md → .html for raw HTML)."""
        if target.endswith(".md"):
            target = target[:-3] + ".html"
        if "#" in target and target.split("#")[0].endswith(".md"):
            path, anchor = target.split("#", 1)
            target = path[:-3] + ".html#" + anchor
        start = posixpath.dirname(from_page) or "."
        return posixpath.relpath(target, start)

    def link(self, from_page: str, target: str) -> str:
        """Absolute address on the deployed site (site_url set), else a relative link; for
        files read outside the site (feed, catalogue)."""
        if not self.site_url:
            return self.href(from_page, target)
        return self.site_url.rstrip("/") + "/" + self.href(urls.HOME, target)

    # -- pages -------------------------------------------------------------------
    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(**context)

    def page(self, relpath: str, title: str, body: str, toc: bool = False) -> None:
        """Write one Markdown page; appends chart scripts if the page shows charts.

        The rule for the table of contents: a page generated here shows data from data/
        (profiles, indicators, Finanzen, Daten, Verzeichnis, Geschichte …), so it hides
        the theme's right-hand table of contents and its tables get the width; the
        hand-written prose pages in docs/ (Methodik, Barrierefreiheit …) keep theirs.
        ``toc=True`` keeps it for a generated page that is mostly prose."""
        if relpath in self.pages:
            raise ValueError(f"Seite {relpath} wird zweimal erzeugt")
        self.pages[relpath] = title
        if relpath in self.chart_pages:
            body += self._chart_scripts(relpath)
        if not toc:
            body = TOC_HIDDEN + body
        path = self.docs_dir / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new(path, body.encode("utf-8"))

    def write(self, relpath: str, content: bytes) -> int:
        """Write a download (zip, JSON, …) into the site; records its size."""
        if relpath in self.files:
            raise ValueError(f"Datei {relpath} wird zweimal erzeugt")
        path = self.docs_dir / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new(path, content)
        self.files[relpath] = len(content)
        return len(content)

    def _chart_scripts(self, relpath: str) -> str:
        """The small enhancer; it loads the vega bundle only when a reader turns to a chart."""
        bundle = self.href(relpath, "assets/js/vega.js")
        enhance = self.href(relpath, "assets/js/diagramme.js")
        out = f'\n<script src="{enhance}" data-vega="{bundle}" defer></script>\n'
        if relpath in self.time_map_pages:
            out += f'<script src="{self.href(relpath, TIME_MAP_SCRIPT)}" defer></script>\n'
        return out

    # -- sources -----------------------------------------------------------------
    def cite(self, from_page: str, quelle_id: str) -> Markup:
        """A link to the source on the Quellen page, named by its title and publisher (the
        id stays in the link target); cited again on the same page, by its short title
        alone. Remembers that the page uses it."""
        again = from_page in self.source_usage.get(quelle_id, ())
        self.source_usage[quelle_id].add(from_page)
        href = self.href(from_page, urls.source(quelle_id))
        label = self.source_label(quelle_id, short=again)
        return Markup(f'<a href="{markup.attr(href)}">{markup.text(label)}</a>')

    def source_label(self, quelle_id: str, short: bool = False) -> str:
        """«Titel, Herausgeber» of a source in any package (``markup.source_label``), or
        with ``short`` the title alone; the id if no package has the source."""
        known = self.ctx.source_labels.get(quelle_id)
        if not known:
            return quelle_id
        return known[1] if short else known[0]

    def cite_all(self, from_page: str, quelle_ids: Sequence[str]) -> Markup:
        return Markup(", ".join(self.cite(from_page, q) for q in quelle_ids))

    # -- charts ------------------------------------------------------------------
    def chart(
        self,
        page: str,
        chart_id: str,
        chart: alt.TopLevelMixin | chart_output.Recipe,
        data: pd.DataFrame,
        title: str,
        description: str,
        source: str,
        columns: Sequence[markup.Column],
        quelle_ids: Sequence[str] = (),
    ) -> Markup:
        """Publish a chart and return its figure: SVG, text alternative, data table, CSV.
        ``chart``: best a recipe, ``partial(charts.…, inputs)``, built only when the
        chart cache does not have its specs (``chart_output``)."""
        if chart_id in self.chart_ids:
            raise ValueError(f"Grafik-ID {chart_id} ist doppelt")
        self.chart_ids.add(chart_id)
        self.chart_pages.add(page)
        published = chart_output.publish_chart(chart, data, self.docs_dir / urls.CHART_DIR,
                                               chart_id, self.cache_dir)
        base = self.href(page, f"{urls.CHART_DIR}/{chart_id}")
        cites = self.cite_all(page, quelle_ids) if quelle_ids else ""
        # The numbers behind a chart stay out of the site search; its description does not.
        table = markup.table(data, columns, caption=f"Daten zur Grafik: {title}",
                             searchable=False)
        # Short text alternative by rule: the description's first sentence (the figure is
        # named by its title); the rest of the description goes with the data table.
        sentences = markup.sentences(description)
        short, rest = " ".join(sentences[:1]), " ".join(sentences[1:])
        return Markup(self.render(
            "figure.html.j2", chart_id=chart_id, base=base, width=published.width,
            height=published.height, narrow=published.narrow, media=published.media,
            narrow_suffix=chart_output.NARROW_SUFFIX, title=title, short=short,
            alt=short or title, rest=rest, source=source, cites=cites,
            table=Markup(table),
        ))

    def time_map(
        self,
        page: str,
        chart_id: str,
        chart: alt.TopLevelMixin | chart_output.Recipe,
        layers: Sequence[zeitkarte.Layer],
        years: Sequence[zeitkarte.Year],
        shown: int,
        data: pd.DataFrame,
        caption: str,
        source: str,
        columns: Sequence[markup.Column],
        quelle_ids: Sequence[str] = (),
        csv: pd.DataFrame | None = None,
        table_page: str | None = None,
    ) -> Markup:
        """Publish a map through time: ``chart`` is the map of the year ``shown``, the
        other ``years`` are derived from its SVG by ``layers`` (``kommunale_jobcenter.zeitkarte``),
        all in one SVG. The figure shows ``shown`` with a list of every year (link to its
        map, its text alternative); ``zeitkarte.js`` turns the list into a year slider.
        One data table for all years (``data``; the CSV is ``csv`` if given); with
        ``table_page`` the table stands on that page (the caller writes it) and the figure
        links it, so that a page with a large map stays light."""
        if chart_id in self.chart_ids:
            raise ValueError(f"Grafik-ID {chart_id} ist doppelt")
        self.chart_ids.add(chart_id)
        self.chart_pages.add(page)
        self.time_map_pages.add(page)
        numbers = [y.jahr for y in years]
        published = chart_output.publish_chart(
            chart, data if csv is None else csv, self.docs_dir / urls.CHART_DIR, chart_id,
            self.cache_dir, derive=lambda svg: zeitkarte.derive(svg, numbers, shown, layers))
        base = self.href(page, f"{urls.CHART_DIR}/{chart_id}")
        current = next(y for y in years if y.jahr == shown)
        sentences = markup.sentences(current.text)
        short, rest = " ".join(sentences[:1]), " ".join(sentences[1:])
        items = [{"jahr": y.jahr, "titel": y.titel, "id": zeitkarte.year_id(y.jahr),
                  "alt": " ".join(markup.sentences(y.text)[:1]) or y.titel} for y in years]
        table = ("" if table_page else
                 markup.table(data, columns, caption=caption, searchable=False))
        return Markup(self.render(
            "zeitkarte.html.j2", table_href=self.href(page, table_page) if table_page else "",
            caption=caption, chart_id=chart_id, base=base, width=published.width,
            height=published.height, title=current.titel, short=short,
            alt=short or current.titel, rest=rest, source=source,
            cites=self.cite_all(page, quelle_ids) if quelle_ids else "",
            table=Markup(table), jahre=items, shown=shown,
            first=numbers[0], last=numbers[-1]))


def stand_line() -> Markup:
    return Markup(f"Datenversion {markup.text(DATA_VERSION)}")
