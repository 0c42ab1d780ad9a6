"""Safe building blocks for generated pages: escaping, links, accessible HTML tables.

Every text from data/ passes through ``text()`` (HTML-escaped, Markdown-neutral), so
HTML, script, Markdown or template syntax in a data cell renders as plain text.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from kommunale_jobcenter.mkdocs_hooks import RAW_END, RAW_START, RAW_START_NO_SEARCH

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~^$])")
# Bidi overrides and zero-width characters would let a cell reorder or hide text.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b",
              "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
# What ``clean`` drops: those and every control character (Unicode category Cc is exactly
# U+0000–U+001F and U+007F–U+009F) except the tab; one regular expression, not a test per
# character.
_DROPPED = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f" + "".join(sorted(_INVISIBLE)) + "]")


def clean(value: Any) -> str:
    """A cell as a plain one-line string: missing → '', control/bidi characters removed."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return format_date(value)
    return " ".join(_DROPPED.sub("", str(value)).split())


def text(value: Any) -> str:
    """Escape for HTML *and* neutralise Markdown, for text placed in generated Markdown."""
    if type(value) is str:
        return _text_of(value)
    return _escaped_text(clean(value))


@lru_cache(maxsize=8192)
def _text_of(value: str) -> str:
    """``text`` of a string, once per distinct string (table cells repeat: Länder,
    Kreistypen, status words)."""
    return _escaped_text(clean(value))


def _escaped_text(cleaned: str) -> str:
    escaped = html.escape(cleaned, quote=True)
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group(1))};", escaped)


def attr(value: Any) -> str:
    """Escape for an HTML attribute value."""
    return html.escape(clean(value), quote=True)


def safe_url(value: Any) -> str | None:
    """An http(s) URL, or None: anything else (javascript:, data:) is never linked."""
    url = clean(value)
    return url if re.match(r"^https?://[^\s<>\"']+$", url) else None


def format_number(value: Any, decimals: int | None = None) -> str:
    """German number format: 1.234,5; missing → '–'."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        number = float(value)  # a float, numpy's float64 or an int: no pandas check
        if number != number:
            return "–"
    elif value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    else:
        number = float(value)
    if math.isinf(number):
        return "–"
    if decimals is None:
        decimals = 0 if number.is_integer() else 1 if abs(number) >= 100 else 2
    return f"{number:,.{decimals}f}".translate(_GERMAN_MARKS)


_GERMAN_MARKS = str.maketrans({",": ".", ".": ","})  # 1,234.5 → 1.234,5


def format_date(value: Any) -> str:
    if value is None or pd.isna(value):
        return "–"
    ts = pd.Timestamp(value)
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"


# Words that end with a full stop inside a German sentence («u. a.», «Mrd. EUR», «Nr. 3»).
_ABBREVIATIONS = {"abs", "bzw", "ca", "dr", "evtl", "ggf", "inkl", "mio", "mrd", "nr", "prof",
                  "rd", "sog", "tsd", "usw", "vgl", "zzgl", "bspw"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»«\")]*\s+(?=[A-ZÄÖÜ0-9«„(])")


def sentences(value: Any) -> list[str]:
    """A German text split into sentences: a full stop ends a sentence unless it closes
    an abbreviation, a single letter («u. a.») or a one- or two-digit ordinal («1. Januar»)."""
    text_ = clean(value)
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text_):
        before = text_[start:match.start()].rstrip("»«\")")
        word = re.search(r"(\S+)[.!?…]$", before)
        token = word.group(1).lower().lstrip("(«„\"[") if word else ""
        if before.endswith(".") and (token in _ABBREVIATIONS or len(token) == 1
                                     or re.fullmatch(r"\d{1,2}", token)):
            continue
        parts.append(text_[start:match.start()].strip())
        start = match.end()
    rest = text_[start:].strip()
    return [*parts, rest] if rest else parts


def lead(value: Any, count: int = 1) -> str:
    """The first ``count`` sentences of a text (a short text alternative by rule)."""
    return " ".join(sentences(value)[:count])


def _shorten(text_: str, limit: int, cuts: Sequence[str]) -> str:
    """A text up to the first match of one of the ``cuts`` patterns (if something
    stays), else cut after a word near ``limit`` characters with «…»."""
    for cut in cuts:
        found = re.search(cut, text_)
        if found and 8 <= found.start() <= limit:
            return text_[:found.start()]
    if len(text_) <= limit:
        return text_
    return text_[:text_.rfind(" ", 0, limit)].rstrip(" ,;:–-") + " …"


def source_title(title: Any, limit: int = 50) -> str:
    """A source's title, short: up to a colon or about ``limit`` characters."""
    return _shorten(clean(title), limit, (r": ",))


def source_label(title: Any, publisher: Any, limit: int = 50) -> str:
    """How a source is named where it is cited: «Titel, Herausgeber», both short (the
    publisher up to a comma, «;» or bracket). The Quellen page, which the citation links
    to, has both in full. No brackets: escaped for Markdown they cost ten bytes, on a
    page citing one source fifty times."""
    short_title = source_title(title, limit)
    # «Bau-, Stadt- und Raumforschung»: a comma after a hyphen does not end the name
    short_publisher = _shorten(clean(publisher), 50, (r"(?<!-), ", r"; ", r" \("))
    if short_title and short_publisher and short_publisher not in short_title:
        return f"{short_title}, {short_publisher}"
    return short_title or short_publisher


def link(href: str, label: str, raw_label: bool = False) -> str:
    return f'<a href="{attr(href)}">{label if raw_label else text(label)}</a>'


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text | number | date | html (pre-escaped markup we built)
    decimals: int | None = None


def _cell(value: Any, column: Column) -> tuple[str, str | None]:
    """(display html, sort key) of one cell; the key is None where the shown text sorts
    right by itself (text and html columns), so most cells carry no data-sort copy."""
    if column.kind == "number":
        if isinstance(value, float | int) and not isinstance(value, bool) and value == value:
            return format_number(value, column.decimals), f"{float(value):.12g}"
        missing = value is None or pd.isna(value)
        return format_number(value, column.decimals), "" if missing else f"{float(value):.12g}"
    if column.kind == "date":
        missing = value is None or pd.isna(value)
        return format_date(value), "" if missing else pd.Timestamp(value).strftime("%Y-%m-%d")
    if column.kind == "html":
        return str(value), None
    return text(value), None


def _kind(column: Column) -> str:
    return f' data-kind="{column.kind}"' if column.kind in ("number", "date") else ""


def table(
    rows: pd.DataFrame | Iterable[dict[str, Any]],
    columns: Sequence[Column],
    caption: str,
    table_id: str | None = None,
    filterable: bool = False,
    searchable: bool = True,
) -> str:
    """An accessible HTML table (caption, th scope) that JS can sort and filter. Numbers
    and dates carry a machine sort key (data-sort; empty = missing value)."""
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    classes = "datatable" + (" filterable" if filterable else "")
    id_attr = f' id="{attr(table_id)}"' if table_id else ""
    head = "".join(
        # only numbers and dates sort differently from text (tabellen.js): a text or html
        # column needs no data-kind (about 700 bytes on a profile page)
        f'<th scope="col"{_kind(c)}>{text(c.title)}</th>' for c in columns
    )
    # per column, once: the opening tag up to its sort key, and the closing tag
    tags = [("<th scope=\"row\"" if i == 0 else "<td")
            + (' class="num"' if c.kind == "number" else "") for i, c in enumerate(columns)]
    ends = ["</th>" if i == 0 else "</td>" for i in range(len(columns))]
    body = []
    for record in records:
        cells = []
        for c, tag, end in zip(columns, tags, ends, strict=True):
            shown, key = _cell(record.get(c.key), c)
            # a sort key is digits, sign, point and exponent, or a date: nothing to escape
            sort = "" if key is None else f' data-sort="{key}"'
            cells.append(f"{tag}{sort}>{shown}{end}")
        row_id = f' id="{attr(record["_id"])}"' if record.get("_id") else ""
        body.append(f"<tr{row_id}>" + "".join(cells) + "</tr>")
    return raw_block(
        f'<div class="table-wrap"><table class="{classes}"{id_attr}>'
        f"<caption>{text(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>",
        searchable,
    )


def raw_block(html_block: str, searchable: bool = True) -> str:
    """Finished HTML that Markdown need not parse (kommunale_jobcenter/mkdocs_hooks.py); never
    nested.
    ``searchable=False`` keeps it out of the site search (numbers, lists of all Kreise)."""
    if searchable:
        return f"{RAW_START}{html_block}{RAW_END}"
    return f"{RAW_START_NO_SEARCH}<div data-search-exclude>{html_block}</div>{RAW_END}"


def slugify(value: str) -> str:
    lowered = clean(value).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        lowered = lowered.replace(a, b)
    lowered = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")


def badge(sicherheit: Any) -> str:
    """A certainty mark linking nowhere; the word itself carries the meaning."""
    value = clean(sicherheit)
    if not value:
        return ""
    return f'<span class="sicherheit sicherheit-{attr(slugify(value))}">{text(value)}</span>'
