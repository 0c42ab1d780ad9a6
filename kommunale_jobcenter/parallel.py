"""Generate many independent pages on all cores.

``serving(site)`` gives the page workers the read-only build context (``Site.ctx``,
built once in the parent by ``kommunale_jobcenter.context``). Where forking is safe
(``workers.start_method``), it forks a pool of its own once the context is built: the
workers inherit the context as it is in the parent's memory, nothing is pickled. Else the
workers that started with the build (``kommunale_jobcenter.workers``, spawned) get it
through a file: the parent pickles it once, and each worker loads it with its first task.
Either way, each worker writes through its own ``Site``.
``map_pages`` then splits a family of independent pages (profiles, indicator pages,
programme pages) into small tasks for the pool and merges what each item recorded
(pages, charts, cited sources) back into the parent's ``Site``, in the items' order.
Without a pool, or with ``KJ_BUILD_WORKERS=1``, pages are built serially in the parent;
the output is the same.

With a page cache (``kommunale_jobcenter.page_cache``, incremental builds), an item whose
stored entry is still valid is not generated at all: its files are linked back and its
records merged. The others are generated while the context records what they read, and
stored.

Page functions run in the workers read ``site.ctx`` and write their own pages; what they
record travels back with the task's result.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from importlib import import_module
from typing import Any

from kommunale_jobcenter import chart_output, page_cache, workers
from kommunale_jobcenter.reads import ReadPath
from kommunale_jobcenter.site import Site

TASK_SIZE = 4  # items per task at most: small enough to balance, large enough to batch
TASKS_PER_WORKER = 4  # a short family (6 year pages) is cut finer, so no worker idles
MIN_ITEMS = 4  # fewer items are built in the parent: a task costs a round trip
_SETUP: str | None = None  # the parent's setup file (or inherited token) while serving
_EXECUTOR: Executor | None = None  # the pool the families go to while serving
# what forked page workers inherit: the token their tasks carry, and the setup itself
_INHERITED: tuple[str, tuple[Any, ...]] | None = None
INHERITED_PREFIX = "geerbt:"
_CACHE: page_cache.PageCache | None = None  # the parent's page cache while serving
_SITE: Site | None = None  # the worker's site: the parent's context, its own records
_SITE_SETUP: str | None = None  # the setup file the worker's site was loaded from
_WORKER_CACHE: page_cache.PageCache | None = None  # a worker's view of the same folder
_DEFERRED: list[Callable[[], None]] | None = None  # merges waiting while ``deferring``
# CPU seconds the workers spent on tasks, per page module (for the benchmark: a worker's
# CPU time reaches the parent's os.times() only when the pool shuts down).
WORKER_CPU: dict[str, float] = defaultdict(float)


def _write_setup(site: Site, cache: page_cache.PageCache | None) -> str:
    """Pickle what every worker needs into a file once; its path travels with each task."""
    # a new name per build, so a worker never mistakes an old file for it
    path = os.path.join(tempfile.gettempdir(), f"kj-kontext-{uuid.uuid4().hex}.pickle")
    with open(path, "xb") as out:
        pickle.dump(_setup_of(site, cache), out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _setup_of(site: Site, cache: page_cache.PageCache | None) -> tuple[Any, ...]:
    pages = (cache.folder, cache.key) if cache is not None else None
    return site.ctx, site.docs_dir, site.cache_dir, pages


def _worker_site(setup: str) -> Site:
    """The worker's site for the build that wrote setup (loaded with its first task), or
    that the worker inherited (``_INHERITED``, when setup is its token)."""
    global _SITE, _SITE_SETUP, _WORKER_CACHE
    if setup != _SITE_SETUP:
        if _INHERITED is not None and setup == _INHERITED[0]:
            ctx, docs_dir, cache_dir, pages = _INHERITED[1]
        else:
            with open(setup, "rb") as handle:
                ctx, docs_dir, cache_dir, pages = pickle.load(handle)
        _SITE, _SITE_SETUP = Site(ctx, docs_dir, cache_dir), setup
        _WORKER_CACHE = page_cache.PageCache(pages[0], pages[1], ctx) if pages else None
    return _SITE


def _run_items(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any],
               cache: page_cache.PageCache | None) -> list[dict[str, Any]]:
    """Each item on ``site``, taken from ``cache`` where its stored entry is still valid,
    else generated (with ``cache``: recording what it reads, then stored); per item what
    it recorded. Lookups and stores run where the item runs, so on all cores."""
    out = []
    for item in items:
        key = cache.item_key(func, item) if cache is not None else ""
        taken = cache.take(key, site.docs_dir) if cache is not None else None
        if taken is not None:
            out.append({"records": taken, "cpu": 0.0, "rendered": 0, "cached": 0,
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


def _run_task(setup: str, module: str, name: str, items: Sequence[Any]) -> dict[str, Any]:
    site = _worker_site(setup)
    cache = _WORKER_CACHE
    results = _run_items(site, getattr(import_module(module), name), items, cache)
    return {"items": results, "cache": cache.take_counts() if cache is not None else None}


@contextmanager
def serving(site: Site, cache: page_cache.PageCache | None = None) -> Iterator[None]:
    """While the block runs, ``map_pages`` builds the items of site's families on a pool:
    forked now where that is safe, so its workers inherit site's context and ``cache``;
    else the open pool (or one opened here), which gets them through a setup file. The
    cache keeps and reuses pages of the families (each worker opens the same folder)."""
    global _SETUP, _CACHE, _EXECUTOR, _INHERITED
    if _SETUP is not None or _CACHE is not None:
        yield
        return
    token = f"{INHERITED_PREFIX}{uuid.uuid4().hex}"
    _INHERITED = (token, _setup_of(site, cache))  # set before the fork: inherited
    try:
        with workers.forked_pool() as forked:
            if forked is not None:
                _EXECUTOR, _SETUP, _CACHE = forked, token, cache
                try:
                    yield
                finally:
                    _SETUP = _CACHE = _EXECUTOR = None
                return
            _INHERITED = None
            with workers.pool():
                _EXECUTOR, _CACHE = workers.current(), cache
                _SETUP = _write_setup(site, cache) if _EXECUTOR is not None else None
                try:
                    yield
                finally:
                    if _SETUP is not None:
                        os.unlink(_SETUP)
                    _SETUP = _CACHE = _EXECUTOR = None
    finally:
        _INHERITED = None


def task_size(items: int, workers: int) -> int:
    """Items per task: ``TASK_SIZE``, or fewer when a family has too few items to give
    every worker ``TASKS_PER_WORKER`` tasks (the order of the merge stays the items')."""
    return max(1, min(TASK_SIZE, items // (workers * TASKS_PER_WORKER)))


def _generate(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any],
              cache: page_cache.PageCache | None, long: bool) -> Iterator[dict[str, Any]]:
    """Per item what it recorded, in item order: on the pool where there is one (the tasks
    are handed out at once, the results come as they are read), else built here now."""
    pool = _EXECUTOR
    if pool is None or _SETUP is None or (len(items) < MIN_ITEMS and not long):
        return iter(_run_items(Site(site.ctx, site.docs_dir, site.cache_dir, env=site.env),
                               func, items, cache))
    size = task_size(len(items), workers.count())
    tasks = [items[i:i + size] for i in range(0, len(items), size)]
    return _collect(pool.map(_run_task, [_SETUP] * len(tasks), [func.__module__] * len(tasks),
                              [func.__name__] * len(tasks), tasks), cache)


def _collect(tasks: Iterator[dict[str, Any]],
             cache: page_cache.PageCache | None) -> Iterator[dict[str, Any]]:
    for task in tasks:
        if cache is not None:  # what the workers took and stored counts for this build
            cache.add_counts(task["cache"])
        yield from task["items"]


@contextmanager
def deferring() -> Iterator[Callable[[], None]]:
    """While the block runs, ``map_pages`` returns as soon as its items are handed out,
    so the parent builds the next pages (overviews, other modules) while the workers
    build the families; what they recorded is merged, in the order of the calls, by the
    function the block gets (``flush``) and at its end. Page code that reads other
    pages' records (which pages cite a source, which files exist) must run after a
    flush, or outside the block."""
    global _DEFERRED
    if _DEFERRED is not None:
        yield _flush
        return
    _DEFERRED = []
    try:
        yield _flush
        _flush()
    finally:
        _DEFERRED = None


def _flush() -> None:
    while _DEFERRED:
        _DEFERRED.pop(0)()


def map_pages(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any],
              long: bool = False) -> None:
    """Call ``func(site, item)`` for every item, on the worker pool where there is one,
    taking from the page cache every item whose inputs are unchanged; what the items
    recorded is merged into site now, or, inside ``deferring``, at its next flush.
    Fewer than ``MIN_ITEMS`` items are built here, unless ``long`` says each takes long
    enough to be worth a round trip (the parent goes on meanwhile).
    ``func`` must be a module-level function (workers import it by name)."""
    results = _generate(site, func, items, _CACHE, long)
    if _DEFERRED is not None:
        _DEFERRED.append(lambda: _merge(site, func, results))
    else:
        _merge(site, func, results)


def _merge(site: Site, func: Callable[[Site, Any], None],
           results: Iterator[dict[str, Any]]) -> None:
    for result in results:  # in item order: deterministic
        site.merge_records(result["records"])
        chart_output.STATS.rendered += result["rendered"]
        chart_output.STATS.cached += result["cached"]
        if result["worker"]:  # a worker's chart times reach the bench through the parent
            WORKER_CPU[func.__module__] += result["cpu"]
            for record, delta in zip((chart_output.TIMES.seconds, chart_output.TIMES.cpu_seconds),
                                     result["chart_times"], strict=True):
                for stage, seconds in delta.items():
                    record[stage] = record.get(stage, 0.0) + seconds
