"""Publish an altair chart as static SVG, Vega-Lite spec and the CSV of exactly its data.

SVG rendering (vl-convert, offline, German locale) is cached by a hash of the spec, the
chart font and the renderer version, so a rebuild renders only charts whose spec or data
changed.

Text is measured with one font the project ships (``kommunale_jobcenter/assets/fonts``), registered
before the first rendering and named first in every chart's font list. Measured with
whatever the machine has, a label's width depended on the installed system fonts: installing
Chromium (which brings fonts-liberation) changed two maps' legends by a pixel.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import vl_convert as vlc

from kommunale_jobcenter import chart_narrow
from kommunale_jobcenter.datapackage import write_csv
from kommunale_jobcenter.recorder import Recorder

alt.data_transformers.disable_max_rows()
FONT_DIR = Path(__file__).resolve().parent / "assets" / "fonts"
FONT_FAMILY = "KJ Diagramm Sans"  # Liberation Sans 2, renamed (see FONT_DIR/README.md)
# The shipped font measures; viewers without it get metric-compatible Arial/Liberation Sans.
FONT_STACK = f"{FONT_FAMILY}, Liberation Sans, Arial, Helvetica, sans-serif"
vlc.register_font_directory(str(FONT_DIR))
RENDERER_KEY = hashlib.sha256("".join(
    [vlc.__version__, *(hashlib.sha256(p.read_bytes()).hexdigest()
                       for p in sorted(FONT_DIR.glob("*.ttf")))]).encode()).hexdigest()
FORMAT_LOCALE = vlc.get_format_locale("de-DE")
TIME_FORMAT_LOCALE = vlc.get_time_format_locale("de-DE")


@dataclass
class RenderStats:
    rendered: int = 0
    cached: int = 0


STATS = RenderStats()
# Wall and CPU seconds this process spent publishing charts («grafiken»: spec → SVG → files,
# the phone variant included) and, within that, in vl-convert («render»); the bench reads
# them around a build (a page worker process keeps its own).
TIMES = Recorder()


def spec_of(chart: alt.TopLevelMixin) -> dict[str, Any]:
    spec = chart.to_dict(validate=False)  # schema validation is done in the unit tests
    spec.pop("$schema", None)  # a URL to a third-party host; the bundle knows the version
    return spec


def spec_json(spec: dict[str, Any]) -> str:
    return json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# vl-convert numbers gradients (and clip paths) with a counter that runs across every chart
# rendered in one process: the same chart gets «gradient_16» or «gradient_0» depending on
# what was rendered before it and on the cache, so builds were not byte-identical.
# Renumber per SVG, in order of first appearance (tests/test_reproducible.py).
_COUNTER_ID = re.compile(r'(?<=["#])(gradient_|clip|pattern_)(\d+)(?=[")])')


def stable_ids(svg: str) -> str:
    mapping: dict[str, str] = {}
    per_prefix: dict[str, int] = {}

    def renumber(match: re.Match[str]) -> str:
        if match.group(0) not in mapping:
            prefix = match.group(1)
            mapping[match.group(0)] = f"{prefix}{per_prefix.get(prefix, 0)}"
            per_prefix[prefix] = per_prefix.get(prefix, 0) + 1
        return mapping[match.group(0)]

    return _COUNTER_ID.sub(renumber, svg)


def render_svg(spec: dict[str, Any], cache_dir: Path | None, text: str | None = None) -> str:
    """SVG for a Vega-Lite spec; reuses a cached rendering of the identical spec. ``text``:
    ``spec_json(spec)``, where the caller has it already."""
    key = hashlib.sha256((RENDERER_KEY + (text or spec_json(spec))).encode()).hexdigest()
    cached = cache_dir / f"{key}.svg" if cache_dir else None
    if cached and cached.exists():
        STATS.cached += 1
        return stable_ids(cached.read_text(encoding="utf-8"))
    with TIMES.stage("render"):
        svg = stable_ids(vlc.vegalite_to_svg(spec, format_locale=FORMAT_LOCALE,
                                             time_format_locale=TIME_FORMAT_LOCALE))
    STATS.rendered += 1
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(svg, encoding="utf-8")
        partial.replace(cached)  # atomic: parallel builds never read half a file
    return svg


def warm_up() -> None:
    """Start vl-convert's JavaScript engine (its first rendering takes most of a second),
    so the first chart a worker renders does not wait for it."""
    vlc.vegalite_to_svg({"data": {"values": [{"x": 1}]}, "mark": "point",
                         "encoding": {"x": {"field": "x", "type": "quantitative"}}},
                        format_locale=FORMAT_LOCALE, time_format_locale=TIME_FORMAT_LOCALE)


def svg_size(svg: str) -> tuple[int, int]:
    match = re.search(r'<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"', svg)
    return (round(float(match.group(1))), round(float(match.group(2)))) if match else (600, 400)


@dataclass(frozen=True)
class Published:
    """Sizes of a published chart; ``narrow`` is the phone variant's size, if it has one,
    and ``media`` the viewports that get it."""

    width: int
    height: int
    narrow: tuple[int, int] | None = None
    media: str = ""


NARROW_SUFFIX = ".schmal"  # <id>.schmal.svg: a dot never occurs in a chart id


def narrow_variant(spec: dict[str, Any], wide_width: int,
                   cache_dir: Path | None) -> tuple[dict[str, Any], str] | None:
    """The phone variant (spec, SVG) of a chart wider than ``NARROW_ABOVE``, or None.
    Layout first (one column, legends below), then the plot is narrowed to the phone
    column; category labels are wrapped only if the chart still does not fit. Every
    step is a rendering, cached like any other."""
    if wide_width <= chart_narrow.NARROW_ABOVE:
        return None
    best: tuple[dict[str, Any], str] | None = None
    for wrap in (False, True):
        narrow = chart_narrow.narrow_spec(spec, wrap_labels=wrap)
        svg = render_svg(narrow, cache_dir)
        for _ in range(3):
            target = chart_narrow.next_plot_width(narrow, svg_size(svg)[0])
            if target is None:
                break
            narrow = chart_narrow.with_plot_width(narrow, target)
            svg = render_svg(narrow, cache_dir)
        if best is None or svg_size(svg)[0] < svg_size(best[1])[0]:
            best = (narrow, svg)
        if svg_size(best[1])[0] <= chart_narrow.NARROW_ABOVE:
            break
    if best is None or svg_size(best[1])[0] >= wide_width:
        return None
    return best


def publish_chart(chart: alt.TopLevelMixin, data: pd.DataFrame, out_dir: Path,
                  chart_id: str, cache_dir: Path | None,
                  derive: Callable[[str], str] | None = None) -> Published:
    """Write <id>.svg, <id>.vl.json and <id>.csv into out_dir, and for a chart too wide
    for a phone <id>.schmal.svg and <id>.schmal.vl.json. With ``derive`` (a map through
    time, ``kommunale_jobcenter.zeitkarte``) the SVG written is ``derive(rendered SVG)``
    and there is no phone variant: its ``<source>`` would hide every year but the rendered
    one."""
    with TIMES.stage("grafiken"):
        return _write_chart(chart, data, out_dir, chart_id, cache_dir, derive)


def _write_chart(chart: alt.TopLevelMixin, data: pd.DataFrame, out_dir: Path, chart_id: str,
                 cache_dir: Path | None, derive: Callable[[str], str] | None) -> Published:
    spec = spec_of(chart)
    text = spec_json(spec)
    svg = render_svg(spec, cache_dir, text)
    if derive is not None:
        svg = derive(svg)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{chart_id}.svg").write_text(svg, encoding="utf-8")
    (out_dir / f"{chart_id}.vl.json").write_text(text, encoding="utf-8")
    write_csv(data, out_dir / f"{chart_id}.csv")
    width, height = svg_size(svg)
    variant = None if derive is not None else narrow_variant(spec, width, cache_dir)
    if variant is None:
        return Published(width, height)
    narrow, narrow_svg = variant
    stem = f"{chart_id}{NARROW_SUFFIX}"
    (out_dir / f"{stem}.svg").write_text(narrow_svg, encoding="utf-8")
    (out_dir / f"{stem}.vl.json").write_text(spec_json(narrow), encoding="utf-8")
    return Published(width, height, svg_size(narrow_svg), chart_narrow.media_query(width))
