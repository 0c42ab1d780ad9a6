"""The cross-package source check: one id, one source."""

from __future__ import annotations

import pandas as pd

from scripts.checks.quellen import check_same_id_same_source
from scripts.load import load_all


def _sources(titel: str) -> pd.DataFrame:
    return pd.DataFrame({"quelle_id": ["Q1"], "titel": [titel], "herausgeber": ["X"],
                         "datum": ["2012"], "url": [None]})


def test_real_data_passes() -> None:
    assert list(check_same_id_same_source(load_all())) == []


def test_same_id_with_other_title_is_reported() -> None:
    packages = {"a": {"quellen": _sources("Alt")}, "b": {"quellen": _sources("Neu")}}
    problems = list(check_same_id_same_source(packages))
    assert len(problems) == 1
    assert problems[0].file == "data/b/quellen.csv"
    assert problems[0].row == 2 and problems[0].field == "titel"
    assert "«a»" in problems[0].message


def test_same_id_same_source_passes() -> None:
    packages = {"a": {"quellen": _sources("Gleich")}, "b": {"quellen": _sources("Gleich")}}
    assert list(check_same_id_same_source(packages)) == []
