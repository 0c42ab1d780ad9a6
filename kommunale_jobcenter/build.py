"""validate → load → generate pages and charts → mkdocs build → search index, atomically.

Everything is generated into a fresh staging folder (a copy of docs/ plus the generated
pages); ``site/`` is replaced only when every step succeeded, so bad data never
publishes a page and never damages the previously built site.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from kommunale_jobcenter import chart_output, suche
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.parallel import worker_pool
from kommunale_jobcenter.publish.theme import theme_extra
from kommunale_jobcenter.site import Site
from kommunale_jobcenter.validate import print_report, validate

ROOT = Path(__file__).resolve().parent.parent
DOCS_DIR = ROOT / "docs"
SITE_DIR = ROOT / "site"
WORK_DIR = ROOT / ".build"
CACHE_DIR = ROOT / ".cache" / "charts"
MKDOCS_YML = ROOT / "mkdocs.yml"
# Page modules in generation order; «quellen» comes last because it lists which pages
# cite each source.
PAGE_MODULES = ["assets", "start", "jobcenter", "kreise", "geschichte", "statistik", "bund",
                "programme", "dokumente", "finanzen", "daten", "api", "quellen"]


class BuildError(Exception):
    """The build stopped; the message says why. site/ is unchanged."""


@dataclass
class BuildResult:
    site_dir: Path
    pages: int
    charts: int
    seconds: dict[str, float] = field(default_factory=dict)


def generate(docs_dir: Path, data_dir: Path = DATA_DIR, cache_dir: Path | None = CACHE_DIR,
             timings: dict[str, float] | None = None, report: object | None = None,
             site_url: str = "") -> Site:
    """Load data/ and write every generated page, chart and asset into docs_dir."""
    timings = timings if timings is not None else {}
    started = time.perf_counter()
    ctx = build_context(load_all(data_dir), data_dir, report, site_url)
    site = Site(ctx, docs_dir, cache_dir)
    timings["laden"] = time.perf_counter() - started
    with worker_pool(site):  # page families (profiles, indicators, …) go to all cores
        for name in PAGE_MODULES:
            started = time.perf_counter()
            import_module(f"kommunale_jobcenter.pages.{name}").generate(site)
            timings[f"seiten:{name}"] = time.perf_counter() - started
    return site


def source_date_epoch() -> str:
    """Commit time of HEAD in seconds; 0 outside a git checkout (e.g. a source tarball)."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return "0"
    return out.strip() or "0"


def mkdocs_build(docs_dir: Path, site_dir: Path, extra: dict | None = None,
                 site_url: str = "", options: dict | None = None) -> None:
    """mkdocs build --strict of docs_dir; options override mkdocs.yml (e.g. plugins)."""
    from mkdocs.commands.build import build as run_mkdocs
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort
    from mkdocs.exceptions import BuildError as MkDocsError

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # Reproducible output: mkdocs stamps today's date into sitemap.xml.gz (gzip mtime)
    # and, once site_url is set, into every <lastmod>. Pin it to the last commit, so two
    # builds of one commit are byte-identical on any day (tests/test_reproducible.py).
    os.environ.setdefault("SOURCE_DATE_EPOCH", source_date_epoch())
    warnings = _WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        config = load_config(str(MKDOCS_YML), docs_dir=str(docs_dir),
                             site_dir=str(site_dir), strict=True, **(options or {}))
        config["extra"].update(extra or {})  # data Stand and citation for every page
        if site_url:  # deployed: absolute sitemap and canonical links; local stays relative
            config["site_url"] = site_url.rstrip("/") + "/"
        run_mkdocs(config)
    except (Abort, MkDocsError) as err:
        details = "\n  ".join(warnings.messages)
        raise BuildError(f"mkdocs build --strict fehlgeschlagen: {err}\n  {details}") from err
    finally:
        logger.removeHandler(warnings)


class _WarningCollector(logging.Handler):
    """Keeps mkdocs' warnings so a failed strict build says what went wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def _swap(new_site: Path, site_dir: Path) -> None:
    """Replace site_dir by new_site with two renames (same filesystem)."""
    old = site_dir.with_name(site_dir.name + ".alt")
    if old.exists():
        shutil.rmtree(old)
    if site_dir.exists():
        site_dir.rename(old)
    new_site.rename(site_dir)
    if old.exists():
        shutil.rmtree(old)


def build(site_dir: Path = SITE_DIR, data_dir: Path = DATA_DIR,
          cache_dir: Path | None = CACHE_DIR, site_url: str | None = None) -> BuildResult:
    """Validate, generate and mkdocs-build into a staging folder, then swap it in.
    site_url (default: the environment's KJ_SITE_URL) makes published links absolute."""
    site_url = os.environ.get("KJ_SITE_URL", "") if site_url is None else site_url
    timings: dict[str, float] = {}
    started = time.perf_counter()
    report = validate(data_dir)
    timings["validieren"] = time.perf_counter() - started
    print_report(report)
    if not report.ok:
        raise BuildError(f"{len(report.problems)} Datenfehler; die Website wurde nicht "
                         f"neu gebaut, {site_dir.name}/ ist unverändert.")
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    WORK_DIR.mkdir(exist_ok=True)
    # The staging folder lives beside site/ so the final swap is a rename.
    staging = Path(tempfile.mkdtemp(prefix=".bau-", dir=site_dir.parent))
    try:
        docs = staging / "docs"
        shutil.copytree(DOCS_DIR, docs)
        before = chart_output.STATS.rendered
        site = generate(docs, data_dir, cache_dir, timings, report, site_url)
        started = time.perf_counter()
        mkdocs_build(docs, staging / "site", theme_extra(site), site_url)
        timings["mkdocs"] = time.perf_counter() - started
        started = time.perf_counter()
        try:  # the search index belongs to the build: without it, site/ stays as it was
            suche.index_site(staging / "site")
        except (OSError, RuntimeError, subprocess.SubprocessError) as err:
            raise BuildError(f"Suchindex fehlgeschlagen: {err}") from err
        timings["suche"] = time.perf_counter() - started
        _swap(staging / "site", site_dir)
        rendered = chart_output.STATS.rendered - before
        print(f"Website gebaut: {len(site.pages)} erzeugte Seiten, {len(site.chart_ids)} "
              f"Grafiken ({rendered} neu gerendert) → {site_dir}")
        return BuildResult(site_dir, len(site.pages), len(site.chart_ids), timings)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
