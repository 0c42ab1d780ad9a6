"""The certainty rule of the Methodik, applied mechanically."""

import pytest

from kommunale_jobcenter.certainty import PRIMARY, SECONDARY, certainty, source_rank, weakest


@pytest.mark.parametrize(("ranks", "kwargs", "expected"), [
    ([PRIMARY], {}, "gesichert"),
    ([PRIMARY, SECONDARY], {}, "gesichert"),
    ([SECONDARY], {}, "wahrscheinlich"),
    ([SECONDARY, SECONDARY], {}, "wahrscheinlich"),
    ([PRIMARY], {"derivation": "berechnet"}, "wahrscheinlich"),
    ([PRIMARY], {"plan": True}, "wahrscheinlich"),
    ([PRIMARY], {"derivation": "erschlossen"}, "unsicher"),
    ([PRIMARY], {"conflict": True}, "unsicher"),
    ([], {}, "unsicher"),
    ([PRIMARY], {"at_most": "wahrscheinlich"}, "wahrscheinlich"),
    ([SECONDARY], {"at_most": "gesichert"}, "wahrscheinlich"),  # a claim never raises
])
def test_rule(ranks: list[str], kwargs: dict, expected: str) -> None:
    assert certainty(ranks, **kwargs) == expected


def test_rank_by_kind_and_curated_override() -> None:
    assert source_rank("Lexikon") == SECONDARY
    assert source_rank("Gesetz/Verordnung") == PRIMARY
    assert source_rank("Webseite", "Sekundärquelle") == SECONDARY
    assert weakest("gesichert", "unsicher", "wahrscheinlich") == "unsicher"
