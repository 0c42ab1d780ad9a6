"""Rows of a frame by key, kept as row positions.

A page family asks for «the rows of this Kreis» or «of this Träger» hundreds of times; a
boolean filter over the whole frame each time is what made the pages slow. ``Groups``
splits a frame once (``groupby(...).indices``) and keeps only row positions, so it costs
little to send to a worker process, and each lookup is one ``iloc``: the same rows, in the
same order, with the same index as the filter it replaces.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Groups:
    frame: pd.DataFrame
    positions: Mapping[Hashable, np.ndarray]
    reset: bool = False  # renumber the rows of a group 0, 1, … (``reset_index(drop=True)``)

    def __contains__(self, key: object) -> bool:
        return key in self.positions

    def __len__(self) -> int:
        return len(self.positions)

    def get(self, key: Hashable) -> pd.DataFrame:
        """The rows with this key; no rows (same columns) for an unknown key."""
        found = self.positions.get(key)
        part = self.frame.iloc[found] if found is not None else self.frame.iloc[0:0]
        return part.reset_index(drop=True) if self.reset else part


def group_rows(frame: pd.DataFrame, by: str | list[str] | pd.Series,
               reset: bool = False) -> Groups:
    """``frame`` split by a column (or a Series aligned with it, or several columns: then
    a key is a tuple); rows whose key is missing belong to no group, like ``groupby``."""
    indices = frame.groupby(by, sort=False).indices
    return Groups(frame, {key: np.asarray(pos) for key, pos in indices.items()}, reset)


def row_by_key(frame: pd.DataFrame, key: str) -> dict[Hashable, pd.Series]:
    """The row of each key of a unique column, as ``frame.set_index(key).loc[k]`` gives it;
    a page that reads one Kreis reads one entry (``kommunale_jobcenter.reads``), not the
    whole frame."""
    indexed = frame.set_index(key)
    if not indexed.index.is_unique:
        raise ValueError(f"{key} ist nicht eindeutig")
    return {k: row for k, row in indexed.iterrows()}
