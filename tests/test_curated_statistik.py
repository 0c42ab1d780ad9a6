"""The curated layer of the «statistik» package (curated/statistik/): every file valid,
every raw label, unit, note and address covered with no leftovers, every text key the
code uses present and every curated text used, the README naming every file, and broken
files reported as curated/statistik/<file>:<line>:<field>."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.import_raw import RAW_DIR
from kommunale_jobcenter.import_raw import statistik as importer

ROOT = Path(__file__).resolve().parent.parent
FOLDER = curated.CURATED_DIR / "statistik"
PACKAGE = ROOT / "kommunale_jobcenter"
PAGES = [PACKAGE / "pages" / "statistik.py", PACKAGE / "pages" / "bund.py"]
CHECKS = PACKAGE / "checks" / "statistik.py"


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return curated_tables.tables("statistik")


def _raw(name: str) -> pd.DataFrame:
    return pd.read_csv(RAW_DIR / importer.STATS / name, dtype=str, keep_default_na=False)


def test_every_curated_file_is_valid() -> None:
    assert curated_tables.table_problems(FOLDER) == []
    for path in sorted(FOLDER.glob("*.yaml")):
        if path.name != curated_tables.DESCRIPTOR:
            assert curated.document_problems(path) == [], path.name


def test_readme_describes_every_file() -> None:
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    for path in sorted(FOLDER.iterdir()):
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name


def _translations(tables: dict[str, pd.DataFrame], feld: str) -> set[str]:
    u = tables["uebersetzungen"]
    return set(u.loc[u["feld"] == feld, "roh"])


def test_every_raw_text_has_exactly_one_german_version(
        tables: dict[str, pd.DataFrame]) -> None:
    kennzahlen, bestaende = _raw(importer.KENNZAHLEN_FILE), _raw(importer.BESTAND_FILE)
    expected = {
        "einheit": set(kennzahlen["unit"]) | set(bestaende["unit"]),
        "kennzahl": set(kennzahlen["indicator_label"]),
        "bestand_kennzahl": set(bestaende["indicator"]),
        "hinweis": (set(kennzahlen["note"]) | set(bestaende["note"])) - {""},
    }
    for feld, raw in expected.items():
        assert _translations(tables, feld) == raw, feld


def test_every_raw_address_has_one_source_and_every_source_is_used(
        tables: dict[str, pd.DataFrame]) -> None:
    quellen = tables["quellen"]
    kennzahlen = _raw(importer.KENNZAHLEN_FILE)
    by_url = quellen.drop_duplicates("url", keep=False).set_index("url")
    assert set(kennzahlen["source_url"]) <= set(by_url.index)
    data = {"inkar-2024", "ba-statistik-sgb2", importer.ERLANGEN}
    data |= {importer.haushalt_quelle_id(int(j)) for j in
             _raw(importer.HAUSHALT_FILE)["haushaltsjahr"]}
    data |= set(by_url.loc[sorted(set(kennzahlen["source_url"])), "quelle_id"])
    assert set(quellen["quelle_id"]) == data


def test_every_inferred_year_is_recorded_as_derived(tables: dict[str, pd.DataFrame]) -> None:
    kennzahlen = _raw(importer.KENNZAHLEN_FILE)
    inferred = kennzahlen[kennzahlen["note"].str.contains("inferred")]
    belege = tables["belege"]
    derived = belege[belege["herleitung"] == "erschlossen"]
    assert sorted(zip(inferred["period"], inferred["indicator"], strict=True)) == sorted(
        zip(derived["zeitraum"], derived["kennzahl_id"], strict=True))


def test_only_the_mindestsicherungsquote_counts_more_than_sgb2(
        tables: dict[str, pd.DataFrame]) -> None:
    ind = tables["indikatoren"].set_index("indikator_id")
    assert ind.index[ind["leistungsbereich"] != "Grundsicherung für Arbeitsuchende"].tolist() \
        == ["a_sMin"]
    assert "keine Kennzahl der Grundsicherung" in ind.at["a_sMin", "definition"]


def test_licence_ids_are_spelled_one_way() -> None:
    meta = curated.document("statistik/paket.yaml")
    assert [lic["name"] for lic in meta["licenses"]] == ["dl-de/by-2-0", "CC-BY-4.0"]
    for path in FOLDER.glob("*"):
        assert "dl-de-by-2.0" not in path.read_text(encoding="utf-8"), path.name


def _keys_used(paths: list[Path], pattern: str) -> set[str]:
    return {m for p in paths for m in re.findall(pattern, p.read_text(encoding="utf-8"))}


def test_every_page_text_exists_and_is_used() -> None:
    doc = curated.document("statistik/seiten.yaml")
    used = _keys_used(PAGES, r'\bt\(\s*["\'](\w+)["\']')
    assert used <= set(doc["texte"]), used - set(doc["texte"])
    assert set(doc["texte"]) <= used, set(doc["texte"]) - used
    tables_used = _keys_used(PAGES, r'\bcolumns\(\s*"(\w+)"')
    assert tables_used == set(doc["tabellen"])
    maps_used = _keys_used(PAGES, r'\bzuordnung\(\s*"(\w+)"')
    assert maps_used == set(doc["zuordnungen"])


def test_every_check_message_exists_and_is_used() -> None:
    doc = curated.document("statistik/meldungen.yaml")
    assert _keys_used([CHECKS], r'\b_m\(\s*"(\w+)"') == set(doc["texte"])


def test_a_broken_curated_file_is_reported_with_file_line_and_field(tmp_path: Path) -> None:
    copy = tmp_path / "curated"
    shutil.copytree(curated.CURATED_DIR / "statistik", copy / "statistik")
    path = copy / "statistik" / "indikatoren.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    row = int(frame.index[frame["indikator_id"] == "a_sMin"][0])
    frame.loc[row, "leistungsbereich"] = "Grundsicherung"
    frame.to_csv(path, index=False, lineterminator="\n")
    problems = curated_tables.table_problems(copy / "statistik", copy)
    assert [(p.file, p.row, p.field) for p in problems] == [
        ("curated/statistik/indikatoren.csv", row + 2, "leistungsbereich")]


def test_a_stale_evidence_row_stops_the_import(tmp_path: Path) -> None:
    copy = tmp_path / "curated"
    shutil.copytree(curated.CURATED_DIR, copy)
    path = copy / "statistik" / "belege.csv"
    path.write_text(path.read_text(encoding="utf-8") + "bund_kennzahlen,DG,1999,K2,biaj-374,"
                    "erschlossen,false,,Test\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"belege\.csv"):
        importer.build_tables(RAW_DIR, copy)
