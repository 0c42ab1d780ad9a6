"""Kreis names as written in the programme research → 5-digit Kreis keys (Destatis).

The raw files carry a compiler-normalised ``territory`` ("Landkreis Harburg", "Essen",
"Kreis Steinfurt" …). We match it against the Destatis Kreis list (Gebietsstand
31.12.2021, the same 400 keys as data/jobcenter/kreise.csv). Names that are not one
whole Kreis of today are listed in ``PARTS`` with the reason; a few spellings in
``OVERRIDES``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

KREISE_FILE = Path("geo") / "kreise_destatis_gebietsstand-2021-12-31_derived.csv"

OVERRIDES: dict[str, str] = {
    "Landkreis Mühldorf a. Inn": "09183",
    "Landkreis Rostock": "13072",
    "Städteregion Aachen": "05334",
    "Regionalverband Saarbrücken": "10041",
    "Hamburg": "02000",
    "Halle (Saale)": "15002",
    "Landkreis Altenkirchen (Westerwald)": "07132",
    # former Kreis, merged on 1.11.2016 into today's Landkreis Göttingen
    "Landkreis Osterode am Harz (merged into LK Göttingen 2016)": "03159",
}

# hints for overrides that need explaining (German, shown in «hinweis»)
OVERRIDE_NOTES: dict[str, str] = {
    "Landkreis Osterode am Harz (merged into LK Göttingen 2016)":
        "Früherer Landkreis Osterode am Harz (Schlüssel 03156), seit 1.11.2016 Teil des "
        "Landkreises Göttingen; hier dem heutigen Kreis 03159 zugeordnet.",
}

# territories that are not one whole Kreis: no key, German reason instead
PARTS: dict[str, str] = {
    "Berlin (Bezirk Neukölln)":
        "Nur der Bezirk Neukölln (eines von zwölf Jobcentern in Berlin, Kreisschlüssel "
        "11000); kein ganzer Kreis, daher ohne Kreisschlüssel.",
    "Aschaffenburg (Stadt und/oder Landkreis, not specified)":
        "Die Quelle sagt nicht, ob die Stadt Aschaffenburg (09661) oder der Landkreis "
        "Aschaffenburg (09671) gemeint ist; daher ohne Kreisschlüssel.",
}


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

    def __init__(self, raw_dir: Path) -> None:
        self.cities, self.kreise, self.names = load_index(raw_dir)
        self.unmapped: set[str] = set()

    def match(self, territory: str) -> KreisMatch:
        territory = territory.strip()
        if not territory:
            return KreisMatch(None, "")
        if territory in OVERRIDES:
            return KreisMatch(OVERRIDES[territory], OVERRIDE_NOTES.get(territory, ""))
        if territory in PARTS:
            return KreisMatch(None, PARTS[territory])
        ags = self._lookup(territory)
        if ags is None:
            self.unmapped.add(territory)
            return KreisMatch(None, f"Gebiet «{territory}» keinem Kreis zugeordnet.")
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
