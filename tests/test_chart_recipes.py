"""A chart handed over as a recipe (``partial(charts.…, inputs)``) is published exactly as
the built chart, and built only when the chart cache lacks specs for these inputs."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import altair as alt
import pandas as pd

from kommunale_jobcenter import chart_output, charts


def _frame(last: float = 2.0) -> pd.DataFrame:
    rows = [{"panel": f"Kennzahl {p} (%)", "reihe": r, "jahr": y, "wert": float(p + y % 7)}
            for p in range(4) for r in ("Kreis", "Land") for y in range(2010, 2023)]
    frame = pd.DataFrame(rows)
    frame.loc[len(frame) - 1, "wert"] = last
    return frame


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("g*"))}


CALLS: list[str] = []


def _panels(frame: pd.DataFrame, labels: list[str]) -> alt.FacetChart:
    """comparison_panels, counting its calls."""
    CALLS.append("gebaut")
    return charts.comparison_panels(frame, labels, 2012, "zkT seit")


def test_recipe_publishes_what_the_built_chart_publishes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = chart_output.publish_chart(
        charts.comparison_panels(_frame(), ["Kreis", "Land"], 2012, "zkT seit"),
        pd.DataFrame({"a": [1]}), tmp_path / "built", "g", cache)
    recipe = partial(charts.comparison_panels, _frame(), ["Kreis", "Land"], 2012, "zkT seit")
    first = chart_output.publish_chart(recipe, pd.DataFrame({"a": [1]}), tmp_path / "a",
                                       "g", cache)
    kept = chart_output.publish_chart(recipe, pd.DataFrame({"a": [1]}), tmp_path / "b",
                                      "g", cache)
    assert built == first == kept and built.narrow is not None  # a wide chart: both variants
    assert _files(tmp_path / "built") == _files(tmp_path / "a") == _files(tmp_path / "b")
    assert len(_files(tmp_path / "b")) == 5


def test_recipe_is_built_only_when_its_inputs_or_the_cache_are_new(tmp_path: Path) -> None:
    CALLS.clear()
    calls, panels = CALLS, _panels
    cache, data = tmp_path / "cache", pd.DataFrame({"a": [1]})
    for folder in ("a", "b"):
        chart_output.publish_chart(partial(panels, _frame(), ["Kreis", "Land"]), data,
                                   tmp_path / folder, "g", cache)
    assert len(calls) == 1  # the second time from the kept specs
    chart_output.publish_chart(partial(panels, _frame(last=3.5), ["Kreis", "Land"]), data,
                               tmp_path / "c", "g", cache)
    assert len(calls) == 2  # one value changed: built again, and published changed
    assert _files(tmp_path / "c")["g.vl.json"] != _files(tmp_path / "a")["g.vl.json"]
    chart_output.publish_chart(partial(panels, _frame(), ["Kreis", "Land"]), data,
                               tmp_path / "d", "g", None)
    assert len(calls) == 3  # no cache folder: always built
    assert _files(tmp_path / "d") == _files(tmp_path / "a")


def test_a_map_through_time_keeps_its_own_specs(tmp_path: Path) -> None:
    """The same recipe published as a map through time (no phone variant) and as a plain
    chart: two entries, so neither takes the other's phone variant."""
    cache, data = tmp_path / "cache", pd.DataFrame({"a": [1]})
    recipe = partial(charts.comparison_panels, _frame(), ["Kreis", "Land"], 2012, "zkT seit")
    derived = chart_output.publish_chart(recipe, data, tmp_path / "a", "g", cache,
                                         derive=lambda svg: svg)
    plain = chart_output.publish_chart(recipe, data, tmp_path / "b", "g", cache)
    assert derived.narrow is None and plain.narrow is not None
    assert chart_output.recipe_key(recipe, True) != chart_output.recipe_key(recipe, False)


def test_a_nested_function_is_never_taken_from_the_cache(tmp_path: Path) -> None:
    """Two nested functions share a name but may differ in what they hold."""
    def bars(frame: pd.DataFrame) -> alt.Chart:
        return charts.horizontal_bars(frame, "n", "name", "Anzahl")
    recipe = partial(bars, pd.DataFrame({"name": ["a"], "n": [1]}))
    assert not chart_output.keyable(recipe) and chart_output.keyable(partial(_panels, 1))
    chart_output.publish_chart(recipe, recipe.args[0], tmp_path, "g", tmp_path / "cache")
    assert not (tmp_path / "cache" / chart_output.SPEC_DIR).exists()


def test_input_digest_tells_content_not_identity() -> None:
    geo = {"type": "FeatureCollection", "features": [{"x": [1.0, 2.5]}] * 3000}
    assert chart_output.input_digest(geo) == chart_output.input_digest(
        {"type": "FeatureCollection", "features": [{"x": [1.0, 2.5]}] * 3000})
    assert chart_output.input_digest(_frame()) == chart_output.input_digest(_frame())
    assert chart_output.input_digest(_frame()) != chart_output.input_digest(_frame(3.5))
    assert chart_output.input_digest(1) != chart_output.input_digest(1.0)
    assert chart_output.input_digest(True) != chart_output.input_digest(1)
    assert chart_output.input_digest("1") != chart_output.input_digest(1)


def test_a_damaged_entry_is_built_again(tmp_path: Path) -> None:
    """A cut-off or foreign file in the spec cache counts as missing, never as a spec."""
    CALLS.clear()
    cache, data = tmp_path / "cache", pd.DataFrame({"a": [1]})
    chart_output.publish_chart(partial(_panels, _frame(), ["Kreis", "Land"]), data,
                               tmp_path / "a", "g", cache)
    (entry,) = (cache / chart_output.SPEC_DIR).iterdir()
    entry.write_bytes(entry.read_bytes()[:40])
    chart_output.publish_chart(partial(_panels, _frame(), ["Kreis", "Land"]), data,
                               tmp_path / "b", "g", cache)
    assert len(CALLS) == 2 and _files(tmp_path / "a") == _files(tmp_path / "b")
    assert entry.stat().st_size > 40  # stored whole again
