"""Validate data/ and curated/: every package's structure and Frictionless schema, then
our own checks across packages.

Every problem is reported as ``file:row:field: message`` in plain German. One package is
checked by ``kommunale_jobcenter.package_validation`` (for ``data/`` and for the tables of
``curated/``), the YAML documents of ``curated/`` by ``kommunale_jobcenter.curated``. Our own
checks (``kommunale_jobcenter/checks``) run on every package whose files can be read as
tables, even when Frictionless found errors: cells that do not fit their type become
missing values there, so a check reports what Frictionless cannot see.
"""

from __future__ import annotations

import ast
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kommunale_jobcenter import curated, curated_tables, reads
from kommunale_jobcenter.checks import Problem, all_checks
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.package_memo import NO_MEMO, PackageMemo
from kommunale_jobcenter.package_validation import (
    files_present,
    frictionless_by_content,
    layout_problems,
    package_digest,
    read_descriptor,
    say,
)
from kommunale_jobcenter.workers import Result, soon


@dataclass
class ValidationReport:
    problems: list[Problem]
    rows: int
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class CheckOutcome:
    """What one own check did: its cache key, what it found, the exception it raised (if
    any) and which paths of the packages it read."""

    key: str
    found: list[Problem]
    error: Exception | None
    read: set[reads.ReadPath]


def _run_checks(packages: dict[str, dict[str, Any]], cache: ValidCache | None = None,
                inputs: str = "") -> list[CheckOutcome]:
    """Every own check on the readable packages, before it is known whether Frictionless
    or the layout checks found problems (``_settle`` decides what counts).

    With ``cache``, a check that found nothing before is run again only if a table it read
    changed (``kommunale_jobcenter.reads`` records which tables of which packages it reads;
    ``inputs`` names everything else it may read: curated/)."""
    outcomes: list[CheckOutcome] = []
    digests = reads.Digests(packages)  # computes nothing until asked
    for check in all_checks():
        key = cache.key("pruefung", f"{check.__module__}.{check.__qualname__}", inputs) \
            if cache is not None else ""
        if cache is not None and key in cache.checks and digests.unchanged(cache.checks[key]):
            cache.checks[key] = cache.checks.pop(key)  # most recently used
            continue
        outcome = CheckOutcome(key, [], None, set())
        try:
            outcome.found.extend(check(reads.track(packages, (), outcome.read)
                                       if cache else packages))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as err:
            outcome.error = err
        outcomes.append(outcome)
    return outcomes


def _settle(outcomes: list[CheckOutcome], reported: bool, digests: reads.Digests,
            cache: ValidCache | None) -> list[Problem]:
    """The problems of the own checks. When layout or Frictionless problems are reported
    already (``reported``), a check that could not work on the broken cells (a missing
    package, a missing value where it needs one) is left out, with what it found before it
    failed: the cause is in the report. On data without such problems, an exception in a
    check is a bug and is raised. A check that found nothing on such data is cached."""
    problems: list[Problem] = []
    for outcome in outcomes:
        if outcome.error is not None and not reported:
            raise outcome.error
        problems.extend(outcome.found)
        if cache is not None and outcome.error is None and not outcome.found and not reported:
            cache.checks[outcome.key] = {path: digests.of(path) for path in outcome.read}
    return problems


class ValidCache:
    """Keys of inputs found valid by an earlier run (``.build/pruefung.json``), so a build
    validates only what changed since. Only valid results are kept: invalid data is always
    validated afresh and reported exactly as without the cache. Every key includes a hash
    of the validation code and of Frictionless' version."""

    LIMIT = 200  # keys kept; enough for the real data and a few copies (tests, bench)

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.valid: dict[str, int] = {}
        # own checks that found nothing: key → every path they read with its digest
        self.checks: dict[str, dict[reads.ReadPath, str]] = {}
        if path is not None and path.is_file():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                self.valid = dict(stored["gueltig"])
                self.checks = {key: {ast.literal_eval(p): d for p, d in read.items()}
                               for key, read in stored["pruefungen"].items()}
            except (OSError, ValueError, TypeError, KeyError, SyntaxError):
                self.valid, self.checks = {}, {}
        self.code = _code_key() if path is not None else ""

    def key(self, *parts: str) -> str:
        return hashlib.sha256("\0".join((self.code, *parts)).encode()).hexdigest()

    def __contains__(self, key: str) -> bool:
        return self.path is not None and key in self.valid

    def add(self, key: str, rows: int = 0) -> None:
        self.valid.pop(key, None)
        self.valid[key] = rows

    def save(self) -> None:
        if self.path is None:
            return
        checks = list(self.checks.items())[-self.LIMIT:]
        stored = {"gueltig": dict(list(self.valid.items())[-self.LIMIT:]),
                  "pruefungen": {key: {repr(p): d for p, d in read.items()}
                                 for key, read in checks}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(stored), encoding="utf-8")
        tmp.replace(self.path)


def _code_key() -> str:
    """Hash of the code that decides what is valid, and of the validators' versions."""
    from importlib import metadata

    from kommunale_jobcenter.incremental import PACKAGE_DIR, tree_digest

    code = [PACKAGE_DIR / name for name in (
        "checks", "fields", "validate.py", "package_validation.py", "curated.py",
        "curated_tables.py", "load.py", "certainty.py", "datapackage.py")]
    versions = [metadata.version(name) for name in ("frictionless", "jsonschema", "pandas")]
    return tree_digest(code, PACKAGE_DIR) + json.dumps(versions)


def curated_problems(curated_dir: Path = curated.CURATED_DIR) -> list[Problem]:
    """All problems of all curated files: the tables of every folder with a descriptor and
    every YAML document; schemas themselves are checked by the documents that use them."""
    found: list[Problem] = []
    if not curated_dir.is_dir():
        return found
    for descriptor in sorted(curated_dir.glob(f"*/{curated_tables.DESCRIPTOR}")):
        found.extend(curated_tables.table_problems(descriptor.parent, curated_dir))
    for path in sorted(curated_dir.rglob("*.yaml")):
        if path.name == curated_tables.DESCRIPTOR or path.parent.name == curated.SCHEMA_DIR:
            continue
        found.extend(curated.document_problems(path, curated_dir))
    return found


def validate(data_dir: Path = DATA_DIR, curated_dir: Path | None = None,
             cache_file: Path | None = None) -> ValidationReport:
    """``data/`` (and, for the real data folder, ``curated/``): layout, Frictionless and
    every own check on every package whose tables could be read. With cache_file, inputs
    that passed before (same content, same validation code) are not validated again."""
    return start_validation(data_dir, curated_dir, cache_file)()


class PendingReport:
    """The report of a validation under way: ``ready()`` tells without waiting whether
    Frictionless has answered for every package; calling it gives the report (waiting
    for Frictionless, then settling the own checks), computed once. ``packages``: the
    loaded data, where it can stand in for a strict load."""

    def __init__(self, finish: Callable[[], ValidationReport],
                 pending: Sequence[Result[tuple[Problem, ...]]],
                 packages: dict[str, dict[str, Any]] | None = None) -> None:
        self._finish, self._pending = finish, pending
        self._report: ValidationReport | None = None
        # every package of data_dir as ``load_all`` would give it, where the own checks
        # loaded them all and no cell was lost (see ``load._typed``): the build uses them
        self.packages = packages

    def ready(self) -> bool:
        return self._report is not None or all(r.done() for r in self._pending)

    def __call__(self) -> ValidationReport:
        if self._report is None:
            self._report = self._finish()
        return self._report


def _load_leniently(name: str, data_dir: Path) -> tuple[dict[str, Any], list[str]]:
    """A package as ``load_package(lenient=True)`` gives it, with the cells it lost."""
    from kommunale_jobcenter.load import load_package

    lost: list[str] = []
    return load_package(name, data_dir, lenient=True, lost=lost), lost


def start_validation(data_dir: Path = DATA_DIR, curated_dir: Path | None = None,
                     cache_file: Path | None = None,
                     memo: PackageMemo = NO_MEMO) -> PendingReport:
    """``validate`` in two halves: everything but waiting for Frictionless now, and the
    report pending while Frictionless runs on the worker pool (the build loads the data
    and generates the pages meanwhile); without a pool, here when the report is asked
    for. A package unchanged since the last build is loaded from ``memo``."""
    from kommunale_jobcenter.incremental import tree_digest

    started = time.perf_counter()
    cache = ValidCache(cache_file)
    if curated_dir is None and data_dir.resolve() == DATA_DIR.resolve():
        curated_dir = curated.CURATED_DIR
    keys = [cache.key("curated", tree_digest([curated_dir], curated_dir)
                      if curated_dir is not None and curated_dir.is_dir() else "")]
    folders = sorted(p.parent for p in data_dir.glob("*/datapackage.json"))
    # layout first, then Frictionless for every package not valid before: on the worker
    # pool, largest first, while this process validates curated/ and runs the own checks
    layout: dict[str, list[Problem]] = {}
    frictionless: dict[str, Result[tuple[Problem, ...]]] = {}
    readable: list[str] = []
    todo: list[tuple[int, Path, str]] = []
    digests: dict[str, str] = {}
    for folder in folders:
        descriptor, layout[folder.name] = read_descriptor(folder, data_dir)
        if descriptor is None:
            continue
        present = files_present(folder, descriptor)
        digest = digests[folder.name] = package_digest(folder, descriptor) if present else ""
        key = cache.key("data", folder.name, digest)
        if not present or key not in cache:  # a package valid before is not scanned again
            layout[folder.name] = layout_problems(folder, descriptor, data_dir)
        if not layout[folder.name]:
            keys.append(key)
            if key not in cache:
                todo.append((-_size(folder, descriptor), folder, digest))
            readable.append(folder.name)
    for _bytes, folder, digest in sorted(todo, key=lambda t: (t[0], t[1].name)):
        frictionless[folder.name] = soon(frictionless_by_content, folder.resolve(),
                                         data_dir.resolve(), digest)
    problems: list[Problem] = []
    if curated_dir is not None and keys[0] not in cache:
        found_curated = curated_problems(curated_dir)
        problems.extend(found_curated)
        if not found_curated:
            cache.add(keys[0])
    if not folders:
        problems.append(Problem(str(data_dir), None, None, say("kein_paket")))
    everything = cache.key("alle", *keys)
    shortcut = (not problems and not frictionless and len(readable) == len(folders)
                and everything in cache)
    if shortcut:
        cache.add(everything, cache.valid[everything])  # most recently used
        cache.save()
        report = ValidationReport([], cache.valid[everything], time.perf_counter() - started)
        return PendingReport(lambda: report, [])
    packages = {}
    lost: list[str] = []
    for name in readable:
        try:
            packages[name], lost_here = memo.get(
                "laden", name, digests[name], lambda name=name: _load_leniently(name, data_dir))
            lost.extend(lost_here)
        except (ValueError, KeyError, OSError) as err:  # safety net: never a bare traceback
            layout[name].append(Problem(f"data/{name}/", None, None,
                                        say("nicht_ladbar", fehler=err)))
    as_loaded = packages if not lost and len(packages) == len(folders) else None
    rows = sum(len(frame) for tables in packages.values() for frame in tables.values())
    checked = _run_checks(packages, cache if cache.path else None, keys[0]) if packages else []
    first_half = time.perf_counter() - started

    def finish() -> ValidationReport:
        started = time.perf_counter()
        for folder in folders:  # in folder order, as without the pool
            problems.extend(layout[folder.name])
            if folder.name in frictionless:
                found = list(frictionless[folder.name]())
                problems.extend(found)
                if not found:
                    cache.add(keys[1 + readable.index(folder.name)])
        seen = {(p.file, p.row, p.field) for p in problems}
        problems.extend(p for p in _settle(checked, bool(problems), reads.Digests(packages),
                                           cache if cache.path else None)
                        if (p.file, p.row, p.field) not in seen)
        if not problems and folders:
            cache.add(everything, rows)
        cache.save()
        return ValidationReport(problems, rows, first_half + time.perf_counter() - started)

    return PendingReport(finish, list(frictionless.values()), as_loaded)


def _size(folder: Path, descriptor: dict[str, Any]) -> int:
    """Bytes of a package's files: how long Frictionless will take, roughly."""
    return sum((folder / r.get("path", "")).stat().st_size
               for r in descriptor.get("resources", []) if (folder / r.get("path", "")).is_file())


def print_report(report: ValidationReport) -> None:
    if report.ok:
        print(f"Validierung: keine Fehler ({report.rows} Zeilen in {report.seconds:.1f} s)")
        return
    print(f"Validierung: {len(report.problems)} Fehler gefunden:")
    for problem in report.problems:
        print(f"  {problem}")
