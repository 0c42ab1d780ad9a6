"""Across packages: a source id means one source everywhere (same title, publisher, date
and address). The message is in curated/jobcenter/meldungen.yaml."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from kommunale_jobcenter.checks import Packages, Problem, csv_file, csv_row
from kommunale_jobcenter.checks.jobcenter import meldung

SAME_SOURCE_FIELDS = ["titel", "herausgeber", "datum", "url"]


def _cell(value: object) -> str:
    """A cell as text; empty or unreadable (NA) as ''."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) \
        else str(value)


def check_same_id_same_source(packages: Packages) -> Iterator[Problem]:
    """The same quelle_id in two packages must have the same title, publisher, date, url."""
    first: dict[str, tuple[str, pd.Series]] = {}
    for name in sorted(packages):
        sources = packages[name].get("quellen")
        if sources is None:
            continue
        for position, (_, row) in enumerate(sources.iterrows()):
            quelle_id = row["quelle_id"]
            if not isinstance(quelle_id, str):
                continue  # a missing key is a schema error, reported by Frictionless
            if quelle_id not in first:
                first[quelle_id] = (name, row)
                continue
            other_package, other = first[quelle_id]
            for field in SAME_SOURCE_FIELDS:
                a, b = _cell(row.get(field)), _cell(other.get(field))
                if a != b:
                    yield Problem(csv_file(name, "quellen"), csv_row(position), field, meldung(
                        "quelle_abweichend", quelle_id=quelle_id, paket=other_package,
                        feld=field, dort=b, hier=a))


CHECKS = [check_same_id_same_source]
