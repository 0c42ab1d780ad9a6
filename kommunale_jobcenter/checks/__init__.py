"""Our own data checks, beyond what Frictionless can express.

Each module ``kommunale_jobcenter/checks/<topic>.py`` exposes ``CHECKS``: functions that take all
loaded packages (``{package: {resource: DataFrame}}``, typed by ``kommunale_jobcenter.load``) and
yield ``Problem``s. Every problem names file, row and field in words a data editor
understands without reading code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

Packages = Mapping[str, Mapping[str, pd.DataFrame]]
Check = Callable[[Packages], Iterable["Problem"]]


@dataclass(frozen=True)
class Problem:
    file: str  # e.g. "data/jobcenter/traeger.csv"
    row: int | None  # CSV line number (header = 1, first data row = 2)
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        if self.field:
            where += f":{self.field}"
        return f"{where}: {self.message}"


def csv_file(package: str, resource: str) -> str:
    return f"data/{package}/{resource}.csv"


def csv_row(index: int) -> int:
    """CSV line number of the DataFrame row at position ``index`` (header is line 1)."""
    return int(index) + 2


def all_checks() -> list[Check]:
    from importlib import import_module
    from pkgutil import iter_modules

    checks: list[Check] = []
    for info in sorted(iter_modules(__path__), key=lambda i: i.name):
        checks.extend(import_module(f"{__name__}.{info.name}").CHECKS)
    return checks
