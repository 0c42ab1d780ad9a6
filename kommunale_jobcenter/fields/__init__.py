"""The one field dictionary: every column of every resource, defined once.

The definitions are content and live in ``curated/felder/<domain>.yaml`` (validated against
``curated/schemas/felder.yaml``); this module reads them into ``Field`` objects. ``FIELDS``
merges all domains and refuses a name defined twice, so a column means the same thing in
every package (PUDL's idea).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kommunale_jobcenter import curated


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

    @property
    def allowed(self) -> list[str]:
        """The values of an enum field."""
        return list(self.constraints["enum"])


def load(curated_dir: Path = curated.CURATED_DIR) -> dict[str, Field]:
    merged: dict[str, Field] = {}
    for path in sorted((curated_dir / "felder").glob("*.yaml")):
        for spec in curated.document(f"felder/{path.name}", curated_dir)["felder"]:
            if spec["name"] in merged:
                raise curated.CuratedError([curated.Problem(
                    f"curated/felder/{path.name}", None, spec["name"],
                    f"Feld «{spec['name']}» ist im Felderverzeichnis doppelt definiert")])
            merged[spec["name"]] = Field(**{**spec, "constraints": dict(
                spec.get("constraints", {}))})
    return merged


FIELDS: dict[str, Field] = load()
