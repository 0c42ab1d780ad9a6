"""A deployed build (KJ_SITE_URL set, as the workflow does) has absolute links in sitemap,
feed, catalogue and canonical links; a local build stays relative and works from file://."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kommunale_jobcenter.build import BuildResult, build

pytestmark = pytest.mark.build
ADDRESS = "https://daten.example.org/kommunale-jobcenter/"


@pytest.fixture(scope="module")
def deployed_build(warm_state: Callable[[Path], Path],
                   tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """Built with a copy of the local session build's page and validation cache: the
    pages that never read the address are taken from there (``page_cache.READ_SETTINGS``)."""
    work = tmp_path_factory.mktemp("deploy")
    return build(site_dir=work / "site", site_url=ADDRESS,
                 state_dir=warm_state(work / "zustand"))


@pytest.fixture(scope="module")
def deployed(deployed_build: BuildResult) -> Path:
    return deployed_build.site_dir


def test_a_deploy_build_takes_the_local_builds_pages(deployed_build: BuildResult) -> None:
    assert deployed_build.mode == "voll" and deployed_build.reused > 0


def test_deployed_links_are_absolute(deployed: Path) -> None:
    sitemap = (deployed / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{ADDRESS}index.html</loc>" in sitemap
    assert f'<link rel="canonical" href="{ADDRESS}jobcenter/index.html">' in (
        deployed / "jobcenter" / "index.html").read_text(encoding="utf-8")
    feed = (deployed / "daten" / "aenderungen.xml").read_text(encoding="utf-8")
    assert f'href="{ADDRESS}daten/aenderungen.xml"' in feed
    catalogue = json.loads((deployed / "daten" / "katalog.jsonld").read_text(encoding="utf-8"))
    text = json.dumps(catalogue)
    assert f'"{ADDRESS}daten/jobcenter.zip' in text
    assert '"../' not in text


def test_local_build_stays_relative(built_site: Path) -> None:
    assert 'rel="canonical"' not in (built_site / "index.html").read_text(encoding="utf-8")
    feed = (built_site / "daten" / "aenderungen.xml").read_text(encoding="utf-8")
    assert 'href="aenderungen.xml"' in feed
    assert "https://daten.example.org" not in (built_site / "daten" / "katalog.jsonld").read_text(
        encoding="utf-8")
