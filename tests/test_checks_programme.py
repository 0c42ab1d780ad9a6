"""Our checks on data/programme: the real data passes, broken copies are caught."""

from __future__ import annotations

import pandas as pd
import pytest

from scripts.checks import Problem
from scripts.checks import programme as checks
from scripts.load import load_all


@pytest.fixture(scope="module")
def packages() -> dict[str, dict[str, pd.DataFrame]]:
    loaded = load_all()
    assert "programme" in loaded, "data/programme fehlt"
    assert "jobcenter" in loaded, "data/jobcenter fehlt – Kreisprüfung liefe ins Leere"
    return loaded


def _broken(packages: dict, resource: str) -> tuple[dict, pd.DataFrame]:
    """A copy of all packages in which one programme table may be changed."""
    copy = {name: dict(tables) for name, tables in packages.items()}
    frame = copy["programme"][resource].copy()
    copy["programme"][resource] = frame
    return copy, frame


def _problems(packages: dict) -> list[Problem]:
    return [p for check in checks.CHECKS for p in check(packages)]


def _only(problems: list[Problem], file: str, row: int, field: str) -> Problem:
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.file, problem.row, problem.field) == (file, row, field)
    assert problem.message
    return problem


def test_real_data_passes(packages: dict) -> None:
    assert _problems(packages) == []


def test_dangling_programme(packages: dict) -> None:
    broken, frame = _broken(packages, "teilnahmen")
    frame.loc[4, "programm_id"] = "gibt-es-nicht"
    _only(_problems(broken), "data/programme/teilnahmen.csv", 6, "programm_id")


def test_dangling_source(packages: dict) -> None:
    broken, frame = _broken(packages, "fakten")
    frame.loc[0, "quelle_id"] = "UNBEKANNT"
    _only(_problems(broken), "data/programme/fakten.csv", 2, "quelle_id")


def test_unknown_kreis_key(packages: dict) -> None:
    broken, frame = _broken(packages, "kennzahlen")
    position = int(frame.ags.notna().to_numpy().argmax())
    frame.loc[position, "ags"] = "99999"
    problem = _only(_problems(broken), "data/programme/kennzahlen.csv", position + 2, "ags")
    assert "99999" in problem.message


def test_kreis_check_skipped_without_jobcenter_package(packages: dict) -> None:
    broken, frame = _broken(packages, "kennzahlen")
    frame.loc[int(frame.ags.notna().to_numpy().argmax()), "ags"] = "99999"
    del broken["jobcenter"]
    assert list(checks.check_kreise_exist(broken)) == []


def test_end_before_start(packages: dict) -> None:
    broken, frame = _broken(packages, "teilnahmen")
    position = int((frame.seit == "2010-07-15").to_numpy().argmax())
    frame.loc[position, "bis"] = "2009"
    _only(_problems(broken), "data/programme/teilnahmen.csv", position + 2, "bis")


def test_unknown_unit(packages: dict) -> None:
    broken, frame = _broken(packages, "fakten")
    frame.loc[3, "einheit"] = "Kilogramm"
    _only(_problems(broken), "data/programme/fakten.csv", 5, "einheit")


def test_shares_summing_to_90(packages: dict) -> None:
    broken, frame = _broken(packages, "fakten")
    group = frame[frame.anteil_gruppe == "WAF-2012-EGT"]
    assert len(group) == 7 and round(group.wert.sum(), 1) == 100.0
    frame.loc[group.index[0], "wert"] = group.wert.iloc[0] - 10
    problem = _only(_problems(broken), "data/programme/fakten.csv",
                    int(group.index[0]) + 2, "wert")
    assert "90.0" in problem.message


@pytest.mark.parametrize(("start", "end", "ok"), [
    ("2011-01", "2011", True), ("2011", "2011-01-01", True), ("2015-05-01", "2020-04-30", True),
    ("2011-02", "2011-01-31", False), ("2012", "2011-12-31", False),
])
def test_partial_dates(start: str, end: str, ok: bool) -> None:
    assert (checks.partial_range(end)[1] >= checks.partial_range(start)[0]) is ok
