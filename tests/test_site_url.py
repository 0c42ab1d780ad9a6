"""A deployed build (KJ_SITE_URL set, as the workflow does) has absolute links in sitemap,
feed, catalogue and canonical links; a local build stays relative and works from file://."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.build
ADDRESS = "https://daten.example.org/kommunale-jobcenter/"


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kommunale_jobcenter.build import build

    site = tmp_path_factory.mktemp("deploy") / "site"
    build(site_dir=site, site_url=ADDRESS)
    return site


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
