"""The bench's report: a result of ``kommunale_jobcenter.bench`` (the dict it also writes as
JSON) → Markdown tables in German, as ``make bench`` prints them. Pure functions, no
measuring; ``python -m kommunale_jobcenter.bench --report FILE.json`` prints a saved result
again."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from kommunale_jobcenter import (
    bench_incremental,
    bench_lighthouse,
    bench_suche,
    bench_validation,
)

# the stages of a measured build, in the order the tables show them
STAGES = ["import", "validieren", "laden", "grafiken", "seiten", "mkdocs", "suche", "rest"]


def number(value: float | None, spec: str) -> str:
    """value formatted, or «–» where it is unknown (nan, or null in a saved result)."""
    return "–" if value is None or value != value else format(value, spec)


def kb(n: float) -> str:
    return f"{n / 1000:,.0f} KB".replace(",", ".")


def mb(n: float) -> str:
    return f"{n / 1_000_000:.1f} MB".replace(".", ",")


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
            for r in rows]
    return "\n".join([line, sep, *body])


def format_report(result: dict[str, Any]) -> str:
    out = [f"Maschine: {result['maschine']['cpus']} Kerne, Last vorher "
           f"{result['maschine']['last_vorher']}, nachher {result['maschine'].get('last_nachher')}"]
    real = result.get("real")
    if real:
        m = real["median"]
        c = real.get("median_cpu", {})
        keys = [k for k in [*STAGES, "gesamt"] if k in m or k in c]

        def cells(times: dict[str, float]) -> list[str]:
            return [f"{times[k]:.2f} s" if k in times else "–" for k in keys]

        out += ["", ("## Echte Website (1 Lauf, kalter Cache)" if len(real["runs"]) == 1 else
                     f"## Echte Website (Median aus {len(real['runs'])} Läufen, kalter Cache)"),
                table(["", *keys], [["Wand", *cells(m)], ["CPU", *cells(c)]]),
                "Wand: wie der Bauprozess die Stufen erlebt; «seiten» mit ihren Grafiken, "
                "die auf allen Kernen zugleich entstehen. CPU: der Bauprozess je Stufe, bei "
                "«seiten» dazu die Arbeitsprozesse, bei «grafiken» alle Prozesse; «rest»: "
                "Frictionless in den Arbeitsprozessen, zweiter mkdocs-Prozess, Pagefind, "
                "Render-Prozess, Start der Arbeitsprozesse und was zwischen den Stufen liegt."]
        # a saved result keeps nan as null, and those before session 16 have other keys
        r = real["rates"]
        out.append(
            f"{real['rows']} Zeilen geprüft "
            f"({number(r.get('zeilen_je_s_validieren'), ',.0f')} je s Wandzeit) · "
            f"{real['rendered']} Grafiken gerendert "
            f"({number(r.get('grafiken_je_cpu_s_gerendert'), '.1f')} je s CPU), "
            f"{real['charts']} veröffentlicht "
            f"({number(r.get('grafiken_je_cpu_s_veroeffentlicht'), '.1f')} je s CPU) · "
            f"{real['html_pages']} Seiten "
            f"({number(r.get('seiten_je_s'), '.1f')} je s Wandzeit für Seiten "
            f"und mkdocs) · Website {mb(real['site_bytes'])} in {real['site_files']} Dateien")
    weights = result.get("gewichte")
    if weights:
        rows = [[t, str(i["anzahl"]), kb(i["html_max"]), kb(i["html_und_svg_max"]),
                 kb(i["gesamt_max"]), kb(i["gesamt_gzip_max"]), kb(i["suche_gzip"]),
                 kb(i["erster_aufruf_gzip_max"]), kb(i["interaktiv_gzip_max"]),
                 str(i["grafiken_max"]), f"{i['vega']}/{i['anzahl']}"]
                for t, i in weights["typen"].items()]
        out += ["", "## Seitengewicht je Seitentyp (schwerste Seite des Typs; erster Aufruf: "
                "Seite + Suche; interaktiv: vega.js + Spezifikationen, erst bei Zuwendung)",
                table(["Typ", "Seiten", "HTML", "HTML+SVG", "Seite", "Seite gzip",
                       "Suche gzip", "erster Aufruf gzip", "+interaktiv gzip", "Grafiken",
                       "mit vega.js"], rows)]
        if weights["fehlende_verweise"]:
            out.append(f"Fehlende Verweise: {weights['fehlende_verweise']}")
    if result.get("suche"):
        out += bench_suche.format_report(result["suche"], kb, table)
    if result.get("lighthouse"):
        out += bench_lighthouse.format_report(result["lighthouse"])
    if result.get("ziele"):
        out += ["", "## Ziele", table(["Ziel", "gemessen", ""], [
            [z["ziel"], z["wert"], "erfüllt" if z["ok"] else "VERFEHLT"]
            for z in result["ziele"]])]
    if result.get("inkrementell"):
        out += bench_incremental.format_report(result["inkrementell"], table)
    if result.get("pruefung"):
        out += bench_validation.format_report(result["pruefung"], table)
    scaling = result.get("skalierung")
    if scaling:
        rows_ = scaling["scales"]
        keys = [k for k in [*STAGES, "gesamt"] if k in scaling["exponents"]]
        headers = ["Maß", *[f"{r['k']}×" for r in rows_], "Faktor", "Exponent"]
        body = []
        for key in keys:
            body.append([key, *[f"{r['median'][key]:.2f} s" for r in rows_],
                         number(scaling['growth'][key][-1], ".1f") + "×",
                         number(scaling['exponents'][key], ".2f")])
        for key, fmt in (("rows", str), ("html_pages", str), ("site_bytes", mb)):
            body.append([{"rows": "Zeilen", "html_pages": "Seiten",
                          "site_bytes": "Größe"}[key], *[fmt(r[key]) for r in rows_],
                         number(scaling['growth'][key][-1], ".1f") + "×",
                         number(scaling['exponents'][key], ".2f")])
        out += ["", "## Skalierung (synthetische Daten, Median je Stufe; Wandzeit)",
                table(headers, body)]
        if "exponents_cpu" in scaling:
            body = [[key, *[f"{r['median_cpu'][key]:.2f} s" for r in rows_],
                     number(scaling['growth_cpu'][key][-1], ".1f") + "×",
                     number(scaling['exponents_cpu'][key], ".2f")]
                    for key in [*STAGES, "gesamt"] if key in scaling["exponents_cpu"]]
            out += ["", "CPU-Zeit (unempfindlicher gegen Last anderer Prozesse):",
                    table(headers, body)]
        for k, err in scaling.get("fehler", {}).items():
            out.append(f"Stufe {k}× fehlgeschlagen: {err}")
        bad = [r for r in rows_ if r["problem_count"]]
        if bad:
            out.append("Prüfmeldungen auf synthetischen Daten: "
                       + "; ".join(f"{r['k']}×: {r['problem_count']}" for r in bad))
    zen = result.get("zensical")
    if zen:
        rows = []
        for name in ("mkdocs", "zensical"):
            z = zen.get(name, {})
            rows.append([name, f"{z.get('seconds', 0):.1f} s", "ja" if z.get("ok") else "nein",
                         str(z.get("html_pages", "–")),
                         mb(z["site_bytes"]) if "site_bytes" in z else "–"])
        probe = zen.get("privacy_probe", {})
        out += ["", f"## mkdocs vs Zensical ({zen.get('version', '?')})",
                table(["Werkzeug", "Zeit", "--strict ok", "HTML-Seiten", "Größe"], rows),
                f"gleiche Seiten: {zen.get('gleiche_seiten')}; nur mkdocs: "
                f"{zen.get('nur_mkdocs')}; nur Zensical: {zen.get('nur_zensical')}",
                f"Zensical mit unveränderter mkdocs.yml --strict ok: "
                f"{zen.get('zensical_unveraendert_strict_ok')} "
                f"{zen.get('zensical_unveraendert_warnungen')}; für den Vergleich zusätzlich "
                f"ausgenommen: {zen.get('zensical_zusaetzlich_ausgenommen')}",
                f"Privacy-Probe (fremdes Bild + --strict): mkdocs schlägt fehl: "
                f"{probe.get('mkdocs_schlaegt_fehl')}, Zensical schlägt fehl: "
                f"{probe.get('zensical_schlaegt_fehl')}"]
    elif result.get("zensical_hinweis"):
        out += ["", f"Zensical: {result['zensical_hinweis']}"]
    for name, err in result.get("fehler", {}).items():
        out += ["", f"FEHLER in «{name}»: {err}"]
    return "\n".join(out)


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
