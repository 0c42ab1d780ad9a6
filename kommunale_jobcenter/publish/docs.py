"""Data documentation from datapackage.json and the data itself.

Everything a user needs to use a resource without reading code: each field with German
title, type, unit, constraints and real example values; keys; row count; coverage; the
licence and attribution of every source behind it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

TYPE_NAMES = {"string": "Text", "integer": "ganze Zahl", "number": "Zahl", "boolean":
              "Wahrheitswert (true/false)", "date": "Datum (JJJJ-MM-TT)", "year": "Jahr",
              "datetime": "Zeitpunkt", "geojson": "GeoJSON"}
_CONSTRAINT_TEXT = {
    "required": lambda v: "Pflichtfeld" if v else "",
    "unique": lambda v: "eindeutig" if v else "",
    "minimum": lambda v: f"≥ {v}",
    "maximum": lambda v: f"≤ {v}",
    "minLength": lambda v: f"mindestens {v} Zeichen",
    "maxLength": lambda v: f"höchstens {v} Zeichen",
    "pattern": lambda v: f"Muster {v}",
    "enum": lambda v: "einer von: " + ", ".join(map(str, v)),
}
# Columns whose range tells the time coverage, and whose distinct values the regions.
TIME_COLUMNS = ("jahr", "zeitraum", "zeitraum_von", "zeitraum_bis", "datum", "zkt_seit",
                "zkt_bis", "seit", "bis", "beginn", "ende", "berichtsjahr")
REGION_COLUMNS = {"ags": "Kreise", "region_id": "Gebiete", "land_code": "Länder",
                  "land": "Länder"}


def constraint_texts(constraints: Mapping[str, Any]) -> list[str]:
    out = []
    for key, value in constraints.items():
        text = _CONSTRAINT_TEXT.get(key, lambda v, k=key: f"{k}: {v}")(value)
        if text:
            out.append(text)
    return out


def example_values(header: Sequence[str], rows: Sequence[Mapping[str, str]], field: str,
                   limit: int = 3, max_chars: int = 60) -> list[str]:
    """The first distinct non-empty values of a column, in file order (shortened)."""
    if field not in header:
        return []
    seen: list[str] = []
    for row in rows:
        value = row[field]
        if value and value not in seen:
            seen.append(value)
            if len(seen) == limit:
                break
    return [v if len(v) <= max_chars else v[: max_chars - 1] + "…" for v in seen]


def coverage(header: Sequence[str], rows: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """Time spans (min–max of date/year/period columns) and region counts."""
    out = []
    for column in TIME_COLUMNS:
        if column in header:
            values = [value for value in map(itemgetter(column), rows) if value]
            if values:
                first, last = min(values), max(values)
                out.append({"spalte": column, "art": "Zeit",
                            "text": first if first == last else f"{first} bis {last}"})
    for column, label in REGION_COLUMNS.items():
        if column in header:
            distinct = set(map(itemgetter(column), rows)) - {"", None}
            if distinct:
                out.append({"spalte": column, "art": "Raum",
                            "text": f"{len(distinct)} verschiedene {label}"})
    return out


def foreign_key_texts(schema: Mapping[str, Any], package: str) -> list[dict[str, str]]:
    out = []
    for fk in schema.get("foreignKeys", []):
        target = fk["reference"]["resource"] or "(dieselbe Tabelle)"
        out.append({"felder": ", ".join(fk["fields"]), "ziel": target,
                    "zielfelder": ", ".join(fk["reference"]["fields"]), "paket": package,
                    "ziel_name": fk["reference"]["resource"]})
    return out


def source_attributions(resource: Mapping[str, Any], sources: Mapping[str, Mapping[str, str]]
                        ) -> list[dict[str, str]]:
    """The sources named by a resource with their licence and required attribution."""
    out = []
    for s in resource.get("sources", []):
        qid = s.get("title", "")
        row = sources.get(qid, {})
        out.append({"quelle_id": qid, "titel": row.get("titel", ""),
                    "herausgeber": row.get("herausgeber", ""),
                    "lizenz": row.get("lizenz", ""),
                    "namensnennung": row.get("namensnennung", ""),
                    "url": row.get("url", "")})
    return out


def field_rows(resource: Mapping[str, Any], header: Sequence[str],
               rows: Sequence[Mapping[str, str]]) -> list[dict[str, Any]]:
    schema = resource.get("schema", {})
    pk = set(schema.get("primaryKey", []))
    fk_fields = {f for fk in schema.get("foreignKeys", []) for f in fk["fields"]}
    out = []
    for f in schema.get("fields", []):
        keys = (["Primärschlüssel"] if f["name"] in pk else []) + \
               (["Verweis"] if f["name"] in fk_fields else [])
        # every row has a key for each header column (a short row: None)
        filled = sum(map(bool, map(itemgetter(f["name"]), rows))) if f["name"] in header else 0
        out.append({
            "name": f["name"], "titel": f.get("title", ""),
            "typ": TYPE_NAMES.get(f.get("type", "string"), f.get("type", "")),
            "typ_roh": f.get("type", "string"),
            "beschreibung": f.get("description", ""), "einheit": f.get("unit", ""),
            "regeln": constraint_texts(f.get("constraints", {})),
            "beispiele": example_values(header, rows, f["name"]),
            "schluessel": keys, "gefuellt": filled,
        })
    return out


def resource_doc(package: str, resource: Mapping[str, Any], header: Sequence[str],
                 rows: Sequence[Mapping[str, str]], sources: Mapping[str, Mapping[str, str]]
                 ) -> dict[str, Any]:
    """Everything the documentation page of one tabular resource shows."""
    schema = resource.get("schema", {})
    return {
        "paket": package, "name": resource["name"], "titel": resource.get("title", ""),
        "beschreibung": resource.get("description", ""), "pfad": resource["path"],
        "zeilen": len(rows), "spalten": len(header),
        "felder": field_rows(resource, header, rows),
        "primaerschluessel": schema.get("primaryKey", []),
        "verweise": foreign_key_texts(schema, package),
        "abdeckung": coverage(header, rows),
        "quellen": source_attributions(resource, sources),
        "hinweise": list(resource.get("hinweise", [])),
    }


def validation_summary(report: Any, data_version: str, date: str) -> dict[str, Any]:
    """What the pages say about the check of this build, from the real report."""
    problems = list(getattr(report, "problems", []))
    return {"version": data_version, "datum": date, "fehler": len(problems),
            "zeilen": int(getattr(report, "rows", 0)),
            "sekunden": float(getattr(report, "seconds", 0.0)), "ok": not problems}


def problems_in(report: Any, package: str, path: str) -> int:
    name = f"data/{package}/{path}"
    return sum(1 for p in getattr(report, "problems", []) if getattr(p, "file", "") == name)
