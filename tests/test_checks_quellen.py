"""The cross-package source check: one id, one source – on the real data and through
``kommunale_jobcenter.validate.validate`` on a copy where a shared id names another title."""

from __future__ import annotations

import pandas as pd
import pytest

from kommunale_jobcenter.checks.quellen import check_same_id_same_source
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.validate import validate
from tests.test_checks_jobcenter import copy_data, line, put

SHARED = "JENA2008"  # in the packages «finanzen» and «jobcenter»


def _sources(titel: str) -> pd.DataFrame:
    return pd.DataFrame({"quelle_id": ["Q1"], "titel": [titel], "herausgeber": ["X"],
                         "datum": ["2012"], "url": [None]})


def test_real_data_passes() -> None:
    assert list(check_same_id_same_source(load_all())) == []


def test_same_id_same_source_passes() -> None:
    packages = {"a": {"quellen": _sources("Gleich")}, "b": {"quellen": _sources("Gleich")}}
    assert list(check_same_id_same_source(packages)) == []


def test_same_id_with_other_title_fires_through_validate(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    data, originals = copy_data(tmp_path_factory.mktemp("quellen"), {
        "quellen": lambda f: put(f, "titel", "Ein anderer Titel", quelle_id=SHARED)})
    row = line(originals["quellen"], quelle_id=SHARED)
    found = [p for p in validate(data).problems
             if (p.file, p.row, p.field) == ("data/jobcenter/quellen.csv", row, "titel")]
    assert len(found) == 1 and "«finanzen»" in found[0].message
