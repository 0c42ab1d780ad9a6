"""The pull-request summary: rows added, removed and changed per resource, via git."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from kommunale_jobcenter.publish import datadiff


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=Test", "-c",
                    "user.email=test@example.org", *args], check=True, capture_output=True)


def _package(repo: Path, version: str, rows: list[str]) -> None:
    folder = repo / "data" / "pkg"
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = {"name": "pkg", "version": version, "resources": [{
        "name": "tab", "type": "table", "path": "tab.csv",
        "schema": {"fields": [{"name": "id"}, {"name": "wert"}], "primaryKey": ["id"]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (folder / "tab.csv").write_text("id,wert\n" + "".join(r + "\n" for r in rows),
                                    encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    _git(tmp_path, "init", "-q")
    _package(tmp_path, "1.0", ["a,1", "b,2", "c,3"])
    _git(tmp_path, "add", "data")
    _git(tmp_path, "commit", "-q", "-m", "Daten")
    return tmp_path


def test_diff_counts_added_removed_changed_rows(repo: Path) -> None:
    _package(repo, "1.1", ["a,1", "b,20", "d,4", "e,5"])  # c removed, b changed, d e added
    result = datadiff.diff("HEAD", repo)
    [tab] = result.resources
    assert (tab.rows_before, tab.rows_after) == (3, 4)
    assert (tab.added, tab.removed, tab.changed) == (2, 1, 1)
    assert result.version_before == {"pkg": "1.0"} and result.version_after == {"pkg": "1.1"}
    text = datadiff.markdown(result)
    assert "| pkg | tab | 3 | 4 | 2 | 1 | 1 |  |" in text
    assert "Version 1.0 → 1.1" in text
    snippet = datadiff.changelog_yaml(result)
    assert "pkg/tab: {hinzugefuegt: 2, entfernt: 1, geaendert: 1}" in snippet


def test_unchanged_data_says_so(repo: Path) -> None:
    assert "Keine Änderungen an den Daten." in datadiff.markdown(datadiff.diff("HEAD", repo))


def test_new_package_counts_every_row_as_added(repo: Path) -> None:
    folder = repo / "data" / "neu"
    folder.mkdir()
    (folder / "datapackage.json").write_text(json.dumps({"name": "neu", "resources": [
        {"name": "t", "type": "table", "path": "t.csv", "schema": {"fields": [], "primaryKey":
                                                                     ["id"]}}]}), "utf-8")
    (folder / "t.csv").write_text("id\nx\ny\n", encoding="utf-8")
    new = next(r for r in datadiff.diff("HEAD", repo).resources if r.package == "neu")
    assert (new.rows_before, new.rows_after, new.added) == (None, 2, 2)


def test_cli_writes_the_github_step_summary(repo: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _package(repo, "1.1", ["a,1", "b,2"])
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert datadiff.main(["HEAD", "--repo", str(repo)]) == 0
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Datenänderungen gegenüber `HEAD`")
    assert "| pkg | tab | 3 | 2 | 0 | 1 | 0 |  |" in text


def test_unknown_ref_fails_loudly(repo: Path) -> None:
    with pytest.raises(RuntimeError, match="git"):
        datadiff.diff("gibt-es-nicht", repo)
