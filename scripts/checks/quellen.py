"""Across packages: a source id means one source everywhere, and every source is
reachable (its url, if any, is http(s) — the schema pattern also says so)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from scripts.checks import Packages, Problem, csv_file, csv_row

SAME_SOURCE_FIELDS = ["titel", "herausgeber", "datum", "url"]


def check_same_id_same_source(packages: Packages) -> Iterator[Problem]:
    """The same quelle_id in two packages must have the same title, publisher, date, url."""
    first: dict[str, tuple[str, pd.Series]] = {}
    for name in sorted(packages):
        sources = packages[name].get("quellen")
        if sources is None:
            continue
        for position, (_, row) in enumerate(sources.iterrows()):
            quelle_id = row["quelle_id"]
            if quelle_id not in first:
                first[quelle_id] = (name, row)
                continue
            other_package, other = first[quelle_id]
            for field in SAME_SOURCE_FIELDS:
                a, b = row.get(field), other.get(field)
                if not (pd.isna(a) and pd.isna(b)) and a != b:
                    yield Problem(csv_file(name, "quellen"), csv_row(position), field,
                                  f"Quelle «{quelle_id}» steht auch im Paket «{other_package}», "
                                  f"dort aber mit {field} «{b}» statt «{a}». Eine Quellen-ID "
                                  "muss überall dieselbe Quelle bezeichnen.")


CHECKS = [check_same_id_same_source]
