"""The one field dictionary: every column of every resource is defined here, once.

Each domain module (``common``, ``jobcenter``, ...) contributes a list of ``Field``;
``FIELDS`` merges them and refuses a name defined twice, so a column means the same
thing in every package (PUDL's idea).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SICHERHEIT_WERTE = ["gesichert", "wahrscheinlich", "unsicher"]


@dataclass(frozen=True)
class Field:
    """One column: its Frictionless type, German title and description, unit, constraints."""

    name: str
    type: str  # frictionless type: string, integer, number, boolean, date, year, ...
    title: str
    description: str
    unit: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    example: str | None = None

    def descriptor(self, **constraint_overrides: Any) -> dict[str, Any]:
        """Frictionless field descriptor; overrides tighten constraints per resource."""
        out: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "title": self.title,
            "description": self.description,
        }
        if self.unit:
            out["unit"] = self.unit
        constraints = {**self.constraints, **constraint_overrides}
        if constraints:
            out["constraints"] = constraints
        if self.example is not None:
            out["example"] = self.example
        return out


def _merge(*groups: list[Field]) -> dict[str, Field]:
    merged: dict[str, Field] = {}
    for group in groups:
        for f in group:
            if f.name in merged:
                raise ValueError(f"Feld '{f.name}' ist im Felderverzeichnis doppelt definiert")
            merged[f.name] = f
    return merged


def _load() -> dict[str, Field]:
    from importlib import import_module
    from pkgutil import iter_modules

    groups = []
    for info in sorted(iter_modules(__path__), key=lambda i: i.name):
        module = import_module(f"{__name__}.{info.name}")
        groups.append(module.FIELDS)
    return _merge(*groups)


FIELDS: dict[str, Field] = _load()
