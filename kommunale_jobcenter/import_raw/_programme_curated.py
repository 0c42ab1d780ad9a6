"""The curated tables of the «programme» import, with bookkeeping of what the raw data uses.

Every lookup of a raw text (translation, unit, territory, body …) is recorded. After the
import, ``problems`` names each raw text without a curated row (``required`` lookups) and
each curated row nothing used – both as ``curated/programme/<file>:<line>:<field>``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.checks import Problem

PACKAGE = "programme"
# lookup tables of raw texts; a row of these that nothing looked up is reported as unused
TRACKED = ("uebersetzungen", "einheiten_roh", "programme", "gebiete", "stellen",
           "landeszahlen", "quellenarten", "herausgeber", "quellen_titel")


def label(resource: str) -> str:
    return f"curated/{PACKAGE}/{resource}.csv"


def say(key: str, **values: object) -> str:
    """A message of curated/programme/meldungen.yaml (group «kuratiert»)."""
    return str(curated.document(f"{PACKAGE}/meldungen.yaml")["kuratiert"][key]).format(
        **values)


def primary_keys(curated_dir: Path) -> dict[str, tuple[str, ...]]:
    """Primary key of each tracked table, from curated/programme/datapackage.yaml."""
    descriptor = yaml.safe_load((curated_dir / PACKAGE / curated_tables.DESCRIPTOR).read_text(
        encoding="utf-8"))
    return {r["name"]: tuple(r["schema"]["primaryKey"]) for r in descriptor["resources"]
            if r["name"] in TRACKED}


class Kuratiert:
    """Lookups into curated/programme/ that remember what was used and what was missing."""

    def __init__(self, curated_dir: Path = curated.CURATED_DIR) -> None:
        self.tables = curated_tables.tables(PACKAGE, curated_dir)
        self.texte: dict[str, Any] = curated.document(f"{PACKAGE}/texte.yaml", curated_dir)
        self.keys = primary_keys(curated_dir)
        self._index = {name: self._by_key(name, keys) for name, keys in self.keys.items()}
        self._used: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self._missing: dict[tuple[str, tuple[str, ...]], str] = {}

    def _by_key(self, name: str, keys: tuple[str, ...]) -> dict[tuple[str, ...], dict]:
        frame = self.tables[name]
        return {tuple(row[k] for k in keys): row for row in frame.to_dict("records")}

    def row(self, resource: str, *key: str, required: bool = True,
            what: str = "") -> dict[str, str] | None:
        """The curated row for a raw key; a missing required key is remembered."""
        if key in self._index[resource]:
            self._used[resource].add(key)
            return self._index[resource][key]
        if required:
            self._missing[(resource, key)] = what
        return None

    def german(self, feld: str, text: str, required: bool = True) -> str:
        """German wording of a raw text; empty stays empty, optional ones fall back to it."""
        text = text.strip()
        if not text:
            return ""
        found = self.row("uebersetzungen", feld, text, required=required, what=feld)
        return found["deutsch"] if found else text

    def text(self, group: str, name: str, **values: str) -> str:
        return str(self.texte[group][name]).format(**values)

    def problems(self) -> list[Problem]:
        found = []
        for (resource, key), what in sorted(self._missing.items()):
            found.append(Problem(label(resource), None, self.keys[resource][-1],
                                 say("fehlt", text=key[-1], was=what or resource)))
        for resource, keys in self.keys.items():
            for key in self._index[resource]:
                if key not in self._used[resource]:
                    message = "keine_quelle" if resource == "quellen_titel" else "unbenutzt"
                    found.append(Problem(label(resource), self._line(resource, key),
                                         keys[-1], say(message, text=key[-1])))
        return found

    def _line(self, resource: str, key: tuple[str, ...]) -> int | None:
        frame: pd.DataFrame = self.tables[resource]
        columns = list(self.keys[resource])
        for position, row in enumerate(frame[columns].itertuples(index=False)):
            if tuple(row) == key:
                return position + 2
        return None
