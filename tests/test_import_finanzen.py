"""The finanzen import: deterministic, identical to data/finanzen, complete, German, and the
Jobcenter keep one id across the BA's renumberings."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.import_raw import RAW_DIR, finanzen
from kommunale_jobcenter.import_raw import _finanzen_kuratiert as kuratiert
from kommunale_jobcenter.load import load_package
from tests.test_import_programme import ENGLISH

COUNTS = {
    "quellen": 39, "jobcenter": 439, "jobcenter_kreise": 449, "mittelarten": 8,
    "anlagen": 23, "anteile": 8619, "pruefsummen": 27, "fakten": 62,
}
# Jobcenter rows per year and Anlage, as the brief and raw/finanzen/SOURCES.md give them
ROWS_PER_ANLAGE = {
    2012: [422, 422, 422, 308], 2018: [407, 407, 407, 303], 2022: [69, 405, 405, 405, 301],
    2024: [404, 404, 404, 300], 2025: [404, 404, 404], 2026: [404, 404, 404],
}
TEXT_COLUMNS = {
    "jobcenter": ["hinweis"],
    "jobcenter_kreise": ["hinweis"],
    "mittelarten": ["mittelart_name", "bezugsgroesse", "rechtsgrundlage", "hinweis"],
    "anlagen": ["bezugsgroesse", "erfassung"],
    "anteile": ["fundstelle", "erfassung"],
    "pruefsummen": ["bereich", "erfassungsverfahren", "hinweis"],
    "fakten": ["thema", "jobcenter_oder_gruppe", "kennzahl", "wert_text", "einheit",
               "hinweis"],
    "quellen": ["herausgeber", "datum_hinweis", "lizenz", "hinweis"],
}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _raw_long() -> pd.DataFrame:
    with gzip.open(RAW_DIR / "finanzen" / finanzen.LONG_FILE, "rt", encoding="utf-8") as h:
        return pd.read_csv(h, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert RAW_DIR.is_dir(), f"Rohdaten fehlen: {RAW_DIR}"
    return finanzen.run(RAW_DIR, tmp_path_factory.mktemp("first"))


@pytest.fixture(scope="module")
def tables(imported: Path) -> dict[str, pd.DataFrame]:
    return load_package(finanzen.PACKAGE, imported.parent)


@pytest.fixture(scope="module")
def text(imported: Path) -> dict[str, pd.DataFrame]:
    """The CSV files as written: every cell as text."""
    return {p.stem: pd.read_csv(p, dtype=str, keep_default_na=False)
            for p in imported.glob("*.csv")}


def test_import_is_deterministic(imported: Path, tmp_path: Path) -> None:
    again = finanzen.run(RAW_DIR, tmp_path)
    assert _files(again) == _files(imported)


def test_committed_data_equals_fresh_import(imported: Path) -> None:
    committed = _files(DATA_DIR / finanzen.PACKAGE)
    fresh = _files(imported)
    assert sorted(committed) == sorted(fresh)
    drifted = [name for name in fresh if committed[name] != fresh[name]]
    assert not drifted, f"data/finanzen weicht vom Import ab: {drifted}"


@pytest.mark.parametrize(("resource", "count"), COUNTS.items())
def test_row_counts(tables: dict[str, pd.DataFrame], resource: str, count: int) -> None:
    assert len(tables[resource]) == count


def test_rows_per_year_and_anlage_equal_raw(tables: dict[str, pd.DataFrame]) -> None:
    raw = _raw_long()
    raw = raw[raw["row_type"] == "jobcenter"]
    expected = raw.groupby(["year", "anlage"]).size()
    ours = tables["anteile"].groupby(["jahr", "anlage"]).size()
    assert {(int(y), a): n for (y, a), n in expected.items()} == {
        (int(y), a): n for (y, a), n in ours.items()}
    per_year = {int(y): list(g.sort_index()) for y, g in ours.groupby(level=0)}
    assert per_year == ROWS_PER_ANLAGE
    assert len(_raw_long()) - len(tables["anteile"]) == 2  # the two printed totals


def test_shares_are_written_as_printed(text: dict[str, pd.DataFrame]) -> None:
    raw = _raw_long()
    raw = raw[raw["row_type"] == "jobcenter"]
    ours = text["anteile"]
    assert ours["anteil_prozent"].str.fullmatch(r"\d{1,3}\.\d{4}").all()
    merged = raw.merge(ours, left_on=["year", "anlage", "traeger_nr",
                                      "jobcenter_name_as_printed"],
                       right_on=["jahr", "anlage", "traeger_nr", "jobcenter_name"],
                       how="outer", indicator=True, validate="one_to_one")
    assert (merged["_merge"] == "both").all()
    assert (merged["share_pct"] == merged["anteil_prozent"]).all()
    assert (merged["traeger_form"] == merged["traegerform"]).all()
    assert ours["traeger_nr"].str.fullmatch(r"\d{5}").all()
    assert "03002" in set(ours["traeger_nr"])  # leading zero kept


def test_warendorf_keeps_one_id_across_renumbering(tables: dict[str, pd.DataFrame]) -> None:
    anteile = tables["anteile"]
    w = anteile[anteile["jobcenter_id"] == "JC-05570"]
    y2012 = w[w["jahr"] == 2012].set_index("anlage")
    assert y2012["anteil_prozent"].to_dict() == {
        "Anlage 1": 0.2091, "Anlage 2": 0.2558, "Anlage 3": 0.2284}
    assert int(y2012.at["Anlage 2", "betrag_eingliederung_euro"]) == 895_300
    assert set(y2012["traeger_nr"]) == {"31302"}
    assert sorted(w["jahr"].unique()) == [2012, 2018, 2022, 2024, 2025, 2026]
    assert set(w.loc[w["jahr"] >= 2018, "traeger_nr"]) == {"36704"}
    jc = tables["jobcenter"].set_index("jobcenter_id").loc["JC-05570"]
    assert (jc["traeger_nummern"], jc["zkt_id"], jc["jahr_von"], jc["jahr_bis"]) == (
        "31302;36704", "NW-17", 2012, 2026)


def test_ids_follow_the_territory(tables: dict[str, pd.DataFrame]) -> None:
    jc = tables["jobcenter"].set_index("jobcenter_id")
    # renumbered Berlin district and Eisenach: one id each
    assert jc.at["JC-11000-steglitz-zehlendorf", "traeger_nummern"] == "94402;92208"
    assert jc.at["JC-16063-eisenach", "traeger_nummern"] == "09504;09818"
    # 2012 part Jobcenter are their own ids; the later Kreis Jobcenter gets the Kreis key
    assert {i for i in jc.index if i.startswith("JC-14521")} == {
        "JC-14521", "JC-14521-annaberg", "JC-14521-aue-schwarzenberg",
        "JC-14521-mittlerer-erzgebirgskreis", "JC-14521-stollberg"}
    assert (jc.at["JC-14521-stollberg", "zkt_id"], jc.at["JC-14521", "zkt_id"]) == (
        "SN-12", "SN-12")
    assert (jc.at["JC-03159-goettingen-alt", "zkt_id"], jc.at["JC-03159", "zkt_id"]) == (
        "NI-15", "NI-18")
    assert jc.at["JC-13071", "jahr_von"] == 2026  # Seenplatte merged from Nord and Süd
    assert (jc.at["JC-13071-nord", "jahr_von"], jc.at["JC-13071-nord", "jahr_bis"]) == (
        2018, 2025)
    assert jc.at["JC-06435", "zkt_id"] == "HE-08"  # Main-Kinzig keeps its id without Hanau
    assert jc.at["JC-06435-hanau", "traegerform_zuletzt"] == "gE"
    # every Jobcenter has at most one registry id, zkT only
    assert set(jc.loc[jc["zkt_id"].notna(), "traegerform_zuletzt"]) == {"zkT"}


def test_jobcenter_kreise_links(tables: dict[str, pd.DataFrame]) -> None:
    links = tables["jobcenter_kreise"]
    kreise = load_package("jobcenter")["kreise"]
    assert set(links["ags"]) == set(kreise["ags"])
    by = {(r.jobcenter_id, r.ags, r.jahr_von): (r.gebiet, r.jahr_bis)
          for r in links.itertuples(index=False)}
    assert by[("JC-16063", "16063", 2012)] == ("Teil des Kreises", 2018)  # with Eisenach
    assert by[("JC-16063", "16063", 2022)] == ("ganzer Kreis", 2026)
    assert by[("JC-06435", "06435", 2026)] == ("Teil des Kreises", 2026)
    assert by[("JC-07314", "07311", 2012)] == ("mehrere Kreise", 2026)  # Frankenthal
    assert links.loc[links["jobcenter_id"] == "JC-07314", "ags"].tolist() == [
        "07311", "07314", "07318", "07338"]
    berlin = links[links["ags"] == "11000"]
    assert berlin["jobcenter_id"].nunique() == 12
    assert set(berlin["gebiet"]) == {"Teil des Kreises"}


def test_amounts_only_where_the_regulation_fixes_the_sum(
        tables: dict[str, pd.DataFrame]) -> None:
    a = tables["anteile"]
    egl = a[a["betrag_eingliederung_euro"].notna()]
    vk = a[a["betrag_verwaltung_euro"].notna()]
    assert set(zip(egl["jahr"], egl["anlage"], strict=True)) == {
        (2012, "Anlage 2"), (2018, "Anlage 1")}
    assert set(zip(vk["jahr"], vk["anlage"], strict=True)) == {(2018, "Anlage 1")}
    assert len(egl) == 422 + 407 and len(vk) == 407
    w = a[(a["jobcenter_id"] == "JC-05570") & (a["jahr"] == 2018) & (a["anlage"] == "Anlage 1")]
    assert (int(w["betrag_eingliederung_euro"].iloc[0]),
            int(w["betrag_verwaltung_euro"].iloc[0])) == (967_500, 1_741_500)


def test_erfassung_and_sicherheit_by_year(tables: dict[str, pd.DataFrame]) -> None:
    a = tables["anteile"]
    pairs = a.groupby("jahr")[["erfassung", "sicherheit"]].agg(lambda s: set(s))
    assert {y: (e, s) for y, e, s in pairs.itertuples()} == {
        2012: ({"maschinell gelesen"}, {"gesichert"}),
        2018: ({"maschinell gelesen"}, {"gesichert"}),
        2022: ({"maschinell gelesen"}, {"gesichert"}),
        2024: ({"von Hand übertragen"}, {"wahrscheinlich"}),
        2025: ({"von Hand übertragen"}, {"wahrscheinlich"}),
        2026: ({"von Hand übertragen"}, {"wahrscheinlich"}),
    }
    fund = a.loc[a["jahr"] == 2012, "fundstelle"]
    assert fund.str.fullmatch(r"banz_2011_j4445_00[1-4]0\.pdf, PDF-Seite [1-4]").all()
    assert a.loc[a["jahr"] > 2012, "fundstelle"].isna().all()


def test_printed_totals_go_to_pruefsummen(tables: dict[str, pd.DataFrame]) -> None:
    s = tables["pruefsummen"]
    printed = s[s["gedruckte_summe_prozent"].notna()]
    assert {(r.jahr, r.anlage): r.gedruckte_summe_prozent
            for r in printed.itertuples(index=False)} == {
        (2012, "Anlage 3"): 74.8159, (2018, "Anlage 3"): 75.5156}
    assert (printed["gedruckte_summe_prozent"] == printed["summe_ge_prozent"]).all()
    flood = s[(s["jahr"] == 2022) & (s["anlage"] == "Anlage 1")]
    assert sorted(flood["bereich"]) == ["Land Bayern", "Land Nordrhein-Westfalen",
                                        "Land Rheinland-Pfalz", "Land Sachsen", "alle Zeilen"]


def test_zkt_share_per_year(tables: dict[str, pd.DataFrame]) -> None:
    """The zkT group's share of the Verwaltungsmittel as SOURCES.md states it."""
    a = tables["anteile"]
    vk = a[(a["mittelart"] == "vk-zkt-ba") & (a["traegerform"] == "zkT")]
    share = vk.groupby("jahr")["anteil_prozent"].sum().round(2).to_dict()
    assert share == {2012: 25.16, 2018: 24.46, 2022: 23.82, 2024: 24.14, 2025: 24.23,
                     2026: 24.08}


def test_no_english_left_in_german_text(tables: dict[str, pd.DataFrame]) -> None:
    found = [(resource, column, value) for resource, columns in TEXT_COLUMNS.items()
             for column in columns for value in tables[resource][column].dropna().unique()
             if ENGLISH.search(str(value))]
    assert found == []


def test_curated_files_cover_every_raw_id() -> None:
    raw = finanzen._raw(RAW_DIR)
    curated = kuratiert.read_all()
    assert kuratiert.problems(curated, finanzen.roh_ids(raw)) == []
    fact_ids = {i for p in finanzen.FAKT_DATEIEN for i in raw[p]["fact_id"]}
    assert len(fact_ids) == 62
    assert set(curated["fakten_de"]["fakt_id"]) == fact_ids
    notes = (set(raw[finanzen.LONG_FILE]["note"]) | set(raw[finanzen.KEY_FILE]["note"])) - {""}
    texte = curated["uebersetzungen"]
    assert notes == set(texte.loc[texte["feld"] == "note", "englisch"])


def test_facts_carry_source_and_certainty_by_rule(tables: dict[str, pd.DataFrame]) -> None:
    f = tables["fakten"].set_index("einzelfakt_id")
    assert f.loc["finanzen-f06", "sicherheit"] == "wahrscheinlich"  # BIAJ, secondary
    assert f.loc["finanzen-f24", "sicherheit"] == "gesichert"  # Bundestag-Drucksache
    assert f.loc["evaluation-e07", "sicherheit"] == "wahrscheinlich"  # commentary, «certain»
    assert f.loc["evaluation-e06", "sicherheit"] == "gesichert"  # peer-reviewed
    assert f.loc["organisation-o04", "sicherheit"] == "wahrscheinlich"
    # copies on a mirror site (yumpu.com) are Sekundärquellen, though the raw file says
    # «certain»: at most wahrscheinlich (Methodik)
    for fact in ("organisation-o01", "organisation-o02", "organisation-o07"):
        assert f.loc[fact, "sicherheit"] == "wahrscheinlich", fact
    assert f.loc["kennzahlen-k11", "sicherheit"] == "wahrscheinlich"  # blog
    assert f.loc["finanzen-f06", "wert"] == 835_700_000
    assert pd.isna(f.loc["finanzen-f05", "wert"]) and "Bremen" in f.loc["finanzen-f05",
                                                                        "wert_text"]
    assert f.loc["organisation-o09", "wert"] == 1_600_000  # «1,600,000 EUR» in the raw file
    assert pd.isna(f.loc["kennzahlen-k12", "ags"])  # three Kreise
    assert f.loc["organisation-o02", "quelle_id"] == "JENA2008"  # reused from «jobcenter»
    assert f.loc["finanzen-f08", "quelle_id"] == "biaj-598"  # reused from «statistik»
    assert set(f["quelle_id"]) <= set(tables["quellen"]["quelle_id"])


@pytest.mark.parametrize(("raw", "expected"), [
    (None, "gesichert"),  # no certainty column: taken as printed
    ("certain", "gesichert"),
    ("certain (as of 2008)", "gesichert"),
    ("Probable (press)", "wahrscheinlich"),
    ("maybe", "unsicher"),
    ("", "unsicher"),
])
def test_raw_certainty_caps_the_rule(raw: str | None, expected: str) -> None:
    assert finanzen.hoechstens_roh(raw) == expected


def test_certainty_follows_the_rank_of_the_source(tables: dict[str, pd.DataFrame]) -> None:
    """kommunale_jobcenter.certainty decides: a Sekundärquelle gives at most «wahrscheinlich», the
    raw file's own certainty and a hand transcription can only lower the level."""
    q = tables["quellen"].set_index("quelle_id")
    f = tables["fakten"]
    rang = f["quelle_id"].map(q["quellenrang"])
    assert (f.loc[rang == "Sekundärquelle", "sicherheit"] != "gesichert").all()
    assert set(q["quellenrang"]) == {"Primärquelle", "Sekundärquelle"}
    anlagen = tables["anlagen"]
    by_kind = anlagen.groupby("erfassung")["sicherheit"].unique().to_dict()
    assert list(by_kind["maschinell gelesen"]) == ["gesichert"]
    assert list(by_kind["von Hand übertragen"]) == ["wahrscheinlich"]
    assert sorted(anlagen.loc[anlagen["erfassung"] == "von Hand übertragen", "jahr"].unique()
                  ) == [2024, 2025, 2026]


def test_sources_of_the_regulations(tables: dict[str, pd.DataFrame]) -> None:
    q = tables["quellen"].set_index("quelle_id")
    assert q.at["einglmv-2018", "url"] == (
        "https://github.com/bundestag/gesetze/blob/5710c0a68afaf4ee45f127210247e9e6940126ae/"
        "e/einglmv_2018/index.md")
    assert q.at["einglmv-2012", "url"].endswith("/tree/8e9e7a106e7b0540c99101bbc6d168db6f7b81d3"
                                                 "/e/einglmv_2012")
    assert "thunderquack/bundestag_gesetze" in q.at["einglmv-2026", "url"]
    assert set(q.loc[[f"einglmv-{y}" for y in (2012, 2018, 2022, 2024, 2025, 2026)], "art"]) == {
        "Gesetz/Verordnung"}
    assert q.loc[q.index.str.startswith("einglmv-"), "lizenz"].str.contains("§ 5 UrhG").all()
    anlagen = tables["anlagen"]
    assert anlagen.groupby("jahr")["quelle_id"].nunique().eq(1).all()


def test_reused_sources_are_identical_to_other_packages() -> None:
    ours = {r["quelle_id"]: r for r in csv.DictReader(io.StringIO(
        (DATA_DIR / "finanzen" / "quellen.csv").read_text(encoding="utf-8")))}
    shared = 0
    for package in ("jobcenter", "statistik", "programme"):
        path = DATA_DIR / package / "quellen.csv"
        for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
            if row["quelle_id"] in ours:
                shared += 1
                mine = ours[row["quelle_id"]]
                for field in ("titel", "herausgeber", "datum", "url", "art"):
                    assert mine[field] == row[field], (row["quelle_id"], field)
    assert shared == 7
