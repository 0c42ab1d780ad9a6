"""Maps through time: the per-year frames and the one classification for all years, and
the SVG of every year derived from one rendering (kommunale_jobcenter/zeitkarte.py), checked against
vl-convert's own rendering of each year: same colour on every path, same legend, and
nothing else changed."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from kommunale_jobcenter import chart_output, charts, markup, zeitkarte
from kommunale_jobcenter.pages import geschichte, statistik
from kommunale_jobcenter.pages import statistik_frames as sf
from kommunale_jobcenter.pages.jobcenter import labels

YEARS = [2010, 2011, 2012]


def squares(count: int) -> dict:
    """``count`` Kreise as squares in a row (ags 0000i, name «Kreis i»)."""
    features = []
    for i in range(count):
        x = 7 + i
        ring = [[x, 50], [x, 51], [x + 1, 51], [x + 1, 50], [x, 50]]
        features.append({"type": "Feature", "geometry": {"type": "Polygon",
                                                         "coordinates": [ring]},
                         "properties": {"ags": f"0000{i}", "name": f"Kreis {i}"}})
    return {"type": "FeatureCollection", "features": features}


def keys_names(geo: dict) -> tuple[list[str], list[str]]:
    return ([f["properties"]["ags"] for f in geo["features"]],
            [f["properties"]["name"] for f in geo["features"]])


def render(chart) -> str:
    return chart_output.render_svg(chart_output.spec_of(chart), None)


def paths(svg: str, mark: str) -> list[str]:
    start = re.search(rf'<g class="mark-shape role-mark {mark}"[^>]*>', svg).end()
    return re.findall(r"<path\b[^>]*/>", svg[start:svg.index("</g>", start)])


def attribute(tag: str, name: str) -> str:
    return re.search(rf'\s{name}="([^"]*)"', tag).group(1)


def shown_in(svg: str, year: int, mark: str, name: str) -> list[str]:
    """What each path of ``mark`` shows for ``year``: the value of the CSS rule of its
    token for that year (as the browser applies it under #jYEAR), else its attribute."""
    style = re.search(r"<style>(.*?)</style>", svg).group(1)
    rules = {token: value for y, token, prop, value in re.findall(
        r"#j(\d+):target~g \.([\w-]+)\{([a-z-]+):([^}]+)\}", style)
        if int(y) == year and prop == name}
    out = []
    for tag in paths(svg, mark):
        tokens = (re.search(r'class="([^"]*)"', tag) or re.search("()", "")).group(1).split()
        found = [rules[t] for t in tokens if t in rules]
        assert len(found) <= 1
        out.append(found[0] if found else attribute(tag, name))
    return out


def without_marks(svg: str, marks: list[str]) -> str:
    """The SVG without our additions and without the paths of ``marks``: the Länder, the
    legend, the frame but its outer padding (Vega pads by the visible strokes: a zkT
    outline on the map's edge in one year moves the drawing by up to one pixel)."""
    svg = re.sub(r"<style>.*?</style>|<view [^>]*/>|<g class=\"jahr\".*?</g>", "", svg)
    svg = re.sub(r'<svg [^>]*><rect [^>]*/><g fill="none" stroke-miterlimit="10" '
                 r'transform="translate\(\d+,\d+\)">', "<svg>", svg, count=1)
    for mark in marks:
        start = re.search(rf'<g class="mark-shape role-mark {mark}"[^>]*>', svg).end()
        svg = svg[:start] + svg[svg.index("</g>", start):]
    return svg


def test_runs_are_consecutive_years_with_one_value() -> None:
    pairs = [(2012, "zkT"), (2005, "kein"), (2006, "kein"), (2007, "zkT"), (2009, "zkT")]
    assert zeitkarte.runs(pairs) == [(2005, 2006, "kein"), (2007, 2007, "zkT"),
                                     (2009, 2009, "zkT"), (2012, 2012, "zkT")]
    assert zeitkarte.runs([]) == []


def test_status_map_of_every_year_equals_its_own_rendering() -> None:
    geo = squares(3)
    keys, names = keys_names(geo)
    status = {2010: ["kein zkT", "zkT", "zkT-Teilgebiet"],
              2011: ["zkT", "zkT", "kein zkT"], 2012: ["zkT", "kein zkT", "kein zkT"]}
    rendered = {y: render(charts.status_map(geo, geo, pd.DataFrame(
        {"ags": keys, "status": s}))) for y, s in status.items()}
    fills = {y: [charts.STATUS_COLORS[s] for s in status[y]] for y in YEARS}
    layer = zeitkarte.Layer("layer_0_marks", "fill", fills, keys, names)
    derived = zeitkarte.derive(rendered[2012], YEARS, 2012, [layer])
    for year in YEARS:
        own = [attribute(p, "fill") for p in paths(rendered[year], "layer_0_marks")]
        assert own == fills[year]  # vega draws the features in data order
        assert shown_in(derived, year, "layer_0_marks", "fill") == own, year
        # legend, Länder and frame: as rendered for that year (the legend is fixed)
        assert without_marks(derived, ["layer_0_marks"]) == \
            without_marks(rendered[year], ["layer_0_marks"])
    for year in YEARS:
        assert f'<view id="j{year}"/>' in derived
        assert f'<text class="l{year}"' in derived
    assert ".jahr .l2012{display:inline}" in derived  # no fragment: the rendered year
    assert "aria-label=\"Kreis" not in derived  # its tooltips would be wrong in 2010
    # reproducibility: the derived SVG is the rendering of its spec, plus the other years
    assert zeitkarte.is_time_map(derived) and not zeitkarte.is_time_map(rendered[2012])
    assert zeitkarte.comparable(derived) == zeitkarte.comparable(rendered[2012])
    assert zeitkarte.comparable(derived) != zeitkarte.comparable(rendered[2010])


def test_indicator_map_of_every_year_equals_its_own_rendering() -> None:
    geo = squares(4)
    keys, names = keys_names(geo)
    frames = pd.DataFrame({
        "jahr": np.repeat(YEARS, 4), "ags": keys * 3,
        "wert": [1.0, 2.0, 3.0, 4.0, 2.0, np.nan, 6.0, 8.0, 3.0, 4.0, 9.0, 12.0],
        "ist_zkt": [True, False, False, False, True, False, True, False,
                    False, False, True, False]})
    frames["klasse"], classes = charts.time_classes(frames["wert"])
    assert classes[-1] == charts.MISSING_LABEL  # 2011 lacks a value
    ever = set(frames.loc[frames["ist_zkt"], "ags"])
    outlined = [k for k in keys if k in ever]
    colors = charts.class_colors(classes)
    by_year = {y: f.set_index("ags") for y, f in frames.groupby("jahr")}

    def chart(year: int):
        rows = by_year[year].reset_index().assign(umrandet=lambda d: d["ags"].isin(ever))
        return charts.indicator_time_map(geo, geo, rows, classes, "%")

    rendered = {y: render(chart(y)) for y in YEARS}
    layers = zeitkarte.indicator_layers(by_year, keys, names, outlined, colors)
    derived = zeitkarte.derive(rendered[2012], YEARS, 2012, layers)
    for year in YEARS:
        for mark, name in (("layer_0_marks", "fill"), ("layer_1_marks", "stroke-opacity")):
            own = [attribute(p, name) for p in paths(rendered[year], mark)]
            assert shown_in(derived, year, mark, name) == own, (year, mark)
        assert without_marks(derived, ["layer_0_marks", "layer_1_marks"]) == \
            without_marks(rendered[year], ["layer_0_marks", "layer_1_marks"])
        sizes = chart_output.svg_size(derived), chart_output.svg_size(rendered[year])
        assert abs(sizes[0][0] - sizes[1][0]) <= 1 and sizes[0][1] == sizes[1][1]
    grey = shown_in(derived, 2011, "layer_0_marks", "fill")[1]
    assert grey == charts.MISSING_FILL  # «keine Angabe» in 2011 only


def test_derivation_fails_when_the_svg_is_not_what_it_expects() -> None:
    geo = squares(3)
    # a name is data: markup, quotes and «; » in it are compared as text
    geo["features"][1]["properties"]["name"] = 'A <img src=x onerror=alert(1)>; "B" & C'
    keys, names = keys_names(geo)
    svg = render(charts.status_map(geo, geo, pd.DataFrame(
        {"ags": keys, "status": ["zkT", "kein zkT", "zkT"]})))
    blue, grey = charts.STATUS_COLORS["zkT"], charts.STATUS_COLORS["kein zkT"]
    fills = {2011: [grey] * 3, 2012: [blue, grey, blue]}
    good = zeitkarte.Layer("layer_0_marks", "fill", fills, keys, names)
    assert zeitkarte.derive(svg, [2011, 2012], 2012, [good])
    wrong = [
        zeitkarte.Layer("layer_0_marks", "fill", fills, keys, names[::-1]),  # order
        zeitkarte.Layer("layer_0_marks", "fill", {2011: fills[2011], 2012: [grey] * 3},
                        keys, names),  # colours of the rendered year
        zeitkarte.Layer("layer_0_marks", "fill", {y: v[:2] for y, v in fills.items()},
                        keys[:2], names[:2]),  # number of paths
        zeitkarte.Layer("layer_9_marks", "fill", fills, keys, names),  # no such layer
    ]
    for layer in wrong:
        with pytest.raises(ValueError, match="Zeitkarte"):
            zeitkarte.derive(svg, [2011, 2012], 2012, [layer])
    with pytest.raises(ValueError, match="Zeitkarte"):
        zeitkarte.derive(svg, [2011, 2012], 2013, [good])


def test_one_classification_serves_every_year() -> None:
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, 1.0, 2.0, 30.0, 40.0, 50.0])
    found, classes = charts.time_classes(values)
    assert len(classes) == 5 and charts.MISSING_LABEL not in classes
    assert found.iloc[0] == found.iloc[5]  # the same value, the same class in both years
    assert found.iloc[9] == classes[-1] and found.iloc[0] == classes[0]
    with_gap, gap_classes = charts.time_classes(pd.concat([values, pd.Series([np.nan])],
                                                          ignore_index=True))
    assert gap_classes[-1] == charts.MISSING_LABEL and with_gap.iloc[-1] == charts.MISSING_LABEL
    assert charts.class_colors(gap_classes)[charts.MISSING_LABEL] == charts.MISSING_FILL
    assert list(charts.class_colors(classes).values()) == charts.CLASS_COLORS


def _kreise() -> pd.DataFrame:
    return pd.DataFrame({"ags": ["01001", "01002", "02000"],
                         "kreis_name": ["Flensburg", "Kiel", "Hamburg"],
                         "land": ["Schleswig-Holstein", "Schleswig-Holstein", "Hamburg"],
                         "land_code": ["01", "01", "02"],
                         "kreis_art": ["Kreisfreie Stadt", "Landkreis", "Stadtkreis"]})


def _status() -> pd.DataFrame:
    rows = [(a, y, "zkT" if (a == "01002" and y >= 2011) else "kein zkT")
            for a in ["01001", "01002", "02000"] for y in YEARS]
    return pd.DataFrame(rows, columns=["ags", "jahr", "status"])


def test_kreis_years_is_the_kreis_table_of_each_year() -> None:
    values = pd.DataFrame({"region_id": ["01001", "01002", "01001", "02000", "01", "01002"],
                           "jahr": [2010, 2010, 2011, 2011, 2011, 2012],
                           "wert": [1.5, 2.5, 1.0, 7.0, 3.0, 4.0]})
    assert sf.map_years(values) == YEARS
    frames = sf.kreis_years(values, _kreise(), _status(), YEARS)
    stacked = pd.concat([sf.kreis_table(values, _kreise(), _status(), y).assign(jahr=y)
                         for y in YEARS], ignore_index=True)
    pd.testing.assert_frame_equal(frames, stacked)
    assert frames["wert"].isna().sum() == 9 - 5  # gaps stay gaps


def test_indicator_map_table_has_a_column_per_year_and_the_zkt_years() -> None:
    values = pd.DataFrame({"region_id": ["01001", "01002", "01002", "01002"],
                           "jahr": [2010, 2010, 2011, 2012], "wert": [1.5, 2.5, 3.5, 4.5]})
    frames = sf.kreis_years(values, _kreise(), _status(), YEARS)
    table = statistik.map_table(frames, YEARS)
    assert list(table.columns) == ["ags", "kreis_name", "2010", "2011", "2012", "zkt"]
    kiel = table.set_index("kreis_name").loc["Kiel"]
    assert kiel["2011"] == 3.5 and kiel["zkt"] == "2011–2012"
    assert table.set_index("kreis_name").loc["Flensburg", "zkt"] == statistik.t("nein")
    assert np.isnan(table.set_index("kreis_name").loc["Hamburg", "2010"])
    assert list(table["kreis_name"]) == ["Hamburg", "Flensburg", "Kiel"]  # by Land, name


def test_status_of_every_year_and_its_course_per_kreis() -> None:
    wide = geschichte.status_wide(_status(), _kreise(), YEARS)
    assert list(wide.columns) == ["ags", "kreis_name", "land", "2010", "2011", "2012"]
    course = dict(zip(wide["kreis_name"],
                      geschichte.status_course(wide, YEARS, labels("geschichte")),
                      strict=True))
    assert course["Kiel"] == "2010: kein zkT; 2011–2012: zkT"
    assert course["Hamburg"] == "2010–2012: kein zkT"
    assert markup.text(course["Kiel"])  # plain text, escaped like any data text
