"""Checks of the statistik package: the real data pass, and every check fires on a broken
copy of data/ through ``kommunale_jobcenter.validate.validate`` with the exact file:row:field.

One copy of data/statistik and data/jobcenter is broken in several independent places and
validated once (Frictionless results are cached by content, so the tests that swap a
curated list validate the same copy again quickly)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.checks import statistik as checks
from kommunale_jobcenter.datapackage import write_csv
from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.validate import ValidationReport, validate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
WERTE = "data/statistik/werte.csv"
REGIONEN = "data/statistik/regionen.csv"
KENNZAHLEN = "data/statistik/bund_kennzahlen.csv"


def _read(folder: Path, package: str, resource: str) -> pd.DataFrame:
    return pd.read_csv(folder / package / f"{resource}.csv", dtype=str, keep_default_na=False)


def _line(frame: pd.DataFrame, **where: str) -> int:
    """CSV line (header = 1) of the single row matching ``where``."""
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    hits = frame.index[mask]
    assert len(hits) == 1, where
    return int(hits[0]) + 2


class Broken:
    """A copy of data/ with one independent fault per check; remembers the lines."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for package in ("statistik", "jobcenter"):
            shutil.copytree(DATA / package, root / package)
        werte = _read(root, "statistik", "werte")
        drop = [_line(werte, region_id="05570", jahr="2015", indikator_id="a_BGKind"),
                _line(werte, region_id="16066", jahr="2008", indikator_id="a_ALGII_SGBII")]
        werte = werte.drop(index=[i - 2 for i in drop]).reset_index(drop=True)
        self.anteil = _line(werte, region_id="09562", jahr="2020", indikator_id="a_BG1P")
        werte.loc[self.anteil - 2, "wert"] = "130"
        self.jahr = _line(werte, region_id="05570", jahr="2021", indikator_id="q_SGBII")
        werte.loc[self.jahr - 2, "jahr"] = "2022"  # q_SGBII covers 2010–2021
        self.teil = _line(werte, region_id="09562", jahr="2019", indikator_id="d_ALGII_Lstg")
        werte.loc[self.teil - 2, "wert"] = "99999"
        write_csv(werte, root / "statistik" / "werte.csv")

        regionen = _read(root, "statistik", "regionen")
        write_csv(regionen[regionen["region_id"] != "01001"], root / "statistik" / "regionen.csv")
        self.unbekannt = _line(regionen[regionen["region_id"] != "01001"].reset_index(drop=True),
                               region_id="16066")
        kreise = _read(root, "jobcenter", "kreise")
        write_csv(kreise[kreise["ags"] != "16066"], root / "jobcenter" / "kreise.csv")

        k = _read(root, "statistik", "bund_kennzahlen")
        self.spanne = int(k.index[k["zeitraum"].str.contains("/")][0]) + 2
        k.loc[self.spanne - 2, "zeitraum"] = "2024-11/2023-12"
        self.sicherheit = _line(k, region_id="DG", zeitraum="2023-06", kennzahl_id="K2",
                                quelle_id="buergergeld-1184")
        k.loc[self.sicherheit - 2, "sicherheit"] = "gesichert"
        write_csv(k, root / "statistik" / "bund_kennzahlen.csv")

    def validate(self) -> ValidationReport:
        return validate(self.root)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Broken:
    return Broken(tmp_path_factory.mktemp("statistik-kaputt"))


@pytest.fixture(scope="module")
def report(broken: Broken) -> ValidationReport:
    return broken.validate()


def _at(report: ValidationReport, file: str, row: int | None, field: str | None) -> list[str]:
    return [p.message for p in report.problems
            if (p.file, p.row, p.field) == (file, row, field)]


def test_real_data_passes_all_checks_quickly() -> None:
    packages = {"statistik": load_package("statistik", DATA),
                "jobcenter": load_package("jobcenter", DATA)}
    assert checks.ERLAUBTE_LUECKEN and checks.BEKANNTE_QUELLFEHLER  # curated lists read first
    start = time.perf_counter()
    problems = [p for check in checks.CHECKS for p in check(packages)]
    elapsed = time.perf_counter() - start
    assert problems == []
    assert elapsed < 2.0, f"Prüfungen zu langsam: {elapsed:.2f} s"


def test_share_above_100(broken: Broken, report: ValidationReport) -> None:
    [message] = _at(report, WERTE, broken.anteil, "wert")
    assert "130,00 %" in message and "Erlangen" in message


def test_year_outside_coverage(broken: Broken, report: ValidationReport) -> None:
    [message] = _at(report, WERTE, broken.jahr, "jahr")
    assert "2010–2021" in message


def test_part_larger_than_total(broken: Broken, report: ValidationReport) -> None:
    [message] = _at(report, WERTE, broken.teil, "wert")
    assert "d_ALGII_Lstg" in message and "d_SGBII_Lstg" in message


def test_missing_value_without_listed_reason(report: ValidationReport) -> None:
    messages = _at(report, WERTE, None, "wert")
    assert any("a_BGKind" in m and "2015" in m and "Warendorf" in m for m in messages)
    assert any("a_ALGII_SGBII" in m and "16066" in m and "2008" in m for m in messages)


def test_listed_source_error_without_value(report: ValidationReport) -> None:
    messages = _at(report, WERTE, None, "wert")
    assert any("quellfehler.csv nennt a_ALGII_SGBII für 16066 im Jahr 2008" in m
               for m in messages)


def test_kreis_missing_in_regionen(report: ValidationReport) -> None:
    messages = _at(report, REGIONEN, None, "region_id")
    assert any("01001" in m for m in messages)


def test_kreis_unknown_to_jobcenter(broken: Broken, report: ValidationReport) -> None:
    [message] = _at(report, REGIONEN, broken.unbekannt, "region_id")
    assert "16066" in message


def test_reversed_span(broken: Broken, report: ValidationReport) -> None:
    [message] = _at(report, KENNZAHLEN, broken.spanne, "zeitraum")
    assert "endet vor seinem Beginn" in message


def test_certainty_above_the_rank_of_the_source(broken: Broken,
                                                report: ValidationReport) -> None:
    [message] = _at(report, KENNZAHLEN, broken.sicherheit, "sicherheit")
    assert "Sekundärquelle" in message and "wahrscheinlich" in message


def test_allow_list_is_needed_and_stays_exact(broken: Broken,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    original = list(checks.ERLAUBTE_LUECKEN)
    monkeypatch.setattr(checks, "ERLAUBTE_LUECKEN", [])
    capped = _at(broken.validate(), WERTE, None, None)
    assert any("weitere gleichartige" in m for m in capped)
    monkeypatch.setattr(checks, "ERLAUBTE_LUECKEN", [
        *original, checks.Luecke("05570", 2016, 2016, ("a_BGKind",), "Test")])
    stale = _at(broken.validate(), WERTE, None, "wert")
    assert any("luecken.csv nennt a_BGKind für 05570 im Jahr 2016" in m and "entfernen" in m
               for m in stale)


def test_known_source_error_is_exempt_only_when_listed(
        broken: Broken, monkeypatch: pytest.MonkeyPatch) -> None:
    werte = _read(broken.root, "statistik", "werte")
    monkeypatch.setattr(checks, "BEKANNTE_QUELLFEHLER", [])
    found = broken.validate()
    rows = [_line(werte, region_id="16066", jahr=str(j), indikator_id="a_ALGII_SGBII")
            for j in range(2009, 2012)]
    for row in rows:
        assert any("Prozentanteil" in m for m in _at(found, WERTE, row, "wert")), row
    parts = [_line(werte, region_id="16066", jahr=str(j), indikator_id="d_ALGII_Lstg")
             for j in range(2008, 2012)]
    for row in parts:
        assert any("obwohl es ein Teil" in m for m in _at(found, WERTE, row, "wert")), row


def test_curated_lists_match_the_gaps() -> None:
    assert len(checks._expand(checks.ERLAUBTE_LUECKEN)) == 376
    assert {e.region_id for e in checks.BEKANNTE_QUELLFEHLER} == {"16066"}


def test_no_check_repeats_frictionless() -> None:
    names = {c.__name__ for c in checks.CHECKS}
    assert not names & {"check_nicht_negativ", "check_eindeutig"}
