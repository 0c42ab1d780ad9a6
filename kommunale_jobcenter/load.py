"""data/ → typed pandas DataFrames, using each resource's Frictionless schema.

Strings stay strings (Kreis keys keep their leading zero), integers become nullable
``Int64``, numbers ``float64``, booleans ``boolean``, dates ``datetime64``. Missing
values stay missing (NA), never zero.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from kommunale_jobcenter.datapackage import DATA_DIR


def package_names(data_dir: Path = DATA_DIR) -> list[str]:
    return sorted(p.parent.name for p in data_dir.glob("*/datapackage.json"))


def read_descriptor(name: str, data_dir: Path = DATA_DIR) -> dict[str, Any]:
    return json.loads((data_dir / name / "datapackage.json").read_text(encoding="utf-8"))


def _typed(frame: pd.DataFrame, schema: dict[str, Any], lenient: bool = False,
           lost: list[str] | None = None) -> pd.DataFrame:
    """Cast each column by its schema type; ``lenient`` turns a cell that does not fit into
    a missing value (validation reports it separately) instead of raising, and names its
    column in ``lost``: where nothing is lost, the frame equals a strict load's."""
    errors = "coerce" if lenient else "raise"
    for f in schema["fields"]:
        col, kind = f["name"], f.get("type", "string")
        if col not in frame:
            continue
        # a cell the lenient cast can turn missing (a boolean is cast alike either way)
        filled = (frame[col].notna() if lenient and lost is not None
                  and kind in ("integer", "year", "number", "date", "datetime") else None)
        if kind in ("integer", "year"):
            numbers = pd.to_numeric(frame[col], errors=errors)
            if lenient:
                numbers = numbers.where(numbers.isna() | ((numbers == numbers.round())
                                                          & (numbers.abs() < 2**63)))
            frame[col] = numbers.astype("Int64")
        elif kind == "number":
            frame[col] = pd.to_numeric(frame[col], errors=errors).astype("float64")
        elif kind == "boolean":
            frame[col] = frame[col].map({"true": True, "false": False}).astype("boolean")
        elif kind in ("date", "datetime"):
            frame[col] = pd.to_datetime(frame[col], errors=errors)
        if filled is not None and (filled & frame[col].isna()).any():
            lost.append(col)  # type: ignore[union-attr]
    return frame


def load_resource(folder: Path, resource: dict[str, Any], lenient: bool = False,
                  lost: list[str] | None = None) -> pd.DataFrame:
    frame = pd.read_csv(folder / resource["path"], dtype=str, keep_default_na=False,
                        na_values=[""], encoding="utf-8")
    return _typed(frame, resource["schema"], lenient, lost)


def load_package(name: str, data_dir: Path = DATA_DIR, lenient: bool = False,
                 lost: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """All tabular resources of data/<name>/, typed, keyed by resource name (``lenient``,
    ``lost``: see ``_typed``)."""
    descriptor = read_descriptor(name, data_dir)
    folder = data_dir / name
    return {
        r["name"]: load_resource(folder, r, lenient, lost)
        for r in descriptor["resources"]
        if r.get("type") == "table"
    }


def load_all(data_dir: Path = DATA_DIR) -> dict[str, dict[str, pd.DataFrame]]:
    return {name: load_package(name, data_dir) for name in package_names(data_dir)}
