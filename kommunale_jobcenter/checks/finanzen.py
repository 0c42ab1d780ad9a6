"""Checks of the «finanzen» package that Frictionless cannot express (shares within
0–100 and one row per year, Anlage and Jobcenter are schema rules: minimum/maximum and the
primary key).

- every Anlage sums to its expected total within the truncation tolerance (number of rows
  × 0.0001; the 2022 flood Anlage per Land), and pruefsummen.csv records exactly the row
  counts and sums of anteile.csv (a printed BA total = the sum of the gE rows);
- a row's Mittelart, Erfassung, Sicherheit and source are those of its Anlage;
- no Sicherheit is higher than the certainty rule allows for the rank of its source
  (quellen.csv, «quellenrang»: a Sekundärquelle gives at most «wahrscheinlich»);
- the totals the pages turn shares into euros with (curated/finanzen/schaetzsummen.csv)
  are facts with a value in euro;
- euro amounts only where the regulation fixes the sum, and = share/100 × sum (± 1 euro);
- zkT in the annexes against the «jobcenter» package: every Jobcenter printed as zkT is a
  registry Träger valid on 1 January of that year and its Kreise have zkT status that year
  (status_jahr, up to 2025); every registry Träger valid on 1 January of an annex year
  appears as a zkT row; a gE Jobcenter never covers a Kreis that is wholly zkT;
- Kreis keys exist in jobcenter/kreise; in every annex year every Kreis is covered by at
  least one Jobcenter, every Jobcenter of the annexes has its Kreise, and «gebiet» fits
  the number of Jobcenter in the Kreis.

Cross-package checks are skipped while the «jobcenter» package is absent. The German
messages are in curated/finanzen/meldungen.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np
import pandas as pd

from kommunale_jobcenter import certainty, curated, curated_tables
from kommunale_jobcenter.checks import Packages, Problem, csv_file, csv_row

PKG = "finanzen"
MELDUNGEN = "finanzen/meldungen.yaml"
STATUS_BIS = 2025  # last year of jobcenter/status_jahr
ZKT_STATUS = {"zkT", "zkT-Teilgebiet"}
EPS = 0.00005  # half of the last printed decimal
SCHRITT = 0.0001  # one unit of the last printed decimal: the truncation tolerance per row
BETRAG_TOLERANZ = 1  # euro


def meldung(key: str, /, **werte: object) -> str:
    """The message ``key`` of curated/finanzen/meldungen.yaml with its placeholders filled
    (while that file is invalid – reported on its own – the key and the values)."""
    try:
        return curated.document(MELDUNGEN)["meldungen"][key].format(**werte)
    except curated.CuratedError:
        return f"{key}: {werte}"


def _tables(packages: Packages) -> Mapping[str, pd.DataFrame]:
    return packages.get(PKG, {})


def _has(packages: Packages, *resources: str) -> bool:
    return all(r in _tables(packages) for r in resources)


def _jc(packages: Packages, resource: str) -> pd.DataFrame | None:
    return packages.get("jobcenter", {}).get(resource)


def _fmt(value: float) -> str:
    return f"{value:.4f}".replace(".", ",")


def _empty(value: object) -> bool:
    return value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value))


def _years(packages: Packages) -> list[int]:
    return sorted(int(y) for y in _tables(packages)["anteile"]["jahr"].dropna().unique())


def _first_rows(anteile: pd.DataFrame) -> pd.DataFrame:
    """One row per year and Jobcenter (its first row in anteile.csv), with its position."""
    frame = anteile.assign(position=np.arange(len(anteile)))
    return frame.drop_duplicates(["jahr", "jobcenter_id"])


def _links_in(links: pd.DataFrame, year: int) -> pd.DataFrame:
    return links[(links["jahr_von"] <= year) & (links["jahr_bis"] >= year)]


def _kreise_je_jobcenter(links: pd.DataFrame) -> dict[str, list[tuple[str, int, int]]]:
    """jobcenter_id → [(ags, jahr_von, jahr_bis)] of its rows in jobcenter_kreise.csv."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for jc, ags, von, bis in links[["jobcenter_id", "ags", "jahr_von", "jahr_bis"]].itertuples(
            index=False):
        if not (_empty(von) or _empty(bis)):
            out.setdefault(jc, []).append((ags, int(von), int(bis)))
    return out


def _kreise_in(spans: list[tuple[str, int, int]], year: int) -> list[str]:
    return [ags for ags, von, bis in spans if von <= year <= bis]


# --- check sums ----------------------------------------------------------------------
def _bereich_rows(anteile: pd.DataFrame, laender: pd.Series, jahr: int, anlage: str,
                  bereich: str) -> pd.DataFrame:
    rows = anteile[(anteile["jahr"] == jahr) & (anteile["anlage"] == anlage)]
    if bereich.startswith("Land "):
        rows = rows[rows["jobcenter_id"].map(laender) == bereich.removeprefix("Land ")]
    return rows


def check_summen(packages: Packages) -> Iterator[Problem]:
    """Counts and sums in pruefsummen.csv are those of anteile.csv; each Anlage sums to its
    expected total within n × 0.0001; a printed total equals the sum of the gE rows."""
    if not _has(packages, "anteile", "pruefsummen", "jobcenter"):
        return
    t = _tables(packages)
    anteile, summen = t["anteile"], t["pruefsummen"]
    laender = t["jobcenter"].set_index("jobcenter_id")["land"]
    file = csv_file(PKG, "pruefsummen")
    recorded = set(zip(summen["jahr"], summen["anlage"], summen["bereich"], strict=True))
    for jahr, anlage in sorted(set(zip(anteile["jahr"], anteile["anlage"], strict=True))):
        if (jahr, anlage, "alle Zeilen") not in recorded:
            yield Problem(file, None, "bereich", meldung("summe_fehlt", jahr=jahr, anlage=anlage))
    for i, s in enumerate(summen.itertuples(index=False)):
        rows = _bereich_rows(anteile, laender, s.jahr, s.anlage, s.bereich)
        where = f"{s.jahr} {s.anlage} ({s.bereich})"
        zkt = rows["traegerform"] == "zkT"
        counts = {"anzahl_zeilen": len(rows), "anzahl_zkt": int(zkt.sum()),
                  "anzahl_ge": int((~zkt).sum())}
        for field, count in counts.items():
            if getattr(s, field) != count:
                yield Problem(file, csv_row(i), field, meldung(
                    "anzahl_falsch", wo=where, eingetragen=getattr(s, field), anzahl=count))
        sums = {"summe_prozent": rows["anteil_prozent"].sum(),
                "summe_zkt_prozent": rows.loc[zkt, "anteil_prozent"].sum(),
                "summe_ge_prozent": rows.loc[~zkt, "anteil_prozent"].sum()}
        for field, total in sums.items():
            value = getattr(s, field)
            if not _empty(value) and abs(value - total) > EPS:
                yield Problem(file, csv_row(i), field, meldung(
                    "summe_falsch", wo=where, eingetragen=_fmt(value), summe=_fmt(total)))
        if not _empty(s.gedruckte_summe_prozent) and abs(
                s.gedruckte_summe_prozent - sums["summe_ge_prozent"]) > EPS:
            yield Problem(file, csv_row(i), "gedruckte_summe_prozent", meldung(
                "gedruckt_falsch", wo=where, gedruckt=_fmt(s.gedruckte_summe_prozent),
                summe=_fmt(sums["summe_ge_prozent"])))
        tolerance = len(rows) * SCHRITT
        if abs(s.toleranz_prozent - tolerance) > EPS:
            yield Problem(file, csv_row(i), "toleranz_prozent", meldung(
                "toleranz_falsch", wo=where, toleranz=_fmt(s.toleranz_prozent),
                zeilen=len(rows), erwartet=_fmt(tolerance)))
        deviation = sums["summe_prozent"] - s.erwartete_summe_prozent
        if abs(deviation) > tolerance + EPS:
            yield Problem(file, csv_row(i), "summe_prozent", meldung(
                "summe_abweichung", wo=where, summe=_fmt(sums["summe_prozent"]),
                erwartet=_fmt(s.erwartete_summe_prozent), toleranz=_fmt(tolerance)))


def _anlage_of_each_row(packages: Packages) -> tuple[pd.DataFrame, pd.DataFrame]:
    """anteile, and beside each of its rows the anlagen.csv row of its year and Anlage."""
    t = _tables(packages)
    anteile = t["anteile"]
    keys = pd.MultiIndex.from_arrays([anteile["jahr"], anteile["anlage"]])
    return anteile, t["anlagen"].set_index(["jahr", "anlage"]).reindex(keys)


def check_zeile_passt_zur_anlage(packages: Packages) -> Iterator[Problem]:
    """Mittelart, Erfassung, Sicherheit and Quelle of a row are those of its Anlage."""
    if not _has(packages, "anteile", "anlagen"):
        return
    anteile, per_row = _anlage_of_each_row(packages)
    for field in ("mittelart", "erfassung", "sicherheit", "quelle_id"):
        expected = per_row[field].to_numpy()
        bad = anteile[field].to_numpy() != expected
        for i in np.flatnonzero(bad)[:50]:
            row = anteile.iloc[i]
            yield Problem(csv_file(PKG, "anteile"), csv_row(i), field, meldung(
                "anlage_abweichung", jahr=row["jahr"], anlage=row["anlage"], wert=row[field],
                erwartet=expected[i]))


def check_betraege(packages: Packages) -> Iterator[Problem]:
    """Euro amounts only where the Anlage has a fixed sum, and = share/100 × sum (± 1 €)."""
    if not _has(packages, "anteile", "anlagen"):
        return
    anteile, per_row = _anlage_of_each_row(packages)
    for field, fixed_field in (("betrag_eingliederung_euro", "festbetrag_eingliederung_euro"),
                               ("betrag_verwaltung_euro", "festbetrag_verwaltung_euro")):
        fixed = per_row[fixed_field].astype("Float64").to_numpy(
            dtype=float, na_value=np.nan)
        amount = anteile[field].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        expected = np.round(anteile["anteil_prozent"].to_numpy(float) / 100 * fixed)
        file = csv_file(PKG, "anteile")
        for i in np.flatnonzero(~np.isnan(amount) & np.isnan(fixed)):
            row = anteile.iloc[i]
            yield Problem(file, csv_row(i), field, meldung(
                "betrag_ohne_festsumme", jahr=row["jahr"], anlage=row["anlage"]))
        for i in np.flatnonzero(np.isnan(amount) & ~np.isnan(fixed)):
            row = anteile.iloc[i]
            yield Problem(file, csv_row(i), field, meldung(
                "betrag_fehlt", jahr=row["jahr"], anlage=row["anlage"],
                erwartet=int(expected[i]), anteil=_fmt(row["anteil_prozent"]),
                fest=int(fixed[i])))
        both = ~np.isnan(amount) & ~np.isnan(fixed)
        for i in np.flatnonzero(both & (np.abs(amount - expected) > BETRAG_TOLERANZ)):
            row = anteile.iloc[i]
            yield Problem(file, csv_row(i), field, meldung(
                "betrag_falsch", name=row["jobcenter_name"], jahr=row["jahr"],
                anlage=row["anlage"], betrag=int(amount[i]), anteil=_fmt(row["anteil_prozent"]),
                fest=int(fixed[i]), erwartet=int(expected[i])))


# --- zkT against the jobcenter package ------------------------------------------------------
def _valid_on(traeger: pd.DataFrame, year: int) -> pd.Series:
    day = pd.Timestamp(year=year, month=1, day=1)
    return (traeger["zkt_seit"] <= day) & (traeger["zkt_bis"].isna() | (traeger["zkt_bis"] >= day))


def check_zkt_wie_verzeichnis(packages: Packages) -> Iterator[Problem]:
    """A Jobcenter printed as zkT is a registry Träger valid on 1 January and its Kreise are
    zkT that year; a gE Jobcenter never covers a Kreis that is wholly zkT."""
    traeger, status = _jc(packages, "traeger"), _jc(packages, "status_jahr")
    if traeger is None or not _has(packages, "anteile", "jobcenter", "jobcenter_kreise"):
        return
    t = _tables(packages)
    zkt_of = t["jobcenter"].set_index("jobcenter_id")["zkt_id"].to_dict()
    spans = {z: (seit, bis) for z, seit, bis in traeger[["zkt_id", "zkt_seit", "zkt_bis"]]
             .itertuples(index=False)}
    links = _kreise_je_jobcenter(t["jobcenter_kreise"])
    cells = {} if status is None else {
        (a, int(j)): (s, set() if _empty(z) else set(z.split(";")))
        for a, j, s, z in status[["ags", "jahr", "status", "zkt_ids"]].itertuples(index=False)}
    file = csv_file(PKG, "anteile")
    for row in _first_rows(t["anteile"]).itertuples(index=False):
        year, jc = int(row.jahr), row.jobcenter_id
        where = (file, csv_row(row.position), "traegerform")
        zkt_id = zkt_of.get(jc)
        kreise = _kreise_in(links.get(jc, []), year)
        who = {"name": row.jobcenter_name, "jc": jc, "jahr": year}
        if row.traegerform == "zkT":
            if _empty(zkt_id):
                yield Problem(*where, meldung("zkt_ohne_id", **who))
                continue
            if zkt_id not in spans:
                continue  # reported by check_zkt_ids_bekannt
            day = pd.Timestamp(year=year, month=1, day=1)
            seit, bis = spans[zkt_id]
            if not (seit <= day and (_empty(bis) or bis >= day)):
                yield Problem(*where, meldung("zkt_nicht_zugelassen", **who, zkt_id=zkt_id))
            if year > STATUS_BIS or status is None:
                continue
            for ags in kreise:
                state, ids = cells.get((ags, year), ("fehlt", set()))
                if state not in ZKT_STATUS or zkt_id not in ids:
                    yield Problem(*where, meldung(
                        "zkt_status", **who, zkt_id=zkt_id, ags=ags, status=state,
                        traeger=", ".join(sorted(ids)) or meldung("keine_traeger")))
        elif year <= STATUS_BIS and status is not None:
            for ags in kreise:
                state, ids = cells.get((ags, year), ("fehlt", set()))
                if state == "zkT":
                    yield Problem(*where, meldung("ge_in_zkt_kreis", **who, ags=ags,
                                                  traeger=", ".join(sorted(ids))))


def check_zkt_vollstaendig(packages: Packages) -> Iterator[Problem]:
    """Every registry Träger valid on 1 January of an annex year is a zkT row that year."""
    traeger = _jc(packages, "traeger")
    if traeger is None or not _has(packages, "anteile", "jobcenter"):
        return
    t = _tables(packages)
    anteile = t["anteile"]
    zkt_of = t["jobcenter"].set_index("jobcenter_id")["zkt_id"]
    for year in _years(packages):
        rows = anteile[(anteile["jahr"] == year) & (anteile["traegerform"] == "zkT")]
        printed = set(rows["jobcenter_id"].map(zkt_of).dropna())
        valid = traeger[_valid_on(traeger, year)]
        for zkt_id, name in zip(valid["zkt_id"], valid["name"], strict=True):
            if zkt_id not in printed:
                yield Problem(csv_file(PKG, "anteile"), None, "traegerform",
                              meldung("zkt_fehlt", name=name, zkt_id=zkt_id, jahr=year))


def _unknown_keys(packages: Packages, registry: str, column: str, resources: tuple[str, ...],
                  what: str) -> Iterator[Problem]:
    """Values of column in our resources that the jobcenter package does not know."""
    table = _jc(packages, registry)
    if table is None:
        return
    known = set(table[column])
    for resource in resources:
        frame = _tables(packages).get(resource)
        if frame is None:
            continue
        for i, value in enumerate(frame[column].tolist()):
            if not _empty(value) and value not in known:
                yield Problem(csv_file(PKG, resource), csv_row(i), column, meldung(
                    "unbekannt", was=meldung(what), wert=value, verzeichnis=registry))


def check_zkt_ids_bekannt(packages: Packages) -> Iterator[Problem]:
    """Registry ids in jobcenter.csv and fakten.csv exist in jobcenter/traeger.csv."""
    yield from _unknown_keys(packages, "traeger", "zkt_id", ("jobcenter", "fakten"),
                             "was_traeger")


# --- Kreise ----------------------------------------------------------------------------------
def check_kreise_bekannt(packages: Packages) -> Iterator[Problem]:
    """Kreis keys exist in jobcenter/kreise.csv."""
    yield from _unknown_keys(packages, "kreise", "ags", ("jobcenter_kreise", "fakten"),
                             "was_kreis")


def check_kreise_abgedeckt(packages: Packages) -> Iterator[Problem]:
    """In every annex year every Kreis has at least one Jobcenter."""
    kreise = _jc(packages, "kreise")
    if kreise is None or not _has(packages, "anteile", "jobcenter_kreise"):
        return
    links = _tables(packages)["jobcenter_kreise"]
    names = dict(zip(kreise["ags"], kreise["kreis_name"], strict=True))
    for year in _years(packages):
        covered = set(_links_in(links, year)["ags"])
        for ags in sorted(set(kreise["ags"]) - covered):
            yield Problem(csv_file(PKG, "jobcenter_kreise"), None, "ags", meldung(
                "kreis_ohne_jobcenter", kreis=names[ags], ags=ags, jahr=year))


def check_kreise_je_jobcenter(packages: Packages) -> Iterator[Problem]:
    """Links and annexes agree: a Jobcenter of the annexes has its Kreise that year, a link
    covers only years in which its Jobcenter is printed, and «gebiet» fits the number of
    Jobcenter of the Kreis that year."""
    if not _has(packages, "anteile", "jobcenter_kreise"):
        return
    t = _tables(packages)
    links = t["jobcenter_kreise"]
    years = _years(packages)
    printed = set(zip(t["anteile"]["jahr"].astype(int), t["anteile"]["jobcenter_id"],
                      strict=True))
    per_jc = _kreise_je_jobcenter(links)
    for row in _first_rows(t["anteile"]).itertuples(index=False):
        if not _kreise_in(per_jc.get(row.jobcenter_id, []), int(row.jahr)):
            yield Problem(csv_file(PKG, "anteile"), csv_row(row.position), "jobcenter_id",
                          meldung("jobcenter_ohne_kreis", jc=row.jobcenter_id, jahr=row.jahr))
    file = csv_file(PKG, "jobcenter_kreise")
    cells = [(y, link.ags) for link in links.itertuples(index=False) for y in years
             if link.jahr_von <= y <= link.jahr_bis]
    count = pd.Series(cells, dtype=object).value_counts().to_dict() if cells else {}
    for i, link in enumerate(links.itertuples(index=False)):
        span = [y for y in years if link.jahr_von <= y <= link.jahr_bis]
        missing = [y for y in span if (y, link.jobcenter_id) not in printed]
        if not span:
            yield Problem(file, csv_row(i), "jahr_bis", meldung(
                "zeile_ohne_verordnung", jc=link.jobcenter_id, von=link.jahr_von,
                bis=link.jahr_bis))
        elif missing:
            yield Problem(file, csv_row(i), "jahr_bis", meldung(
                "zeile_jahre_fehlen", jc=link.jobcenter_id, jahre=", ".join(map(str, missing))))
        shared = [y for y in span if count.get((y, link.ags), 0) > 1]
        if shared and link.gebiet != "Teil des Kreises":
            yield Problem(file, csv_row(i), "gebiet", meldung(
                "gebiet_geteilt", ags=link.ags, jahr=shared[0], gebiet=link.gebiet))
        overlapping = {ags for ags, von, bis in per_jc.get(link.jobcenter_id, [])
                       if von <= link.jahr_bis and bis >= link.jahr_von}
        if link.gebiet == "ganzer Kreis" and len(overlapping) > 1:
            yield Problem(file, csv_row(i), "gebiet",
                          meldung("gebiet_mehrere", jc=link.jobcenter_id))


def check_jobcenter_jahre(packages: Packages) -> Iterator[Problem]:
    """jahr_von and jahr_bis of a Jobcenter are its first and last annex year."""
    if not _has(packages, "anteile", "jobcenter"):
        return
    t = _tables(packages)
    span = t["anteile"].groupby("jobcenter_id")["jahr"].agg(["min", "max"])
    for i, row in enumerate(t["jobcenter"].itertuples(index=False)):
        if row.jobcenter_id not in span.index:
            yield Problem(csv_file(PKG, "jobcenter"), csv_row(i), "jobcenter_id",
                          meldung("jobcenter_ohne_anlage", jc=row.jobcenter_id))
            continue
        for field, agg in (("jahr_von", "min"), ("jahr_bis", "max")):
            expected = int(span.at[row.jobcenter_id, agg])
            if getattr(row, field) != expected:
                yield Problem(csv_file(PKG, "jobcenter"), csv_row(i), field, meldung(
                    "jobcenter_jahr", jc=row.jobcenter_id, eingetragen=getattr(row, field),
                    erwartet=expected))


# --- certainty and the curated choices of the pages ------------------------------------------
def check_sicherheit_nach_rang(packages: Packages) -> Iterator[Problem]:
    """No row is more certain than its source allows (kommunale_jobcenter/certainty.py): a fact or
    an Anlage from a Sekundärquelle is at most «wahrscheinlich»."""
    if not _has(packages, "quellen"):
        return
    t = _tables(packages)
    quellen = t["quellen"].drop_duplicates("quelle_id").set_index("quelle_id")
    rang = quellen.get("quellenrang", pd.Series("", index=quellen.index)).fillna("")
    for resource in ("fakten", "anlagen", "anteile"):
        frame = t.get(resource)
        if frame is None or "sicherheit" not in frame:
            continue
        pairs = frame[["quelle_id", "sicherheit"]].drop_duplicates()
        bad = {}
        for quelle_id, sicherheit in pairs.itertuples(index=False):
            if quelle_id not in quellen.index or _empty(sicherheit):
                continue  # an unknown source is a foreign-key error
            rank = certainty.source_rank(quellen.at[quelle_id, "art"], rang[quelle_id])
            allowed = certainty.certainty([rank])
            if certainty.weakest(sicherheit, allowed) != sicherheit:
                bad[(quelle_id, sicherheit)] = (rank, allowed)
        for i, key in enumerate(zip(frame["quelle_id"], frame["sicherheit"], strict=True)):
            if key in bad:
                yield Problem(csv_file(PKG, resource), csv_row(i), "sicherheit", meldung(
                    "sicherheit_zu_hoch", sicherheit=key[1], quelle_id=key[0],
                    rang=bad[key][0], hoechstens=bad[key][1]))


def check_schaetzsummen(packages: Packages) -> Iterator[Problem]:
    """Every total chosen in curated/finanzen/schaetzsummen.csv is a fact with a euro value."""
    if not _has(packages, "fakten"):
        return
    fakten = _tables(packages)["fakten"].drop_duplicates("einzelfakt_id").set_index(
        "einzelfakt_id")
    try:
        summen = curated_tables.tables(PKG)["schaetzsummen"]
    except curated.CuratedError:
        return  # the invalid curated file is reported by itself
    for i, row in enumerate(summen.itertuples(index=False)):
        fact = fakten.loc[row.einzelfakt_id] if row.einzelfakt_id in fakten.index else None
        if fact is None or _empty(fact["wert"]) or fact["einheit"] != "Euro":
            yield Problem("curated/finanzen/schaetzsummen.csv", csv_row(i), "einzelfakt_id",
                          meldung("schaetzsumme_fehlt", jahr=row.jahr, mittel=row.mittel,
                                  fakt_id=row.einzelfakt_id))


CHECKS = [
    check_summen,
    check_zeile_passt_zur_anlage,
    check_betraege,
    check_zkt_wie_verzeichnis,
    check_zkt_vollstaendig,
    check_zkt_ids_bekannt,
    check_kreise_bekannt,
    check_kreise_abgedeckt,
    check_kreise_je_jobcenter,
    check_jobcenter_jahre,
    check_sicherheit_nach_rang,
    check_schaetzsummen,
]
