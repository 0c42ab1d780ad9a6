"""Python under kommunale_jobcenter/ holds rules, not content (issue 13): the share of lines that
are tables or prose typed as Python stays small, and the measure itself counts what it says."""

from __future__ import annotations

from kommunale_jobcenter import data_as_code

TABLE = '''"""A module docstring is not counted."""
NAMES = {
    "a": "Alpha",
    "b": "Beta",
}
def f(x):
    return g(x, key="v",
             other=3)
'''


def test_the_measure_counts_literal_lines_only() -> None:
    data, lines = data_as_code.count(TABLE)
    # "a": "Alpha", "b": "Beta" and the keyword-only continuation other=3) are data;
    # the assignment, the closing brace, def, return and the docstring are not.
    assert (data, lines) == (3, 7)


def test_assignments_are_code_keyword_arguments_are_keys() -> None:
    assert data_as_code.count("x = 1\n") == (0, 1)
    assert data_as_code.count("f(\n    name='a',\n)\n") == (1, 3)


def test_scripts_hold_rules_not_content() -> None:
    found = data_as_code.shares()
    data, lines, share = data_as_code.total(found)
    worst = sorted(found.items(), key=lambda kv: -kv[1][0])[:5]
    assert share <= 0.08, f"{data} von {lines} Zeilen sind Daten als Code; größte: {worst}"
