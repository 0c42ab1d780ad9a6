"""Write a Frictionless data package deterministically from DataFrames.

Schemas are built from the field dictionary (``kommunale_jobcenter.fields``); a resource only names
its fields, keys and per-resource constraint overrides. Writing the same frames twice
gives byte-identical files.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from kommunale_jobcenter.atomic_write import write_new
from kommunale_jobcenter.fields import FIELDS

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The one version source: ``[project] version`` in pyproject.toml (data and code
    carry the same version); an installed copy without the file asks its metadata."""
    if not pyproject.is_file():
        from importlib.metadata import version

        return version("kommunale-jobcenter")
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


DATA_VERSION = project_version()


def _own_license() -> dict[str, str]:
    """Our compilation's licence (curated/site/projekt.yaml), as a package licence."""
    from kommunale_jobcenter import curated

    lic = curated.document("site/projekt.yaml")["lizenz"]
    return {k: lic[k] for k in ("name", "title", "path")}


OWN_LICENSE = _own_license()


@dataclass(frozen=True)
class ForeignKey:
    fields: list[str]
    resource: str  # "" = same resource
    reference_fields: list[str]


@dataclass(frozen=True)
class ResourceSpec:
    """A tabular resource: its name, German title/description, fields and keys."""

    name: str
    title: str
    description: str
    fields: list[str]
    primary_key: list[str]
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    required: list[str] = field(default_factory=list)  # fields that must not be empty here
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)  # field → constraints
    sources: list[str] = field(default_factory=list)  # quelle_id values behind the resource
    notes: list[str] = field(default_factory=list)  # usage warnings, German
    # field → a sentence added to the shared description, for what it means in this table
    field_notes: dict[str, str] = field(default_factory=dict)
    # licences of third parties that apply to this table (e.g. Destatis on Kreis figures)
    licenses: list[dict[str, str]] = field(default_factory=list)

    def schema(self) -> dict[str, Any]:
        fields = []
        for name in self.fields:
            constraints = dict(self.overrides.get(name, {}))
            if name in self.required or name in self.primary_key:
                constraints["required"] = True
            descriptor = FIELDS[name].descriptor(**constraints)
            if name in self.field_notes:
                descriptor["description"] += " " + self.field_notes[name]
            fields.append(descriptor)
        schema: dict[str, Any] = {
            "fields": fields,
            "primaryKey": self.primary_key,
            "missingValues": [""],
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": fk.fields,
                 "reference": {"resource": fk.resource, "fields": fk.reference_fields}}
                for fk in self.foreign_keys
            ]
        return schema


@dataclass(frozen=True)
class FileResource:
    """A non-tabular file shipped in the package (e.g. GeoJSON boundaries)."""

    name: str
    path: str
    title: str
    description: str
    format: str
    mediatype: str
    licenses: list[dict[str, str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PackageMeta:
    """A package's curated metadata (``curated/<name>/paket.yaml``)."""

    name: str
    title: str
    description: str
    keywords: list[str]
    licenses: list[dict[str, str]] | None
    tables: dict[str, ResourceSpec]
    files: dict[str, FileResource]


def package_meta(name: str, curated_dir: Path | None = None) -> PackageMeta:
    """Title, description, keywords, licences and resource specs of a package, read from
    its validated ``curated/<name>/paket.yaml``."""
    from kommunale_jobcenter import curated

    doc = curated.document(f"{name}/paket.yaml", curated_dir or curated.CURATED_DIR)
    tables: dict[str, ResourceSpec] = {}
    files: dict[str, FileResource] = {}
    for spec in doc["resources"]:
        spec = dict(spec)
        if "path" in spec:
            files[spec["name"]] = FileResource(**spec)
            continue
        keys = [ForeignKey(**fk) for fk in spec.pop("foreign_keys", [])]
        tables[spec["name"]] = ResourceSpec(**spec, foreign_keys=keys)
    return PackageMeta(doc["name"], doc["title"], doc["description"], doc.get("keywords", []),
                       doc.get("licenses"), tables, files)


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """CSV with UTF-8, comma, '\n' line ends, quoting only where needed, no index."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(frame.columns))
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([_cell(v) for v in row])
    write_new(path, buffer.getvalue().encode("utf-8"))


def write_package(
    name: str,
    title: str,
    description: str,
    tables: list[tuple[ResourceSpec, pd.DataFrame]],
    files: list[FileResource] = (),  # type: ignore[assignment]
    licenses: list[dict[str, str]] | None = None,
    keywords: list[str] | None = None,
    data_dir: Path = DATA_DIR,
) -> Path:
    """Write data/<name>/ with one CSV per table and datapackage.json; return its folder."""
    folder = data_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for spec, frame in tables:
        if list(frame.columns) != spec.fields:
            raise ValueError(
                f"{name}/{spec.name}: Spalten {list(frame.columns)} passen nicht zum "
                f"Schema {spec.fields}"
            )
        frame = frame.sort_values(spec.primary_key, kind="stable").reset_index(drop=True)
        write_csv(frame, folder / f"{spec.name}.csv")
        resource: dict[str, Any] = {
            "name": spec.name,
            "type": "table",
            "path": f"{spec.name}.csv",
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": spec.title,
            "description": spec.description,
            "schema": spec.schema(),
        }
        if spec.sources:
            resource["sources"] = [{"title": s} for s in spec.sources]
        if spec.notes:
            resource["hinweise"] = spec.notes
        if spec.licenses:
            resource["licenses"] = spec.licenses
        resources.append(resource)
    for f in files:
        resource = {
            "name": f.name, "path": f.path, "format": f.format, "mediatype": f.mediatype,
            "title": f.title, "description": f.description,
        }
        if f.licenses:
            resource["licenses"] = f.licenses
        if f.sources:
            resource["sources"] = [{"title": s} for s in f.sources]
        resources.append(resource)
    descriptor: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": name,
        "title": title,
        "description": description,
        "version": DATA_VERSION,
        "licenses": licenses or [OWN_LICENSE],
        "keywords": keywords or [],
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return folder
