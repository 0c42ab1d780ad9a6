"""The curated layer's tables: hand-made CSV under ``curated/<ordner>/``, each folder with
a Frictionless descriptor ``datapackage.yaml``. Its tables are checked exactly like
``data/`` (layout, types, constraints, keys, references; ``package_validation``) before any
importer or page reads them; every problem as ``curated/<file>:<row>:<field>: message``.

Importers, checks and pages call ``tables``; it raises ``curated.CuratedError`` with all
problems when a table is invalid, and caches by file content.
"""

from __future__ import annotations

import copy
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from kommunale_jobcenter import curated
from kommunale_jobcenter.checks import Problem
from kommunale_jobcenter.package_validation import package_problems

DESCRIPTOR = "datapackage.yaml"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"\0missing")
    return digest.hexdigest()



@lru_cache(maxsize=16)
def _parsed_once(text: str) -> Any:
    return curated.load_yaml(text)


def _parsed(text: str) -> Any:
    """YAML parsed once per content (a validation run reads each descriptor several
    times); callers get their own copy."""
    return copy.deepcopy(_parsed_once(text))


def _read_descriptor(folder: Path, curated_dir: Path) -> tuple[dict | None, list[Problem]]:
    path = folder / DESCRIPTOR
    label = curated.file_label(path, curated_dir)
    if not path.is_file():
        return None, [Problem(label, None, None, "Datei fehlt")]
    try:
        descriptor = _parsed(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return None, [Problem(label, None, None, "ist nicht UTF-8-kodiert")]
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        return None, [Problem(label, None if line is None else line + 1, None,
                              f"ist kein gültiges YAML: {getattr(err, 'problem', err)}")]
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        return None, [Problem(label, None, "resources", "braucht eine Liste «resources»")]
    return descriptor, []


def table_problems(folder: Path, curated_dir: Path = curated.CURATED_DIR) -> list[Problem]:
    """Everything wrong with the tables of one curated folder (empty list: all valid)."""
    descriptor, problems = _read_descriptor(folder, curated_dir)
    if descriptor is None:
        return problems
    return package_problems(folder, descriptor, curated_dir, prefix="curated")


@lru_cache(maxsize=64)
def _tables(folder: Path, curated_dir: Path, digest: str) -> dict[str, pd.DataFrame]:
    problems = table_problems(folder, curated_dir)
    if problems:
        raise curated.CuratedError(problems)
    descriptor, _ = _read_descriptor(folder, curated_dir)
    assert descriptor is not None
    return {r["name"]: pd.read_csv(folder / r["path"], dtype=str, keep_default_na=False,
                                   encoding="utf-8")
            for r in descriptor["resources"]}


# folder → (stamp of its files, the files, the tables) of the last read: a page build
# asks for the same tables thousands of times, and only a changed file means reading again
_TABLES_SEEN: dict[Path, tuple[tuple[tuple[str, int, int], ...], list[Path], Any]] = {}


def tables(name: str, curated_dir: Path = curated.CURATED_DIR) -> dict[str, pd.DataFrame]:
    """The validated tables of ``curated/<name>/`` by resource name, every cell as text
    (an empty cell is ""); the frames are shared, so copy before changing them."""
    folder = (curated_dir / name).resolve()
    seen = _TABLES_SEEN.get(folder)
    if seen is not None and curated.file_stamp(seen[1]) == seen[0]:
        return seen[2]
    descriptor, problems = _read_descriptor(folder, curated_dir.resolve())
    if descriptor is None:
        raise curated.CuratedError(problems)
    files = [folder / DESCRIPTOR] + [folder / r.get("path", "") for r in descriptor["resources"]]
    stamp = curated.file_stamp(files)
    found = _tables(folder, curated_dir.resolve(), _digest(files))
    _TABLES_SEEN[folder] = (stamp, files, found)
    return found
