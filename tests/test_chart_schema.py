"""Every chart kind the site draws is valid Vega-Lite. The build creates charts without
altair's validation (``charts`` turns its debug mode off, ``chart_output.spec_of`` uses
``validate=False``), so the published spec of each builder is checked here, once."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import jsonschema
import pandas as pd
import pytest

from kommunale_jobcenter import chart_output, charts

SCHEMA = alt.vegalite.load_schema()
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)  # built once, not per chart
SQUARE = {"type": "Polygon", "coordinates": [[[7, 50], [7, 51], [8, 51], [8, 50], [7, 50]]]}
YEARS = [2010, 2011, 2012]


def _geo(key: str, values: list[str]) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": SQUARE, "properties": {key: v, "name": f"Kreis {v}"}}
        for v in values]}


KREISE, LAENDER = _geo("ags", ["05570", "05566"]), _geo("land_code", ["05"])


def _map_values() -> pd.DataFrame:
    return pd.DataFrame({"ags": ["05570", "05566"], "wert": [7.5, None],
                         "ist_zkt": [True, False], "traeger": ["zkT", "gE"],
                         "sicherheit": ["belegt", None]})


def _quartiles() -> pd.DataFrame:
    return pd.DataFrame([{"jahr": y, "gruppe": g, "q25": 1.0, "median": 2.0, "q75": 3.0}
                         for y in YEARS for g in charts.GROUP_COLORS])


def _long() -> pd.DataFrame:
    return pd.DataFrame([{"jahr": y, "reihe": r, "wert": None if y == 2011 else 1.5,
                          "panel": p} for y in YEARS for r in ("Kreis", "Land")
                         for p in ("A (%)", "B (EUR)")])


def _time_map() -> alt.TopLevelMixin:
    values = _map_values().assign(klasse=["1 bis 2", charts.MISSING_LABEL],
                                  umrandet=[True, False])
    return charts.indicator_time_map(KREISE, LAENDER, values,
                                     ["1 bis 2", charts.MISSING_LABEL], "Prozent")


BUILDERS: dict[str, Callable[[], alt.TopLevelMixin]] = {
    "status_map": lambda: charts.status_map(
        KREISE, LAENDER, pd.DataFrame({"ags": ["05570"], "status": ["zkT"]})),
    "locator_map": lambda: charts.locator_map(KREISE, LAENDER, "05570"),
    "stacked_bars_by_year": lambda: charts.stacked_bars_by_year(
        pd.DataFrame({"jahr": YEARS, "land": ["A", "B", "A"], "n": [1, 2, 3]}), "n", "land",
        "Anzahl", "Land"),
    "lines_by_year": lambda: charts.lines_by_year(
        _long(), "wert", "reihe", "Wert", "Reihe", marker_year=2011),
    "horizontal_bars": lambda: charts.horizontal_bars(
        pd.DataFrame({"name": ["a", "b"], "n": [3, 4]}), "n", "name", "Anzahl"),
    "indicator_map": lambda: charts.indicator_map(KREISE, LAENDER, _map_values(), "Prozent"),
    "indicator_time_map": _time_map,
    "band_by_year": lambda: charts.band_by_year(_quartiles(), "Wert", marker_year=2011,
                                                marker_label="zkT seit 2011"),
    "ranges_by_year": lambda: charts.ranges_by_year(_quartiles(), YEARS, "Wert"),
    "dots_by_group": lambda: charts.dots_by_group(
        pd.DataFrame({"wert": [1.0, None], "land": ["A", "A"],
                      "gruppe": list(charts.GROUP_COLORS)}),
        "wert", "land", "gruppe", "Wert", "Gruppe", "Land"),
    "participation_map": lambda: charts.participation_map(KREISE, LAENDER, _map_values()),
    "period_bars": lambda: charts.period_bars(pd.DataFrame({
        "kennzahl": ["Teilnehmende"], "beginn": pd.to_datetime(["2015-01-01"]),
        "ende": pd.to_datetime(["2017-12-31"]), "wert_anzeige": ["1.200"],
        "wert_art": ["genau"], "zeitraum": ["2015–2017"]})),
    "comparison_lines": lambda: charts.comparison_lines(
        _long()[lambda f: f["panel"] == "A (%)"], ["Kreis", "Land"], "Prozent",
        marker_year=2011, marker_label="zkT seit 2011", zero=False),
    "comparison_panels": lambda: charts.comparison_panels(
        _long(), ["Kreis", "Land"], marker_year=2012, marker_label="zkT seit 2012"),
}


def test_every_public_chart_builder_is_checked() -> None:
    public = {name for name, value in vars(charts).items()
              if callable(value) and not name.startswith("_")
              and getattr(value, "__module__", "") == charts.__name__
              and "return" in value.__annotations__
              and "Chart" in str(value.__annotations__["return"])}
    assert public == set(BUILDERS)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_published_spec_is_valid_vega_lite(name: str) -> None:
    spec = chart_output.spec_of(BUILDERS[name]())
    VALIDATOR.validate(spec)


def test_an_invalid_spec_fails() -> None:
    spec = chart_output.spec_of(BUILDERS["horizontal_bars"]())
    spec["mark"] = {"type": "balken"}
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(spec)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_faster_deep_copy_copies_as_altair_does(name: str) -> None:
    chart = BUILDERS[name]()
    ours, theirs = charts._deep_copy(chart, set()), charts.ALTAIR_DEEP_COPY(chart, set())
    assert ours is not chart and ours == theirs
    assert chart_output.spec_of(ours) == chart_output.spec_of(theirs) \
        == chart_output.spec_of(chart)
