"""Site search: a Pagefind index of the built site, loaded by the browser only on first use.

Runs after ``mkdocs build`` on the staging site (kommunale_jobcenter/build.py), so ``site/`` is
still replaced only after every step succeeded. Two steps:

1. ``annotate_compounds``: Pagefind stems German words but does not split compounds, so
   «Mittel» would not find «Eingliederungsmittel». A small rule-based decompounder splits
   long words of a page into parts that are themselves words of the site (with the usual
   linking elements «s», «es», «n», «en», «er») and writes the parts into an attribute that
   only Pagefind reads (``data-pagefind-index-attrs``) of an empty, ``hidden`` span at the
   start of the page's search root: no text a reader, sighted or with a screen reader,
   meets on the page (a result's excerpt may show the parts it matched).
2. ``run_pagefind``: the Pagefind binary from PyPI (``pagefind[bin]``) writes the chunked
   index and its JavaScript into ``site/pagefind/``; in the build it reads a copy of the
   pages without the content it skips anyway (``searchable``). The UI is our own small script
   (``docs/assets/js/suche.js``) in the theme's look.
"""

from __future__ import annotations

import hashlib
import html
import pickle
import re
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kommunale_jobcenter.atomic_write import write_atomically

PAGEFIND_DIR = "pagefind"
# The search root of every page (overrides/main.html); pages without it are not indexed.
BODY_TAG = "<div data-pagefind-body>"
PARTS_ATTR = "data-wortteile"
# Tables of chart data and of all 400 Kreise stay out of the search (kommunale_jobcenter/markup.py).
EXCLUDE_SELECTORS = "[data-search-exclude]"
EXCLUDE_TAG = "<div data-search-exclude>"  # how kommunale_jobcenter/markup.raw_block writes it

# Pagefind's own UI bundles: the site uses its own small UI (assets/js/suche.js).
UNUSED_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js",
                "pagefind-component-ui.css", "pagefind-modular-ui.js",
                "pagefind-modular-ui.css", "pagefind-highlight.js")

MIN_COMPOUND = 10  # shorter words are rarely compounds worth splitting
MIN_PART = 4  # «Amt», «Rat» … would split too much by chance
LINKING = ("", "s", "es", "n", "en", "er")  # Fugenelemente between two parts
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_TAG = re.compile(r"<[^>]+>")
_DIV = re.compile(r"<div\b|</div>")
_IMG = re.compile(r"<img\b[^>]*>")
_ANNOTATION = re.compile(re.escape(BODY_TAG) + r'<span hidden data-pagefind-index-attrs="'
                         + PARTS_ATTR + r'" ' + PARTS_ATTR + r'="[^"]*"></span>')
_SKIP = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)


def page_text(page_html: str) -> str:
    """The readable text of a page's search root (tags removed, entities decoded)."""
    start = page_html.find(BODY_TAG)
    if start < 0:
        return ""
    body = _SKIP.sub(" ", _without_excluded(page_html[start + len(BODY_TAG):]))
    return html.unescape(_TAG.sub(" ", body))


def _block_end(markup: str, start: int) -> int:
    """Where the div opened at ``start`` ends (after its matching ``</div>``, nested divs
    counted); the end of markup if it never closes."""
    depth = 0
    for tag in _DIV.finditer(markup, start):
        depth += -1 if tag.group(0) == "</div>" else 1
        if depth == 0:
            return tag.end()
    return len(markup)


def _replace_excluded(markup: str, replace: Callable[[str], str]) -> str:
    """markup with each block Pagefind skips (``<div data-search-exclude>`` … its matching
    ``</div>``, nested divs counted) replaced by ``replace(block)``."""
    out, pos = [], 0
    while (start := markup.find(EXCLUDE_TAG, pos)) >= 0:
        out.append(markup[pos:start])
        end = _block_end(markup, start)
        out.append(replace(markup[start:end]))
        pos = end
    out.append(markup[pos:])
    return "".join(out)


def _without_excluded(markup: str) -> str:
    return _replace_excluded(markup, lambda _block: "")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Words of the site that may stand as a compound's part: seen at least twice."""
    counts = Counter(w for text in texts for w in words(text) if len(w) >= MIN_PART)
    return {w for w, n in counts.items() if n >= 2}


def split_compound(word: str, vocab: set[str], depth: int = 0) -> list[str]:
    """The parts of a German compound, from the site's own words; [] if it is none.

    «eingliederungsmittel» → [«eingliederung», «mittel»]: the longest head that is a word
    of the site, optionally followed by a linking element, and a tail that is a word of
    the site or splits again (at most three levels)."""
    word = word.lower()
    if len(word) < 2 * MIN_PART or depth > 2:
        return []
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head = word[:cut]
        if head not in vocab:
            continue
        rest = word[cut:]
        for link in LINKING:
            if not rest.startswith(link):
                continue
            tail = rest[len(link):]
            if len(tail) < MIN_PART:
                continue
            if tail in vocab:
                return [_without_link(head, vocab), tail]
            deeper = split_compound(tail, vocab, depth + 1)
            if deeper:
                return [_without_link(head, vocab), *deeper]
    # The head is no word of the site («Verwaltungs-»): the longest tail that is one, the
    # Grundwort that names what the compound is («-mittel»). Not inside a split.
    for cut in range(MIN_PART, len(word) - MIN_PART + 1) if depth == 0 else ():
        if word[cut:] in vocab:
            return [word[cut:]]
    return []


def _without_link(head: str, vocab: set[str]) -> str:
    """«eingliederungs» (a site word from «Eingliederungs- und …») → «eingliederung»."""
    for link in LINKING[1:]:
        if head.endswith(link) and head[:-len(link)] in vocab:
            return head[:-len(link)]
    return head


def compound_parts(text: str, vocab: set[str],
                   known: dict[str, list[str]] | None = None) -> list[str]:
    """Every part of every long compound in text, sorted, without the words themselves.
    ``known`` keeps each word's split for the next page (with the same vocab)."""
    own = set(words(text))
    known = {} if known is None else known
    parts: set[str] = set()
    for word in own:
        if len(word) >= MIN_COMPOUND:
            split = known.get(word)
            if split is None:
                split = known[word] = split_compound(word, vocab)
            parts.update(split)
    return sorted(parts - own)


@dataclass(frozen=True)
class PageEntry:
    """What the search step took from one page."""

    digest: str  # sha256 of the page as annotated (as the site holds it)
    counts: Counter[str]  # its words of MIN_PART letters or more (for the vocabulary)
    parts: tuple[str, ...]  # the compound parts written into it
    searchable: str  # what Pagefind reads of it (``searchable``)


@dataclass(frozen=True)
class SearchMemo:
    """The search step's view of a site, kept for the next build: a page whose bytes are
    the same is not read again while the site's vocabulary stays the same."""

    code: str  # digest of this module: other rules, nothing is reused
    vocab: frozenset[str]
    pages: dict[str, PageEntry]  # site-relative path → entry

    @property
    def annotated(self) -> int:
        """How many pages got compound parts."""
        return sum(1 for entry in self.pages.values() if entry.parts)


def _code() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def annotate_compounds(site_dir: Path, previous: SearchMemo | None = None) -> SearchMemo:
    """Write each page's compound parts into its search root. Idempotent: a page annotated
    by an earlier build (an incremental build starts from the previous site) gets its parts
    anew, and a page whose parts are the same is not rewritten. With ``previous`` (the last
    build's memo), a page found there byte for byte keeps its entry without being parsed,
    unless the site's vocabulary changed."""
    code = _code()
    known = previous.pages if previous is not None and previous.code == code else {}
    raw = {p.relative_to(site_dir).as_posix(): p.read_bytes()
           for p in sorted(site_dir.rglob("*.html"))}
    kept = {rel for rel, content in raw.items()
            if rel in known and known[rel].digest == hashlib.sha256(content).hexdigest()}
    sources: dict[str, str] = {}
    texts: dict[str, str] = {}

    def read(rel: str) -> None:
        sources[rel] = _ANNOTATION.sub(BODY_TAG, raw[rel].decode("utf-8"), count=1)
        texts[rel] = page_text(sources[rel])

    counts: dict[str, Counter[str]] = {}
    for rel in raw:
        if rel in kept:
            counts[rel] = known[rel].counts
        else:
            read(rel)
            counts[rel] = Counter(w for w in words(texts[rel]) if len(w) >= MIN_PART)
    total: Counter[str] = Counter()
    for page_counts in counts.values():
        total.update(page_counts)
    vocab = frozenset(w for w, n in total.items() if n >= 2)
    if previous is None or vocab != previous.vocab:  # every page's parts may change
        for rel in kept:
            read(rel)
        kept = set()
    splits: dict[str, list[str]] = {}  # a word's split, for every page that has it
    pages = {}
    for rel in raw:
        if rel in kept:
            pages[rel] = known[rel]
            continue
        parts = compound_parts(texts[rel], vocab, splits)
        source = sources[rel]
        if parts:
            value = html.escape(" ".join(parts), quote=True)
            # Pagefind reads index-attrs of elements inside the root, not of the root itself
            span = (f'<span hidden data-pagefind-index-attrs="{PARTS_ATTR}" '
                    f'{PARTS_ATTR}="{value}"></span>')
            source = source.replace(BODY_TAG, BODY_TAG + span, 1)
        content = source.encode("utf-8")
        if content != raw[rel]:  # a new file: the page may be a hard link to the last site
            page = site_dir / rel
            partial = page.with_name(page.name + ".tmp")
            partial.write_bytes(content)
            partial.replace(page)
        pages[rel] = PageEntry(hashlib.sha256(content).hexdigest(), counts[rel],
                               tuple(parts), searchable(source))
    return SearchMemo(code, vocab, pages)


def load_memo(path: Path) -> SearchMemo | None:
    """The memo a build kept at path, or None (none, unreadable, another version)."""
    try:
        memo = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None
    return memo if isinstance(memo, SearchMemo) else None


def save_memo(memo: SearchMemo, path: Path) -> None:
    write_atomically(path, pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL))


def searchable(page: str) -> str:
    """A page as Pagefind needs it: its ``<head>`` and its search root, without the
    header, navigation and footer around the root that Pagefind reads but does not index
    (about half of each page), and every element it is told to skip (``EXCLUDE_TAG``, the
    chart data and the tables of all Kreise) emptied but for its images, since Pagefind
    takes a page's first image, skipped or not, as the result's picture. A page without a
    search root stays whole."""
    start = page.find(BODY_TAG)
    body = page.find("<body")
    if start >= 0 and 0 <= body < start:
        opened = page.index(">", body) + 1
        page = page[:opened] + page[start:_block_end(page, start)] + "</body></html>"
    return _replace_excluded(
        page, lambda block: EXCLUDE_TAG + "".join(_IMG.findall(block)) + "</div>")


def searchable_copy(site_dir: Path, copy_dir: Path, memo: SearchMemo | None = None) -> None:
    """Every HTML page of site_dir into copy_dir (same paths) as ``searchable`` gives it
    (taken from ``memo`` where it has the page): a quarter of the bytes for Pagefind to
    read, the same index (tests/test_search.py)."""
    pages = memo.pages if memo is not None else {}
    for page in site_dir.rglob("*.html"):
        rel = page.relative_to(site_dir).as_posix()
        target = copy_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        text = (pages[rel].searchable if rel in pages
                else searchable(page.read_text(encoding="utf-8")))
        target.write_text(text, encoding="utf-8")


def run_pagefind(site_dir: Path, copy_dir: Path | None = None,
                 memo: SearchMemo | None = None) -> None:
    """Index site_dir with the Pagefind binary into site_dir/pagefind/ (search script,
    worker, WebAssembly, index chunks, one fragment per page); drop its UI bundles. With
    copy_dir (an empty folder), Pagefind reads ``searchable_copy`` there instead."""
    pages = site_dir
    if copy_dir is not None:
        searchable_copy(site_dir, copy_dir, memo)
        pages = copy_dir
    from pagefind_bin import get_executable  # the binary itself: no Python start around it

    cmd = [str(get_executable()), "--site", str(pages),
           "--output-path", str(site_dir / PAGEFIND_DIR), "--exclude-selectors",
           EXCLUDE_SELECTORS, "--keep-index-url", "--silent"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not (site_dir / PAGEFIND_DIR / "pagefind.js").is_file():
        raise RuntimeError(f"Pagefind fehlgeschlagen ({proc.returncode}): "
                           f"{(proc.stdout + proc.stderr)[-2000:]}")
    for name in UNUSED_FILES:
        (site_dir / PAGEFIND_DIR / name).unlink(missing_ok=True)


def fragments(site_dir: Path) -> list[dict]:
    """Every page record Pagefind wrote (url, content, meta.title …), for tests and checks.
    A fragment file is gzip of the signature «pagefind_dcd» followed by JSON."""
    import gzip
    import json

    out = []
    for path in sorted((site_dir / PAGEFIND_DIR / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        out.append(json.loads(raw[raw.index(b"{"):]))
    return out
