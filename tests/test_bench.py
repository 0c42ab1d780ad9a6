"""Fast tests of the pure parts of the bench: synthetic scaling, log-log fit, page weights,
report structure. No timing assertions and no build."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import bench, bench_report, page_weight, synthetic
from kommunale_jobcenter.datapackage import DATA_DIR


def _mini_data(root: Path) -> Path:
    """A tiny jobcenter + statistik pair shaped like the real packages."""
    data = root / "data"
    jc, st = data / "jobcenter", data / "statistik"
    jc.mkdir(parents=True)
    st.mkdir(parents=True)
    kreise = pd.DataFrame({"ags": ["01001", "01002", "09161"],
                           "kreis_name": ["Flensburg", "Kiel", "Ingolstadt"],
                           "land_code": ["01", "01", "09"]})
    traeger = pd.DataFrame({
        "zkt_id": ["SH-01", "BY-01"], "slug": ["flensburg", "ingolstadt"],
        "name": ["Stadt Flensburg", "Stadt Ingolstadt"], "ags": ["01001", "09161"],
        "ags_bei_zulassung": ["01001", ""], "nachfolger_zkt_id": ["BY-01", ""]})
    status = pd.DataFrame({"ags": ["01001", "01002", "09161"], "jahr": ["2005"] * 3,
                           "status": ["zkT", "kein zkT", "zkT"],
                           "zkt_ids": ["SH-01", "", "BY-01"]})
    links = pd.DataFrame({"zkt_id": ["SH-01", "BY-01"], "quelle_id": ["L2012", "L2012"]})
    geo = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ags": a, "name": a},
         "geometry": {"type": "Point", "coordinates": [9.0, 54.0]}} for a in kreise["ags"]]}
    for name, frame in (("kreise", kreise), ("traeger", traeger), ("status_jahr", status),
                        ("traeger_quellen", links)):
        frame.to_csv(jc / f"{name}.csv", index=False)
    (jc / "kreise.geojson").write_text(json.dumps(geo), encoding="utf-8")
    keys = {"kreise": ["ags"], "traeger": ["zkt_id"], "status_jahr": ["ags", "jahr"],
            "traeger_quellen": ["zkt_id", "quelle_id"]}
    (jc / "datapackage.json").write_text(json.dumps({"name": "jobcenter", "resources": [
        *({"name": n, "type": "table", "path": f"{n}.csv", "schema": {"primaryKey": k}}
          for n, k in keys.items()),
        {"name": "kreise_geometrie", "path": "kreise.geojson"}]}), encoding="utf-8")
    regionen = pd.DataFrame({"region_id": ["01", "01001", "01002", "09161"],
                             "region_name": ["SH", "Flensburg", "Kiel", "Ingolstadt"],
                             "ebene": ["land", "kreis", "kreis", "kreis"]})
    werte = pd.DataFrame({"region_id": ["01", "01001", "01002", "09161", "09161"],
                          "jahr": ["2010"] * 5, "indikator_id": ["x", "x", "x", "x", "y"],
                          "wert": ["1.5", "2", "3", "4", "5"]})
    regionen.to_csv(st / "regionen.csv", index=False)
    werte.to_csv(st / "werte.csv", index=False)
    (st / "datapackage.json").write_text(json.dumps({"name": "statistik", "resources": [
        {"name": "regionen", "type": "table", "path": "regionen.csv",
         "schema": {"primaryKey": ["region_id"]}},
        {"name": "werte", "type": "table", "path": "werte.csv",
         "schema": {"primaryKey": ["region_id", "jahr", "indikator_id"]}}]}),
        encoding="utf-8")
    return data


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_scale_multiplies_rows_with_valid_unique_keys(tmp_path: Path) -> None:
    src = _mini_data(tmp_path)
    scaling = synthetic.scale_data(src, tmp_path / "out", 3)
    out = tmp_path / "out"
    kreise = _csv(out / "jobcenter" / "kreise.csv")
    traeger = _csv(out / "jobcenter" / "traeger.csv")
    status = _csv(out / "jobcenter" / "status_jahr.csv")
    assert len(kreise) == 9 and kreise["ags"].is_unique
    assert kreise["ags"].str.fullmatch(r"\d{5}").all()
    assert (kreise["ags"].str[:2] == kreise["land_code"]).all()  # Land prefix kept
    assert len(traeger) == 6 and traeger["zkt_id"].is_unique and traeger["slug"].is_unique
    assert traeger["name"].is_unique
    assert traeger["zkt_id"].str.fullmatch(r"[A-Z]{2}-\d{2}").all()
    assert set(traeger["ags"]) <= set(kreise["ags"])  # foreign key holds
    successors = set(traeger["nachfolger_zkt_id"]) - {""}
    assert successors <= set(traeger["zkt_id"])
    assert len(status) == 9 and not status.duplicated(["ags", "jahr"]).any()
    listed = {i for v in status["zkt_ids"] if v for i in v.split(";")}
    assert listed == set(traeger["zkt_id"])  # each twin is in the status panel
    geo = json.loads((out / "jobcenter" / "kreise.geojson").read_text(encoding="utf-8"))
    assert sorted(f["properties"]["ags"] for f in geo["features"]) == sorted(kreise["ags"])
    regionen = _csv(out / "statistik" / "regionen.csv")
    werte = _csv(out / "statistik" / "werte.csv")
    assert set(kreise["ags"]) <= set(regionen["region_id"])
    assert len(werte) == 1 + 3 * 4  # the Land row stays, Kreis rows triple
    assert not werte.duplicated(["region_id", "jahr", "indikator_id"]).any()
    assert scaling.rows_after["jobcenter/kreise"] == 3 * scaling.rows_before["jobcenter/kreise"]


def test_scaled_real_data_passes_every_own_check(tmp_path: Path) -> None:
    """The scaling runs of ``make bench`` build k× the real data: every own check (the
    finanzen sums and zkT rows, the registry counts of the programme facts, …) holds on it,
    so a new check that the synthetic data does not satisfy fails here, not in the bench."""
    from kommunale_jobcenter.checks import all_checks
    from kommunale_jobcenter.load import load_all

    scaling = synthetic.scale_data(DATA_DIR, tmp_path / "data", 2)
    packages = load_all(tmp_path / "data")
    with synthetic.scaled_expectations(scaling):
        problems = [str(p) for check in all_checks() for p in check(packages)]
    assert problems == []
    before = load_all(DATA_DIR)["finanzen"]
    after = packages["finanzen"]
    assert len(after["anteile"]) == 2 * len(before["anteile"])
    assert after["jobcenter"]["jobcenter_id"].str.fullmatch(r"JC-\d{5}(-[a-z0-9]+)*").all()
    totals = [frame.groupby(["jahr", "anlage"])["anteil_prozent"].sum()
              for frame in (before["anteile"], after["anteile"])]
    assert (totals[0] - totals[1]).abs().max() < 0.05  # shares halved, totals kept
    twins = after["jobcenter"].dropna(subset=["zkt_id"])
    assert set(twins["zkt_id"]) <= set(packages["jobcenter"]["traeger"]["zkt_id"])


def test_scale_one_is_a_plain_copy(tmp_path: Path) -> None:
    src = _mini_data(tmp_path)
    scaling = synthetic.scale_data(src, tmp_path / "out", 1)
    assert scaling.rows_before == scaling.rows_after
    for f in src.rglob("*.csv"):
        assert (tmp_path / "out" / f.relative_to(src)).read_bytes() == f.read_bytes()


def test_scale_refuses_data_dir_and_nonempty_target(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        synthetic.scale_data(DATA_DIR, DATA_DIR, 2)
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "f").write_text("", encoding="utf-8")
    with pytest.raises(ValueError):
        synthetic.scale_data(DATA_DIR, tmp_path / "x", 2)


def test_allocated_keys_are_new_and_stay_in_the_land() -> None:
    existing = ["09001", "09002", "02000"]
    mapping = synthetic.allocate_ags(existing, 2)
    new = [a for m in mapping.values() for a in m.values()]
    assert len(set(new)) == len(new) and not set(new) & set(existing)
    assert all(m[a][:2] == a[:2] for m in mapping.values() for a in existing)
    ids = synthetic.allocate_zkt_ids(["BY-01", "ZA-00"], 2)
    twins = [i for m in ids.values() for i in m.values()]
    assert len(set(twins)) == 4 and not any(t.startswith("ZA-") for t in twins)


def test_scaled_expectations_restores_constants() -> None:
    from kommunale_jobcenter.checks import jobcenter as checks

    before = (checks.N_AKTUELL, checks.N_KREISE, dict(checks.SPLIT_TERRITORY))
    scaling = synthetic.Scaling(3, ags={1: {"15001": "15900"}, 2: {"15001": "15901"}},
                                zkt={1: {"ST-01": "ZA-00"}, 2: {"ST-01": "ZA-01"}})
    with synthetic.scaled_expectations(scaling):
        aktuell, kreise = checks.N_AKTUELL, checks.N_KREISE
        assert aktuell == 3 * before[0] and kreise == 3 * before[1]
        if "ST-01" in before[2]:
            assert "15900" in checks.SPLIT_TERRITORY["ZA-00"]
    assert (checks.N_AKTUELL, checks.N_KREISE, dict(checks.SPLIT_TERRITORY)) == before


def test_loglog_slope() -> None:
    ks = [1, 3, 10]
    assert bench.loglog_slope(ks, [2.0 * k for k in ks]) == pytest.approx(1.0)
    assert bench.loglog_slope(ks, [5.0 * k * k for k in ks]) == pytest.approx(2.0)
    assert bench.loglog_slope(ks, [7.0, 7.0, 7.0]) == pytest.approx(0.0)
    assert math.isnan(bench.loglog_slope([1], [1.0]))


def test_page_type_groups_by_first_segment() -> None:
    assert page_weight.page_type("index.html") == "index.html"
    assert page_weight.page_type("geschichte.html") == "geschichte.html"
    assert page_weight.page_type("jobcenter/index.html") == "jobcenter/index.html"
    assert page_weight.page_type("jobcenter/kreis-x.html") == "jobcenter/*"
    assert page_weight.page_type("statistik/a/b.html") == "statistik/*"


def _site(root: Path) -> Path:
    site = root / "site"
    (site / "assets" / "js").mkdir(parents=True)
    (site / "grafiken").mkdir()
    (site / "jobcenter").mkdir()
    (site / "assets" / "js" / "vega.js").write_text("v" * 1000, encoding="utf-8")
    (site / "assets" / "js" / "diagramme.js").write_text("d" * 100, encoding="utf-8")
    (site / "assets" / "main.css").write_text("a{background:url(bg.png)}", encoding="utf-8")
    (site / "assets" / "bg.png").write_bytes(b"x" * 10)
    (site / "grafiken" / "k.svg").write_text("<svg/>" * 10, encoding="utf-8")
    (site / "grafiken" / "k.vl.json").write_text("{}", encoding="utf-8")
    chart = ('<link rel="stylesheet" href="../assets/main.css">'
             '<figure class="diagramm" data-spec="../grafiken/k.vl.json">'
             '<img src="../grafiken/k.svg"></figure>'
             '<script src="../assets/js/diagramme.js" data-vega="../assets/js/vega.js" defer>'
             '</script>'
             '<img src="https://example.org/x.png">')
    (site / "jobcenter" / "a.html").write_text(chart, encoding="utf-8")
    (site / "jobcenter" / "b.html").write_text(chart, encoding="utf-8")
    (site / "index.html").write_text('<link rel="stylesheet" href="assets/main.css">'
                                     '<img src="fehlt.png">', encoding="utf-8")
    return site


def test_page_weights_and_report_structure(tmp_path: Path) -> None:
    site = _site(tmp_path)
    weights = page_weight.page_weights(site)
    assert set(weights["typen"]) == {"index.html", "jobcenter/*"}
    profile = weights["typen"]["jobcenter/*"]
    page = (site / "jobcenter" / "a.html").stat().st_size
    assert profile["anzahl"] == 2 and profile["vega"] == 2 and profile["grafiken_max"] == 1
    assert profile["html_und_svg_max"] == page + 60
    # first visit: page, enhancer, css and its url(), svg; vega and spec only on interaction
    assert profile["gesamt_max"] == page + 100 + 25 + 10 + 60
    assert 0 < profile["gesamt_gzip_max"] < profile["gesamt_max"]
    assert 0 < profile["interaktiv_gzip_max"] <= 1000 + 2
    assert weights["vega"]["dateien"] == ["assets/js/vega.js"]
    assert weights["vega"]["vega_beim_ersten_aufruf"] == []
    assert not weights["vega"]["grafik_ohne_vega"] and not weights["vega"]["vega_ohne_grafik"]
    assert weights["fehlende_verweise"] == {"index.html": ["fehlt.png"]}

    real = {"median": {"gesamt": 12.0}}
    goals = bench.targets(real, weights)
    assert [g["ok"] for g in goals][:3] == [True, True, True]
    rows = [{"k": k, "median": {"validieren": 1.0 * k, "gesamt": 2.0 * k}, "rows": 10 * k,
             "html_pages": 5 * k, "site_bytes": 1000 * k, "problem_count": 0} for k in (1, 3)]
    scaling = {"scales": rows, "exponents": bench.exponents(rows), "growth": bench.growth(rows)}
    assert scaling["exponents"]["gesamt"] == pytest.approx(1.0)
    assert scaling["growth"]["rows"] == [1.0, 3.0]
    result = {"maschine": {"cpus": 2, "last_vorher": "0.1"}, "gewichte": weights,
              "ziele": goals, "skalierung": scaling}
    text = bench_report.format_report(result)
    assert "jobcenter/*" in text and "Exponent" in text and "Ziele" in text
    json.dumps(bench_report.jsonable(result))  # the JSON file can be written


def test_parse_args_quick() -> None:
    args = bench.parse_args(["--quick"])
    assert args.runs == 1 and args.scale_list == [1, 3] and "inkrementell" not in args.parts
    args = bench.parse_args(["--runs", "5", "--scales", "1,10"])
    assert args.runs == 5 and args.scale_list == [1, 10] and "skalierung" in args.parts


def test_phone_weight_counts_the_narrow_variant_instead_of_the_wide(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "grafiken" / "k.schmal.svg").write_text("<svg/>" * 4, encoding="utf-8")
    page = ('<figure class="diagramm" data-spec="../grafiken/k.vl.json" '
            'data-spec-schmal="../grafiken/k.schmal.vl.json"><picture>'
            '<source media="(max-width: 442px)" srcset="../grafiken/k.schmal.svg">'
            '<img src="../grafiken/k.svg"></picture></figure>')
    (site / "jobcenter" / "c.html").write_text(page, encoding="utf-8")
    weights = page_weight.page_weights(site)
    c = weights["seiten"]["jobcenter/c.html"]
    size = (site / "jobcenter" / "c.html").stat().st_size
    assert c["html_und_svg"] == size + 60  # a desktop fetches only the wide SVG
    assert c["html_und_svg_telefon"] == size + 24 and c["schmale_grafiken"] == 1
    # the narrow spec is missing: reported like any other missing reference
    assert weights["fehlende_verweise"]["jobcenter/c.html"] == ["../grafiken/k.schmal.vl.json"]


def test_incremental_report_has_ratios_stages_and_targets() -> None:
    from kommunale_jobcenter import bench_incremental

    def run(name: str, mode: str, wall: float, **stages: float) -> dict:
        return {"name": name, "modus": mode, "wand": wall, "sekunden": stages, "gerendert": 0}

    runs = [run("kalt", "voll", 40.0, validieren=10.0, **{"seiten:a": 5.0, "seiten:b": 15.0}),
            run("unverändert", "unverändert", 2.0, zustand=2.0),
            run("eine Zeile", "inkrementell", 16.0, validieren=4.0, mkdocs=2.0)]
    runs[0]["cpu_gesamt"] = 75.0  # all processes; older results have no such field
    result = {"läufe": runs, "anteile": {r["name"]: r["wand"] / 40.0 for r in runs[1:]},
              "edit": {"vorher": 278176, "nachher": 278177, "auf_der_seite": True}}
    assert bench_incremental.stage_seconds(runs[0]["sekunden"])["seiten"] == 20.0
    goals = bench_incremental.targets(result)
    assert [g["ok"] for g in goals] == [True, False, False, True]  # 5 %, 40 %, 40 s, shown
    text = "\n".join(bench_incremental.format_report(result, bench_report.table))
    assert "278.176 → 278.177" in text and "5%" in text and "40%" in text
    assert "CPU alle Prozesse" in text and "75.0 s" in text
    assert "VERFEHLT" in text and "Caches warm: Grafik-SVGs, Spezifikationen, Arbeitsmappen" in text
    assert "Inkrementeller Bau" in bench_report.format_report(
        {"maschine": {"cpus": 2, "last_vorher": "0"}, "inkrementell": result})


def test_stage_times_attribute_every_cpu_second_once() -> None:
    """Charts published on all cores have no wall share of their own; CPU per stage is the
    build process plus the workers' page tasks, and «rest» is what no stage accounts for,
    so the stages add up to the build's total and none is negative."""
    from kommunale_jobcenter import build
    from kommunale_jobcenter.recorder import Recorder

    first, last = (f"seiten:{n}" for n in (build.PAGE_STAGES[0], build.PAGE_STAGES[-1]))
    recorder = Recorder(
        seconds={"validieren": 3.0, "laden": 1.0, first: 2.0, last: 4.0, "mkdocs": 2.0,
                 "suche": 1.0},
        cpu_seconds={"validieren": 1.0, "laden": 1.0, first: 1.5, last: 0.5, "mkdocs": 2.0,
                     "suche": 0.5})
    charts = {"grafiken": 30.0, "cpu:grafiken": 9.0}  # summed over the processes
    wall, cpu = bench.stage_times(recorder, charts, {"a": 10.0, "b": 2.0}, 14.0, 40.0)
    assert "grafiken" not in wall and wall["seiten"] == 6.0
    assert wall["rest"] == pytest.approx(1.0)
    assert cpu["grafiken"] == 9.0 and cpu["seiten"] == pytest.approx(1.5 + 0.5 + 12.0 - 9.0)
    assert sum(cpu.values()) == pytest.approx(40.0)
    assert min(cpu.values()) >= 0 and min(wall.values()) >= 0


def test_a_stage_counts_only_the_build_process() -> None:
    """A child that burns CPU and is reaped inside a stage does not count for it: the
    pool's workers are reaped while later stages run."""
    import subprocess
    import sys

    from kommunale_jobcenter.recorder import Recorder, cpu_seconds

    recorder = Recorder()
    before = cpu_seconds()
    with recorder.stage("mkdocs"):
        subprocess.run([sys.executable, "-c", "sum(range(5 * 10**7))"], check=True)
    children = cpu_seconds() - before - recorder.cpu_seconds["mkdocs"]
    assert children > 0.2  # the child's CPU is in the total …
    assert recorder.cpu_seconds["mkdocs"] < children / 2  # … but not in the stage


def test_a_saved_result_with_unknown_values_prints_again() -> None:
    """``--report`` on a saved result: nan is stored as null (and old results lack newer
    keys); the report shows «–» there instead of failing."""
    rows = [{"k": 1, "median": {"gesamt": 2.0}, "rows": 10, "html_pages": 5,
             "site_bytes": 1000, "problem_count": 0}]
    scaling = {"scales": rows, "exponents": bench.exponents(rows), "growth": bench.growth(rows)}
    real = {"median": {"validieren": 1.0, "gesamt": 3.0}, "runs": [{}],
            "median_cpu": {"validieren": 0.5, "grafiken": 2.0}, "rows": 10, "rendered": 0,
            "charts": 1, "html_pages": 2, "site_bytes": 10, "site_files": 1,
            "rates": {"zeilen_je_s_validieren": 10.0, "seiten_je_s": float("nan")}}
    saved = json.loads(json.dumps(bench_report.jsonable(
        {"maschine": {"cpus": 2, "last_vorher": "0"}, "real": real, "skalierung": scaling})))
    assert saved["skalierung"]["exponents"]["gesamt"] is None
    text = bench_report.format_report(saved)
    assert "10 Zeilen geprüft (10 je s Wandzeit)" in text and "2 Seiten (– je s" in text
    assert "| Wand | 1.00 s" in text and "| –" in text  # no wall time for charts


def test_the_validation_part_times_both_ways_on_every_package(tmp_path: Path) -> None:
    """Part «pruefung»: a valid package is valid both ways; one with an error is not, and
    the quick pass leaves it to Frictionless; the report names each package."""
    import copy

    from kommunale_jobcenter import bench_validation
    from tests.fixtures.small_package import SCHEMA, TABLES, write_package

    data, curated_dir = tmp_path / "data", tmp_path / "curated"
    curated_dir.mkdir()
    write_package(data / "gut", SCHEMA, TABLES)
    broken = copy.deepcopy(TABLES)
    broken["haupt"][3][3] = "101"  # above the maximum
    write_package(data / "schlecht", SCHEMA, broken)
    result = bench_validation.measure(data, curated_dir, rounds=2)
    rows = {r["paket"]: r for r in result["pakete"]}
    assert set(rows) == {"data/gut", "data/schlecht"}
    assert rows["data/gut"]["gueltig_frictionless"] and rows["data/gut"]["sicher_gueltig"]
    assert not rows["data/schlecht"]["gueltig_frictionless"]
    assert not rows["data/schlecht"]["sicher_gueltig"]
    assert all(r["frictionless"] > 0 and r["schnell"] > 0 for r in rows.values())
    assert result["gesamt"]["frictionless"] == pytest.approx(
        sum(r["frictionless"] for r in rows.values()))
    # the section as it stands in the whole report: its lines intact
    report = bench_report.format_report(
        {"maschine": {"cpus": 2, "last_vorher": "0", "last_nachher": "0"},
         "pruefung": result}).splitlines()
    header = [line for line in report if line.startswith("## Prüfung")]
    assert header and header[0].endswith("(CPU-Sekunden, Mittel aus 2 Runden im Wechsel)")
    rows = {line.split("|")[1].strip(): line for line in report if line.startswith("| ")}
    assert "nein (Frictionless prüft)" in rows["data/schlecht"]
    assert set(rows) >= {"data/gut", "data/schlecht", "gesamt"}
