"""``Groups`` gives the same rows as the boolean filter it replaces."""

from __future__ import annotations

import pandas as pd

from kommunale_jobcenter.groups import group_rows


def frame() -> pd.DataFrame:
    return pd.DataFrame({"ags": ["01001", "02000", "01001", None, "03101"],
                         "jahr": [2010, 2010, 2011, 2011, 2012],
                         "wert": [1.5, 2.0, None, 4.0, 5.0]},
                        index=[10, 11, 12, 13, 14]).astype({"ags": "string"})


def test_a_group_is_the_filtered_rows_in_order_with_their_index() -> None:
    df = frame()
    groups = group_rows(df, "ags")
    for ags in ("01001", "02000", "03101"):
        pd.testing.assert_frame_equal(groups.get(ags), df[df["ags"] == ags])
    assert "01001" in groups and len(groups) == 3  # the missing key forms no group


def test_an_unknown_key_gives_no_rows_with_the_same_columns() -> None:
    df = frame()
    empty = group_rows(df, "ags").get("99999")
    assert empty.empty and list(empty.columns) == list(df.columns)
    assert (empty.dtypes == df.dtypes).all()


def test_groups_by_a_series_and_renumbered() -> None:
    df = frame()
    owner = df["jahr"].map({2010: "a", 2011: "b"})
    groups = group_rows(df, owner, reset=True)
    expected = df[df["jahr"] == 2011].reset_index(drop=True)
    pd.testing.assert_frame_equal(groups.get("b"), expected)
    assert "c" not in groups
