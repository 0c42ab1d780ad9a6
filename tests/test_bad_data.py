"""Bad input gets a clear error naming file, row and field — and nothing is lost.

Every case in ``tests/fixtures/bad_data.py`` breaks a copy of data/ in one way. The
validator must name the exact place and say what is wrong in German; three cases also go
through the command line: the build must exit non-zero and leave a previously built
site byte for byte unchanged.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kommunale_jobcenter.validate import validate
from tests.fixtures.bad_data import CASES, DATA, Case, Where

ROOT = Path(__file__).resolve().parent.parent


def tree_hash(folder: Path) -> dict[str, str]:
    """Every file below folder (relative path → sha256), and every folder."""
    return {
        p.relative_to(folder).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>")
        for p in sorted(folder.rglob("*"))
    }


def _mentions(message: str, words: tuple[str, ...]) -> list[str]:
    return [w for w in words if w.lower() not in message.lower()]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_reported_where_it_is(case: Case, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    where = case.prepare(data)
    report = validate(data)
    assert not report.ok, f"{case.name}: die Prüfung hat den Fehler nicht gefunden"
    at_place = [p for p in report.problems
                if (p.file, p.row, p.field) == (where.file, where.row, where.field)]
    listing = "\n".join(str(p) for p in report.problems)
    assert at_place, f"keine Meldung für {where}; gemeldet:\n{listing}"
    words = case.words + where.words
    assert any(not _mentions(p.message, words) for p in at_place), (
        f"Meldung nennt nicht {words}:\n{listing}")
    first = str(at_place[0])
    prefix = where.file + (f":{where.row}" if where.row else "") + (
        f":{where.field}" if where.field else "") + ": "
    assert first.startswith(prefix), first


def test_the_real_data_passes() -> None:
    """The cases are only meaningful if the unbroken data is valid."""
    report = validate(DATA)
    assert report.ok, "\n".join(map(str, report.problems))


def test_cases_cover_the_brief() -> None:
    names = {c.name for c in CASES}
    assert len(names) == len(CASES) >= 18


# -- the command line: exit code and an untouched previous site -------------------------
CLI_CASES = [c for c in CASES if c.name in (
    "semikolon-als-trennzeichen", "kreisschluessel-ohne-fuehrende-null",
    "datapackage-kein-json")]


@pytest.fixture(scope="module")
def previous_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's site, standing in for yesterday's published site/."""
    site = tmp_path_factory.mktemp("vorher") / "site"
    shutil.copytree(built_site, site)
    return site


@pytest.mark.build
@pytest.mark.parametrize("case", CLI_CASES, ids=[c.name for c in CLI_CASES])
def test_build_refuses_bad_data_and_keeps_the_site(case: Case, previous_site: Path,
                                                   tmp_path: Path) -> None:
    assert len(CLI_CASES) == 3
    data = tmp_path / "data"
    shutil.copytree(DATA, data)  # the whole data/, so every package is validated
    where = case.mutate(data)
    before = tree_hash(previous_site.parent)
    result = subprocess.run(
        [sys.executable, "-m", "kommunale_jobcenter", "build", "--site", str(previous_site),
         "--data", str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    prefix = where.file + (f":{where.row}" if where.row else "") + (
        f":{where.field}" if where.field else "") + ": "
    assert prefix in output, output
    assert "unverändert" in result.stderr, output
    # the data is loaded while Frictionless runs; a failure there waits for the report
    assert "Traceback" not in output, output
    assert tree_hash(previous_site.parent) == before  # not one byte, no leftover folder


@pytest.mark.build
def test_pages_generated_while_validating_are_dropped_when_the_data_is_bad(
        tmp_path: Path) -> None:
    """The build generates pages while Frictionless and the own checks are still under
    way (``build.Validation``); data that loads but is invalid still stops it with the
    report, and neither a site nor a staging folder is left."""
    from kommunale_jobcenter import build
    from kommunale_jobcenter.recorder import Recorder

    case = next(c for c in CASES if c.name == "doppelter-schluessel")
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    where = case.mutate(data)
    recorder = Recorder()
    with pytest.raises(build.BuildError, match="Datenfehler"):
        build.build(tmp_path / "out" / "site", data, build.CACHE_DIR, recorder=recorder,
                    state_dir=tmp_path / "zustand")
    assert "laden" in recorder.seconds and "seiten:assets" in recorder.seconds
    report = recorder.notes["report"]
    assert any(p.file == where.file and p.row == where.row for p in report.problems)
    assert list((tmp_path / "out").iterdir()) == []  # no site/, no .bau-* folder


def test_where_prefix_matches_problem_format() -> None:
    """The CLI assertion builds the prefix the way Problem prints it."""
    from kommunale_jobcenter.checks import Problem

    where = Where("data/x.csv", 3, "f")
    assert str(Problem(where.file, where.row, where.field, "m")).startswith("data/x.csv:3:f: ")


def test_validation_on_the_worker_pool_reports_as_in_one_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the build's workers, Frictionless checks several packages at once, while the
    own checks run before its result is known: the report must be the same, in the same
    order, as when one process does everything (errors in two packages)."""
    from kommunale_jobcenter import workers
    from tests.fixtures import bad_data

    data = tmp_path / "data"
    data.mkdir()
    for name in ("jobcenter", "finanzen", "programme"):
        shutil.copytree(DATA / name, data / name)
    by_name = {c.name: c for c in CASES}
    by_name["verweis-kreis-fehlt"].mutate(data)
    by_name["finanzen-anteil-ueber-100"].mutate(data)
    bad_data.set_cell(bad_data.traeger(data), "zkt_id", "NW-17", "name", "")
    monkeypatch.setenv("KJ_BUILD_WORKERS", "1")
    alone = validate(data).problems
    monkeypatch.setenv("KJ_BUILD_WORKERS", "2")
    with workers.pool():
        assert workers.current() is not None
        pooled = validate(data).problems
    assert len(alone) >= 3
    assert {p.file for p in alone} >= {"data/jobcenter/traeger.csv", "data/finanzen/anteile.csv"}
    assert [str(p) for p in pooled] == [str(p) for p in alone]
