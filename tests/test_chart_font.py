"""Every chart is measured with the font the project ships, so no system font can change a
label's width (the cause of the flaky rebuild: Chromium's fonts-liberation)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from kommunale_jobcenter.chart_output import FONT_DIR, FONT_FAMILY, FONT_STACK

pytestmark = pytest.mark.build
TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
FAMILY = re.compile(r'font-family="([^"]*)"')


def covered_characters() -> set[int]:
    from fontTools.ttLib import TTFont

    sets = [set(TTFont(p).getBestCmap()) for p in sorted(FONT_DIR.glob("*.ttf"))]
    assert len(sets) == 2, "Regular und Bold gehören zur Schrift"
    return set.intersection(*sets)


def test_the_shipped_font_has_the_family_the_charts_name() -> None:
    from fontTools.ttLib import TTFont

    for path in sorted(FONT_DIR.glob("*.ttf")):
        assert TTFont(path)["name"].getDebugName(1) == FONT_FAMILY, path.name
    assert FONT_STACK.split(",")[0] == FONT_FAMILY


def test_every_chart_text_is_set_in_the_shipped_font(built_site: Path) -> None:
    covered = covered_characters()
    svgs = sorted((built_site / "grafiken").glob("*.svg"))
    assert len(svgs) > 100
    missing: dict[str, set[str]] = {}
    for svg in svgs:
        for attrs, text in TEXT.findall(svg.read_text(encoding="utf-8")):
            family = FAMILY.search(attrs)
            assert family and family.group(1) == FONT_STACK, (svg.name, attrs)
            lost = {c for c in html.unescape(text) if ord(c) not in covered and c.strip()}
            if lost:
                missing.setdefault(svg.name, set()).update(lost)
    assert not missing, f"Zeichen fehlen in der Schrift (Ersatzschrift würde messen): {missing}"
