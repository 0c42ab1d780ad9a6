"""validate → load → generate pages and charts → mkdocs build → search index, atomically.

Everything is generated into a fresh staging folder (a copy of docs/ plus the generated
pages); ``site/`` is replaced only when every step succeeded, so bad data never
publishes a page and never damages the previously built site.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from kommunale_jobcenter import (
    chart_output,
    mkdocs_parallel,
    package_memo,
    page_cache,
    render_service,
    suche,
    workers,
)
from kommunale_jobcenter import incremental as incremental_state
from kommunale_jobcenter.context import BuildContext, build_context
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.package_memo import PackageMemo
from kommunale_jobcenter.parallel import deferring, map_pages, serving
from kommunale_jobcenter.publish.theme import theme_extra
from kommunale_jobcenter.recorder import Recorder
from kommunale_jobcenter.site import Site
from kommunale_jobcenter.validate import (
    PendingReport,
    ValidationReport,
    print_report,
    start_validation,
)

ROOT = Path(__file__).resolve().parent.parent
DOCS_DIR = ROOT / "docs"
SITE_DIR = ROOT / "site"
# build state, page cache and validation cache; KJ_BUILD_DIR moves them (the tests give
# each pytest-xdist worker its own, so parallel test builds never prune each other's)
WORK_DIR = Path(os.environ.get("KJ_BUILD_DIR") or ROOT / ".build")
CACHE_DIR = ROOT / ".cache" / "charts"
MKDOCS_YML = ROOT / "mkdocs.yml"
# Page modules in generation order: «downloads» early, so the workers start with the
# longest family; «quellen» last because it lists which pages cite each source.
PAGE_MODULES = ["assets", "downloads", "start", "jobcenter", "kreise", "geschichte",
                "statistik", "bund", "programme", "dokumente", "finanzen", "api", "daten",
                "api_docs", "quellen"]
# Modules that read what other pages recorded (which files exist, which pages cite a
# source): they come last and start only when every family before them is merged.
RECORD_READERS = {"daten", "api_docs", "quellen"}
WAIT_STAGE = "warten"  # waiting for the families before the readers
PAGE_STAGES = [*PAGE_MODULES, WAIT_STAGE]  # stage names «seiten:…» of the page step
# Modules that read nothing but the build context (no other page's records, no page
# family of their own): in an incremental build each goes through the page cache whole.
SELF_CONTAINED = {"start", "kreise", "geschichte", "bund", "dokumente"}
PAGE_IMPORTS = [f"kommunale_jobcenter.pages.{name}" for name in PAGE_MODULES]


class BuildError(Exception):
    """The build stopped; the message says why. site/ is unchanged."""


class Validation:
    """The data's validation while the build goes on: ``ready()`` tells without waiting
    whether it is done; called, it gives the report (printed once, its waiting time
    counted as «validieren»), or raises ``BuildError`` if the data has errors: the
    staging folder is dropped and site/ stays as it was."""

    def __init__(self, pending: PendingReport, recorder: Recorder, site_dir: Path) -> None:
        self.pending, self.recorder, self.site_dir = pending, recorder, site_dir
        self.printed = False

    def ready(self) -> bool:
        return self.pending.ready()

    @contextmanager
    def explaining(self) -> Iterator[None]:
        """A failure in the block (loading or a page, on bad data) waits for the report,
        which says why, instead of showing a traceback; on valid data it is raised."""
        try:
            yield
        except BuildError:
            raise
        except Exception:  # any: reported only after validation has spoken
            self()
            raise

    def __call__(self) -> ValidationReport:
        if not self.printed:
            with self.recorder.stage("validieren"):
                report = self.pending()
            self.recorder.notes["report"] = report
            print_report(report)
            self.printed = True
        report = self.pending()
        if not report.ok:
            raise BuildError(f"{len(report.problems)} Datenfehler; die Website wurde nicht "
                             f"neu gebaut, {self.site_dir.name}/ ist unverändert.")
        return report


@dataclass
class BuildResult:
    site_dir: Path
    pages: int
    charts: int
    seconds: dict[str, float] = field(default_factory=dict)
    mode: str = "voll"  # "voll", "inkrementell" (mkdocs dirty) or "unverändert"
    # page cache: items of the families taken unchanged / generated (0, 0 without cache)
    reused: int = 0
    regenerated: int = 0


def generate(docs_dir: Path, data_dir: Path = DATA_DIR, cache_dir: Path | None = CACHE_DIR,
             timings: dict[str, float] | None = None, report: object | None = None,
             site_url: str = "", recorder: Recorder | None = None,
             pages_dir: Path | None = None, settings: dict[str, str] | None = None,
             ctx: BuildContext | None = None,
             validation: Validation | None = None) -> Site:
    """Load data/, build the read-only context once (unless ``ctx`` is given) and write
    every generated page, chart and asset into docs_dir. Stage times go to recorder (or,
    wall time only, to timings). With pages_dir, pages of the families whose inputs did
    not change since they were stored there are taken from it
    (``kommunale_jobcenter.page_cache``). With ``validation`` (the build's, still under
    way), the pages are generated meanwhile: it is asked between two page modules once
    it is ready, and before the families are waited for at the latest, so data with
    errors stops the build early; its report goes into the context of the pages that
    show it (``RECORD_READERS``)."""
    recorder = recorder or Recorder(seconds=timings if timings is not None else {})
    with recorder.stage("laden"):
        if ctx is None:
            ctx = build_context(load_all(data_dir), data_dir, report, site_url)
        site = Site(ctx, docs_dir, cache_dir)
        cache = (page_cache.PageCache(pages_dir, page_cache.outside_key(settings or {}), ctx)
                 if pages_dir is not None else None)
    with serving(site, cache):  # page families (profiles, indicators, …) on all cores
        with deferring() as flush:  # … while the parent builds the other pages
            for name in PAGE_MODULES:
                if name in RECORD_READERS:
                    break
                with recorder.stage(f"seiten:{name}"):
                    if name in SELF_CONTAINED:
                        map_pages(site, module_pages, [name])
                    else:
                        module_pages(site, name)
                if validation is not None and validation.ready():
                    validation()
            # bad data stops the build here, before it waits for the families
            report = validation() if validation is not None else None
            with recorder.stage(f"seiten:{WAIT_STAGE}"):
                flush()
        if validation is not None:  # the pages that show the report get it in their context
            site = dataclasses.replace(site, ctx=dataclasses.replace(site.ctx,
                                                                     validation_report=report))
        for name in PAGE_MODULES:
            if name in RECORD_READERS:
                with recorder.stage(f"seiten:{name}"):
                    module_pages(site, name)
    if cache is not None:
        cache.prune()
        recorder.notes["seiten_cache"] = {"genommen": cache.hits, "erzeugt": cache.misses,
                                          "sekunden": cache.seconds}
    return site


def module_pages(site: Site, name: str) -> None:
    """Every page of one page module."""
    import_module(f"kommunale_jobcenter.pages.{name}").generate(site)


def source_date_epoch() -> str:
    """Commit time of HEAD in seconds; 0 outside a git checkout (e.g. a source tarball)."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return "0"
    return out.strip() or "0"


def mkdocs_build(docs_dir: Path, site_dir: Path, extra: dict | None = None,
                 site_url: str = "", options: dict | None = None, dirty: bool = False) -> None:
    """mkdocs build --strict of docs_dir; options override mkdocs.yml (e.g. plugins).
    dirty: site_dir holds the previous output; only sources newer than it are rendered."""
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
    notice = _DirtyNotice()
    logging.getLogger("mkdocs.commands.build").addFilter(notice)
    try:
        config = load_config(str(MKDOCS_YML), docs_dir=str(docs_dir),
                             site_dir=str(site_dir), strict=True, **(options or {}))
        config["extra"].update(extra or {})  # data Stand and citation for every page
        if site_url:  # deployed: absolute sitemap and canonical links; local stays relative
            config["site_url"] = site_url.rstrip("/") + "/"
        # its two page loops on two cores when there are (one with KJ_BUILD_WORKERS=1)
        with mkdocs_parallel.two_processes(enabled=workers.count() > 1):
            run_mkdocs(config, dirty=dirty)
    except (Abort, MkDocsError) as err:
        details = "\n  ".join(warnings.messages)
        raise BuildError(f"mkdocs build --strict fehlgeschlagen: {err}\n  {details}") from err
    finally:
        logger.removeHandler(warnings)
        logging.getLogger("mkdocs.commands.build").removeFilter(notice)


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


def _settings(site_url: str, cache_dir: Path | None) -> dict[str, str]:
    """The build's settings that change its output besides files (for the fingerprint)."""
    return {"site_url": site_url, "epoch": os.environ["SOURCE_DATE_EPOCH"],
            "vl_convert": chart_output.vlc.__version__,
            "cache": "ja" if cache_dir is not None else "nein"}


class _DirtyNotice(logging.Filter):
    """Drops mkdocs' warning about dirty builds (which --strict would count): here dirty
    mode runs only when every page around the changed ones is known to be unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def page_cache_dir(state_dir: Path | None, had_state: bool, intact: bool) -> Path | None:
    """The page cache of an incremental build with state in state_dir (None: no cache).
    Its entries' files are hard links that the published site shares (downloads, charts),
    so when site/ was changed since the build that recorded it (``had_state`` and not
    ``intact``), every entry is dropped: a file edited in place must not come back."""
    if state_dir is None:
        return None
    pages = state_dir / "seiten"
    if had_state and not intact:
        shutil.rmtree(pages, ignore_errors=True)
    return pages


def build(site_dir: Path = SITE_DIR, data_dir: Path = DATA_DIR,
          cache_dir: Path | None = CACHE_DIR, site_url: str | None = None,
          recorder: Recorder | None = None, state_dir: Path | None = WORK_DIR,
          incremental: bool = True) -> BuildResult:
    """Validate, generate and mkdocs-build into a staging folder, then swap it in.
    site_url (default: the environment's KJ_SITE_URL) makes published links absolute.

    Incremental (state in state_dir, see kommunale_jobcenter/incremental.py): when no
    input changed and site_dir is as the last build left it, nothing is done; data that
    passed validation before is not validated again; mkdocs renders only the pages whose
    generated source changed, and Pagefind runs only when some HTML changed. With
    incremental=False (or state_dir=None, or no chart cache) every step runs in full."""
    site_url = os.environ.get("KJ_SITE_URL", "") if site_url is None else site_url
    os.environ.setdefault("SOURCE_DATE_EPOCH", source_date_epoch())
    recorder = recorder or Recorder()
    site_dir = site_dir.resolve()
    incremental = incremental and state_dir is not None and cache_dir is not None
    state_path = incremental_state.state_file(state_dir, site_dir) if incremental else None
    memo_path = incremental_state.search_memo_file(state_path) if state_path else None
    with recorder.stage("zustand"):
        fingerprint = incremental_state.fingerprint(data_dir, _settings(site_url, cache_dir))
        previous = incremental_state.BuildState.load(state_path) if state_path else None
        intact = previous is not None and previous.site_intact(site_dir)
    if previous is not None and intact and previous.fingerprint == fingerprint:
        print(f"Website unverändert: keine Eingabe hat sich geändert → {site_dir}")
        return BuildResult(site_dir, previous.pages, previous.charts, recorder.seconds,
                           "unverändert")
    pages_dir = page_cache_dir(state_dir if incremental else None, previous is not None, intact)
    memo = PackageMemo(state_dir / package_memo.FOLDER if incremental and state_dir else None)
    # Workers start now and validate the data. Forked, they only validate (the page
    # workers are forked once the context is built, see ``parallel.serving``); spawned,
    # they also build the pages, and start their chart renderer meanwhile.
    forking = workers.start_method() == "fork"
    # an incremental build renders few charts: one process renders them, its engine
    # started now while a core is idle, instead of one engine per page worker
    serving_charts = render_service.running(
        forking and incremental and previous is not None, chart_output.warm_up,
        chart_output.vega_svg, workers.NICENESS)
    with serving_charts, workers.pool(PAGE_IMPORTS, None if forking else chart_output.warm_up) \
            as release_workers:
        with recorder.stage("validieren"):
            validation = Validation(start_validation(data_dir, cache_file=(
                state_dir / "pruefung.json" if incremental and state_dir else None),
                memo=memo), recorder, site_dir)
        # the data is loaded, and the pages generated, while Frictionless runs on the
        # workers; loading or a page may fail on bad data, but then validation says why
        with validation.explaining(), recorder.stage("laden"):
            loaded = validation.pending.packages  # the checks' load, where it is the same
            ctx = build_context(loaded if loaded is not None else load_all(data_dir),
                                data_dir, None, site_url, validate_here=False, memo=memo)
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        # The staging folder lives beside site/ so the final swap is a rename.
        staging = Path(tempfile.mkdtemp(prefix=".bau-", dir=site_dir.parent))
        try:
            docs = staging / "docs"
            shutil.copytree(DOCS_DIR, docs)
            before = chart_output.STATS.rendered
            with validation.explaining():
                site = generate(docs, data_dir, cache_dir, site_url=site_url,
                                recorder=recorder, settings=_settings(site_url, cache_dir),
                                pages_dir=pages_dir, ctx=ctx, validation=validation)
            release_workers()  # every page is written: the workers exit meanwhile
            extra = theme_extra(site)
            recorder.notes["mkdocs_extra"] = extra
            if recorder.keep_docs is not None:  # for the bench; not part of any stage
                shutil.copytree(docs, recorder.keep_docs)
            with recorder.stage("vergleichen"):
                docs_hashes = incremental_state.file_hashes(docs)
                key = incremental_state.mkdocs_key(extra, _settings(site_url, cache_dir))
                dirty = bool(intact and previous and previous.mkdocs_key == key
                             and previous.docs.keys() == docs_hashes.keys())
                changed = len(docs_hashes)
                if dirty:
                    assert previous is not None
                    changed = incremental_state.mark_unchanged(docs, docs_hashes, previous.docs)
                    # hard links, not copies: mkdocs (``mkdocs_hooks.on_files``) and the
                    # search step write new files, never into the previous site's
                    shutil.copytree(site_dir, staging / "site", symlinks=True,
                                    copy_function=os.link)
            with recorder.stage("mkdocs"):
                mkdocs_build(docs, staging / "site", extra, site_url, dirty=dirty)
            with recorder.stage("suche"):
                try:  # the search index belongs to the build: without it, site/ stays as it was
                    memo = suche.annotate_compounds(
                        staging / "site", suche.load_memo(memo_path) if memo_path else None)
                    html = incremental_state.html_hashes(staging / "site")
                    if not (dirty and previous is not None and html == previous.html):
                        shutil.rmtree(staging / "site" / suche.PAGEFIND_DIR, ignore_errors=True)
                        suche.run_pagefind(staging / "site", staging / "suche", memo)
                except (OSError, RuntimeError, subprocess.SubprocessError) as err:
                    raise BuildError(f"Suchindex fehlgeschlagen: {err}") from err
            if state_path is not None:  # the old state no longer describes site/
                state_path.unlink(missing_ok=True)
                if memo_path is not None:
                    memo_path.unlink(missing_ok=True)
            _swap(staging / "site", site_dir)
            rendered = chart_output.STATS.rendered - before
            mode = "inkrementell" if dirty else "voll"
            if state_path is not None:
                with recorder.stage("zustand"):
                    incremental_state.BuildState(
                        fingerprint, len(site.pages), len(site.chart_ids),
                        incremental_state.site_manifest(site_dir), html, docs_hashes, key,
                        site_path=str(site_dir),
                    ).save(state_path)
                    if memo_path is not None:
                        suche.save_memo(memo, memo_path)
                    incremental_state.prune_states(state_path.parent)
            cached = recorder.notes.get("seiten_cache", {"genommen": 0, "erzeugt": 0})
            print(f"Website gebaut ({mode}: {changed} von {len(docs_hashes)} Quelldateien "
                  f"geändert): {len(site.pages)} erzeugte Seiten, {len(site.chart_ids)} "
                  f"Grafiken ({rendered} neu gerendert); Seitenspeicher: "
                  f"{cached['genommen']} übernommen, {cached['erzeugt']} neu erzeugt → {site_dir}")
            return BuildResult(site_dir, len(site.pages), len(site.chart_ids), recorder.seconds,
                               mode, cached["genommen"], cached["erzeugt"])
        finally:
            release_workers(wait=True)  # a stopped build's workers may still be writing
            shutil.rmtree(staging, ignore_errors=True)
