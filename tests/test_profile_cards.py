"""The key-figure cards of the profiles (kommunale_jobcenter/profile_cards.py) on small hand-made
frames:
a current Träger, a former one whose area is part of a Kreis today, missing statistics
and the Land comparison; the share of the Eingliederungsmittel with and without a row."""

from __future__ import annotations

import pandas as pd
import pytest

from kommunale_jobcenter import profile_cards as pc
from kommunale_jobcenter.pages import finanzen_frames as ff


def _traeger() -> pd.DataFrame:
    return pd.DataFrame({
        "zkt_id": ["AA-01", "AA-02", "AA-03"], "slug": ["kreis-a", "kreis-alt", "stadt-c"],
        "name": ["Kreis A", "Landkreis Alt", "Stadt C"],
        "traeger_art": ["Kreis", "Landkreis", "kreisfreie Stadt"],
        "ags": ["01001", "01001", "01003"], "ags_bei_zulassung": ["01001", "01009", "01003"],
        "ist_ganzer_kreis": pd.array([True, False, True], dtype="boolean"),
        "ist_aktuell": pd.array([True, False, True], dtype="boolean"),
        "zkt_seit": pd.to_datetime(["2007-07-01", "2005-01-01", "2012-01-01"]),
        "zkt_bis": pd.to_datetime([None, "2007-06-30", None]),
        "nachfolger_zkt_id": [None, "AA-01", None],
        "sicherheit": ["gesichert", "wahrscheinlich", "unsicher"],
    })


def _kreise() -> pd.DataFrame:
    return pd.DataFrame({
        "ags": ["01001", "01003", "01004"], "kreis_name": ["A", "C, Stadt", "Dorf"],
        "kreis_art": ["Landkreis", "Kreisfreie Stadt", "Landkreis"],
        "land_code": ["01", "01", "01"], "land": ["Land Eins"] * 3,
        "einwohner_anzahl": pd.array([120_000, 80_000, None], dtype="Int64"),
        "gebietsstand": pd.to_datetime(["2021-12-31"] * 3), "quelle_id": ["EW"] * 3,
    })


def _werte(rows: list[tuple[str, int, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["region_id", "jahr", "wert"])
    return frame.assign(indikator_id=pc.SGB2_QUOTE)


INDIKATOREN = pd.DataFrame({"indikator_id": [pc.SGB2_QUOTE], "quelle_id": ["inkar"]})


def _row(zkt_id: str) -> pd.Series:
    t = _traeger()
    return t[t["zkt_id"] == zkt_id].iloc[0]


def test_zkt_card_current_with_predecessor_and_former_with_successor() -> None:
    t = _traeger()
    quellen = pd.DataFrame({"zkt_id": ["AA-01", "AA-01", "AA-02"],
                            "quelle_id": ["Q2", "Q1", "Q3"],
                            "ist_beleg_beginn": pd.array([True, True, False], dtype="boolean")})
    current = pc.zkt_card(_row("AA-01"), t, quellen)
    assert current.value == pd.Timestamp("2007-07-01") and current.stand is None
    assert current.facts["aktuell"] and not current.facts["beendet"]
    assert [v["name"] for v in current.facts["vorgaenger"]] == ["Landkreis Alt"]
    assert current.quelle_ids == ("Q1", "Q2") and current.facts["belege"] == 2
    former = pc.zkt_card(_row("AA-02"), t, quellen)
    assert former.stand == pd.Timestamp("2007-06-30") and former.facts["beendet"]
    assert [s["name"] for s in former.facts["nachfolger"]] == ["Kreis A"]
    assert former.facts["belege"] == 0 and former.quelle_ids == ()


def test_einwohner_card_names_the_kreis_of_today_and_its_date() -> None:
    card = pc.einwohner_card(_row("AA-02"), _kreise(), _traeger())
    assert (card.value, card.stand) == (120_000, pd.Timestamp("2021-12-31"))
    assert card.facts == {"kreis": "Kreis A", "ganzer_kreis": False}  # its current Träger
    assert card.quelle_ids == ("EW",)
    elsewhere = _row("AA-01").copy()
    elsewhere["ags"] = "01004"  # a Kreis without a population figure
    missing = pc.einwohner_card(elsewhere, _kreise(), _traeger())
    assert missing.value is None and missing.fehlt == "fehlt_einwohner"
    assert missing.facts["kreis"] == "Landkreis Dorf"


def test_kreis_label_from_destatis_names() -> None:
    kreise, t = _kreise(), _traeger()
    assert pc.kreis_label("01003", kreise, t) == "Stadt C"  # the Träger's name
    assert pc.kreis_label("01004", kreise, t) == "Landkreis Dorf"
    assert pc.kreis_label("01003", kreise, t.iloc[:0]) == "Stadt C"  # «C, Stadt»
    salz = kreise.assign(kreis_name=["Salzlandkreis", "C", "D"])
    assert pc.kreis_label("01001", salz, t.iloc[:0]) == "Salzlandkreis"


def test_quote_card_trend_in_points_and_land_of_the_same_year() -> None:
    werte = _werte([("01001", 2016, 7.44), ("01001", 2020, 6.0), ("01001", 2021, 6.06),
                    ("01", 2021, 10.5), ("01", 2016, 11.0), ("01003", 2021, 9.0)])
    card = pc.quote_card(_row("AA-01"), _kreise(), _traeger(), werte, INDIKATOREN)
    assert (card.value, card.stand, card.quelle_ids) == (6.06, 2021, ("inkar",))
    # shown values 6,1 and 7,4: the change is their difference, 1,3 points down
    assert card.facts["vorher_jahr"] == 2016 and card.facts["vorher_wert"] == 7.44
    assert card.facts["differenz"] == pytest.approx(1.3) and card.facts["richtung"] == pc.DOWN
    assert (card.facts["land"], card.facts["land_wert"]) == ("Land Eins", 10.5)
    assert not card.facts["nach_ende"] and card.facts["ganzer_kreis"]


def test_quote_card_rises_or_stays_by_the_rounded_values() -> None:
    up = _werte([("01001", 2016, 5.0), ("01001", 2021, 5.26)])
    assert pc.quote_card(_row("AA-01"), _kreise(), _traeger(), up, INDIKATOREN) \
        .facts["richtung"] == pc.UP
    same = _werte([("01001", 2016, 5.04), ("01001", 2021, 4.96)])  # both shown as 5,0
    card = pc.quote_card(_row("AA-01"), _kreise(), _traeger(), same, INDIKATOREN)
    assert card.facts["richtung"] == pc.SAME and card.facts["differenz"] == 0


def test_quote_card_for_a_former_traeger_is_the_kreis_of_today_after_its_end() -> None:
    werte = _werte([("01001", 2021, 6.0), ("01", 2021, 10.0)])
    card = pc.quote_card(_row("AA-02"), _kreise(), _traeger(), werte, INDIKATOREN)
    assert card.facts["nach_ende"] and not card.facts["ganzer_kreis"]
    assert card.facts["kreis"] == "Kreis A"


def test_missing_statistics_stay_missing() -> None:
    no_kreis = _werte([("01", 2021, 10.0), ("01003", 2021, float("nan"))])
    card = pc.quote_card(_row("AA-03"), _kreise(), _traeger(), no_kreis, INDIKATOREN)
    assert card.value is None and card.stand is None and card.fehlt == "fehlt_quote"
    gap = _werte([("01001", 2021, 6.0), ("01", 2020, 10.0)])  # no earlier year, no Land 2021
    card = pc.quote_card(_row("AA-01"), _kreise(), _traeger(), gap, INDIKATOREN)
    assert card.value == 6.0 and card.facts["richtung"] is None
    assert card.facts["vorher_wert"] is None and card.facts["land_wert"] is None


def _anteile() -> pd.DataFrame:
    rows = []
    for jahr, kinds in ((2012, ["egl"]), (2026, ["egl-haelfte-1", "egl-haelfte-2"])):
        for kind in kinds:
            rows += [(jahr, kind, "JC-A", "zkT", 0.30 if kind != "egl-haelfte-2" else 0.20),
                     (jahr, kind, "JC-B", "gE", 0.50)]
    rows += [(2012, "egl", "JC-OLD", "zkT", 0.10), (2012, "egl", "JC-OLD2", "zkT", 0.05)]
    frame = pd.DataFrame(rows, columns=["jahr", "mittelart", "jobcenter_id", "traegerform",
                                        "anteil_prozent"])
    return frame.assign(anlage="Anlage 1", jobcenter_name=frame["jobcenter_id"],
                        traeger_nr="1", quelle_id="einglmv-" + frame["jahr"].astype(str))


def _jobcenter() -> pd.DataFrame:
    return pd.DataFrame({"jobcenter_id": ["JC-A", "JC-B", "JC-OLD", "JC-OLD2"],
                         "zkt_id": ["AA-01", None, "AA-02", "AA-02"]})


def test_egl_card_latest_share_with_rank_and_source() -> None:
    main = ff.add_ranks(ff.main_shares(_anteile()))
    card = pc.egl_card(_row("AA-01"), main, _jobcenter(), _anteile())
    assert card.stand == 2026 and card.value == pytest.approx(0.25)  # mean of the halves
    assert card.facts["ist_neuestes"] and (card.facts["rang"], card.facts["anzahl"]) == (2, 2)
    assert card.quelle_ids == ("einglmv-2026",)


def test_egl_card_former_traeger_in_two_rows_and_without_any() -> None:
    main = ff.add_ranks(ff.main_shares(_anteile()))
    former = pc.egl_card(_row("AA-02"), main, _jobcenter(), _anteile())
    assert former.stand == 2012 and former.value == pytest.approx(0.15)  # two rows summed
    assert former.facts["rang"] is None and not former.facts["ist_neuestes"]
    assert former.facts["neuestes"] == 2026
    none = pc.egl_card(_row("AA-03"), main, _jobcenter(), _anteile())
    assert none.value is None and none.fehlt == "fehlt_verordnung"
    assert none.facts["erstes"] == 2012
    empty = pd.DataFrame()
    nodata = pc.egl_card(_row("AA-01"), empty, empty, empty)
    assert nodata.value is None and nodata.fehlt == "fehlt_finanzen"


def test_plain_facts_round_and_compare_with_the_land() -> None:
    assert [pc.per_hundred(v) for v in (0.4, 0.5, 6.06, 6.5, 10.49)] == [0, 1, 6, 7, 10]
    assert pc.compare(6, 10) == pc.LESS and pc.compare(11, 10) == pc.MORE
    assert pc.compare(7, 7) == pc.EQUAL
    werte = _werte([("01001", 2021, 6.06), ("01", 2021, 6.4)])
    packages = {"jobcenter": {"traeger": _traeger(), "kreise": _kreise(),
                              "traeger_quellen": pd.DataFrame(
                                  columns=["zkt_id", "quelle_id", "ist_beleg_beginn"])},
                "statistik": {"werte": werte, "indikatoren": INDIKATOREN}}
    t = _row("AA-02")
    cards = pc.profile_cards(t, pc.card_inputs(packages))
    assert [c.key for c in cards] == ["zkt", "einwohner", "quote", "egl"]
    assert cards[-1].fehlt == "fehlt_finanzen"
    status = pd.DataFrame({"ags": ["01001"] * 2, "jahr": [2024, 2025],
                           "status": ["zkT", "kein zkT"]})
    facts = pc.plain_facts(t, cards, {"teilgebiet": False, "ganz_ab": None}, status,
                           _traeger())
    assert (facts["von_100"], facts["land_von_100"], facts["vergleich"]) == (6, 6, pc.EQUAL)
    assert facts["nachfolger_aktuell"] and facts["heute_kein_zkt"] and facts["heute_jahr"] == 2025
    assert facts["nach_ende"] and not facts["ganzer_kreis"] and facts["kreis"] == "Kreis A"


def test_every_kind_of_traeger_has_its_article() -> None:
    """The plain-language paragraph names a Träger with an article by its kind: every
    kind the field allows has one (a new kind fails here, not in the build)."""
    from kommunale_jobcenter import fields
    from kommunale_jobcenter.pages.jobcenter import labels

    assert set(labels("einfach")["artikel"]) == set(fields.load()["traeger_art"].allowed)
