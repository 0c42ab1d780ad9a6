"""The phone variant of a wide chart, derived from its Vega-Lite spec by rule.

A chart wider than the phone column can show at ``MIN_SCALE`` gets a second, narrow
spec: small multiples in one column, side-by-side views stacked, legends below the plot,
long category labels on up to three lines (one row per category, tall enough for them),
and the plot narrowed until the whole chart fits the column. Pure functions on spec
dicts; ``kommunale_jobcenter.chart_output`` renders and measures them.
"""

from __future__ import annotations

import copy
import json
import math
import textwrap
from typing import Any

# The content column of the theme at a 390 px wide phone (16 px padding each side).
PHONE_COLUMN = 358
# A static chart must be drawn at least at this share of its natural width.
MIN_SCALE = 0.75
# Charts up to this natural width stay as they are on a phone.
NARROW_ABOVE = math.floor(PHONE_COLUMN / MIN_SCALE)
NARROW_MIN_PLOT = 150  # never squeeze a plot below this width
WRAP_CHARS = 22  # characters per line of a wrapped category label
LINE_STEP = 13  # px per label line in a row of a wrapped discrete axis
THEME_GUTTER = 32  # the theme's padding left and right of the column below 960 px
SIDEBAR_FROM = 960  # from this viewport width on the theme shows its navigation

_LEGEND_CHANNELS = ("color", "fill", "stroke", "shape", "size", "opacity", "strokeDash")


def media_query(wide_width: int) -> str:
    """Viewports where the wide SVG would be drawn below MIN_SCALE of its width."""
    limit = min(math.ceil(wide_width * MIN_SCALE) + THEME_GUTTER, SIDEBAR_FROM) - 1
    return f"(max-width: {limit}px)"


def _views(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every dict in the spec that is a view (has a mark, layer, facet or concat)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if any(k in node for k in ("mark", "layer", "spec", "hconcat", "vconcat",
                                       "concat")):
                found.append(node)
            for key in ("layer", "hconcat", "vconcat", "concat"):
                for child in node.get(key, []):
                    walk(child)
            if isinstance(node.get("spec"), dict):
                walk(node["spec"])

    walk(spec)
    return found


def _encodings(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [v["encoding"] for v in _views(spec) if isinstance(v.get("encoding"), dict)]


def _legends_below(spec: dict[str, Any]) -> None:
    """Legends go below the plot, one entry per line unless they set their columns."""
    for encoding in _encodings(spec):
        for channel in _LEGEND_CHANNELS:
            definition = encoding.get(channel)
            if not isinstance(definition, dict) or definition.get("legend", {}) is None:
                continue
            legend = definition.setdefault("legend", {})
            if legend.get("orient", "right") in ("right", "left", "top-right", "top-left"):
                legend["orient"] = "bottom"
                legend.pop("columns", None)
            if "columns" not in legend:
                legend["direction"] = "vertical"


def wrap_expression(label: str = "datum.label", chars: int = WRAP_CHARS) -> str:
    """A Vega expression that breaks ``label`` at spaces into up to three lines of about
    ``chars`` characters (the last line takes the rest); short labels stay one line."""
    def cut(s: str) -> str:
        space = f"lastindexof(substring({s},0,{chars + 1}),' ')"
        return f"({space}>0?{space}:{chars})"

    def line(s: str) -> str:
        return f"substring({s},0,{cut(s)})"

    def rest(s: str) -> str:
        return f"trim(substring({s},{cut(s)}))"

    r1 = rest(label)
    r2 = rest(r1)
    return (f"length({label})<={chars}?{label}:length({r1})<={chars}?"
            f"[{line(label)},{r1}]:[{line(label)},{line(r1)},{r2}]")


def _field_values(spec: dict[str, Any], field: str) -> list[str] | None:
    """The distinct texts of ``field`` in the spec's inline data, or None if the data is
    not inline (then labels are wrapped by expression)."""
    tables = list(spec.get("datasets", {}).values())
    for view in [spec, *_views(spec)]:
        data = view.get("data")
        if isinstance(data, dict) and isinstance(data.get("values"), list):
            tables.append(data["values"])
    if not tables:
        return None
    values = {str(row[field]) for rows in tables for row in rows
              if isinstance(row, dict) and row.get(field) is not None}
    return sorted(values)


def _wrapped_lookup(values: list[str], chars: int = WRAP_CHARS) -> tuple[str, int]:
    """A Vega expression mapping each long label to its lines (words kept whole), and
    the most lines any label needs."""
    lines = {v: textwrap.wrap(v, chars, break_long_words=False) or [v] for v in values}
    long = {v: parts for v, parts in lines.items() if len(parts) > 1}
    if not long:
        return "datum.label", 1
    # JSON strings with ASCII escapes are valid string literals of Vega's expressions.
    table = ",".join(f"{json.dumps(v)}:{json.dumps(parts)}" for v, parts in long.items())
    return f"{{{table}}}[datum.label]||datum.label", max(len(p) for p in long.values())


def _wrap_category_labels(spec: dict[str, Any]) -> bool:
    """Wrap long labels of discrete y axes; rows grow to fit their lines."""
    most_lines = 0
    for encoding in _encodings(spec):
        y = encoding.get("y")
        if not isinstance(y, dict) or y.get("type") not in ("nominal", "ordinal"):
            continue
        if y.get("axis", {}) is None or "labelExpr" in (y.get("axis") or {}):
            continue
        values = _field_values(spec, y["field"]) if isinstance(y.get("field"), str) else None
        if values is None:
            expression, lines = wrap_expression(), 3
        else:
            expression, lines = _wrapped_lookup(values)
        if lines == 1:
            continue
        axis = y.setdefault("axis", {})
        axis["labelExpr"] = expression
        axis["labelLineHeight"] = LINE_STEP - 1
        most_lines = max(most_lines, lines)
    if most_lines:
        for view in _views(spec):
            if "height" in view and not isinstance(view["height"], dict):
                view["height"] = {"step": most_lines * LINE_STEP + 6}
    return bool(most_lines)


def narrow_spec(spec: dict[str, Any], wrap_labels: bool = False) -> dict[str, Any]:
    """The phone layout of a spec (a deep copy; the wide spec stays untouched)."""
    narrow = copy.deepcopy(spec)
    for view in _views(narrow):
        if "facet" in view and view.get("columns", 1) > 1:
            view["columns"] = 1
        if "hconcat" in view:
            view["vconcat"] = view.pop("hconcat")
        if "concat" in view:
            view["columns"] = 1
    _legends_below(narrow)
    if wrap_labels:
        _wrap_category_labels(narrow)
    return narrow


def plot_width(spec: dict[str, Any]) -> int | None:
    """The widest fixed plot width in the spec (None: no fixed width to narrow)."""
    widths = [v["width"] for v in _views(spec) if isinstance(v.get("width"), int | float)]
    return max(widths) if widths else None


def with_plot_width(spec: dict[str, Any], width: int) -> dict[str, Any]:
    """A copy with every fixed plot width scaled so the widest is ``width``."""
    widest = plot_width(spec)
    narrowed = copy.deepcopy(spec)
    if not widest:
        return narrowed
    for view in _views(narrowed):
        if isinstance(view.get("width"), int | float):
            view["width"] = max(1, round(view["width"] * width / widest))
    return narrowed


def next_plot_width(spec: dict[str, Any], rendered_width: int) -> int | None:
    """The plot width that should make a chart rendered ``rendered_width`` wide fill the
    phone column (labels and legends keep their size): narrower if it is too wide, wider
    if a new layout (one column of small multiples) left room; None if it is close
    enough or cannot change."""
    widest = plot_width(spec)
    if widest is None:
        return None
    if rendered_width > PHONE_COLUMN:
        target = max(NARROW_MIN_PLOT, widest - (rendered_width - PHONE_COLUMN))
        return int(target) if target < widest else None
    room = PHONE_COLUMN - rendered_width
    return int(widest + room) if room >= 24 else None
