"""Generate many independent pages on all cores.

Profile pages are independent of each other, so ``map_pages`` splits them over worker
processes and merges what each worker recorded (pages, charts, cited sources) back into
the parent's ``Site``. Workers are *spawned*, not forked: vl-convert runs a JavaScript
engine with threads, which must not be forked. ``KJ_BUILD_WORKERS=1`` builds serially.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from multiprocessing import get_context
from typing import Any

from scripts import chart_output
from scripts.site import Site

MIN_ITEMS_PER_WORKER = 10
_SITE: Site | None = None


def worker_count(items: int) -> int:
    wanted = int(os.environ.get("KJ_BUILD_WORKERS", os.cpu_count() or 1))
    return max(1, min(wanted, items // MIN_ITEMS_PER_WORKER))


def _start_worker(site: Site) -> None:
    global _SITE
    _SITE = site


def _run_chunk(module: str, name: str, items: Sequence[Any]) -> dict[str, Any]:
    site = _SITE
    assert site is not None
    func = getattr(import_module(module), name)
    for item in items:
        func(site, item)
    return {"pages": site.pages, "source_usage": dict(site.source_usage),
            "chart_pages": site.chart_pages, "chart_ids": site.chart_ids,
            "rendered": chart_output.STATS.rendered, "cached": chart_output.STATS.cached}


def map_pages(site: Site, func: Callable[[Site, Any], None], items: Sequence[Any]) -> None:
    """Call ``func(site, item)`` for every item, in parallel where it pays off."""
    workers = worker_count(len(items))
    if workers == 1:
        for item in items:
            func(site, item)
        return
    chunks = [items[i::workers] for i in range(workers)]
    blank = site.fresh_copy()  # records start empty in each worker
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                             initializer=_start_worker, initargs=(blank,)) as pool:
        results = list(pool.map(_run_chunk, [func.__module__] * workers,
                                [func.__name__] * workers, chunks))
    for result in results:
        site.merge_records(result)
        chart_output.STATS.rendered += result["rendered"]
        chart_output.STATS.cached += result["cached"]
