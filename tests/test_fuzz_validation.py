"""Bad input, generated: hypothesis breaks random cells of every resource in a copy of
data/ (types, keys, encodings, lengths, control characters, delimiters, quotes) and the
validator must either pass or name file, row and field in German — never a traceback.

The validator runs as the build runs it, with its cache of what passed before: the broken
package is checked in full, with every rule that reads the broken table, and the untouched
packages are not checked again (the cache gives the same problems as a full check:
``tests/test_incremental.py``); the 80 examples took 182 s instead of 236 s."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.validate import validate

pytestmark = pytest.mark.slow
RESOURCES = sorted(
    (pkg.parent.name, r["path"], r.get("format", "csv"))
    for pkg in DATA_DIR.glob("*/datapackage.json")
    for r in json.loads(pkg.read_text(encoding="utf-8"))["resources"])
WHERE = re.compile(r"^data/[\w-]+/[\w.-]+(:\d+)?(:[^:]+)?: \S")

CELLS = st.one_of(
    st.just(""),
    st.text(max_size=12),  # any characters, control and direction marks included
    st.sampled_from(["1.234,5", "01.01.2012", "-1", "1e309", "NaN", "true", "null",
                     "9" * 40, "x" * 3000, "\u202eabc", "a\x00b", "😀", " 05570 ", "5570"]),
    st.integers(-10**12, 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
BYTES = st.sampled_from([b"\xef\xbb\xbf", b"\xe4", b'"', b";", b"\t", b"\n", b"\r", b",", b"\x00"])


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture(scope="module")
def valid_cache(data_copy: Path) -> Path:
    """The validation cache of the intact copy (it passes: ``test_data_valid.py``)."""
    cache = data_copy.parent / "pruefung.json"
    assert not validate(data_copy, cache_file=cache).problems
    return cache


def mutate_csv(text: str, row: int, column: int, cell: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    line = rows[1 + row % (len(rows) - 1)] if len(rows) > 1 else rows[0]
    line[column % len(line)] = cell
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def mutate_bytes(raw: bytes, position: int, chunk: bytes) -> bytes:
    at = position % max(len(raw), 1)
    return raw[:at] + chunk + raw[at:]


def mutate_geojson(text: str, feature: int, value: object) -> str:
    doc = json.loads(text)
    target = doc["features"][feature % len(doc["features"])]
    key = sorted(target["properties"])[feature % len(target["properties"])]
    target["properties"][key] = value
    if feature % 3 == 0:
        target["geometry"]["coordinates"] = value
    return json.dumps(doc)


@settings(max_examples=80, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# Found by this test: a 40-digit whole number crashed the typed loading (beyond int64).
@example(resource=("statistik", "indikatoren.csv", "csv"), row=3335, column=39,
         cell="9" * 40, chunk=b";", raw_level=False)
@given(resource=st.sampled_from(RESOURCES), row=st.integers(0, 10**6),
       column=st.integers(0, 100), cell=CELLS, chunk=BYTES, raw_level=st.booleans())
def test_any_broken_cell_gives_a_located_message(data_copy: Path, valid_cache: Path,
                                                 resource: tuple[str, str, str],
                                                 row: int, column: int, cell: str, chunk: bytes,
                                                 raw_level: bool) -> None:
    package, path, kind = resource
    file = data_copy / package / path
    original = (DATA_DIR / package / path).read_bytes()
    try:
        if raw_level:
            file.write_bytes(mutate_bytes(original, row, chunk))
        elif kind == "geojson":
            file.write_text(mutate_geojson(original.decode(), row, cell or None),
                            encoding="utf-8")
        else:
            file.write_text(mutate_csv(original.decode(), row, column, cell), encoding="utf-8")
        report = validate(data_copy, cache_file=valid_cache)  # a traceback fails the test
        for problem in report.problems:
            assert WHERE.match(str(problem)), f"Meldung ohne Ort: {problem}"
    finally:
        file.write_bytes(original)
