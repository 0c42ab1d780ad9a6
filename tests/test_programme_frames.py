"""Pure frame functions of the programme and document pages, on hand-made frames and on
the real programme package."""

from __future__ import annotations

import pandas as pd
import pytest

from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.pages import programme_frames as pf


@pytest.fixture(scope="module")
def prog() -> dict[str, pd.DataFrame]:
    return load_package("programme")


@pytest.fixture(scope="module")
def jc() -> dict[str, pd.DataFrame]:
    return load_package("jobcenter")


def _teilnahmen(rows: list[tuple[str, str, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["teilnahme_id", "programm_id", "ags", "sicherheit"])


def test_period_labels_and_bounds() -> None:
    assert pf.period_label("2011", "2015") == "2011 – 2015"
    assert pf.period_label("2010-07", None) == "ab Juli 2010"
    assert pf.period_label(None, "2014-12-31") == "bis 31.12.2014"
    assert pf.period_label("2017-12-31", "2017-12-31") == "31.12.2017"
    assert pf.period_label(None, None) == ""
    assert pf.period_bound("2007", end=True) == pd.Timestamp("2007-12-31")
    assert pf.period_bound("2008-02", end=True) == pd.Timestamp("2008-02-29")
    assert pf.period_bound("2005-10") == pd.Timestamp("2005-10-01")


def test_number_and_euro_formats() -> None:
    assert pf.plain_number(22.9) == "22,9"
    assert pf.plain_number(8.15) == "8,15"
    assert pf.plain_number(11073.0) == "11.073"
    assert pf.value_text(None, "Senkung") == "Senkung"
    assert pf.format_euro(885_000_000) == "885 Mio. Euro"
    assert pf.format_euro(1_300_000_000) == "1,3 Mrd. Euro"
    assert pf.format_euro(None) == ""


def test_participants_per_programme_counts_distinct_kreise() -> None:
    programme = pd.DataFrame({"programm_id": ["a", "b", "c"]})
    teilnahmen = _teilnahmen([("a-001", "a", "05570", "gesichert"),
                              ("a-002", "a", "05570", "unsicher"),
                              ("a-003", "a", "03357", "gesichert"),
                              ("a-004", "a", None, "gesichert"),
                              ("b-001", "b", "03357", "wahrscheinlich")])
    out = pf.participants_per_programme(programme, teilnahmen).set_index("programm_id")
    assert out.loc["a", "teilnahmen_anzahl"] == 4
    assert out.loc["a", "kreise_anzahl"] == 2
    assert out.loc["a", "ohne_kreis_anzahl"] == 1
    assert out.loc["c"].tolist() == [0, 0, 0]  # no participation known is zero rows, not NA


def test_participants_per_programme_on_real_data(prog: dict[str, pd.DataFrame]) -> None:
    out = pf.participants_per_programme(prog["programme"], prog["teilnahmen"])
    assert len(out) == 24
    assert out["teilnahmen_anzahl"].sum() == len(prog["teilnahmen"])
    by = out.set_index("programm_id")
    assert by.loc["perspektive-50plus", "kreise_anzahl"] == \
        prog["teilnahmen"].query("programm_id == 'perspektive-50plus'")["ags"].nunique()
    assert by.loc["perspektive-50plus", "kreise_anzahl"] > 50


def test_map_frame_keeps_best_certainty_and_marks_unknown(jc: dict[str, pd.DataFrame]) -> None:
    teilnahmen = _teilnahmen([("a-001", "a", "05570", "unsicher"),
                              ("a-002", "a", "05570", "gesichert"),
                              ("a-003", "a", "05970", "wahrscheinlich")])
    frame = pf.participation_map_frame(jc["kreise"], teilnahmen, jc["traeger"])
    by = frame.set_index("ags")
    assert len(frame) == 400
    assert by.loc["05570", "sicherheit"] == "gesichert"
    assert by.loc["05970", "sicherheit"] == "wahrscheinlich"
    assert (frame["sicherheit"] == pf.NOT_KNOWN).sum() == 398
    assert bool(by.loc["05570", "ist_zkt"]) and not bool(by.loc["05970", "ist_zkt"])


def test_participation_rows_put_current_zkt_first(jc: dict[str, pd.DataFrame]) -> None:
    teilnahmen = _teilnahmen([("a-001", "a", "05970", "gesichert"),
                              ("a-002", "a", "05570", "gesichert")]).assign(
        seit=["2010", None], bis=[None, None])
    names = dict(zip(jc["kreise"]["ags"], jc["kreise"]["kreis_name"], strict=True))
    rows = pf.participation_rows(teilnahmen, names, jc["traeger"])
    assert rows["ags"].tolist() == ["05570", "05970"]
    assert rows["ist_zkt_heute"].tolist() == [True, False]
    assert rows.loc[1, "zeitraum"] == "ab 2010"


def test_warendorf_split_sums_to_100_and_to_the_budget(prog: dict[str, pd.DataFrame]) -> None:
    fakten = prog["fakten"]
    total = float(fakten.set_index("fakt_id").loc["SEED-WAF-2011-161-003", "wert"])
    split = pf.split_table(fakten, "WAF-2012-EGT", total)
    assert len(split) == 7
    assert split["anteil_pct"].sum() == pytest.approx(100.0)
    assert split["betrag_eur"].sum() == pytest.approx(total, abs=7 * 1000)
    assert split["anteil_pct"].is_monotonic_decreasing
    assert not split["posten"].str.startswith("Anteil").any()
    assert not split["posten_kurz"].str.contains(r"\(").any()


def test_split_table_without_total_has_no_euros() -> None:
    fakten = pd.DataFrame({"fakt_id": ["X-001", "X-002"], "anteil_gruppe": ["G", "G"],
                           "kennzahl": ["Anteil A (etwa)", "Anteil B"], "wert": [40.0, 60.0]})
    split = pf.split_table(fakten, "G")
    assert "betrag_eur" not in split
    assert split["posten"].tolist() == ["B", "A (etwa)"]
    assert split["posten_kurz"].tolist() == ["B", "A"]


def test_staff_table_keeps_order_units_and_short_labels(prog: dict[str, pd.DataFrame]) -> None:
    ids = ["SEED-WAF-2011-161-030", "SEED-WAF-2011-161-027", "SEED-WAF-2011-161-015"]
    staff = pf.staff_table(prog["fakten"], ids)
    assert staff["fakt_id"].tolist() == ids
    assert staff["wert"].tolist() == [31.65, 7.0, 11.0]
    assert staff["posten_kurz"].tolist() == [
        "Vermittlung (Kapazitäten)", "Arbeitgeberservice (Mitarbeitende)",
        "Beschäftigungspakt Perspektive 50plus (Stellen)"]


def test_figures_for_kreis_include_pact_figures(prog: dict[str, pd.DataFrame]) -> None:
    kk = prog["kennzahl_kreise"]
    pact = prog["kennzahlen"][prog["kennzahlen"]["kennzahl_ebene"] == "Pakt"]
    pact_id = pact[pact["kennzahl_id"].isin(kk["kennzahl_id"])]["kennzahl_id"].iloc[0]
    ags = kk.loc[kk["kennzahl_id"] == pact_id, "ags"].iloc[0]
    figures = pf.figures_for_kreis(ags, prog["kennzahlen"], kk)
    assert pact_id in set(figures["kennzahl_id"])
    assert pf.figures_for_kreis("99999", prog["kennzahlen"], kk).empty


def test_figure_series_uses_one_unit_and_orders_by_period(
        prog: dict[str, pd.DataFrame]) -> None:
    k = prog["kennzahlen"]
    series = pf.figure_series(k[k["programm_id"] == "perspektive-50plus"])
    assert series["einheit"].nunique() == 1
    assert series["einheit"].iloc[0] == "Personen"
    assert series["beginn"].is_monotonic_increasing
    assert (series["ende"] > series["beginn"]).all()
    one = k[k["kennzahl_id"] == series["kennzahl_id"].iloc[0]]
    assert pf.figure_series(one).empty  # a single figure is no series


def _programm(**kw: object) -> pd.Series:
    base = {"programm_id": "x", "programm_ebene": "Bundesprogramm", "beginn": "2010",
            "ende": "2015", "budget_eur": None}
    return pd.Series({**base, **kw})


def _kennzahlen(rows: list[dict[str, object]]) -> pd.DataFrame:
    cols = ["kennzahl_id", "kennzahl_ebene", "kennzahl", "wert", "einheit",
            "zeitraum_von", "zeitraum_bis"]
    return pd.DataFrame(rows, columns=cols)


def test_open_questions_name_budget_scale_and_years_without_figures() -> None:
    k = _kennzahlen([
        {"kennzahl_id": "K1", "kennzahl_ebene": "Bund", "kennzahl": "Beteiligte Jobcenter",
         "wert": 300.0, "einheit": "Jobcenter", "zeitraum_von": "2010", "zeitraum_bis": "2011"},
        {"kennzahl_id": "K2", "kennzahl_ebene": "Bund",
         "kennzahl": "Jobcenter in Deutschland (Bezugsgröße)", "wert": 410.0,
         "einheit": "Jobcenter", "zeitraum_von": "2014", "zeitraum_bis": "2014"}])
    t = _teilnahmen([("x-001", "x", "05570", "unsicher"), ("x-002", "x", None, "gesichert")])
    notes = pf.open_questions(_programm(), t, k, last_year=2025)
    text = " ".join(notes)
    assert "Gesamtbudget" in text
    assert "aus 1 Kreisen" in text and "bis zu 300 Jobcenter" in text  # not the 410
    assert "1 Teilnahme(n) lassen sich keinem" in text
    assert "1 Teilnahme(n) sind unsicher" in text
    assert "Für 2012–2013, 2015 haben wir keine Zahl" in text


def test_open_questions_without_participants_or_figures() -> None:
    notes = pf.open_questions(_programm(budget_eur=1e6, ende=None), _teilnahmen([]),
                              _kennzahlen([]), last_year=2012)
    text = " ".join(notes)
    assert "Gesamtbudget" not in text
    assert "Ob und wann das Programm endete" in text
    assert "keine einzige Teilnahme" in text
    assert "Zahlen zu diesem Programm haben wir nicht gefunden" in text
    assert "Für 2010–2012 haben wir keine Zahl" in text


def test_every_real_programme_gets_open_questions(prog: dict[str, pd.DataFrame]) -> None:
    for _, p in prog["programme"].iterrows():
        t = prog["teilnahmen"][prog["teilnahmen"]["programm_id"] == p["programm_id"]]
        k = prog["kennzahlen"][prog["kennzahlen"]["programm_id"] == p["programm_id"]]
        notes = pf.open_questions(p, t, k, last_year=2025)
        assert all(isinstance(n, str) and n for n in notes)
        if p["programm_ebene"] == "Kontext":
            assert not any("Gesamtbudget" in n for n in notes), p["programm_id"]
        if pd.isna(p["budget_eur"]) and p["programm_ebene"] != "Kontext":
            assert any("Gesamtbudget" in n for n in notes), p["programm_id"]
