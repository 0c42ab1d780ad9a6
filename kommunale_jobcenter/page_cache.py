"""Pages of a family (profiles, Finanzen pages, indicator pages …) kept from one build to
the next, each keyed by exactly what it read.

One entry per page function and item (``.build/seiten/<key>.pickle``), found by a key of
the function, the item's content and everything outside ``data/`` that shapes a page (code,
templates, curated content, tool versions, settings). It holds what the item wrote (pages,
charts, downloads: the files' bytes), what ``Site`` recorded for it, and every path of
the build context it read (``kommunale_jobcenter.reads``) with the digest of what it found.
The next build takes the entry only if every one of those digests is the same in its own
context; then the files are written back and the records merged, and the page function does
not run. Anything else – a changed row it read, a changed template, a new tool version –
makes a miss, and the page is generated and stored again.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kommunale_jobcenter import reads, urls
from kommunale_jobcenter.atomic_write import write_atomically
from kommunale_jobcenter.chart_output import CHART_SUFFIXES
from kommunale_jobcenter.context import BuildContext
from kommunale_jobcenter.incremental import inputs_besides_data

ENTRY_VERSION = 1


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
    files: dict[str, bytes]  # docs-relative path → content


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
        self.digests = reads.Digests(self.ctx)

    def item_key(self, func: Callable[..., None], item: Any) -> str:
        name = f"{func.__module__}.{func.__qualname__}"
        return hashlib.sha256(f"{self.key}|{name}|{reads.digest(item)}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def lookup(self, key: str) -> Entry | None:
        """The stored entry if everything it read is unchanged, else None."""
        started = time.perf_counter()
        try:
            return self._lookup(key)
        finally:
            self.seconds += time.perf_counter() - started

    def _lookup(self, key: str) -> Entry | None:
        try:
            entry = pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            entry = None
        if not isinstance(entry, Entry) or not self.digests.unchanged(entry.read):
            self.misses += 1
            return None
        self.hits += 1
        self.used.add(self._path(key).name)
        return entry

    def store(self, key: str, read: set[reads.ReadPath], records: dict[str, Any],
              docs_dir: Path) -> None:
        started = time.perf_counter()
        files = {rel: (docs_dir / rel).read_bytes() for rel in written_files(records, docs_dir)}
        entry = Entry({p: self.digests.of(p) for p in read}, records, files)
        write_atomically(self._path(key), pickle.dumps(entry, protocol=5))
        self.used.add(self._path(key).name)
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
        """Remove the entries this build neither took nor wrote; returns how many."""
        removed = 0
        for path in self.folder.glob("*.pickle"):
            if path.name not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
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


def restore(entry: Entry, docs_dir: Path) -> None:
    """Write an entry's files into docs_dir."""
    for rel, content in entry.files.items():
        path = docs_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
