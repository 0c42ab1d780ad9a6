"""Self-hosted JavaScript: the vega-embed bundle (from vl-convert, offline) and our own
progressive-enhancement scripts, with the German number locale baked in."""

from __future__ import annotations

import json
from pathlib import Path

import vl_convert as vlc

from kommunale_jobcenter import chart_output
from kommunale_jobcenter.site import Site

SOURCE = Path(__file__).resolve().parent.parent / "assets"
# the project's cache folder (the parent of build.CACHE_DIR), for a site without a cache
PROJECT_CACHE = Path(__file__).resolve().parents[2] / ".cache"


def vega_bundle(cache_dir: Path | None) -> str:
    """vega + vega-lite + vega-embed as one file; built once per vl-convert version."""
    folder = cache_dir.parent if cache_dir else PROJECT_CACHE
    cache = folder / f"vega-bundle-{vlc.__version__}.js"
    if cache.exists():
        return cache.read_text(encoding="utf-8")
    bundle = vlc.javascript_bundle()
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(bundle, encoding="utf-8")
    return bundle


def generate(site: Site) -> None:
    js = site.docs_dir / "assets" / "js"
    js.mkdir(parents=True, exist_ok=True)
    (js / "vega.js").write_text(vega_bundle(site.cache_dir), encoding="utf-8")
    locale = json.dumps(chart_output.FORMAT_LOCALE, ensure_ascii=False)
    time_locale = json.dumps(chart_output.TIME_FORMAT_LOCALE, ensure_ascii=False)
    script = (SOURCE / "diagramme.js").read_text(encoding="utf-8")
    script = script.replace("/*FORMAT_LOCALE*/null", locale)
    script = script.replace("/*TIME_FORMAT_LOCALE*/null", time_locale)
    (js / "diagramme.js").write_text(script, encoding="utf-8")
