"""The opening of every Träger profile for all 121 rows of the registry: the key-figure
cards and the paragraph in plain language, generated from the data and checked here
against the data by a separate path – current or former, a takeover, a partial area,
the Kreis of today, the SGB II-Quote «of 100» against the Land – with short sentences
and no placeholder or missing value in the text."""

from __future__ import annotations

import html
import math
import re
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import markup, profile_cards, urls
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.pages import finanzen_frames as ff
from kommunale_jobcenter.pages import jobcenter as pages
from kommunale_jobcenter.site import Site

MAX_WORDS = 15  # per sentence; a name (Träger, Kreis, Land) counts as one word


def _text(block: str) -> str:
    plain = re.sub(r"<!--.*?-->|<h2.*?</h2>|<[^>]+>", " ", block)
    return re.sub(r"\s+", " ", html.unescape(plain)).strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    packages = load_all()
    site = Site(build_context(packages, publish=False), Path(tmp_path_factory.mktemp("docs")))
    inputs = profile_cards.card_inputs(
        packages, ff.add_ranks(ff.main_shares(packages["finanzen"]["anteile"])))
    jc = packages["jobcenter"]
    out = {}
    for _, t in jc["traeger"].iterrows():
        page = urls.profile(t["slug"])
        status = jc["status_jahr"][jc["status_jahr"]["ags"] == t["ags"]]
        cards = profile_cards.profile_cards(t, inputs)
        facts = pages.opening(t, jc["traeger"], status)
        out[t["zkt_id"]] = {
            "t": t, "cards": {c.key: c for c in cards},
            "karten": _text(pages.key_figures(site, page, t, cards)),
            "text": _text(pages.plain_language(site, page, t, cards, facts, status))}
    return {"packages": packages, "profiles": out}


def _long(value: pd.Timestamp) -> str:
    months = pages.labels("einfach")["monate"]
    return f"{value.day}. {months[value.month - 1]} {value.year}"


def _latest(werte: pd.DataFrame) -> dict[str, tuple[int, float]]:
    """region → (latest year with a value, the value) of the SGB II-Quote."""
    rows = werte[(werte["indikator_id"] == profile_cards.SGB2_QUOTE) & werte["wert"].notna()]
    last = rows.sort_values("jahr").groupby("region_id").tail(1)
    return {r: (int(j), float(w)) for r, j, w in zip(last["region_id"], last["jahr"],
                                                     last["wert"], strict=True)}


def _in(ids: object, zkt_id: str) -> bool:
    return isinstance(ids, str) and zkt_id in ids.split(";")


def test_every_traeger_has_cards_and_a_paragraph(built: dict) -> None:
    profiles = built["profiles"]
    assert len(profiles) == 121
    for zkt_id, p in profiles.items():
        for part in (p["karten"], p["text"]):
            assert not re.search(r"\bnan\b|\bNone\b|\{|\}|NaT", part), zkt_id
        assert p["t"]["name"] in p["text"], zkt_id


def test_the_paragraph_says_what_the_data_says(built: dict) -> None:
    jc, st = built["packages"]["jobcenter"], built["packages"]["statistik"]
    traeger = jc["traeger"].set_index("zkt_id", drop=False)
    kreise = jc["kreise"].set_index("ags")
    status = jc["status_jahr"]
    articles = pages.labels("einfach")["artikel"]
    latest_quote = _latest(st["werte"])
    seen = {"aktuell": 0, "frueher": 0, "uebernahme": 0, "teil": 0, "heute_kein": 0}
    for zkt_id, p in built["profiles"].items():
        t, text = p["t"], p["text"]
        subject = f"{articles[t['traeger_art']]['nominativ'].capitalize()} {t['name']}"
        if t["ist_aktuell"]:
            seen["aktuell"] += 1
            assert f"{subject} führt das Jobcenter allein. Das ist so seit dem " \
                   f"{_long(t['zkt_seit'])}." in text, zkt_id
            assert "früher" not in text and "nach dem Ende" not in text, zkt_id
        else:
            seen["frueher"] += 1
            assert f"{subject} hat das Jobcenter früher allein geführt. Das war vom " \
                   f"{_long(t['zkt_seit'])} bis zum {_long(t['zkt_bis'])}." in text, zkt_id
            assert "Hier ist das anders" not in text, zkt_id
        before = traeger[traeger["nachfolger_zkt_id"] == zkt_id]
        assert ("Vorher ha" in text) == (len(before) > 0), zkt_id
        seen["uebernahme"] += len(before) > 0
        for name in before["name"]:
            assert name in text.split("Vorher ha", 1)[1], zkt_id
        after = t["nachfolger_zkt_id"]
        if isinstance(after, str):
            successor = traeger.loc[after]
            assert f"Danach hat das {articles[successor['traeger_art']]['nominativ']} " \
                   f"{successor['name']} übernommen." in text, zkt_id
            assert ("Das ist heute noch so." in text) == bool(successor["ist_aktuell"])
        else:
            assert "Danach" not in text, zkt_id
        # a partial area, read from the status table (not from the opening facts)
        kreis_status = status[status["ags"] == t["ags"]]
        own = kreis_status[kreis_status["zkt_ids"].apply(_in, zkt_id=zkt_id)]
        teil = own[own["status"] == "zkT-Teilgebiet"]["jahr"]
        ganz = own[own["status"] == "zkT"]["jahr"]
        partial = not teil.empty and t["ags_bei_zulassung"] == t["ags"]
        assert ("die Zulassung nur für" in text) == partial, zkt_id
        assert ("Spätestens seit dem Jahr" in text) == (partial and not ganz.empty), zkt_id
        if partial and not ganz.empty:
            assert f"Spätestens seit dem Jahr {int(ganz.min())} gilt" in text, zkt_id
        # the Kreis of today
        kreis = kreise.loc[t["ags"]]
        label = profile_cards.kreis_label(t["ags"], jc["kreise"], jc["traeger"])
        whole = bool(t["ist_ganzer_kreis"])
        assert (f"gelten für einen Kreis von heute: {label}." in text) == (not whole), zkt_id
        seen["teil"] += not whole
        latest = kreis_status.sort_values("jahr").iloc[-1]
        today = not t["ist_aktuell"] and latest["status"] == "kein zkT" and not (
            isinstance(after, str) and traeger.loc[after, "ist_aktuell"])
        assert ("Heute führt dort nicht mehr der Kreis allein" in text) == today, zkt_id
        seen["heute_kein"] += today
        # how many live there, how many of 100 get Grundsicherung, against the Land
        assert f"Am {_long(kreis['gebietsstand'])} lebten dort " \
               f"{markup.format_number(kreis['einwohner_anzahl'])} Menschen." in text, zkt_id
        jahr, wert = latest_quote[t["ags"]]
        own_100 = math.floor(wert + 0.5)
        assert f"Im Jahr {jahr} bekamen dort etwa {own_100} von 100 Menschen unter 65 " \
               "Jahren Grundsicherung." in text, zkt_id
        land_jahr, land_wert = latest_quote[kreis["land_code"]]
        assert land_jahr == jahr
        land_100 = math.floor(land_wert + 0.5)
        assert f"In ganz {kreis['land']} waren es etwa {land_100} von 100." in text, zkt_id
        word = "mehr als" if own_100 > land_100 else "weniger als" if own_100 < land_100 \
            else "etwa so viele wie"
        assert f"Dort waren es also {word} im ganzen Land." in text, zkt_id
        assert ("Das war schon nach dem Ende" in text) == (not t["ist_aktuell"]), zkt_id
    assert seen == {"aktuell": 104, "frueher": 17, "uebernahme": 11, "teil": 17,
                    "heute_kein": 4}


def test_sentences_are_short(built: dict) -> None:
    jc = built["packages"]["jobcenter"]
    names = sorted(set(jc["traeger"]["name"]) | set(jc["kreise"]["land"])
                   | {profile_cards.kreis_label(a, jc["kreise"], jc["traeger"])
                      for a in jc["traeger"]["ags"]}, key=len, reverse=True)
    for zkt_id, p in built["profiles"].items():
        text = p["text"]
        for name in names:
            text = text.replace(name, "Name")
        for sentence in markup.sentences(text):
            assert len(sentence.split()) <= MAX_WORDS, (zkt_id, sentence)


def test_cards_show_the_values_of_the_data(built: dict) -> None:
    pkg = built["packages"]
    jc, st, fin = pkg["jobcenter"], pkg["statistik"], pkg["finanzen"]
    kreise = jc["kreise"].set_index("ags")
    anteile = fin["anteile"]
    latest_annex = int(anteile["jahr"].max())
    latest_quote = _latest(st["werte"])
    for zkt_id, p in built["profiles"].items():
        t, cards, shown = p["t"], p["cards"], p["karten"]
        assert markup.format_date(t["zkt_seit"]) in shown, zkt_id
        if not t["ist_aktuell"]:
            assert markup.format_date(t["zkt_bis"]) in shown, zkt_id
        assert markup.format_number(kreise.loc[t["ags"], "einwohner_anzahl"]) in shown
        jahr, wert = latest_quote[t["ags"]]
        assert f"SGB II-Quote {jahr} {markup.format_number(wert, 1)} %" in shown, zkt_id
        land = latest_quote[kreise.loc[t["ags"], "land_code"]][1]
        assert f"{kreise.loc[t['ags'], 'land']} {jahr}: {markup.format_number(land, 1)} %" \
            in shown, zkt_id
        ids = set(fin["jobcenter"].loc[fin["jobcenter"]["zkt_id"] == zkt_id, "jobcenter_id"])
        mine = anteile[anteile["jobcenter_id"].isin(ids) & (anteile["traegerform"] == "zkT")
                       & anteile["mittelart"].isin(profile_cards.EGL_KINDS)]
        egl = cards["egl"]
        if mine.empty:
            assert egl.value is None and "keine Angabe" in shown, zkt_id
            assert not t["ist_aktuell"], zkt_id  # every current Träger has a share
            continue
        year = int(mine["jahr"].max())
        rows = mine[mine["jahr"] == year]
        halves = rows["mittelart"] != "egl"
        expected = rows.loc[~halves, "anteil_prozent"].sum() \
            + rows.loc[halves, "anteil_prozent"].sum() / 2
        assert egl.stand == year and egl.value == pytest.approx(expected), zkt_id
        assert f"{markup.format_number(egl.value, 4)} %" in shown, zkt_id
        assert (year == latest_annex) == bool(t["ist_aktuell"]), zkt_id
