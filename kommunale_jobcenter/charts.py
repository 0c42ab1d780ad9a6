"""DataFrame → altair chart: one function per chart kind, reused across pages.

Functions are pure: they get DataFrames (and GeoJSON dicts) and return a chart; they
know nothing about files. German labels; numbers are formatted by the de-DE locale
when rendered (``kommunale_jobcenter.chart_output``).
"""

from __future__ import annotations

import json
from typing import Any

import altair as alt
import pandas as pd

from kommunale_jobcenter.chart_output import FONT_STACK

# Altair validates every schema object against the Vega-Lite schema as it is created
# ("debug mode"): a fifth of the time spent building a chart. The charts a build draws
# are validated in the unit tests instead (tests/test_chart_schema.py); the specs are the
# same either way.
alt.utils.schemapi.disable_debug_mode()
ALTAIR_DEEP_COPY = alt.utils.schemapi._deep_copy  # altair's own, kept for the tests
_COPIED = (alt.utils.schemapi.SchemaBase, list, dict)


def _deep_copy(obj: Any, by_ref: set[str]) -> Any:
    """altair's ``_deep_copy`` with the same result, faster: altair copies every layer
    of a chart twice when layering it, each time calling itself on each of the hundreds
    of unset (``Undefined``) properties of each schema object and entering a
    ``debug_mode(False)`` block per object (debug mode is off anyway, see above). Here only
    schema objects, lists and dicts are copied; everything else is kept, as altair does.
    That made building a chart about a third faster."""
    if isinstance(obj, alt.utils.schemapi.SchemaBase):
        if copier := getattr(obj, "__deepcopy__", None):
            return copier(obj)
        args = [_deep_copy(a, by_ref) if isinstance(a, _COPIED) else a for a in obj._args]
        kwds = {k: _deep_copy(v, by_ref) if isinstance(v, _COPIED) and k not in by_ref else v
                for k, v in obj._kwds.items()}
        return obj.__class__(*args, **kwds)
    if isinstance(obj, list):
        return [_deep_copy(v, by_ref) if isinstance(v, _COPIED) else v for v in obj]
    if isinstance(obj, dict):
        return {k: _deep_copy(v, by_ref) if isinstance(v, _COPIED) and k not in by_ref else v
                for k, v in obj.items()}
    return obj


# Written against altair 6.3.0 (requirements.txt); another version keeps its own copy.
if alt.__version__ == "6.3.0":
    alt.utils.schemapi._deep_copy = _deep_copy

STATUS_COLORS = {"zkT": "#1a5e9a", "zkT-Teilgebiet": "#7fb2de", "kein zkT": "#e6e6e6"}
OUTLINE = "#ffffff"
LAND_OUTLINE = "#555555"
MAP_WIDTH = 460
MAP_HEIGHT = 600
# Facet headers "Name (Einheit)" on two lines: name, then the unit in brackets.
TWO_LINE_LABEL = ("lastindexof(datum.label, ' (') > 0 ? ["
                  "substring(datum.label, 0, lastindexof(datum.label, ' (')), "
                  "substring(datum.label, lastindexof(datum.label, ' (') + 1)] : datum.label")


@alt.theme.register("kommunale-jobcenter", enable=True)
def _theme() -> alt.theme.ThemeConfig:
    """Altair's default view size, and labels never cut off with «…»: a cut label hides
    information, and measuring text to cut it was half the rendering time of a chart."""
    no_limit = {"labelLimit": 0}
    return alt.theme.ThemeConfig({"config": {
        "font": FONT_STACK,
        "view": {"continuousWidth": 300, "continuousHeight": 300},
        "axis": no_limit, "legend": no_limit, "header": no_limit}})


def _features(geojson: dict[str, Any], props: pd.DataFrame | None, key: str) -> list[dict]:
    """GeoJSON features with the DataFrame's columns merged into their properties."""
    lookup = {} if props is None else props.set_index(key).to_dict("index")
    features = []
    for feature in geojson["features"]:
        extra = lookup.get(feature["properties"][key], {})
        clean = {k: (None if pd.isna(v) else v) for k, v in extra.items()}
        features.append({"type": "Feature", "geometry": feature["geometry"],
                         "properties": {**feature["properties"], **clean}})
    return features


def geo_data(features: list[dict[str, Any]]) -> alt.Data:
    """Inline GeoJSON features as one JSON string: altair passes it through untouched
    (walking thousands of coordinates made every map cost a tenth of a second)."""
    return alt.Data(values=json.dumps(features, separators=(",", ":"), ensure_ascii=False),
                    format=alt.DataFormat(type="json"))


def _laender_layer(laender: dict[str, Any]) -> alt.Chart:
    """Länder borders on top. Outlines use fill "none", not filled=False: Vega-Lite's
    "transparent" fill would catch the pointer and hide the Kreis tooltips underneath."""
    return alt.Chart(geo_data(laender["features"])).mark_geoshape(
        fill="none", stroke=LAND_OUTLINE, strokeWidth=0.8
    ).project("mercator")


def _zkt_outline(base: alt.Chart, label: str, legend_orient: str,
                 width: float, drawn: str = "ist_zkt") -> alt.Chart:
    """Orange outline of the Kreise with a zkT (``properties.ist_zkt``), with a legend
    entry ``label``; fill "none" so the tooltips underneath stay reachable. With another
    ``drawn`` property (a map through time: zkT in any of its years) every Kreis that has
    it gets an outline path, visible only where ``ist_zkt`` holds."""
    stroke = alt.Stroke("rand:N", title=None,
                        scale=alt.Scale(domain=[label], range=["#d95f02"]),
                        legend=alt.Legend(orient=legend_orient, symbolType="square",
                                          symbolFillColor="white"))
    layer = (base.transform_filter(f"datum.properties.{drawn}")
             .transform_calculate(rand=repr(label))
             .mark_geoshape(fill="none", strokeWidth=width))
    if drawn == "ist_zkt":
        return layer.encode(stroke=stroke)
    return layer.encode(stroke=stroke, strokeOpacity=alt.condition(
        "datum.properties.ist_zkt", alt.value(1), alt.value(0)))


def status_map(kreise: dict[str, Any], laender: dict[str, Any], status: pd.DataFrame,
               width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> alt.LayerChart:
    """Choropleth of the zkT status of every Kreis; ``status`` has ags, name, status."""
    features = _features(kreise, status[["ags", "status"]], "ags")
    kreis_layer = alt.Chart(geo_data(features)).mark_geoshape(
        stroke=OUTLINE, strokeWidth=0.3
    ).encode(
        color=alt.Color("properties.status:N", title="Status",
                        scale=alt.Scale(domain=list(STATUS_COLORS),
                                        range=list(STATUS_COLORS.values())),
                        legend=alt.Legend(orient="bottom-left")),
        tooltip=[alt.Tooltip("properties.name:N", title="Kreis"),
                 alt.Tooltip("properties.status:N", title="Status")],
    ).project("mercator")
    return alt.layer(kreis_layer, _laender_layer(laender)).properties(
        width=width, height=height)


def locator_map(kreise: dict[str, Any], laender: dict[str, Any], ags: str,
                width: int = 240, height: int = 320) -> alt.LayerChart:
    """Germany's Länder with one Kreis highlighted (small, for profile pages)."""
    kreis = [f for f in kreise["features"] if f["properties"]["ags"] == ags]
    land_layer = alt.Chart(geo_data(laender["features"])).mark_geoshape(
        fill="#f2f2f2", stroke="#888888", strokeWidth=0.6).project("mercator")
    kreis_layer = alt.Chart(geo_data(kreis)).mark_geoshape(
        fill="#1a5e9a", stroke="#1a5e9a", strokeWidth=1.2
    ).encode(tooltip=[alt.Tooltip("properties.name:N", title="Kreis")]).project("mercator")
    return alt.layer(land_layer, kreis_layer).properties(width=width, height=height)


def stacked_bars_by_year(frame: pd.DataFrame, value: str, group: str, value_title: str,
                         group_title: str, width: int = 640, height: int = 320) -> alt.Chart:
    """Stacked bars: ``jahr`` on x, ``value`` stacked by ``group``."""
    return alt.Chart(frame).mark_bar().encode(
        x=alt.X("jahr:O", title="Jahr"),
        y=alt.Y(f"{value}:Q", title=value_title, axis=alt.Axis(format=",d")),
        color=alt.Color(f"{group}:N", title=group_title,
                        scale=alt.Scale(scheme="tableau20"),
                        legend=alt.Legend(columns=2, symbolLimit=0)),
        order=alt.Order(f"{group}:N"),
        tooltip=[alt.Tooltip("jahr:O", title="Jahr"),
                 alt.Tooltip(f"{group}:N", title=group_title),
                 alt.Tooltip(f"{value}:Q", title=value_title, format=",d")],
    ).properties(width=width, height=height)


def lines_by_year(frame: pd.DataFrame, value: str, series: str, value_title: str,
                  series_title: str, value_format: str = ",.1f", marker_year: int | None = None,
                  width: int = 560, height: int = 260) -> alt.LayerChart:
    """Lines over ``jahr`` per ``series``; missing years stay gaps; optional rule at a year."""
    lines = alt.Chart(frame).mark_line(point=True).encode(
        x=alt.X("jahr:O", title="Jahr"),
        y=alt.Y(f"{value}:Q", title=value_title, axis=alt.Axis(format=value_format)),
        color=alt.Color(f"{series}:N", title=series_title, legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip(f"{series}:N", title=series_title),
                 alt.Tooltip("jahr:O", title="Jahr"),
                 alt.Tooltip(f"{value}:Q", title=value_title, format=value_format)],
    )
    layers: list[alt.Chart] = [lines]
    if marker_year is not None:
        rule = pd.DataFrame({"jahr": [marker_year], "label": [f"zkT seit {marker_year}"]})
        layers.append(alt.Chart(rule).mark_rule(strokeDash=[4, 3], color="#d95f02").encode(
            x="jahr:O"))
        layers.append(alt.Chart(rule).mark_text(align="left", dx=4, dy=-4, color="#a04000")
                      .encode(x="jahr:O", y=alt.value(8), text="label:N"))
    return alt.layer(*layers).properties(width=width, height=height)


def horizontal_bars(frame: pd.DataFrame, value: str, label: str, value_title: str,
                    value_format: str = ",.0f", width: int = 520) -> alt.Chart:
    """Horizontal bars, sorted by value (e.g. a budget split)."""
    return alt.Chart(frame).mark_bar(color="#1a5e9a").encode(
        y=alt.Y(f"{label}:N", sort="-x", title=None),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=value_format)),
        tooltip=[alt.Tooltip(f"{label}:N", title="Posten"),
                 alt.Tooltip(f"{value}:Q", title=value_title, format=value_format)],
    ).properties(width=width, height=max(60, 24 * len(frame)))


# -- SGB II statistics (statistik pages) ------------------------------------------------

GROUP_COLORS = {"Kreise mit zkT": "#1a5e9a", "Kreise ohne zkT": "#d95f02"}
MISSING_FILL = "#bdbdbd"


CLASS_COLORS = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]


def quantile_classes(values: pd.Series, value_format: str = ",.1f",
                     classes: int = 5) -> tuple[pd.Series, list[str]]:
    """Each value's quantile class as a German label («3,3 bis 5,1»), and the labels in
    order; a missing value gets no class."""
    from itertools import pairwise

    from kommunale_jobcenter.markup import format_number

    digits = int(value_format.rstrip("f").split(".")[-1]) if "." in value_format else 0
    known = values.dropna()
    edges = sorted(set(known.quantile([i / classes for i in range(classes + 1)])))
    if len(edges) < 2:
        edges = [float(known.min()), float(known.max()) + 1]
    labels = [f"{format_number(lo, digits)} bis {format_number(hi, digits)}"
              for lo, hi in pairwise(edges)]
    cut = pd.cut(values, bins=edges, labels=labels, include_lowest=True)
    return cut.astype(object).where(cut.notna(), None), labels


def _indicator_base(kreise: dict[str, Any], values: pd.DataFrame, value_title: str,
                    value_format: str, extra: list[str]) -> tuple[alt.Chart, list]:
    """The Kreis features with ``wert``, ``ist_zkt`` and ``extra`` properties, projected,
    and the tooltip: «keine Angabe» instead of a missing value formatted as 0; the Träger
    text from an optional column ``traeger``, else from ``ist_zkt``."""
    own_text = "traeger" in values.columns
    props = values[["ags", "wert", "ist_zkt", *(["traeger"] if own_text else []), *extra]]
    text = (f"isValid(datum.properties.wert) ? format(datum.properties.wert, "
            f"'{value_format}') : 'keine Angabe'")
    base = alt.Chart(geo_data(_features(kreise, props, "ags"))).transform_calculate(
        kreis="datum.properties.name", wert_text=text,
        traeger="datum.properties.traeger" if own_text
        else "datum.properties.ist_zkt ? 'zkT' : 'kein zkT'",
    ).project("mercator")
    tooltip = [alt.Tooltip("kreis:N", title="Kreis"),
               alt.Tooltip("wert_text:N", title=value_title),
               alt.Tooltip("traeger:N", title="Träger")]
    return base, tooltip


def indicator_map(kreise: dict[str, Any], laender: dict[str, Any], values: pd.DataFrame,
                  value_title: str, value_format: str = ",.1f",
                  width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> alt.LayerChart:
    """Choropleth of one indicator per Kreis (``ags``, ``wert``, ``ist_zkt``) in five
    quantile classes; zkT outlined; Kreise without a value grey with their own legend
    entry «keine Angabe». Classes with German labels instead of a colour gradient:
    vl-convert numbers gradient ids per process, so a gradient legend would make the SVG
    depend on what else was rendered before. An optional column ``traeger`` gives the
    tooltip's Träger text per Kreis (e.g. «zkT und gE»)."""
    classes, labels = quantile_classes(values["wert"], value_format)
    base, tooltip = _indicator_base(kreise, values.assign(klasse=classes), value_title,
                                    value_format, ["klasse"])
    layers: list[alt.Chart] = [
        base.transform_filter("isValid(datum.properties.wert)").mark_geoshape(
            stroke=OUTLINE, strokeWidth=0.3
        ).encode(color=alt.Color("properties.klasse:N", title=value_title,
                                 scale=alt.Scale(domain=labels,
                                                 range=CLASS_COLORS[-len(labels):]),
                                 legend=alt.Legend(orient="bottom", columns=3,
                                                   symbolType="square")),
                 tooltip=tooltip)]
    if values["wert"].isna().any():
        layers.append(base.transform_filter("!isValid(datum.properties.wert)")
                      .transform_calculate(luecke="'keine Angabe'")
                      .mark_geoshape(stroke=OUTLINE, strokeWidth=0.3)
                      .encode(color=alt.Color("luecke:N", title=None,
                                              scale=alt.Scale(domain=["keine Angabe"],
                                                              range=[MISSING_FILL]),
                                              legend=alt.Legend(orient="bottom",
                                                                symbolType="square")),
                              tooltip=tooltip))
    layers.append(_zkt_outline(base, "Kreis mit zkT", "bottom", 1.2))
    layers.append(_laender_layer(laender))
    return alt.layer(*layers).resolve_scale(color="independent").properties(
        width=width, height=height)


MISSING_LABEL = "keine Angabe"


def class_colors(labels: list[str]) -> dict[str, str]:
    """Fill of each class label of a map (``quantile_classes``; «keine Angabe» grey)."""
    classes = [label for label in labels if label != MISSING_LABEL]
    colors = dict(zip(classes, CLASS_COLORS[-len(classes):], strict=True))
    return {label: colors.get(label, MISSING_FILL) for label in labels}


def time_classes(values: pd.Series, value_format: str = ",.1f",
                 classes: int = 5) -> tuple[pd.Series, list[str]]:
    """Quantile classes for a map through time: ``values`` holds every Kreis in every
    year, so one classification serves all years and their colours compare. A missing
    value gets the class «keine Angabe», listed last if there is one."""
    found, labels = quantile_classes(values, value_format, classes)
    if found.isna().any():
        labels = [*labels, MISSING_LABEL]
    return found.where(found.notna(), MISSING_LABEL), labels


def indicator_time_map(kreise: dict[str, Any], laender: dict[str, Any],
                       values: pd.DataFrame, labels: list[str], value_title: str,
                       value_format: str = ",.1f", width: int = MAP_WIDTH,
                       height: int = MAP_HEIGHT) -> alt.LayerChart:
    """One year of an indicator map through time (``kommunale_jobcenter.zeitkarte`` derives the
    other years from its SVG). Unlike ``indicator_map`` the classes are given: ``klasse`` per
    Kreis, one of ``labels`` (fixed over all years, «keine Angabe» last if any year lacks
    a value). Every Kreis is one path of the first layer, in GeoJSON order, whatever its
    value; every Kreis with ``umrandet`` (zkT in any year) one path of the outline layer,
    visible where ``ist_zkt``. So the years differ in colours only."""
    base, tooltip = _indicator_base(kreise, values, value_title, value_format,
                                    ["klasse", "umrandet"])
    colors = class_colors(labels)
    fill = base.mark_geoshape(stroke=OUTLINE, strokeWidth=0.3).encode(
        color=alt.Color("properties.klasse:N", title=value_title,
                        scale=alt.Scale(domain=labels, range=list(colors.values())),
                        legend=alt.Legend(orient="bottom", columns=3, symbolType="square")),
        tooltip=tooltip)
    return alt.layer(
        fill, _zkt_outline(base, "Kreis mit zkT", "bottom", 1.2, drawn="umrandet"),
        _laender_layer(laender),
    ).resolve_scale(color="independent").properties(width=width, height=height)


def band_by_year(frame: pd.DataFrame, value_title: str, group_title: str = "Gruppe",
                 value_format: str = ",.1f", colors: dict[str, str] | None = None,
                 marker_year: int | None = None, marker_label: str = "",
                 width: int = 560, height: int = 260, zero: bool = True) -> alt.LayerChart:
    """Median line and interquartile band per ``gruppe`` over ``jahr`` (columns jahr,
    gruppe, q25, median, q75); missing years stay gaps; optional labelled rule.
    ``zero=False`` lets the value axis start near the data instead of at 0."""
    colors = colors or GROUP_COLORS
    color = alt.Color("gruppe:N", title=group_title, legend=alt.Legend(orient="bottom"),
                      scale=alt.Scale(domain=list(colors), range=list(colors.values())))
    x = alt.X("jahr:O", title="Jahr")
    y_extra = {} if zero else {"scale": alt.Scale(zero=False)}
    band = alt.Chart(frame).mark_area(opacity=0.2).encode(
        x=x, y=alt.Y("q25:Q", title=value_title, axis=alt.Axis(format=value_format),
                     **y_extra),
        y2="q75:Q", color=color)
    line = alt.Chart(frame).mark_line(point=True).encode(
        x=x, y="median:Q", color=color,
        tooltip=[alt.Tooltip("gruppe:N", title=group_title),
                 alt.Tooltip("jahr:O", title="Jahr"),
                 alt.Tooltip("median:Q", title="Median", format=value_format),
                 alt.Tooltip("q25:Q", title="unteres Quartil", format=value_format),
                 alt.Tooltip("q75:Q", title="oberes Quartil", format=value_format)])
    layers: list[alt.Chart] = [band, line]
    if marker_year is not None:
        rule = pd.DataFrame({"jahr": [marker_year], "label": [marker_label]})
        layers.append(alt.Chart(rule).mark_rule(strokeDash=[4, 3], color="#555555")
                      .encode(x="jahr:O"))
        layers.append(alt.Chart(rule).mark_text(align="left", dx=4, dy=-4, color="#333333")
                      .encode(x="jahr:O", y=alt.value(8), text="label:N"))
    return alt.layer(*layers).properties(width=width, height=height)


def ranges_by_year(frame: pd.DataFrame, years: list[int], value_title: str,
                   group_title: str = "Gruppe", value_format: str = ",.2f",
                   colors: dict[str, str] | None = None, width: int = 560,
                   height: int = 260) -> alt.LayerChart:
    """Median (dot) and interquartile range (bar) per ``gruppe`` and ``jahr`` (columns
    jahr, gruppe, q25, median, q75), side by side within a year. For years that stand
    apart (no neighbours to draw a band between): every year of ``years`` stays on the
    axis, a year without values shows nothing."""
    colors = colors or GROUP_COLORS
    color = alt.Color(field="gruppe", type="nominal", title=group_title,
                      scale=alt.Scale(domain=list(colors), range=list(colors.values())),
                      legend=alt.Legend(orient="bottom"))
    x = alt.X(field="jahr", type="ordinal", title="Jahr", scale=alt.Scale(domain=years))
    offset = alt.XOffset(field="gruppe", type="nominal", scale=alt.Scale(domain=list(colors)))
    tooltip = [alt.Tooltip(field="gruppe", type="nominal", title=group_title),
               alt.Tooltip(field="jahr", type="ordinal", title="Jahr"),
               alt.Tooltip(field="median", type="quantitative", title="Median",
                           format=value_format),
               alt.Tooltip(field="q25", type="quantitative", title="unteres Quartil",
                           format=value_format),
               alt.Tooltip(field="q75", type="quantitative", title="oberes Quartil",
                           format=value_format)]
    base = alt.Chart(frame)
    bars = base.mark_rule(strokeWidth=4, opacity=0.5).encode(
        x=x, xOffset=offset, color=color, tooltip=tooltip,
        y=alt.Y(field="q25", type="quantitative", title=value_title,
                axis=alt.Axis(format=value_format), scale=alt.Scale(zero=False)),
        y2=alt.Y2(field="q75"))
    dots = base.mark_point(filled=True, size=50, opacity=1).encode(
        x=x, xOffset=offset, color=color, tooltip=tooltip,
        y=alt.Y(field="median", type="quantitative"))
    return alt.layer(bars, dots).properties(width=width, height=height)


def dots_by_group(frame: pd.DataFrame, value: str, category: str, group: str,
                  value_title: str, group_title: str, category_title: str,
                  value_format: str = ",.1f", colors: dict[str, str] | None = None,
                  sort: list[str] | None = None, width: int = 520) -> alt.Chart:
    """A dot plot: one row per ``category``, one dot per ``group`` on a value axis
    (e.g. zkT and other Kreise within each Land). Missing values draw no dot."""
    colors = colors or GROUP_COLORS
    categories = sort or list(dict.fromkeys(frame[category]))
    return alt.Chart(frame).mark_point(filled=True, size=70, opacity=0.9).encode(
        y=alt.Y(f"{category}:N", sort=categories, title=None),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=value_format)),
        color=alt.Color(f"{group}:N", title=group_title, legend=alt.Legend(orient="bottom"),
                        scale=alt.Scale(domain=list(colors), range=list(colors.values()))),
        shape=alt.Shape(f"{group}:N", title=group_title,
                        scale=alt.Scale(domain=list(colors))),
        tooltip=[alt.Tooltip(f"{category}:N", title=category_title),
                 alt.Tooltip(f"{group}:N", title=group_title),
                 alt.Tooltip(f"{value}:Q", title=value_title, format=value_format)],
    ).properties(width=width, height=max(80, 22 * len(categories)))


# -- programmes and documents (programme pages) -----------------------------------------

CERTAINTY_COLORS = {"gesichert": "#1a5e9a", "wahrscheinlich": "#6baed6",
                    "unsicher": "#c6dbef", "keine Angabe": "#eeeeee"}
VALUE_KIND_COLORS = {"genau": "#1a5e9a", "rund": "#6baed6", "mindestens": "#31a354",
                     "höchstens": "#a1d99b", "Ziel": "#d95f02", "Plan": "#fdae6b"}


def participation_map(kreise: dict[str, Any], laender: dict[str, Any], values: pd.DataFrame,
                      width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> alt.LayerChart:
    """Kreise with a known participation coloured by certainty (``ags``, ``sicherheit``,
    ``ist_zkt``); Kreise without a known participation neutral («keine Angabe»), Kreise
    with a zkT today outlined."""
    features = _features(kreise, values[["ags", "sicherheit", "ist_zkt"]], "ags")
    base = alt.Chart(geo_data(features)).transform_calculate(
        kreis="datum.properties.name", sicherheit="datum.properties.sicherheit",
        traeger="datum.properties.ist_zkt ? 'zkT' : 'kein zkT'",
    ).project("mercator")
    tooltip = [alt.Tooltip("kreis:N", title="Kreis"),
               alt.Tooltip("sicherheit:N", title="Teilnahme bekannt"),
               alt.Tooltip("traeger:N", title="Träger heute")]
    filled = base.mark_geoshape(stroke=OUTLINE, strokeWidth=0.3).encode(
        color=alt.Color("sicherheit:N", title="Teilnahme (Sicherheit)",
                        scale=alt.Scale(domain=list(CERTAINTY_COLORS),
                                        range=list(CERTAINTY_COLORS.values())),
                        legend=alt.Legend(orient="bottom-left")),
        tooltip=tooltip)
    outline = _zkt_outline(base, "Kreis mit zkT heute", "bottom-right", 1.1)
    return alt.layer(filled, outline, _laender_layer(laender)).properties(
        width=width, height=height)


def period_bars(frame: pd.DataFrame, label: str = "kennzahl", start: str = "beginn",
                end: str = "ende", text: str = "wert_anzeige", kind: str = "wert_art",
                width: int = 420) -> alt.LayerChart:
    """One bar per figure spanning its period (Gantt-like), its value written beside the
    bar and coloured by the kind of value (genau, rund, Ziel …)."""
    order = list(dict.fromkeys(frame[label]))
    kinds = [k for k in VALUE_KIND_COLORS if k in set(frame[kind])]
    y = alt.Y(f"{label}:N", sort=order, title=None)
    tooltip = [alt.Tooltip(f"{label}:N", title="Kennzahl"),
               alt.Tooltip(f"{text}:N", title="Wert"),
               alt.Tooltip("zeitraum:N", title="Zeitraum"),
               alt.Tooltip(f"{kind}:N", title="Art des Werts")]
    bars = alt.Chart(frame).mark_bar(height=12).encode(
        y=y, x=alt.X(f"{start}:T", title="Zeitraum", axis=alt.Axis(format="%Y")),
        x2=f"{end}:T",
        color=alt.Color(f"{kind}:N", title="Art des Werts",
                        scale=alt.Scale(domain=kinds,
                                        range=[VALUE_KIND_COLORS[k] for k in kinds]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=tooltip)
    labels = alt.Chart(frame).mark_text(align="left", dx=4, fontSize=10).encode(
        y=y, x=f"{end}:T", text=f"{text}:N")
    return alt.layer(bars, labels).properties(width=width, height=max(60, 24 * len(order)))


COMPARISON_COLORS = ["#1a5e9a", "#7fb2de", "#555555", "#d95f02"]


def comparison_lines(frame: pd.DataFrame, series_order: list[str], value_title: str,
                     value_format: str = ",.1f", marker_year: int | None = None,
                     marker_label: str = "", width: int = 470,
                     height: int = 210, zero: bool = True) -> alt.LayerChart:
    """Lines over ``jahr`` for a few series in ``reihe`` (columns jahr, reihe, wert) with
    fixed colours by position in ``series_order`` (the first, e.g. the Kreis, dark blue).
    A null ``wert`` breaks its line: missing years stay gaps. Channels are built as
    objects, not shorthand strings, which is several times faster in altair – this kind
    is drawn four times on each of 121 profile pages. ``zero=False`` lets the value axis
    start near the data (shares that differ in the first decimal) instead of at 0."""
    x = alt.X(field="jahr", type="ordinal", title="Jahr")
    color = alt.Color(field="reihe", type="nominal", title=None,
                      scale=alt.Scale(domain=series_order,
                                      range=COMPARISON_COLORS[:len(series_order)]),
                      legend=alt.Legend(orient="bottom", columns=2))
    lines = alt.Chart(frame).mark_line(point=True).encode(
        x=x, color=color,
        y=alt.Y(field="wert", type="quantitative", title=value_title,
                axis=alt.Axis(format=value_format),
                **({} if zero else {"scale": alt.Scale(zero=False)})),
        tooltip=[alt.Tooltip(field="reihe", type="nominal", title="Reihe"),
                 alt.Tooltip(field="jahr", type="ordinal", title="Jahr"),
                 alt.Tooltip(field="wert", type="quantitative", title=value_title,
                             format=value_format)])
    layers: list[alt.Chart] = [lines]
    if marker_year is not None:
        rule = pd.DataFrame({"jahr": [marker_year], "label": [marker_label]})
        at = alt.X(field="jahr", type="ordinal")
        layers.append(alt.Chart(rule).mark_rule(strokeDash=[4, 3], color="#d95f02")
                      .encode(x=at))
        layers.append(alt.Chart(rule).mark_text(align="left", dx=4, dy=-4, color="#a04000")
                      .encode(x=at, y=alt.YValue(8),
                              text=alt.Text(field="label", type="nominal")))
    return alt.layer(*layers).properties(width=width, height=height)


def comparison_panels(frame: pd.DataFrame, series_order: list[str],
                      marker_year: int | None = None, marker_label: str = "",
                      columns: int = 2, width: int = 235,
                      height: int = 130) -> alt.FacetChart:
    """Small multiples: one panel per ``panel`` (e.g. indicator with unit), lines over
    ``jahr`` for the series in ``reihe``, each panel with its own axes. A null ``wert``
    breaks its line (gaps stay gaps). The marker rule is drawn in a panel only where
    that year has data. One chart instead of one per indicator keeps profile pages
    light and the build fast."""
    x = alt.X(field="jahr", type="ordinal", title=None,
              axis=alt.Axis(labelAngle=-45, labelOverlap=True))
    color = alt.Color(field="reihe", type="nominal", title=None,
                      scale=alt.Scale(domain=series_order,
                                      range=COMPARISON_COLORS[:len(series_order)]),
                      legend=alt.Legend(orient="bottom", columns=2))
    lines = alt.Chart().mark_line(strokeWidth=1.6).encode(
        x=x, color=color,
        y=alt.Y(field="wert", type="quantitative", title=None,
                axis=alt.Axis(format=",.1~f", tickCount=4)),
        tooltip=[alt.Tooltip(field="panel", type="nominal", title="Kennzahl"),
                 alt.Tooltip(field="reihe", type="nominal", title="Reihe"),
                 alt.Tooltip(field="jahr", type="ordinal", title="Jahr"),
                 alt.Tooltip(field="wert", type="quantitative", title="Wert",
                             format=",.1~f")])
    layers: list[alt.Chart] = [lines]
    if marker_year is not None:
        at_marker = f"datum.jahr == {int(marker_year)} && datum.reihe == {series_order[0]!r}"
        rule = alt.Chart().transform_filter(at_marker)
        layers.append(rule.mark_rule(strokeDash=[4, 3], color="#d95f02").encode(x=x))
        layers.append(rule.transform_calculate(label=repr(marker_label))
                      .mark_text(align="left", dx=3, y=6, color="#a04000", fontSize=9)
                      .encode(x=x, text=alt.Text(field="label", type="nominal")))
    return alt.layer(*layers, data=frame).properties(width=width, height=height).facet(
        facet=alt.Facet(field="panel", type="nominal", title=None, sort=None,
                        header=alt.Header(labelFontWeight="bold", labelExpr=TWO_LINE_LABEL)),
        columns=columns,
    ).resolve_scale(x="independent", y="independent")
