"""A chart's figure: short text alternative and caption by rule, the rest of the
description and the sources with the data table, a narrow variant for phones."""

from __future__ import annotations

import pandas as pd

from kommunale_jobcenter import charts, markup
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.site import Site

DESCRIPTION = ("Vier Kennzahlen im Kreis X im Vergleich mit dem Land. SGB II-Quote 2021: "
               "9,7 % (2010: 18,3 %). Personen in Bedarfsgemeinschaften 2022: 79,0 je "
               "1.000 Einwohner. Die gestrichelte Linie markiert 2012.")


def _figure(tmp_path, width: int) -> str:
    sources = pd.DataFrame({"quelle_id": ["inkar-2024"], "titel": ["INKAR 2024"],
                            "herausgeber": ["BBSR Bonn"]})
    site = Site(build_context({"p": {"quellen": sources}}, publish=False), tmp_path / "docs",
                tmp_path / "cache")
    frame = pd.DataFrame({"jahr": [2011, 2012, 2013], "reihe": ["X"] * 3,
                          "wert": [1.0, 2.0, 1.5]})
    chart = charts.comparison_lines(frame, ["X"], "Quote (%)", width=width)
    return site.chart("jobcenter/x.md", "g", chart, frame, "Kennzahlen", DESCRIPTION,
                      "INKAR 2024", [markup.Column("jahr", "Jahr")], ["inkar-2024"])


def test_caption_and_alt_are_short_and_the_rest_goes_with_the_table(tmp_path) -> None:
    html = _figure(tmp_path, 300)
    lead = "Vier Kennzahlen im Kreis X im Vergleich mit dem Land."
    assert f'alt="{lead}"' in html
    caption = html[html.index("<figcaption>"):html.index("</figcaption>")]
    assert lead in caption and "Bedarfsgemeinschaften" not in caption
    details = html[html.index("<details"):]
    assert "<summary>Beschreibung und Daten der Grafik</summary>" in details
    assert "Personen in Bedarfsgemeinschaften 2022" in details
    assert ">INKAR 2024, BBSR Bonn</a>" in details
    assert "<source" not in html  # 300 px fits a phone


def test_wide_chart_offers_its_narrow_variant_to_small_screens(tmp_path) -> None:
    html = _figure(tmp_path, 600)
    assert '<source media="&#40;max-width: ' in html
    assert 'srcset="../grafiken/g.schmal.svg"' in html
    assert 'data-spec-schmal="../grafiken/g.schmal.vl.json"' in html
    assert (tmp_path / "docs" / "grafiken" / "g.schmal.svg").is_file()
