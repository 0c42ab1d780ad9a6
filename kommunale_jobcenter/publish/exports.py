"""Downloads: deterministic zips, JSON records, Excel workbooks, per-Träger slices.

Everything here returns bytes and is reproducible: the same input gives byte-identical
output (fixed zip timestamps and permissions, sorted entries, fixed workbook properties).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import operator
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry
XLSX_MAX_ROWS = 1_048_575  # data rows that fit below a header row in one sheet


def deterministic_zip(entries: Iterable[tuple[str, bytes]], sort: bool = True) -> bytes:
    """A zip of (name, content) with fixed timestamps and permissions."""
    items = sorted(entries) if sort else list(entries)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, whatever the build machine is
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()


def package_zip(folder: Path, descriptor: Mapping[str, Any],
                extra: Iterable[tuple[str, bytes]] = ()) -> bytes:
    """datapackage.json and every resource file of one package, under <name>/."""
    name = descriptor["name"]
    entries = [(f"{name}/datapackage.json", (folder / "datapackage.json").read_bytes())]
    for resource in descriptor["resources"]:
        entries.append((f"{name}/{resource['path']}", (folder / resource["path"]).read_bytes()))
    entries.extend((f"{name}/{n}", c) for n, c in extra)
    return deterministic_zip(entries)


# -- typed rows from CSV text ---------------------------------------------------------

def _converter(kind: str, for_json: bool) -> Any:
    if kind in ("integer", "year"):
        return int
    if kind == "number":
        return float
    if kind == "boolean":
        return lambda v: {"true": True, "false": False}[v]
    if kind == "date" and not for_json:
        return dt.date.fromisoformat
    return str


def dict_rows(csv_text: str) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of CSV text as ``csv.DictReader`` gives them (blank lines skipped, a
    short row padded with None, extra cells under the key None), about twice as fast."""
    reader = csv.reader(io.StringIO(csv_text))
    header = next(reader, [])
    width, rows = len(header), []
    for row in reader:
        if len(row) == width:
            rows.append(dict(zip(header, row, strict=True)))
        elif row:
            rows.append(_ragged(header, row))
    return header, rows


def _ragged(header: list[str], row: list[str]) -> dict[Any, Any]:
    out: dict[Any, Any] = dict(zip(header, row, strict=False))
    if len(row) > len(header):
        out[None] = row[len(header):]
    for name in header[len(row):]:
        out[name] = None
    return out


def typed_rows(csv_text: str, schema: Mapping[str, Any], for_json: bool) -> tuple[
        list[str], list[list[Any]]]:
    """Header and rows of a package CSV, each cell converted by its field type; '' → None."""
    reader = csv.reader(io.StringIO(csv_text))
    header = next(reader)
    kinds = {f["name"]: f.get("type", "string") for f in schema["fields"]}
    converters = [_converter(kinds.get(h, "string"), for_json) for h in header]
    rows = [[None if cell == "" else conv(cell) for conv, cell in zip(converters, row,
                                                                       strict=True)]
            for row in reader]
    return header, rows


def records_json(csv_text: str, schema: Mapping[str, Any]) -> bytes:
    """The resource as a JSON array of records (typed; dates as ISO text; missing → null)."""
    header, rows = typed_rows(csv_text, schema, for_json=True)
    records = [dict(zip(header, row, strict=True)) for row in rows]
    return (json.dumps(records, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _fixed_time(version_date: dt.date) -> dt.datetime:
    return dt.datetime(version_date.year, version_date.month, version_date.day)


def xlsx_bytes(csv_text: str, schema: Mapping[str, Any], sheet: str, title: str,
               version_date: dt.date, notes: Iterable[str] = ()) -> bytes:
    """One sheet with the data (typed cells, header row) and one «Felder» sheet
    documenting every column; workbook properties and zip timestamps are fixed."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    header, rows = typed_rows(csv_text, schema, for_json=False)
    if len(rows) > XLSX_MAX_ROWS:
        raise ValueError(f"{sheet}: {len(rows)} Zeilen passen nicht in ein Excel-Blatt")
    wb = Workbook(write_only=True)
    data = wb.create_sheet(_sheet_name(sheet))
    data.append(header)
    for row in rows:
        data.append(row)
    fields = wb.create_sheet("Felder")
    fields.append(["Feld", "Titel", "Typ", "Einheit", "Beschreibung"])
    for f in schema["fields"]:
        fields.append([f["name"], f.get("title", ""), f.get("type", ""), f.get("unit", ""),
                       f.get("description", "")])
    for note in notes:
        fields.append(["Hinweis", note])
    stamp = _fixed_time(version_date)
    wb.properties.creator = "Kommunale Jobcenter – offene Daten"
    wb.properties.lastModifiedBy = "Kommunale Jobcenter – offene Daten"
    wb.properties.title = title
    wb.properties.created = stamp
    wb.properties.modified = stamp
    raw = io.BytesIO()
    archive = zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # save_workbook() would stamp «modified» with now()
    return _rezip(raw.getvalue())


def _sheet_name(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31]


def _rezip(xlsx: bytes) -> bytes:
    """Same entries in the same order ([Content_Types].xml first), fixed timestamps."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source:
        entries = [(i.filename, source.read(i.filename)) for i in source.infolist()]
    return deterministic_zip(entries, sort=False)


# -- one Träger's rows --------------------------------------------------------------

def _selecting_column(resource: Mapping[str, Any]) -> str | None:
    fields = [f["name"] for f in resource["schema"]["fields"]]
    return next((c for c in ("zkt_id", "ags", "region_id") if c in fields), None)


def _csv_bytes(header: list[str], rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row[h] for h in header])
    return buffer.getvalue().encode()


Table = tuple[dict[str, Any], list[str], Sequence[dict[str, str]]]  # rows: reads.Rows


Index = dict[tuple[tuple[str, str], tuple[str, ...]], dict[tuple[str, ...], list[int]]]


def _lookup(tables: Mapping[tuple[str, str], Table], index: Index, key: tuple[str, str],
            columns: tuple[str, ...]) -> dict[tuple[str, ...], list[int]]:
    """Row numbers of a table by the values of some columns (built once, then reused)."""
    if (key, columns) not in index:
        lookup: dict[tuple[str, ...], list[int]] = {}
        rows = tables[key][2]
        if len(columns) == 1:  # the common case, without a generator per row
            keys: Iterable[tuple[str, ...]] = ((r[columns[0]],) for r in rows)
        elif columns:
            keys = map(operator.itemgetter(*columns), rows)
        else:
            keys = (() for _ in rows)
        for j, k in enumerate(keys):
            lookup.setdefault(k, []).append(j)
        index[(key, columns)] = lookup
    return index[(key, columns)]


def full_index(tables: Mapping[tuple[str, str], Table]) -> Index:
    """Every lookup ``select_rows`` can ask for, built once: by the selecting column of
    each table and by the referenced fields of each foreign key."""
    index: Index = {}
    for key, (resource, _header, _rows) in tables.items():
        column = _selecting_column(resource)
        if column:
            _lookup(tables, index, key, (column,))
        for fk in resource["schema"].get("foreignKeys", []):
            target = (key[0], fk["reference"]["resource"] or key[1])
            if target in tables:
                _lookup(tables, index, target, tuple(fk["reference"]["fields"]))
    return index


def select_rows(tables: Mapping[tuple[str, str], Table], zkt_id: str, ags: str,
                cache: Index | None = None) -> dict[tuple[str, str], list[int]]:
    """Row numbers per table that belong to one Träger, closed under foreign keys.

    A table with a ``zkt_id``, ``ags`` or ``region_id`` column (in that order) keeps the
    rows of the Träger or of its heutiger Kreis; then every row referenced by a kept row
    (Quellen, Indikatoren, Programme, Länder, a successor, …) is added, until nothing
    changes, so the slice is a valid package with intact foreign keys.
    """
    index = cache if cache is not None else {}
    chosen: dict[tuple[str, str], set[int]] = {}
    # each table and each lookup taken once per call, not once per row (the same reads)
    parts: dict[tuple[str, str], Table] = {}
    lookups: dict[tuple[tuple[str, str], tuple[str, ...]], Any] = {}
    for key, table in tables.items():
        parts[key] = table
        column = _selecting_column(table[0])
        if column:
            wanted = zkt_id if column == "zkt_id" else ags
            chosen[key] = set(_lookup(tables, index, key, (column,)).get((wanted,), []))
    pending = [(key, i) for key, ids in chosen.items() for i in ids]
    while pending:
        key, i = pending.pop()
        resource, _header, rows = parts[key]
        row = rows[i]
        for fk in resource["schema"].get("foreignKeys", []):
            values = tuple(row[f] for f in fk["fields"])
            if not all(values):
                continue
            target = (key[0], fk["reference"]["resource"] or key[1])
            if target not in parts:
                continue
            fields = tuple(fk["reference"]["fields"])
            if (target, fields) not in lookups:
                lookups[(target, fields)] = _lookup(tables, index, target, fields)
            for j in lookups[(target, fields)].get(values, []):
                if j not in chosen.setdefault(target, set()):
                    chosen[target].add(j)
                    pending.append((target, j))
    return {key: sorted(ids) for key, ids in sorted(chosen.items()) if ids}


def slice_package(tables: Mapping[tuple[str, str], Table], version: str,
                  licenses: list[dict[str, str]], zkt_id: str, ags: str, slug: str,
                  title: str, cache: Index | None = None) -> tuple[bytes, dict[str, int]]:
    """A small, valid data package with this Träger's rows only, as a zip.

    Generic over whatever packages exist (see ``select_rows``). Resources are named
    ``<paket>_<ressource>``; foreign keys point to the renamed resources. Returns the zip
    and the row count per included resource (``paket/ressource``).
    """
    chosen = select_rows(tables, zkt_id, ags, cache)
    names = {key: f"{key[0]}_{key[1]}" for key in chosen}
    entries: list[tuple[str, bytes]] = []
    resources = []
    counts: dict[str, int] = {}
    for key, ids in chosen.items():
        resource, header, rows = tables[key]
        name = names[key]
        entries.append((f"{name}.csv", _csv_bytes(header, [rows[i] for i in ids])))
        counts[f"{key[0]}/{key[1]}"] = len(ids)
        schema = json.loads(json.dumps(resource["schema"]))
        fks = []
        for fk in schema.pop("foreignKeys", []):
            target = (key[0], fk["reference"]["resource"] or key[1])
            if target in names:
                fk["reference"]["resource"] = "" if target == key else names[target]
                fks.append(fk)
        if fks:
            schema["foreignKeys"] = fks
        resources.append({
            "name": name, "type": "table", "path": f"{name}.csv", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "title": f"{resource.get('title', name)} (Ausschnitt)",
            "description": resource.get("description", ""), "schema": schema,
        })
    descriptor = {
        "name": f"traeger-{slug}",
        "title": f"{title}: Zeilen zu diesem Träger",
        "description": (f"Ausschnitt aus den Datenpaketen "
                        f"{', '.join(sorted({k[0] for k in chosen}))}: die Zeilen zum "
                        f"Träger {zkt_id} und zum Kreis {ags}, dazu jede "
                        f"Zeile, auf die sie verweisen (Quellen, Erläuterungen)."),
        "version": version,
        "licenses": licenses,
        "resources": resources,
    }
    entries.append(("datapackage.json",
                    (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode()))
    return deterministic_zip(entries), counts


def licenses_of(descriptors: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for d in descriptors:
        for lic in d.get("licenses", []):
            seen.setdefault(lic.get("path", lic.get("name", "")), lic)
    return [seen[k] for k in sorted(seen)]
