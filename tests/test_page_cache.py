"""The page cache takes a stored page only while everything the page read is unchanged:
what is read is recorded path by path (``kommunale_jobcenter.reads``), by key for
mappings and groups, whole for a frame; a method of the context records what it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from kommunale_jobcenter import page_cache, reads
from kommunale_jobcenter.groups import Groups, group_rows


@dataclass(frozen=True)
class Inner:
    rows: Groups
    names: dict[str, str]

    def name_of(self, key: str) -> str:
        return self.names[key]

    @property
    def count(self) -> int:
        return len(self.names)


@dataclass(frozen=True)
class Ctx:
    inner: Inner
    frame: pd.DataFrame
    extra: dict[str, Any] = field(default_factory=dict)


def context(value: int = 1, name_b: str = "Beta") -> Ctx:
    frame = pd.DataFrame({"key": ["a", "b", "b"], "wert": [value, 2, 3]})
    return Ctx(Inner(group_rows(frame, "key"), {"a": "Alpha", "b": name_b}), frame)


def test_reads_are_recorded_by_key_group_and_field() -> None:
    read: set[reads.ReadPath] = set()
    ctx = reads.track(context(), (), read)
    assert list(ctx.inner.rows.get("b")["wert"]) == [2, 3]
    assert ctx.inner.name_of("a") == "Alpha"  # the method runs on the tracked view
    assert "b" in ctx.inner.names
    assert read == {(("a", "inner"), ("a", "rows"), ("g", "b")),
                    (("a", "inner"), ("a", "names"), ("k", "a")),
                    (("a", "inner"), ("a", "names"), ("has", "b"))}  # not its value
    read.clear()
    assert ctx.inner.count == 2 and len(ctx.frame) == 3
    # len() of a mapping reads its keys, not its values; a frame is read whole
    assert read == {(("a", "inner"), ("a", "names"), ("keys", None)), (("a", "frame"),)}


def test_table_rows_are_read_one_by_one() -> None:
    read: set[reads.ReadPath] = set()
    table = ({"name": "t"}, ["a"], reads.Rows([{"a": "1"}, {"a": "2"}, {"a": "3"}]))
    ctx = reads.track(Ctx(context().inner, pd.DataFrame(), {"t": table}), (), read)
    resource, _header, rows = ctx.extra["t"]
    assert rows[2] == {"a": "3"} and resource == {"name": "t"}
    base = (("a", "extra"), ("k", "t"))
    assert read == {(*base, ("i", 0)), (*base, ("i", 1)), (*base, ("i", 2), ("i", 2))}
    edited = reads.Rows([{"a": "9"}, {"a": "2"}, {"a": "3"}])
    other = Ctx(context().inner, pd.DataFrame(), {"t": (table[0], table[1], edited)})
    row = (*base, ("i", 2), ("i", 2))
    assert reads.digest(reads.resolve(other, row)) == \
        reads.digest(reads.resolve(Ctx(context().inner, pd.DataFrame(), {"t": table}), row))
    assert reads.digest(reads.resolve(other, (*base, ("i", 2), ("i", 0)))) != \
        reads.digest({"a": "1"})


def test_digest_is_the_same_in_every_process() -> None:
    """Set order depends on the process's string hashing (PYTHONHASHSEED); a digest must
    not, or no later build could take a stored page."""
    import subprocess
    import sys

    code = ("from kommunale_jobcenter import reads; "
            "import pandas as pd; from kommunale_jobcenter.groups import group_rows; "
            "f = pd.DataFrame({'k': list('abab'), 'v': ['x', None, 1.5, 2]}); "
            "print(reads.digest({'a': frozenset(map(str, range(50))), 'b': {'x': '1'}}), "
            "reads.digest(f), "
            "reads.group_digest(g := group_rows(f, 'k'), 'a', reads.group_hashes(g)))")
    out = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONHASHSEED": seed},
                          check=True).stdout for seed in ("1", "2")}
    assert len(out) == 1


def test_a_tracked_context_cannot_be_changed() -> None:
    ctx = reads.track(context(), (), set())
    with pytest.raises(AttributeError):
        ctx.frame = None


def test_digest_follows_content_not_identity() -> None:
    path = (("a", "inner"), ("a", "rows"), ("g", "b"))
    one, same, other = context(), context(), context(name_b="Bee")
    assert reads.digest(reads.resolve(one, path)) == reads.digest(reads.resolve(same, path))
    # a change in group «a» leaves group «b»'s digest alone, not the whole frame's
    changed = context(value=9)
    assert reads.digest(reads.resolve(changed, path)) == reads.digest(reads.resolve(one, path))
    assert reads.digest(changed.frame) != reads.digest(one.frame)
    names = (("a", "inner"), ("a", "names"), ("k", "b"))
    assert reads.digest(reads.resolve(other, names)) != reads.digest(reads.resolve(one, names))
    has = (("a", "inner"), ("a", "names"), ("has", "b"))  # there in both, other values
    assert reads.digest(reads.resolve(other, has)) == reads.digest(reads.resolve(one, has))
    gone = (("a", "inner"), ("a", "names"), ("k", "z"))
    assert reads.digest(reads.resolve(one, gone)) == reads.digest(reads.resolve(other, gone))
    assert reads.digest(reads.resolve(one, gone)) != reads.digest("")


def _group_digest(ctx: Ctx, key: str) -> str:
    groups = ctx.inner.rows
    return reads.group_digest(groups, key, reads.group_hashes(groups))


def test_a_group_is_digested_from_the_row_hashes_of_its_frame() -> None:
    one = context()
    assert _group_digest(context(), "b") == _group_digest(one, "b")
    assert _group_digest(context(value=9), "b") == _group_digest(one, "b")  # group «a»
    changed = context()
    changed.frame.loc[2, "wert"] = 30  # a row of group «b»
    assert _group_digest(changed, "b") != _group_digest(one, "b")
    assert _group_digest(one, "a") != _group_digest(one, "b")
    # an unknown key digests as missing, like the path that no longer resolves
    assert _group_digest(one, "z") == reads.digest(reads.resolve(
        one, (("a", "inner"), ("a", "rows"), ("g", "z"))))
    # cells pandas cannot hash: the group's rows are digested as a frame
    lists = group_rows(pd.DataFrame({"key": ["a"], "liste": [[1, 2]]}), "key")
    assert reads.row_hashes(lists.frame) is None
    assert reads.group_digest(lists, "a", None) == reads.digest(lists.get("a"))


@pytest.mark.parametrize("rows", [3, reads.SMALL_FRAME + 1])
def test_a_frame_is_digested_by_content_small_or_large(rows: int) -> None:
    frame = pd.DataFrame({"zahl": [float(n) for n in range(rows)], "text": ["x"] * rows})
    assert reads.digest(frame) == reads.digest(frame.copy())
    changed = frame.copy()
    changed.loc[rows - 1, "zahl"] += 1e-9
    assert reads.digest(changed) != reads.digest(frame)
    renamed = frame.rename(columns={"text": "name"})
    assert reads.digest(renamed) != reads.digest(frame)
    assert reads.digest(frame.astype({"zahl": "int64"})) != reads.digest(frame)


def _store(tmp_path: Path, ctx: Ctx, path: reads.ReadPath) -> tuple[str, Path]:
    docs = tmp_path / "docs"
    (docs / "seite").mkdir(parents=True, exist_ok=True)
    (docs / "seite" / "b.md").write_text("# B\n", encoding="utf-8")
    cache = page_cache.PageCache(tmp_path / "seiten", "schluessel", ctx)  # type: ignore[arg-type]
    key = cache.item_key(_store, "b")
    records = {"pages": {"seite/b.md": "B"}, "files": {}, "chart_ids": set(),
               "chart_pages": set(), "time_map_pages": set(), "source_usage": {}}
    cache.store(key, {path}, records, docs)
    return key, docs


def test_an_entry_is_taken_only_while_what_it_read_is_unchanged(tmp_path: Path) -> None:
    path = (("a", "inner"), ("a", "rows"), ("g", "b"))
    _key, docs = _store(tmp_path, context(), path)

    def lookup(ctx: Ctx, outside: str = "schluessel") -> page_cache.Entry | None:
        cache = page_cache.PageCache(tmp_path / "seiten", outside, ctx)  # type: ignore[arg-type]
        return cache.lookup(cache.item_key(_store, "b"))

    entry = lookup(context(value=9))  # another group changed: still valid
    assert entry is not None and entry.files == ["seite/b.md"]
    assert entry.records["pages"] == {"seite/b.md": "B"}
    changed = context()
    changed.frame.loc[2, "wert"] = 30  # a row of group «b»
    assert lookup(changed) is None
    assert lookup(context(), outside="anderer-code") is None  # code or templates changed
    (docs / "seite" / "b.md").unlink()
    page_cache.restore(entry, tmp_path / "seiten", docs)
    assert (docs / "seite" / "b.md").read_text(encoding="utf-8") == "# B\n"


def test_files_are_kept_as_links_and_a_page_written_anew_leaves_them(tmp_path: Path) -> None:
    """Storing and taking an entry copies no bytes (hard links); writing the page again,
    as the next generation does, gives it a new file and the entry keeps the old one."""
    from kommunale_jobcenter.atomic_write import write_new

    key, docs = _store(tmp_path, context(), (("a", "frame"),))
    page = docs / "seite" / "b.md"
    assert page.stat().st_nlink == 2  # the page and the entry's file
    other = tmp_path / "anderer-bau"
    cache = page_cache.PageCache(tmp_path / "seiten", "schluessel", context())  # type: ignore[arg-type]
    records = cache.take(key, other)
    assert records is not None and records["pages"] == {"seite/b.md": "B"}
    assert (other / "seite" / "b.md").stat().st_ino == page.stat().st_ino
    write_new(other / "seite" / "b.md", b"# neu\n")
    assert page.read_text(encoding="utf-8") == "# B\n"
    assert cache.take(key, tmp_path / "dritter-bau") is not None
    assert (tmp_path / "dritter-bau" / "seite" / "b.md").read_text(encoding="utf-8") == "# B\n"


def test_an_entry_whose_file_is_gone_is_a_miss(tmp_path: Path) -> None:
    key, _docs = _store(tmp_path, context(), (("a", "frame"),))
    entry_files = list((tmp_path / "seiten").rglob("b.md"))
    assert len(entry_files) == 1
    entry_files[0].unlink()
    cache = page_cache.PageCache(tmp_path / "seiten", "schluessel", context())  # type: ignore[arg-type]
    assert cache.take(key, tmp_path / "anderer-bau") is None
    assert (cache.hits, cache.misses, cache.used) == (0, 1, set())


def test_a_link_across_file_systems_falls_back_to_a_copy(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    from kommunale_jobcenter import atomic_write

    def cross_device(source: Path, target: Path) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", cross_device)
    (tmp_path / "a").write_text("eins", encoding="utf-8")
    (tmp_path / "b").write_text("alt", encoding="utf-8")
    atomic_write.link(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "b").read_text(encoding="utf-8") == "eins"
    assert (tmp_path / "b").stat().st_ino != (tmp_path / "a").stat().st_ino
    with pytest.raises(FileNotFoundError):
        atomic_write.link(tmp_path / "fehlt", tmp_path / "c")


@dataclass(frozen=True)
class Addressed:
    site_url: str


def test_the_site_address_is_a_read_not_part_of_the_key(tmp_path: Path) -> None:
    """A deploy build (KJ_SITE_URL) shares the key of a local build's entries; a page that
    links absolutely has read ``ctx.site_url``, so its entry is not taken there."""
    from kommunale_jobcenter.site import Site

    settings = {"site_url": "", "epoch": "1"}
    deployed = {**settings, "site_url": "https://daten.example.org/"}
    assert page_cache.outside_key(settings) == page_cache.outside_key(deployed)
    assert page_cache.outside_key(settings) != page_cache.outside_key({**settings, "epoch": "2"})
    read: set[reads.ReadPath] = set()
    site = Site(Addressed(""), tmp_path)  # type: ignore[arg-type]
    with site.reading(read):
        assert site.link("daten/index.md", "daten/feed.xml") == "feed.xml"
    assert read == {(("a", "site_url"),)}
    digests = reads.Digests(Addressed(""))
    assert digests.unchanged({path: digests.of(path) for path in read})
    assert not reads.Digests(Addressed(deployed["site_url"])).unchanged(
        {path: digests.of(path) for path in read})


def test_entries_no_build_used_are_pruned(tmp_path: Path) -> None:
    key, docs = _store(tmp_path, context(), (("a", "frame"),))
    cache = page_cache.PageCache(tmp_path / "seiten", "schluessel", context())  # type: ignore[arg-type]
    entry = cache.lookup(key)
    assert entry is not None
    cache.store(key, set(entry.read), entry.records, docs)  # stored again by this build
    assert len(list((tmp_path / "seiten").iterdir())) == 3  # the entry, two file folders
    assert cache.prune() == 0  # the entry and its new folder stay, the older folder goes
    assert sorted(p.is_dir() for p in (tmp_path / "seiten").iterdir()) == [False, True]
    assert cache.take(key, tmp_path / "anderer-bau") is not None
    unused = page_cache.PageCache(tmp_path / "seiten", "schluessel", context())  # type: ignore[arg-type]
    assert unused.prune() == 1 and not list((tmp_path / "seiten").iterdir())


def test_written_files_are_an_items_pages_downloads_and_its_charts_files(
        tmp_path: Path) -> None:
    """Every file publish_chart writes for the item's charts, and nothing of a chart whose
    id begins the same."""
    from kommunale_jobcenter import chart_output, urls

    charts = tmp_path / urls.CHART_DIR
    charts.mkdir()
    for name in ("k.svg", "k.vl.json", "k.csv", "k.schmal.svg", "k.schmal.vl.json",
                 "k-2.svg", "k-2.csv", "l.svg"):
        (charts / name).write_text("x", encoding="utf-8")
    records = {"pages": ["jobcenter/a.md"], "files": ["daten/a.zip"], "chart_ids": {"k", "l"}}
    listed = page_cache.written_files(records, tmp_path)
    assert listed == ["jobcenter/a.md", "daten/a.zip", *(
        f"{urls.CHART_DIR}/k{s}" for s in chart_output.CHART_SUFFIXES), f"{urls.CHART_DIR}/l.svg"]
    assert listed[2:] == sorted(listed[2:])


@dataclass(frozen=True)
class Published:
    files: dict[str, str]
    tables: dict[tuple[str, str], reads.Rows]


def _stamp_of(path: reads.ReadPath) -> reads.ReadPath | None:
    if path[:1] == (("a", "tables"),) and len(path) > 1:
        return (("a", "files"), ("k", path[1][1][0]))
    return None


def test_reads_under_an_unchanged_stamp_are_not_checked_and_a_changed_one_checks_each(
        ) -> None:
    rows = reads.Rows(({"n": "1"}, {"n": "2"}))
    before = Published({"p": "alt"}, {("p", "t"): rows})
    row_one = (("a", "tables"), ("k", ("p", "t")), ("i", 1))
    read = {row_one, (("a", "files"), ("k", "p"))}
    plain, stamped = reads.Digests(before, _stamp_of).partition(read)
    assert set(plain) == {(("a", "files"), ("k", "p"))}
    assert set(stamped) == {(("a", "files"), ("k", "p"))}
    assert set(stamped[(("a", "files"), ("k", "p"))][1]) == {row_one}

    class Counting(reads.Digests):
        def __init__(self, root: Any, stamp: reads.StampOf) -> None:
            super().__init__(root, stamp)
            self.asked: list[reads.ReadPath] = []

        def of(self, path: reads.ReadPath) -> str:
            self.asked.append(path)
            return super().of(path)

    same = Counting(before, _stamp_of)
    assert same.unchanged(plain, stamped) and row_one not in same.asked
    # the package's files changed, the row read did not: still valid, checked row by row
    other_row = Published({"p": "neu"}, {("p", "t"): reads.Rows(({"n": "9"}, {"n": "2"}))})
    assert Counting(other_row, _stamp_of).unchanged({}, stamped)
    this_row = Published({"p": "neu"}, {("p", "t"): reads.Rows(({"n": "1"}, {"n": "3"}))})
    assert not Counting(this_row, _stamp_of).unchanged({}, stamped)


def test_the_published_tables_stand_under_their_packages_files() -> None:
    from kommunale_jobcenter.context import stamp_of

    publish = (("a", "publish"),)
    files = (*publish, ("a", "files"))
    key = ("jobcenter", "kreise")
    assert stamp_of((*publish, ("a", "tables"), ("k", key), ("i", 2), ("i", 5))) == (
        *files, ("k", "jobcenter"))
    assert stamp_of((*publish, ("a", "texts"), ("k", key))) == (*files, ("k", "jobcenter"))
    assert stamp_of((*publish, ("a", "index"), ("k", (key, ("ags",))), ("k", ("05570",)))) == (
        *files, ("k", "jobcenter"))
    # which tables there are, what changed when, other parts of the context: not stamped
    assert stamp_of((*publish, ("a", "tables"), ("keys", None))) is None
    assert stamp_of((*publish, ("a", "tables"), ("has", key))) is None
    assert stamp_of((*publish, ("a", "dates"), ("k", "jobcenter"))) is None
    assert stamp_of((("a", "finanzen"), ("a", "rows_by_zkt"), ("g", "Z001"))) is None


def test_a_site_changed_since_the_last_build_drops_the_page_cache(tmp_path: Path) -> None:
    """The site shares the entries' files (hard links): after an edit of site/ in place,
    no entry is taken; an intact site, or a first build of a site, keeps them."""
    from kommunale_jobcenter.build import page_cache_dir

    _store(tmp_path, context(), (("a", "frame"),))
    pages = tmp_path / "seiten"
    assert page_cache_dir(tmp_path, had_state=True, intact=True) == pages
    assert page_cache_dir(tmp_path, had_state=False, intact=False) == pages
    assert any(pages.iterdir())
    assert page_cache_dir(tmp_path, had_state=True, intact=False) == pages
    assert not pages.exists()
    assert page_cache_dir(None, had_state=True, intact=False) is None
