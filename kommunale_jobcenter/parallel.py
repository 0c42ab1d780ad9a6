"""Generate many independent pages on all cores.

``worker_pool(site)`` starts the worker processes once per build, at its beginning, so
their start-up (imports) overlaps with the pages the parent builds meanwhile. Each worker
receives the read-only build context once, at pool start (``Site.ctx``, built in the
parent by ``kommunale_jobcenter.context``), and writes through its own ``Site``.
``map_pages`` then splits a family of independent pages (profiles, indicator pages,
programme pages) into small tasks for the pool and merges what each item recorded
(pages, charts, cited sources) back into the parent's ``Site``, in the items' order.
Without a pool, or with ``KJ_BUILD_WORKERS=1``, pages are built serially in the parent;
the output is the same.

With a page cache (``kommunale_jobcenter.page_cache``, incremental builds), an item whose
stored entry is still valid is not generated at all: its files are written back and its
records merged. The others are generated while the context records what they read, and
stored.

Workers are *spawned*, not forked: vl-convert runs a JavaScript engine with threads,
which must not be forked. Page functions run there read ``site.ctx`` and write their own
pages; what they record travels back with the task's result.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from importlib import import_module
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from kommunale_jobcenter import chart_output, page_cache
from kommunale_jobcenter.context import BuildContext
from kommunale_jobcenter.reads import ReadPath
from kommunale_jobcenter.site import Site

TASK_SIZE = 4  # items per task at most: small enough to balance, large enough to batch
TASKS_PER_WORKER = 4  # a short family (6 year pages) is cut finer, so no worker idles
MIN_ITEMS = 4  # fewer items are built in the parent: a task costs a round trip
_POOL: Executor | None = None  # the parent's pool while ``worker_pool`` is open
_SITE: Site | None = None  # the worker's site: the parent's context, its own records
_CACHE: page_cache.PageCache | None = None  # the parent's page cache while the pool is open
_WORKER_CACHE: page_cache.PageCache | None = None  # a worker's view of the same folder
# CPU seconds the workers spent on tasks, per page module (for the benchmark: a worker's
# CPU time reaches the parent's os.times() only when the pool shuts down).
WORKER_CPU: dict[str, float] = defaultdict(float)


def worker_count() -> int:
    return max(1, int(os.environ.get("KJ_BUILD_WORKERS", os.cpu_count() or 1)))


def _start_worker(ctx: BuildContext, docs_dir: Path, cache_dir: Path | None,
                  pages: tuple[Path, str] | None) -> None:
    global _SITE, _WORKER_CACHE
    _SITE = Site(ctx, docs_dir, cache_dir)
    _WORKER_CACHE = page_cache.PageCache(pages[0], pages[1], ctx) if pages else None


def _ready() -> int:
    return os.getpid()


def _run_items(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any],
               cache: page_cache.PageCache | None) -> list[dict[str, Any]]:
    """Each item on ``site``, taken from ``cache`` where its stored entry is still valid,
    else generated (with ``cache``: recording what it reads, then stored); per item what
    it recorded. Lookups and stores run where the item runs, so on all cores."""
    out = []
    for item in items:
        key = cache.item_key(func, item) if cache is not None else ""
        entry = cache.lookup(key) if cache is not None else None
        if entry is not None:
            page_cache.restore(entry, site.docs_dir)
            out.append({"records": entry.records, "cpu": 0.0, "rendered": 0, "cached": 0,
                        "worker": _SITE is site, "chart_times": [{}, {}]})
            continue
        site.clear_records()
        rendered, cached = chart_output.STATS.rendered, chart_output.STATS.cached
        timed = dict(chart_output.TIMES.seconds), dict(chart_output.TIMES.cpu_seconds)
        read: set[ReadPath] = set()
        started = time.process_time()
        if cache is not None:
            with site.reading(read):
                func(site, item)
        else:
            func(site, item)
        records = site.records()
        out.append({"cpu": time.process_time() - started, "records": records,
                    "rendered": chart_output.STATS.rendered - rendered,
                    "cached": chart_output.STATS.cached - cached, "worker": _SITE is site,
                    "chart_times": [_delta(chart_output.TIMES.seconds, timed[0]),
                                    _delta(chart_output.TIMES.cpu_seconds, timed[1])]})
        if cache is not None:
            cache.store(key, read, records, site.docs_dir)
        # the counts travel with the result (``map_pages`` adds them up)
        chart_output.STATS.rendered, chart_output.STATS.cached = rendered, cached
    return out


def _delta(now: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    return {k: v - before.get(k, 0.0) for k, v in now.items()}


def _run_task(module: str, name: str, items: Sequence[Any]) -> dict[str, Any]:
    assert _SITE is not None, "worker without a site"
    cache = _WORKER_CACHE
    results = _run_items(_SITE, getattr(import_module(module), name), items, cache)
    return {"items": results, "cache": cache.take_counts() if cache is not None else None}


@contextmanager
def worker_pool(site: Site, cache: page_cache.PageCache | None = None) -> Iterator[None]:
    """Worker processes for ``map_pages`` while the block runs (none with one worker);
    ``cache`` keeps and reuses pages of the families for the same time (each worker
    opens the same cache folder)."""
    global _POOL, _CACHE
    workers = worker_count()
    if _POOL is not None or _CACHE is not None:
        yield
        return
    _CACHE = cache
    if workers == 1:
        try:
            yield
        finally:
            _CACHE = None
        return
    pages = (cache.folder, cache.key) if cache is not None else None
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                               initializer=_start_worker,
                               initargs=(site.ctx, site.docs_dir, site.cache_dir, pages))
    for _ in range(workers):
        pool.submit(_ready)  # start every worker now, not at the first map_pages
    _POOL = pool
    try:
        yield
    finally:
        _POOL = _CACHE = None
        pool.shutdown(wait=True, cancel_futures=True)


def task_size(items: int, workers: int) -> int:
    """Items per task: ``TASK_SIZE``, or fewer when a family has too few items to give
    every worker ``TASKS_PER_WORKER`` tasks (the order of the merge stays the items')."""
    return max(1, min(TASK_SIZE, items // (workers * TASKS_PER_WORKER)))


def _generate(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any],
              cache: page_cache.PageCache | None) -> list[dict[str, Any]]:
    """Per item what it recorded, on the pool where there is one (in item order)."""
    if _POOL is None or len(items) < MIN_ITEMS:
        return _run_items(Site(site.ctx, site.docs_dir, site.cache_dir, env=site.env),
                          func, items, cache)
    size = task_size(len(items), worker_count())
    tasks = [items[i:i + size] for i in range(0, len(items), size)]
    out = []
    for task in _POOL.map(_run_task, [func.__module__] * len(tasks),
                          [func.__name__] * len(tasks), tasks):
        out += task["items"]
        if cache is not None:  # what the workers took and stored counts for this build
            cache.add_counts(task["cache"])
    return out


def map_pages(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any]) -> None:
    """Call ``func(site, item)`` for every item, on the worker pool where there is one,
    taking from the page cache every item whose inputs are unchanged.
    ``func`` must be a module-level function (workers import it by name)."""
    for result in _generate(site, func, items, _CACHE):  # in item order: deterministic
        site.merge_records(result["records"])
        chart_output.STATS.rendered += result["rendered"]
        chart_output.STATS.cached += result["cached"]
        if result["worker"]:  # a worker's chart times reach the bench through the parent
            WORKER_CPU[func.__module__] += result["cpu"]
            for record, delta in zip((chart_output.TIMES.seconds, chart_output.TIMES.cpu_seconds),
                                     result["chart_times"], strict=True):
                for stage, seconds in delta.items():
                    record[stage] = record.get(stage, 0.0) + seconds
