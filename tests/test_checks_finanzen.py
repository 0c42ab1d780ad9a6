"""Checks of the finanzen package: real data passes, broken copies are caught precisely
(file, CSV row, field, and the words a data editor needs)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from scripts.checks import Problem, csv_row
from scripts.checks import finanzen as checks
from scripts.load import load_package

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
ANTEILE = "data/finanzen/anteile.csv"
SUMMEN = "data/finanzen/pruefsummen.csv"
LINKS = "data/finanzen/jobcenter_kreise.csv"
JOBCENTER = "data/finanzen/jobcenter.csv"

Packages = dict[str, dict[str, pd.DataFrame]]


@pytest.fixture(scope="module")
def real() -> Packages:
    return {"finanzen": load_package("finanzen", DATA),
            "jobcenter": load_package("jobcenter", DATA)}


def _copy(real: Packages) -> Packages:
    return {p: {name: frame.copy() for name, frame in tables.items()}
            for p, tables in real.items()}


def _run(check: Callable, packages: Packages) -> list[Problem]:
    return list(check(packages))


def _where(problems: list[Problem]) -> list[tuple[str, int | None, str | None]]:
    return [(p.file, p.row, p.field) for p in problems]


def _row(frame: pd.DataFrame, **key: object) -> int:
    mask = pd.Series(True, index=frame.index)
    for column, value in key.items():
        mask &= frame[column] == value
    hit = frame.index[mask]
    assert len(hit) == 1, key
    return int(hit[0])


def _first(frame: pd.DataFrame, **key: object) -> int:
    mask = pd.Series(True, index=frame.index)
    for column, value in key.items():
        mask &= frame[column] == value
    return int(frame.index[mask][0])


def test_real_data_passes_all_checks_quickly(real: Packages) -> None:
    start = time.perf_counter()
    problems = [p for check in checks.CHECKS for p in check(real)]
    elapsed = time.perf_counter() - start
    assert problems == []
    assert elapsed < 2.0, f"Prüfungen zu langsam: {elapsed:.2f} s"


def test_share_above_100_is_reported(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    i = _row(a, jahr=2012, anlage="Anlage 1", jobcenter_id="JC-05570")
    a.loc[i, "anteil_prozent"] = 120.5
    problems = _run(checks.check_anteil_bereich, packages)
    assert _where(problems) == [(ANTEILE, csv_row(i), "anteil_prozent")]
    assert "120,5000 %" in problems[0].message and "Warendorf" in problems[0].message


def test_duplicate_jobcenter_in_an_anlage_is_reported(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    i = _row(a, jahr=2018, anlage="Anlage 3", jobcenter_id="JC-05570")
    j = _row(a, jahr=2018, anlage="Anlage 3", jobcenter_id="JC-05558")
    a.loc[j, "jobcenter_id"] = "JC-05570"  # Coesfeld mistaken for Warendorf
    problems = _run(checks.check_anteile_eindeutig, packages)
    assert _where(problems) == [(ANTEILE, csv_row(max(i, j)), "jahr+anlage+jobcenter_id")]
    assert "mehrfach" in problems[0].message and "Kennungen" in problems[0].message


def test_wrong_share_breaks_the_sum(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    s = packages["finanzen"]["pruefsummen"]
    i = _row(a, jahr=2024, anlage="Anlage 1", jobcenter_id="JC-05570")
    a.loc[i, "anteil_prozent"] += 1.0  # a typing error in the first digit
    row = csv_row(_row(s, jahr=2024, anlage="Anlage 1", bereich="alle Zeilen"))
    problems = _run(checks.check_summen, packages)
    assert _where(problems) == [(SUMMEN, row, "summe_prozent"), (SUMMEN, row, "summe_zkt_prozent"),
                                (SUMMEN, row, "summe_prozent")]
    assert "falsch übertragen" in problems[-1].message and "± 0,0404" in problems[-1].message


def test_flood_anlage_is_summed_per_land(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    s = packages["finanzen"]["pruefsummen"]
    jc = packages["finanzen"]["jobcenter"].set_index("jobcenter_id")["land"]
    flood = a[(a["jahr"] == 2022) & (a["anlage"] == "Anlage 1")]
    i = int(flood.index[flood["jobcenter_id"].map(jc) == "Sachsen"][0])
    a.loc[i, "anteil_prozent"] -= 0.5
    land = csv_row(_row(s, jahr=2022, anlage="Anlage 1", bereich="Land Sachsen"))
    alle = csv_row(_row(s, jahr=2022, anlage="Anlage 1", bereich="alle Zeilen"))
    problems = _run(checks.check_summen, packages)
    where = _where(problems)
    assert (SUMMEN, land, "summe_prozent") in where
    assert where.count((SUMMEN, land, "summe_prozent")) == 2  # recorded sum and 100 ± n
    assert (SUMMEN, alle, "summe_prozent") in where
    assert any("(Land Sachsen)" in p.message and "erwartet 100,0000" in p.message
               for p in problems)


def test_recorded_counts_and_printed_total_are_checked(real: Packages) -> None:
    packages = _copy(real)
    s = packages["finanzen"]["pruefsummen"]
    i = _row(s, jahr=2012, anlage="Anlage 3", bereich="alle Zeilen")
    s.loc[i, "anzahl_zkt"] = 108
    s.loc[i, "gedruckte_summe_prozent"] = 74.8160
    s.loc[i, "toleranz_prozent"] = 0.0400
    problems = _run(checks.check_summen, packages)
    assert _where(problems) == [(SUMMEN, csv_row(i), "anzahl_zkt"),
                                (SUMMEN, csv_row(i), "gedruckte_summe_prozent"),
                                (SUMMEN, csv_row(i), "toleranz_prozent")]
    assert "114 Zeilen" in problems[0].message
    assert "Summe der gE-Zeilen (74,8159 %)" in problems[1].message
    assert "422 Zeilen aber 0,0422" in problems[2].message


def test_missing_check_sum_row_is_reported(real: Packages) -> None:
    packages = _copy(real)
    s = packages["finanzen"]["pruefsummen"]
    packages["finanzen"]["pruefsummen"] = s[~((s["jahr"] == 2025) & (s["anlage"] == "Anlage 5"))
                                            ].reset_index(drop=True)
    problems = _run(checks.check_summen, packages)
    assert _where(problems) == [(SUMMEN, None, "bereich")]
    assert "2025 Anlage 5" in problems[0].message


def test_row_must_match_its_anlage(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    i = _row(a, jahr=2022, anlage="Anlage 4", jobcenter_id="JC-09562")
    a.loc[i, "mittelart"] = "vk-ge"
    a.loc[i, "sicherheit"] = "wahrscheinlich"
    problems = _run(checks.check_zeile_passt_zur_anlage, packages)
    assert _where(problems) == [(ANTEILE, csv_row(i), "mittelart"),
                                (ANTEILE, csv_row(i), "sicherheit")]
    assert "«vk-zkt-ba»" in problems[0].message


def test_euro_amounts(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    wrong = _row(a, jahr=2012, anlage="Anlage 2", jobcenter_id="JC-05570")
    a.loc[wrong, "betrag_eingliederung_euro"] = 895_310  # 10 euro off
    missing = _row(a, jahr=2018, anlage="Anlage 1", jobcenter_id="JC-05570")
    a.loc[missing, "betrag_verwaltung_euro"] = pd.NA
    extra = _row(a, jahr=2024, anlage="Anlage 1", jobcenter_id="JC-05570")
    a.loc[extra, "betrag_eingliederung_euro"] = 1000
    problems = _run(checks.check_betraege, packages)
    assert sorted(_where(problems)) == sorted([
        (ANTEILE, csv_row(wrong), "betrag_eingliederung_euro"),
        (ANTEILE, csv_row(missing), "betrag_verwaltung_euro"),
        (ANTEILE, csv_row(extra), "betrag_eingliederung_euro")])
    text = {p.row: p.message for p in problems}
    assert "895300 Euro" in text[csv_row(wrong)]
    assert "1741500 Euro" in text[csv_row(missing)]
    assert "keine feste Summe" in text[csv_row(extra)]


def test_zkt_with_a_registry_id_not_valid_that_year(real: Packages) -> None:
    packages = _copy(real)
    jc = packages["finanzen"]["jobcenter"]
    jc.loc[_row(jc, jobcenter_id="JC-05570"), "zkt_id"] = "MV-01"  # ended 31.12.2013
    a = packages["finanzen"]["anteile"]
    problems = _run(checks.check_zkt_wie_verzeichnis, packages)
    first = {y: csv_row(_first(a, jahr=y, jobcenter_id="JC-05570"))
             for y in (2012, 2018, 2022, 2024, 2025, 2026)}
    not_valid = [p for p in problems if "nicht zugelassen" in p.message]
    assert _where(not_valid) == [(ANTEILE, first[y], "traegerform")
                                 for y in (2018, 2022, 2024, 2025, 2026)]
    status = [p for p in problems if "status_jahr" in p.message]
    assert _where(status) == [(ANTEILE, first[y], "traegerform")
                              for y in (2012, 2018, 2022, 2024, 2025)]
    assert "Kreis 05570" in status[0].message and "NW-17" in status[0].message
    missing = _run(checks.check_zkt_vollstaendig, packages)
    assert len(missing) == 6 and all("NW-17" in p.message for p in missing)
    assert {p.field for p in missing} == {"traegerform"}


def test_zkt_without_registry_id(real: Packages) -> None:
    packages = _copy(real)
    jc = packages["finanzen"]["jobcenter"]
    jc.loc[_row(jc, jobcenter_id="JC-09182"), "zkt_id"] = pd.NA  # Miesbach
    a = packages["finanzen"]["anteile"]
    problems = _run(checks.check_zkt_wie_verzeichnis, packages)
    assert _where(problems) == [(ANTEILE, csv_row(_first(a, jahr=y, jobcenter_id="JC-09182")),
                                 "traegerform") for y in (2012, 2018, 2022, 2024, 2025, 2026)]
    assert "keine Träger-ID" in problems[0].message


def test_ge_in_a_zkt_kreis_and_missing_zkt(real: Packages) -> None:
    packages = _copy(real)
    a = packages["finanzen"]["anteile"]
    rows = (a["jahr"] == 2018) & (a["jobcenter_id"] == "JC-05570")
    a.loc[rows, "traegerform"] = "gE"
    problems = _run(checks.check_zkt_wie_verzeichnis, packages)
    assert _where(problems) == [(ANTEILE, csv_row(_first(a, jahr=2018,
                                                         jobcenter_id="JC-05570")),
                                 "traegerform")]
    assert "als gE gedruckt" in problems[0].message and "ganz zkT" in problems[0].message
    missing = _run(checks.check_zkt_vollstaendig, packages)
    assert _where(missing) == [(ANTEILE, None, "traegerform")]
    assert "Kreis Warendorf (NW-17)" in missing[0].message and "1.1.2018" in missing[0].message


def test_status_panel_disagreeing_with_the_annex(real: Packages) -> None:
    packages = _copy(real)
    status = packages["jobcenter"]["status_jahr"]
    i = _row(status, ags="09562", jahr=2022)  # Erlangen
    status.loc[i, "status"] = "kein zkT"
    status.loc[i, "zkt_ids"] = pd.NA
    a = packages["finanzen"]["anteile"]
    problems = _run(checks.check_zkt_wie_verzeichnis, packages)
    assert _where(problems) == [(ANTEILE, csv_row(_first(a, jahr=2022,
                                                         jobcenter_id="JC-09562")),
                                 "traegerform")]
    assert "«kein zkT»" in problems[0].message


def test_unknown_registry_id_and_kreis(real: Packages) -> None:
    packages = _copy(real)
    f = packages["finanzen"]["fakten"]
    i = _row(f, einzelfakt_id="finanzen-f14")
    f.loc[i, "zkt_id"] = "TH-99"
    links = packages["finanzen"]["jobcenter_kreise"]
    j = _row(links, jobcenter_id="JC-05570")
    links.loc[j, "ags"] = "05599"
    assert _where(_run(checks.check_zkt_ids_bekannt, packages)) == [
        ("data/finanzen/fakten.csv", csv_row(i), "zkt_id")]
    problems = _run(checks.check_kreise_bekannt, packages)
    assert _where(problems) == [(LINKS, csv_row(j), "ags")]
    assert "«05599»" in problems[0].message


def test_kreis_without_jobcenter(real: Packages) -> None:
    packages = _copy(real)
    links = packages["finanzen"]["jobcenter_kreise"]
    packages["finanzen"]["jobcenter_kreise"] = links[links["ags"] != "05570"].reset_index(
        drop=True)
    problems = _run(checks.check_kreise_abgedeckt, packages)
    assert _where(problems) == [(LINKS, None, "ags")] * 6
    assert "Warendorf (05570) hat 2012 kein Jobcenter" in problems[0].message
    a = packages["finanzen"]["anteile"]
    orphan = _run(checks.check_kreise_je_jobcenter, packages)
    assert _where(orphan) == [(ANTEILE, csv_row(_first(a, jahr=y, jobcenter_id="JC-05570")),
                               "jobcenter_id") for y in (2012, 2018, 2022, 2024, 2025, 2026)]


def test_link_years_and_gebiet(real: Packages) -> None:
    packages = _copy(real)
    links = packages["finanzen"]["jobcenter_kreise"]
    nord = _row(links, jobcenter_id="JC-13071-nord")
    links.loc[nord, "jahr_bis"] = 2026  # merged into JC-13071 in 2026
    mitte = _row(links, jobcenter_id="JC-11000-mitte")
    links.loc[mitte, "gebiet"] = "ganzer Kreis"
    several = _row(links, jobcenter_id="JC-07314", ags="07311")
    links.loc[several, "gebiet"] = "ganzer Kreis"
    merged = _row(links, jobcenter_id="JC-13071")  # now shares 2026 with Nord
    problems = _run(checks.check_kreise_je_jobcenter, packages)
    assert sorted(_where(problems)) == sorted([(LINKS, csv_row(nord), "jahr_bis"),
                                               (LINKS, csv_row(merged), "gebiet"),
                                               (LINKS, csv_row(several), "gebiet"),
                                               (LINKS, csv_row(mitte), "gebiet")])
    text = {(p.row, p.field): p.message for p in problems}
    assert "2026 nicht in den Anlagen" in text[(csv_row(nord), "jahr_bis")]
    assert "«Teil des Kreises»" in text[(csv_row(mitte), "gebiet")]
    assert "«mehrere Kreise»" in text[(csv_row(several), "gebiet")]


def test_jobcenter_years(real: Packages) -> None:
    packages = _copy(real)
    jc = packages["finanzen"]["jobcenter"]
    i = _row(jc, jobcenter_id="JC-13071")
    jc.loc[i, "jahr_von"] = 2012
    problems = _run(checks.check_jobcenter_jahre, packages)
    assert _where(problems) == [(JOBCENTER, csv_row(i), "jahr_von")]
    assert "laut anteile.csv 2026" in problems[0].message


def test_no_jobcenter_package_means_no_cross_checks(real: Packages) -> None:
    packages = {"finanzen": _copy(real)["finanzen"]}
    packages["finanzen"]["jobcenter"]["zkt_id"] = "XX-99"
    for check in (checks.check_zkt_wie_verzeichnis, checks.check_zkt_vollstaendig,
                  checks.check_zkt_ids_bekannt, checks.check_kreise_bekannt,
                  checks.check_kreise_abgedeckt):
        assert _run(check, packages) == []
