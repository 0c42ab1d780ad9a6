"""The JSON behind «Kreise vergleichen» (kommunale_jobcenter/kreisvergleich.py): hand-made frames
with known answers, then every Kreis of the real data against the rows of data/statistik, the
size of the files, and the widget's texts (curated) against what the script reads."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from kommunale_jobcenter import curated
from kommunale_jobcenter import kreisvergleich as kv
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.pages import statistik
from kommunale_jobcenter.pages import statistik_frames as sf
from kommunale_jobcenter.site import Site

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "assets" / "js" / "vergleich.js"
SCHEMA = ROOT / "curated" / "schemas" / "statistik_texte.yaml"


def wide_frame() -> pd.DataFrame:
    """01001 lacks 2012 (a gap); 01002 has only 2013; the grid runs 2011–2013."""
    rows = [("01001", 2011, 1.5), ("01001", 2013, 2.25), ("01002", 2013, 7.0),
            ("01", 2011, 3.0), ("01", 2012, 3.5)]
    frame = pd.DataFrame(rows, columns=["region_id", "jahr", "wert"])
    return sf.wide_values(frame)


def indikatoren() -> pd.DataFrame:
    return pd.DataFrame({"indikator_id": ["q_A"], "indikator_name": ["Quote A"],
                         "einheit": ["% der Einwohner"],
                         "bruch_hinweis": [np.nan]}).set_index("indikator_id")


def test_a_series_keeps_its_gaps_as_none_on_the_indicator_grid() -> None:
    wide = kv.grid(wide_frame())
    assert kv.series(wide, "01001") == {"von": 2011, "werte": [1.5, None, 2.25]}
    assert kv.series(wide, "01002") == {"von": 2011, "werte": [None, None, 7.0]}
    # a Kreis INKAR does not report at all: every year None, never zero
    assert kv.series(wide, "09999") == {"von": 2011, "werte": [None, None, None]}


def test_a_kreis_record_names_the_kreis_unit_and_source() -> None:
    kreis = {"ags": "01001", "kreis_name": "Flensburg", "kreis_art": "Kreisfreie Stadt",
             "land": "Schleswig-Holstein"}
    record = kv.kreis_record(kreis, {"q_A": kv.grid(wide_frame())},
                             kv.units(indikatoren(), ["q_A"]), "Quelle X")
    assert record == {
        "ags": "01001", "name": "Flensburg", "art": "Kreisfreie Stadt",
        "land": "Schleswig-Holstein", "quelle": "Quelle X",
        "reihen": {"q_A": {"einheit": "% der Einwohner", "von": 2011,
                           "werte": [1.5, None, 2.25]}}}
    text = kv.dumps(record)
    assert "null" in text and "NaN" not in text
    assert json.loads(text) == record


def test_dumps_refuses_a_nan_instead_of_writing_it() -> None:
    with pytest.raises(ValueError):
        kv.dumps({"werte": [float("nan")]})


def test_only_kreise_sharing_a_name_get_their_kind_as_suffix() -> None:
    kreise = pd.DataFrame({"ags": ["09163", "09187", "05570"],
                           "kreis_name": ["Rosenheim", "Rosenheim", "Warendorf"],
                           "kreis_art": ["Kreisfreie Stadt", "Landkreis", "Kreis"]})
    assert kv.display_suffixes(kreise) == {"09163": "Kreisfreie Stadt",
                                           "09187": "Landkreis"}


def test_an_indicator_entry_carries_name_unit_decimals_years_and_note() -> None:
    ind = indikatoren().loc["q_A"]
    entry = kv.indicator_entry("q_A", ind, wide_frame(), 1, "../../statistik/q-a.html")
    assert entry == {"id": "q_A", "name": "Quote A", "einheit": "% der Einwohner",
                     "stellen": 1, "von": 2011, "bis": 2013,
                     "seite": "../../statistik/q-a.html", "hinweis": ""}


# -- the real data -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> dict:
    packages = load_all()
    quelle = statistik.figure_source(Site(build_context(packages, publish=False),
                                          tmp_path_factory.mktemp("docs")))
    werte = packages["statistik"]["werte"]
    ids = statistik.key_indicators()
    wides = {i: sf.wide_values(sf.indicator_values(werte, i)) for i in ids}
    kreise = packages["jobcenter"]["kreise"]
    ind = packages["statistik"]["indikatoren"].set_index("indikator_id")
    records = kv.kreis_records(kreise, wides, ind, quelle)
    return {"werte": werte, "ids": ids, "kreise": kreise, "records": records}


def test_every_kreis_has_a_record(real: dict) -> None:
    assert sorted(real["records"]) == sorted(real["kreise"]["ags"])
    assert len(real["records"]) == 400
    assert all(set(r["reihen"]) == set(real["ids"]) for r in real["records"].values())


def test_every_value_is_exactly_a_row_of_data_statistik(real: dict) -> None:
    """Each value of each file equals its row in werte.csv (region, year, indicator), and
    every row of a Kreis for a key indicator is in its file; None only where no row is."""
    werte = real["werte"]
    rows = werte[werte["indikator_id"].isin(real["ids"])
                 & werte["region_id"].isin(set(real["records"]))]
    expected = {(r.region_id, int(r.jahr), r.indikator_id): float(r.wert)
                for r in rows.itertuples(index=False)}
    found = {}
    for ags, record in real["records"].items():
        for indikator_id, reihe in record["reihen"].items():
            for offset, value in enumerate(reihe["werte"]):
                key = (ags, reihe["von"] + offset, indikator_id)
                if value is None:
                    assert key not in expected, key
                else:
                    found[key] = value
    assert found == expected  # same keys, bit-identical floats
    assert len(found) == len(rows) > 15_000
    csv_text = (ROOT / "data" / "statistik" / "werte.csv").read_text(encoding="utf-8")
    # written as in the CSV: 7.59 stays 7.59 (JSON shortest repr = the CSV's text)
    assert "05570,2010,q_SGBII,7.59\n" in csv_text
    assert real["records"]["05570"]["reihen"]["q_SGBII"]["werte"][0] == 7.59


def test_the_files_stay_small(real: dict) -> None:
    sizes = [len(kv.dumps(r).encode("utf-8")) for r in real["records"].values()]
    assert max(sizes) < 1_500  # one Kreis: well under 2 KB, whatever the widget loads
    total_gzip = sum(len(gzip.compress(kv.dumps(r).encode("utf-8"), 9))
                     for r in real["records"].values())
    assert total_gzip < 250_000


def _texts_read_by_script() -> set[str]:
    return set(re.findall(r'\bt\("(\w+)"', SCRIPT.read_text(encoding="utf-8")))


def test_every_widget_text_is_curated_required_and_used() -> None:
    doc = curated.document("statistik/seiten.yaml")
    assert set(doc["kreisvergleich"]) == _texts_read_by_script()
    schema = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))
    assert set(schema["properties"]["kreisvergleich"]["required"]) == set(doc["kreisvergleich"])
