"""Pages of a family (profiles, Finanzen pages, indicator pages …) kept from one build to
the next, each keyed by exactly what it read.

One entry per page function and item (``.build/seiten/<key>.pickle``), found by a key of
the function, the item's content and everything outside ``data/`` that shapes a page (code,
templates, curated content, tool versions, settings). It holds what ``Site`` recorded for
the item, the names of the files it wrote (pages, charts, downloads), and every path of
the build context it read (``kommunale_jobcenter.reads``) with the digest of what it found.
The files themselves are kept as hard links in a folder beside the entry
(``<key>.<token>/``): storing and taking them back copies no bytes. Nothing writes into a
generated file after it is written (``atomic_write.write_new`` unlinks first), so the
links keep the bytes the entry was made with.
The next build takes the entry only if every one of those digests is the same in its own
context; then the files are linked back and the records merged, and the page function
does not run. Anything else – a changed row it read, a changed template, a new tool
version, a missing file – makes a miss, and the page is generated and stored again.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kommunale_jobcenter import reads, urls
from kommunale_jobcenter.atomic_write import link, write_atomically
from kommunale_jobcenter.chart_output import CHART_SUFFIXES
from kommunale_jobcenter.context import BuildContext, stamp_of
from kommunale_jobcenter.incremental import inputs_besides_data

ENTRY_VERSION = 3  # 2: files as hard links beside the entry; 3: reads under stamps


# settings a page reads from the build context, so they are recorded like any read:
# a deploy build (KJ_SITE_URL) takes every page of a local build that never reads it
READ_SETTINGS = {"site_url"}  # ``BuildContext.site_url``


def outside_key(settings: dict[str, str]) -> str:
    """Hash of every input of a page besides the build context: the package's code and
    templates, curated/, docs/, the tools' versions and the build's settings (but for
    ``READ_SETTINGS``)."""
    besides = {name: value for name, value in settings.items() if name not in READ_SETTINGS}
    parts = {**inputs_besides_data(besides), "version": ENTRY_VERSION}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


@dataclass
class Entry:
    read: dict[reads.ReadPath, str]  # every path the item read → digest of its value
    records: dict[str, Any]  # what Site recorded (pages, charts, citations, files)
    files: list[str]  # docs-relative paths of what it wrote, kept in ``folder``
    folder: str  # the folder beside the entry that holds the files (hard links)
    stamped: reads.Stamped  # the reads a stamp stands for (``reads.Digests.partition``)


@dataclass
class PageCache:
    folder: Path
    key: str  # ``outside_key`` of this build
    ctx: BuildContext
    hits: int = 0
    misses: int = 0
    used: set[str] = field(default_factory=set)  # entry files this build took or wrote
    seconds: float = 0.0  # spent looking up, storing and checking digests
    digests: reads.Digests = field(init=False)  # of this build's context, once per path

    def __post_init__(self) -> None:
        self.digests = reads.Digests(self.ctx, stamp_of)

    def item_key(self, func: Callable[..., None], item: Any) -> str:
        name = f"{func.__module__}.{func.__qualname__}"
        return hashlib.sha256(f"{self.key}|{name}|{reads.digest(item)}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def take(self, key: str, docs_dir: Path) -> dict[str, Any] | None:
        """If everything the stored entry read is unchanged, its files linked into
        docs_dir and its records; else None (a miss)."""
        started = time.perf_counter()
        try:
            entry = self.lookup(key)
            if entry is None:
                return None
            try:
                restore(entry, self.folder, docs_dir)
            except FileNotFoundError:  # a file of the entry is gone: generate it again
                self.hits, self.misses = self.hits - 1, self.misses + 1
                return None
            self.used |= {self._path(key).name, entry.folder}
            return entry.records
        finally:
            self.seconds += time.perf_counter() - started

    def lookup(self, key: str) -> Entry | None:
        """The stored entry if everything it read is unchanged, else None."""
        try:
            entry = pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            entry = None
        if not isinstance(entry, Entry) or not self.digests.unchanged(entry.read, entry.stamped):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def store(self, key: str, read: set[reads.ReadPath], records: dict[str, Any],
              docs_dir: Path) -> None:
        """Keep what the item read and recorded, and link the files it wrote into a new
        folder beside the entry (the one an older entry of the key had is pruned)."""
        started = time.perf_counter()
        files = written_files(records, docs_dir)
        folder = f"{key}.{uuid.uuid4().hex[:12]}"
        made: set[Path] = set()  # each folder once, not once per file
        for rel in files:
            target = self.folder / folder / rel
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            link(docs_dir / rel, target)
        plain, stamped = self.digests.partition(read)
        entry = Entry(plain, records, files, folder, stamped)
        write_atomically(self._path(key), pickle.dumps(entry, protocol=5))
        self.used |= {self._path(key).name, folder}
        self.seconds += time.perf_counter() - started

    def take_counts(self) -> dict[str, Any]:
        """What this cache counted since the last call (a worker's, per task), reset."""
        counts = {"hits": self.hits, "misses": self.misses, "seconds": self.seconds,
                  "used": self.used}
        self.hits = self.misses = 0
        self.seconds, self.used = 0.0, set()
        return counts

    def add_counts(self, counts: dict[str, Any]) -> None:
        """Count what a worker's cache took and stored as this build's."""
        self.hits += counts["hits"]
        self.misses += counts["misses"]
        self.seconds += counts["seconds"]
        self.used |= counts["used"]

    def prune(self) -> int:
        """Remove the entries (and file folders) this build neither took nor wrote;
        returns how many entries."""
        removed = 0
        for path in list(self.folder.iterdir()) if self.folder.is_dir() else []:
            if path.name in self.used:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
                removed += path.suffix == ".pickle"
        return removed


def written_files(records: dict[str, Any], docs_dir: Path) -> list[str]:
    """Every file an item wrote: its pages, downloads and the files of its charts
    (``grafiken/<id><suffix>``; asked for by name: a glob would read the whole folder of
    thousands of charts once per chart)."""
    out = [*records["pages"], *records["files"]]
    for chart_id in sorted(records["chart_ids"]):
        names = [f"{urls.CHART_DIR}/{chart_id}{suffix}" for suffix in CHART_SUFFIXES]
        out += [name for name in names if (docs_dir / name).is_file()]
    return out


def restore(entry: Entry, folder: Path, docs_dir: Path) -> None:
    """Link an entry's files (kept in ``folder``) into docs_dir; FileNotFoundError if one
    is gone."""
    kept, made = folder / entry.folder, set()
    for rel in entry.files:
        path = docs_dir / rel
        if path.parent not in made:  # each folder once, not once per file
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        link(kept / rel, path)
