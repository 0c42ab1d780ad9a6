"""Frame functions of the Finanzen pages, on tiny hand-made frames with known answers."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from kommunale_jobcenter import charts
from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.pages import finanzen_frames as ff

# Jobcenter A (zkT) covers Kreis 01001; B (zkT) covers 01002 and 01003 together;
# C (gE) and D (gE) share Kreis 02000; E (gE) covers 03001. Years 2012 and 2022.
ROWS = [
    # jahr, anlage, mittelart, jobcenter_id, traegerform, anteil
    (2012, "Anlage 1", "egl", "JC-A", "zkT", 10.0),
    (2012, "Anlage 1", "egl", "JC-B", "zkT", 15.0),
    (2012, "Anlage 1", "egl", "JC-C", "gE", 20.0),
    (2012, "Anlage 1", "egl", "JC-D", "gE", 5.0),
    (2012, "Anlage 1", "egl", "JC-E", "gE", 50.0),
    (2012, "Anlage 2", "egl-16e", "JC-A", "zkT", 30.0),
    (2012, "Anlage 2", "egl-16e", "JC-E", "gE", 70.0),
    (2012, "Anlage 3", "vk-zkt-ba", "JC-A", "zkT", 12.0),
    (2012, "Anlage 3", "vk-zkt-ba", "JC-B", "zkT", 13.0),
    (2012, "Anlage 3", "vk-zkt-ba", "JC-C", "gE", 25.0),
    (2012, "Anlage 3", "vk-zkt-ba", "JC-D", "gE", 5.0),
    (2012, "Anlage 3", "vk-zkt-ba", "JC-E", "gE", 45.0),
    (2022, "Anlage 2", "egl-haelfte-1", "JC-A", "zkT", 8.0),
    (2022, "Anlage 2", "egl-haelfte-1", "JC-B", "zkT", 16.0),
    (2022, "Anlage 2", "egl-haelfte-1", "JC-C", "gE", 26.0),
    (2022, "Anlage 2", "egl-haelfte-1", "JC-E", "gE", 50.0),
    (2022, "Anlage 3", "egl-haelfte-2", "JC-A", "zkT", 12.0),
    (2022, "Anlage 3", "egl-haelfte-2", "JC-B", "zkT", 14.0),
    (2022, "Anlage 3", "egl-haelfte-2", "JC-C", "gE", 24.0),
    (2022, "Anlage 3", "egl-haelfte-2", "JC-E", "gE", 50.0),
    (2022, "Anlage 4", "vk-zkt-ba", "JC-A", "zkT", 10.0),
    (2022, "Anlage 4", "vk-zkt-ba", "JC-B", "zkT", 15.0),
    (2022, "Anlage 4", "vk-zkt-ba", "JC-C", "gE", 30.0),
    (2022, "Anlage 4", "vk-zkt-ba", "JC-E", "gE", 45.0),
    (2022, "Anlage 1", "egl-hochwasser-2021", "JC-A", "zkT", 100.0),
]
COVER = [
    ("JC-A", "01001", "ganzer Kreis", 2012, 2022),
    ("JC-B", "01002", "mehrere Kreise", 2012, 2022),
    ("JC-B", "01003", "mehrere Kreise", 2012, 2022),
    ("JC-C", "02000", "Teil des Kreises", 2012, 2012),
    ("JC-D", "02000", "Teil des Kreises", 2012, 2012),
    ("JC-C", "02000", "ganzer Kreis", 2022, 2022),
    ("JC-E", "03001", "ganzer Kreis", 2012, 2022),
]
# eLb per Kreis; 2011 for the 2012 Verordnung, 2021 for 2022. Sums: 1,000 each year.
ELB = {2011: {"01001": 100, "01002": 100, "01003": 100, "02000": 200, "03001": 500},
       2021: {"01001": 100, "01002": 150, "01003": 50, "02000": 250, "03001": 450}}


def anteile() -> pd.DataFrame:
    frame = pd.DataFrame(ROWS, columns=["jahr", "anlage", "mittelart", "jobcenter_id",
                                        "traegerform", "anteil_prozent"])
    frame["jahr"] = frame["jahr"].astype("Int64")
    frame["jobcenter_name"] = frame["jobcenter_id"].str.replace("JC-", "Jobcenter ")
    frame["traeger_nr"] = "00001"
    return frame


def coverage() -> pd.DataFrame:
    frame = pd.DataFrame(COVER, columns=["jobcenter_id", "ags", "gebiet", "jahr_von",
                                         "jahr_bis"])
    return frame.astype({"jahr_von": "Int64", "jahr_bis": "Int64"})


def elb() -> pd.DataFrame:
    rows = [(ags, year, float(v)) for year, kreise in ELB.items() for ags, v in kreise.items()]
    return pd.DataFrame(rows, columns=["ags", "inkar_jahr", "elb"])


@pytest.fixture
def main() -> pd.DataFrame:
    return ff.main_shares(anteile())


def test_main_shares_use_the_mean_of_both_halves_from_2022(main: pd.DataFrame) -> None:
    a = main.set_index(["jahr", "jobcenter_id"])
    assert a.loc[(2012, "JC-A"), "egl"] == 10.0  # one distribution: as printed
    assert a.loc[(2022, "JC-A"), "egl"] == pytest.approx(10.0)  # (8 + 12) / 2
    assert a.loc[(2022, "JC-C"), "egl"] == pytest.approx(25.0)
    assert a.loc[(2022, "JC-A"), "egl_h1"] == 8.0 and a.loc[(2022, "JC-A"), "egl_h2"] == 12.0
    assert a.loc[(2022, "JC-B"), "vk"] == 15.0
    assert (2022, "JC-D") not in a.index  # not in that year's annex: no row, not a zero


def test_zkt_group_share_is_the_sum_of_the_zkt_rows_and_gaps_stay_nan(
        main: pd.DataFrame) -> None:
    years = ff.year_grid(ff.annex_years(main))
    assert years == list(range(2012, 2023))
    group = ff.zkt_group_series(main, years).set_index("jahr")
    raw = anteile()
    for year, mittelart, col in ((2012, "egl", "egl"), (2012, "vk-zkt-ba", "vk"),
                                 (2022, "vk-zkt-ba", "vk")):
        rows = raw[(raw["jahr"] == year) & (raw["mittelart"] == mittelart)
                   & (raw["traegerform"] == "zkT")]
        assert group.loc[year, col] == pytest.approx(rows["anteil_prozent"].sum())
    assert group.loc[2022, "egl"] == pytest.approx((8 + 16 + 12 + 14) / 2)
    assert group.loc[2012, "zeilen"] == 2
    for gap in range(2013, 2022):
        assert math.isnan(group.loc[gap, "egl"]) and math.isnan(group.loc[gap, "vk"])
        assert group.loc[gap, "zeilen"] == 0


def test_group_sums_per_anlage_split_zkt_and_ge() -> None:
    sums = ff.group_sums(anteile()).set_index(["jahr", "anlage"])
    row = sums.loc[(2012, "Anlage 2")]
    assert row["zkt_prozent"] == 30.0 and row["ge_prozent"] == 70.0
    assert row["zeilen_zkt"] == 1 and row["zeilen_ge"] == 1
    assert sums.loc[(2012, "Anlage 1"), "summe_prozent"] == 100.0


def test_relative_funding_is_share_of_money_over_share_of_elb(main: pd.DataFrame) -> None:
    per_jc, per_kreis = ff.funding(main, coverage(), elb())
    jc = per_jc.set_index(["jahr", "jobcenter_id"])
    # A: 10 % of the money, 100 of 1,000 eLb = 10 % → 1.0
    assert jc.loc[(2012, "JC-A"), "rel_egl"] == pytest.approx(1.0)
    assert jc.loc[(2012, "JC-A"), "rel_vk"] == pytest.approx(1.2)
    # B covers two whole Kreise: 200 of 1,000 eLb; 15 % → 0.75
    assert jc.loc[(2012, "JC-B"), "elb_prozent"] == pytest.approx(20.0)
    assert jc.loc[(2012, "JC-B"), "rel_egl"] == pytest.approx(0.75)
    # C and D share a Kreis in 2012: no value of their own …
    assert math.isnan(jc.loc[(2012, "JC-C"), "rel_egl"])
    assert jc.loc[(2012, "JC-C"), "jobcenter_im_gebiet"] == 2
    # … but the Kreis carries the area's value: (20 + 5) % over 20 % of the eLb
    k = per_kreis.set_index(["jahr", "ags"])
    assert k.loc[(2012, "02000"), "rel_egl"] == pytest.approx(25 / 20)
    assert k.loc[(2012, "02000"), "form"] == "gE"
    # 2022: C alone in 02000 (25 % eLb), mean of halves 25 % → 1.0; the eLb come from
    # the INKAR year before the Verordnung
    assert jc.loc[(2022, "JC-C"), "rel_egl"] == pytest.approx(1.0)
    assert k.loc[(2022, "02000"), "inkar_jahr"] == 2021
    # E: 50 % of the money, 50 % (2012) and 45 % (2022) of the eLb
    assert jc.loc[(2022, "JC-E"), "rel_egl"] == ff.approx(50 / 45) == 1.11111


def test_one_more_inhabitant_moves_no_other_kreis_share() -> None:
    """The shares divide by the national sum; rounded to APPROX_DIGITS, a tiny change of
    one Kreis's eLb (one inhabitant ≈ 0.05 eLb) leaves every other Kreis's share as is."""
    rng = np.random.default_rng(15)
    kreise = [f"{i:05d}" for i in range(1, 401)]
    base = pd.DataFrame({"ags": kreise, "inkar_jahr": 2021,
                         "elb": rng.uniform(2_000, 200_000, len(kreise))})
    changed = base.copy()
    changed.loc[0, "elb"] += 0.05
    a, b = (ff.elb_shares(f, [2022]).set_index("ags")["elb_prozent"] for f in (base, changed))
    unrounded = 100 * base["elb"] / base["elb"].sum()
    assert (a.to_numpy() != unrounded.to_numpy()).any()  # the rounding did something
    assert a.iloc[1:].equals(b.iloc[1:])
    assert all(len(f"{v:.12g}".replace(".", "").lstrip("0")) <= ff.APPROX_DIGITS for v in a)


def test_approx_keeps_gaps_and_index() -> None:
    s = pd.Series([1 / 3, np.nan, 123456789.0], index=["x", "y", "z"])
    out = ff.approx(s)
    assert list(out.index) == ["x", "y", "z"] and math.isnan(out["y"])
    assert out["x"] == 0.333333 and out["z"] == 123457000.0
    assert ff.approx(2 / 3) == 0.666667 and math.isnan(ff.approx(np.nan))


def test_group_elb_shares_cover_all_kreise_and_keep_gaps(main: pd.DataFrame) -> None:
    _, per_kreis = ff.funding(main, coverage(), elb())
    years = ff.year_grid(ff.annex_years(main))
    shares = ff.group_elb_shares(per_kreis, years).set_index("jahr")
    assert shares.loc[2012, "zkt"] == pytest.approx(30.0)  # 01001, 01002, 01003
    assert shares.loc[2012, "ge"] == pytest.approx(70.0)
    assert shares.loc[2012, "gemischt"] == 0.0
    assert (shares.loc[2012, ["zkt", "ge", "gemischt"]].sum()) == pytest.approx(100.0)
    assert math.isnan(shares.loc[2015, "zkt"])


def test_group_funding_leaves_out_areas_with_both_forms() -> None:
    rows = anteile()
    rows.loc[rows["jobcenter_id"] == "JC-D", "traegerform"] = "zkT"  # 02000 mixed in 2012
    main = ff.main_shares(rows)
    per_jc, per_kreis = ff.funding(main, coverage(), elb())
    fund = ff.group_funding(main, per_jc, per_kreis, [2012]).set_index("gruppe")
    # zkT areas: A and B (25 % of money, 30 % of eLb); D's share is not counted
    assert fund.loc["zkT", "egl"] == pytest.approx(25.0)
    assert fund.loc["zkT", "rel_egl"] == pytest.approx(25 / 30)
    assert fund.loc["gE", "egl"] == pytest.approx(50.0)  # E only
    assert ff.group_elb_shares(per_kreis, [2012]).loc[0, "gemischt"] == pytest.approx(20.0)


def test_areas_link_jobcenter_and_kreise() -> None:
    a = ff.areas(ff.coverage_in(coverage(), 2012)).drop_duplicates("jobcenter_id")
    area = a.set_index("jobcenter_id")["gebiet_id"]
    assert area["JC-B"] == "01002"  # the smallest Kreis key of its two Kreise
    assert area["JC-C"] == area["JC-D"] == "02000"
    assert area["JC-A"] != area["JC-B"]


def test_elb_estimate_and_inkar_year() -> None:
    werte = pd.DataFrame({
        "region_id": ["01001", "01001", "01", "01002"],
        "jahr": [2021, 2021, 2021, 2021],
        "indikator_id": ["q_PBG_bev", "a_ewfBG", "q_PBG_bev", "q_PBG_bev"],
        "wert": [80.0, 70.0, 99.0, 50.0]})
    kreise = pd.DataFrame({"ags": ["01001", "01002"], "einwohner_anzahl": [100_000, 50_000]})
    est = ff.elb_estimate(werte, kreise)
    # 100,000 × 80/1,000 × 70/100 = 5,600; 01002 lacks a_ewfBG → no row (not 0)
    assert est["ags"].tolist() == ["01001"]
    assert est["elb"].iloc[0] == pytest.approx(5600.0)
    assert ff.inkar_year_for(2012, [2010, 2011, 2012]) == 2011
    assert ff.inkar_year_for(2026, [2020, 2021, 2022]) == 2022
    assert ff.inkar_year_for(2005, [2010]) is None


def test_ranks_and_changes(main: pd.DataFrame) -> None:
    out = ff.add_changes(ff.add_ranks(main)).set_index(["jahr", "jobcenter_id"])
    assert out.loc[(2012, "JC-E"), "rang_egl"] == 1
    assert out.loc[(2012, "JC-D"), "rang_egl"] == 5
    assert out.loc[(2012, "JC-E"), "anzahl_egl"] == 5
    assert out.loc[(2022, "JC-B"), "vorjahr"] == 2012
    assert out.loc[(2022, "JC-B"), "aend_egl"] == pytest.approx(0.0)  # 15 → 15
    assert out.loc[(2022, "JC-C"), "aend_egl"] == pytest.approx(25.0)  # 20 → 25
    assert math.isnan(out.loc[(2012, "JC-A"), "aend_egl"])  # no earlier annex


def test_traeger_series_sums_rows_and_keeps_gaps(main: pd.DataFrame) -> None:
    per_jc, per_kreis = ff.funding(main, coverage(), elb())
    jobcenter = pd.DataFrame({"jobcenter_id": ["JC-A", "JC-C", "JC-D"],
                              "zkt_id": ["AA-01", "BB-01", "BB-01"]})
    years = list(range(2012, 2023))
    index = ff.funding_index(per_jc, per_kreis)
    two = ff.traeger_series(ff.traeger_rows(main, jobcenter, "BB-01"), years,
                            index).set_index("jahr")
    # 2012: C and D are both this Träger and make up their whole area → it has a value
    assert two.loc[2012, "egl"] == pytest.approx(25.0)
    assert two.loc[2012, "zeilen"] == 2
    assert two.loc[2012, "rel_egl"] == pytest.approx(25 / 20)
    assert math.isnan(two.loc[2018, "egl"]) and two.loc[2018, "zeilen"] == 0
    one = ff.traeger_series(ff.traeger_rows(main, jobcenter, "AA-01"), years,
                            index).set_index("jahr")
    assert one.loc[2022, "vk"] == 10.0
    assert one.loc[2022, "rel_vk"] == pytest.approx(1.0)


def test_only_c_of_a_shared_kreis_gets_no_value_of_its_own(main: pd.DataFrame) -> None:
    per_jc, per_kreis = ff.funding(main, coverage(), elb())
    jobcenter = pd.DataFrame({"jobcenter_id": ["JC-C"], "zkt_id": ["CC-01"]})
    series = ff.traeger_series(ff.traeger_rows(main, jobcenter, "CC-01"), [2012],
                               ff.funding_index(per_jc, per_kreis)).set_index("jahr")
    assert series.loc[2012, "egl"] == 20.0
    assert math.isnan(series.loc[2012, "rel_egl"])  # D shares the Kreis


def test_funding_medians_by_form_and_land(main: pd.DataFrame) -> None:
    per_jc, _ = ff.funding(main, coverage(), elb())
    jobcenter = pd.DataFrame({"jobcenter_id": ["JC-A", "JC-B", "JC-C", "JC-D", "JC-E"],
                              "land": ["X", "X", "Y", "Y", "Y"]})
    med = ff.funding_medians(per_jc, main, jobcenter, 2012).set_index(["art", "gruppe"])
    assert med.loc[("form", "zkT"), "rel_egl"] == pytest.approx((1.0 + 0.75) / 2)
    assert med.loc[("form", "gE"), "rel_egl"] == pytest.approx(1.0)  # E only: C, D share
    assert med.loc[("land", "Y"), "anzahl"] == 1


def test_quartiles_by_form_keep_years_without_annex_empty(main: pd.DataFrame) -> None:
    per_jc, _ = ff.funding(main, coverage(), elb())
    q = ff.quartiles_by_form(per_jc, main, "rel_egl", list(range(2012, 2023)))
    gap = q[(q["jahr"] == 2016) & (q["gruppe"] == "zkT")].iloc[0]
    assert math.isnan(gap["median"]) and gap["anzahl"] == 0


def test_estimate_euro() -> None:
    assert ff.estimate_euro(0.2091, 3_430_000_000) == pytest.approx(7_172_130)


def test_share_chart_keeps_gaps_as_null_and_may_start_above_zero(main: pd.DataFrame) -> None:
    years = ff.year_grid(ff.annex_years(main))
    group = ff.zkt_group_series(main, years)
    frame = ff.long_series(group, {"egl": "Eingliederung", "vk": "Verwaltung"})
    spec = charts.comparison_lines(frame, ["Eingliederung", "Verwaltung"], "Anteil",
                                   zero=False).to_dict()
    rows = next(iter(spec["datasets"].values()))
    by_year = {(r["reihe"], r["jahr"]): r["wert"] for r in rows}
    assert by_year[("Eingliederung", 2015)] is None  # a gap, never 0 or a joined line
    assert by_year[("Eingliederung", 2012)] == 25.0
    assert spec["layer"][0]["encoding"]["y"]["scale"] == {"zero": False}
    default = charts.comparison_lines(frame, ["Eingliederung", "Verwaltung"],
                                      "Anteil").to_dict()
    assert "scale" not in default["layer"][0]["encoding"]["y"]  # other charts unchanged


def test_indicator_map_takes_its_traeger_text_from_the_data() -> None:
    square = {"type": "Polygon", "coordinates": [[[7, 50], [7, 51], [8, 51], [8, 50],
                                                  [7, 50]]]}
    geo = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": square, "properties": {"ags": "06435", "name": "M"}}]}
    values = pd.DataFrame({"ags": ["06435"], "wert": [1.01], "ist_zkt": [False],
                           "traeger": ["zkT und gE"]})
    spec = charts.indicator_map(geo, geo, values, "je eLb", ",.2f").to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "datum.properties.traeger" in text and "zkT und gE" in text
    plain = charts.indicator_map(geo, geo, values.drop(columns="traeger"), "je eLb",
                                 ",.2f").to_dict()
    assert "datum.properties.ist_zkt ? 'zkT' : 'kein zkT'" in json.dumps(plain)


def test_series_on_grid_fills_nan_not_zero() -> None:
    frame = pd.DataFrame({"jahr": [2012, 2014], "egl": [1.0, 2.0]})
    grid = ff.series_on_grid(frame, [2012, 2013, 2014], ["egl"])
    assert np.isnan(grid.loc[1, "egl"]) and grid["egl"].iloc[2] == 2.0


def test_ranges_chart_keeps_every_year_on_the_axis_and_draws_nothing_in_gaps(
        main: pd.DataFrame) -> None:
    per_jc, _ = ff.funding(main, coverage(), elb())
    years = list(range(2012, 2023))
    frame = ff.quartiles_by_form(per_jc, main, "rel_egl", years)
    spec = charts.ranges_by_year(frame, years, "je eLb",
                                 colors={"zkT": "#1a5e9a", "gE": "#d95f02"}).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == years
    rows = next(iter(spec["datasets"].values()))
    gap = [r for r in rows if r["jahr"] == 2016]
    assert gap and all(r["median"] is None and r["q25"] is None for r in gap)


# --- the curated texts and choices of the Finanzen pages -------------------------------------
def test_editorial_choices_come_from_curated_tables() -> None:
    from kommunale_jobcenter.pages import finanzen as fp

    assert fp.total_facts() == {2012: {"egl": "finanzen-f01", "vk": "finanzen-f02"}}
    assert fp.budget_facts() == {"SEED-WAF-2011-161-002": ("vk", 2012),
                                 "SEED-WAF-2011-161-003": ("egl", 2012)}
    fakten = load_package("finanzen")["fakten"].set_index("einzelfakt_id")
    for kinds in fp.total_facts().values():
        for fakt in kinds.values():
            assert fakten.at[fakt, "einheit"] == "Euro" and pd.notna(fakten.at[fakt, "wert"])


def test_columns_and_texts_of_the_pages() -> None:
    from kommunale_jobcenter import markup
    from kommunale_jobcenter.pages import finanzen as fp

    cols = fp.spalten("jahr_haelften", h1="Anlage 2", h2="Anlage 3")
    assert cols[0] == markup.Column("h1", "Eingliederung 1. Hälfte (%, Anlage 2)", "number", 4)
    assert fp.spalten("breit_jahr", jahr=2024) == [
        markup.Column("2024", "2024 (%)", "number", 4)]
    assert fp.spalten("fakten")[0] == markup.Column("wer", "Jobcenter oder Gruppe")
    assert fp.pct(12.345) == "12,35 %" and fp.pct(None) == "keine Angabe"
    assert fp.mio(350_000_000) == "350 Mio. €"
    assert fp.deviation(-12.34) == "12,3 % unter der Schätzung"
    # every chart built on the eLb approximation names the BA statistics behind INKAR
    for name, chart in fp.texte()["grafiken"].items():
        if "INKAR" in chart["quelle"]:
            assert "Quelle: Statistik der Bundesagentur für Arbeit" in chart["quelle"], name


def test_area_totals_equal_the_groupby_with_a_function_per_area_bit_for_bit() -> None:
    """``area_totals`` replaces ``groupby().agg`` with lambdas (a third of the Finanzen
    context's time): every year of the real data, same index, same dtypes, and every sum
    the same float to the last bit (areas of one to twelve Jobcenter: numpy sums eight and
    more pairwise, fewer one after the other)."""
    finanzen = load_package("finanzen")
    main, kreise = ff.main_shares(finanzen["anteile"]), finanzen["jobcenter_kreise"]
    sizes = set()
    for jahr, part in main.groupby("jahr", sort=True):
        cover = ff.areas(ff.coverage_in(kreise, int(jahr)))
        jc_area = cover.drop_duplicates("jobcenter_id").set_index("jobcenter_id")["gebiet_id"]
        p = part.assign(gebiet_id=part["jobcenter_id"].map(jc_area))
        p.loc[p.index[:3], "egl"] = np.nan  # a missing share makes its area's sum missing
        reference = p.groupby("gebiet_id").agg(
            egl=("egl", lambda s: s.sum(min_count=len(s))),
            vk=("vk", lambda s: s.sum(min_count=len(s))),
            jobcenter=("jobcenter_id", "count"),
            formen=("traegerform", lambda s: ",".join(sorted(set(s)))))
        totals = ff.area_totals(p)
        assert totals.index.equals(reference.index)
        assert totals.dtypes.to_dict() == reference.dtypes.to_dict()
        for column in ("egl", "vk"):
            assert np.array_equal(totals[column].to_numpy().view(np.int64),
                                  reference[column].to_numpy().view(np.int64)), (jahr, column)
        assert totals["jobcenter"].tolist() == reference["jobcenter"].tolist()
        assert totals["formen"].tolist() == reference["formen"].tolist()
        sizes |= set(p.groupby("gebiet_id").size())
    assert max(sizes) >= 8 and min(sizes) == 1  # both ways numpy sums are covered
