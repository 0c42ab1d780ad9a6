"""Source references name a source by title and publisher; the id stays in the link."""

from __future__ import annotations

import pandas as pd

from kommunale_jobcenter import markup
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.site import Site


def _site(tmp_path) -> Site:
    sources = pd.DataFrame({
        "quelle_id": ["KREISCOESFEL-PRESSEME-DETAILS-AKTIONSW", "inkar-2024", "OHNE"],
        "titel": ["Aktionswoche 2019", "INKAR – Indikatoren und Karten zur Raum- und "
                  "Stadtentwicklung, Ausgabe 2024", None],
        "herausgeber": ["Kreis Coesfeld", "Bundesinstitut für Bau-, Stadt- und "
                        "Raumforschung (BBSR)", "Herausgeber allein"]})
    return Site(build_context({"p": {"quellen": sources}}, publish=False), tmp_path)


def test_cite_shows_title_and_publisher_and_keeps_the_id_in_the_link(tmp_path) -> None:
    site = _site(tmp_path)
    html = site.cite("jobcenter/x.md", "KREISCOESFEL-PRESSEME-DETAILS-AKTIONSW")
    assert ">Aktionswoche 2019, Kreis Coesfeld</a>" in html
    assert 'href="../quellen.html#q-kreiscoesfel-presseme-details-aktionsw"' in html
    assert ">KREISCOESFEL" not in html
    assert site.source_usage["KREISCOESFEL-PRESSEME-DETAILS-AKTIONSW"] == {"jobcenter/x.md"}
    # cited again on the same page: the title alone; on another page: in full again
    again = site.cite("jobcenter/x.md", "KREISCOESFEL-PRESSEME-DETAILS-AKTIONSW")
    assert ">Aktionswoche 2019</a>" in again
    assert ", Kreis Coesfeld</a>" in site.cite("jobcenter/y.md",
                                               "KREISCOESFEL-PRESSEME-DETAILS-AKTIONSW")


def test_cite_falls_back_to_publisher_or_id(tmp_path) -> None:
    site = _site(tmp_path)
    assert ">Herausgeber allein</a>" in site.cite("a.md", "OHNE")
    assert ">UNBEKANNT</a>" in site.cite("a.md", "UNBEKANNT")


def test_long_titles_and_publishers_are_shortened_at_words() -> None:
    label = markup.source_label(
        "INKAR – Indikatoren und Karten zur Raum- und Stadtentwicklung, Ausgabe 2024",
        "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)")
    assert label == ("INKAR – Indikatoren und Karten zur Raum- und …, "
                     "Bundesinstitut für Bau-, Stadt- und Raumforschung")
    assert markup.source_label("Beschlussvorlage 161/2011: Arbeitsmarkt- und "
                               "Integrationsprogramm 2012", "Kreis Warendorf, Sozialamt") \
        == "Beschlussvorlage 161/2011, Kreis Warendorf"
    assert markup.source_label("Titel", "") == "Titel"
