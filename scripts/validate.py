"""Validate data/: package structure, Frictionless schemas and keys, then our own checks.

Every problem is reported as ``file:row:field: message`` in plain German. Our own checks
(``scripts/checks``) run only when the packages are structurally valid, because they
work on typed DataFrames.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.checks import Problem, all_checks
from scripts.datapackage import DATA_DIR

_TYPE_NAMES = {"integer": "ganze Zahl", "number": "Zahl", "date": "Datum (JJJJ-MM-TT)",
               "boolean": "Wahrheitswert (true/false)", "year": "Jahr", "string": "Text"}


@dataclass
class ValidationReport:
    problems: list[Problem]
    rows: int
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


def _rel(path: Path, data_dir: Path) -> str:
    try:
        return f"data/{path.relative_to(data_dir).as_posix()}"
    except ValueError:
        return str(path)


def _descriptor_problems(folder: Path, data_dir: Path) -> tuple[dict | None, list[Problem]]:
    path = folder / "datapackage.json"
    name = _rel(path, data_dir)
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        return None, [Problem(name, err.lineno, None,
                              f"ist kein gültiges JSON (Zeile {err.lineno}, Spalte {err.colno}: "
                              f"{err.msg})")]
    except UnicodeDecodeError:
        return None, [Problem(name, None, None, "ist nicht UTF-8-kodiert")]
    problems = []
    for resource in descriptor.get("resources", []):
        file = folder / resource.get("path", "")
        if not file.is_file():
            problems.append(Problem(_rel(file, data_dir), None, None,
                                    f"Datei der Ressource «{resource.get('name')}» fehlt"))
            continue
        if resource.get("type") == "table":
            problems.extend(_encoding_problems(file, data_dir))
    return descriptor, problems


def _encoding_problems(file: Path, data_dir: Path) -> list[Problem]:
    raw = file.read_bytes()
    name = _rel(file, data_dir)
    if raw.startswith(b"\xef\xbb\xbf"):
        return [Problem(name, 1, None, "beginnt mit einer Byte-Order-Mark (BOM); bitte als "
                                       "UTF-8 ohne BOM speichern")]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return [Problem(name, line, None, f"ist nicht UTF-8-kodiert (Byte {err.start}: "
                                          f"0x{raw[err.start]:02x}); bitte als UTF-8 speichern")]
    return []


def _german(error: dict[str, Any], schema_fields: dict[str, dict]) -> str:
    kind = error.get("type", "")
    cell = error.get("cell")
    field = schema_fields.get(error.get("fieldName") or "", {})
    note = error.get("note", "")
    if kind == "type-error":
        expected = _TYPE_NAMES.get(field.get("type", ""), field.get("type", "?"))
        hint = ""
        if field.get("type") in ("number", "integer") and isinstance(cell, str) and "," in cell:
            hint = " (Dezimaltrennzeichen ist der Punkt, ohne Tausenderpunkte: 1234.5)"
        if field.get("type") == "date" and isinstance(cell, str) and "." in cell:
            hint = " (Datum bitte als JJJJ-MM-TT, z. B. 2012-01-01)"
        return f"Wert «{cell}» ist keine gültige Angabe vom Typ {expected}{hint}"
    if kind == "constraint-error":
        if "required" in note or cell in (None, ""):
            return "Pflichtfeld ist leer"
        return f"Wert «{cell}» verletzt eine Regel des Feldes: {note}"
    if kind == "primary-key":
        return f"Schlüssel «{', '.join(map(str, error.get('cells', [])))}» ist doppelt " \
               f"(Primärschlüssel muss eindeutig sein)"
    if kind == "foreign-key":
        ref = error.get("referenceName") or "dieselbe Tabelle"
        cells = ", ".join(str(c) for c in error.get("fieldCells") or [])
        fields = ", ".join(error.get("fieldNames") or [])
        return f"Verweis «{cells}» im Feld {fields} hat kein Gegenstück in «{ref}»"
    if kind == "unique-error":
        return f"Wert «{cell}» kommt mehrfach vor, muss aber eindeutig sein"
    if kind == "extra-cell":
        return "Zeile hat mehr Zellen als die Kopfzeile Spalten (falsches Trennzeichen " \
               "oder nicht geschlossene Anführungszeichen?)"
    if kind == "missing-cell":
        return "Zeile hat weniger Zellen als die Kopfzeile Spalten"
    if kind in ("extra-label", "missing-label", "incorrect-label", "duplicate-label",
                "blank-label"):
        return f"Kopfzeile passt nicht zum Schema: {note or kind}"
    if kind == "blank-row":
        return "Zeile ist leer"
    return f"{error.get('title', kind)}: {note}"


def _frictionless_problems(folder: Path, descriptor: dict, data_dir: Path) -> list[Problem]:
    from frictionless import Package

    report = Package(descriptor, basepath=str(folder)).validate()
    problems = []
    for task in report.tasks:
        resource = next((r for r in descriptor["resources"] if r["name"] == task.name), {})
        fields = {f["name"]: f for f in resource.get("schema", {}).get("fields", [])}
        file = _rel(folder / resource.get("path", task.name), data_dir)
        for error in task.errors:
            err = error.to_descriptor()
            if err.get("type") == "extra-label" and "fieldName" not in err:
                err["fieldName"] = err.get("label")
            field = err.get("fieldName") or ", ".join(err.get("fieldNames") or []) or None
            problems.append(Problem(file, err.get("rowNumber"), field, _german(err, fields)))
    for error in report.errors:
        problems.append(Problem(_rel(folder / "datapackage.json", data_dir), None, None,
                                error.message))
    return problems


def validate(data_dir: Path = DATA_DIR) -> ValidationReport:
    from scripts.load import load_all

    started = time.perf_counter()
    problems: list[Problem] = []
    folders = sorted(p.parent for p in data_dir.glob("*/datapackage.json"))
    if not folders:
        problems.append(Problem(str(data_dir), None, None, "enthält kein Datenpaket"))
    for folder in folders:
        descriptor, found = _descriptor_problems(folder, data_dir)
        problems.extend(found)
        if descriptor is not None and not found:
            problems.extend(_frictionless_problems(folder, descriptor, data_dir))
    rows = 0
    if not problems:
        packages = load_all(data_dir)
        rows = sum(len(frame) for tables in packages.values() for frame in tables.values())
        for check in all_checks():
            problems.extend(check(packages))
    return ValidationReport(problems, rows, time.perf_counter() - started)


def print_report(report: ValidationReport) -> None:
    if report.ok:
        print(f"Validierung: keine Fehler ({report.rows} Zeilen in {report.seconds:.1f} s)")
        return
    print(f"Validierung: {len(report.problems)} Fehler gefunden:")
    for problem in report.problems:
        print(f"  {problem}")
