"""The worker pool builds page families like the parent would: same pages, same records."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kommunale_jobcenter import parallel, workers
from kommunale_jobcenter.context import BuildContext
from kommunale_jobcenter.site import TOC_HIDDEN, Site


def write_page(site: Site, item: int) -> None:
    """A page function as page modules have them (module level, so workers can import it)."""
    page = f"p/{item:02d}.md"
    site.page(page, f"Seite {item}", f"# {item}\n\n{site.cite(page, f'Q{item % 3}')}\n")


def _site(tmp_path: Path) -> Site:
    return Site(BuildContext({}), tmp_path / "docs", None)


def test_map_pages_without_a_pool_runs_in_the_parent(tmp_path: Path) -> None:
    site = _site(tmp_path)
    parallel.map_pages(site, write_page, list(range(6)))
    assert list(site.pages) == [f"p/{i:02d}.md" for i in range(6)]


@pytest.mark.parametrize("count", ["1", "2"])
def test_worker_pool_gives_the_same_pages_and_records(tmp_path: Path, count: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KJ_BUILD_WORKERS", count)
    site = _site(tmp_path)
    items = list(range(11))
    with parallel.serving(site):
        assert (parallel._EXECUTOR is None) == (count == "1")
        parallel.map_pages(site, write_page, items)
    assert workers._POOL is None and parallel._EXECUTOR is None
    assert list(site.pages) == [f"p/{i:02d}.md" for i in items]  # in item order
    assert site.source_usage["Q0"] == {f"p/{i:02d}.md" for i in items if i % 3 == 0}
    for i in items:
        written = (tmp_path / "docs" / f"p/{i:02d}.md").read_text(encoding="utf-8")
        assert written.removeprefix(TOC_HIDDEN).startswith(f"# {i}")
    if count == "2":
        assert sum(parallel.WORKER_CPU.values()) > 0


def test_a_page_built_twice_is_an_error(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KJ_BUILD_WORKERS", "2")
    site = _site(tmp_path)
    write_page(site, 4)
    with parallel.serving(site), pytest.raises(ValueError, match="doppelt"):
        parallel.map_pages(site, write_page, list(range(8)))


def test_short_families_are_cut_finer() -> None:
    """Six year pages on two workers go as six tasks, not as four and two."""
    assert parallel.task_size(6, 2) == 1
    assert parallel.task_size(18, 2) == 2
    assert parallel.task_size(121, 2) == parallel.TASK_SIZE


def test_a_pool_started_early_serves_the_site_given_later(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a build where workers cannot be forked: they start before the context
    exists, and each build's context reaches them through its own setup file, removed
    afterwards."""
    monkeypatch.setenv("KJ_BUILD_WORKERS", "2")
    monkeypatch.setattr(workers, "start_method", lambda: "spawn")
    with workers.pool([__name__]):
        pool = workers._POOL
        for round_ in ("a", "b"):
            site = Site(BuildContext({}), tmp_path / round_ / "docs", None)
            with parallel.serving(site):
                assert workers._POOL is pool
                setup = parallel._SETUP
                parallel.map_pages(site, write_page, list(range(8)))
            assert setup is not None and not Path(setup).exists()
            assert (tmp_path / round_ / "docs" / "p/07.md").is_file()
    assert workers._POOL is None


def test_deferred_families_are_merged_in_call_order_at_the_flush(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside ``deferring`` the parent goes on while the workers build; the records of
    each family arrive at the flush, in the order of the calls."""
    monkeypatch.setenv("KJ_BUILD_WORKERS", "2")
    site = _site(tmp_path)
    with parallel.serving(site), parallel.deferring() as flush:
        parallel.map_pages(site, write_page, list(range(8)))
        write_page(site, 20)  # the parent's own page, built meanwhile
        parallel.map_pages(site, write_page, list(range(10, 18)))
        assert list(site.pages) == ["p/20.md"]  # nothing merged yet
        flush()
        assert list(site.pages) == ["p/20.md", *[f"p/{i:02d}.md" for i in range(8)],
                                    *[f"p/{i:02d}.md" for i in range(10, 18)]]
        parallel.map_pages(site, write_page, list(range(4)))  # a page made twice …
        with pytest.raises(ValueError, match="doppelt"):
            flush()  # … is found when it is merged


def test_soon_runs_on_a_worker_and_release_ends_the_pool_early(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("KJ_BUILD_WORKERS", "1")
    assert workers.soon(os.getpid)() == os.getpid()  # no pool: here, when asked
    monkeypatch.setenv("KJ_BUILD_WORKERS", "2")
    with workers.pool() as release:
        assert workers.soon(os.getpid)() != os.getpid()
        release()
        assert workers.current() is None
        assert workers.soon(os.getpid)() == os.getpid()
    assert workers.current() is None


FORK_PROBE = """
import os
from pathlib import Path

from kommunale_jobcenter import chart_output, parallel, workers
from kommunale_jobcenter.context import BuildContext
from kommunale_jobcenter.site import Site
from tests.test_parallel import write_page


def pool_method(docs):
    site = Site(BuildContext({}), Path(docs), None)
    with parallel.serving(site):
        method = parallel._EXECUTOR._mp_context.get_start_method()
        how = "geerbt" if parallel._SETUP.startswith(parallel.INHERITED_PREFIX) else "datei"
        parallel.map_pages(site, write_page, list(range(8)))
    assert list(site.pages) == [f"p/{i:02d}.md" for i in range(8)]
    return method, how


if __name__ == "__main__":
    os.environ["KJ_BUILD_WORKERS"] = "2"
    with workers.pool():  # as in a build: the validating workers run meanwhile
        assert workers.soon(os.getpid)() != os.getpid()
        before = (workers.start_method(), *pool_method(DOCS + "/a"))
    chart_output.warm_up()  # vl-convert's engine starts in this process
    after = (workers.engine_running(), workers.start_method(), *pool_method(DOCS + "/b"))
    print(*before, *after)
"""


def test_workers_are_forked_until_the_engine_runs_here(tmp_path: Path) -> None:
    """Forked page workers inherit the context (nothing pickled), even while the
    build's first pool runs; once vl-convert's engine runs in the parent, spawned ones
    get it through a file and give the same pages (a forked one would hang in its first
    chart). In a process of its own: the test process may have started the engine."""
    import subprocess
    import sys

    script = tmp_path / "probe.py"
    script.write_text(FORK_PROBE.replace("DOCS", repr(str(tmp_path))), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=300, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["fork", "fork", "geerbt", "True", "spawn", "spawn", "datei"]


def test_another_python_thread_means_spawn() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert workers.start_method() == "spawn"
    finally:
        stop.set()
        thread.join()
