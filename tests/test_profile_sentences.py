"""The opening sentence of every Träger page holds for all 121 rows of the registry: it is
generated from the data and checked against the data – current or former (past tense, end
and its reason), a successor's takeover instead of a «Beginn», and the years a successor
covered only part of its Kreis."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from markupsafe import Markup

from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.pages import jobcenter as pages
from kommunale_jobcenter.site import Site


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>|\*\*", "", html)).replace("&#40;", "(") \
        .replace("&#41;", ")").strip()


@pytest.fixture(scope="module")
def sentences(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, dict, pd.Series]]:
    """zkt_id → (opening paragraph as text, its facts, the row)."""
    jc = load_package("jobcenter")
    site = Site(build_context({"jobcenter": jc}, publish=False),
                Path(tmp_path_factory.mktemp("docs")))
    kreise = jc["kreise"].set_index("ags")
    out = {}
    for _, t in jc["traeger"].iterrows():
        page = urls.profile(t["slug"])
        status = jc["status_jahr"][jc["status_jahr"]["ags"] == t["ags"]]
        facts = pages.opening(t, jc["traeger"], status)
        body = site.render(
            "profil.md.j2", t=t, kreis=kreise.loc[t["ags"]], status_text="", e=facts,
            karten=Markup("<!--karten-->"), einfach=Markup("<!--einfach-->"),
            sicherheit=Markup(markup.badge(t["sicherheit"])), sicherheit_ende="",
            vorgaenger=pages.related(site, page, facts["vorgaenger"]),
            nachfolger=pages.related(site, page, facts["nachfolger"]),
            perioden="", karte="", quellen="", kreis_quelle="", kreis_namensnennung="",
            zusatz="", verzeichnis="", methodik="")
        # the opening stands between the cards and the box in plain language
        opening = body.split("<!--karten-->", 1)[1].split("<!--einfach-->", 1)[0]
        out[t["zkt_id"]] = (_text(opening), facts, t)
    return out


def _date(value: pd.Timestamp) -> str:
    return markup.format_date(value)


def test_all_rows_have_a_sentence(sentences: dict) -> None:
    assert len(sentences) == 121
    for zkt_id, (text, _, t) in sentences.items():
        assert text.startswith((t["name"], "Die Zulassung von " + t["name"])), zkt_id
        assert "Sicherheit des Beginns: " + t["sicherheit"] in text, zkt_id


def test_current_in_present_former_in_past_tense_with_end_and_reason(sentences: dict) -> None:
    for zkt_id, (text, _, t) in sentences.items():
        if t["ist_aktuell"]:
            assert " ist " in text and "galt vom" not in text, zkt_id
            continue
        assert f"galt vom {_date(t['zkt_seit'])} bis zum {_date(t['zkt_bis'])}" in text, zkt_id
        assert " ist " not in text.split("Grund des Endes")[0], zkt_id
        assert "Grund des Endes: " + t["ende_grund"] in text, zkt_id
        if isinstance(t["nachfolger_zkt_id"], str):
            successor = next(s for s in sentences.values()
                             if s[2]["zkt_id"] == t["nachfolger_zkt_id"])[2]
            assert "Nachfolger: " + successor["name"] in text, zkt_id


def test_a_takeover_is_not_a_beginning(sentences: dict) -> None:
    takeovers = 0
    for zkt_id, (text, _, t) in sentences.items():
        before = [s[2] for s in sentences.values() if s[2]["nachfolger_zkt_id"] == zkt_id]
        if not before:
            assert "übernommen" not in text, zkt_id
            continue
        takeovers += 1
        assert "übernommen" in text and f"seit dem {_date(t['zkt_seit'])}" not in text, zkt_id
        for predecessor in before:
            assert predecessor["name"] in text, zkt_id
            assert predecessor["zkt_bis"] + pd.Timedelta(days=1) == t["zkt_seit"], zkt_id
    assert takeovers == 11  # SN-08…11, SN-13, ST-08…11, NI-18, MV-04


def test_partial_area_until_the_whole_kreis(sentences: dict) -> None:
    """A successor in Sachsen-Anhalt (from 2007) or Sachsen (from 2008) covered only its
    predecessors' area until the year the status table first shows the whole Kreis."""
    status = load_package("jobcenter")["status_jahr"]
    partial = {}
    for zkt_id, (text, _, t) in sentences.items():
        cells = status[(status["ags"] == t["ags"])
                       & status["zkt_ids"].fillna("").str.split(";").apply(
                           lambda ids, z=zkt_id: z in ids)]
        teil = cells[cells["status"] == "zkT-Teilgebiet"]["jahr"]
        ganz = cells[cells["status"] == "zkT"]["jahr"]
        if teil.empty or t["ags_bei_zulassung"] != t["ags"]:
            assert "zunächst nur" not in text and "Gebiet allein" not in text, zkt_id
            continue
        if ganz.empty:  # SN-13: the Döbeln area only, until its end
            assert "für dessen Gebiet allein" in text, zkt_id
        else:
            assert "zunächst nur für" in text, zkt_id
            assert f"spätestens seit dem 1. Januar {int(ganz.min())}" in text, zkt_id
            assert int(teil.max()) == int(ganz.min()) - 1, zkt_id
        partial[zkt_id] = None if ganz.empty else int(ganz.min())
    assert partial == {"SN-08": 2011, "SN-09": 2012, "SN-10": 2011, "SN-11": 2012,
                       "SN-13": None, "ST-08": 2011, "ST-09": 2011, "ST-10": 2011,
                       "ST-11": 2011}


def test_each_kind_of_sentence(sentences: dict) -> None:
    """At least one case of each kind, spelled out."""
    warendorf = sentences["NW-17"][0]
    assert warendorf.startswith("Kreis Warendorf (Kreis, Nordrhein-Westfalen) ist seit dem "
                                "01.01.2012 zugelassener kommunaler Träger")
    harz = sentences["ST-09"][0]
    assert "am 01.07.2007 von seinem Vorgänger Landkreis Wernigerode übernommen, zunächst " \
           "nur für dessen Gebiet" in harz and "1. Januar 2011" in harz
    goettingen = sentences["NI-18"][0]
    assert "von seinen Vorgängern Landkreis Göttingen und Landkreis Osterode am Harz " \
           "übernommen." in goettingen and "zunächst" not in goettingen
    wernigerode = sentences["ST-05"][0]
    assert wernigerode.startswith("Die Zulassung von Landkreis Wernigerode (Landkreis, "
                                  "Sachsen-Anhalt) als kommunaler Träger galt vom 01.01.2005 "
                                  "bis zum 30.06.2007")
    assert "Nachfolger: Landkreis Harz." in wernigerode
