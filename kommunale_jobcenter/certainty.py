"""The certainty of a figure, by rule (Methodik, «Wie sicher ist eine Angabe?»).

Importers never write «gesichert» by hand: they say what the evidence is, and ``certainty``
gives the level. A level written in a curated file is a claim that can only lower the rule's
result (``at_most``), never raise it.

- gesichert: read in a primary source (law, authority, Jobcenter, Kreis, named report);
- wahrscheinlich: read only in secondary sources (Wikipedia, press without evidence, blog,
  mirror, cut-off commentary), or computed from read figures (sums, a date from a stated
  duration), or a plan or application figure;
- unsicher: inferred from context, contradicted by another source, or no read source at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

LEVELS = ("gesichert", "wahrscheinlich", "unsicher")
PRIMARY, SECONDARY = "Primärquelle", "Sekundärquelle"
# how a value came about when it was not simply read
Derivation = Literal["gelesen", "berechnet", "erschlossen"]
# source kinds (field «art») that are secondary unless a curated «quellenrang» says otherwise
SECONDARY_KINDS = frozenset({"Lexikon", "Presseartikel"})


def weakest(*levels: str) -> str:
    """The least certain of the given levels."""
    return max(levels, key=LEVELS.index)


def source_rank(art: str, quellenrang: str = "") -> str:
    """Primärquelle or Sekundärquelle: the curated rank if given, else by kind of source."""
    if quellenrang:
        return quellenrang
    return SECONDARY if art in SECONDARY_KINDS else PRIMARY


def certainty(ranks: Iterable[str], derivation: Derivation = "gelesen", *,
              conflict: bool = False, plan: bool = False, at_most: str = "gesichert") -> str:
    """The level for a value read in sources of the given ranks (empty: none covers it)."""
    ranks = set(ranks)
    if not ranks or conflict or derivation == "erschlossen":
        level = "unsicher"
    elif PRIMARY not in ranks or derivation == "berechnet" or plan:
        level = "wahrscheinlich"
    else:
        level = "gesichert"
    return weakest(level, at_most or "gesichert")
