"""Frame functions of the statistics pages, on tiny hand-made frames with known answers."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
import vl_convert as vlc

from kommunale_jobcenter import chart_output, charts
from kommunale_jobcenter.pages import statistik_frames as sf

KREISE = ["01001", "01002", "01003", "01004", "02000"]


def status_frame() -> pd.DataFrame:
    """01001 becomes zkT in 2012; 01002 is always zkT; 01004 is zkT only in part."""
    rows = []
    for year in (2011, 2012, 2013):
        rows += [
            ("01001", year, sf.ZKT if year >= 2012 else sf.KEIN_ZKT),
            ("01002", year, sf.ZKT),
            ("01003", year, sf.KEIN_ZKT),
            ("01004", year, sf.TEILGEBIET),
            ("02000", year, sf.KEIN_ZKT),
        ]
    return pd.DataFrame(rows, columns=["ags", "jahr", "status"]).astype({"jahr": "Int64"})


def werte_frame() -> pd.DataFrame:
    rows = [
        # 2011: no zkT-free Kreis lacks a value → median of 01001, 01003, 02000
        ("01001", 2011, 10.0), ("01002", 2011, 50.0), ("01003", 2011, 20.0),
        ("01004", 2011, 99.0), ("02000", 2011, 40.0),
        # 2012: 01001 is zkT now, so only 01003 and 02000 count
        ("01001", 2012, 11.0), ("01002", 2012, 51.0), ("01003", 2012, 21.0),
        ("01004", 2012, 98.0), ("02000", 2012, 31.0),
        # 2013: 01003 has no value (a gap), 01001 has none either
        ("01002", 2013, 52.0), ("01004", 2013, 97.0), ("02000", 2013, 33.0),
        # Land and Bund, Land 01 missing 2012
        ("01", 2011, 25.0), ("01", 2013, 27.0), ("02", 2011, 40.0), ("02", 2012, 31.0),
        ("DG", 2011, 30.0), ("DG", 2012, 29.0), ("DG", 2013, 28.0),
    ]
    frame = pd.DataFrame(rows, columns=["region_id", "jahr", "wert"])
    frame["indikator_id"] = "q_TEST"
    other = frame.assign(indikator_id="q_OTHER", wert=-1.0)
    return pd.concat([frame, other], ignore_index=True).astype({"jahr": "Int64"})


@pytest.fixture
def values() -> pd.DataFrame:
    return sf.indicator_values(werte_frame(), "q_TEST")


def test_indicator_values_picks_one_indicator(values: pd.DataFrame) -> None:
    assert len(values) == 20
    assert (values["wert"] >= 0).all()


def test_median_of_kreise_without_zkt_uses_the_status_of_each_year(values) -> None:
    med = sf.group_median(values, status_frame()).set_index("jahr")
    assert med.loc[2011, "wert"] == 20.0  # median(10, 20, 40): 01001 not yet zkT
    assert med.loc[2012, "wert"] == 26.0  # median(21, 31): 01001 now zkT, 01004 partial
    assert med.loc[2013, "wert"] == 33.0  # only 02000 has a value
    assert med["anzahl"].tolist() == [3, 2, 1]


def test_median_of_a_year_without_values_is_missing_not_zero(values) -> None:
    med = sf.group_median(values, status_frame(), years=[2010, 2011])
    assert np.isnan(med.loc[0, "wert"])
    assert med.loc[0, "anzahl"] == 0


def test_quartiles_per_group_and_year(values) -> None:
    q = sf.group_quartiles(values, status_frame()).set_index(["gruppe", "jahr"])
    assert q.loc[(sf.ZKT, 2011), "median"] == 50.0  # only 01002
    assert q.loc[(sf.ZKT, 2012), "median"] == 31.0  # 11 and 51
    assert q.loc[(sf.ZKT, 2012), "q25"] == 21.0
    assert q.loc[(sf.ZKT, 2012), "q75"] == 41.0
    assert q.loc[(sf.KEIN_ZKT, 2011), "anzahl"] == 3
    # the partial Kreis 01004 (values ≥ 97) is in neither group
    assert q["q75"].max() < 97


def test_profile_series_keeps_gaps_and_picks_land_and_bund(values) -> None:
    names = {"kreis": "Kreis A", "land": "Land 01", "bund": "Deutschland"}
    frame = sf.profile_series(values, status_frame(), "01003", "01", names)
    assert set(frame["reihe"]) == {"Kreis A", "Land 01", "Deutschland", sf.MEDIAN_LABEL}
    by = frame.set_index(["reihe", "jahr"])["wert"]
    assert len(frame) == 4 * 3  # every series on the full year grid
    assert by[("Kreis A", 2011)] == 20.0
    assert np.isnan(by[("Kreis A", 2013)])  # missing value stays NaN, never 0
    assert by[("Land 01", 2011)] == 25.0  # Land 01, not Land 02 (40.0)
    assert np.isnan(by[("Land 01", 2012)])
    assert by[("Deutschland", 2013)] == 28.0
    assert by[(sf.MEDIAN_LABEL, 2012)] == 26.0
    assert (frame["wert"].fillna(-1) != 0).all()


def test_profile_series_of_an_unknown_region_is_all_missing(values) -> None:
    frame = sf.profile_series(values, status_frame(), "09999", "09", {"kreis": "K", "land": "L"})
    assert frame[frame["reihe"].isin(["K", "L"])]["wert"].isna().all()


def kreise_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "ags": KREISE, "kreis_name": ["A", "B", "C", "D", "E"],
        "land": ["Eins", "Eins", "Eins", "Eins", "Zwei"], "land_code": ["01"] * 4 + ["02"],
        "kreis_art": ["Kreisfreie Stadt", "Landkreis", "Kreis", "Stadtkreis", "Landkreis"],
        "einwohner_anzahl": [100, 300, 200, 50, 1000],
    })


def test_kreis_table_lists_every_kreis_also_without_value(values) -> None:
    table = sf.kreis_table(values, kreise_frame(), status_frame(), 2013).set_index("ags")
    assert len(table) == 5
    assert np.isnan(table.loc["01003", "wert"])
    assert table.loc["01001", "ist_zkt"] and not table.loc["01004", "ist_zkt"]
    assert table.loc["01004", "kreistyp"] == "kreisfreie Stadt"
    assert table.loc["01003", "kreistyp"] == "Landkreis"


def test_compare_groups_and_within_land(values) -> None:
    table = sf.kreis_table(values, kreise_frame(), status_frame(), 2012)
    groups = sf.compare_groups(table, {"Zugang": ["01001"]}).set_index("gruppe")
    assert groups.loc["Kreise mit zkT", "median"] == 31.0
    assert groups.loc["Kreise ohne zkT", "median"] == 26.0
    assert groups.loc["Zugang", "median"] == 11.0
    within = sf.compare_within(table, "land").set_index("land")
    assert within.loc["Eins", "median_zkt"] == 31.0
    assert within.loc["Eins", "median_ohne"] == 21.0
    assert within.loc["Eins", "differenz"] == 10.0
    assert np.isnan(within.loc["Zwei", "differenz"])  # Land without zkT: no comparison


def test_compare_within_skips_missing_values(values) -> None:
    """A Kreis without a value counts neither in the median nor in the number (2013:
    one zkT Kreis of Land Eins has none)."""
    table = sf.kreis_table(values, kreise_frame(), status_frame(), 2013)
    within = sf.compare_within(table, "land").set_index("land")
    rows = table[(table["land"] == "Eins") & (table["status"] == sf.ZKT)]
    assert rows["wert"].isna().sum() == 1
    assert within.loc["Eins", "anzahl_zkt"] == rows["wert"].notna().sum()
    assert within.loc["Eins", "median_zkt"] == rows["wert"].median()


def test_zkt_share_by_land() -> None:
    share = sf.zkt_share_by_land(kreise_frame(), status_frame(), 2012).set_index("land")
    assert share.loc["Eins", "zkt"] == 2 and share.loc["Eins", "teilgebiet"] == 1
    assert share.loc["Eins", "anteil_kreise_pct"] == 50.0
    assert share.loc["Eins", "anteil_einwohner_pct"] == pytest.approx(100 * 400 / 650)
    assert share.loc["Zwei", "anteil_kreise_pct"] == 0.0


def test_missing_year_breaks_the_line_in_the_rendered_chart(values) -> None:
    """A NaN value becomes null in the spec, and Vega-Lite draws two line pieces."""
    frame = sf.profile_series(values, status_frame(), "01003", "01",
                              {"kreis": "Kreis A", "land": "Land 01"})
    frame = pd.concat([frame, frame.assign(jahr=frame["jahr"] + 3)], ignore_index=True)
    frame.loc[(frame["reihe"] == "Kreis A") & (frame["jahr"] == 2013), "wert"] = np.nan
    only = frame[frame["reihe"] == "Kreis A"]
    chart = charts.comparison_lines(only, ["Kreis A"], "Wert")
    spec = chart_output.spec_of(chart)
    rows = next(iter(spec["datasets"].values()))
    assert {"jahr": 2013, "reihe": "Kreis A", "wert": None} in rows
    svg = vlc.vegalite_to_svg(spec)
    line_paths = [d for d in re.findall(r'<path[^>]*\bd="([^"]+)"', svg)
                  if d.startswith("M") and "L" in d and "A" not in d]
    kreis_line = max(line_paths, key=lambda d: d.count("L"))
    assert kreis_line.count("M") == 2, kreis_line  # one gap → two pieces, no zero dip


def test_map_classes_are_german_and_leave_missing_values_unclassed() -> None:
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, np.nan, 10.5])
    classes, labels = charts.quantile_classes(values, ",.1f")
    assert labels[0].startswith("1,0 bis ") and labels[-1].endswith(" bis 10,5")
    assert classes.iloc[5] is None  # no value → no class, drawn grey as «keine Angabe»
    assert classes.iloc[0] == labels[0] and classes.iloc[6] == labels[-1]
    assert set(classes.dropna()) <= set(labels)
