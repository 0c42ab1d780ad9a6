"""The build is atomic: whatever fails after validation — a page module, mkdocs --strict —
the previous site stays byte for byte, and no staging folder is left behind.
(Failing validation is covered by tests/test_bad_data.py.)"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import kommunale_jobcenter.build as build_module
from kommunale_jobcenter.build import BuildError, build
from kommunale_jobcenter.validate import PendingReport, ValidationReport
from tests.test_bad_data import tree_hash


@pytest.fixture
def previous_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site"
    (site / "jobcenter").mkdir(parents=True)
    (site / "index.html").write_text("<h1>gestern</h1>", encoding="utf-8")
    (site / "jobcenter" / "kreis-warendorf.html").write_bytes(b"\x00gestern\xff")
    # validation is tested elsewhere; here it passes at once
    monkeypatch.setattr(build_module, "start_validation", lambda data_dir, **_: PendingReport(
        lambda: ValidationReport([], 0, 0.0), []))
    return site


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "site")


def test_failing_page_module_keeps_the_site(previous_site: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def half_done(docs: Path, *args: object, **kwargs: object) -> None:
        (docs / "halb.md").write_text("# halb fertig\n", encoding="utf-8")
        raise RuntimeError("Seitenmodul abgestürzt")

    monkeypatch.setattr(build_module, "generate", half_done)
    before = tree_hash(previous_site.parent)
    with pytest.raises(RuntimeError, match="abgestürzt"):
        build(site_dir=previous_site)
    assert tree_hash(previous_site.parent) == before
    assert _leftovers(previous_site.parent) == []


def test_failing_mkdocs_keeps_the_site(previous_site: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_page(docs: Path, *args: object, **kwargs: object) -> SimpleNamespace:
        (docs / "kaputt.md").write_text("# Kaputt\n\n[weg](gibt-es-nicht.md)\n",
                                        encoding="utf-8")
        return SimpleNamespace(pages={}, chart_ids=set())

    monkeypatch.setattr(build_module, "generate", broken_page)
    # a later step may read the generated site's metadata; give it none
    monkeypatch.setattr(build_module, "theme_extra", lambda site: {}, raising=False)
    before = tree_hash(previous_site.parent)
    with pytest.raises(BuildError, match=r"(?s)mkdocs build --strict.*gibt-es-nicht\.md"):
        build(site_dir=previous_site)
    assert tree_hash(previous_site.parent) == before
    assert _leftovers(previous_site.parent) == []
