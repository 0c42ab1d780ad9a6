"""The build's worker processes: started once per build, at its beginning.

``pool(imports, warm_up)`` starts one process per core (``KJ_BUILD_WORKERS`` overrides;
with one, there is no pool and everything runs in the parent). The workers import the
page modules and warm up the chart renderer while the parent starts validating, so their
start-up costs the parent nothing. Two things use them: ``soon`` (one call, e.g.
Frictionless on one package during validation) and ``kommunale_jobcenter.parallel``
(page families). A light module: validation uses it without importing the page code.

Workers are forked while that is safe: they then inherit the parent's imports instead of
repeating them (about 1.2 s of CPU each). Once vl-convert's JavaScript engine runs in this
process (its threads must not be forked: a forked worker would hang in its first chart),
or other Python threads run than those of our own pools, they are spawned.

``forked_pool`` starts a second set of workers later, forked from the parent as it is then:
they inherit what it has built meanwhile (``kommunale_jobcenter.parallel`` hands the page
workers the build context that way, without pickling it).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import _ExecutorManagerThread
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")
NICENESS = 5  # the parent's work (validation, overviews) is on the critical path
_POOL: Executor | None = None  # the parent's pool while ``pool`` is open
# thread names of vl-convert's JavaScript engine and of its async runtime (Linux)
ENGINE_THREADS = ("V8 ", "tokio")


def count() -> int:
    """How many workers a pool has: one per core, or ``KJ_BUILD_WORKERS``."""
    return max(1, int(os.environ.get("KJ_BUILD_WORKERS", os.cpu_count() or 1)))


def current() -> Executor | None:
    """The open pool, or None (outside ``pool``, or with one worker)."""
    return _POOL


def engine_running() -> bool:
    """Whether a thread of vl-convert's engine runs in this process, told by the names of
    its threads; True where they cannot be read (not Linux)."""
    try:
        names = [Path(f"/proc/self/task/{task}/comm").read_text(encoding="utf-8")
                 for task in os.listdir("/proc/self/task")]
    except OSError:
        return True
    return any(name.startswith(ENGINE_THREADS) for name in names)


def _own_thread(thread: threading.Thread) -> bool:
    """The main thread, or a thread of a process pool (its manager and its queue's
    feeder): they hold nothing a forked worker uses."""
    return (thread is threading.main_thread() or isinstance(thread, _ExecutorManagerThread)
            or thread.name == "QueueFeederThread")


def start_method() -> str:
    """«fork» while no other Python thread runs than our pools' and vl-convert's engine
    has not started here, else «spawn»."""
    if (hasattr(os, "fork") and all(_own_thread(t) for t in threading.enumerate())
            and not engine_running()):
        return "fork"
    return "spawn"


def _start(imports: Sequence[str], warm_up: Callable[[], None] | None) -> None:
    os.nice(NICENESS)  # the workers take what CPU the parent leaves
    for module in imports:  # while the parent validates and loads
        import_module(module)
    if warm_up is not None:
        warm_up()


def _ready() -> int:
    return os.getpid()


@contextmanager
def pool(imports: Sequence[str] = (),
         warm_up: Callable[[], None] | None = None) -> Iterator[Callable[..., None]]:
    """Worker processes while the block runs (none with one worker; a nested block shares
    the open pool). They start at once, import ``imports`` and call ``warm_up`` (a
    module-level function). The block gets ``release``: it ends the pool early without
    waiting for the workers to exit, so their exit overlaps with what the parent does next
    (the build's mkdocs step); ``release(wait=True)`` waits for the tasks under way (the
    others are cancelled), so a stopped build's workers write nothing after it."""
    global _POOL
    workers = count()
    if _POOL is not None or workers == 1:
        yield lambda wait=False: None
        return
    method = start_method()
    if method == "fork":  # imported once, here: the workers inherit the modules
        for module in imports:
            import_module(module)
    executor = ProcessPoolExecutor(workers, mp_context=get_context(method),
                                   initializer=_start, initargs=(tuple(imports), warm_up))
    for _ in range(workers):
        executor.submit(_ready)  # start every worker now, not at the first task
    _POOL = executor

    def release(wait: bool = False) -> None:
        global _POOL
        if _POOL is executor:
            _POOL = None
            executor.shutdown(wait=wait, cancel_futures=True)

    try:
        yield release
    finally:
        release(wait=True)


@contextmanager
def forked_pool() -> Iterator[Executor | None]:
    """A pool of its own, forked now, for the block: its workers inherit this process as
    it is (what it has built so far). None with one worker or where forking is not safe
    (``start_method``). At the block's end its workers exit while the caller goes on;
    if the block raises, after the tasks under way are done."""
    if count() == 1 or start_method() != "fork":
        yield None
        return
    executor = ProcessPoolExecutor(count(), mp_context=get_context("fork"),
                                   initializer=_start, initargs=((), None))
    for _ in range(count()):
        executor.submit(_ready)
    try:
        yield executor
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=False)


@dataclass(frozen=True)
class Result(Generic[T]):
    """What ``soon`` gives: call it for the result (waiting for it, or computing it here
    without a pool); ``done()`` tells without waiting whether it is there."""

    get: Callable[[], T]
    done: Callable[[], bool]

    def __call__(self) -> T:
        return self.get()


def later(func: Callable[..., T], *args: Any) -> Result[T]:
    """``func(*args)`` run here when its result is asked for (never done before)."""
    return Result(lambda: func(*args), lambda: False)


def soon(func: Callable[..., T], *args: Any) -> Result[T]:
    """``func(*args)`` started now on the pool if one is open, else ``later``. ``func``
    must be a module-level function and its arguments and result picklable."""
    if _POOL is None:
        return later(func, *args)
    future = _POOL.submit(func, *args)
    return Result(future.result, future.done)
