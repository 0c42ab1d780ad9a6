"""curated/jobcenter/: every file valid, every hand-made value with its reason, nothing
left over, and the certainty in data/ is the rule's result from this evidence."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import certainty, curated, curated_tables
from kommunale_jobcenter.datapackage import DATA_DIR
from kommunale_jobcenter.import_raw import RAW_DIR, jobcenter

FOLDER = curated.CURATED_DIR / "jobcenter"


@pytest.fixture(scope="module")
def cur() -> dict[str, pd.DataFrame]:
    return curated_tables.tables("jobcenter")


@pytest.fixture(scope="module")
def registry() -> pd.DataFrame:
    return jobcenter.read_csv(RAW_DIR, jobcenter.REGISTRY)


def test_all_files_valid_and_described() -> None:
    assert curated_tables.table_problems(FOLDER) == []
    for doc in ("paket.yaml", "seiten.yaml"):
        assert curated.document_problems(FOLDER / doc) == []
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    for path in sorted(FOLDER.iterdir()):
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name


def test_every_raw_source_is_listed_once(cur: dict, registry: pd.DataFrame) -> None:
    renames = jobcenter.renamed(cur)
    used = {q for cell in pd.concat([registry.sources, registry.zkt_start_sources])
            for q in jobcenter.ids(cell, renames)}
    assert used <= set(cur["quellen"].quelle_id)
    assert set(renames) == {"KEYCHG"}


def test_ranks_and_corrections_give_reasons(cur: dict) -> None:
    q = cur["quellen"]
    assert ((q.quellenrang != "") == (q.rang_grund != "")).all()
    assert (cur["korrekturen"].grund != "").all()
    assert (cur["status_korrekturen"].grund != "").all()


def test_derivation_says_its_kind(cur: dict) -> None:
    """A computed or inferred date explains itself with that very word."""
    for b in cur["belege"].itertuples():
        if b.herleitung != "gelesen":
            assert b.herleitung in b.begruendung, (b.zkt_id, b.angabe)
    ends = cur["belege"][cur["belege"].angabe == "ende"]
    assert (ends.quellen != "").all()


def test_texts_cover_exactly_the_raw_texts(cur: dict, registry: pd.DataFrame) -> None:
    texts = cur["traeger_texte"].set_index("zkt_id").reindex(registry.zkt_id).fillna("")
    assert ((registry.end_reason != "").to_numpy() == (texts.ende_grund != "").to_numpy()).all()
    assert ((registry.notes != "").to_numpy() == (texts.hinweis != "").to_numpy()).all()


def test_start_certainty_is_the_rule(cur: dict, registry: pd.DataFrame) -> None:
    """Recomputed here from raw sources, curated ranks and belege.csv: data/ says the same."""
    q = cur["quellen"].set_index("quelle_id")
    renames = jobcenter.renamed(cur)
    belege = cur["belege"].set_index(["zkt_id", "angabe"])
    raw = dict(zip(*[cur["codes"].query("feld == 'sicherheit'")[c] for c in ("rohwert", "wert")],
                   strict=True))
    data = pd.read_csv(DATA_DIR / "jobcenter" / "traeger.csv", dtype=str,
                       keep_default_na=False).set_index("zkt_id")
    for r in registry.itertuples():
        sources = jobcenter.ids(r.zkt_start_sources, renames)
        ranks = [certainty.source_rank(q.at[s, "art"], q.at[s, "quellenrang"])
                 for s in sources if q.at[s, "art"] != "Eigene Ableitung"]
        how = belege.at[(r.zkt_id, "beginn"), "herleitung"] \
            if (r.zkt_id, "beginn") in belege.index else "gelesen"
        expected = certainty.certainty(ranks, how, at_most=raw[r.zkt_start_confidence])
        assert data.at[r.zkt_id, "sicherheit"] == expected, r.zkt_id


def test_no_content_left_in_python() -> None:
    from kommunale_jobcenter.data_as_code import count

    for module in ("import_raw/jobcenter.py", "pages/jobcenter.py", "pages/geschichte.py",
                   "pages/start.py", "checks/jobcenter.py"):
        data, lines = count((Path(jobcenter.__file__).parents[1] / module)
                            .read_text(encoding="utf-8"))
        assert data / lines <= 0.05, module
