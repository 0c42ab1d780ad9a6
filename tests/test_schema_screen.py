"""The quick pass over valid data (``schema_screen``) never vouches for a package in which
Frictionless finds a problem: on every real package, and on a small package with every
type, constraint and key our schemas use, altered cell by cell (fixed seed)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest
import yaml

from kommunale_jobcenter import package_validation, schema_screen
from tests.fixtures.small_package import SCHEMA, TABLES, TRICKY, write_package

ROOT = Path(__file__).resolve().parents[1]
REAL = sorted(ROOT.glob("data/*/datapackage.json")) + sorted(
    ROOT.glob("curated/*/datapackage.yaml"))

def frictionless_finds(folder: Path, descriptor: dict) -> list:
    return package_validation._frictionless_problems(folder, descriptor, folder.parent)


def read_descriptor(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


@pytest.mark.slow
@pytest.mark.parametrize("path", REAL, ids=lambda p: str(p.parent.relative_to(ROOT)))
def test_every_real_package_is_vouched_for_and_frictionless_agrees(path: Path) -> None:
    descriptor = read_descriptor(path)
    assert schema_screen.certainly_valid(path.parent, descriptor)
    assert frictionless_finds(path.parent, descriptor) == []


def test_the_small_package_is_valid_by_both(tmp_path: Path) -> None:
    write_package(tmp_path / "p", SCHEMA, TABLES)
    assert frictionless_finds(tmp_path / "p", SCHEMA) == []
    assert schema_screen.certainly_valid(tmp_path / "p", SCHEMA)


def mutations(rng: random.Random, count: int) -> list[dict[str, list[list[str]]]]:
    """Altered copies of TABLES: one to three cells replaced by tricky texts, now and then
    a row doubled, dropped or blanked."""
    out = []
    for _ in range(count):
        tables = copy.deepcopy(TABLES)
        for _ in range(rng.randint(1, 3)):
            name = rng.choice(sorted(tables))
            rows = tables[name]
            row = rng.randrange(1, len(rows))
            action = rng.random()
            if action < 0.8:
                rows[row][rng.randrange(len(rows[0]))] = rng.choice(TRICKY)
            elif action < 0.9:
                rows.append(list(rows[row]))
            elif action < 0.95 and len(rows) > 2:
                del rows[row]
            else:
                rows[row] = [""] * len(rows[0])
        out.append(tables)
    return out


def test_the_pass_vouches_only_for_what_frictionless_finds_valid(tmp_path: Path) -> None:
    vouched = frictionless_valid = 0
    for n, tables in enumerate(mutations(random.Random(20261205), 160)):
        folder = tmp_path / f"m{n}"
        write_package(folder, SCHEMA, tables)
        found = frictionless_finds(folder, SCHEMA)
        frictionless_valid += not found
        if schema_screen.certainly_valid(folder, SCHEMA):
            vouched += 1
            assert found == [], (tables, found)
    # the altered packages cover both sides, and the pass is not merely strict
    assert 0 < frictionless_valid < 160
    assert vouched >= frictionless_valid // 3


@pytest.mark.parametrize("change", [
    lambda d: d["resources"][1]["schema"]["fields"][3].update(type="year"),
    lambda d: d["resources"][1]["schema"]["fields"][3].update(format="default"),
    lambda d: d["resources"][1]["schema"]["fields"][0]["constraints"].update(minLength=2),
    lambda d: d["resources"][1].update(dialect={"delimiter": ";"}),
    lambda d: d["resources"][1].update(encoding="latin-1"),
    lambda d: d["resources"][1]["schema"].update(fieldsMatch="subset"),
])
def test_a_schema_feature_it_does_not_know_goes_to_frictionless(tmp_path: Path,
                                                                change) -> None:
    descriptor = copy.deepcopy(SCHEMA)
    change(descriptor)
    write_package(tmp_path / "p", descriptor, TABLES)
    assert not schema_screen.certainly_valid(tmp_path / "p", descriptor)


def test_validation_reads_valid_data_the_quick_way_and_bad_data_with_frictionless(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = package_validation._frictionless_problems
    monkeypatch.setattr(package_validation, "_frictionless_problems",
                        lambda *a: calls.append(a) or real(*a))
    good, bad = tmp_path / "gut", tmp_path / "schlecht"
    write_package(good, SCHEMA, TABLES)
    tables = copy.deepcopy(TABLES)
    tables["haupt"][3][3] = "101"  # above the maximum
    write_package(bad, SCHEMA, tables)
    assert package_validation.package_problems(good, SCHEMA, tmp_path) == []
    assert calls == []
    problems = package_validation.package_problems(bad, SCHEMA, tmp_path)
    assert [(p.file, p.row, p.field) for p in problems] == [("data/schlecht/haupt.csv", 4,
                                                             "wert")]
    assert len(calls) == 1
