"""Kreis names as written in the programme research → 5-digit Kreis keys (Destatis).

The raw files carry a compiler-normalised ``territory`` ("Landkreis Harburg", "Essen",
"Kreis Steinfurt" …). We match it against the Destatis Kreis list (Gebietsstand
31.12.2021, the same 400 keys as data/jobcenter/kreise.csv). Names that are not one
whole Kreis of today (no key, with the reason) and a few spellings or former Kreise (key,
perhaps with a note) are curated in curated/programme/gebiete.csv.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from kommunale_jobcenter.import_raw._programme_curated import Kuratiert

KREISE_FILE = Path("geo") / "kreise_destatis_gebietsstand-2021-12-31_derived.csv"


@dataclass(frozen=True)
class KreisMatch:
    ags: str | None
    note: str  # German; empty if the match is plain


def _norm(name: str) -> str:
    name = re.sub(r"\.\s+", ".", name.strip())
    return name.casefold()


def load_index(raw_dir: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(cities, kreise, names) lookups: normalised name → ags, plus ags → Destatis name."""
    cities: dict[str, str] = {}
    kreise: dict[str, str] = {}
    names: dict[str, str] = {}
    with open(raw_dir / KREISE_FILE, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ags, name, kind = row["ags"], row["name"], row["kind"]
            names[ags] = name
            if kind in ("Kreisfreie Stadt", "Stadtkreis"):
                cities[_norm(name.split(",")[0])] = ags
            else:
                kreise[_norm(name)] = ags
                kreise[_norm(re.sub(r"^(Landkreis|Kreis) ", "", name))] = ags
    return cities, kreise, names


class KreisMapper:
    """Map territory names to Kreis keys; remembers names it could not map."""

    def __init__(self, raw_dir: Path, k: Kuratiert) -> None:
        self.cities, self.kreise, self.names = load_index(raw_dir)
        self.k = k
        self.unmapped: set[str] = set()

    def match(self, territory: str) -> KreisMatch:
        territory = territory.strip()
        if not territory:
            return KreisMatch(None, "")
        curated = self.k.row("gebiete", territory, required=False)
        if curated:
            return KreisMatch(curated["ags"] or None, curated["hinweis"])
        ags = self._lookup(territory)
        if ags is None:
            self.unmapped.add(territory)
            return KreisMatch(None, self.k.text("gebiet", "unbekannt", gebiet=territory))
        return KreisMatch(ags, "")

    def _lookup(self, territory: str) -> str | None:
        key = _norm(territory)
        prefixed = re.match(r"^(landkreis|kreis) (.+)$", key)
        if prefixed:
            return self.kreise.get(prefixed.group(2)) or self.kreise.get(key)
        return self.cities.get(key) or self.kreise.get(key)

    def match_all(self, territories: str) -> list[KreisMatch]:
        """Several territories separated by '; ' (joint Jobcenter, pacts)."""
        return [self.match(t) for t in territories.split(";") if t.strip()]
