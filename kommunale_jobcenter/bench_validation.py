"""``make bench``, part ``pruefung``: CPU seconds to check each valid package by the rules
of its Frictionless schema, by Frictionless row by row and by the quick pass
(``schema_screen``), alternating in one process so that a machine that changes speed
affects both alike. Also alone: ``python -m kommunale_jobcenter.bench --only pruefung``."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kommunale_jobcenter import curated, package_validation, schema_screen
from kommunale_jobcenter.curated_tables import DESCRIPTOR
from kommunale_jobcenter.datapackage import DATA_DIR

Table = Callable[[list[str], list[list[str]]], str]


def packages(data_dir: Path = DATA_DIR,
             curated_dir: Path = curated.CURATED_DIR) -> list[tuple[str, Path, Path, dict]]:
    """(label, folder, root, descriptor) of every package of data_dir and curated_dir."""
    out = []
    for folder in sorted(p.parent for p in data_dir.glob("*/datapackage.json")):
        descriptor, _ = package_validation.read_descriptor(folder, data_dir)
        if descriptor is not None:
            out.append((f"data/{folder.name}", folder, data_dir, descriptor))
    for folder in sorted(p.parent for p in curated_dir.glob(f"*/{DESCRIPTOR}")):
        descriptor = curated.load_yaml((folder / DESCRIPTOR).read_text(encoding="utf-8"))
        out.append((f"curated/{folder.name}", folder, curated_dir, descriptor))
    return out


def measure(data_dir: Path = DATA_DIR, curated_dir: Path = curated.CURATED_DIR,
            rounds: int = 2) -> dict[str, Any]:
    """Per package the mean CPU seconds of Frictionless and of the quick pass, and whether
    each found the package valid; the order alternates from round to round."""
    found = packages(data_dir, curated_dir)
    if found:  # imports and caches warm before anything is timed
        label, folder, root, descriptor = found[-1]
        schema_screen.certainly_valid(folder, descriptor)
        package_validation._frictionless_problems(folder, descriptor, root)
    rows = []
    for label, folder, root, descriptor in found:
        seconds = {"frictionless": 0.0, "schnell": 0.0}
        valid = {}
        for n in range(rounds):
            for way in ("frictionless", "schnell") if n % 2 == 0 else ("schnell", "frictionless"):
                started = time.process_time()
                if way == "frictionless":
                    valid[way] = not package_validation._frictionless_problems(
                        folder, descriptor, root)
                else:
                    valid[way] = schema_screen.certainly_valid(folder, descriptor)
                seconds[way] += time.process_time() - started
        rows.append({"paket": label, **{k: v / rounds for k, v in seconds.items()},
                     "gueltig_frictionless": valid["frictionless"],
                     "sicher_gueltig": valid["schnell"]})
    total = {k: sum(r[k] for r in rows) for k in ("frictionless", "schnell")}
    return {"pakete": rows, "runden": rounds, "gesamt": total,
            "verhaeltnis": total["schnell"] / total["frictionless"]
            if total["frictionless"] else None}


def format_report(result: dict[str, Any], table: Table) -> list[str]:
    """The section «Prüfung» of the bench report, as lines."""
    rows = [[r["paket"], f"{r['frictionless']:.2f} s", f"{r['schnell']:.2f} s",
             f"{r['schnell'] / r['frictionless']:.2f}" if r["frictionless"] else "–",
             "ja" if r["gueltig_frictionless"] else "nein",
             "ja" if r["sicher_gueltig"] else "nein (Frictionless prüft)"]
            for r in result["pakete"]]
    total = result["gesamt"]
    ratio = result["verhaeltnis"]
    rows.append(["gesamt", f"{total['frictionless']:.2f} s", f"{total['schnell']:.2f} s",
                 f"{ratio:.2f}" if ratio is not None else "–", "", ""])
    rounds = result["runden"]
    return ["", f"## Prüfung: Frictionless Zeile für Zeile gegen den schnellen Weg "
                f"(CPU-Sekunden, Mittel aus {rounds} Runde{'' if rounds == 1 else 'n'} "
                f"im Wechsel)",
            table(["Paket", "Frictionless", "schneller Weg", "Verhältnis",
                   "gültig (Frictionless)", "sicher gültig (schneller Weg)"], rows)]
