"""The page in Leichte Sprache (BITV 2.0 § 4): what is here, how to find one's way, the main
points of the accessibility statement — and its one figure matches the registry."""

from __future__ import annotations

import re
from pathlib import Path

from kommunale_jobcenter.load import load_package

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "leichte-sprache.md"


def _text() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_covers_what_bitv_asks() -> None:
    headings = re.findall(r"^## (.+)$", _text(), flags=re.M)
    assert headings == ["Worum geht es auf dieser Seite?", "Was finden Sie hier?",
                        "So finden Sie sich zurecht", "Barriere·freiheit",
                        "Sie haben ein Problem mit der Seite?"]
    assert "barrierefreiheit.md#feedback" in _text()
    assert "jobcenter/index.md" in _text()


def test_sentences_are_short() -> None:
    """Leichte Sprache: one statement per line, no long sentences."""
    body = [line for line in _text().splitlines() if line and not line.startswith("#")]
    words = [len(re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line).split()) for line in body]
    assert max(words) <= 12, max(zip(words, body, strict=True))


def test_count_of_current_traeger_matches_the_registry() -> None:
    traeger = load_package("jobcenter")["traeger"]
    counts = re.findall(r"Heute gibt es (\d+) kommunale", _text())
    assert counts == [str(int(traeger["ist_aktuell"].sum()))]


def test_linked_from_the_navigation_and_the_accessibility_statement() -> None:
    assert "Leichte Sprache: leichte-sprache.md" in (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "(leichte-sprache.md)" in (ROOT / "docs" / "barrierefreiheit.md").read_text("utf-8")
