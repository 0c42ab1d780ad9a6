"""The curated layer's documents: hand-made YAML under ``curated/``, validated against
JSON Schema before any importer or page uses it.

Every ``*.yaml`` that is not a table descriptor names its JSON Schema in a top-level key
``schema`` (``curated/schemas/<schema>.yaml``); a problem is reported as
``curated/<file>:<line>:<field>: message`` with the line of the value. ``document`` raises
``CuratedError`` with all problems when a file is invalid, and caches by file stamp.

The CSV tables of ``curated/`` (folders with a ``datapackage.yaml``) are read by
``kommunale_jobcenter.curated_tables``; ``kommunale_jobcenter.validate`` checks everything.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kommunale_jobcenter.checks import Problem

CURATED_DIR = Path(__file__).resolve().parents[1] / "curated"
SCHEMA_DIR = "schemas"
# libyaml's parser where PyYAML has it (about ten times faster), else the Python one
YAML_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


def load_yaml(text: str) -> Any:
    """A YAML document as plain data (safe: no Python objects)."""
    return yaml.load(text, Loader=YAML_LOADER)


class CuratedError(Exception):
    """A curated file is invalid; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def file_label(path: Path, curated_dir: Path) -> str:
    try:
        return f"curated/{path.relative_to(curated_dir).as_posix()}"
    except ValueError:
        return str(path)


def file_stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of each file: a document is parsed and validated
    again only when one of its files changed (a page build asks thousands of times)."""
    out = []
    for path in paths:
        try:
            st = path.stat()
            out.append((str(path), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(path), -1, -1))
    return tuple(out)


@lru_cache(maxsize=256)
def _resolved(relpath: str, curated_dir: Path) -> tuple[Path, Path]:
    root = curated_dir.resolve()
    return (root / relpath).resolve(), root


def _node_line(node: yaml.Node, path: list[Any]) -> int:
    """1-based line of the value at ``path`` in a composed YAML tree (closest ancestor)."""
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) \
                and step < len(node.value):
            child = node.value[step]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1


def _load_yaml(path: Path, label: str) -> tuple[Any, yaml.Node | None, list[Problem]]:
    if not path.is_file():
        return None, None, [Problem(label, None, None, "Datei fehlt")]
    try:
        text = path.read_text(encoding="utf-8")
        return load_yaml(text), yaml.compose(text, Loader=YAML_LOADER), []
    except UnicodeDecodeError:
        return None, None, [Problem(label, None, None, "ist nicht UTF-8-kodiert")]
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        return None, None, [Problem(label, None if mark is None else mark.line + 1, None,
                                    f"ist kein gültiges YAML: {getattr(err, 'problem', err)}")]


def _schema_message(error: Any) -> str:
    field = error.path[-1] if error.path else None
    if error.validator == "required":
        return f"Pflichtangabe fehlt: {error.message.split(' ')[0]}"
    if error.validator == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return f"Wert «{error.instance}» ist nicht erlaubt; erlaubt sind: {allowed}"
    if error.validator == "type":
        kinds = {"string": "Text", "integer": "ganze Zahl", "number": "Zahl", "array": "Liste",
                 "object": "Zuordnung (Schlüssel: Wert)", "boolean": "true/false"}
        wanted = error.validator_value
        wanted = [wanted] if isinstance(wanted, str) else wanted
        return f"erwartet wird {' oder '.join(kinds.get(w, w) for w in wanted)}"
    if error.validator == "additionalProperties":
        return f"unbekannte Angabe: {error.message}"
    if error.validator == "pattern":
        return f"Wert «{error.instance}» hat nicht die Form {error.validator_value}"
    if error.validator in ("minLength", "maxLength", "minItems"):
        return f"Wert verletzt {error.validator} = {error.validator_value}"
    return f"{field or 'Dokument'}: {error.message}"


def document_problems(path: Path, curated_dir: Path = CURATED_DIR) -> list[Problem]:
    from jsonschema import Draft202012Validator

    label = file_label(path, curated_dir)
    doc, node, problems = _load_yaml(path, label)
    if problems:
        return problems
    if not isinstance(doc, dict) or not isinstance(doc.get("schema"), str):
        return [Problem(label, 1, "schema", "braucht oben die Angabe «schema: <name>» "
                                            "(eine Datei in curated/schemas/)")]
    schema_path = curated_dir / SCHEMA_DIR / f"{doc['schema']}.yaml"
    schema, _, problems = _load_yaml(schema_path, file_label(schema_path, curated_dir))
    if problems:
        return [Problem(label, 1, "schema", f"Schema «{doc['schema']}» fehlt oder ist "
                                            f"ungültig: {problems[0]}")]
    validator = Draft202012Validator(schema)
    found = []
    for error in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.path))):
        path_ = list(error.path)
        field = next((str(s) for s in reversed(path_) if isinstance(s, str)), None)
        found.append(Problem(label, _node_line(node, path_), field, _schema_message(error)))
    return found


# document → the schema file it named when last read (schemas only refer to themselves,
# so a document depends on its own file and that one schema)
_SCHEMA_OF: dict[Path, Path] = {}


@lru_cache(maxsize=64)
def _document(path: Path, curated_dir: Path, stamp: tuple[tuple[str, int, int], ...]) -> Any:
    problems = document_problems(path, curated_dir)
    if problems:
        raise CuratedError(problems)
    return load_yaml(path.read_text(encoding="utf-8"))


def document(relpath: str, curated_dir: Path = CURATED_DIR) -> Any:
    """The validated YAML document ``curated/<relpath>`` (shared: do not change it)."""
    path, root = _resolved(relpath, curated_dir)
    schema = _SCHEMA_OF.get(path)
    files = [path, schema] if schema else [path, *sorted((root / SCHEMA_DIR).glob("*.yaml"))]
    doc = _document(path, root, file_stamp(files))
    if isinstance(doc, dict) and isinstance(doc.get("schema"), str):
        _SCHEMA_OF[path] = root / SCHEMA_DIR / f"{doc['schema']}.yaml"
    return doc
