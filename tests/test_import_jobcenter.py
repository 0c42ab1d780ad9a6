"""The jobcenter import: deterministic, complete, and identical to the committed data/."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.import_raw import RAW_DIR, jobcenter
from kommunale_jobcenter.import_raw import _jobcenter_geo as geo
from kommunale_jobcenter.load import load_package

COUNTS = {"traeger": 121, "kreise": 400, "laender": 16, "status_jahr": 8400}
MAX_BYTES = {"kreise.geojson": 200_000, "laender.geojson": 60_000}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert RAW_DIR.is_dir(), f"Rohdaten fehlen: {RAW_DIR}"
    return jobcenter.run(RAW_DIR, tmp_path_factory.mktemp("first"))


@pytest.fixture(scope="module")
def tables(imported: Path) -> dict[str, pd.DataFrame]:
    return load_package(jobcenter.PACKAGE, imported.parent)


def test_import_is_deterministic(imported: Path, tmp_path: Path) -> None:
    again = jobcenter.run(RAW_DIR, tmp_path)
    assert _files(again) == _files(imported)


def test_committed_data_equals_fresh_import(imported: Path) -> None:
    committed = _files(DATA_DIR / jobcenter.PACKAGE)
    fresh = _files(imported)
    assert sorted(committed) == sorted(fresh)
    drifted = [name for name in fresh if committed[name] != fresh[name]]
    assert not drifted, f"data/jobcenter weicht vom Import ab: {drifted}"


@pytest.mark.parametrize(("resource", "count"), COUNTS.items())
def test_row_counts(tables: dict[str, pd.DataFrame], resource: str, count: int) -> None:
    assert len(tables[resource]) == count


def test_every_used_source_is_listed(tables: dict[str, pd.DataFrame]) -> None:
    known = set(tables["quellen"].quelle_id)
    used = set(tables["traeger_quellen"].quelle_id) | {"DESTATIS2021", "ABL-STATUS"}
    assert set(tables["quellen"].quellenrang.dropna()) == {"Primärquelle", "Sekundärquelle"}
    assert used <= known
    assert "KEYCHG" not in known and "DESTATIS-SCHLUESSEL" in known


def test_slugs_unique_and_readable(tables: dict[str, pd.DataFrame]) -> None:
    traeger = tables["traeger"].set_index("zkt_id")
    assert traeger.slug.is_unique
    assert traeger.slug.str.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*").all()
    assert traeger.loc["NW-17", "slug"] == "kreis-warendorf"
    assert traeger.loc["NI-18", "slug"] == "landkreis-goettingen"
    assert traeger.loc["NI-15", "slug"] == "landkreis-goettingen-alt"


def test_kreis_keys_keep_leading_zeros(imported: Path, tables: dict[str, pd.DataFrame]) -> None:
    assert "\n01001," in (imported / "kreise.csv").read_text(encoding="utf-8")
    assert tables["kreise"].ags.str.fullmatch(r"\d{5}").all()
    assert "01001" in set(tables["kreise"].ags)
    assert "01054" in set(tables["traeger"].ags)


def test_mapped_values(tables: dict[str, pd.DataFrame]) -> None:
    traeger, status = tables["traeger"], tables["status_jahr"]
    assert set(traeger.sicherheit) == {"gesichert", "wahrscheinlich", "unsicher"}
    assert set(traeger.traeger_art) == {"Landkreis", "Kreis", "kreisfreie Stadt", "Stadtkreis"}
    assert set(status.status) == {"zkT", "zkT-Teilgebiet", "kein zkT"}
    assert traeger.ende_grund.notna().sum() == 17


def test_yearly_counts_match_sources_md(tables: dict[str, pd.DataFrame]) -> None:
    status = tables["status_jahr"]
    counts = status.groupby(["jahr", "status"]).size().unstack(fill_value=0)
    assert tuple(counts.loc[2005, ["zkT", "zkT-Teilgebiet"]]) == (56, 13)
    assert tuple(counts.loc[2012, ["zkT", "zkT-Teilgebiet"]]) == (103, 4)
    for year in range(2014, 2026):
        assert tuple(counts.loc[year, ["zkT", "zkT-Teilgebiet"]]) == (104, 0)


def test_panel_certainty_fixes(tables: dict[str, pd.DataFrame]) -> None:
    status = tables["status_jahr"].set_index(["ags", "jahr"]).sicherheit
    assert status[("16061", 2012)] == "gesichert"
    assert status[("14626", 2005)] == "wahrscheinlich"
    assert status[("14627", 2011)] == "unsicher"  # extension date unknown: stays
    assert status[("15001", 2009)] == "unsicher"  # no source covers the split-off part


def test_certainty_by_rule(tables: dict[str, pd.DataFrame]) -> None:
    """Secondary sources alone give at most «wahrscheinlich», a computed date too, an
    inferred one «unsicher»; a status cell is no more certain than the dates it rests on."""
    t = tables["traeger"].set_index("zkt_id")
    for zkt_id in ["BB-01", "BW-03", "BY-10", "ST-03"]:  # Wikipedia or the cut-off commentary
        assert t.at[zkt_id, "sicherheit"] == "wahrscheinlich"
    assert t.at["RP-04", "sicherheit"] == "gesichert"  # press release of the Land
    assert t.at["NW-17", "sicherheit"] == "wahrscheinlich"
    assert t.at["NW-17", "herleitung"].startswith("Aus den Zahlen berechnet")
    assert t.at["SN-04", "sicherheit"] == "unsicher"
    assert t.at["MV-01", "sicherheit_ende"] == "wahrscheinlich"
    assert pd.isna(t.at["MV-01", "herleitung"])  # the start is read; the end is computed:
    assert "Enddatum: Tag vor dem 1.1.2014 berechnet" in t.at["MV-01", "hinweis"]
    assert t.at["ST-01", "sicherheit_ende"] == "gesichert"
    assert t.sicherheit_ende.isna().eq(t.zkt_bis.isna()).all()
    status = tables["status_jahr"].set_index(["ags", "jahr"]).sicherheit
    assert status[("08236", 2011)] == "wahrscheinlich"  # Enzkreis: start from Wikipedia
    assert status[("08236", 2012)] == "gesichert"  # listed in the KomtrZV 2012
    assert status[("13071", 2016)] == "wahrscheinlich"  # MV-01's computed end
    assert status[("13071", 2018)] == "gesichert"  # not in the KomtrZV 2017


def test_current_names_from_the_law(tables: dict[str, pd.DataFrame]) -> None:
    t = tables["traeger"].set_index("zkt_id")
    assert (t.at["NI-17", "name"], t.at["NI-17", "name_bei_zulassung"]) == (
        "Landkreis Heidekreis", "Landkreis Soltau-Fallingbostel")
    assert t.at["NI-17", "name_2012"] == "Landkreis Soltau-Fallingbostel"
    assert t.at["NI-18", "name"] == "Landkreis Göttingen"
    assert pd.isna(t.at["NI-18", "name_bei_zulassung"])
    assert t.at["RP-05", "name_bei_zulassung"] == "Landkreis Daun"
    current = t[t.ist_aktuell]
    assert (current.name == current.name_2017).all()
    listed_2012 = t[t.ist_in_komtrzv_2012 & ~t.ist_in_komtrzv_2017]
    assert (listed_2012.name == listed_2012.name_2012).all()


@pytest.mark.parametrize("name", MAX_BYTES)
def test_geojson_size_and_shape(imported: Path, name: str) -> None:
    path = imported / name
    assert path.stat().st_size <= MAX_BYTES[name]
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    keys = [next(iter(f["properties"].values())) for f in features]
    assert keys == sorted(keys)
    assert len(features) == (400 if name == "kreise.geojson" else 16)
    for f in features:
        assert all(geo.is_clockwise(ring) for ring in geo.outer_rings(f["geometry"]))


def test_kreise_geojson_matches_table(imported: Path, tables: dict[str, pd.DataFrame]) -> None:
    features = json.loads((imported / "kreise.geojson").read_text(encoding="utf-8"))["features"]
    props = {f["properties"]["ags"]: f["properties"]["name"] for f in features}
    assert props == dict(zip(tables["kreise"].ags, tables["kreise"].kreis_name, strict=True))
    assert set(features[0]["properties"]) == {"ags", "name"}


def _registry() -> pd.DataFrame:
    return jobcenter.read_csv(RAW_DIR, jobcenter.REGISTRY)


def test_import_refuses_row_without_start() -> None:
    registry = _registry()
    registry.loc[0, "zkt_start"] = ""
    with pytest.raises(ValueError, match="ohne zkt_start"):
        jobcenter.traeger_frame(registry, jobcenter.curated_tables())


def test_import_refuses_untranslated_note() -> None:
    registry = _registry()
    registry.loc[0, "notes"] = "new English note"
    with pytest.raises(jobcenter.CuratedMismatch, match="hinweis passt nicht zu notes"):
        jobcenter.traeger_frame(registry, jobcenter.curated_tables())


def test_import_refuses_stale_correction() -> None:
    registry = _registry()
    registry.loc[registry.zkt_id == "NI-18", "name_at_admission"] = "Landkreis Göttingen (neu)"
    with pytest.raises(jobcenter.CuratedMismatch, match=r"korrekturen\.csv: NI-18"):
        jobcenter.traeger_frame(registry, jobcenter.curated_tables())


def test_import_refuses_end_without_evidence() -> None:
    registry = _registry()
    registry.loc[registry.zkt_id == "TH-04", "zkt_end"] = "2020-12-31"
    with pytest.raises(jobcenter.CuratedMismatch, match="TH-04 ende"):
        jobcenter.traeger_frame(registry, jobcenter.curated_tables())


def test_slugify() -> None:
    assert jobcenter.slugify("Landkreis Göttingen") == "landkreis-goettingen"
    assert jobcenter.slugify("Stadt Mülheim a. d. Ruhr") == "stadt-muelheim-a-d-ruhr"
    assert jobcenter.slugify("Landkreis Meißen (alt)") == "landkreis-meissen-alt"


def test_licences_and_attribution(imported: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Destatis on «kreise», BKG on the maps, each with the attribution its source asks for;
    one spelling per licence id."""
    descriptor = json.loads((imported / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    quellen = tables["quellen"].set_index("quelle_id")
    for name, source, text in (
            ("kreise", "DESTATIS2021", "© Statistisches Bundesamt (Destatis), 2022"),
            ("kreise_geometrie", "BKG-VG5000-2021", "© GeoBasis-DE / BKG 2021 (Daten verändert)"),
            ("laender_geometrie", "BKG-VG5000-2021", "© GeoBasis-DE / BKG 2021 (Daten verändert)")):
        assert [lic["name"] for lic in resources[name]["licenses"]] == ["dl-de/by-2-0"]
        assert {"title": source} in resources[name]["sources"]
        assert quellen.at[source, "namensnennung"] == text
    spellings: dict[str, set[tuple[str, str]]] = {}
    for lic in descriptor["licenses"] + [x for r in resources.values()
                                         for x in r.get("licenses", [])]:
        spellings.setdefault(lic["name"], set()).add((lic["title"], lic["path"]))
    assert all(len(v) == 1 for v in spellings.values()), spellings
