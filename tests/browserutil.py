"""Browser test helpers shared by several test modules."""

from __future__ import annotations

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout


def hover_until_tooltip(page: Page, shapes: Locator, needle: str, step: int = 37) -> str:
    """Hover every ``step``-th shape at the centre of its box until the vega tooltip
    shows ``needle`` (the centre of an odd shape may fall on a neighbour); return the
    tooltip text, or "" if none appeared."""
    tooltip = page.locator("#vg-tooltip-element")
    for i in range(0, shapes.count(), step):
        shape = shapes.nth(i)
        shape.scroll_into_view_if_needed()
        box = shape.bounding_box()
        if not box:
            continue
        page.mouse.move(0, 0)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=3)
        try:
            tooltip.wait_for(state="visible", timeout=2000)
        except PlaywrightTimeout:
            continue
        text = tooltip.inner_text()
        if needle in text:
            return text
    return ""


def activate_charts(page: Page, limit: int | None = None) -> int:
    """Turn to the charts like a reader (pointer over each) so the enhancer loads vega and
    makes them interactive; wait until each is. Returns how many charts were activated."""
    figures = page.locator("figure.diagramm[data-spec]")
    count = figures.count() if limit is None else min(limit, figures.count())
    for i in range(count):
        figure = figures.nth(i)
        figure.scroll_into_view_if_needed()
        figure.hover()
        figure.and_(page.locator(".ist-interaktiv")).wait_for(timeout=20000)
    return count
