"""Per-package work kept between builds (``kommunale_jobcenter.package_memo``): after an
edit of one package, the build loads and reads only that package again, and what it takes
from the memo equals what reading the files gives."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from kommunale_jobcenter import load
from kommunale_jobcenter.bench_incremental import EDIT_FILE, edit_one_row
from kommunale_jobcenter.datapackage import DATA_DIR, DATA_VERSION
from kommunale_jobcenter.package_memo import NO_MEMO, PackageMemo
from kommunale_jobcenter.publish import exports
from kommunale_jobcenter.publish.context import read_context
from kommunale_jobcenter.validate import start_validation

EDITED = Path(EDIT_FILE).parts[0]  # the package the bench's one-row edit changes


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    shutil.copytree(DATA_DIR, tmp_path / "data")
    return tmp_path / "data"


def test_after_an_edit_only_the_edited_package_is_loaded_again(
        data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memo = PackageMemo(tmp_path / "pakete")
    loaded: Counter[str] = Counter()
    real = load.load_package

    def counting(name: str, *args: object, **kwargs: object) -> object:
        loaded[name] += 1
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "load_package", counting)
    first = start_validation(data, memo=memo).packages
    assert first is not None and set(loaded) == set(first) and len(first) > 1
    loaded.clear()
    edit_one_row(data, by=3)
    second = start_validation(data, memo=memo).packages
    assert dict(loaded) == {EDITED: 1}
    fresh = start_validation(data).packages  # no memo: every package from its files
    assert second is not None and fresh is not None and second.keys() == fresh.keys()
    for name, tables in fresh.items():
        for resource, frame in tables.items():
            assert second[name][resource].equals(frame), (name, resource)
    assert not second[EDITED][Path(EDIT_FILE).stem].equals(first[EDITED][Path(EDIT_FILE).stem])


def test_after_an_edit_only_the_edited_package_is_read_again_for_the_downloads(
        data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memo = PackageMemo(tmp_path / "pakete")
    names = sorted(p.parent.name for p in data.glob("*/datapackage.json"))
    parsed: list[str] = []
    real = exports.dict_rows

    def counting(text: str) -> tuple[list[str], list[dict[str, str]]]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(exports, "dict_rows", counting)
    read_context(names, data, DATA_VERSION, memo)
    edit_one_row(data, by=3)
    parsed.clear()
    kept = read_context(names, data, DATA_VERSION, memo)
    edited = {text for (pkg, _), text in kept.texts.items() if pkg == EDITED}
    assert parsed and set(parsed) == edited
    fresh = read_context(names, data, DATA_VERSION, NO_MEMO)
    assert kept.texts == fresh.texts and kept.tables == fresh.tables
    assert kept.index == fresh.index and list(kept.index) == list(fresh.index)
    assert kept.files == fresh.files


def test_a_memo_file_that_cannot_be_read_is_made_anew(tmp_path: Path) -> None:
    memo = PackageMemo(tmp_path / "pakete")
    assert memo.get("laden", "p", "d1", lambda: [1]) == [1]
    assert memo.get("laden", "p", "d1", lambda: [2]) == [1]  # kept
    (kept,) = (tmp_path / "pakete" / "laden" / "p").glob("*.pickle")
    kept.write_bytes(b"kaputt")
    assert memo.get("laden", "p", "d1", lambda: [3]) == [3]
    assert memo.get("laden", "p", "d2", lambda: [4]) == [4]  # other content
    assert len(list((tmp_path / "pakete" / "laden" / "p").glob("*.pickle"))) == 1
    assert NO_MEMO.get("laden", "p", "d1", lambda: [5]) == [5]
