"""Every figure of the five seed documents is in data/programme/fakten.csv.

The lists below were written while reading the five seed documents themselves, not copied
from the data module: value, unit and a few words that must appear in the label or note of
the matching row. The tests never read the seed files; the double entry is the check.
"""

from __future__ import annotations

import pandas as pd
import pytest

from kommunale_jobcenter.datapackage import DATA_DIR

FAKTEN = DATA_DIR / "programme" / "fakten.csv"

# (value – number or text –, unit, words that must occur in kennzahl or hinweis)
EXPECTED: dict[str, list[tuple[float | str, str, str]]] = {
    # 000: Rotenburg (Wümme), end of Perspektive 50 Plus
    "SEED-ROW-2016-1287": [
        ("2011-01-01/2015-12-31", "Zeitraum", "teilnahme"),
        (50, "Jahre", "mindestalter"),
        (76, "Pakte", "beschäftigungspakte"),
        ("2014-01-01", "Datum", "einzelkonzepte"),
        ("2015-12-31", "Datum", "ende"),
        (5, "Jahre", "dauer"),
        (750, "Integrationen", "integrationen"),
    ],
    # 001: Kreis Warendorf, AMP 2012
    "SEED-WAF-2011-161": [
        (3, "Anzahl", "kennzahlen"),
        (8920000, "Euro", "verwaltungsbudget"),
        (7990000, "Euro", "eingliederungsleistungen"),
        (1900000, "Euro", "vorjahr"),
        (27.7, "Prozent", "vermittlungsunterstützende"),
        (21.0, "Prozent", "weiterbildung"),
        (16.3, "Prozent", "beschäftigung schaffende"),
        (15.7, "Prozent", "beschäftigung begleitende"),
        (10.6, "Prozent", "jüngere"),
        (8.0, "Prozent", "behinderung"),
        (0.7, "Prozent", "freie förderung"),
        (170, "Kapazitäten", "personalkapazitäten"),
        (180, "Kapazitäten", "vorjahr"),
        (8.15, "Stellen", "bildung und teilhabe"),
        (11, "Stellen", "perspektive 50plus"),
        (6, "Regionalteams", "regionalteams"),
        (30, "Prozent", "arbeitgeberservice"),
        (40, "Prozent", "arbeitgeberservice"),
        (22.9, "Prozent", "6 bis 12 monaten"),
        (21.3, "Prozent", "6 bis 12 monaten"),
        (75.7, "Prozent", "komplexen problemlagen"),
        (53, "Prozent", "frauen"),
        (21, "Prozent", "alleinerziehende"),
        (-6.7, "Prozent", "elb"),
        (11073, "Personen", "leistungsberechtigte"),
        (-9.8, "Prozent", "unter 25"),
        (7, "Mitarbeitende", "arbeitgeberservice"),
        (10, "Personen je Fachkraft", "arbeitgeberservice"),
        (1, "Mitarbeitende", "ausbildung"),
        (31.65, "Kapazitäten", "vermittlung"),
        (160, "Personen je Fachkraft", "vermittler"),
        (100, "Personen je Fachkraft", "unter 25"),
        (16.5, "Kapazitäten", "beschäftigungsorientierten fallmanagement"),
        (120, "Personen je Fachkraft", "fallmanag"),
        (75, "Personen je Fachkraft", "unter 25"),
        (5.27, "Kapazitäten", "sozialintegrativen"),
        (400, "Euro", "minijob"),
        ("1:75 bis 1:100", "Personen je Fachkraft", "25-jährige"),
        (25, "Jahre", "jugendliche"),
        (15, "Jahre", "schüler"),
        (50, "Jahre", "ältere"),
        ("2009", "Datum", "perspektive 50plus"),
        (153, "Personen", "bürgerarbeit"),
        (500, "Personen", "bürgerarbeit"),
        (100, "Personen", "bürgerarbeit"),
        (3, "Jahre", "bürgerarbeit"),
    ],
    # 002: Saalekreis, Pressemitteilung 022/2018
    "SEED-SK-2018-022": [
        (104, "Jobcenter", "kampagne"),
        ("2018-11-26/2018-11-27", "Zeitraum", "tag der kommunalen jobcenter"),
        (14738, "Personen", "grundsicherungsbeziehende"),
        (74.3, "Prozent", "nachhaltiger integrationen"),
        (407, "Jobcenter", "bundesweit"),
        (5, "Rang", "platz"),
        (13, "Jahre", "dezentral"),
        (3, "Jahre", "arbeitskreis"),
        (12, "Monate", "nachhaltig"),
    ],
    # 003: Siegen-Wittgenstein, Zielvereinbarung 2016 (gemeinsame Einrichtung)
    "SEED-SI-2016": [
        (7000, "Personen", "langzeitleistungsbeziehende"),
        (24, "Monate", "betrachtungszeitraum"),
        (21, "Monate", "mindestbezugsdauer"),
        (2, "Anzahl", "träger"),
        ("Senkung", "Text", "langzeitleistungsbeziehenden"),
        (2, "Jahre", "erziehungszeit"),
        (25, "Jahre", "altersgrenze"),
        (20.8, "Prozent", "ausbildung"),
        ("mindestens so viele wie im Vorjahr", "Text", "ausbildung"),
    ],
    # 004: Landkreis Göttingen und NLT, 15.12.2016
    "SEED-NI-2016": [
        (12, "Jahre", "eigener"),
        (17, "Landkreise", "niedersachsen"),
        (33.3, "Prozent", "anteil"),
    ],
}


@pytest.fixture(scope="module")
def fakten() -> pd.DataFrame:
    frame = pd.read_csv(FAKTEN, dtype=str, keep_default_na=False)
    frame["zahl"] = pd.to_numeric(frame["wert"].replace("", None))
    frame["worte"] = (frame["kennzahl"] + " " + frame["hinweis"]).str.lower()
    return frame


def _matches(rows: pd.DataFrame, value: float | str, unit: str, words: str) -> pd.DataFrame:
    rows = rows[(rows.einheit == unit) & rows.worte.str.contains(words, regex=False)]
    if isinstance(value, str):
        return rows[rows.wert_text == value]
    return rows[(rows.zahl - value).abs() < 1e-9]


def test_the_five_seed_documents_are_listed(fakten: pd.DataFrame) -> None:
    assert len(EXPECTED) == 5
    assert set(EXPECTED) == set(fakten.quelle_id)


@pytest.mark.parametrize("quelle_id", sorted(EXPECTED))
def test_every_seed_figure_is_recorded(fakten: pd.DataFrame, quelle_id: str) -> None:
    rows = fakten[fakten.quelle_id == quelle_id]
    missing = [item for item in EXPECTED[quelle_id] if _matches(rows, *item).empty]
    assert not missing, f"{quelle_id}: fehlt in fakten.csv: {missing}"


@pytest.mark.parametrize("quelle_id", sorted(EXPECTED))
def test_no_unlisted_figures(fakten: pd.DataFrame, quelle_id: str) -> None:
    assert (fakten.quelle_id == quelle_id).sum() == len(EXPECTED[quelle_id])


def test_warendorf_split_adds_up(fakten: pd.DataFrame) -> None:
    split = fakten[fakten.anteil_gruppe == "WAF-2012-EGT"]
    assert len(split) == 7
    assert split.zahl.sum() == pytest.approx(100.0)


def test_siegen_wittgenstein_is_gemeinsame_einrichtung(fakten: pd.DataFrame) -> None:
    rows = fakten[(fakten.quelle_id == "SEED-SI-2016") & (fakten.ags == "05970")]
    assert len(rows) >= 5
    assert (rows.ist_gemeinsame_einrichtung == "true").all()


def test_certainty_has_a_reason(fakten: pd.DataFrame) -> None:
    """Read in the document → gesichert; a plan or target figure or a computed value →
    wahrscheinlich; an inferred value or one our registry contradicts → unsicher."""
    plan = fakten.wert_art.isin(["Ziel", "Plan"])
    computed = fakten.herleitung.str.startswith("berechnet")
    inferred = fakten.herleitung.str.startswith("erschlossen")
    conflict = fakten.hinweis.str.contains("Trägerverzeichnis")
    expected = pd.Series("gesichert", index=fakten.index)
    expected[plan | computed] = "wahrscheinlich"
    expected[inferred | conflict] = "unsicher"
    wrong = fakten[fakten.sicherheit != expected]
    assert wrong.empty, wrong[["fakt_id", "sicherheit"]].to_dict("records")
    assert 2 <= (fakten.sicherheit == "unsicher").sum() <= 3


def test_niedersachsen_count_marked_as_contradicted(fakten: pd.DataFrame) -> None:
    row = fakten.set_index("fakt_id").loc["SEED-NI-2016-002"]
    assert (row.zahl, row.sicherheit) == (17, "unsicher")
    assert "16 zkT" in row.hinweis and "1.11.2016" in row.hinweis


def test_saalekreis_counts_all_recipients_and_its_ranking_is_own_claim(
        fakten: pd.DataFrame) -> None:
    rows = fakten.set_index("fakt_id")
    recipients = rows.loc["SEED-SK-2018-022-003"]
    assert recipients.zahl == 14738 and recipients.thema != "Bestand eLb"
    assert "nicht nur eLb" in recipients.kennzahl
    for fakt_id in ("SEED-SK-2018-022-004", "SEED-SK-2018-022-006"):
        assert "laut Jobcenter Saalekreis" in rows.loc[fakt_id, "kennzahl"]
        assert "Eigene Angabe des Jobcenters" in rows.loc[fakt_id, "hinweis"]
