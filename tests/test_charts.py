"""Chart builders: valid Vega-Lite, German-formatted static SVG, gaps stay gaps."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd
import pytest

from kommunale_jobcenter import chart_output, charts

SQUARE = {"type": "Polygon", "coordinates": [[[7, 50], [7, 51], [8, 51], [8, 50], [7, 50]]]}


def _geo(key: str, name: str) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": SQUARE, "properties": {key: "05570", "name": name}}]}


def test_status_map_is_valid_vega_lite_and_carries_status() -> None:
    chart = charts.status_map(_geo("ags", "Warendorf"), _geo("land_code", "NRW"),
                              pd.DataFrame({"ags": ["05570"], "status": ["zkT"]}))
    spec = chart.to_dict()  # validates against the Vega-Lite schema
    values = json.loads(spec["layer"][0]["data"]["values"])
    assert values[0]["properties"]["status"] == "zkT"


def test_lines_keep_missing_years_as_gaps() -> None:
    frame = pd.DataFrame({"jahr": [2010, 2011, 2012], "wert": [1.5, None, 2.5],
                          "reihe": ["Kreis"] * 3})
    spec = charts.lines_by_year(frame, "wert", "reihe", "Wert", "Reihe").to_dict()
    datasets = list(spec["datasets"].values())
    assert datasets[0][1]["wert"] is None  # not 0


def test_stacked_bars_svg_uses_german_numbers(tmp_path) -> None:
    frame = pd.DataFrame({"jahr": [2012, 2012], "land": ["A", "B"], "anzahl": [1200, 300]})
    chart = charts.stacked_bars_by_year(frame, "anzahl", "land", "Anzahl", "Land")
    svg = chart_output.render_svg(chart_output.spec_of(chart), None)
    assert "1.400" in svg or "1.200" in svg  # thousands separator is the dot
    assert "https://" not in svg


def test_render_cache_reuses_identical_spec(tmp_path) -> None:
    chart = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_bar().encode(x="x:Q")
    spec = chart_output.spec_of(chart)
    before = (chart_output.STATS.rendered, chart_output.STATS.cached)
    first = chart_output.render_svg(spec, tmp_path)
    second = chart_output.render_svg(spec, tmp_path)
    assert first == second
    assert chart_output.STATS.rendered == before[0] + 1
    assert chart_output.STATS.cached == before[1] + 1


@pytest.mark.parametrize("builder", ["status_map", "locator_map"])
def test_maps_have_no_schema_url(builder: str) -> None:
    kreise, laender = _geo("ags", "Warendorf"), _geo("land_code", "NRW")
    if builder == "status_map":
        chart = charts.status_map(kreise, laender,
                                  pd.DataFrame({"ags": ["05570"], "status": ["zkT"]}))
    else:
        chart = charts.locator_map(kreise, laender, "05570")
    assert "$schema" not in chart_output.spec_of(chart)


def test_comparison_panels_keep_gaps_and_mark_only_years_with_data() -> None:
    frame = pd.DataFrame({
        "panel": ["A"] * 3 + ["B"] * 3, "jahr": [2010, 2011, 2012] * 2,
        "reihe": ["Kreis"] * 6, "wert": [1.0, None, 2.0, 5.0, 6.0, 7.0]})
    spec = charts.comparison_panels(frame, ["Kreis"], marker_year=2011,
                                    marker_label="zkT seit 2011").to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert rows[1]["wert"] is None  # a gap, not 0
    assert spec["resolve"]["scale"]["y"] == "independent"
    text = json.dumps(spec)
    assert "datum.jahr == 2011" in text and "zkT seit 2011" in text
