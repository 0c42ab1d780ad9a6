"""Copy a raw delivery into the repository's snapshots (raw/), with checksums.

New raw material arrives beside the project in ../shared/raw; this is the one command that
reads it. ``raw/manifest.csv`` names every snapshot file, the delivery file it comes from and
how it is taken over (``copy``, ``gzip`` for large tables, ``inventory`` for the source table
of a SOURCES.md). ``raw/SHA256SUMS`` lists the snapshot files (``sha256sum -c`` format).
Everything else — import, build, tests — reads raw/ only.

    python -m kommunale_jobcenter snapshot [--from DIR]
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from kommunale_jobcenter.import_raw import RAW_DIR

DELIVERY_DIR = RAW_DIR.parent.parent / "shared" / "raw"
MANIFEST = RAW_DIR / "manifest.csv"
CHECKSUMS = RAW_DIR / "SHA256SUMS"
INVENTORY_FIELDS = ["address", "kind", "date_text"]


@dataclass(frozen=True)
class Entry:
    snapshot: str
    delivery: str
    transform: str


def read_manifest(path: Path = MANIFEST) -> list[Entry]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [Entry(**row) for row in csv.DictReader(handle)]


def inventory_rows(sources_md: str) -> list[dict[str, str]]:
    """Address, kind (the ### heading above) and date text of every source-table row."""
    rows, kind = [], ""
    for line in sources_md.splitlines():
        if line.startswith("### "):
            kind = line[4:].strip()
        elif line.startswith(("| http", "| github:")):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            rows.append({"address": cells[0], "kind": kind, "date_text": cells[1]})
    return rows


def snapshot_bytes(source: Path, transform: str) -> bytes:
    """The snapshot file's content; gzip with a fixed header so the bytes never change."""
    data = source.read_bytes()
    if transform == "copy":
        return data
    if transform == "gzip":
        return gzip.compress(data, compresslevel=9, mtime=0)
    if transform == "inventory":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=INVENTORY_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(inventory_rows(data.decode("utf-8")))
        return out.getvalue().encode("utf-8")
    raise ValueError(f"{MANIFEST.name}: unbekannte Übernahme {transform!r} für {source}")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checksum_lines(raw_dir: Path, entries: list[Entry]) -> str:
    return "".join(f"{sha256((raw_dir / e.snapshot).read_bytes())}  {e.snapshot}\n"
                   for e in sorted(entries, key=lambda e: e.snapshot))


def take_delivery(delivery: Path = DELIVERY_DIR, raw_dir: Path = RAW_DIR) -> list[str]:
    """Write every manifest file from the delivery into raw_dir; return the changed ones."""
    entries = read_manifest(raw_dir / "manifest.csv")
    missing = [e.delivery for e in entries if not (delivery / e.delivery).is_file()]
    if missing:
        raise SystemExit(f"Lieferung unvollständig ({delivery}): fehlt {', '.join(missing)}")
    changed = []
    for entry in entries:
        target = raw_dir / entry.snapshot
        data = snapshot_bytes(delivery / entry.delivery, entry.transform)
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(target.suffix + ".tmp")
            partial.write_bytes(data)
            partial.replace(target)
            changed.append(entry.snapshot)
    (raw_dir / CHECKSUMS.name).write_text(checksum_lines(raw_dir, entries), encoding="utf-8")
    return changed


def verify(raw_dir: Path = RAW_DIR) -> list[str]:
    """Problems with raw_dir against its manifest and checksum list (empty: all fine)."""
    entries = read_manifest(raw_dir / "manifest.csv")
    problems = [f"raw/{e.snapshot}: fehlt" for e in entries if not (raw_dir / e.snapshot).is_file()]
    if problems:
        return problems
    expected = (raw_dir / CHECKSUMS.name).read_text(encoding="utf-8").splitlines()
    actual = checksum_lines(raw_dir, entries).splitlines()
    problems += [f"raw/SHA256SUMS: {line.split('  ')[1]} stimmt nicht"
                 for line in sorted(set(actual) - set(expected))]
    problems += [f"raw/SHA256SUMS: {line.split('  ')[1]} steht nicht im Manifest"
                 for line in sorted(set(expected) - set(actual))
                 if line.split("  ")[1] not in {e.snapshot for e in entries}]
    return problems

