"""Our checks on data/programme: the real data passes, and every check fires on a broken copy
of data/ through kommunale_jobcenter.validate.validate, naming file, CSV line and field."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.checks import Problem
from kommunale_jobcenter.checks import programme as checks
from kommunale_jobcenter.datapackage import DATA_DIR, write_csv
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.validate import validate

PACKAGES = ("jobcenter", "programme")  # the checks need only these two


@pytest.fixture(scope="module")
def packages() -> dict[str, dict[str, pd.DataFrame]]:
    loaded = load_all()
    assert "programme" in loaded, "data/programme fehlt"
    assert "jobcenter" in loaded, "data/jobcenter fehlt – Kreisprüfung liefe ins Leere"
    return loaded


def _broken_copy(tmp_path: Path, resource: str,
                 change: Callable[[pd.DataFrame], None], package: str = "programme") -> Path:
    """A copy of data/jobcenter and data/programme with one table changed in text form."""
    data = tmp_path / "data"
    for name in PACKAGES:
        shutil.copytree(DATA_DIR / name, data / name)
    path = data / package / f"{resource}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame)
    write_csv(frame, path)
    return data


def _fires(data: Path, file: str, row: int, field: str) -> Problem:
    """Validate the copy; exactly one problem, at file:row:field."""
    problems = validate(data).problems
    assert [(p.file, p.row, p.field) for p in problems] == [(file, row, field)], problems
    return problems[0]


def _line(frame: pd.DataFrame, **key: str) -> int:
    mask = pd.Series(True, index=frame.index)
    for column, value in key.items():
        mask &= frame[column] == value
    return int(frame.index[mask][0])


def test_real_data_passes(packages: dict) -> None:
    assert [p for check in checks.CHECKS for p in check(packages)] == []


def test_unknown_kreis_key(tmp_path: Path) -> None:
    found: dict[str, int] = {}

    def change(frame: pd.DataFrame) -> None:
        found["i"] = int(frame.index[frame.ags != ""][0])
        frame.loc[found["i"], "ags"] = "99999"

    data = _broken_copy(tmp_path, "kennzahlen", change)
    problem = _fires(data, "data/programme/kennzahlen.csv", found["i"] + 2, "ags")
    assert "99999" in problem.message and "kreise.csv" in problem.message


def test_kreis_check_skipped_without_jobcenter_package(packages: dict) -> None:
    broken = {"programme": dict(packages["programme"])}
    frame = broken["programme"]["kennzahlen"].copy()
    frame.loc[int(frame.ags.notna().to_numpy().argmax()), "ags"] = "99999"
    broken["programme"]["kennzahlen"] = frame
    assert list(checks.check_references(broken)) == []


def test_end_before_start(tmp_path: Path) -> None:
    found: dict[str, int] = {}

    def change(frame: pd.DataFrame) -> None:
        found["i"] = _line(frame, seit="2010-07-15")
        frame.loc[found["i"], "bis"] = "2009"

    data = _broken_copy(tmp_path, "teilnahmen", change)
    problem = _fires(data, "data/programme/teilnahmen.csv", found["i"] + 2, "bis")
    assert "2009" in problem.message


def test_unknown_unit(tmp_path: Path) -> None:
    def change(frame: pd.DataFrame) -> None:
        frame.loc[3, "einheit"] = "Kilogramm"

    data = _broken_copy(tmp_path, "fakten", change)
    problem = _fires(data, "data/programme/fakten.csv", 5, "einheit")
    assert "Kilogramm" in problem.message and "einheiten.csv" in problem.message


def test_shares_summing_to_90(tmp_path: Path) -> None:
    found: dict[str, int] = {}

    def change(frame: pd.DataFrame) -> None:
        group = frame[frame.anteil_gruppe == "WAF-2012-EGT"]
        assert len(group) == 7
        found["i"] = int(group.index[0])
        frame.loc[found["i"], "wert"] = repr(float(group.wert.iloc[0]) - 10)

    data = _broken_copy(tmp_path, "fakten", change)
    problem = _fires(data, "data/programme/fakten.csv", found["i"] + 2, "wert")
    assert "90.0" in problem.message


def test_shares_in_mixed_units(tmp_path: Path) -> None:
    found: dict[str, int] = {}

    def change(frame: pd.DataFrame) -> None:
        group = frame[frame.anteil_gruppe == "WAF-2012-EGT"]
        found["i"] = int(group.index[0])
        frame.loc[int(group.index[-1]), "einheit"] = "Euro"

    data = _broken_copy(tmp_path, "fakten", change)
    _fires(data, "data/programme/fakten.csv", found["i"] + 2, "einheit")


def test_seed_count_against_registry(tmp_path: Path) -> None:
    """104 zkT in November 2018 agree with the registry; 105 do not."""
    found: dict[str, int] = {}

    def change(frame: pd.DataFrame) -> None:
        found["i"] = _line(frame, fakt_id="SEED-SK-2018-022-001")
        assert frame.loc[found["i"], "wert"] == "104"
        frame.loc[found["i"], "wert"] = "105"

    data = _broken_copy(tmp_path, "fakten", change)
    problem = _fires(data, "data/programme/fakten.csv", found["i"] + 2, "wert")
    assert "105" in problem.message and "104" in problem.message


def test_known_conflict_must_stay_marked(tmp_path: Path) -> None:
    """Niedersachsen: the press release says 17 zkT in December 2016, the registry 16 from
    1 November 2016. The row passes only while it is «unsicher»."""
    found: dict[str, int] = {}

    def change(frame: pd.DataFrame) -> None:
        found["i"] = _line(frame, fakt_id="SEED-NI-2016-002")
        row = frame.loc[found["i"]]
        assert row["sicherheit"] == "unsicher" and "16 zkT" in row["hinweis"]
        frame.loc[found["i"], "sicherheit"] = "gesichert"

    data = _broken_copy(tmp_path, "fakten", change)
    problem = _fires(data, "data/programme/fakten.csv", found["i"] + 2, "wert")
    assert "2016-12-01 16" in problem.message


def test_zkt_count_on_a_day(packages: dict) -> None:
    traeger = packages["jobcenter"]["traeger"]
    assert checks.zkt_count(traeger, "2016-10-31", "Niedersachsen") == 17
    assert checks.zkt_count(traeger, "2016-11-01", "Niedersachsen") == 16
    assert checks.zkt_count(traeger, "2018-11-01") == 104


@pytest.mark.parametrize(("start", "end", "ok"), [
    ("2011-01", "2011", True), ("2011", "2011-01-01", True), ("2015-05-01", "2020-04-30", True),
    ("2011-02", "2011-01-31", False), ("2012", "2011-12-31", False),
])
def test_partial_dates(start: str, end: str, ok: bool) -> None:
    assert (checks.partial_range(end)[1] >= checks.partial_range(start)[0]) is ok
