"""Publish an altair chart as static SVG, Vega-Lite spec and the CSV of exactly its data.

SVG rendering (vl-convert, offline, German locale) is cached by a hash of the spec, the
chart font and the renderer version, so a rebuild renders only charts whose spec or data
changed. A chart handed over as a recipe (``functools.partial`` of a chart function and its
inputs) is not even built when the cache has it: its specs are kept under a hash of the
function, its module's code and the inputs (``specs/`` in the cache folder), so a build
needs altair only for charts whose inputs or code changed.

Text is measured with one font the project ships (``kommunale_jobcenter/assets/fonts``), registered
before the first rendering and named first in every chart's font list. Measured with
whatever the machine has, a label's width depended on the installed system fonts: installing
Chromium (which brings fonts-liberation) changed two maps' legends by a pixel.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
import vl_convert as vlc

from kommunale_jobcenter import chart_narrow, reads, render_service
from kommunale_jobcenter.atomic_write import write_atomically, write_new
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


def render_svg(spec: dict[str, Any] | None, cache_dir: Path | None,
               text: str | None = None) -> str:
    """SVG for a Vega-Lite spec; reuses a cached rendering of the identical spec. ``text``:
    ``spec_json(spec)``, where the caller has it already; with text alone, the spec is
    parsed from it only if it has to be rendered (the same SVG: tests/test_reproducible.py)."""
    key = hashlib.sha256((RENDERER_KEY + (text or spec_json(spec or {}))).encode()).hexdigest()
    cached = cache_dir / f"{key}.svg" if cache_dir else None
    if cached and cached.exists():
        STATS.cached += 1
        return stable_ids(cached.read_text(encoding="utf-8"))
    if spec is None:
        spec = json.loads(text or "{}")
    with TIMES.stage("render"):
        served = render_service.render(spec)  # by the build's render process, if it runs
        svg = stable_ids(served if served is not None else vega_svg(spec))
    STATS.rendered += 1
    if cached:
        write_atomically(cached, svg.encode("utf-8"))
    return svg


def vega_svg(spec: dict[str, Any]) -> str:
    """vl-convert's SVG of a Vega-Lite spec, in German (here or in the render process)."""
    return vlc.vegalite_to_svg(spec, format_locale=FORMAT_LOCALE,
                               time_format_locale=TIME_FORMAT_LOCALE)


def warm_up() -> None:
    """Start vl-convert's JavaScript engine (its first rendering takes most of a second),
    so the first chart a worker renders does not wait for it."""
    vega_svg({"data": {"values": [{"x": 1}]}, "mark": "point",
              "encoding": {"x": {"field": "x", "type": "quantitative"}}})


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
# every file ``publish_chart`` may write for a chart id, in sorted order of their names
CHART_SUFFIXES = (".csv", f"{NARROW_SUFFIX}.svg", f"{NARROW_SUFFIX}.vl.json", ".svg", ".vl.json")


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


# A chart not built yet: a chart function with its inputs, ``partial(charts.bars, frame, …)``.
Recipe = functools.partial


@dataclass(frozen=True)
class Specs:
    """The spec texts a chart is published with: its own and its phone variant's."""

    wide: str
    narrow: str | None = None


SPEC_DIR = "specs"  # in the cache folder: <recipe key>.json.gz → Specs
SPEC_FORMAT = "2"  # gzip: a map's spec carries the geometry of 400 Kreise (≈ 0.5 MB)


@functools.cache
def _module_key(module: str) -> str:
    """Hash of a chart function's module source and of the modules every chart goes
    through (this one, the phone variant, the theme in ``charts``)."""
    files = [Path(__file__), Path(chart_narrow.__file__),
             Path(__file__).with_name("charts.py"), Path(sys.modules[module].__file__ or "")]
    return hashlib.sha256(b"".join(f.read_bytes() for f in dict.fromkeys(files))).hexdigest()


# Digests of the large inputs (GeoJSON dicts of the build context, the same object for
# every chart), by identity; the object is held, so its id cannot be taken by another.
_INPUT_DIGESTS: dict[int, tuple[Any, str]] = {}
LARGE_INPUT = 100_000  # characters of JSON from which an input's digest is kept


def input_digest(value: Any) -> str:
    """A content hash of one input of a chart function: JSON for plain dicts and lists
    (exact for floats), ``reads.digest`` for anything else (frames, arrays)."""
    known = _INPUT_DIGESTS.get(id(value))
    if known is not None and known[0] is value:
        return known[1]
    try:
        text = json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):  # frames, numpy values, non-string keys
        return reads.digest(value)
    found = hashlib.sha256(("J" + text).encode()).hexdigest()
    if isinstance(value, dict | list) and len(text) >= LARGE_INPUT:
        _INPUT_DIGESTS[id(value)] = (value, found)
    return found


def recipe_key(recipe: Recipe, derived: bool) -> str:
    """Hash of everything a recipe's specs depend on: the function, its module's code,
    altair and pandas (which turn frames into spec values), the renderer and font (sizes
    decide the phone variant), the inputs."""
    func = recipe.func
    parts = [SPEC_FORMAT, RENDERER_KEY, alt.__version__, pd.__version__, np.__version__,
             func.__module__, func.__qualname__,
             _module_key(func.__module__), str(derived),
             *(input_digest(a) for a in recipe.args),
             *(f"{k}={input_digest(v)}" for k, v in sorted(recipe.keywords.items()))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _kept_specs(cache_dir: Path | None, key: str) -> Specs | None:
    if cache_dir is None:
        return None
    try:
        kept = json.loads(gzip.decompress((cache_dir / SPEC_DIR / f"{key}.json.gz")
                                          .read_bytes()).decode("utf-8"))
        return Specs(kept["wide"], kept["narrow"])
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return None


def _keep_specs(cache_dir: Path | None, key: str, specs: Specs) -> None:
    if cache_dir is None:
        return
    text = json.dumps({"wide": specs.wide, "narrow": specs.narrow}, ensure_ascii=False)
    write_atomically(cache_dir / SPEC_DIR / f"{key}.json.gz",
                     gzip.compress(text.encode("utf-8"), compresslevel=1, mtime=0))


def publish_chart(chart: alt.TopLevelMixin | Recipe, data: pd.DataFrame, out_dir: Path,
                  chart_id: str, cache_dir: Path | None,
                  derive: Callable[[str], str] | None = None) -> Published:
    """Write <id>.svg, <id>.vl.json and <id>.csv into out_dir, and for a chart too wide
    for a phone <id>.schmal.svg and <id>.schmal.vl.json. ``chart`` is an altair chart or
    a recipe for one (built only if its specs are not in the cache). With ``derive`` (a
    map through time, ``kommunale_jobcenter.zeitkarte``) the SVG written is
    ``derive(rendered SVG)`` and there is no phone variant: its ``<source>`` would hide
    every year but the rendered one."""
    with TIMES.stage("grafiken"):
        return _write_chart(chart, data, out_dir, chart_id, cache_dir, derive)


def keyable(chart: alt.TopLevelMixin | Recipe) -> bool:
    """Whether a chart's specs can be kept by its recipe: a recipe of a module-level
    function (a nested one could hold other values under the same name)."""
    return isinstance(chart, Recipe) and "<locals>" not in chart.func.__qualname__


def _specs(chart: alt.TopLevelMixin | Recipe, cache_dir: Path | None,
           derived: bool) -> tuple[Specs, str, str | None]:
    """The chart's spec texts with its SVG and its phone variant's SVG (if it has one)."""
    key = recipe_key(chart, derived) if keyable(chart) and cache_dir else None
    kept = _kept_specs(cache_dir, key) if key else None
    if kept is not None:
        svg = render_svg(None, cache_dir, kept.wide)
        return kept, svg, render_svg(None, cache_dir, kept.narrow) if kept.narrow else None
    built = chart() if isinstance(chart, Recipe) else chart
    spec = spec_of(built)
    text = spec_json(spec)
    svg = render_svg(spec, cache_dir, text)
    variant = None if derived else narrow_variant(spec, svg_size(svg)[0], cache_dir)
    specs = Specs(text, spec_json(variant[0]) if variant else None)
    if key:
        _keep_specs(cache_dir, key, specs)
    return specs, svg, variant[1] if variant else None


def _write_chart(chart: alt.TopLevelMixin | Recipe, data: pd.DataFrame, out_dir: Path,
                 chart_id: str, cache_dir: Path | None,
                 derive: Callable[[str], str] | None) -> Published:
    specs, svg, narrow_svg = _specs(chart, cache_dir, derive is not None)
    if derive is not None:
        svg = derive(svg)
    width, height = svg_size(svg)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_new(out_dir / f"{chart_id}.svg", svg.encode("utf-8"))
    write_new(out_dir / f"{chart_id}.vl.json", specs.wide.encode("utf-8"))
    write_csv(data, out_dir / f"{chart_id}.csv")
    if specs.narrow is None or narrow_svg is None:
        return Published(width, height)
    stem = f"{chart_id}{NARROW_SUFFIX}"
    write_new(out_dir / f"{stem}.svg", narrow_svg.encode("utf-8"))
    write_new(out_dir / f"{stem}.vl.json", specs.narrow.encode("utf-8"))
    return Published(width, height, svg_size(narrow_svg), chart_narrow.media_query(width))
