"""The same generated docs folder built with mkdocs and with Zensical (``make bench``,
part ``zensical``): pages, size, time, ``--strict`` and the privacy probe."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kommunale_jobcenter import build
from kommunale_jobcenter.page_weight import dir_bytes

ROOT = build.ROOT

DEFAULT_ZENSICAL = Path("/tmp/zensical-venv/bin/zensical")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    with contextlib.redirect_stdout(io.StringIO()):
        yield


# --- mkdocs vs Zensical -----------------------------------------------------------------

# Zensical's own theme bundle names CDN scripts that mkdocs-material's does not (pyodide,
# ace, glightbox, mermaid 12, a polyfill); none is loaded unless that feature is used, but
# its privacy report lists each one and --strict fails on the theme itself (0.0.73).
# Patterns name no host (fnmatch's * also matches "/"), so no CDN address stands in our code.
ZENSICAL_EXCLUDES = ["*/pyodide@*", "*/ace-builds@*", "*/glightbox@*", "*/mermaid@12/*",
                     "*/pyodide/*", "*/resize-observer-polyfill*"]


def _config_for(docs_dir: Path, site_dir: Path, target: Path,
                extra: dict[str, Any] | None = None, excludes: list[str] = ()) -> Path:
    """mkdocs.yml for the Zensical CLI: docs_dir and site_dir relative to the config file
    (Zensical 0.0.73 panics on absolute ones), absolute theme.custom_dir and hooks, the
    ``extra`` values kommunale_jobcenter.build passes to mkdocs in-process, optional privacy
    exclusions."""
    import yaml

    config = yaml.safe_load(build.MKDOCS_YML.read_text(encoding="utf-8"))
    config["docs_dir"] = os.path.relpath(docs_dir, target.parent)
    config["site_dir"] = os.path.relpath(site_dir, target.parent)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and isinstance(plugin.get("privacy"), dict) and excludes:
            plugin["privacy"].setdefault("assets_exclude", []).extend(excludes)
    config["hooks"] = [str((ROOT / h).resolve()) for h in config.get("hooks", [])]
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str((ROOT / theme["custom_dir"]).resolve())
    if extra:
        config.setdefault("extra", {}).update(json.loads(json.dumps(extra, default=str)))
    target.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    return target


def _mkdocs_extra(args: tuple[tuple, dict]) -> dict[str, Any] | None:
    positional, keywords = args
    return keywords.get("extra") or (positional[0] if positional else None)


def _html_set(site_dir: Path) -> set[str]:
    return {p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html")}


def compare_zensical(docs_dir: Path, work: Path, zensical: Path,
                     mkdocs_args: tuple[tuple, dict] = ((), {})) -> dict[str, Any]:
    """Build the same generated docs with mkdocs (in-process, like kommunale_jobcenter.build) and
    with Zensical (its CLI); compare time, pages, size, strict mode and the privacy guard."""
    out: dict[str, Any] = {"zensical": str(zensical)}
    with contextlib.suppress(Exception):
        out["version"] = subprocess.run([str(zensical), "--version"], capture_output=True,
                                        text=True, timeout=60).stdout.strip()
    results: dict[str, Any] = {}
    mk_site = work / "vergleich-mkdocs"
    started = time.perf_counter()
    with _quiet():
        build.mkdocs_build(docs_dir, mk_site, *mkdocs_args[0], **mkdocs_args[1])
    results["mkdocs"] = {"seconds": time.perf_counter() - started, "ok": True}
    zn_site = work / "vergleich-zensical"
    extra = _mkdocs_extra(mkdocs_args)
    # 1. the project's config unchanged: does Zensical pass --strict with it?
    plain = _config_for(docs_dir, zn_site, work / "zensical-unveraendert.yml", extra)
    proc = _zensical(zensical, plain, work)
    out["zensical_unveraendert_strict_ok"] = proc.returncode == 0
    out["zensical_unveraendert_warnungen"] = _warnings(proc)
    shutil.rmtree(zn_site, ignore_errors=True)
    # 2. with the one extra exclusion, cold (--clean): timed
    out["zensical_zusaetzlich_ausgenommen"] = ZENSICAL_EXCLUDES
    config = _config_for(docs_dir, zn_site, work / "zensical-mkdocs.yml", extra,
                         ZENSICAL_EXCLUDES)
    started = time.perf_counter()
    proc = _zensical(zensical, config, work)
    results["zensical"] = {"seconds": time.perf_counter() - started,
                           "ok": proc.returncode == 0, "returncode": proc.returncode,
                           "warnungen": _warnings(proc),
                           "log": (proc.stdout + proc.stderr)[-3000:]}
    for name, site in (("mkdocs", mk_site), ("zensical", zn_site)):
        if site.is_dir():
            results[name].update({"html_pages": len(_html_set(site)),
                                  "site_bytes": dir_bytes(site)})
    if mk_site.is_dir() and zn_site.is_dir():
        mk, zn = _html_set(mk_site), _html_set(zn_site)
        out["nur_mkdocs"] = sorted(mk - zn)[:30]
        out["nur_zensical"] = sorted(zn - mk)[:30]
        out["gleiche_seiten"] = mk == zn
        out["zensical_externe_verweise"] = _external_refs(zn_site)[:20]
        out["mkdocs_externe_verweise"] = _external_refs(mk_site)[:20]
        out["zensical_vega_seiten"] = sum(
            1 for p in zn_site.rglob("*.html") if "assets/js/vega.js" in p.read_text("utf-8"))
    out.update(results)
    out["privacy_probe"] = privacy_probe(docs_dir, work, zensical, mkdocs_args)
    return out


def _zensical(zensical: Path, config: Path, work: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(zensical), "build", "--clean", "--strict", "-f", str(config)],
                          capture_output=True, text=True, cwd=work, timeout=1800)


def _warnings(proc: subprocess.CompletedProcess) -> list[str]:
    return [line.strip() for line in (proc.stdout + proc.stderr).splitlines()
            if "WARNING" in line or "ERROR" in line][:20]


_EXTERNAL = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=["'](https?:)?//""")


def _external_refs(site_dir: Path) -> list[str]:
    found = []
    for page in site_dir.rglob("*.html"):
        for m in _EXTERNAL.finditer(page.read_text(encoding="utf-8")):
            found.append(f"{page.relative_to(site_dir)}: {m.group(0)[:120]}")
    return found


def privacy_probe(docs_dir: Path, work: Path, zensical: Path,
                  mkdocs_args: tuple[tuple, dict] = ((), {})) -> dict[str, Any]:
    """Plant one third-party image in a copy of the docs: does --strict fail?"""
    probe_docs = work / "probe-docs"
    shutil.copytree(docs_dir, probe_docs)
    page = probe_docs / "impressum.md"
    page.write_text(page.read_text(encoding="utf-8")
                    + '\n\n<img src="https://example.org/tracker.png" alt="">\n',
                    encoding="utf-8")
    out: dict[str, Any] = {}
    try:
        with _quiet():
            build.mkdocs_build(probe_docs, work / "probe-mkdocs", *mkdocs_args[0],
                               **mkdocs_args[1])
        out["mkdocs_schlaegt_fehl"] = False
    except build.BuildError:
        out["mkdocs_schlaegt_fehl"] = True
    config = _config_for(probe_docs, work / "probe-zensical", work / "probe-mkdocs.yml",
                         _mkdocs_extra(mkdocs_args), ZENSICAL_EXCLUDES)
    proc = _zensical(zensical, config, work)
    out["zensical_warnungen"] = _warnings(proc)
    out["zensical_schlaegt_fehl"] = proc.returncode != 0
    out["zensical_log"] = (proc.stdout + proc.stderr)[-1500:]
    built = work / "probe-zensical" / "impressum.html"
    if built.is_file():
        out["zensical_laesst_externes_bild"] = "example.org/tracker.png" in built.read_text(
            "utf-8")
    return out
