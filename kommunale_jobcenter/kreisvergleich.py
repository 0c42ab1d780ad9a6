"""«Kreise vergleichen»: the small static JSON files behind the comparison widget
(``docs/assets/js/vergleich.js``) on the profile pages and the Vergleich page.

Pure functions, frames → dicts: one record per Kreis (name, Land, the time series of the
key indicators, values exactly as in data/statistik, gaps as null) and one index record
(the indicators with name, unit and decimals, the source attribution, the visitor texts).
Writing them is the page module's job (``kommunale_jobcenter.pages.statistik.comparison_data``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

INDEX = "index"  # daten/vergleich/index.json (urls.comparison_data); a Kreis file: its AGS
MAX_KREISE = 5


@dataclass(frozen=True)
class Grid:
    """A ``statistik_frames.wide_values`` table as plain lists: the first year of the
    indicator's grid and, per region, one value per year (None where INKAR has none)."""

    von: int | None
    years: int
    rows: dict[str, list[float | None]]


def grid(wide: pd.DataFrame) -> Grid:
    values = wide.to_numpy(dtype=float)
    rows = {str(region): [None if np.isnan(v) else float(v) for v in row]
            for region, row in zip(wide.index, values, strict=True)}
    return Grid(int(wide.columns[0]) if len(wide.columns) else None, len(wide.columns), rows)


def series(table: Grid, region_id: str) -> dict[str, Any]:
    """One region's series; a region INKAR does not report at all is None every year."""
    return {"von": table.von,
            "werte": list(table.rows.get(region_id, [None] * table.years))}


def display_suffixes(kreise: pd.DataFrame) -> dict[str, str]:
    """ags → kind of Kreis (e.g. «Kreisfreie Stadt») for the Kreise whose name another
    Kreis shares (Rosenheim, Landshut, …), so that a picker can tell them apart."""
    twice = kreise[kreise["kreis_name"].duplicated(keep=False)]
    return dict(zip(twice["ags"], twice["kreis_art"], strict=True))


def units(indikatoren: pd.DataFrame, ids: Iterable[str]) -> dict[str, str]:
    """indikator_id → its unit, for ``ids``; ``indikatoren`` is indexed by indikator_id."""
    return {i: str(indikatoren.at[i, "einheit"]) for i in ids}


def kreis_record(kreis: Mapping[str, Any], grids: Mapping[str, Grid],
                 einheiten: Mapping[str, str], quelle: str) -> dict[str, Any]:
    """The comparison file of one Kreis: who it is, and per key indicator (in the order
    of ``grids``) its unit (``units``) and series."""
    return {
        "ags": kreis["ags"], "name": kreis["kreis_name"], "art": kreis["kreis_art"],
        "land": kreis["land"], "quelle": quelle,
        "reihen": {i: {"einheit": einheiten[i], **series(table, kreis["ags"])}
                   for i, table in grids.items()},
    }


def kreis_records(kreise: pd.DataFrame, wides: Mapping[str, pd.DataFrame],
                  indikatoren: pd.DataFrame, quelle: str) -> dict[str, dict[str, Any]]:
    """ags → comparison file, for every Kreis of ``kreise`` (also one without values);
    ``wides``: indikator_id → ``wide_values`` table, in the order the files list them."""
    grids = {i: grid(wide) for i, wide in wides.items()}
    einheiten = units(indikatoren, grids)
    return {row["ags"]: kreis_record(row, grids, einheiten, quelle)
            for row in kreise.sort_values("ags").to_dict("records")}


def indicator_entry(indikator_id: str, ind: pd.Series, wide: pd.DataFrame, decimals: int,
                    page: str) -> dict[str, Any]:
    """What the widget needs to know about one indicator to draw and label it."""
    years = [int(y) for y in wide.columns]
    hinweis = ind.get("bruch_hinweis")
    return {
        "id": indikator_id, "name": str(ind["indikator_name"]), "einheit": str(ind["einheit"]),
        "stellen": decimals, "von": years[0], "bis": years[-1], "seite": page,
        "hinweis": "" if hinweis is None or pd.isna(hinweis) else str(hinweis),
    }


def index_record(indicators: Sequence[dict[str, Any]], quelle: str,
                 quellen: Sequence[dict[str, str]], kreise_json: str,
                 suffixes: Mapping[str, str], texte: Mapping[str, str]) -> dict[str, Any]:
    """The one file every widget reads first. Links are relative to this file."""
    return {"max": MAX_KREISE, "indikatoren": list(indicators), "quelle": quelle,
            "quellen": list(quellen), "kreise": kreise_json, "zusatz": dict(suffixes),
            "texte": dict(texte)}


def dumps(record: Mapping[str, Any]) -> str:
    """Compact, deterministic JSON; a NaN would be an error (a gap is None → null)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
