"""Pure page functions of the registry pages, on small hand-made frames and real data."""

from __future__ import annotations

import pandas as pd

from kommunale_jobcenter.load import load_package
from kommunale_jobcenter.pages.geschichte import active_on_first_january, changes
from kommunale_jobcenter.pages.jobcenter import labels, status_periods
from kommunale_jobcenter.pages.start import key_figures


def _traeger() -> pd.DataFrame:
    return pd.DataFrame({
        "zkt_id": ["SN-01", "SN-08", "HE-01"],
        "name": ["A", "B", "C"], "land": ["Sachsen", "Sachsen", "Hessen"],
        "zkt_seit": pd.to_datetime(["2005-01-01", "2008-08-01", "2012-01-01"]),
        "zkt_bis": pd.to_datetime(["2008-07-31", None, None]),
        "ende_grund": ["Fusion", None, None],
        "nachfolger_zkt_id": ["SN-08", None, None],
    })


def test_active_on_first_january_counts_by_land() -> None:
    counts = active_on_first_january(_traeger(), range(2008, 2013))
    by = counts.set_index(["jahr", "land"])["anzahl"]
    assert by[(2008, "Sachsen")] == 1  # A ends on 31 July 2008, active on 1 January
    assert by[(2009, "Sachsen")] == 1  # B took over on 1 August 2008
    assert (2011, "Hessen") not in by.index
    assert by[(2012, "Hessen")] == 1


def test_changes_lists_starts_takeovers_and_ends_in_order() -> None:
    events = changes(_traeger(), labels("geschichte"))
    assert len(events) == 4
    assert events["datum"].is_monotonic_increasing
    assert list(events["ereignis"]) == ["Beginn der Zulassung", "Ende: Fusion",
                                        "Übernahme der Zulassung von A", "Beginn der Zulassung"]


def test_status_periods_split_where_certainty_changes() -> None:
    status = pd.DataFrame({"jahr": [2010, 2011, 2012, 2013], "zkt_ids": ["X"] * 4,
                           "status": ["zkT"] * 4,
                           "sicherheit": ["wahrscheinlich"] * 2 + ["gesichert"] * 2})
    assert [p["jahre"] for p in status_periods(status)] == ["2010–2011", "2012–2013"]


def test_status_periods_collapse_years() -> None:
    status = pd.DataFrame({"jahr": [2005, 2006, 2007, 2008], "zkt_ids": [None, None, "X", "X"],
                           "status": ["kein zkT", "kein zkT", "zkT", "zkT"],
                           "sicherheit": ["gesichert"] * 4})
    periods = status_periods(status)
    assert [p["jahre"] for p in periods] == ["2005–2006", "2007–2008"]


def test_key_figures_on_real_data() -> None:
    jc = load_package("jobcenter")
    k = key_figures(jc["traeger"], jc["kreise"], jc["status_jahr"])
    assert (k["aktuell"], k["ursprung"], k["zugang"], k["kreise"]) == (104, 69, 41, 400)
    assert 20 < k["anteil_einwohner"] < 35
