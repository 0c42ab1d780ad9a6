"""A quick pass over a package by the Table Schema rules Frictionless applies to its rows,
column by column instead of cell by cell. It answers only «certainly valid» or «not sure».

Frictionless reads every cell in Python (``statistik``: 108,000 rows, most of the CPU
time a cold build spends validating). This pass lets Frictionless do everything but the
rows: the descriptor's metadata, and opening each table (encoding, the sniffed dialect,
the header against the schema); then it checks the very cells Frictionless's CSV parser
yields, per column: missing values, types, constraints, primary and unique keys, foreign
keys. It knows only the subset of the standard our packages use and reads each value no
more loosely than Frictionless does (integers and numbers only in plain notation,
numbers with at most 15 significant digits, so a float compares like a Decimal). Anything
else, or any doubt, is «not sure», and then Frictionless validates the package as
before and gives the messages. So «certainly valid» implies that Frictionless finds
nothing (``tests/test_schema_screen.py`` checks it on every real package and on
thousands of altered ones); only valid data takes the quick path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

DEFAULT_MISSING = [""]
# resource, schema and field keys whose meaning this pass knows; any other: not sure
RESOURCE_KEYS = {"name", "path", "title", "description", "format", "mediatype", "type",
                 "scheme", "encoding", "schema", "sources", "licenses", "hinweise"}
SCHEMA_KEYS = {"fields", "primaryKey", "missingValues", "foreignKeys"}
FIELD_KEYS = {"name", "type", "title", "description", "constraints", "example", "unit"}
CONSTRAINTS = {
    "string": {"required", "unique", "pattern", "maxLength", "enum"},
    "integer": {"required", "unique", "minimum", "maximum"},
    "number": {"required", "unique", "minimum", "maximum"},
    "boolean": {"required", "unique"},
    "date": {"required", "unique"},
}
# the notation each type is read in here: a subset of what Frictionless accepts
_INTEGER = re.compile(r"-?[0-9]{1,18}")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MAX_DIGITS = 15  # a decimal of at most 15 significant digits converts to a float one-to-one
BOOLEANS = {"true": True, "True": True, "TRUE": True, "1": True,
            "false": False, "False": False, "FALSE": False, "0": False}


class NotSure(Exception):
    """The pass cannot vouch for the package (Frictionless decides)."""


def certainly_valid(folder: Path, descriptor: dict) -> bool:
    """Whether Frictionless would certainly find nothing in the package (a package
    whose layout passed ``package_validation.layout_problems``)."""
    try:
        _screen(folder, descriptor)
    except NotSure:
        return False
    except Exception:  # whatever went wrong here: Frictionless decides
        return False
    return True


def _screen(folder: Path, descriptor: dict) -> None:
    from frictionless import FrictionlessException, Package
    from frictionless.resources import TableResource

    _known_layout(descriptor)
    try:
        package = Package(descriptor, basepath=str(folder))
        package.to_descriptor(validate=True)
    except FrictionlessException as err:
        raise NotSure("descriptor") from err
    tables: dict[str, pd.DataFrame] = {}
    schemas: dict[str, dict] = {}
    for spec, resource in zip(descriptor["resources"], package.resources, strict=True):
        if "schema" not in spec:  # GeoJSON: Frictionless only opens the file
            _need(spec.get("format") == "geojson" and not isinstance(resource, TableResource))
            _need((folder / spec["path"]).is_file())
            continue
        _need(isinstance(resource, TableResource))
        tables[spec["name"]] = typed_table(spec["schema"], _rows(resource))
        schemas[spec["name"]] = spec["schema"]
    for name, schema in schemas.items():
        _keys(tables[name], schema)
        for fk in schema.get("foreignKeys", []):
            _foreign_key(tables, schemas, name, fk)


def _need(condition: bool) -> None:
    if not condition:
        raise NotSure


def _known_layout(descriptor: dict) -> None:
    """Only the keys, types and constraints whose reading this pass knows."""
    _need(isinstance(descriptor.get("resources"), list))
    for spec in descriptor["resources"]:
        _need(isinstance(spec, dict) and set(spec) <= RESOURCE_KEYS)
        _need(spec.get("encoding", "utf-8") == "utf-8" and spec.get("scheme", "file") == "file")
        if "schema" not in spec:
            continue
        schema = spec["schema"]
        _need(spec.get("format", "csv") == "csv" and str(spec.get("path", "")).endswith(".csv"))
        _need(set(schema) <= SCHEMA_KEYS and isinstance(schema.get("fields"), list))
        for field in schema["fields"]:
            _need(set(field) <= FIELD_KEYS and field.get("type") in CONSTRAINTS)
            _need(set(field.get("constraints", {})) <= CONSTRAINTS[field["type"]])


def _rows(resource: Any) -> list[list[str]]:
    """The data rows as Frictionless's own parser yields them (header checked by it)."""
    resource.schema.foreign_keys = []  # a throwaway package: the lookup is checked here
    with resource:
        _need(resource.header.valid and bool(resource.labels))
        width = len(resource.schema.fields)
        rows = [cells for _, cells in resource.dialect.read_enumerated_content_stream(
            resource.cell_stream)]
    _need(all(len(cells) == width for cells in rows))
    return rows


def typed_table(schema: dict, rows: list[list[str]]) -> pd.DataFrame:
    """Each column read by its field's type, missing values as None/NaN; raises
    ``NotSure`` at the first cell Frictionless might see differently or reject."""
    missing = set(schema.get("missingValues", DEFAULT_MISSING))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema["fields"])
    out: dict[str, pd.Series] = {}
    blank = np.ones(len(rows), dtype=bool)
    for field, cells in zip(schema["fields"], columns, strict=True):
        raw = pd.Series(cells, dtype=object)
        absent = raw.isin(missing).to_numpy(dtype=bool)
        blank &= absent
        constraints = field.get("constraints", {})
        _need(not (constraints.get("required") and absent.any()))
        out[field["name"]] = _typed(field["type"], raw, absent, constraints)
    _need(not blank.any())  # a blank row is an error
    return pd.DataFrame(out)


def _typed(kind: str, raw: pd.Series, absent: np.ndarray, constraints: dict) -> pd.Series:
    present = raw[~absent]
    distinct = pd.Series(pd.unique(present.to_numpy()), dtype=object)  # each text once
    if kind == "string":
        _string_constraints(distinct, constraints)
        values = raw.where(~absent, None)
    elif kind == "boolean":
        _need(bool(distinct.isin(BOOLEANS).all()))
        values = raw.map(BOOLEANS).where(~absent, None)
    elif kind == "date":
        _need(_fullmatch(distinct, _DATE))
        dates = pd.to_datetime(present, format="%Y-%m-%d", errors="coerce")
        _need(bool(dates.notna().all()))
        values = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
        values[~absent] = dates
    else:
        _need(_fullmatch(distinct, _INTEGER if kind == "integer" else _NUMBER))
        if kind == "number":
            digits = distinct.str.replace(r"[-.]", "", regex=True).str.lstrip("0").str.len()
            _need(bool((digits <= MAX_DIGITS).all()))
        numbers = pd.to_numeric(present, errors="raise")
        values = pd.Series(np.nan, index=raw.index, dtype=float)
        values[~absent] = numbers.astype(float)
        if kind == "integer":
            _need(bool((numbers.abs() < 2**53).all()))  # exact as a float
        _bounds(numbers, constraints, kind)
    if constraints.get("unique"):
        _need(not values[~absent].duplicated().any())
    return values


def _fullmatch(values: pd.Series, pattern: re.Pattern[str]) -> bool:
    return all(pattern.fullmatch(v) is not None for v in values)


def _string_constraints(texts: pd.Series, constraints: dict) -> None:
    if "pattern" in constraints:
        _need(isinstance(constraints["pattern"], str))
        # as Frictionless compiles it: ``$`` also matches before a final line break
        regex = re.compile("^" + constraints["pattern"] + "$")
        _need(all(regex.match(v) is not None for v in texts))
    if "maxLength" in constraints:
        _need(type(constraints["maxLength"]) is int)
        _need(bool((texts.str.len() <= constraints["maxLength"]).all()))
    if "enum" in constraints:
        allowed = constraints["enum"]
        _need(isinstance(allowed, list) and all(isinstance(v, str) for v in allowed))
        _need(bool(texts.isin(allowed).all()))


def _bounds(numbers: pd.Series, constraints: dict, kind: str) -> None:
    for name, inside in (("minimum", np.greater_equal), ("maximum", np.less_equal)):
        if name not in constraints:
            continue
        bound = constraints[name]
        _need(type(bound) in (int, float) and np.isfinite(bound))
        if kind == "integer":
            _need(type(bound) is int or float(bound).is_integer())
        _need(abs(bound) < 1e15 and len(repr(float(bound)).lstrip("-0.").replace(".", ""))
              <= MAX_DIGITS)
        _need(bool(inside(numbers.astype(float), float(bound)).all()))


def _keys(table: pd.DataFrame, schema: dict) -> None:
    """Primary key: no row with every key cell missing, no two rows alike."""
    key = schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else list(key)
    if not key:
        return
    _need(set(key) <= set(table.columns))
    _need(not table[key].isna().all(axis=1).any())
    _need(not table.duplicated(subset=key).any())


def _foreign_key(tables: dict[str, pd.DataFrame], schemas: dict[str, dict], name: str,
                 fk: dict) -> None:
    """Every row whose key cells are not all missing names an existing row."""
    fields = _names(fk.get("fields"))
    reference = fk.get("reference") or {}
    source = reference.get("resource") or name
    target_fields = _names(reference.get("fields"))
    _need(source in tables and len(fields) == len(target_fields) > 0)
    types = {f["name"]: f["type"] for f in schemas[name]["fields"]}
    source_types = {f["name"]: f["type"] for f in schemas[source]["fields"]}
    _need(all(f in types and t in source_types and types[f] == source_types[t]
              for f, t in zip(fields, target_fields, strict=True)))
    rows = tables[name][fields]
    given = rows.notna()
    _need(bool((given.all(axis=1) | ~given.any(axis=1)).all()))  # partly missing: not sure
    wanted = pd.MultiIndex.from_frame(rows[given.all(axis=1)])
    known = pd.MultiIndex.from_frame(tables[source][target_fields].dropna())
    _need(bool(wanted.isin(known).all()))


def _names(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])
