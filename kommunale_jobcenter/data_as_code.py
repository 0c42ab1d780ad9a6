"""How much of the Python under ``kommunale_jobcenter/`` is data written as code (issue 13).

A line counts as data when it holds at least one string or number literal and otherwise
only literals, keyword-argument names (inside brackets; an assignment is code),
``True``/``False``/``None`` and punctuation: the lines of a table typed as a Python list or
dict, or of prose typed as Python strings. Docstrings and comments are not counted at
all. ``python -m kommunale_jobcenter.data_as_code`` prints the share per file and in total; a test
keeps it small.
"""

from __future__ import annotations

import io
import sys
import token
import tokenize
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_LITERALS = {token.STRING, token.NUMBER} | {
    getattr(token, n) for n in ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
    if hasattr(token, n)}
_PUNCTUATION = set("()[]{},:=+-*/%")
_CONSTANTS = {"True", "False", "None"}
_LAYOUT = {token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER}


def _logical_lines(source: str) -> list[list[tokenize.TokenInfo]]:
    lines, current = [], []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (token.NL, token.COMMENT, tokenize.ENCODING):
            continue
        current.append(tok)
        if tok.type in (token.NEWLINE, token.ENDMARKER):
            lines.append(current)
            current = []
    return lines


def count(source: str) -> tuple[int, int]:
    """(data lines, code lines incl. data) of one module's source."""
    data: set[int] = set()
    code: set[int] = set()
    for logical in _logical_lines(source):
        tokens = [t for t in logical if t.type not in _LAYOUT]
        if not tokens or (len(tokens) == 1 and tokens[0].type == token.STRING):
            continue  # blank or a docstring
        per_line: dict[int, list[tokenize.TokenInfo]] = {}
        keywords: set[int] = set()
        depth = 0
        for i, tok in enumerate(tokens):
            depth += tok.string in "([{" and tok.type == token.OP
            depth -= tok.string in ")]}" and tok.type == token.OP
            if depth > 0 and tok.type == token.NAME and i + 1 < len(tokens) \
                    and tokens[i + 1].string == "=":
                keywords.add(id(tok))
            for line in range(tok.start[0], tok.end[0] + 1):
                per_line.setdefault(line, []).append(tok)
        for line, toks in per_line.items():
            is_data = any(t.type in _LITERALS for t in toks) and all(
                t.type in _LITERALS or id(t) in keywords or t.string in _CONSTANTS
                or (t.type == token.OP and t.string in _PUNCTUATION) for t in toks)
            (data if is_data else code).add(line)
    return len(data), len(data | code)


def shares(root: Path = PACKAGE_DIR) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root.parent).as_posix(): count(p.read_text(encoding="utf-8"))
            for p in sorted(root.rglob("*.py"))}


def total(found: dict[str, tuple[int, int]]) -> tuple[int, int, float]:
    data = sum(d for d, _ in found.values())
    lines = sum(n for _, n in found.values())
    return data, lines, data / lines if lines else 0.0


def main() -> None:
    found = shares()
    for name, (data, lines) in sorted(found.items(), key=lambda kv: kv[1][0]):
        if data:
            print(f"{data:5d} / {lines:5d}  {data / lines:6.1%}  {name}")
    data, lines, share = total(found)
    print(f"gesamt: {data} von {lines} Zeilen sind Daten als Code ({share:.1%})")
    sys.exit(0)


if __name__ == "__main__":
    main()
