"""The jobcenter checks: the real data passes, and every check fires on a broken copy of
data/ run through ``kommunale_jobcenter.validate.validate`` (so none is masked by Frictionless) at
the right file, row and field."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.checks import Problem, csv_row
from kommunale_jobcenter.checks import jobcenter as checks
from kommunale_jobcenter.datapackage import DATA_DIR, write_csv
from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.validate import validate

TRAEGER, STATUS = "data/jobcenter/traeger.csv", "data/jobcenter/status_jahr.csv"
Frame = pd.DataFrame


def copy_data(tmp: Path, edits: dict[str, Callable[[Frame], Frame | None]],
              ) -> tuple[Path, dict]:
    """All packages of data/ copied, jobcenter tables edited in text form; returns the
    folder and the original frames of the edited tables. An edit changes the frame in place
    or returns a new one."""
    data = tmp / "data"
    for folder in sorted(p.parent for p in DATA_DIR.glob("*/datapackage.json")):
        shutil.copytree(folder, data / folder.name)
    originals = {}
    for resource, change in edits.items():
        path = data / "jobcenter" / f"{resource}.csv"
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        originals[resource] = frame.copy()
        changed = change(frame)
        write_csv(frame if changed is None else changed, path)
    return data, originals


def line(frame: Frame, **key: str) -> int:
    """CSV row of the first row with these (text) values."""
    mask = pd.Series(True, index=frame.index)
    for column, value in key.items():
        mask &= frame[column] == value
    return csv_row(int(frame.index[mask][0]))


def put(frame: Frame, column: str, value: str, **key: str) -> None:
    frame.loc[line(frame, **key) - 2, column] = value


def at(problems: list[Problem], file: str, row: int | None, field: str | None) -> list[str]:
    return [p.message for p in problems if (p.file, p.row, p.field) == (file, row, field)]


def test_real_data_passes() -> None:
    real = {"jobcenter": load_package("jobcenter")}
    assert [p for check in checks.CHECKS for p in check(real)] == []


def _traeger(frame: Frame) -> None:
    put(frame, "sicherheit", "gesichert", zkt_id="BW-03")  # Wikipedia only
    put(frame, "herleitung", "", zkt_id="NW-17")  # start computed from sums
    put(frame, "sicherheit_ende", "", zkt_id="MV-03")
    put(frame, "nachfolger_zkt_id", "ST-02", zkt_id="ST-02")
    put(frame, "zkt_bis", "2008-06-30", zkt_id="SN-03")  # successor starts 1.8.2008
    put(frame, "zkt_bis", "2004-12-31", zkt_id="NI-16")
    put(frame, "ende_grund", "", zkt_id="SN-06")
    put(frame, "zkt_bis", "2030-12-31", zkt_id="TH-04")  # current with an end
    put(frame, "ist_in_komtrzv_2017", "false", zkt_id="SL-01")
    put(frame, "ist_ursprung_2005", "false", zkt_id="HE-01")


def _status(frame: Frame) -> Frame:
    put(frame, "zkt_ids", "NW-16", ags="05570", jahr="2015")
    put(frame, "status", "zkT-Teilgebiet", ags="05566", jahr="2020")
    return frame.drop(index=line(frame, ags="16077", jahr="2010") - 2)  # last Kreis


def _laender(frame: Frame) -> Frame:
    return frame.drop(index=line(frame, land_code="16") - 2)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    data, originals = copy_data(tmp_path_factory.mktemp("jc"), {
        "traeger": _traeger, "status_jahr": _status, "laender": _laender})
    return validate(data).problems, originals, data


def _row(broken: tuple, resource: str, **key: str) -> int:
    return line(broken[1][resource], **key)


def test_start_more_certain_than_its_sources(broken: tuple) -> None:
    problems = broken[0]
    found = at(problems, TRAEGER, _row(broken, "traeger", zkt_id="BW-03"), "sicherheit")
    assert found and "WPLIST" in found[0] and "höchstens «wahrscheinlich»" in found[0]


def test_computed_start_without_derivation(broken: tuple) -> None:
    problems = broken[0]
    found = at(problems, TRAEGER, _row(broken, "traeger", zkt_id="NW-17"), "herleitung")
    assert found and "ARITH" in found[0]


def test_end_without_its_certainty(broken: tuple) -> None:
    problems = broken[0]
    assert at(problems, TRAEGER, _row(broken, "traeger", zkt_id="MV-03"), "sicherheit_ende")
    # a current Träger given an end date: no end certainty either
    assert at(problems, TRAEGER, _row(broken, "traeger", zkt_id="TH-04"), "sicherheit_ende")


def test_successor(broken: tuple) -> None:
    problems = broken[0]
    own = at(problems, TRAEGER, _row(broken, "traeger", zkt_id="ST-02"), "nachfolger_zkt_id")
    assert own and "eigener Nachfolger" in own[0]
    gap = at(problems, TRAEGER, _row(broken, "traeger", zkt_id="SN-03"), "nachfolger_zkt_id")
    assert gap and "SN-09" in gap[0] and "01.08.2008" in gap[0]


def test_end_before_start(broken: tuple) -> None:
    problems = broken[0]
    assert at(problems, TRAEGER, _row(broken, "traeger", zkt_id="NI-16"), "zkt_bis")


def test_missing_end_reason(broken: tuple) -> None:
    problems = broken[0]
    assert at(problems, TRAEGER, _row(broken, "traeger", zkt_id="SN-06"), "ende_grund")


def test_current(broken: tuple) -> None:
    problems = broken[0]
    assert any("hat aber ein Enddatum" in m for m in
               at(problems, TRAEGER, _row(broken, "traeger", zkt_id="TH-04"), "zkt_bis"))
    assert at(problems, TRAEGER, _row(broken, "traeger", zkt_id="SL-01"), "ist_in_komtrzv_2017")


def test_original_and_added(broken: tuple) -> None:
    problems = broken[0]
    assert any("68 Träger" in m for m in at(problems, TRAEGER, None, "ist_ursprung_2005"))
    assert at(problems, TRAEGER, _row(broken, "traeger", zkt_id="HE-01"), "ist_ursprung_2005")


def test_counts_of_kreise_and_laender(broken: tuple) -> None:
    problems = broken[0]
    assert at(problems, "data/jobcenter/laender.csv", None, None) == ["15 Länder statt 16"]


def test_status_complete(broken: tuple) -> None:
    problems = broken[0]
    assert "Kreis 16077 fehlt für 2010" in at(problems, STATUS, None, "jahr")


def test_status_matches_registry(broken: tuple) -> None:
    problems = broken[0]
    found = at(problems, STATUS, _row(broken, "status_jahr", ags="05570", jahr="2015"),
               "zkt_ids")
    assert found and "NW-17" in found[0]


def test_status_counts_from_2014(broken: tuple) -> None:
    problems = broken[0]
    assert any(m.startswith("2020:") and "1 teilweise" in m
               for m in at(problems, STATUS, None, "status"))


def test_every_check_fired(broken: tuple) -> None:
    """Each check of the module, run on the broken copy, has at least one message."""
    *_, data = broken
    packages = {"jobcenter": load_package("jobcenter", data, lenient=True)}
    silent = [c.__name__ for c in checks.CHECKS if not list(c(packages))]
    assert silent == []
