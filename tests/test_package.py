"""The code is one installable package with one version source (pyproject.toml)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from kommunale_jobcenter.datapackage import DATA_VERSION, project_version

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kommunale_jobcenter"


def test_the_version_is_read_from_pyproject(tmp_path: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    assert declared == DATA_VERSION
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "x"\nversion = "1999.1.2"\n', encoding="utf-8")
    assert project_version(other) == "1999.1.2"


def test_no_second_version_literal_in_the_code() -> None:
    literal = re.compile(r"""^\s*(DATA_VERSION|__version__|VERSION)\s*=\s*["']""", re.M)
    found = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py")
             if literal.search(p.read_text(encoding="utf-8"))]
    assert found == []


def test_the_package_is_installed_from_this_tree() -> None:
    """make's environment installs the project itself (editable): its metadata names the
    pinned requirements and the command line entry point."""
    from importlib.metadata import distribution

    dist = distribution("kommunale-jobcenter")
    assert dist.version == DATA_VERSION
    assert any(r.startswith("pandas==") for r in dist.requires or [])
    scripts = {e.name: e.value for e in dist.entry_points if e.group == "console_scripts"}
    assert scripts == {"kommunale-jobcenter": "kommunale_jobcenter.__main__:main"}
    # outside the repository (no pytest pythonpath), the import still finds this tree
    code = "import kommunale_jobcenter as k; print(k.__file__)"
    out = subprocess.run([sys.executable, "-c", code],
                         capture_output=True, text=True, cwd="/", check=True)
    assert Path(out.stdout.strip()).resolve().parent == PACKAGE
