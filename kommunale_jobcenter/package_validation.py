"""Is one Frictionless package well formed? Used for ``data/<paket>/`` and for the tables
of ``curated/<ordner>/``, every problem as ``file:row:field: message`` in plain German.

In order: the descriptor (``datapackage.json``) reads as JSON; every file it names exists,
is UTF-8 without BOM; a CSV is comma-separated with exactly the schema's header, closed
quotes and as many cells per row as columns; a GeoJSON file is a FeatureCollection of
(Multi)Polygons. Only a package without such layout problems goes to Frictionless (types,
constraints, keys, references), whose English errors become German messages with a hint
how to fix them. The messages live in ``curated/site/meldungen.yaml``.

The domain rules across packages (``kommunale_jobcenter/checks``) and the run over all of
``data/`` and ``curated/`` are in ``kommunale_jobcenter.validate``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kommunale_jobcenter import curated, schema_screen
from kommunale_jobcenter.checks import Problem


@lru_cache(maxsize=1)
def _catalog() -> dict[str, Any]:
    """The messages, type names, pattern and delimiter words (curated/site/meldungen.yaml)."""
    return curated.document("site/meldungen.yaml")


def say(key: str, **values: Any) -> str:
    """One message of the catalogue with its placeholders filled."""
    return _catalog()["meldungen"][key].format(**values)




def _rel(path: Path, data_dir: Path) -> str:
    """``data/…`` or ``curated/…``: the path a data editor finds the file under."""
    prefix = "curated" if data_dir.name == "curated" else "data"
    try:
        return f"{prefix}/{path.relative_to(data_dir).as_posix()}"
    except ValueError:
        return str(path)


def read_descriptor(folder: Path, data_dir: Path) -> tuple[dict | None, list[Problem]]:
    """The package's descriptor, or None and the problem that it cannot be read."""
    path = folder / "datapackage.json"
    name = _rel(path, data_dir)
    try:
        return json.loads(path.read_text(encoding="utf-8")), []
    except json.JSONDecodeError as err:
        return None, [Problem(name, err.lineno, None, say(
            "json_ungueltig", zeile=err.lineno, spalte=err.colno, fehler=err.msg))]
    except UnicodeDecodeError:
        return None, [Problem(name, None, None, say("nicht_utf8"))]


def files_present(folder: Path, descriptor: dict) -> bool:
    """Whether every file the descriptor names exists (then ``package_digest`` works)."""
    return all((folder / r.get("path", "")).is_file() for r in descriptor.get("resources", []))


def package_problems(folder: Path, descriptor: dict, root: Path,
                     prefix: str = "data") -> list[Problem]:
    """Layout, then Frictionless, for a package already read (``data/`` or ``curated/``;
    ``root`` is the folder the file names in messages start from)."""
    assert prefix == ("curated" if root.name == "curated" else "data"), root
    return layout_problems(folder, descriptor, root) or list(frictionless_by_content(
        folder.resolve(), root.resolve(), package_digest(folder, descriptor)))


def layout_problems(folder: Path, descriptor: dict, data_dir: Path) -> list[Problem]:
    """Files present, UTF-8, comma-separated with the schema's header; GeoJSON well formed."""
    problems = []
    for resource in descriptor.get("resources", []):
        file = folder / resource.get("path", "")
        if not file.is_file():
            problems.append(Problem(_rel(file, data_dir), None, None,
                                    say("datei_fehlt", ressource=resource.get("name"))))
            continue
        if resource.get("type", "table") == "table" and resource.get("format") != "geojson":
            found = _encoding_problems(file, data_dir)
            problems.extend(found or _csv_problems(file, resource, data_dir))
        elif resource.get("format") == "geojson":
            problems.extend(_encoding_problems(file, data_dir)
                            or _geojson_problems(file, data_dir))
    return problems


_GEOMETRIES = {"Polygon": 3, "MultiPolygon": 4}  # nesting depth down to a coordinate


def _positions_ok(coords: Any, depth: int) -> bool:
    if depth == 1:
        return (isinstance(coords, list) and len(coords) == 2
                and all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords)
                and -180 <= coords[0] <= 180 and -90 <= coords[1] <= 90)
    return isinstance(coords, list) and bool(coords) and all(
        _positions_ok(c, depth - 1) for c in coords)


def _geojson_problems(file: Path, data_dir: Path) -> list[Problem]:
    """A FeatureCollection of (Multi)Polygons whose features share one set of text
    properties; a broken file would otherwise fail only when a map is drawn."""
    name = _rel(file, data_dir)
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        return [Problem(name, err.lineno, None, say(
            "json_ungueltig", zeile=err.lineno, spalte=err.colno, fehler=err.msg))]
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not (
            isinstance(features, list) and features):
        return [Problem(name, None, None, say("keine_featurecollection"))]
    problems: list[Problem] = []
    keys: set[str] | None = None
    for number, feature in enumerate(features, start=1):
        where = say("objekt", nummer=number)
        props = feature.get("properties") if isinstance(feature, dict) else None
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(props, dict) or not isinstance(geometry, dict):
            problems.append(Problem(name, number, None, say("kein_feature", wo=where)))
            continue
        keys = set(props) if keys is None else keys
        for key in sorted(keys ^ set(props)):
            problems.append(Problem(name, number, key,
                                    say("eigenschaft_fehlt", wo=where, schluessel=key)))
        for key in sorted(keys & set(props)):
            if not isinstance(props[key], str) or not props[key].strip():
                problems.append(Problem(name, number, key,
                                        say("eigenschaft_leer", wo=where, schluessel=key)))
        depth = _GEOMETRIES.get(geometry.get("type"))
        if depth is None or not _positions_ok(geometry.get("coordinates"), depth):
            problems.append(Problem(name, number, "geometry", say("geometrie", wo=where)))
    return problems


def _encoding_problems(file: Path, data_dir: Path) -> list[Problem]:
    raw = file.read_bytes()
    name = _rel(file, data_dir)
    if raw.startswith(b"\xef\xbb\xbf"):
        return [Problem(name, 1, None, say("bom"))]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return [Problem(name, line, None,
                        say("latin1", byte=err.start, wert=f"{raw[err.start]:02x}"))]
    return []


def _quote_problem(name: str, start: int, end: int) -> Problem:
    reach = say("zelle_reicht", ende=end) if end > start else ""
    return Problem(name, start, None, say("anfuehrungszeichen", reichweite=reach))


_WHOLE = re.compile(r"\s*[+-]?\d+\s*", re.ASCII)


def _beyond_int64(cell: str) -> bool:
    """A whole number no 64-bit integer column can hold (typed tables would crash)."""
    return bool(_WHOLE.fullmatch(cell)) and abs(int(cell)) >= 2**63


def _csv_problems(file: Path, resource: dict, data_dir: Path) -> list[Problem]:
    """CSV layout before Frictionless: delimiter, header vs schema, quotes, cells per row.

    Frictionless guesses the delimiter and would silently accept a semicolon file, and an
    open quote makes it report confusing errors many lines later; so we check first.
    """
    name = _rel(file, data_dir)
    expected = [f["name"] for f in resource.get("schema", {}).get("fields", [])]
    text = file.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0].rstrip("\r")
    header = next(csv.reader([first]), [])
    for delimiter, label in _catalog()["trennzeichen"].items():
        if len(header) == 1 and first.count(delimiter) >= 1 and len(expected) > 1:
            return [Problem(name, 1, None, say("trennzeichen", name=label))]
    problems = []
    for label in header:
        if label not in expected:
            problems.append(Problem(name, 1, label or None, say("spalte_fremd", spalte=label)))
    for label in expected:
        if label not in header:
            problems.append(Problem(name, 1, label, say("spalte_fehlt", spalte=label)))
    if not problems and header != expected:
        problems.append(Problem(name, 1, None,
                                say("reihenfolge", spalten=", ".join(expected))))
    if problems:
        return problems
    whole = [i for i, f in enumerate(resource["schema"]["fields"])
             if f.get("type") in ("integer", "year")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for row in reader:
            end = reader.line_num
            if end > start and row:
                # A cell swallowed a line break: an opening quote that is never closed.
                return [_quote_problem(name, start, end)]
            if row and len(row) != len(expected):
                reason = say("zellen_weniger" if len(row) < len(expected) else "zellen_mehr")
                problems.append(Problem(name, start, None, say(
                    "zellen_zahl", zellen=len(row), spalten=len(expected), grund=reason)))
            elif start > 1:
                problems.extend(Problem(name, start, expected[i], say("zahl_zu_gross"))
                                for i in whole if _beyond_int64(row[i]))
            start = end + 1
    except csv.Error:
        return [_quote_problem(name, start, reader.line_num)]
    return problems[:20]


_CONSTRAINT = re.compile(r'constraint "(\w+)" is "(.*)"', re.S)


def _title(field: dict) -> str:
    """«Kreisschlüssel» (ags) — the German title the data editor knows, and the column."""
    name = field.get("name", "?")
    title = field.get("title")
    return f"«{title}» ({name})" if title and title != name else f"«{name}»"


def _german_number(cell: str) -> str | None:
    """'1.319,4' → '1319.4' if the cell is a number written the German way."""
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+,\d+", cell.strip()):
        return cell.strip().replace(".", "").replace(",", ".")
    return None


_KEY_PATTERN = r"^\d{5}$"
_SIMPLE_LIMITS = {"minimum": "minimum", "maximum": "maximum", "minLength": "zu_kurz"}


def _constraint_message(cell: Any, field: dict, note: str) -> str:
    match = _CONSTRAINT.search(note)
    kind, limit = (match.group(1), match.group(2)) if match else ("", note)
    value = "" if cell is None else str(cell)
    shown = value if len(value) <= 60 else f"{value[:57]}…"
    title = _title(field)
    if kind == "required" or value == "":
        return say("pflichtfeld", feld=title)
    if kind == "pattern":
        rule = _catalog()["muster"].get(limit) or say("muster_unbekannt", muster=limit)
        hint = ""
        if limit == _KEY_PATTERN and value.isdigit() and len(value) < 5:
            hint = say("fuehrende_null", richtig=value.zfill(5))
        elif limit == _KEY_PATTERN:
            hint = say("zeichenzahl", zahl=len(value))
        return say("form", wert=shown, feld=title, regel=rule, tipp=hint)
    if kind in _SIMPLE_LIMITS:
        return say(_SIMPLE_LIMITS[kind], wert=shown, feld=title, grenze=limit)
    if kind == "maxLength":
        return say("zu_lang", feld=title, laenge=len(value), grenze=limit)
    if kind == "enum":
        allowed = ", ".join(map(str, field.get("constraints", {}).get("enum", [])))
        return say("nicht_erlaubt", wert=shown, feld=title, erlaubt=allowed)
    if kind == "unique":
        return say("nicht_eindeutig", wert=shown, feld=title)
    return say("regel", wert=shown, feld=title, hinweis=note)


def _type_hint(cell: Any, kind: str) -> str:
    """How to write a German number or date the way the schema wants it."""
    if kind in ("number", "integer") and isinstance(cell, str):
        german = _german_number(cell)
        if german:
            return say("zahl_punkt", richtig=german)
    if kind == "date" and isinstance(cell, str):
        day = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", cell.strip())
        if day:
            iso = f"{day.group(3)}-{int(day.group(2)):02d}-{int(day.group(1)):02d}"
            return say("datum_iso", richtig=iso)
    return ""


_PLAIN = {"extra-cell": "zelle_zuviel", "missing-cell": "zelle_fehlt", "blank-row": "leere_zeile"}
_LABELS = ("extra-label", "missing-label", "incorrect-label", "duplicate-label", "blank-label")


def _german(error: dict[str, Any], schema: dict[str, Any], files: dict[str, str]) -> str:
    """One Frictionless error in plain German: what is wrong and how to fix it."""
    kind = error.get("type", "")
    cell = error.get("cell")
    fields = {f["name"]: f for f in schema.get("fields", [])}
    field = fields.get(error.get("fieldName") or "", {"name": error.get("fieldName") or "?"})
    note = error.get("note", "")
    if kind == "type-error":
        type_ = field.get("type", "?")
        expected = _catalog()["typnamen"].get(type_, type_)
        return say("typ", wert=cell, feld=_title(field), typ=expected,
                    tipp=_type_hint(cell, type_))
    if kind == "constraint-error":
        return _constraint_message(cell, field, note)
    if kind == "primary-key":
        keys = schema.get("primaryKey") or []
        keys = [keys] if isinstance(keys, str) else keys
        names = [f["name"] for f in schema.get("fields", [])]
        cells = error.get("cells") or []
        values = ", ".join(str(cells[names.index(k)]) for k in keys
                           if k in names and names.index(k) < len(cells))
        first = re.search(r"row at position (\d+)", note)
        where = say("schluessel_zeile", zeile=first.group(1)) if first else ""
        return say("schluessel_doppelt", schluessel=" + ".join(keys), werte=values, wo=where)
    if kind == "foreign-key":
        ref = error.get("referenceName") or ""
        target = files.get(ref, f"{ref}.csv") if ref else files.get(
            "", say("dieselbe_tabelle"))
        return say("verweis", werte=", ".join(str(c) for c in error.get("fieldCells") or []),
                    felder=", ".join(error.get("fieldNames") or []), ziel=target,
                    zielfelder=", ".join(error.get("referenceFieldNames") or []))
    if kind == "unique-error":
        return say("nicht_eindeutig", wert=cell, feld=_title(field))
    if kind in _PLAIN:
        return say(_PLAIN[kind])
    if kind in _LABELS:
        return say("kopfzeile", hinweis=note or kind)
    return f"{error.get('title', kind)}: {note}"


def package_digest(folder: Path, descriptor: dict) -> str:
    """Hash of a package's descriptor and every file it names."""
    digest = hashlib.sha256(json.dumps(descriptor, sort_keys=True).encode())
    for resource in descriptor.get("resources", []):
        digest.update((folder / resource.get("path", "")).read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=32)
def frictionless_by_content(folder: Path, data_dir: Path, digest: str) -> tuple[Problem, ...]:
    """Frictionless result of a package, once per content: a package that did not change
    since the last validation in this process is not read again. Valid data goes the
    quick way (``schema_screen``); whatever that pass is not sure of, Frictionless reads."""
    json_path = folder / "datapackage.json"
    descriptor = (json.loads(json_path.read_text(encoding="utf-8")) if json_path.is_file()
                  else yaml.safe_load((folder / "datapackage.yaml").read_text(encoding="utf-8")))
    if schema_screen.certainly_valid(folder, descriptor):  # Frictionless would find nothing
        return ()
    return tuple(_frictionless_problems(folder, descriptor, data_dir))


def _frictionless_problems(folder: Path, descriptor: dict, data_dir: Path) -> list[Problem]:
    from frictionless import Package

    report = Package(descriptor, basepath=str(folder)).validate()
    problems = []
    for task in report.tasks:
        resource = next((r for r in descriptor["resources"] if r["name"] == task.name), {})
        schema = resource.get("schema", {})
        file = _rel(folder / resource.get("path", task.name), data_dir)
        # file names of the resources a foreign key may point to ("" = this resource)
        files = {r["name"]: Path(r.get("path", r["name"])).name
                 for r in descriptor["resources"]}
        files[""] = Path(resource.get("path", task.name)).name
        for error in task.errors:
            err = error.to_descriptor()
            if err.get("type") == "extra-label" and not err.get("fieldName"):
                err["fieldName"] = err.get("label")
            if err.get("type") == "primary-key":
                key = schema.get("primaryKey") or []
                err["fieldNames"] = [key] if isinstance(key, str) else key
            field = err.get("fieldName") or ", ".join(err.get("fieldNames") or []) or None
            row = err.get("rowNumber") or (err.get("rowNumbers") or [None])[0]
            problems.append(Problem(file, row, field, _german(err, schema, files)))
    for error in report.errors:
        problems.append(Problem(_rel(folder / "datapackage.json", data_dir), None, None,
                                error.message))
    return problems
