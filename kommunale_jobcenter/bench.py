"""Measure the build and the weight of the pages: ``python -m kommunale_jobcenter.bench`` (``make
bench``).

Everything happens in a temporary folder: the import of raw/ goes into a temporary
data folder (never data/), the site is built into a temporary folder (never site/), and the
chart cache starts empty (cold) unless stated. Measured:

1. the real site, ``--runs`` times (median): time per stage (import, validate, load,
   charts, pages, mkdocs) and total; rows validated, charts rendered and pages built per
   second; page count and site size;
2. page weight per page type, discovered in the built site: HTML bytes and the bytes a
   first visit transfers (HTML + every stylesheet, script, image, chart SVG and chart
   spec it references), uncompressed and gzip level 6; the search index separately;
3. the targets (build time, profile page without JavaScript, vega.js only on chart
   pages and at one URL, start page weight) and the incremental build: cold, unchanged
   and one-row edit, per stage and as shares of cold (kommunale_jobcenter/bench_incremental.py);
4. scaling on synthetic data (``kommunale_jobcenter.synthetic``) 1×, 3×, 10×: time per stage and
   site size, growth factors and the fitted exponent (log-log slope) per stage;
5. optionally the same generated docs built with Zensical (``--zensical PATH``; looked up
   in /tmp/zensical-venv by default) next to mkdocs;
6. Lighthouse (mobile) on five pages of the built site: kommunale_jobcenter/bench_lighthouse.py;
7. validation per package, Frictionless row by row against the quick pass for valid data
   (``schema_screen``), alternating: kommunale_jobcenter/bench_validation.py.

Results are printed as tables and written as JSON (default bench-results/bench-<time>.json).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kommunale_jobcenter import (
    bench_incremental,
    bench_lighthouse,
    bench_suche,
    bench_validation,
    build,
    chart_output,
    parallel,
    synthetic,
)
from kommunale_jobcenter.bench_report import STAGES, format_report, jsonable
from kommunale_jobcenter.bench_zensical import DEFAULT_ZENSICAL, compare_zensical
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.page_weight import (
    TARGET_PROFILE_BYTES,
    TARGET_PROFILE_FIRST_VISIT_GZIP,
    TARGET_START_GZIP_BYTES,
    dir_bytes,
    page_weights,
)
from kommunale_jobcenter.recorder import Recorder, cpu_seconds, settled_cpu_seconds

ROOT = build.ROOT
RESULTS_DIR = ROOT / "bench-results"
# Targets stated in the README (issue 7).
TARGET_BUILD_SECONDS = 60


def _chart_times(before: tuple[dict[str, float], dict[str, float]]) -> dict[str, float]:
    """Wall seconds this process spent publishing charts (``grafiken``) and, within that,
    in vl-convert (``render``) since ``before``, and CPU seconds as ``cpu:<key>``: read
    from ``chart_output.TIMES``, the Recorder chart_output times itself with."""
    wall, cpu = chart_output.TIMES.seconds, chart_output.TIMES.cpu_seconds
    out = {}
    for key in ("grafiken", "render"):
        out[key] = wall.get(key, 0.0) - before[0].get(key, 0.0)
        out["cpu:" + key] = cpu.get(key, 0.0) - before[1].get(key, 0.0)
    return out


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Swallow the pipeline's own progress output (the bench prints its own tables)."""
    with contextlib.redirect_stdout(io.StringIO()):
        yield


# --- one pipeline run ---------------------------------------------------------------------

def run_pipeline(data_dir: Path, work: Path, cache_dir: Path | None,
                 expectations: contextlib.AbstractContextManager | None = None,
                 keep_docs: bool = False) -> dict[str, Any]:
    """One full ``build()`` into work/site (no incremental state), timed per stage through
    its ``Recorder``; the charts published in the main process and vl-convert's rendering
    are timed inside ``chart_output``. keep_docs keeps a copy of the generated docs."""
    recorder = Recorder(keep_docs=work / "docs" if keep_docs else None)
    rendered, cached = chart_output.STATS.rendered, chart_output.STATS.cached
    charts_before = (dict(chart_output.TIMES.seconds), dict(chart_output.TIMES.cpu_seconds))
    parallel.WORKER_CPU.clear()
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(_quiet())
            stack.enter_context(expectations or contextlib.nullcontext())
            started, cpu = time.perf_counter(), cpu_seconds()
            result = build.build(work / "site", data_dir, cache_dir, recorder=recorder,
                                 incremental=False)
            wall = time.perf_counter() - started
            wall_cpu = settled_cpu_seconds() - cpu
    except build.BuildError:
        report = recorder.notes.get("report")
        if report is not None and report.problems:
            raise build.BuildError("Prüfung fehlgeschlagen: " + "; ".join(
                str(p) for p in report.problems[:5])) from None
        raise
    charts = _chart_times(charts_before)
    times, cpu_times = stage_times(recorder, charts, dict(parallel.WORKER_CPU), wall, wall_cpu)
    cpu_pages = dict(recorder.cpu_seconds)
    for module, cpu in parallel.WORKER_CPU.items():  # pages built in worker processes
        key = "seiten:" + module.rsplit(".", 1)[-1]
        cpu_pages[key] = cpu_pages.get(key, 0.0) + cpu
    modules = {f"seiten:{n}": recorder.seconds.get(f"seiten:{n}", 0.0)
               for n in build.PAGE_STAGES}
    site_dir = result.site_dir
    html = sorted(site_dir.rglob("*.html"))
    report = recorder.notes.get("report")
    return {
        "seconds": times,
        "cpu_seconds": cpu_times,
        "module_seconds": modules,
        "module_cpu_seconds": {k: cpu_pages.get(k, 0.0) for k in modules},
        "render_cpu_seconds": charts.get("cpu:render", 0.0),
        "rows": getattr(report, "rows", 0),
        "problems": [str(p) for p in getattr(report, "problems", [])[:20]],
        "problem_count": len(getattr(report, "problems", [])),
        "generated_pages": result.pages,
        "charts": result.charts,
        "rendered": chart_output.STATS.rendered - rendered,
        "cached": chart_output.STATS.cached - cached,
        "html_pages": len(html),
        "site_bytes": dir_bytes(site_dir),
        "site_files": sum(1 for p in site_dir.rglob("*") if p.is_file()),
        "site_dir": site_dir,
        "docs_dir": recorder.keep_docs,
        "mkdocs_args": ((recorder.notes.get("mkdocs_extra"),), {}),
    }


def stage_times(recorder: Recorder, charts: dict[str, float], worker_cpu: dict[str, float],
                wall: float, cpu: float) -> tuple[dict[str, float], dict[str, float]]:
    """Wall and CPU seconds per stage of one build.

    Wall: the stages as the build process lived them; the pages stage includes its charts
    (they are published on all cores at once, so their wall time has no share of their
    own). CPU: the build process per stage (``Recorder`` counts only itself), plus what
    the workers spent on page tasks (``worker_cpu``, per page module) under «seiten» and
    the charts of all processes under «grafiken»; «rest» is the CPU of everything else:
    Frictionless on the workers, mkdocs' second process, Pagefind, the render process, the
    workers' start, and the steps between the stages. cpu is the build's total CPU, its
    processes' included."""
    pages = [f"seiten:{n}" for n in build.PAGE_STAGES]
    wall_times = {
        "validieren": recorder.seconds.get("validieren", 0.0),
        "laden": recorder.seconds.get("laden", 0.0),
        "seiten": sum(recorder.seconds.get(p, 0.0) for p in pages),
        "mkdocs": recorder.seconds.get("mkdocs", 0.0),
        "suche": recorder.seconds.get("suche", 0.0)}
    wall_times["rest"] = max(0.0, wall - sum(wall_times.values()))  # state, docs copy, swap
    own = recorder.cpu_seconds
    chart_cpu = charts.get("cpu:grafiken", 0.0)
    cpu_times = {
        "validieren": own.get("validieren", 0.0), "laden": own.get("laden", 0.0),
        "grafiken": chart_cpu,
        "seiten": sum(own.get(p, 0.0) for p in pages) + sum(worker_cpu.values()) - chart_cpu,
        "mkdocs": own.get("mkdocs", 0.0), "suche": own.get("suche", 0.0)}
    cpu_times["rest"] = max(0.0, cpu - sum(cpu_times.values()))
    return wall_times, cpu_times


def warm_vega_bundle(cache_dir: Path) -> None:
    """The vega bundle is built once per vl-convert version and kept beside the chart
    cache; build it before timing so it does not count as page generation."""
    from kommunale_jobcenter.pages.assets import vega_bundle

    target = cache_dir.parent
    target.mkdir(parents=True, exist_ok=True)
    for cached in (build.CACHE_DIR.parent).glob("vega-bundle-*.js"):
        if not (target / cached.name).exists():
            shutil.copy2(cached, target / cached.name)
    vega_bundle(cache_dir)


def _totals(times: dict[str, float]) -> dict[str, float]:
    out = {s: times.get(s, 0.0) for s in STAGES if s in times}
    out["gesamt"] = sum(out.values())
    return out


def _brief(times: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.1f}" for k, v in times.items() if k != "gesamt")


def median_times(runs: list[dict[str, float]]) -> dict[str, float]:
    keys = [k for k in [*STAGES, "gesamt"] if all(k in r for r in runs)]
    return {k: statistics.median(r[k] for r in runs) for k in keys}


def rates(times: dict[str, float], cpu_times: dict[str, float],
          result: dict[str, Any]) -> dict[str, float]:
    """Rows validated per wall second, charts per CPU second (rendered: in vl-convert;
    published: all chart work), pages per wall second of the pages and mkdocs stages."""
    def per(n: float, seconds: float) -> float:
        return n / seconds if seconds > 0 else float("nan")

    return {
        "zeilen_je_s_validieren": per(result["rows"], times.get("validieren", 0.0)),
        "grafiken_je_cpu_s_gerendert": per(result["rendered"], result["render_cpu_seconds"]),
        "grafiken_je_cpu_s_veroeffentlicht": per(result["charts"],
                                                 cpu_times.get("grafiken", 0.0)),
        "seiten_je_s": per(result["html_pages"], times.get("seiten", 0.0)
                           + times.get("mkdocs", 0.0)),
    }


def measure_real(runs: int, work: Path, raw_dir: Path | None,
                 log: Callable[[str], None]) -> dict[str, Any]:
    """--runs builds of the real site from a fresh import, each with a cold chart cache."""
    from kommunale_jobcenter.import_raw import RAW_DIR, run_all

    raw_dir = raw_dir or RAW_DIR
    per_run, per_run_cpu, last = [], [], None
    for i in range(runs):
        run_dir = work / f"real-{i}"
        run_dir.mkdir(parents=True)
        times: dict[str, float] = {}
        cpu_times: dict[str, float] = {}
        data_dir = run_dir / "data"
        if raw_dir.is_dir():
            started, cpu = time.perf_counter(), cpu_seconds()
            with _quiet():
                imported = {p.resolve() for p in run_all(raw_dir, data_dir)}
            times["import"] = time.perf_counter() - started
            cpu_times["import"] = cpu_seconds() - cpu
            # hand-kept files beside the packages (e.g. the changelog) are not imported
            for extra in DATA_DIR.iterdir():
                target = data_dir / extra.name
                if extra.is_file() and not target.exists():
                    shutil.copy2(extra, target)
                elif extra.is_dir() and not target.exists() and target.resolve() not in imported:
                    shutil.copytree(extra, target)
        else:
            log(f"  {raw_dir} fehlt: ohne Import, Daten aus {DATA_DIR} kopiert")
            shutil.copytree(DATA_DIR, data_dir)
        cache = work / "cache" / f"charts-real-{i}"
        result = run_pipeline(data_dir, run_dir, cache, keep_docs=(i == runs - 1))
        times.update(result["seconds"])
        cpu_times.update(result["cpu_seconds"])
        per_run.append(_totals(times))
        per_run_cpu.append(_totals(cpu_times))
        log(f"  Lauf {i + 1}/{runs}: {per_run[-1]['gesamt']:.1f} s "
            f"(CPU {per_run_cpu[-1]['gesamt']:.1f} s: {_brief(per_run_cpu[-1])}) "
            f"({result['html_pages']} Seiten, {result['rendered']} Grafiken gerendert)")
        if last is not None:
            shutil.rmtree(last["site_dir"].parent, ignore_errors=True)
        last = result
    assert last is not None
    times = median_times(per_run)
    return {"runs": per_run, "median": times, "runs_cpu": per_run_cpu,
            "median_cpu": median_times(per_run_cpu),
            "rates": rates(times, median_times(per_run_cpu), last),
            **last}


def measure_scaling(scales: list[int], runs: int, work: Path,
                    log: Callable[[str], None]) -> dict[str, Any]:
    """Synthetic data k× the real size; a cold chart cache per run."""
    rows, failed = [], {}
    for k in scales:
        per_run, per_run_cpu, result = [], [], None
        for i in range(runs):
            run_dir = work / f"skala-{k}-{i}"
            started = time.perf_counter()
            scaling = synthetic.scale_data(DATA_DIR, run_dir / "data", k)
            synth_seconds = time.perf_counter() - started
            try:
                result = run_pipeline(run_dir / "data", run_dir,
                                      work / "cache" / f"charts-{k}-{i}",
                                      expectations=synthetic.scaled_expectations(scaling))
            except Exception as err:  # one failing scale must not lose the others
                failed[k] = f"{type(err).__name__}: {err}"
                log(f"  {k}× fehlgeschlagen: {failed[k]}")
                shutil.rmtree(run_dir, ignore_errors=True)
                break
            per_run.append(_totals(result["seconds"]))
            per_run_cpu.append(_totals(result["cpu_seconds"]))
            rows_after = sum(scaling.rows_after.values())
            shutil.rmtree(run_dir, ignore_errors=True)
            shutil.rmtree(work / "cache" / f"charts-{k}-{i}", ignore_errors=True)
            log(f"  {k}×, Lauf {i + 1}/{runs}: {per_run[-1]['gesamt']:.1f} s "
                f"(CPU {per_run_cpu[-1]['gesamt']:.1f} s: {_brief(per_run_cpu[-1])}), "
                f"{result['html_pages']} Seiten, {rows_after} Zeilen"
                + (f", {result['problem_count']} Prüfmeldungen!" if result["problem_count"]
                   else ""))
        if not per_run or result is None:
            continue
        times = median_times(per_run)
        rows.append({"k": k, "median": times, "runs": per_run, "rows": result["rows"],
                     "median_cpu": median_times(per_run_cpu), "runs_cpu": per_run_cpu,
                     "module_cpu_seconds": result["module_cpu_seconds"],
                     "html_pages": result["html_pages"], "charts": result["charts"],
                     "site_bytes": result["site_bytes"], "synth_seconds": synth_seconds,
                     "problem_count": result["problem_count"], "problems": result["problems"],
                     "module_seconds": result["module_seconds"]})
    return {"scales": rows, "fehler": failed,
            "exponents": exponents(rows), "growth": growth(rows),
            "exponents_cpu": exponents(rows, "median_cpu"),
            "growth_cpu": growth(rows, "median_cpu")}


def loglog_slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) over log(x): 1 = linear, 2 = quadratic."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else float("nan")


def _series(rows: list[dict[str, Any]], key: str = "median") -> dict[str, list[float]]:
    keys = [k for k in [*STAGES, "gesamt"] if all(k in r[key] for r in rows)]
    series = {k: [r[key][k] for r in rows] for k in keys}
    series["site_bytes"] = [r["site_bytes"] for r in rows]
    series["rows"] = [r["rows"] for r in rows]
    series["html_pages"] = [r["html_pages"] for r in rows]
    return series


def exponents(rows: list[dict[str, Any]], key: str = "median") -> dict[str, float]:
    ks = [r["k"] for r in rows]
    return {name: loglog_slope(ks, values) for name, values in _series(rows, key).items()}


def growth(rows: list[dict[str, Any]], key: str = "median") -> dict[str, list[float]]:
    """Each measure divided by its value at the smallest scale."""
    return {name: [v / values[0] if values[0] else float("nan") for v in values]
            for name, values in _series(rows, key).items()}


def targets(real: dict[str, Any], weights: dict[str, Any]) -> list[dict[str, Any]]:
    types, vega = weights["typen"], weights["vega"]
    profile = types.get("jobcenter/*", {})
    start = types.get("index.html", {})
    total = real["median"]["gesamt"]
    return [
        {"ziel": f"Bau der echten Website < {TARGET_BUILD_SECONDS} s (mit Import)",
         "wert": f"{total:.1f} s", "ok": total < TARGET_BUILD_SECONDS},
        {"ziel": f"Trägerseite: HTML + SVG < {TARGET_PROFILE_BYTES // 1000} KB (ohne JS)",
         "wert": f"{profile.get('html_und_svg_max', 0) / 1000:.0f} KB (größte)",
         "ok": 0 < profile.get("html_und_svg_max", 0) < TARGET_PROFILE_BYTES},
        {"ziel": "vega.js nur auf Seiten mit Grafiken, überall dieselbe URL",
         "wert": f"{vega['seiten_mit_vega']} von {vega['seiten_mit_grafik']} Grafikseiten, "
                 f"{len(vega['dateien'])} Datei(en), geladen erst bei Zuwendung zur Grafik "
                 f"({len(vega['vega_beim_ersten_aufruf'])} Seiten laden es sofort)",
         "ok": not vega["grafik_ohne_vega"] and not vega["vega_ohne_grafik"]
         and len(vega["dateien"]) <= 1},
        {"ziel": f"Trägerseite erster Aufruf ≤ {TARGET_PROFILE_FIRST_VISIT_GZIP // 1000} KB "
                 "(gzip, alles, was sie lädt; Suche erst bei Benutzung)",
         "wert": f"{profile.get('erster_aufruf_gzip_max', 0) / 1000:.0f} KB (schwerste, "
                 f"davon Suche {profile.get('suche_gzip', 0) / 1000:.0f} KB)",
         "ok": 0 < profile.get("erster_aufruf_gzip_max", 0) <= TARGET_PROFILE_FIRST_VISIT_GZIP},
        {"ziel": f"Startseite erster Aufruf < {TARGET_START_GZIP_BYTES // 1000} KB (gzip)",
         "wert": f"{start.get('erster_aufruf_gzip_max', 0) / 1000:.0f} KB "
                 f"(+{start.get('interaktiv_gzip_max', 0) / 1000:.0f} KB, sobald die Karte "
                 "interaktiv wird)",
         "ok": 0 < start.get("erster_aufruf_gzip_max", 0) < TARGET_START_GZIP_BYTES},
    ]


def measure_search(real: dict[str, Any], weights: dict[str, Any], work: Path) -> dict[str, Any]:
    """Option a (Pagefind, built) in the browser; option b (theme search) from a second
    mkdocs build of the same docs (kommunale_jobcenter/bench_suche.py)."""
    pages = {t: i["beispiel"] for t, i in weights["typen"].items()}
    out: dict[str, Any] = {"pagefind": bench_suche.measure_pagefind(real["site_dir"], pages)}
    if real.get("docs_dir"):  # b's first visit: a's, measured in the browser, + the worker
        page_gz = {t: v["bytes"] for t, v in out["pagefind"]["erster_aufruf"].items()}
        with _quiet():
            out["theme"] = bench_suche.measure_theme_search(real["docs_dir"], work, page_gz,
                                                            real["mkdocs_args"])
    return out



def machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "python": sys.version.split()[0],
            "plattform": platform.platform(), "last_vorher": _load()}


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "?"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kommunale_jobcenter.bench",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="Läufe der echten Website (Median)")
    parser.add_argument("--scales", default="1,3,10", help="Stufen der Skalierung, z. B. 1,3,10")
    parser.add_argument("--scale-runs", type=int, default=1, help="Läufe je Skalierungsstufe")
    parser.add_argument("--quick", action="store_true",
                        help="1 Lauf, Skalierung nur 1,3, ohne inkrementellen Lauf")
    parser.add_argument("--json", type=Path, help="JSON-Ergebnis hierhin schreiben")
    parser.add_argument("--zensical", type=Path, default=None,
                        help=f"zensical-Programm für den Vergleich (Standard: "
                             f"{DEFAULT_ZENSICAL}, falls vorhanden)")
    parser.add_argument("--no-zensical", action="store_true", help="ohne Zensical-Vergleich")
    parser.add_argument("--only",
                        default="real,gewichte,suche,lighthouse,inkrementell,pruefung,"
                                "skalierung,zensical",
                        help="Teile, kommagetrennt")
    parser.add_argument("--raw", type=Path, default=None, help="Rohdaten statt raw/")
    parser.add_argument("--report", type=Path, nargs="+", metavar="JSON",
                        help="nichts messen: Tabellen aus gespeicherten Ergebnissen drucken "
                             "(mehrere Dateien werden zusammengeführt)")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
        if args.scales == "1,3,10":
            args.scales = "1,3"
        args.only = args.only.replace("inkrementell", "")
    args.scale_list = [int(s) for s in args.scales.split(",") if s.strip()]
    args.parts = {p.strip() for p in args.only.split(",") if p.strip()}
    return args


@contextlib.contextmanager
def _section(result: dict[str, Any], name: str, log: Callable[[str], None]) -> Iterator[None]:
    """A failing part (e.g. a build error while others edit the tree) is recorded in the
    result and the report; the other parts still run."""
    try:
        yield
    except Exception as err:  # any failure is reported, the other parts still run
        log(f"  {name} fehlgeschlagen: {type(err).__name__}: {err}")
        result.setdefault("fehler", {})[name] = str(err)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.report:
        merged: dict[str, Any] = {}
        for path in args.report:
            merged.update(json.loads(path.read_text(encoding="utf-8")))
        print(format_report(merged))
        return 0
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    result: dict[str, Any] = {"zeit": time.strftime("%Y-%m-%dT%H:%M:%S"),
                              "maschine": machine(), "argumente": sys.argv[1:]}

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        warm_vega_bundle(work / "cache" / "charts")
        real = None
        if {"real", "gewichte", "zensical"} & args.parts:
            log(f"Echte Website, {args.runs} Lauf/Läufe …")
            with _section(result, "real", log):
                real = measure_real(args.runs, work, args.raw, log)
                result["real"] = {k: v for k, v in real.items()
                                  if k not in ("docs_dir", "mkdocs_args")}
                weights = page_weights(real["site_dir"])
                result["gewichte"] = weights
                result["ziele"] = targets(real, weights)
        if "suche" in args.parts and real is not None and "gewichte" in result:
            log("Suche: erster Aufruf und erste Suche im Browser, Theme-Suche zum Vergleich …")
            with _section(result, "suche", log):
                result["suche"] = measure_search(real, result["gewichte"], work)
        if "lighthouse" in args.parts and real is not None:
            log("Lighthouse (Telefon) auf fünf Seiten …")
            with _section(result, "lighthouse", log):
                result["lighthouse"] = bench_lighthouse.measure(real["site_dir"], log=log)
        if "inkrementell" in args.parts:
            log("Inkrementeller Bau: kalt, unverändert, eine Zeile geändert …")
            with _section(result, "inkrementell", log):
                (work / "inkrementell").mkdir()
                result["inkrementell"] = bench_incremental.measure(work / "inkrementell")
        if "pruefung" in args.parts:
            log("Prüfung: Frictionless gegen den schnellen Weg, je Paket …")
            with _section(result, "pruefung", log):
                result["pruefung"] = bench_validation.measure()
        if "skalierung" in args.parts:
            log(f"Skalierung {args.scale_list} …")
            with _section(result, "skalierung", log):
                result["skalierung"] = measure_scaling(args.scale_list, args.scale_runs, work,
                                                       log)
        if "zensical" in args.parts and not args.no_zensical and real is not None:
            zensical = args.zensical or (DEFAULT_ZENSICAL if DEFAULT_ZENSICAL.exists()
                                         else shutil.which("zensical"))
            if zensical and Path(zensical).exists():
                log("mkdocs vs Zensical …")
                with _section(result, "zensical", log):
                    result["zensical"] = compare_zensical(real["docs_dir"], work,
                                                          Path(zensical), real["mkdocs_args"])
            else:
                result["zensical_hinweis"] = (
                    "nicht installiert; python3 -m venv /tmp/zensical-venv && "
                    "/tmp/zensical-venv/bin/pip install zensical")
    result["maschine"]["last_nachher"] = _load()
    report = format_report(result)
    print(report)
    target = args.json or RESULTS_DIR / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    # the per-page list is long; keep it in the JSON, it is the raw material
    target.write_text(json.dumps(jsonable(result), ensure_ascii=False, indent=1) + "\n",
                      encoding="utf-8")
    print(f"\nJSON: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
