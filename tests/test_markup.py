"""Escaping and formatting: hostile text stays inert, numbers are German."""

from __future__ import annotations

import pandas as pd

from kommunale_jobcenter import markup


def test_text_escapes_html_and_markdown() -> None:
    out = markup.text('<script>alert(1)</script> [x](javascript:alert(1)) *fett* {{ x }}')
    assert "<script" not in out and "[" not in out and "*" not in out and "{" not in out


def test_text_drops_bidi_and_zero_width() -> None:
    assert markup.text("a\u202eb\u200bc") == "abc"


def test_safe_url_only_http() -> None:
    assert markup.safe_url("javascript:alert(1)") is None
    assert markup.safe_url("data:text/html,x") is None
    assert markup.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"


def test_german_numbers() -> None:
    assert markup.format_number(1234.5, 1) == "1.234,5"
    assert markup.format_number(83237124) == "83.237.124"
    assert markup.format_number(float("nan")) == "–"


def test_table_is_accessible_and_escaped() -> None:
    frame = pd.DataFrame({"a": ["<b>x</b>"], "n": [1234.0]})
    html = markup.table(frame, [markup.Column("a", "A"), markup.Column("n", "N", "number")],
                        caption="Cap")
    assert "<caption>Cap</caption>" in html
    assert 'scope="col"' in html and 'scope="row"' in html
    assert "<b>" not in html and "1.234" in html


def test_slugify() -> None:
    assert markup.slugify("Landkreis Göttingen") == "landkreis-goettingen"
    assert markup.slugify("Kreis Groß-Gerau") == "kreis-gross-gerau"


def test_sentences_end_at_full_stops_but_not_after_abbreviations_or_ordinals() -> None:
    text = ("Karte der Kreise am 1. Januar 2025: zusammen 31,8 Mrd. EUR, u. a. für "
            "Unterkunft (z. B. Heizung). Am stärksten gewachsen ist 2023. «Zitat» folgt! "
            "Letzter Satz ohne Punkt")
    assert markup.sentences(text) == [
        "Karte der Kreise am 1. Januar 2025: zusammen 31,8 Mrd. EUR, u. a. für Unterkunft "
        "(z. B. Heizung).", "Am stärksten gewachsen ist 2023.", "«Zitat» folgt!",
        "Letzter Satz ohne Punkt"]
    assert markup.lead(text) == markup.sentences(text)[0]
    assert markup.lead(text, 2).endswith("gewachsen ist 2023.")
    assert markup.sentences("") == [] and markup.lead("") == ""


def test_clean_drops_exactly_the_control_and_invisible_characters() -> None:
    """The regular expression in ``clean`` matches the rule it replaces: every character of
    category Cc except the tab, and the bidi/zero-width characters."""
    import unicodedata

    from kommunale_jobcenter.markup import _INVISIBLE, clean

    for code in [*range(0x3000), *map(ord, _INVISIBLE)]:
        ch = chr(code)
        dropped = ch in _INVISIBLE or (unicodedata.category(ch) == "Cc" and ch != "\t")
        expected = " ".join(("a" + ("" if dropped else ch) + "b").split())
        assert clean(f"a{ch}b") == expected, hex(code)
