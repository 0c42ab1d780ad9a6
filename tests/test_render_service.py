"""The build's render process (``kommunale_jobcenter.render_service``): its SVG is the one a
process renders itself; a process sends at most ``SHARE`` charts; a forked worker uses a
connection of its own; without the service, or when it fails, ``render`` gives None (the
caller renders). Each case runs in a fresh Python process: the service is forked, and this
test process may run vl-convert's engine already (a fork of it must not render)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SPEC = ('{"data": {"values": [{"a": "Warendorf", "b": 278176}, {"a": "Wuppertal", "b": 355000}]},'
        ' "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"},'
        ' "y": {"field": "b", "type": "quantitative"}}}')


def _run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, timeout=300, check=True)
    return out.stdout.split()


def test_the_service_renders_what_a_process_renders_itself_up_to_its_share() -> None:
    lines = _run(f"""
        import json, multiprocessing
        from kommunale_jobcenter import chart_output, render_service as rs
        spec = json.loads({SPEC!r})
        same = chart_output.stable_ids  # vl-convert numbers ids across a process's renderings
        print(rs.render(spec) is None)  # no service
        with rs.running(True, chart_output.warm_up, chart_output.vega_svg, 0):
            served = same(rs.render(spec))
            queue = multiprocessing.get_context("fork").SimpleQueue()
            child = multiprocessing.get_context("fork").Process(
                target=lambda: queue.put(same(rs.render(spec)) == served))
            child.start(); child.join()
            print(queue.get())  # a forked process: a connection of its own, the same SVG
            more = [rs.render(spec) for _ in range(rs.SHARE)]
            print(sum(same(svg) == served for svg in more[:-1]) == rs.SHARE - 1,
                  more[-1] is None)
        print(rs.render(spec) is None)  # the service has ended
        print(served == same(chart_output.vega_svg(spec)))  # rendered here, after the fork
    """)
    assert lines == ["True", "True", "True", "True", "True", "True"]


def test_a_failing_service_leaves_the_rendering_to_the_caller() -> None:
    lines = _run("""
        from kommunale_jobcenter import render_service as rs
        def broken(spec):
            raise ValueError("kaputt")
        with rs.running(True, lambda: None, broken, 0):
            print(rs.render({"mark": "bar"}) is None)
        with rs.running(False, lambda: None, broken, 0):
            print(rs.render({"mark": "bar"}) is None)
    """)
    assert lines == ["True", "True"]
