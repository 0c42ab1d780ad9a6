"""Page prose of the programme and document pages comes from templates and curated files;
checked on single pages without building the site."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kommunale_jobcenter import urls
from kommunale_jobcenter.context import build_context
from kommunale_jobcenter.load import load_all
from kommunale_jobcenter.pages import dokumente, programme, programme_common
from kommunale_jobcenter.site import Site


@pytest.fixture(scope="module")
def packages() -> dict[str, dict[str, pd.DataFrame]]:
    return load_all()


@pytest.fixture
def site(packages: dict, tmp_path: Path) -> Site:
    return Site(build_context(packages, publish=False), tmp_path / "docs", None)


def test_sentences_are_plain_text(site: Site) -> None:
    """say() gives back exactly the filled sentence, also with characters that Markdown
    or HTML would treat specially."""
    name = "A & B <C> *D* [E]"
    assert programme_common.say(site, "karte_titel", name=name) == \
        f"Kreise mit bekannter Teilnahme: {name}"
    assert programme_common.say(site, "dokumente_tabelle", n=27) == "Alle 27 Dokumente"


def test_every_sentence_has_text(site: Site) -> None:
    template = (Path(programme.__file__).parents[1] / "templates" /
                programme_common.SENTENCES).read_text(encoding="utf-8")
    names = [part.split('"')[1] for part in template.split('satz == ')[1:]]
    assert len(names) == len(set(names)) > 20
    values = dict(n=2, name="X", kreise=3, teile="1 gesichert", zkt=1, einheit="Euro",
                  summe="100,0", posten="P", anteil="50,0", gesamt="", thema="T", jahr="",
                  wert="1")
    for name in names:
        assert programme_common.say(site, name, **values).strip(), name


def test_open_questions_come_from_curated_file() -> None:
    notes = programme.open_notes("perspektive-50plus")
    assert len(notes) == 3 and "Beschäftigungspakte" in notes[0]
    assert programme.open_notes("gibt-es-nicht") == []


def test_saalekreis_claims_are_labelled_on_the_document_page(site: Site) -> None:
    dokumente.document_page(site, "SEED-SK-2018-022")
    page = (site.docs_dir / urls.document("SEED-SK-2018-022")).read_text(
        encoding="utf-8")
    assert page.count("laut Jobcenter Saalekreis") >= 2
    assert "Eigene Angabe des Jobcenters" in page
    assert "nicht nur eLb" in page


def test_profile_without_programme_data(site: Site, packages: dict) -> None:
    traeger = packages["jobcenter"]["traeger"]
    prog = packages["programme"]
    known = set(prog["teilnahmen"]["ags"]) | set(prog["kennzahlen"]["ags"]) \
        | set(prog["kennzahl_kreise"]["ags"]) | set(prog["fakten"]["ags"])
    t = traeger[~traeger["ags"].isin(known)].iloc[0]
    text = programme.profile_section(site, "jobcenter/x.md", t)
    assert text.startswith("## Programme und Zahlen\n\nKeine Programmdaten bekannt.")
    assert 'href="../programme/index.html"' in text


def test_document_charts_follow_curated_list() -> None:
    assert dokumente.split_total("WAF-2012-EGT") == "SEED-WAF-2011-161-003"
    assert dokumente.split_total("GIBT-ES-NICHT") is None
    staff = dokumente.staff_facts("SEED-WAF-2011-161")
    assert staff[0] == "SEED-WAF-2011-161-030" and len(staff) == 6
    assert dokumente.staff_facts("SEED-SK-2018-022") == []
