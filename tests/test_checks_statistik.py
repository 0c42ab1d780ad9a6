"""Checks of the statistik package: real data passes, broken copies are caught precisely."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from scripts.checks import Problem, csv_row
from scripts.checks import statistik as checks
from scripts.load import load_package

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
WERTE = "data/statistik/werte.csv"
REGIONEN = "data/statistik/regionen.csv"

Packages = dict[str, dict[str, pd.DataFrame]]


@pytest.fixture(scope="module")
def real() -> dict[str, pd.DataFrame]:
    return load_package("statistik", DATA)


def _copy(real: dict[str, pd.DataFrame]) -> Packages:
    return {"statistik": {name: frame.copy() for name, frame in real.items()}}


def _run(check: Callable, packages: Packages) -> list[Problem]:
    return list(check(packages))


def _row_of(werte: pd.DataFrame, region: str, jahr: int, indikator: str) -> int:
    hit = werte.index[(werte["region_id"] == region) & (werte["jahr"] == jahr)
                      & (werte["indikator_id"] == indikator)]
    assert len(hit) == 1
    return int(hit[0])


def _fake_jobcenter(real: dict[str, pd.DataFrame]) -> pd.DataFrame:
    regionen = real["regionen"]
    return pd.DataFrame({"ags": regionen.loc[regionen["ebene"] == "kreis", "region_id"]})


def test_real_data_passes_all_checks_quickly(real: dict[str, pd.DataFrame]) -> None:
    packages: Packages = {"statistik": dict(real)}
    if (DATA / "jobcenter" / "datapackage.json").exists():
        packages["jobcenter"] = load_package("jobcenter", DATA)
    else:  # the cross-package check still runs, against the same 400 keys
        packages["jobcenter"] = {"kreise": _fake_jobcenter(real)}
    start = time.perf_counter()
    problems = [p for check in checks.CHECKS for p in check(packages)]
    elapsed = time.perf_counter() - start
    assert problems == []
    assert elapsed < 1.0, f"Prüfungen zu langsam: {elapsed:.2f} s"


def test_share_above_100_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    werte = packages["statistik"]["werte"]
    i = _row_of(werte, "09562", 2020, "a_BG1P")
    werte.loc[i, "wert"] = 130.0
    problems = _run(checks.check_anteile, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [(WERTE, csv_row(i), "wert")]
    assert "130,00 %" in problems[0].message and "Erlangen" in problems[0].message


def test_year_outside_coverage_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    werte = packages["statistik"]["werte"]
    i = _row_of(werte, "05570", 2021, "q_SGBII")  # q_SGBII covers 2010–2021
    werte.loc[i, "jahr"] = 2022
    problems = _run(checks.check_jahr_in_abdeckung, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [(WERTE, csv_row(i), "jahr")]
    assert "2010–2021" in problems[0].message


def test_kreis_missing_in_regionen_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    packages["jobcenter"] = {"kreise": _fake_jobcenter(real)}
    regionen = packages["statistik"]["regionen"]
    packages["statistik"]["regionen"] = regionen[regionen["region_id"] != "05570"]
    problems = _run(checks.check_kreise_wie_jobcenter, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [(REGIONEN, None, "region_id")]
    assert "05570" in problems[0].message


def test_kreis_unknown_to_jobcenter_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    kreise = _fake_jobcenter(real)
    packages["jobcenter"] = {"kreise": kreise[kreise["ags"] != "16066"]}
    problems = _run(checks.check_kreise_wie_jobcenter, packages)
    regionen = real["regionen"]
    row = csv_row(regionen.index[regionen["region_id"] == "16066"][0])
    assert [(p.file, p.row, p.field) for p in problems] == [(REGIONEN, row, "region_id")]


def test_no_jobcenter_package_means_no_cross_check(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    packages["statistik"]["regionen"] = real["regionen"].iloc[:10]
    assert _run(checks.check_kreise_wie_jobcenter, packages) == []


def test_kreis_without_values_is_reported_and_capped(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    werte = packages["statistik"]["werte"]
    packages["statistik"]["werte"] = werte[werte["region_id"] != "05570"].reset_index(
        drop=True)
    problems = _run(checks.check_luecken, packages)
    assert len(problems) == checks.MAX_PROBLEME + 1
    assert all(p.file == WERTE and p.field == "wert" for p in problems[:-1])
    assert "05570" in problems[0].message and "Warendorf" in problems[0].message
    assert problems[-1].field is None and "weitere" in problems[-1].message


def test_single_missing_value_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    werte = packages["statistik"]["werte"]
    i = _row_of(werte, "05570", 2015, "a_BGKind")
    packages["statistik"]["werte"] = werte.drop(index=i).reset_index(drop=True)
    problems = _run(checks.check_luecken, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [(WERTE, None, "wert")]
    assert "a_BGKind" in problems[0].message and "2015" in problems[0].message


def test_allow_list_is_needed_and_stays_exact(real: dict[str, pd.DataFrame],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    packages = _copy(real)
    original = list(checks.ERLAUBTE_LUECKEN)
    monkeypatch.setattr(checks, "ERLAUBTE_LUECKEN", [])
    assert len(_run(checks.check_luecken, packages)) == checks.MAX_PROBLEME + 1
    monkeypatch.setattr(checks, "ERLAUBTE_LUECKEN", [
        *original,
        checks.Luecke("05570", 2015, 2015, ("a_BGKind",), "Test")])
    stale = _run(checks.check_luecken, packages)
    assert [p.field for p in stale] == ["wert"]
    assert "entfernen" in stale[0].message


def test_real_allow_list_matches_376_gaps() -> None:
    assert len(checks._expand(checks.ERLAUBTE_LUECKEN)) == 376


def test_duplicate_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    werte = packages["statistik"]["werte"]
    i = _row_of(werte, "09562", 2020, "q_SGBII")
    doubled = pd.concat([werte, werte.loc[[i]]], ignore_index=True)
    packages["statistik"]["werte"] = doubled
    problems = _run(checks.check_eindeutig, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [
        (WERTE, csv_row(len(doubled) - 1), "region_id+jahr+indikator_id")]


def test_known_source_error_is_exempt_only_when_listed(
        real: dict[str, pd.DataFrame], monkeypatch: pytest.MonkeyPatch) -> None:
    packages = _copy(real)
    monkeypatch.setattr(checks, "BEKANNTE_QUELLFEHLER", [])
    anteile = _run(checks.check_anteile, packages)
    assert len(anteile) == 4 and {p.field for p in anteile} == {"wert"}
    assert all("16066" in p.message for p in anteile)
    teile = _run(checks.check_teil_nicht_groesser_als_summe, packages)
    werte = real["werte"]
    assert [p.row for p in teile] == [
        csv_row(_row_of(werte, "16066", j, "d_ALGII_Lstg")) for j in range(2008, 2012)]


def test_stale_source_error_entry_is_reported(real: dict[str, pd.DataFrame],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "BEKANNTE_QUELLFEHLER", [
        checks.Luecke("16066", 2030, 2030, ("a_ALGII_SGBII",), "Test")])
    problems = _run(checks.check_quellfehler_aktuell, _copy(real))
    assert len(problems) == 1 and "2030" in problems[0].message


def test_negative_amount_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    packages["statistik"]["bund_ausgaben"].loc[3, "betrag_eur"] = -1.0
    problems = _run(checks.check_nicht_negativ, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [
        ("data/statistik/bund_ausgaben.csv", csv_row(3), "betrag_eur")]


def test_reversed_span_is_reported(real: dict[str, pd.DataFrame]) -> None:
    packages = _copy(real)
    k = packages["statistik"]["bund_kennzahlen"]
    i = int(k.index[k["zeitraum"].str.contains("/")][0])
    k.loc[i, "zeitraum"] = "2024-11/2023-12"
    problems = _run(checks.check_zeitraum_geordnet, packages)
    assert [(p.file, p.row, p.field) for p in problems] == [
        ("data/statistik/bund_kennzahlen.csv", csv_row(i), "zeitraum")]
