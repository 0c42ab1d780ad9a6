"""Pieces of the incremental build without building: the input fingerprint, the site
manifest, the validation cache, unchanged files for mkdocs' dirty mode, the one-row edit
of the bench, and the search annotation of a page annotated before. The builds themselves
(unchanged rebuild, one-row edit equal to a cold build) are in tests/test_reproducible.py."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import incremental, package_validation, suche, validate
from kommunale_jobcenter.bench_incremental import EDIT_FILE, edit_one_row
from kommunale_jobcenter.datapackage import DATA_DIR


def _small_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR / "jobcenter", data / "jobcenter")
    return data


def test_fingerprint_follows_data_and_settings(tmp_path: Path) -> None:
    data = _small_data(tmp_path)
    settings = {"site_url": "", "epoch": "1"}
    first = incremental.fingerprint(data, settings)
    assert incremental.fingerprint(data, settings) == first
    assert incremental.fingerprint(data, {**settings, "site_url": "https://x.de/"}) != first
    edit_one_row(data)
    assert incremental.fingerprint(data, settings) != first


def test_one_row_edit_changes_one_line(tmp_path: Path) -> None:
    data = _small_data(tmp_path)
    before = (data / EDIT_FILE).read_text(encoding="utf-8").splitlines()
    edit = edit_one_row(data)
    after = (data / EDIT_FILE).read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1 and edit.after == edit.before + 1
    assert f",{edit.after}," in changed[0][1] and f",{edit.before}," in changed[0][0]


def test_site_manifest_notices_any_change(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "x.html").write_text("eins", encoding="utf-8")
    state = incremental.BuildState(site=incremental.site_manifest(site))
    assert state.site_intact(site)
    (site / "a" / "x.html").write_text("zwei", encoding="utf-8")
    assert not state.site_intact(site)
    state = incremental.BuildState(site=incremental.site_manifest(site))
    (site / "neu.html").write_text("", encoding="utf-8")
    assert not state.site_intact(site)
    state.save(tmp_path / "zustand.json")
    assert incremental.BuildState.load(tmp_path / "zustand.json") == state
    assert incremental.BuildState.load(tmp_path / "fehlt.json") is None


def test_unchanged_files_get_an_old_mtime_changed_ones_a_new(tmp_path: Path) -> None:
    for name in ("gleich.md", "anders.md"):
        (tmp_path / name).write_text(name, encoding="utf-8")
        os.utime(tmp_path / name, (5, 5))
    hashes = incremental.file_hashes(tmp_path)
    previous = {**hashes, "anders.md": "0" * 64}
    assert incremental.mark_unchanged(tmp_path, hashes, previous) == 1
    assert (tmp_path / "gleich.md").stat().st_mtime == incremental.UNCHANGED_MTIME
    assert (tmp_path / "anders.md").stat().st_mtime > incremental.UNCHANGED_MTIME


def test_valid_data_is_not_validated_again(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data, cache = _small_data(tmp_path), tmp_path / "pruefung.json"
    curated = tmp_path / "curated"
    curated.mkdir()
    first = validate.validate(data, curated, cache_file=cache)
    assert first.ok and cache.is_file()

    def fail(*args: object) -> None:
        raise AssertionError("Frictionless lief noch einmal")

    monkeypatch.setattr(package_validation, "_frictionless_problems", fail)
    monkeypatch.setattr(validate, "_run_checks", fail)
    package_validation.frictionless_by_content.cache_clear()
    again = validate.validate(data, curated, cache_file=cache)
    assert again.ok and again.rows == first.rows
    monkeypatch.undo()
    # an invalid edit is validated and reported as without the cache
    path = data / EDIT_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(",05570,", ",5570,", 1)
                    .replace("\n05570,", "\n5570,", 1), encoding="utf-8")
    broken = validate.validate(data, curated, cache_file=cache)
    assert not broken.ok
    assert broken.problems == validate.validate(data, curated).problems


def test_a_check_runs_again_only_when_a_table_it_read_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a one-row edit of the Kreise, the checks that never read that table are not
    run again; those that read it are."""
    data, cache = _small_data(tmp_path), tmp_path / "pruefung.json"
    curated = tmp_path / "curated"
    curated.mkdir()
    assert validate.validate(data, curated, cache_file=cache).ok
    stored = validate.ValidCache(cache).checks
    kreise = (("k", "jobcenter"), ("k", "kreise"))
    readers = [key for key, read in stored.items() if kreise in read]
    assert readers and len(readers) < len(stored)  # some read the Kreise, others do not
    ran: list[str] = []
    original = validate.all_checks

    def counted() -> list:
        def wrap(check):  # type: ignore[no-untyped-def]
            def run(packages):  # type: ignore[no-untyped-def]
                ran.append(check.__qualname__)
                return check(packages)
            run.__module__, run.__qualname__ = check.__module__, check.__qualname__
            return run
        return [wrap(c) for c in original()]

    monkeypatch.setattr(validate, "all_checks", counted)
    edit_one_row(data)
    assert validate.validate(data, curated, cache_file=cache).ok
    assert 0 < len(ran) == len(readers)
    ran.clear()
    assert validate.validate(data, curated, cache_file=cache).ok  # all stored now
    assert ran == []


def test_annotation_is_idempotent(tmp_path: Path) -> None:
    body = ("<html><body>" + suche.BODY_TAG + "<p>{}</p></div></body></html>")
    pages = {"a.html": "Eingliederungsmittel", "b.html": "Eingliederung Mittel " * 2}
    for name, text in pages.items():
        (tmp_path / name).write_text(body.format(text), encoding="utf-8")
    suche.annotate_compounds(tmp_path)
    once = {n: (tmp_path / n).read_text(encoding="utf-8") for n in pages}
    assert suche.PARTS_ATTR in once["a.html"] and suche.PARTS_ATTR not in once["b.html"]
    suche.annotate_compounds(tmp_path)
    assert {n: (tmp_path / n).read_text(encoding="utf-8") for n in pages} == once


def test_states_of_vanished_sites_are_pruned(tmp_path: Path) -> None:
    states, kept_site = tmp_path / "zustand", tmp_path / "site"
    kept_site.mkdir()
    gone_site = tmp_path / "weg"
    for site in (kept_site, gone_site):
        incremental.BuildState(fingerprint="f", site_path=str(site)).save(
            incremental.state_file(states, site))
    older = incremental.state_file(states, tmp_path / "alt")  # written before site_path
    incremental.BuildState(fingerprint="f").save(older)
    (states / "bau-kaputt.json").write_text("{", encoding="utf-8")
    removed = incremental.prune_states(states)
    assert sorted(removed) == sorted([incremental.state_file(states, gone_site), older,
                                      states / "bau-kaputt.json"])
    assert [p.name for p in states.glob("bau-*.json")] == [
        incremental.state_file(states, kept_site).name]
    assert incremental.BuildState.load(
        incremental.state_file(states, kept_site)).site_path == str(kept_site)


def test_the_checks_load_stands_in_for_the_builds_only_where_it_is_the_same(
        tmp_path: Path) -> None:
    """The build takes the data as the own checks loaded it (leniently) instead of loading
    it again, but only where no cell was lost to the lenient load: then every frame equals
    a strict load's, column types included."""
    from kommunale_jobcenter.load import load_all

    pending = validate.start_validation(DATA_DIR)
    assert pending.packages is not None
    strict = load_all(DATA_DIR)
    assert list(pending.packages) == list(strict)
    for name, tables in strict.items():
        assert list(pending.packages[name]) == list(tables)
        for resource, frame in tables.items():
            pd.testing.assert_frame_equal(pending.packages[name][resource], frame,
                                          check_exact=True)
    data = _small_data(tmp_path)
    path = data / EDIT_FILE
    header, first, *rest = path.read_text(encoding="utf-8").split("\n")
    column = header.split(",").index("einwohner_anzahl")
    cells = first.split(",")
    cells[column] = "viele"  # not an integer: the lenient load makes it missing
    path.write_text("\n".join([header, ",".join(cells), *rest]), encoding="utf-8")
    broken = validate.start_validation(data, tmp_path / "kein-curated")
    assert broken.packages is None  # the build loads strictly (and fails on the cell)
