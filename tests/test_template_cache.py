"""Compiled templates kept between builds (kommunale_jobcenter/template_cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from kommunale_jobcenter import template_cache


def _env(templates: Path, cache: Path) -> Environment:
    return Environment(loader=FileSystemLoader(str(templates)),
                       bytecode_cache=template_cache.bytecode_cache(cache))


def test_a_kept_template_is_not_compiled_again_until_it_changes(tmp_path: Path) -> None:
    templates, cache = tmp_path / "vorlagen", tmp_path / "cache"
    templates.mkdir()
    (templates / "seite.md.j2").write_text("# {{ titel }}\n", encoding="utf-8")
    first = _env(templates, cache).get_template("seite.md.j2").render(titel="Kreis")
    assert list(cache.iterdir())  # the compiled code is kept

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("neu übersetzt")

    again = _env(templates, cache)
    again.compile = refuse  # type: ignore[method-assign]
    assert again.get_template("seite.md.j2").render(titel="Kreis") == first == "# Kreis"

    (templates / "seite.md.j2").write_text("## {{ titel }}\n", encoding="utf-8")
    changed = _env(templates, cache)
    changed.compile = refuse  # type: ignore[method-assign]
    with pytest.raises(AssertionError, match="neu übersetzt"):
        changed.get_template("seite.md.j2")
    assert _env(templates, cache).get_template("seite.md.j2").render(titel="Kreis") == "## Kreis"


def test_no_cache_where_its_folder_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("", encoding="utf-8")
    assert template_cache.bytecode_cache(blocker / "jinja") is None
