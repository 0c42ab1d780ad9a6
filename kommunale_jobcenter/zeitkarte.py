"""A map through time as ONE static SVG: the map of one year rendered by vl-convert, the
other years derived from it by recolouring its Kreis paths.

Vega draws one ``<path>`` per feature of a layer, in data order, so a map whose layers
hold the same features in every year (``charts.indicator_time_map``, ``charts.status_map``)
differs from year to year only in the colours of its paths. Instead of rendering and
shipping one SVG per year (≈ 0.3 s CPU and ≈ 300 KB each), the rendered SVG gets:

- one ``<view id="jJJJJ">`` per year: ``karte.svg#j2010`` selects the year, in an
  ``<img>`` as well as opened on its own (SVG fragment identifiers, CSS ``:target``);
- a class token on each path for every year in which its colour differs from the
  rendered year, and one CSS rule per year and colour;
- the year as text in the corner, so a viewer that ignored the fragment still shows
  which year it draws.

Without a fragment the SVG is exactly the rendered year. The derivation checks what it
relies on and fails the build otherwise: the number of paths per layer, their rendered
colours (= the given colours of the rendered year, path by path), the Kreis names in
their order, and that paths with the same key draw the same shape in every layer.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from kommunale_jobcenter.chart_output import FONT_STACK, svg_size

# The Kreis paths are the marks of one layer; they carry no names of their own in the
# time map (the rendered year's tooltip texts would be wrong for every other year).
_PATH = re.compile(r"<path\b[^>]*/>")
_A11Y = re.compile(r'\s(?:aria-label|role|aria-roledescription)="[^"]*"')
LAYER_CODES = "abcdefgh"


@dataclass(frozen=True)
class Layer:
    """The paths of one mark layer (Vega's class, e.g. ``layer_0_marks``): per year the
    value of ``attribute`` of each path, in path order; ``keys`` name the paths (e.g.
    their ags), ``names`` the Kreis names their rendered tooltips must show."""

    mark: str
    attribute: str
    values: Mapping[int, Sequence[str]]
    keys: Sequence[str]
    names: Sequence[str] | None = None


def indicator_layers(by_year: Mapping[int, pd.DataFrame], keys: Sequence[str],
                     names: Sequence[str], outlined: Sequence[str],
                     colors: Mapping[str, str]) -> list[Layer]:
    """The two layers of an indicator time map: the fill of every Kreis by its class, and
    the outline of each Kreis that was ever zkT, visible in its zkT years. ``by_year``
    holds per year the Kreise (index ags) with «klasse» and «ist_zkt»."""
    return [
        Layer("layer_0_marks", "fill", {
            y: f["klasse"].reindex(keys).map(colors).tolist() for y, f in by_year.items()},
            keys, names),
        Layer("layer_1_marks", "stroke-opacity", {
            y: f["ist_zkt"].reindex(outlined).map({True: "1", False: "0"}).tolist()
            for y, f in by_year.items()}, outlined)]


def year_id(year: int) -> str:
    return f"j{year}"


def _attribute(tag: str, name: str) -> str | None:
    found = re.search(rf'\s{re.escape(name)}="([^"]*)"', tag)
    return found.group(1) if found else None


def _layer_span(svg: str, mark: str) -> tuple[int, int]:
    """Start and end of the content of the group holding the marks of ``mark``."""
    head = re.search(rf'<g class="mark-[a-z]+ role-mark {re.escape(mark)}"[^>]*>', svg)
    if head is None:
        raise ValueError(f"Zeitkarte: Ebene {mark} fehlt im SVG")
    end = svg.index("</g>", head.end())
    return head.end(), end


def _check(layer: Layer, paths: list[str], shown: int) -> None:
    expected = list(layer.values[shown])
    if len(paths) != len(expected) or len(layer.keys) != len(expected):
        raise ValueError(f"Zeitkarte: {len(paths)} Pfade in {layer.mark}, erwartet "
                         f"{len(expected)}")
    for i, (tag, value) in enumerate(zip(paths, expected, strict=True)):
        drawn = _attribute(tag, layer.attribute)
        if drawn != value:
            raise ValueError(f"Zeitkarte: Pfad {i} ({layer.keys[i]}) in {layer.mark} hat "
                             f"{layer.attribute}={drawn}, erwartet {value}")
        if layer.names is not None:  # the rendered tooltip: «…; Kreis: <name>; …»
            label = html.unescape(_attribute(tag, "aria-label") or "")
            if f"Kreis: {layer.names[i]}; " not in f"; {label}; ":
                raise ValueError(f"Zeitkarte: Pfad {i} in {layer.mark} zeigt "
                                 f"{label!r}, erwartet {layer.names[i]!r}")


def _check_shapes(layers: Sequence[Layer], paths: Sequence[list[str]]) -> None:
    """A key drawn in several layers (a Kreis and its outline) has one shape."""
    shapes: dict[str, str | None] = {}
    for layer, tags in zip(layers, paths, strict=True):
        for key, tag in zip(layer.keys, tags, strict=True):
            d = _attribute(tag, "d")
            if shapes.setdefault(key, d) != d:
                raise ValueError(f"Zeitkarte: {key} hat in {layer.mark} eine andere Form")


def _palette(layer: Layer, years: Sequence[int]) -> list[str]:
    seen: dict[str, None] = {}
    for year in years:
        for value in layer.values[year]:
            seen.setdefault(value, None)
    return list(seen)


def _token(year: int, code: str, index: int) -> str:
    return f"{year_id(year)}{code}{index}"


def year_label(years: Sequence[int], shown: int, x: float, y: float) -> str:
    """The year in the corner: one text per year, the rendered year's visible."""
    family = html.escape(FONT_STACK)  # on every text, as vl-convert writes it
    texts = "".join(f'<text class="l{year}" x="{x:g}" y="{y:g}" font-family="{family}">'
                    f"{year}</text>" for year in years)
    return (f'<g class="jahr" font-size="18" '
            f'font-weight="bold" fill="#333333" text-anchor="end" aria-hidden="true">'
            f"{texts}</g>")


def derive(svg: str, years: Sequence[int], shown: int, layers: Sequence[Layer],
           label_at: tuple[float, float] | None = None) -> str:
    """The SVG of all ``years`` from the SVG rendered for ``shown`` (see the module)."""
    years = sorted(years)
    if shown not in years:
        raise ValueError(f"Zeitkarte: {shown} ist keines der Jahre {years}")
    spans = [_layer_span(svg, layer.mark) for layer in layers]
    paths = [_PATH.findall(svg, start, end) for start, end in spans]
    for layer, tags in zip(layers, paths, strict=True):
        _check(layer, tags, shown)
    _check_shapes(layers, paths)
    rules: list[str] = []
    pieces: list[tuple[int, int, str]] = []  # (start, end, new text) of each layer
    for li, (layer, tags, (start, end)) in enumerate(zip(layers, paths, spans, strict=True)):
        code = LAYER_CODES[li]
        palette = _palette(layer, years)
        used: set[tuple[int, int]] = set()
        out = []
        for i, tag in enumerate(tags):
            tokens = []
            for year in years:
                value = layer.values[year][i]
                if year != shown and value != layer.values[shown][i]:
                    tokens.append(_token(year, code, palette.index(value)))
                    used.add((year, palette.index(value)))
            tag = _A11Y.sub("", tag)
            if tokens:
                tag = tag.replace("<path", f'<path class="{" ".join(tokens)}"', 1)
            out.append(tag)
        pieces.append((start, end, "".join(out)))
        rules += [f"#{year_id(y)}:target~g .{_token(y, code, p)}"
                  f"{{{layer.attribute}:{palette[p]}}}" for y, p in sorted(used)]
    for start, end, text in reversed(pieces):
        svg = svg[:start] + text + svg[end:]
    rules += [".jahr text{display:none}", f".jahr .l{shown}{{display:inline}}"]
    rules += [f"#{year_id(y)}:target~.jahr .l{y}{{display:inline}}"
              f"#{year_id(y)}:target~.jahr .l{shown}{{display:none}}"
              for y in years if y != shown]
    views = "".join(f'<view id="{year_id(y)}"/>' for y in years)
    head = svg.index(">", svg.index("<svg")) + 1
    x, y = label_at or (svg_size(svg)[0] - 8, 24)
    svg = (svg[:head] + "<style>" + "".join(rules) + "</style>" + views + svg[head:])
    tail = svg.rindex("</svg>")
    return svg[:tail] + year_label(years, shown, x, y) + svg[tail:]


@dataclass(frozen=True)
class Year:
    """One year of a map through time: its figure title and description (the first
    sentence is the text alternative)."""

    jahr: int
    titel: str
    text: str


def runs(values: Sequence[tuple[int, object]]) -> list[tuple[int, int, object]]:
    """Consecutive years with the same value as (first year, last year, value), in year
    order; a missing year ends a run."""
    out: list[tuple[int, int, object]] = []
    for year, value in sorted(values, key=lambda pair: pair[0]):
        if out and out[-1][2] == value and out[-1][1] == year - 1:
            out[-1] = (out[-1][0], year, value)
        else:
            out.append((year, year, value))
    return out


_ADDED = re.compile(r'<style>[^<]*</style>|<view id="j\d{4}"/>|<g class="jahr".*?</g>'
                    r'|(?<=<path) class="j\d{4}[^"]*"')


def is_time_map(svg: str) -> bool:
    return '<view id="j' in svg


def comparable(svg: str) -> str:
    """An SVG without what ``derive`` adds and without the text attributes of its paths:
    equal for a map through time and a fresh rendering of its spec (reproducibility)."""
    return _PATH.sub(lambda m: _A11Y.sub("", m.group(0)), _ADDED.sub("", svg))
