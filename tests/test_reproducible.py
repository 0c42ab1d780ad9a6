"""Two builds of the same data give identical files, also on another day, also when one of
them is incremental; and a chart rendered afresh, without the cache, gives the SVG the build
published. Serial and pooled page generation are compared in tests/test_parallel.py; here
both builds use the pool.

The builds: the session's site (``built_site``, cold, from data/); an incremental build
of a copy of data/ with one row edited, starting from a copy of that site and its build
state (``incremental_build``); a cold build of the same edited copy three days later, with
no build state (``second_build``). The incremental one must equal the cold one byte for
byte, show the edited value, and a build right after it must do nothing.

Rendering every chart twice would double the costliest step of CI (about 900 renderings);
the second build reuses the chart cache, and a sample of charts — the first of every kind
and every 25th — is rendered again without it, in a process that has rendered others
before (vl-convert's counters run across a process)."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import kommunale_jobcenter.build as build_module
from kommunale_jobcenter import chart_output, incremental, zeitkarte
from kommunale_jobcenter.bench_incremental import EDIT_PAGE, Edit, edit_one_row, german_int
from kommunale_jobcenter.build import BuildResult
from kommunale_jobcenter.chart_output import NARROW_SUFFIX, render_svg
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.publish import changelog
from tests.test_bad_data import tree_hash

pytestmark = pytest.mark.build


def digests(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


class _Tomorrow(dt.datetime):
    """mkdocs' clock, three days ahead: a build on another day."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return dt.datetime.now(tz) + dt.timedelta(days=3)


def data_copy_with_history(root: Path) -> Path:
    """root/data: a copy of data/ in a git repository of its own whose commits carry the
    dates on which data/'s packages last changed, so the copy's download pages and Stand
    (from ``git log``) are the same as data/'s; without git, both fall back alike."""
    data = root / "data"
    shutil.copytree(DATA_DIR, data)
    names = sorted(p.parent.name for p in DATA_DIR.glob("*/datapackage.json"))
    dates = {name: changelog.git_date(DATA_DIR / name, DATA_DIR) for name in names}
    git = ["git", "-C", str(root), "-c", "user.name=Test", "-c", "user.email=test@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    for day in sorted({d for d in dates.values() if d}):
        paths = [f"data/{n}" for n in names if dates[n] == day]
        subprocess.run([*git, "add", *paths], check=True)
        stamp = f"{day}T12:00:00+0000"
        subprocess.run([*git, "commit", "-q", "-m", day, "--date", stamp], check=True,
                       env={**os.environ, "GIT_COMMITTER_DATE": stamp})
    assert {n: changelog.git_date(data / n, data) for n in names} == dates
    return data


@pytest.fixture(scope="module")
def edited_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Edit]:
    """A copy of data/ in which one Kreis has one more inhabitant (not committed, like an
    edit in the working tree)."""
    data = data_copy_with_history(tmp_path_factory.mktemp("daten-bearbeitet"))
    return data, edit_one_row(data)


@pytest.fixture(scope="module")
def incremental_work(built_site: Path, built_state: Path, warm_state: Callable[[Path], Path],
                     edited_data: tuple[Path, Edit], tmp_path_factory: pytest.TempPathFactory
                     ) -> tuple[BuildResult, Path, dict[str, str]]:
    """The session's site and its build state, copied, then built again from the edited
    data: incrementally (validation of the unchanged packages and mkdocs' unchanged pages
    are skipped). Also a witness: hard links to the copied site's files, taken before the
    build, with their digests."""
    work = tmp_path_factory.mktemp("inkrementell")
    site, state = work / "site", work / "zustand"
    shutil.copytree(built_site, site)  # copy2 keeps the mtimes the state recorded
    warm_state(state)  # the page and validation cache
    shutil.copy2(incremental.state_file(built_state, built_site),
                 incremental.state_file(state, site))
    witness = work / "zeuge"
    shutil.copytree(site, witness, copy_function=os.link)
    before = digests(witness)
    result = build_module.build(site_dir=site, data_dir=edited_data[0], state_dir=state)
    return result, witness, before


@pytest.fixture(scope="module")
def incremental_build(incremental_work: tuple[BuildResult, Path, dict[str, str]]
                      ) -> BuildResult:
    return incremental_work[0]


@pytest.fixture(scope="module")
def second_build(edited_data: tuple[Path, Edit],
                 tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cold build of the edited data three days later: no build state, no site."""
    import mkdocs.utils

    site = tmp_path_factory.mktemp("zweiter-bau") / "site"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mkdocs.utils, "datetime", _Tomorrow)
        build_module.build(site_dir=site, data_dir=edited_data[0], state_dir=None)
    return site


def test_incremental_build_shows_the_edit(incremental_build: BuildResult,
                                          edited_data: tuple[Path, Edit],
                                          built_site: Path) -> None:
    assert incremental_build.mode == "inkrementell"  # mkdocs dirty mode, not a full build
    # pages whose inputs did not change come from the page cache, the edited Kreis's not
    assert incremental_build.reused > 0 and incremental_build.regenerated > 0
    edit = edited_data[1]
    before = (built_site / EDIT_PAGE).read_text(encoding="utf-8")
    after = (incremental_build.site_dir / EDIT_PAGE).read_text(encoding="utf-8")
    assert german_int(edit.before) in before and german_int(edit.after) not in before
    assert german_int(edit.after) in after and german_int(edit.before) not in after


def test_incremental_build_never_writes_into_the_previous_site(
        incremental_work: tuple[BuildResult, Path, dict[str, str]]) -> None:
    """The new site starts as hard links to the previous site's files; mkdocs and the
    search step write new files instead, so the previous site stays as it was until the
    swap (as the atomic build promises, had the build failed)."""
    result, witness, before = incremental_work
    assert digests(witness) == before
    shared = [name for name in before if (result.site_dir / name).is_file()
              and (result.site_dir / name).stat().st_ino == (witness / name).stat().st_ino]
    assert len(shared) > len(before) // 2  # most files were linked, not copied


def test_incremental_build_equals_a_cold_build(incremental_build: BuildResult,
                                               second_build: Path) -> None:
    first, second = digests(incremental_build.site_dir), digests(second_build)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []


def test_unchanged_rebuild_does_nothing(incremental_build: BuildResult,
                                        edited_data: tuple[Path, Edit]) -> None:
    site = incremental_build.site_dir
    state = site.parent / "zustand"
    before, rendered = tree_hash(site.parent), chart_output.STATS.rendered
    result = build_module.build(site_dir=site, data_dir=edited_data[0], state_dir=state)
    assert result.mode == "unverändert"
    assert set(result.seconds) == {"zustand"}  # no validation, pages, mkdocs or search
    assert chart_output.STATS.rendered == rendered
    assert tree_hash(site.parent) == before


def test_sitemap_and_search_index_are_identical(incremental_build: BuildResult,
                                                second_build: Path) -> None:
    built_site = incremental_build.site_dir
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        assert (built_site / name).read_bytes() == (second_build / name).read_bytes(), name
    index = sorted(p.relative_to(built_site) for p in (built_site / "pagefind").rglob("*")
                   if p.is_file())
    assert index and index == sorted(p.relative_to(second_build)
                                     for p in (second_build / "pagefind").rglob("*")
                                     if p.is_file())
    for name in index:  # the Pagefind search index, chunk for chunk
        assert (built_site / name).read_bytes() == (second_build / name).read_bytes(), name
    raw = (built_site / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(raw) == (built_site / "sitemap.xml").read_bytes()
    mtime = int.from_bytes(raw[4:8], "little")  # gzip header: seconds since 1970
    pinned = int(os.environ["SOURCE_DATE_EPOCH"])  # set by the build (or by the caller)
    day = dt.datetime.fromtimestamp(pinned, dt.UTC).date()
    assert dt.datetime.fromtimestamp(mtime, dt.UTC).date() == day  # not the build day


def rendering_sample(chart_dir: Path, every: int = 25) -> list[Path]:
    """Specs of the first chart of every kind (id up to the first hyphen) and of every
    ``every``-th chart, each with its phone variant where it has one."""
    specs = sorted(chart_dir.glob("*.vl.json"))
    kinds: dict[str, Path] = {}
    for spec in specs:
        kinds.setdefault(spec.name.split("-")[0], spec)
    chosen = set(kinds.values()) | set(specs[::every])
    narrow = {p.with_name(p.name.removesuffix(".vl.json") + NARROW_SUFFIX + ".vl.json")
              for p in chosen}
    return sorted(chosen | {p for p in narrow if p.exists()})


def test_charts_rendered_without_cache_equal_the_published_svgs(built_site: Path) -> None:
    sample = rendering_sample(built_site / "grafiken")
    assert len({p.name.split("-")[0] for p in sample}) >= 10  # maps, lines, bars, panels …
    differing, time_maps = [], 0
    for spec in sample:
        fresh = render_svg(json.loads(spec.read_text(encoding="utf-8")), None)
        published = spec.with_name(spec.name.removesuffix(".vl.json") + ".svg").read_text(
            encoding="utf-8")
        if zeitkarte.is_time_map(published):  # every year derived from this rendering
            time_maps += 1
            fresh, published = zeitkarte.comparable(fresh), zeitkarte.comparable(published)
        if fresh != published:
            differing.append(spec.name)
    assert differing == []
    assert time_maps >= 1


def test_chart_svg_does_not_depend_on_what_was_rendered_before() -> None:
    """vl-convert numbers gradients across the whole process; our SVGs must not."""
    import altair as alt
    import pandas as pd

    from kommunale_jobcenter.chart_output import render_svg, spec_of

    frame = pd.DataFrame({"x": [1, 2, 3], "y": [1, 2, 3], "wert": [0.1, 0.5, 0.9]})
    spec = spec_of(alt.Chart(frame).mark_point().encode(x="x:Q", y="y:Q", color="wert:Q"))
    first, second = render_svg(spec, None), render_svg(spec, None)
    assert 'id="gradient_0"' in first
    assert first == second
