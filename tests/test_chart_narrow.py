"""Phone variants of wide charts: derived by rule from the spec, valid Vega-Lite, narrow
enough to be drawn at ≥ 75 % of their width in a phone's column, cached, and served only
to viewports where the wide chart would shrink below that."""

from __future__ import annotations

import json

import altair as alt
import jsonschema
import pandas as pd
import pytest

from kommunale_jobcenter import chart_narrow, chart_output, charts

SCHEMA = alt.vegalite.load_schema()


def _valid(spec: dict) -> None:
    jsonschema.validate(spec, SCHEMA)


def _panels() -> alt.FacetChart:
    rows = [{"panel": f"Kennzahl {p} (%)", "reihe": r, "jahr": y, "wert": float(p + y % 7)}
            for p in range(4) for r in ("Kreis", "Land") for y in range(2010, 2023)]
    return charts.comparison_panels(pd.DataFrame(rows), ["Kreis", "Land"], 2012, "zkT seit")


def _long_bars() -> alt.Chart:
    names = ["ESF-Bundesprogramm zur Eingliederung langzeitarbeitsloser "
             "Leistungsberechtigter nach dem SGB II auf dem allgemeinen Arbeitsmarkt",
             "Modellprojekt Bürgerarbeit", "Initiative «Netzwerke für Aktivierung, Beratung "
             "und Chancen» (Netzwerke ABC)"]
    return charts.horizontal_bars(pd.DataFrame({"name": names, "n": [9, 10, 3]}), "n",
                                  "name", "Kreise")


def test_small_multiples_stack_in_one_column_with_the_legend_below() -> None:
    spec = chart_output.spec_of(_panels())
    narrow = chart_narrow.narrow_spec(spec)
    _valid(narrow)
    assert spec["columns"] == 2 and narrow["columns"] == 1
    legend = narrow["spec"]["layer"][0]["encoding"]["color"]["legend"]
    assert legend["orient"] == "bottom"
    assert spec != narrow  # a copy: the wide spec is unchanged


def test_side_legend_moves_below_and_side_by_side_views_stack() -> None:
    frame = pd.DataFrame({"jahr": [2012, 2012, 2013], "land": ["A", "B", "A"],
                          "anzahl": [1, 2, 3]})
    bars = charts.stacked_bars_by_year(frame, "anzahl", "land", "Anzahl", "Land")
    spec = chart_output.spec_of(alt.hconcat(bars, bars))
    narrow = chart_narrow.narrow_spec(spec)
    _valid(narrow)
    assert "hconcat" not in narrow and len(narrow["vconcat"]) == 2
    legend = narrow["vconcat"][0]["encoding"]["color"]["legend"]
    assert legend["orient"] == "bottom" and "columns" not in legend


def test_long_category_labels_wrap_at_words_and_rows_grow() -> None:
    spec = chart_output.spec_of(_long_bars())
    narrow = chart_narrow.narrow_spec(spec, wrap_labels=True)
    _valid(narrow)
    axis = narrow["encoding"]["y"]["axis"]
    assert '"Modellprojekt B\\u00fcrgerarbeit":' in axis["labelExpr"]  # 26 characters
    assert isinstance(narrow["height"], dict) and narrow["height"]["step"] > 24
    svg = chart_output.render_svg(narrow, None)
    assert "<tspan>ESF-Bundesprogramm zur</tspan>" in svg  # whole words, several lines
    assert "Arbeitsmarkt</tspan>" in svg


def test_wrap_expression_without_inline_data_breaks_into_lines() -> None:
    spec = {"data": {"values": [{"a": "eins zwei drei vier fünf sechs sieben acht neun",
                                 "v": 1}]},
            "mark": "bar", "width": 100,
            "encoding": {"y": {"field": "a", "type": "nominal",
                               "axis": {"labelExpr": chart_narrow.wrap_expression(chars=12)}},
                         "x": {"field": "v", "type": "quantitative"}}}
    svg = chart_output.render_svg(spec, None)
    assert "<tspan>eins zwei</tspan>" in svg


@pytest.mark.parametrize("make", [_panels, _long_bars])
def test_narrow_variant_fits_the_phone_column(make, tmp_path) -> None:
    spec = chart_output.spec_of(make())
    wide = chart_output.svg_size(chart_output.render_svg(spec, tmp_path))[0]
    assert wide > chart_narrow.NARROW_ABOVE  # the example needs a phone variant
    variant = chart_output.narrow_variant(spec, wide, tmp_path)
    assert variant is not None
    narrow_spec, svg = variant
    width = chart_output.svg_size(svg)[0]
    assert width <= chart_narrow.NARROW_ABOVE  # drawn at ≥ 75 % in the 358 px column
    assert chart_narrow.PHONE_COLUMN / width >= chart_narrow.MIN_SCALE
    # Deterministic and cached: the second derivation renders nothing.
    before = chart_output.STATS.rendered
    assert chart_output.narrow_variant(spec, wide, tmp_path) == variant
    assert chart_output.STATS.rendered == before
    assert json.loads(chart_output.spec_json(narrow_spec)) == narrow_spec


def test_charts_that_fit_get_no_narrow_variant(tmp_path) -> None:
    chart = charts.comparison_lines(
        pd.DataFrame({"jahr": [2012, 2013], "reihe": ["A", "A"], "wert": [1.0, 2.0]}),
        ["A"], "Wert", width=300)
    published = chart_output.publish_chart(chart, pd.DataFrame({"a": [1]}), tmp_path, "g",
                                           tmp_path / "cache")
    assert published.width <= chart_narrow.NARROW_ABOVE
    assert published.narrow is None and published.media == ""
    assert sorted(p.name for p in tmp_path.glob("g*")) == ["g.csv", "g.svg", "g.vl.json"]


def test_wide_chart_publishes_narrow_svg_and_spec(tmp_path) -> None:
    published = chart_output.publish_chart(_panels(), pd.DataFrame({"a": [1]}), tmp_path,
                                           "p", tmp_path / "cache")
    assert published.narrow is not None
    assert published.narrow[0] <= chart_narrow.NARROW_ABOVE
    assert (tmp_path / "p.schmal.svg").exists() and (tmp_path / "p.schmal.vl.json").exists()
    assert published.media == chart_narrow.media_query(published.width)


def test_media_query_switches_where_the_wide_chart_would_shrink_below_75_percent() -> None:
    # 0.75 × 547 + 32 px theme padding = 442.25: below 443 px the column is too narrow.
    assert chart_narrow.media_query(547) == "(max-width: 442px)"
    assert chart_narrow.media_query(5000) == "(max-width: 959px)"  # never beside the nav


def test_next_plot_width_shrinks_to_the_column_and_grows_into_free_room() -> None:
    spec = {"mark": "bar", "width": 500}
    assert chart_narrow.next_plot_width(spec, 600) == 500 - (600 - chart_narrow.PHONE_COLUMN)
    assert chart_narrow.next_plot_width(spec, 2000) == chart_narrow.NARROW_MIN_PLOT
    at_minimum = {"mark": "bar", "width": chart_narrow.NARROW_MIN_PLOT}
    assert chart_narrow.next_plot_width(at_minimum, 2000) is None  # no narrower than that
    assert chart_narrow.next_plot_width({"mark": "bar", "width": 200}, 270) == 288
    assert chart_narrow.next_plot_width({"mark": "bar", "width": 200}, 350) is None
