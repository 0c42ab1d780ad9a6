"""Every row of every package obeys the certainty rule of the Methodik: its level is never
higher than its evidence allows (kommunale_jobcenter/certainty.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.certainty import LEVELS, SECONDARY, certainty
from kommunale_jobcenter.load import load_package, package_names

DATA = Path(__file__).resolve().parents[1] / "data"
PACKAGES = package_names(DATA)


def _rank(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    quellen = tables["quellen"]
    return dict(zip(quellen["quelle_id"], quellen["quellenrang"], strict=True))


def _sources(tables: dict[str, pd.DataFrame], resource: str,
             frame: pd.DataFrame) -> list[set[str]]:
    """The sources behind each row: its quelle_id, or its rows in <resource>_quellen."""
    if "quelle_id" in frame:
        return [{q} if isinstance(q, str) else set() for q in frame["quelle_id"]]
    links = tables[f"{resource}_quellen"]
    key = links.columns[0]
    by_row = links.groupby(key)["quelle_id"].agg(set).to_dict()
    return [by_row.get(k, set()) for k in frame[key]]


def test_every_source_table_has_a_rank() -> None:
    for package in PACKAGES:
        tables = load_package(package, DATA)
        assert "quellenrang" in tables["quellen"], package
        assert tables["quellen"]["quellenrang"].notna().all(), package


@pytest.mark.parametrize("package", PACKAGES)
def test_no_row_is_more_certain_than_its_sources(package: str) -> None:
    tables = load_package(package, DATA)
    rank = _rank(tables)
    too_high = []
    for resource, frame in tables.items():
        if "sicherheit" not in frame or resource == "quellen":
            continue
        derived = frame["herleitung"].fillna("") if "herleitung" in frame else None
        for i, (level, sources) in enumerate(zip(frame["sicherheit"],
                                                 _sources(tables, resource, frame),
                                                 strict=True)):
            how = "berechnet" if derived is not None and derived.iloc[i] else "gelesen"
            allowed = certainty([rank[q] for q in sources if q in rank], how)
            if LEVELS.index(level) < LEVELS.index(allowed):
                too_high.append(f"data/{package}/{resource}.csv:{i + 2}: {level}, "
                                f"Regel erlaubt höchstens {allowed}")
    assert too_high == []


def test_secondary_only_rows_exist_and_are_not_gesichert() -> None:
    """The rule has something to bite on: some rows rest on secondary sources alone."""
    found = 0
    for package in PACKAGES:
        tables = load_package(package, DATA)
        rank = _rank(tables)
        for resource, frame in tables.items():
            if "sicherheit" not in frame or resource == "quellen":
                continue
            for level, sources in zip(frame["sicherheit"], _sources(tables, resource, frame),
                                      strict=True):
                if sources and all(rank.get(q) == SECONDARY for q in sources):
                    found += 1
                    assert level != "gesichert"
    assert found > 0
