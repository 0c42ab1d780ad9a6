"""Raw units of the programme research → our fixed unit list, hedging and value types.

The mapping of raw units and their German remarks are curated
(curated/programme/einheiten_roh.csv, uebersetzungen.csv); here are only the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kommunale_jobcenter.import_raw._programme_curated import Kuratiert

# words in a raw figure name that make it a plan (not a read result)
PLAN_WORDS = ("planned", "(plan)", "expected", "to be ", "possible", "applied for",
              "announced")
HEDGES = (("lower bound", "mindestens"), ("upper bound", "höchstens"), ("up to", "höchstens"),
          ("max.", "höchstens"), ("approx.", "rund"))


@dataclass(frozen=True)
class UnitInfo:
    einheit: str
    hedge: str  # genau, mindestens, höchstens, rund
    remark: str  # German


def _hedge(inner: str) -> str:
    return next((kind for word, kind in HEDGES if word in inner), "genau")


def parse_unit(raw: str, k: Kuratiert) -> UnitInfo:
    """Map one raw unit string (a missing mapping is reported by ``k.problems``)."""
    base = raw.split("(")[0].strip()
    row = k.row("einheiten_roh", base, what="unit")
    einheit = row["einheit"] if row else base
    inner = raw[len(base):].strip()
    found = k.row("uebersetzungen", "unit", raw, required=False)
    remarks = [found["deutsch"] if found else ""]
    words = re.findall(r'"([^"]+)"', inner)
    if words:
        said = words[0].split()[0] if not words[0].startswith(("mehr als", "bis zu")) \
            else " ".join(words[0].split()[:2])
        remarks.append(k.text("wert", "wortwahl", wort=k.german("hedge", said, required=False)))
    return UnitInfo(einheit, _hedge(inner), " ".join(r for r in remarks if r))


def value_kind(figure: str, hedge: str, k: Kuratiert) -> tuple[str, str]:
    """(wert_art, extra German remark): Ziel/Plan win over hedging, which goes to the remark."""
    lower = figure.lower()
    kind = ""
    if "target" in lower:
        kind = "Ziel"
    elif any(w in lower for w in PLAN_WORDS):
        kind = "Plan"
    if not kind:
        return hedge, ""
    return kind, k.texte["wert"]["vorbehalt_bei_ziel"].get(hedge, "")


def parse_number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None
