"""Build state for incremental builds: what a build read, what it wrote, and whether the
next build may skip work.

Three records, kept per site folder in ``.build/`` (``BuildState``, JSON):

- ``fingerprint``: one hash of every input of a build (``data/``, ``curated/``, ``docs/``,
  ``overrides/``, ``mkdocs.yml``, the package's code, templates and assets, the
  requirements, the versions of the renderers, ``KJ_SITE_URL``, ``SOURCE_DATE_EPOCH``,
  the last git commit touching the data folder). Equal fingerprint and a ``site/`` that
  still matches its manifest: nothing to do.
- ``site``: the manifest of the ``site/`` the build produced (size and mtime per file,
  cheap to compare; the sha256 per HTML file, to tell whether the search index must be
  rebuilt).
- ``docs``: sha256 of every file of the generated ``docs/`` tree and a key of everything
  mkdocs renders around the pages (``mkdocs_key``). When the next build generates the same
  set of files under the same key, mkdocs runs in dirty mode on a copy of the previous
  ``site/`` and renders only the files whose content changed (``mark_unchanged``).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from kommunale_jobcenter.atomic_write import write_atomically

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
STATE_VERSION = 1
# Inputs of every build besides the data folder (relative to ROOT).
INPUTS = ("curated", "docs", "overrides", "mkdocs.yml", "requirements.txt", "pyproject.toml")
# Tools whose version changes what the build writes.
TOOLS = ("mkdocs", "mkdocs-material", "vl-convert-python", "altair", "pagefind", "frictionless",
         "jinja2", "markdown", "pandas")
# A date long before any build: the mtime of a generated file whose content did not change,
# so mkdocs' dirty mode (output newer than source) leaves its page as it is.
UNCHANGED_MTIME = 1_000_000_000
_SKIP_DIRS = {"__pycache__"}
# Modules of the package that are no input of a build (measurements).
NOT_BUILD_CODE = ("bench", "reprocheck")


def _files(path: Path) -> Iterable[Path]:
    if path.is_file():
        yield path
        return
    for _rel, full in _relative_files(path):
        yield Path(full)


def _relative_files(root: Path) -> Iterator[tuple[str, str]]:
    """(path relative to root, with «/»; full path) of every file under root, in the
    order of ``_files``, as strings: thousands of files, no ``Path`` for each."""
    base = str(root)
    for folder, dirs, names in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        rel = os.path.relpath(folder, base).replace(os.sep, "/")
        prefix = "" if rel == "." else f"{rel}/"
        for name in sorted(names):
            if not name.endswith(".pyc"):
                yield prefix + name, os.path.join(folder, name)


def _sha256(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def file_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under root, by path relative to root."""
    return {rel: _sha256(full) for rel, full in _relative_files(root)}


def tree_digest(paths: Iterable[Path], base: Path, skip: tuple[str, ...] = ()) -> str:
    """One hash over the names and contents of every file under paths (except files whose
    name starts with one of skip)."""
    digest = hashlib.sha256()
    for path in paths:
        for file in _files(path):
            if file.name.startswith(skip):
                continue
            name = file.relative_to(base).as_posix() if file.is_relative_to(base) else str(file)
            digest.update(name.encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def tool_versions() -> dict[str, str]:
    versions = {"python": sys.version}
    for name in TOOLS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def _last_data_commit(data_dir: Path) -> str:
    """Hash and time of the last commit touching data_dir (the download pages show the
    date each package last changed in git); "" outside a git checkout."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%H %ct", "--", "."], cwd=data_dir,
                             capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def inputs_besides_data(settings: dict[str, str]) -> dict[str, object]:
    """Every input of a build outside the data folder: curated/, docs/, configuration,
    the package's code and templates, the tools' versions, the settings."""
    return {"eingaben": tree_digest([ROOT / name for name in INPUTS], ROOT),
            "code": tree_digest([PACKAGE_DIR], ROOT, NOT_BUILD_CODE),
            "werkzeuge": tool_versions(), "einstellungen": settings}


def fingerprint(data_dir: Path, settings: dict[str, str]) -> str:
    """Hash of every input of a build of data_dir with settings (site URL, epoch, …)."""
    parts = {"daten": tree_digest([data_dir], data_dir), "git": _last_data_commit(data_dir),
             **inputs_besides_data(settings)}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def site_manifest(site_dir: Path) -> dict[str, list[int]]:
    """Size and mtime (ns) of every file of a built site: cheap to take and compare."""
    out = {}
    for rel, full in _relative_files(site_dir):
        stat = os.stat(full)
        out[rel] = [stat.st_size, stat.st_mtime_ns]
    return out


def html_hashes(site_dir: Path) -> dict[str, str]:
    """sha256 of every HTML page (what the search index is built from)."""
    return {rel: _sha256(full) for rel, full in sorted(_relative_files(site_dir))
            if rel.endswith(".html") and not rel.startswith("pagefind/")}


def mkdocs_key(extra: dict, settings: dict[str, str]) -> str:
    """Everything mkdocs renders around the pages: configuration, theme overrides, hooks,
    the ``extra`` values and the tools' versions. If it changed, every page is rendered."""
    digest = hashlib.sha256(json.dumps([extra, settings, tool_versions()], sort_keys=True,
                                       default=str).encode())
    digest.update(tree_digest([ROOT / "mkdocs.yml", ROOT / "overrides",
                               PACKAGE_DIR / "mkdocs_hooks.py"], ROOT).encode())
    return digest.hexdigest()


@dataclass
class BuildState:
    fingerprint: str = ""
    pages: int = 0
    charts: int = 0
    site: dict[str, list[int]] = field(default_factory=dict)
    html: dict[str, str] = field(default_factory=dict)
    docs: dict[str, str] = field(default_factory=dict)
    mkdocs_key: str = ""
    version: int = STATE_VERSION
    site_path: str = ""  # the site folder this state describes (for pruning)

    @classmethod
    def load(cls, path: Path) -> BuildState | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            state = cls(**raw)
        except (OSError, ValueError, TypeError):
            return None
        return state if state.version == STATE_VERSION else None

    def save(self, path: Path) -> None:
        write_atomically(path, json.dumps(asdict(self), sort_keys=True).encode("utf-8"))

    def site_intact(self, site_dir: Path) -> bool:
        """site_dir is exactly what this state's build left there."""
        return bool(self.site) and site_dir.is_dir() and site_manifest(site_dir) == self.site


def state_file(state_dir: Path, site_dir: Path) -> Path:
    """The state of one site folder (tests build into temporary folders)."""
    key = hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:16]
    return state_dir / f"bau-{key}.json"


def search_memo_file(state: Path) -> Path:
    """Where the search step keeps its memo beside a site's state
    (``kommunale_jobcenter.suche.SearchMemo``)."""
    return state.with_suffix(".suche.pickle")


def prune_states(state_dir: Path) -> list[Path]:
    """Remove the states of site folders that no longer exist (a test's temporary site,
    a deleted build), and their search memos; returns the removed states."""
    removed = []
    for path in sorted(state_dir.glob("bau-*.json")):
        state = BuildState.load(path)
        if state is None or not state.site_path or not Path(state.site_path).is_dir():
            path.unlink(missing_ok=True)
            search_memo_file(path).unlink(missing_ok=True)
            removed.append(path)
    return removed


def mark_unchanged(docs_dir: Path, hashes: dict[str, str], previous: dict[str, str]) -> int:
    """Give every file of docs_dir whose content equals the previous build's an old mtime,
    so mkdocs' dirty mode keeps its output; returns how many files changed."""
    changed = 0
    for name, digest in hashes.items():
        if previous.get(name) == digest:
            os.utime(docs_dir / name, (UNCHANGED_MTIME, UNCHANGED_MTIME))
        else:  # now: newer than the previous output, whatever mtime a copy kept
            os.utime(docs_dir / name)
            changed += 1
    return changed
