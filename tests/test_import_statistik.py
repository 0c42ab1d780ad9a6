"""The statistik import: committed data equals a fresh import, counts, determinism, keys."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.import_raw import RAW_DIR, statistik
from kommunale_jobcenter.load import load_package

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "data" / "statistik"
ROW_COUNTS = {
    "quellen": 32, "regionen": 417, "indikatoren": 18, "werte": 108_461,
    "bund_ausgaben": 48, "bund_kennzahlen": 73, "lokale_bestaende": 88,
}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert RAW_DIR.is_dir(), f"Rohdaten fehlen: {RAW_DIR}"
    return statistik.run(RAW_DIR, tmp_path_factory.mktemp("import"))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_committed_data_equals_fresh_import(fresh: Path) -> None:
    committed, new = _files(COMMITTED), _files(fresh)
    assert sorted(committed) == sorted(new)
    changed = [name for name in new if committed[name] != new[name]]
    assert changed == [], f"data/statistik ist veraltet, neu importieren: {changed}"


def test_import_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    again = statistik.run(RAW_DIR, tmp_path)
    assert _files(again) == _files(fresh)


def test_row_counts(fresh: Path) -> None:
    tables = load_package("statistik", fresh.parent)
    assert {name: len(frame) for name, frame in tables.items()} == ROW_COUNTS


def test_kreis_keys_keep_leading_zeros(fresh: Path) -> None:
    tables = load_package("statistik", fresh.parent)
    regionen = tables["regionen"]
    kreise = regionen.loc[regionen["ebene"] == "kreis", "region_id"]
    assert len(kreise) == 400
    assert kreise.str.fullmatch(r"\d{5}").all()
    assert {"01001", "09562", "03454"} <= set(kreise)
    laender = regionen.loc[regionen["ebene"] == "land", "region_id"]
    assert sorted(laender) == [f"{n:02d}" for n in range(1, 17)]
    assert "01001" in set(tables["werte"]["region_id"])
    assert (tables["lokale_bestaende"]["region_id"] == "09562").sum() == 44


def test_values_unchanged_and_no_zkt_flag(fresh: Path) -> None:
    raw = pd.read_csv(RAW_DIR / "stats" / statistik.PANEL_FILE, dtype=str,
                      keep_default_na=False)
    ours = pd.read_csv(fresh / "werte.csv", dtype=str, keep_default_na=False)
    assert list(ours.columns) == ["region_id", "jahr", "indikator_id", "wert"]
    merged = raw.merge(ours, left_on=["region_key", "period", "indicator"],
                       right_on=["region_id", "jahr", "indikator_id"], how="outer",
                       indicator=True)
    assert (merged["_merge"] == "both").all()
    assert (merged["value"] == merged["wert"]).all()


def test_coverage_and_share_flags(fresh: Path) -> None:
    ind = load_package("statistik", fresh.parent)["indikatoren"].set_index("indikator_id")
    assert (ind.at["q_SGBII", "jahr_von"], ind.at["q_SGBII", "jahr_bis"]) == (2010, 2021)
    assert (ind.at["q_newfBGu15_bev", "jahr_von"], ind.at["q_newfBGu15_bev", "jahr_bis"]) == (
        2016, 2022)
    assert bool(ind.at["a_BG1P", "ist_anteil"]) and not bool(ind.at["d_SGBII_Lstg", "ist_anteil"])
    assert "zweimal" in ind.at["q_newfBGu15_bev", "bruch_hinweis"]


def test_sources_are_complete(fresh: Path) -> None:
    tables = load_package("statistik", fresh.parent)
    quellen = tables["quellen"]
    assert quellen["quelle_id"].is_unique
    assert quellen["url"].dropna().str.match(r"^https?://").all()
    used = pd.concat([tables[name]["quelle_id"] for name in
                      ("indikatoren", "bund_ausgaben", "bund_kennzahlen", "lokale_bestaende")])
    assert set(used) <= set(quellen["quelle_id"])
    web = tables["bund_kennzahlen"]["quelle_id"].nunique()
    assert web == 17  # one source row per distinct page of the headline file
    q = quellen.set_index("quelle_id")
    assert q.at["ba-statistik-sgb2", "namensnennung"] == (
        "Quelle: Statistik der Bundesagentur für Arbeit")
    assert q.at["inkar-2024", "namensnennung"].startswith("Datenquelle: INKAR 2024, BBSR Bonn")
    assert "dl-de/by-2-0" in q.at["inkar-2024", "namensnennung"]
    assert "Daten verändert" in q.at["inkar-2024", "namensnennung"]
    assert set(q["quellenrang"]) == {"Primärquelle", "Sekundärquelle"}


def test_licences_and_attribution_per_resource(fresh: Path) -> None:
    descriptor = json.loads((fresh / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in descriptor["licenses"]] == ["dl-de/by-2-0", "CC-BY-4.0"]
    sources = {r["name"]: {s["title"] for s in r.get("sources", [])}
               for r in descriptor["resources"]}
    # every table with BA figures names the BA source, so its attribution travels with it
    for name in ("indikatoren", "werte", "bund_kennzahlen", "lokale_bestaende"):
        assert "ba-statistik-sgb2" in sources[name], name
    assert "inkar-2024" in sources["werte"] and "inkar-2024" in sources["regionen"]
    assert sources["bund_ausgaben"] == {f"bmf-hr-{j}" for j in range(2012, 2024)}


def test_mindestsicherungsquote_is_not_an_sgb2_indicator(fresh: Path) -> None:
    ind = load_package("statistik", fresh.parent)["indikatoren"].set_index("indikator_id")
    row = ind.loc["a_sMin"]
    assert row["leistungsbereich"] == "Soziale Mindestsicherung"
    for part in ("Sozialhilfe", "Grundsicherung im Alter und bei Erwerbsminderung",
                 "Asylbewerberleistungsgesetz", "keine Kennzahl der Grundsicherung"):
        assert part in row["definition"], part
    others = ind.drop(index="a_sMin")
    assert set(others["leistungsbereich"]) == {"Grundsicherung für Arbeitsuchende"}


def test_certainty_by_rule(fresh: Path) -> None:
    tables = load_package("statistik", fresh.parent)
    rang = tables["quellen"].set_index("quelle_id")["quellenrang"]
    k = tables["bund_kennzahlen"]
    by_source = k.groupby("quelle_id")["sicherheit"].agg(set)
    assert by_source["hib-1139688"] == {"gesichert"}  # Primärquelle
    assert by_source["biaj-374"] == {"wahrscheinlich"}  # Sekundärquelle
    assert by_source["buergergeld-1184"] == {"wahrscheinlich"}  # Sekundärquelle, not lower
    secondary = k[k["quelle_id"].map(rang) == "Sekundärquelle"]
    assert "gesichert" not in set(secondary["sicherheit"])
    inferred = k[(k["zeitraum"] == "2015") & k["kennzahl_id"].isin(["K2", "K2_SVB_BD_BIAJ"])]
    assert len(inferred) == 2
    assert set(inferred["sicherheit"]) == {"unsicher"}  # year only inferred from the text
    assert (k["sicherheit"].value_counts().to_dict()
            == {"wahrscheinlich": 66, "gesichert": 5, "unsicher": 2})
    assert set(tables["bund_ausgaben"]["sicherheit"]) == {"gesichert"}
    assert set(tables["indikatoren"]["sicherheit"]) == {"gesichert"}


def test_stocks_that_do_not_add_up_are_at_most_probable(fresh: Path) -> None:
    b = load_package("statistik", fresh.parent)["lokale_bestaende"].set_index(
        ["region_id", "zeitraum", "kennzahl_id"])["sicherheit"]
    assert b[("09562", "2008-12", "ELB")] == "unsicher"  # contradicted by earlier Vorlagen
    for kennzahl in ("Sozialgeld", "Personen"):
        assert b[("09562", "2008-12", kennzahl)] == "wahrscheinlich"
        assert b[("DG", "2009-12", kennzahl)] == "wahrscheinlich"
    assert b[("09562", "2008-12", "BG")] == "gesichert"  # not part of the sum
    assert b.value_counts().to_dict() == {"gesichert": 79, "wahrscheinlich": 8, "unsicher": 1}
