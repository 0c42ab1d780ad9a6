"""The committed data packages pass every check: Frictionless and our own."""

from __future__ import annotations

from kommunale_jobcenter.load import package_names
from kommunale_jobcenter.validate import validate


def test_committed_packages_validate() -> None:
    report = validate()
    assert report.problems == [], "\n".join(map(str, report.problems[:20]))
    assert report.rows > 100_000


def test_expected_packages_exist() -> None:
    assert {"jobcenter", "statistik", "programme"} <= set(package_names())
