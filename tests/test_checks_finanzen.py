"""Checks of the finanzen package: real data passes, and every own check fires on a broken
copy of data/ through ``kommunale_jobcenter.validate.validate`` (so none is masked by Frictionless),
precisely at file, CSV row and field, with the words a data editor needs.

Breaks that do not disturb each other share one copy (one validation each), so the whole
module validates four copies."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import curated_tables
from kommunale_jobcenter.checks import Problem, csv_row
from kommunale_jobcenter.checks import finanzen as checks
from kommunale_jobcenter.datapackage import DATA_DIR, write_csv
from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.validate import validate

ANTEILE = "data/finanzen/anteile.csv"
SUMMEN = "data/finanzen/pruefsummen.csv"
LINKS = "data/finanzen/jobcenter_kreise.csv"
JOBCENTER = "data/finanzen/jobcenter.csv"
FAKTEN = "data/finanzen/fakten.csv"
SCHAETZSUMMEN = "curated/finanzen/schaetzsummen.csv"

Frame = pd.DataFrame
# (package, resource) → a change in place, or a function returning the changed table
Edits = dict[tuple[str, str], Callable[[Frame], Frame | None]]


def _copy(tmp: Path, edits: Edits, packages: tuple[str, ...] = ("finanzen", "jobcenter"),
          ) -> tuple[Path, dict[tuple[str, str], Frame]]:
    """A copy of data/<packages> with each edited table changed in text form; returns the
    folder and the edited tables as written (to find CSV rows)."""
    data = tmp / "data"
    for name in packages:
        shutil.copytree(DATA_DIR / name, data / name)
    written = {}
    for (package, resource), change in edits.items():
        path = data / package / f"{resource}.csv"
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        changed = change(frame)
        frame = (frame if changed is None else changed).reset_index(drop=True)
        write_csv(frame, path)
        written[(package, resource)] = frame
    return data, written


def _line(frame: Frame, **key: str) -> int:
    """CSV row of the first row with these (text) values."""
    mask = pd.Series(True, index=frame.index)
    for column, value in key.items():
        mask &= frame[column] == value
    hit = frame.index[mask]
    assert len(hit) >= 1, key
    return csv_row(int(hit[0]))


def _set(frame: Frame, column: str, value: str, **key: str) -> None:
    frame.loc[_line(frame, **key) - 2, column] = value


def _at(problems: list[Problem], file: str, row: int | None, field: str) -> list[str]:
    return [p.message for p in problems if (p.file, p.row, p.field) == (file, row, field)]


# --- real data ----------------------------------------------------------------------------
def test_real_data_passes_all_checks_quickly() -> None:
    real = {"finanzen": load_package("finanzen", DATA_DIR),
            "jobcenter": load_package("jobcenter", DATA_DIR)}
    curated_tables.tables("finanzen")  # validated once per process (validate() does it first)
    start = time.process_time()  # CPU time: not slowed down by other processes
    problems = [p for check in checks.CHECKS for p in check(real)]
    elapsed = time.process_time() - start
    assert problems == []
    assert elapsed < 2.0, f"Prüfungen zu langsam: {elapsed:.2f} s"


def test_no_check_repeats_a_schema_rule() -> None:
    """Shares within 0–100 and one row per year, Anlage and Jobcenter are Frictionless
    rules (minimum/maximum, primary key); no own check says the same again."""
    names = {c.__name__ for c in checks.CHECKS}
    assert not names & {"check_anteil_bereich", "check_anteile_eindeutig"}


# --- copy A: shares, sums, amounts, certainty, single rows ------------------------------------
def _shares(frame: Frame) -> None:
    i = _line(frame, jahr="2024", anlage="Anlage 1", jobcenter_id="JC-05570") - 2
    frame.loc[i, "anteil_prozent"] = f"{float(frame.loc[i, 'anteil_prozent']) + 1:.4f}"
    i = _line(frame, jahr="2022", anlage="Anlage 1", jobcenter_id="JC-14522") - 2  # Sachsen
    frame.loc[i, "anteil_prozent"] = f"{float(frame.loc[i, 'anteil_prozent']) - 0.5:.4f}"
    _set(frame, "mittelart", "egl", jahr="2022", anlage="Anlage 4",
         jobcenter_id="JC-09562")
    _set(frame, "sicherheit", "wahrscheinlich", jahr="2022", anlage="Anlage 4",
         jobcenter_id="JC-09562")
    _set(frame, "betrag_eingliederung_euro", "895310", jahr="2012", anlage="Anlage 2",
         jobcenter_id="JC-05570")
    _set(frame, "betrag_verwaltung_euro", "", jahr="2018", anlage="Anlage 1",
         jobcenter_id="JC-05570")
    _set(frame, "betrag_eingliederung_euro", "1000", jahr="2024", anlage="Anlage 1",
         jobcenter_id="JC-05570")


def _sums(frame: Frame) -> Frame:
    where = {"jahr": "2012", "anlage": "Anlage 3", "bereich": "alle Zeilen"}
    _set(frame, "anzahl_zkt", "108", **where)
    _set(frame, "gedruckte_summe_prozent", "74.8160", **where)
    _set(frame, "toleranz_prozent", "0.0400", **where)
    return frame[~((frame["jahr"] == "2025") & (frame["anlage"] == "Anlage 5"))]


def _facts(frame: Frame) -> None:
    _set(frame, "sicherheit", "gesichert", einzelfakt_id="finanzen-f03")  # BIAJ: secondary
    _set(frame, "wert", "", einzelfakt_id="finanzen-f01")  # total for the estimates
    _set(frame, "zkt_id", "TH-99", einzelfakt_id="finanzen-f14")


@pytest.fixture(scope="module")
def copy_a(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Problem], dict]:
    data, originals = _copy(tmp_path_factory.mktemp("a"), {
        ("finanzen", "anteile"): _shares, ("finanzen", "pruefsummen"): _sums,
        ("finanzen", "fakten"): _facts,
        ("finanzen", "jobcenter"): lambda f: _set(f, "jahr_von", "2012",
                                                  jobcenter_id="JC-13071")})
    return validate(data).problems, originals


def test_wrong_share_breaks_the_sum(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    row = _line(orig[("finanzen", "pruefsummen")], jahr="2024", anlage="Anlage 1",
                bereich="alle Zeilen")
    summe = _at(problems, SUMMEN, row, "summe_prozent")
    assert len(summe) == 2  # recorded sum ≠ rows, and rows ≠ 100 ± n × 0.0001
    assert any("falsch übertragen" in m and "± 0,0404" in m for m in summe)
    assert _at(problems, SUMMEN, row, "summe_zkt_prozent")


def test_flood_anlage_is_summed_per_land(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    s = orig[("finanzen", "pruefsummen")]
    land = _line(s, jahr="2022", anlage="Anlage 1", bereich="Land Sachsen")
    alle = _line(s, jahr="2022", anlage="Anlage 1", bereich="alle Zeilen")
    assert len(_at(problems, SUMMEN, land, "summe_prozent")) == 2
    assert any("(Land Sachsen)" in m and "erwartet 100,0000" in m
               for m in _at(problems, SUMMEN, land, "summe_prozent"))
    assert _at(problems, SUMMEN, alle, "summe_prozent")


def test_recorded_counts_printed_total_tolerance(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    row = _line(orig[("finanzen", "pruefsummen")], jahr="2012", anlage="Anlage 3",
                bereich="alle Zeilen")
    assert "114 Zeilen" in _at(problems, SUMMEN, row, "anzahl_zkt")[0]
    assert "Summe der gE-Zeilen (74,8159 %)" in _at(problems, SUMMEN, row,
                                                    "gedruckte_summe_prozent")[0]
    assert "422 Zeilen aber 0,0422" in _at(problems, SUMMEN, row, "toleranz_prozent")[0]


def test_missing_check_sum_row(copy_a: tuple[list[Problem], dict]) -> None:
    problems, _ = copy_a
    assert any("2025 Anlage 5" in m and "fehlt die Prüfsumme" in m
               for m in _at(problems, SUMMEN, None, "bereich"))


def test_row_must_match_its_anlage(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    row = _line(orig[("finanzen", "anteile")], jahr="2022", anlage="Anlage 4",
                jobcenter_id="JC-09562")
    assert "«vk-zkt-ba»" in _at(problems, ANTEILE, row, "mittelart")[0]
    assert "«gesichert»" in _at(problems, ANTEILE, row, "sicherheit")[0]


def test_euro_amounts(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    a = orig[("finanzen", "anteile")]
    wrong = _line(a, jahr="2012", anlage="Anlage 2", jobcenter_id="JC-05570")
    missing = _line(a, jahr="2018", anlage="Anlage 1", jobcenter_id="JC-05570")
    extra = _line(a, jahr="2024", anlage="Anlage 1", jobcenter_id="JC-05570")
    assert "895300 Euro" in _at(problems, ANTEILE, wrong, "betrag_eingliederung_euro")[0]
    assert "1741500 Euro" in _at(problems, ANTEILE, missing, "betrag_verwaltung_euro")[0]
    assert "keine feste Summe" in _at(problems, ANTEILE, extra, "betrag_eingliederung_euro")[0]


def test_certainty_above_the_rank_of_the_source(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    row = _line(orig[("finanzen", "fakten")], einzelfakt_id="finanzen-f03")
    message = _at(problems, FAKTEN, row, "sicherheit")[0]
    assert "Sekundärquelle" in message and "höchstens «wahrscheinlich»" in message


def test_estimate_total_without_value(copy_a: tuple[list[Problem], dict]) -> None:
    problems, _ = copy_a
    message = _at(problems, SCHAETZSUMMEN, 2, "einzelfakt_id")[0]
    assert "finanzen-f01" in message and "2012" in message


def test_unknown_registry_id(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    row = _line(orig[("finanzen", "fakten")], einzelfakt_id="finanzen-f14")
    assert "«TH-99»" in _at(problems, FAKTEN, row, "zkt_id")[0]


def test_jobcenter_years(copy_a: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_a
    row = _line(orig[("finanzen", "jobcenter")], jobcenter_id="JC-13071")
    assert "laut anteile.csv 2026" in _at(problems, JOBCENTER, row, "jahr_von")[0]


# --- copy B: zkT against the registry ------------------------------------------------------
def _registry(frame: Frame) -> None:
    _set(frame, "zkt_id", "MV-01", jobcenter_id="JC-05570")  # ended 31.12.2013
    _set(frame, "zkt_id", "", jobcenter_id="JC-09182")  # Miesbach


def _status(frame: Frame) -> None:
    _set(frame, "status", "kein zkT", ags="09562", jahr="2022")  # Erlangen
    _set(frame, "zkt_ids", "", ags="09562", jahr="2022")


@pytest.fixture(scope="module")
def copy_b(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Problem], dict]:
    data, originals = _copy(tmp_path_factory.mktemp("b"), {
        ("finanzen", "jobcenter"): _registry, ("jobcenter", "status_jahr"): _status,
        ("finanzen", "anteile"): lambda f: None})
    return validate(data).problems, originals


def test_zkt_with_a_registry_id_not_valid_that_year(copy_b: tuple[list[Problem], dict]
                                                    ) -> None:
    problems, orig = copy_b
    a = orig[("finanzen", "anteile")]
    first = {y: _line(a, jahr=str(y), jobcenter_id="JC-05570")
             for y in (2012, 2018, 2022, 2024, 2025, 2026)}
    for y in (2018, 2022, 2024, 2025, 2026):
        assert any("nicht zugelassen" in m
                   for m in _at(problems, ANTEILE, first[y], "traegerform")), y
    for y in (2012, 2018, 2022, 2024, 2025):
        assert any("status_jahr" in m and "Kreis 05570" in m and "NW-17" in m
                   for m in _at(problems, ANTEILE, first[y], "traegerform")), y
    missing = [m for m in _at(problems, ANTEILE, None, "traegerform") if "NW-17" in m]
    assert len(missing) == 6


def test_zkt_without_registry_id(copy_b: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_b
    a = orig[("finanzen", "anteile")]
    for y in (2012, 2018, 2022, 2024, 2025, 2026):
        row = _line(a, jahr=str(y), jobcenter_id="JC-09182")
        assert "keine Träger-ID" in _at(problems, ANTEILE, row, "traegerform")[0]


def test_status_panel_disagreeing_with_the_annex(copy_b: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_b
    row = _line(orig[("finanzen", "anteile")], jahr="2022", jobcenter_id="JC-09562")
    assert "«kein zkT»" in _at(problems, ANTEILE, row, "traegerform")[0]


# --- copy C: a gE row in a zkT Kreis -------------------------------------------------------------
def _ge(frame: Frame) -> None:
    frame.loc[(frame["jahr"] == "2018") & (frame["jobcenter_id"] == "JC-05570"),
              "traegerform"] = "gE"


@pytest.fixture(scope="module")
def copy_c(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Problem], dict]:
    data, originals = _copy(tmp_path_factory.mktemp("c"), {("finanzen", "anteile"): _ge})
    return validate(data).problems, originals


def test_ge_in_a_zkt_kreis_and_missing_zkt(copy_c: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_c
    row = _line(orig[("finanzen", "anteile")], jahr="2018", jobcenter_id="JC-05570")
    message = _at(problems, ANTEILE, row, "traegerform")[0]
    assert "als gE gedruckt" in message and "ganz zkT" in message
    missing = _at(problems, ANTEILE, None, "traegerform")
    assert len(missing) == 1
    assert "Kreis Warendorf (NW-17)" in missing[0] and "1.1.2018" in missing[0]


# --- copy D: Kreise of the Jobcenter -------------------------------------------------------------
def _links(frame: Frame) -> Frame:
    _set(frame, "jahr_bis", "2026", jobcenter_id="JC-13071-nord")  # merged into JC-13071
    _set(frame, "gebiet", "ganzer Kreis", jobcenter_id="JC-11000-mitte")
    _set(frame, "gebiet", "ganzer Kreis", jobcenter_id="JC-07314", ags="07311")
    _set(frame, "ags", "05599", jobcenter_id="JC-05558")  # Coesfeld: no such Kreis
    return frame[frame["ags"] != "05570"]  # Warendorf


@pytest.fixture(scope="module")
def copy_d(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Problem], dict]:
    data, originals = _copy(tmp_path_factory.mktemp("d"), {
        ("finanzen", "jobcenter_kreise"): _links, ("finanzen", "anteile"): lambda f: None})
    return validate(data).problems, originals


def test_kreis_without_jobcenter(copy_d: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_d
    warendorf = [m for m in _at(problems, LINKS, None, "ags") if "(05570)" in m]
    assert len(warendorf) == 6
    assert "Warendorf (05570) hat 2012 kein Jobcenter" in warendorf[0]
    a = orig[("finanzen", "anteile")]
    for y in (2012, 2018, 2022, 2024, 2025, 2026):
        row = _line(a, jahr=str(y), jobcenter_id="JC-05570")
        assert "keinen Kreis" in _at(problems, ANTEILE, row, "jobcenter_id")[0]


def test_unknown_kreis(copy_d: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_d
    row = _line(orig[("finanzen", "jobcenter_kreise")], jobcenter_id="JC-05558")
    assert "«05599»" in _at(problems, LINKS, row, "ags")[0]


def test_link_years_and_gebiet(copy_d: tuple[list[Problem], dict]) -> None:
    problems, orig = copy_d
    links = orig[("finanzen", "jobcenter_kreise")]
    nord = _line(links, jobcenter_id="JC-13071-nord")
    mitte = _line(links, jobcenter_id="JC-11000-mitte")
    several = _line(links, jobcenter_id="JC-07314", ags="07311")
    merged = _line(links, jobcenter_id="JC-13071")  # now shares 2026 with Nord
    assert "2026 nicht in den Anlagen" in _at(problems, LINKS, nord, "jahr_bis")[0]
    assert "«Teil des Kreises»" in _at(problems, LINKS, mitte, "gebiet")[0]
    assert "«mehrere Kreise»" in _at(problems, LINKS, several, "gebiet")[0]
    assert _at(problems, LINKS, merged, "gebiet")


# --- without the jobcenter package ---------------------------------------------------------------
def test_no_jobcenter_package_means_no_cross_checks() -> None:
    """Without the «jobcenter» package the cross-package checks stay silent (validate() then
    reports the missing package itself)."""
    finanzen = {name: frame.copy() for name, frame in load_package("finanzen", DATA_DIR).items()}
    finanzen["jobcenter"]["zkt_id"] = "XX-99"
    packages = {"finanzen": finanzen}
    for check in (checks.check_zkt_wie_verzeichnis, checks.check_zkt_vollstaendig,
                  checks.check_zkt_ids_bekannt, checks.check_kreise_bekannt,
                  checks.check_kreise_abgedeckt):
        assert list(check(packages)) == []
