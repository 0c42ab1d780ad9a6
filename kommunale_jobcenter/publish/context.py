"""What the Daten pages, the API and the profiles' «Daten dieses Trägers» read: every
descriptor, every table as text, the changelog and the dates of each package – read once
per build in the parent (``kommunale_jobcenter.context``) and shared read-only with the
workers."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kommunale_jobcenter import markup
from kommunale_jobcenter.load import read_descriptor
from kommunale_jobcenter.package_memo import NO_MEMO, PackageMemo
from kommunale_jobcenter.publish import changelog as cl
from kommunale_jobcenter.publish import citation, exports
from kommunale_jobcenter.reads import ReadPath, Rows


@dataclass(frozen=True)
class PublishContext:
    data_dir: Path
    version: str
    descriptors: Mapping[str, dict[str, Any]]
    texts: Mapping[tuple[str, str], str]  # (package, resource) → the CSV as text
    tables: Mapping[tuple[str, str], exports.Table]
    index: exports.Index  # complete: select_rows never adds to it
    changelog: list[dict[str, Any]]
    released: str
    dates: Mapping[str, str]
    # package → sha256 of the files its zip takes from disk (datapackage.json and every
    # resource file): what a page that copies them depends on (page cache)
    files: Mapping[str, str] = field(default_factory=dict)

    @property
    def modified(self) -> str:
        return max(self.dates.values(), default=self.released)

    @property
    def stand(self) -> dict[str, str]:
        """Data Stand and citation pieces the theme shows on every page."""
        return {"version": self.version, "datum": self.modified,
                "veroeffentlicht": self.released, "jahr": self.modified[:4],
                "datum_de": markup.format_date(self.modified),
                "bibtex_schluessel": citation.bibtex_key(self.version)}


def read_context(names: Sequence[str], data_dir: Path, version: str,
                 memo: PackageMemo = NO_MEMO) -> PublishContext:
    """Read every package of ``names`` once: descriptors, CSV text, parsed rows, the
    lookups of the per-Träger slices, changelog and git dates; a package whose files did
    not change since the last build from ``memo``."""
    descriptors = {n: read_descriptor(n, data_dir) for n in sorted(names)}
    files = {n: _files_digest(data_dir / n, d) for n, d in descriptors.items()}
    texts: dict[tuple[str, str], str] = {}
    tables: dict[tuple[str, str], exports.Table] = {}
    index: exports.Index = {}
    for pkg, descriptor in descriptors.items():
        read = memo.get("publish", pkg, files[pkg],
                        lambda pkg=pkg, descriptor=descriptor:
                        _read_package(data_dir / pkg, pkg, descriptor))
        texts.update(read[0])
        tables.update(read[1])
        index.update(read[2])
    log = cl.load_changelog(data_dir / "CHANGELOG.yaml")
    released = cl.release_date(log, version)
    return PublishContext(data_dir, version, descriptors, texts, tables, index, log,
                          released, cl.package_dates(list(descriptors), data_dir, released),
                          files)


def _read_package(folder: Path, pkg: str, descriptor: Mapping[str, Any]) -> tuple[
        dict[tuple[str, str], str], dict[tuple[str, str], exports.Table], exports.Index]:
    """One package's tables as text and parsed rows, with their lookups (a foreign key
    refers to a table of its own package, so the lookups of all packages are those of
    each)."""
    texts: dict[tuple[str, str], str] = {}
    tables: dict[tuple[str, str], exports.Table] = {}
    for resource in descriptor["resources"]:
        if resource.get("type") == "table":
            text = (folder / resource["path"]).read_text(encoding="utf-8")
            header, rows = exports.dict_rows(text)
            texts[(pkg, resource["name"])] = text
            tables[(pkg, resource["name"])] = (dict(resource), header, Rows(rows))
    return texts, tables, exports.full_index(tables)


def _files_digest(folder: Path, descriptor: Mapping[str, Any]) -> str:
    digest = hashlib.sha256((folder / "datapackage.json").read_bytes())
    for resource in descriptor["resources"]:
        digest.update(resource["path"].encode() + b"\0")
        digest.update((folder / resource["path"]).read_bytes())
    return digest.hexdigest()


def package_of(path: ReadPath) -> str | None:
    """The package whose files alone make what ``path`` (from a ``PublishContext``)
    reads: a table's text, its parsed rows and their lookups are made from the package's
    files (``files``) and nothing else; None for any other read."""
    if len(path) < 2 or path[0][0] != "a" or path[1][0] != "k":
        return None
    field, key = path[0][1], path[1][1]
    if field in ("tables", "texts") and isinstance(key, tuple):
        return key[0]
    if field == "index" and isinstance(key, tuple) and isinstance(key[0], tuple):
        return key[0][0]
    return None
