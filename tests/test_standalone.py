"""The repository stands alone: raw/ holds every raw file the importers read, with
checksums; only the delivery-copy command (kommunale_jobcenter/snapshot.py) names the folder beside
the project where new deliveries arrive, and no test or build step reads it (the audit hook in
tests/conftest.py fails any test that does)."""

from __future__ import annotations

import csv
import gzip
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kommunale_jobcenter import snapshot
from kommunale_jobcenter.import_raw import RAW_DIR
from tests import standalone_guard
from tests.conftest import ROOT

NAMES_DELIVERY = re.compile(r"\.\./shared|[\"']shared[\"']\s*[,)/]")
ALLOWED = {"kommunale_jobcenter/snapshot.py"}


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True,
                         text=True, check=True).stdout.split()
    return [f for f in out if not f.endswith((".md", ".csv", ".gz", ".json", ".geojson",
                                              ".ttf", ".txt", ".svg", ".png", ".yaml"))]


def test_only_the_snapshot_command_names_the_delivery_folder() -> None:
    naming = [f for f in tracked_files()
              if (ROOT / f).is_file()
              and NAMES_DELIVERY.search((ROOT / f).read_text(encoding="utf-8", errors="ignore"))]
    assert set(naming) <= ALLOWED, f"nennen den Lieferordner: {sorted(set(naming) - ALLOWED)}"
    assert naming == sorted(ALLOWED), "der Übernahmebefehl nennt seinen Ordner nicht mehr"


def test_the_audit_hook_sees_a_read_of_the_delivery_folder(tmp_path: Path) -> None:
    """The guard itself works: opening a path below the delivery folder is recorded."""
    target = snapshot.DELIVERY_DIR / "nicht-vorhanden.csv"
    with pytest.raises(OSError):
        open(target, encoding="utf-8")  # noqa: SIM115 - the attempt is what is recorded
    recorded = standalone_guard.take_reads()
    assert recorded and "nicht-vorhanden.csv" in recorded[0]


def test_raw_snapshots_match_manifest_and_checksums() -> None:
    assert snapshot.verify(RAW_DIR) == []
    entries = snapshot.read_manifest()
    on_disk = sorted(p.relative_to(RAW_DIR).as_posix() for p in RAW_DIR.rglob("*")
                     if p.is_file() and p.name not in {"manifest.csv", "SHA256SUMS"}
                     and p.name != "README.md")
    assert on_disk == sorted(e.snapshot for e in entries), "raw/ enthält Dateien ohne Manifest"
    folders = {Path(e.snapshot).parts[0] for e in entries}
    assert all((RAW_DIR / f / "README.md").is_file() for f in folders)
    assert (RAW_DIR / "README.md").is_file()


def test_raw_stays_lean() -> None:
    size = sum(p.stat().st_size for p in RAW_DIR.rglob("*") if p.is_file())
    assert size < 15 * 1024 * 1024, f"raw/ ist {size / 1e6:.1f} MB groß"
    assert not list(RAW_DIR.rglob("*.pdf")), "Dokumente werden zitiert, nicht kopiert"


def test_verify_finds_a_changed_snapshot(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    target = raw / "registry" / "zkt_registry_derived.csv"
    target.write_bytes(target.read_bytes() + b"\n")
    assert snapshot.verify(raw) == ["raw/SHA256SUMS: registry/zkt_registry_derived.csv "
                                    "stimmt nicht"]
    target.unlink()
    assert snapshot.verify(raw) == ["raw/registry/zkt_registry_derived.csv: fehlt"]


def _delivery_from_snapshots(folder: Path) -> Path:
    """A delivery folder as it would arrive, rebuilt from the snapshots."""
    for entry in snapshot.read_manifest():
        source, target = RAW_DIR / entry.snapshot, folder / entry.delivery
        target.parent.mkdir(parents=True, exist_ok=True)
        if entry.transform == "gzip":
            target.write_bytes(gzip.decompress(source.read_bytes()))
        elif entry.transform == "inventory":
            lines, kind = [], None
            with open(source, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    if row["kind"] != kind:
                        kind = row["kind"]
                        lines += ["", f"### {kind}", "", "| address | date |", "|---|---|"]
                    lines.append(f"| {row['address']} | {row['date_text']} |")
            target.write_text("# Sources\n" + "\n".join(lines) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    return folder


def test_taking_a_delivery_is_idempotent_and_records_checksums(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    delivery = _delivery_from_snapshots(tmp_path / "lieferung")
    assert snapshot.take_delivery(delivery, raw) == []  # the same delivery changes nothing
    changed = delivery / "registry" / "zkt_registry_derived.csv"
    changed.write_bytes(changed.read_bytes().replace(b"Landkreis Havelland",
                                                     b"Landkreis Havelland (neu)", 1))
    assert snapshot.take_delivery(delivery, raw) == ["registry/zkt_registry_derived.csv"]
    assert snapshot.verify(raw) == []
    assert b"(neu)" in (raw / "registry" / "zkt_registry_derived.csv").read_bytes()
    assert (raw / "SHA256SUMS").read_text() != (RAW_DIR / "SHA256SUMS").read_text()


def test_an_incomplete_delivery_is_refused(tmp_path: Path) -> None:
    delivery = _delivery_from_snapshots(tmp_path / "lieferung")
    (delivery / "stats" / "bund_sgb2_ist_ausgaben_2012_2023_long.csv").unlink()
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    with pytest.raises(SystemExit, match="bund_sgb2_ist_ausgaben"):
        snapshot.take_delivery(delivery, raw)
    assert snapshot.verify(raw) == []  # nothing was written


def test_gzip_snapshots_do_not_depend_on_the_clock(tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("a,b\n1,2\n", encoding="utf-8")
    first = snapshot.snapshot_bytes(source, "gzip")
    assert first == snapshot.snapshot_bytes(source, "gzip")
    assert first[4:8] == b"\0\0\0\0"  # gzip header mtime
