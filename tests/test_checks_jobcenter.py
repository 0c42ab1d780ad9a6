"""The jobcenter checks: the real data passes; each broken copy is caught at the right place."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from scripts.checks import Problem
from scripts.checks import jobcenter as checks
from scripts.load import load_package

Frames = dict[str, pd.DataFrame]


@pytest.fixture(scope="module")
def real() -> Frames:
    return load_package("jobcenter")


@pytest.fixture
def frames(real: Frames) -> Frames:
    """A fresh copy of the real frames that a test may break."""
    return {name: frame.copy() for name, frame in real.items()}


def _run(check: Callable, frames: Frames) -> list[Problem]:
    return list(check({"jobcenter": frames}))


def _pos(frame: pd.DataFrame, column: str, value: str) -> int:
    """Position of the row whose ``column`` equals ``value``."""
    return int((frame[column] == value).to_numpy().nonzero()[0][0])


def _found(problems: list[Problem], resource: str, row: int | None, field: str | None) -> bool:
    return any(p.file == f"data/jobcenter/{resource}.csv" and p.row == row and p.field == field
               for p in problems)


@pytest.mark.parametrize("check", checks.CHECKS, ids=lambda c: c.__name__)
def test_real_data_passes(real: Frames, check: Callable) -> None:
    assert _run(check, real) == []


def test_unknown_source(frames: Frames) -> None:
    frames["traeger_quellen"].loc[3, "quelle_id"] = "GIBTSNICHT"
    problems = _run(checks.check_quellen_exist, frames)
    assert _found(problems, "traeger_quellen", 5, "quelle_id")
    assert "GIBTSNICHT" in problems[0].message


def test_unknown_successor(frames: Frames) -> None:
    i = _pos(frames["traeger"], "zkt_id", "MV-02")
    frames["traeger"].loc[i, "nachfolger_zkt_id"] = "XX-99"
    problems = _run(checks.check_nachfolger, frames)
    assert _found(problems, "traeger", i + 2, "nachfolger_zkt_id")
    assert "'XX-99'" in problems[0].message


def test_self_successor(frames: Frames) -> None:
    i = _pos(frames["traeger"], "zkt_id", "NI-15")
    frames["traeger"].loc[i, "nachfolger_zkt_id"] = "NI-15"
    assert _found(_run(checks.check_nachfolger, frames), "traeger", i + 2, "nachfolger_zkt_id")


def test_end_before_start(frames: Frames) -> None:
    t = frames["traeger"]
    i = _pos(t, "zkt_id", "NI-15")
    start, end = t.at[i, "zkt_seit"], t.at[i, "zkt_bis"]
    t.loc[i, "zkt_seit"], t.loc[i, "zkt_bis"] = end, start
    assert _found(_run(checks.check_zeitraum, frames), "traeger", i + 2, "zkt_bis")


def test_missing_end_reason(frames: Frames) -> None:
    i = _pos(frames["traeger"], "zkt_id", "ST-01")
    frames["traeger"].loc[i, "ende_grund"] = pd.NA
    assert _found(_run(checks.check_ende_grund, frames), "traeger", i + 2, "ende_grund")


def test_former_marked_current(frames: Frames) -> None:
    i = _pos(frames["traeger"], "zkt_id", "NI-15")
    frames["traeger"].loc[i, "ist_aktuell"] = True
    problems = _run(checks.check_aktuell, frames)
    assert _found(problems, "traeger", None, "ist_aktuell")  # 105 instead of 104
    assert _found(problems, "traeger", i + 2, "zkt_bis")
    assert _found(problems, "traeger", i + 2, "ist_in_komtrzv_2017")


def test_current_not_in_law_2017(frames: Frames) -> None:
    i = _pos(frames["traeger"], "zkt_id", "NW-17")
    frames["traeger"].loc[i, "ist_in_komtrzv_2017"] = False
    problems = _run(checks.check_aktuell, frames)
    assert _found(problems, "traeger", i + 2, "ist_in_komtrzv_2017")


def test_kreis_dropped(frames: Frames) -> None:
    frames["kreise"] = frames["kreise"].iloc[1:].reset_index(drop=True)
    problems = _run(checks.check_anzahl_kreise_laender, frames)
    assert _found(problems, "kreise", None, None)
    assert "399" in problems[0].message


def test_land_dropped(frames: Frames) -> None:
    frames["laender"] = frames["laender"].iloc[1:].reset_index(drop=True)
    assert _found(_run(checks.check_anzahl_kreise_laender, frames), "laender", None, None)


def test_original_flag_wrong(frames: Frames) -> None:
    i = _pos(frames["traeger"], "zkt_id", "NW-17")  # a 2012 addition
    frames["traeger"].loc[i, "ist_ursprung_2005"] = True
    problems = _run(checks.check_ursprung_zugang, frames)
    assert _found(problems, "traeger", None, "ist_ursprung_2005")  # 70 instead of 69
    assert _found(problems, "traeger", i + 2, "ist_ursprung_2005")


def test_status_cell_missing(frames: Frames) -> None:
    s = frames["status_jahr"]
    frames["status_jahr"] = s[~((s.ags == "05570") & (s.jahr == 2010))].reset_index(drop=True)
    problems = _run(checks.check_status_vollstaendig, frames)
    assert _found(problems, "status_jahr", None, "jahr")
    assert "05570" in problems[0].message and "2010" in problems[0].message


def test_status_contradicts_ids(frames: Frames) -> None:
    s = frames["status_jahr"]
    i = int(((s.ags == "05570") & (s.jahr == 2015)).to_numpy().nonzero()[0][0])
    s.loc[i, "status"] = "kein zkT"
    problems = _run(checks.check_status_registry, frames)
    assert _found(problems, "status_jahr", i + 2, "status")
    assert _found(_run(checks.check_status_anzahl, frames), "status_jahr", None, "status")


def test_status_ids_not_active(frames: Frames) -> None:
    s = frames["status_jahr"]
    i = int(((s.ags == "05570") & (s.jahr == 2008)).to_numpy().nonzero()[0][0])
    s.loc[i, ["status", "zkt_ids"]] = ["zkT", "NW-17"]  # Warendorf is zkT only from 2012
    problems = _run(checks.check_status_registry, frames)
    assert _found(problems, "status_jahr", i + 2, "zkt_ids")
    assert not _found(problems, "status_jahr", i + 2, "status")


def test_status_misses_active_row(frames: Frames) -> None:
    s = frames["status_jahr"]
    i = int(((s.ags == "15001") & (s.jahr == 2006)).to_numpy().nonzero()[0][0])
    s.loc[i, ["status", "zkt_ids"]] = ["kein zkT", pd.NA]  # piece of Anhalt-Zerbst (ST-01)
    problems = _run(checks.check_status_registry, frames)
    assert _found(problems, "status_jahr", i + 2, "zkt_ids")
