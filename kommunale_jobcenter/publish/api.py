"""Static JSON API: one document per Träger and per programme, and an index.

Pure functions from typed DataFrames to JSON-ready dicts. The tables are split once by the
columns documents look rows up by (``Tables``, part of the build context); a document
turns only its own rows into records. Links inside a document are relative to the document itself,
so the API works wherever the site is hosted.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from kommunale_jobcenter.groups import Groups, group_rows

API_VERSION = 1
Packages = Mapping[str, Mapping[str, pd.DataFrame]]
Record = dict[str, Any]


def plain(value: Any) -> Any:
    """A cell as a JSON value: NA → None, timestamps → ISO date, numpy → Python."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        if math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    return value


def _fast(value: Any) -> Any:
    """plain() for the values Series.tolist() gives (Python scalars, NA, NaN, Timestamp)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if value != value or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, (str, int, bool)):
        return value
    return plain(value)


def records(frame: pd.DataFrame, drop: tuple[str, ...] = ()) -> list[Record]:
    cols = [c for c in frame.columns if c not in drop]
    columns = [[_fast(v) for v in frame[c].tolist()] for c in cols]
    return [dict(zip(cols, row, strict=True)) for row in zip(*columns, strict=True)]


def dumps(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()


# The lookups a document makes: (package, table, column); every package's «quellen» by
# «quelle_id» and every programme table by «programm_id» besides. Tables read whole.
LOOKUPS = [("jobcenter", "traeger", "zkt_id"), ("jobcenter", "kreise", "ags"),
           ("jobcenter", "status_jahr", "ags"), ("jobcenter", "traeger_quellen", "zkt_id"),
           ("statistik", "werte", "region_id"), ("programme", "teilnahmen", "ags"),
           ("programme", "kennzahlen", "ags")]
WHOLE = [("jobcenter", "traeger"), ("statistik", "indikatoren"), ("programme", "programme")]


@dataclass(frozen=True)
class Tables:
    """The packages' tables as the API documents read them, split once (in the build
    context) by the columns a document looks rows up by: a Träger's document reads the
    rows of its Träger and Kreis, so the page cache keeps every other document when one
    row changes (``kommunale_jobcenter.reads``)."""

    columns: Mapping[tuple[str, str], tuple[str, ...]]  # every table → its columns
    groups: Mapping[tuple[str, str, str], Groups]  # (package, table, column) → rows by value
    whole: Mapping[tuple[str, str], pd.DataFrame]

    @property
    def names(self) -> list[tuple[str, str]]:
        return sorted(self.columns)

    def has(self, pkg: str, table: str, column: str | None = None) -> bool:
        key = (pkg, table)
        return key in self.columns and (column is None or column in self.columns[key])

    def all(self, pkg: str, table: str) -> list[Record]:
        frame = self.whole.get((pkg, table))
        return records(frame) if frame is not None else []

    def where(self, pkg: str, table: str, column: str, value: Any) -> list[Record]:
        groups = self.groups.get((pkg, table, column))
        if groups is None or value not in groups:
            return []
        return records(groups.get(value))

    def sources(self, ids: set[str]) -> list[Record]:
        found: dict[str, Record] = {}
        for pkg in sorted({p for p, _ in self.names}):
            for qid in sorted(ids):
                for rec in self.where(pkg, "quellen", "quelle_id", qid):
                    found.setdefault(qid, {**rec, "paket": pkg})
        return [found[k] for k in sorted(found)]


def tables(packages: Packages) -> Tables:
    """``Tables`` of the packages: the lookups of ``LOOKUPS`` that exist, the quellen of
    every package, every programme table with a «programm_id»."""
    columns = {(pkg, name): tuple(frame.columns)
               for pkg, frames in packages.items() for name, frame in frames.items()}
    wanted = [*LOOKUPS, *((pkg, "quellen", "quelle_id") for pkg in packages),
              *(("programme", name, "programm_id") for name in packages.get("programme", {}))]
    groups = {key: group_rows(packages[key[0]][key[1]], key[2]) for key in wanted
              if key[:2] in columns and key[2] in columns[key[:2]]}
    whole = {key: packages[key[0]][key[1]] for key in WHOLE if key in columns}
    return Tables(columns, groups, whole)


def _without(recs: list[Record], *drop: str) -> list[Record]:
    return [{k: v for k, v in r.items() if k not in drop} for r in recs]


def _quelle_ids(*groups: list[Record]) -> set[str]:
    return {r["quelle_id"] for g in groups for r in g if r.get("quelle_id")}


def _sorted(recs: list[Record], *keys: str) -> list[Record]:
    return sorted(recs, key=lambda r: tuple("" if r.get(k) is None else str(r.get(k))
                                            for k in keys))


def traeger_doc(data: Tables, zkt_id: str, meta: Mapping[str, Any],
                programme_ids: set[str] | None = None) -> dict[str, Any]:
    """Facts, status history, the Kreis's indicator series, programmes and sources."""
    row = data.where("jobcenter", "traeger", "zkt_id", zkt_id)[0]
    ags, slug = row["ags"], row["slug"]
    kreis = data.where("jobcenter", "kreise", "ags", ags)
    status = sorted(data.where("jobcenter", "status_jahr", "ags", ags), key=lambda r: r["jahr"])
    belege = data.where("jobcenter", "traeger_quellen", "zkt_id", zkt_id)
    used = [[row], kreis, status, belege]
    doc: dict[str, Any] = {
        "api_version": API_VERSION, **meta,
        "links": {"self": f"{slug}.json", "seite": f"../../jobcenter/{slug}.html",
                  "daten": f"../../daten/traeger/{slug}.zip", "index": "../index.json"},
        "traeger": row,
        "kreis": kreis[0] if kreis else None,
        "status_jahr": _without(status, "ags"),
        "belege": _without(belege, "zkt_id"),
    }
    if data.has("statistik", "werte") and data.has("statistik", "indikatoren"):
        values = data.where("statistik", "werte", "region_id", ags)
        by_indicator: dict[str, list[Record]] = {}
        for v in values:
            by_indicator.setdefault(v["indikator_id"], []).append(v)
        series = []
        for ind in _sorted(data.all("statistik", "indikatoren"), "indikator_id"):
            own = by_indicator.get(ind["indikator_id"])
            if own:
                series.append({**ind, "werte": [{"jahr": v["jahr"], "wert": v["wert"]}
                                                 for v in sorted(own, key=lambda v: v["jahr"])]})
                used.append([ind])
        doc["indikatoren"] = series
    if data.has("programme", "teilnahmen", "ags"):
        part = _sorted(data.where("programme", "teilnahmen", "ags", ags), "seit", "teilnahme_id")
        doc["teilnahmen"] = [{**rec, "programm": _programme_link(rec.get("programm_id"),
                                                                   programme_ids)}
                             for rec in part]
        used.append(part)
    if data.has("programme", "kennzahlen", "ags"):
        figures = _sorted(data.where("programme", "kennzahlen", "ags", ags), "kennzahl_id")
        doc["kennzahlen"] = figures
        used.append(figures)
    doc["quellen"] = data.sources(_quelle_ids(*used))
    return doc


def _programme_link(programm_id: Any, programme_ids: set[str] | None) -> str | None:
    if not programm_id or (programme_ids is not None and programm_id not in programme_ids):
        return None
    return f"../programme/{programm_id}.json"


def programme_doc(data: Tables, programm_id: str, meta: Mapping[str, Any],
                  slugs_by_ags: Mapping[str, str]) -> dict[str, Any]:
    """A programme with its participations (linked to Träger documents), figures, sources."""
    prog = data.where("programme", "programme", "programm_id", programm_id)
    used = [prog]
    doc: dict[str, Any] = {
        "api_version": API_VERSION, **meta,
        "links": {"self": f"{programm_id}.json", "index": "../index.json"},
        "programm": prog[0],
    }
    for pkg, name in data.names:
        if pkg != "programme" or name == "programme" or not data.has(pkg, name, "programm_id"):
            continue
        part = _without(data.where(pkg, name, "programm_id", programm_id), "programm_id")
        if data.has(pkg, name, "ags"):
            part = [{**rec, "traeger": (f"../traeger/{slugs_by_ags[rec['ags']]}.json"
                                        if rec.get("ags") in slugs_by_ags else None)}
                    for rec in part]
        doc[name] = part
        used.append(part)
    doc["quellen"] = data.sources(_quelle_ids(*used))
    return doc


def index_doc(meta: Mapping[str, Any], traeger: list[Record],
              programme: list[Record] | None) -> dict[str, Any]:
    endpoints: list[dict[str, Any]] = [
        {"pfad": "index.json", "inhalt": "dieses Verzeichnis"},
        {"pfad": "traeger/{slug}.json", "inhalt": "ein Träger: Angaben, Status je Jahr, "
         "Indikatoren seines Kreises, Programme, Quellen", "anzahl": len(traeger)},
    ]
    doc: dict[str, Any] = {"api_version": API_VERSION, **meta, "endpunkte": endpoints}
    doc["traeger"] = [
        {"zkt_id": r["zkt_id"], "slug": r["slug"], "name": r["name"], "land": r["land"],
         "ist_aktuell": r["ist_aktuell"], "href": f"traeger/{r['slug']}.json"}
        for r in _sorted(traeger, "zkt_id")]
    if programme is not None:
        endpoints.append({"pfad": "programme/{programm_id}.json", "inhalt": "ein Programm: "
                          "Beschreibung, Teilnahmen, Kennzahlen, Quellen",
                          "anzahl": len(programme)})
        doc["programme"] = [
            {"programm_id": r["programm_id"], "name": r.get("programm_name"),
             "href": f"programme/{r['programm_id']}.json"}
            for r in _sorted(programme, "programm_id")]
    return doc
