"""The programme import: deterministic, complete, German, and identical to data/programme."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import curated_tables
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.import_raw import RAW_DIR, programme
from kommunale_jobcenter.import_raw._programme_sources import clean_url
from kommunale_jobcenter.load import load_package

RAW = RAW_DIR / "programmes"
COUNTS = {
    "programme": 24,
    "teilnahmen": 175,  # 167 raw rows, one of them split in two twice (+2), 6 from seeds
    "kennzahlen": 337,  # 215 programme-level + 122 local figures
    "dokumente": 27,  # 22 raw + 5 seeds
    "fakten": 74,
    "quellen": 192,  # 187 addresses + 5 seeds
}
ENGLISH = re.compile(r"\b(the|and|of|not|source|excerpt|approx|whole|call|round|"
                     r"with|named|inferred|figure|target|planned)\b", re.IGNORECASE)
TEXT_COLUMNS = {
    "programme": ["programm_name", "beschreibung", "foerderer", "kofinanzierung",
                  "verwaltung", "rechtsgrundlage", "zielgruppe", "budget_hinweis",
                  "umfang_hinweis", "hinweis"],
    "teilnahmen": ["einheit_name", "traeger_name", "rolle", "hinweis"],
    "kennzahlen": ["einheit_name", "traeger_name", "kennzahl", "wert_text", "hinweis"],
    "dokumente": ["traeger_name", "dokumentart", "hinweis"],
    "fakten": ["fundstelle", "thema", "kennzahl", "wert_text", "hinweis"],
    "quellen": ["herausgeber", "datum_hinweis", "lizenz", "hinweis"],
}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _raw(name: str) -> list[dict[str, str]]:
    with open(RAW / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert RAW_DIR.is_dir(), f"Rohdaten fehlen: {RAW_DIR}"
    return programme.run(RAW_DIR, tmp_path_factory.mktemp("first"))


@pytest.fixture(scope="module")
def tables(imported: Path) -> dict[str, pd.DataFrame]:
    return load_package(programme.PACKAGE, imported.parent)


def test_import_is_deterministic(imported: Path, tmp_path: Path) -> None:
    again = programme.run(RAW_DIR, tmp_path)
    assert _files(again) == _files(imported)


def test_committed_data_equals_fresh_import(imported: Path) -> None:
    committed = _files(DATA_DIR / programme.PACKAGE)
    fresh = _files(imported)
    assert sorted(committed) == sorted(fresh)
    drifted = [name for name in fresh if committed[name] != fresh[name]]
    assert not drifted, f"data/programme weicht vom Import ab: {drifted}"


@pytest.mark.parametrize(("resource", "count"), COUNTS.items())
def test_row_counts(tables: dict[str, pd.DataFrame], resource: str, count: int) -> None:
    assert len(tables[resource]) == count


def test_every_raw_row_is_carried(tables: dict[str, pd.DataFrame]) -> None:
    figures = tables["kennzahlen"].kennzahl_id
    assert figures.str.startswith("PF-").sum() == len(_raw("programme_figures.csv"))
    assert figures.str.startswith("LF-").sum() == len(_raw("local_figures.csv"))
    documents = tables["dokumente"].dokument_id
    assert documents.str.startswith("DOK-").sum() == len(_raw("documents.csv"))
    raw_participation = tables["teilnahmen"][~tables["teilnahmen"].quelle_id.str.startswith(
        "SEED-")]
    base_ids = raw_participation.teilnahme_id.str.replace(r"[a-f]$", "", regex=True)
    assert base_ids.nunique() == len(_raw("participation.csv"))


def test_every_raw_source_address_has_a_row(tables: dict[str, pd.DataFrame]) -> None:
    known = set(tables["quellen"].url.dropna())
    for name in ("participation.csv", "local_figures.csv", "programme_figures.csv",
                 "documents.csv"):
        for row in _raw(name):
            address = row["source_url"]
            if address.startswith("http"):
                assert clean_url(address) in known, address


def test_session_ids_and_bad_hosts_are_cleaned(tables: dict[str, pd.DataFrame]) -> None:
    urls = tables["quellen"].set_index("quelle_id").url.dropna()
    assert not urls.str.contains(r"jsessionid|PHPSESSID|[?&]sid=", case=False).any()
    assert not urls.str.match(r"^https?://[^/]*\./").any()  # host ending in a dot
    # ids come from the raw address and stay stable when the link is cleaned
    assert urls["ESF-PORTAL-ESF-2014"] == ("https://www.esf.de/portal/DE/ESF-2014-2020/"
                                           "Foerderprogramme/bmfsfj/justiq-jugend-staerken.html")
    assert urls["ISSUU-TEAMWOER-DOCS-BROSCHUE"].startswith("https://issuu.com/teamwoerk/")


@pytest.mark.parametrize(("address", "clean"), [
    ("https://a.de/x.html;jsessionid=ABC123", "https://a.de/x.html"),
    ("https://a.de/x.php?id=7&PHPSESSID=abc", "https://a.de/x.php?id=7"),
    ("https://a.de/x.php?sid=abc&page=2", "https://a.de/x.php?page=2"),
    ("https://issuu.com./t/docs/b", "https://issuu.com/t/docs/b"),
    ("https://a.de/x?reloaded&sort=a+desc", "https://a.de/x?reloaded&sort=a+desc"),
])
def test_clean_url(address: str, clean: str) -> None:
    assert clean_url(address) == clean


def test_curated_titles_replace_derived_ones(tables: dict[str, pd.DataFrame]) -> None:
    quellen = tables["quellen"].set_index("quelle_id")
    titles = curated_tables.tables("programme")["quellen_titel"].set_index("quelle_id")
    derived = quellen.hinweis.fillna("").str.startswith("Titel aus der Adresse abgeleitet")
    assert not derived[derived].index.isin(titles.index).any()
    for quelle_id, row in titles.iterrows():
        assert quellen.loc[quelle_id, "titel"] == row["titel"]
        if row["herausgeber"]:
            assert quellen.loc[quelle_id, "herausgeber"] == row["herausgeber"]
        if row["datum"]:
            assert quellen.loc[quelle_id, "datum"] == row["datum"]


def test_urls_are_web_addresses(tables: dict[str, pd.DataFrame]) -> None:
    urls = tables["quellen"].url.dropna()
    assert urls.str.match(r"^https?://").all()
    assert "https://github.com/bundestag/gesetze/blob/258ff162d53b5b3d8bfb400c875702c3301ae5af"\
        "/s/sgb_2/index.md" in set(urls)


def _words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"[A-Za-zÄÖÜäöüß]", w)])


def test_no_quotes_from_sources_in_data(imported: Path) -> None:
    """Phrases of six words or more from «quote_de» must not reach data/ (names are shorter)."""
    # titles and publishers of sources are bibliographic data, cited on purpose
    quellen = pd.read_csv(imported / "quellen.csv", dtype=str, keep_default_na=False)
    text = "\n".join([p.read_text(encoding="utf-8") for p in imported.glob("*.csv")
                      if p.name != "quellen.csv"]
                     + quellen.drop(columns=["titel", "herausgeber"]).to_csv().splitlines())
    quotes = {row["quote_de"].strip() for name in ("participation.csv", "local_figures.csv",
                                                  "programme_figures.csv", "documents.csv")
              for row in _raw(name) if _words(row["quote_de"]) >= 6}
    assert quotes, "keine Zitate in den Rohdaten gefunden – Test prüft nichts"
    copied = sorted(q for q in quotes if q in text)
    assert not copied, f"Zitate aus Quellen in data/programme: {copied[:5]}"


@pytest.mark.parametrize("resource", sorted(TEXT_COLUMNS))
def test_visitor_texts_are_german(tables: dict[str, pd.DataFrame], resource: str) -> None:
    frame = tables[resource]
    english = [(column, value) for column in TEXT_COLUMNS[resource]
               for value in frame[column].dropna() if ENGLISH.search(value)]
    assert not english, english[:5]


def test_kreis_keys_link_participants(tables: dict[str, pd.DataFrame]) -> None:
    rows = tables["teilnahmen"]
    by_body = dict(zip(rows.traeger_name, rows.ags, strict=True))
    assert by_body["Landkreis Rotenburg (Wümme)"] == "03357"
    assert by_body["Jobcenter Lübeck"] == "01003"
    assert by_body["Jobcenter Mühldorf a. Inn"] == "09183"
    assert pd.isna(by_body["Jobcenter Berlin Neukölln"])
    landau = rows[rows.traeger_name == "Jobcenter Landau-Südliche Weinstraße"]
    assert set(landau.ags) == {"07313", "07337"}
    empty = rows[rows.ags.isna()]
    assert empty.hinweis.notna().all(), "leerer Kreisschlüssel ohne Begründung"


def test_arge_rows_marked_as_gemeinsame_einrichtung(tables: dict[str, pd.DataFrame]) -> None:
    rows = tables["teilnahmen"]
    arge = rows[rows.traeger_name.str.startswith("ARGE")]
    assert len(arge) == 7
    assert arge.ist_gemeinsame_einrichtung.all()


def test_text_values_stay_out_of_wert(tables: dict[str, pd.DataFrame]) -> None:
    figures = tables["kennzahlen"]
    assert (figures.wert.notna() ^ figures.wert_text.notna()).all()
    dated = figures[figures.einheit.isin(["Datum", "Zeitraum", "Rechtsgrundlage"])]
    assert dated.wert.isna().all() and len(dated) > 30


def test_hedging_is_kept(tables: dict[str, pd.DataFrame]) -> None:
    figures = tables["kennzahlen"].set_index("kennzahl_id")
    assert figures.loc["PF-001", "wert_art"] == "mindestens"  # mehr als 1,3 Mio.
    assert figures.loc["PF-003", "wert_art"] == "rund"
    assert figures.loc["PF-059", "wert_art"] == "höchstens"  # bis zu 600 Mio.
    assert figures.loc["LF-002", "wert_art"] == "Ziel"
