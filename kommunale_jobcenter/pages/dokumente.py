"""Dokumente: every report or plan of a Jobcenter we found and the five seed documents,
and one page per source document with facts (each figure with Fundstelle, certainty and
source link; shares as a chart)."""

from __future__ import annotations

from functools import partial

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, curated_tables, markup, urls
from kommunale_jobcenter.pages import programme_frames as pf
from kommunale_jobcenter.pages.programme_common import flag, kreis_cell, programme_link, say
from kommunale_jobcenter.site import Site

INDEX = urls.DOKUMENTE
PIECES = "dokument_teile.md.j2"


def _chart_facts(rolle: str) -> pd.DataFrame:
    """Facts that carry a document chart (curated/programme/dokument_grafiken.csv)."""
    table = curated_tables.tables("programme")["dokument_grafiken"]
    return table[table["rolle"] == rolle]


def split_total(gruppe: str) -> str | None:
    """The fakt_id of the total a share group refers to (for euro amounts), if any."""
    totals = _chart_facts("Gesamtbetrag")
    found = totals.loc[totals["anteil_gruppe"] == gruppe, "fakt_id"]
    return str(found.iloc[0]) if len(found) else None


def staff_facts(quelle_id: str) -> list[str]:
    """The staff-by-unit facts of one document, in chart order."""
    ids = _chart_facts("Personal")["fakt_id"]
    return [f for f in ids if f.startswith(f"{quelle_id}-")]


def _pkg(site: Site) -> dict[str, pd.DataFrame]:
    return site.packages["programme"]  # type: ignore[return-value]


def _is_zkt_kreis(site: Site, ags: object) -> bool:
    if ags is None or pd.isna(ags):
        return False
    return str(ags) in set(site.packages["jobcenter"]["traeger"]["ags"])


def facts_table(site: Site, page: str, fakten: pd.DataFrame, caption: str,
                with_document: bool = False) -> Markup:
    rows = pf.figure_rows(fakten)
    records = []
    for _, r in rows.iterrows():
        record = {
            "_id": f"fakt-{markup.slugify(r['fakt_id'])}",
            "thema": r["thema"], "kennzahl": r["kennzahl"],
            "programm": programme_link(site, page, r["programm_id"]),
            "wert": r["wert_anzeige"], "einheit": r["einheit"], "art": r["wert_art"],
            "zeitraum": r["zeitraum"], "fundstelle": r["fundstelle"],
            "sicherheit": Markup(markup.badge(r["sicherheit"])),
            "quelle": site.cite(page, r["quelle_id"]), "hinweis": r["hinweis"],
        }
        if with_document:
            record["dokument"] = Markup(markup.link(
                site.href(page, urls.document(r["quelle_id"])), r["quelle_id"]))
        records.append(record)
    columns = [markup.Column("thema", "Thema"), markup.Column("kennzahl", "Kennzahl")]
    if with_document:
        columns.append(markup.Column("dokument", "Dokument", "html"))
    columns += [markup.Column("wert", "Wert"), markup.Column("einheit", "Einheit"),
                markup.Column("art", "Art des Werts"), markup.Column("zeitraum", "Zeitraum"),
                markup.Column("fundstelle", "Fundstelle"),
                markup.Column("programm", "Programm", "html"),
                markup.Column("sicherheit", "Sicherheit", "html"),
                markup.Column("quelle", "Quelle", "html"), markup.Column("hinweis", "Hinweis")]
    return Markup(markup.table(records, columns, caption=caption, table_id="fakten",
                               filterable=len(records) > 15))


def split_figure(site: Site, page: str, fakten: pd.DataFrame, gruppe: str,
                 prefix: str) -> Markup:
    """A share group (e.g. the 2012 Eingliederungsbudget by instrument) as bars."""
    total_id = split_total(gruppe)
    all_facts = _pkg(site)["fakten"].set_index("fakt_id")
    total = float(all_facts.loc[total_id, "wert"]) if total_id else None
    frame = pf.split_table(fakten, gruppe, total)
    quellen = sorted(set(fakten.loc[fakten["anteil_gruppe"] == gruppe, "quelle_id"]))
    first = all_facts.loc[frame["fakt_id"].iloc[0]]
    year = pf.period_label(first["zeitraum_von"], first["zeitraum_bis"])
    columns = [markup.Column("posten", "Posten"),
               markup.Column("anteil_pct", "Anteil in %", "number", 1)]
    gesamt = markup.format_number(total, 0) if total is not None else ""
    description = say(site, "aufteilung_beschreibung", n=len(frame),
                      summe=markup.format_number(frame["anteil_pct"].sum(), 1),
                      posten=frame["posten"].iloc[0],
                      anteil=markup.format_number(frame["anteil_pct"].iloc[0], 1),
                      gesamt=gesamt)
    source = say(site, "aufteilung_quelle", gesamt=gesamt)
    if total is not None:
        columns.append(markup.Column("betrag_eur", "Betrag in Euro (eigene Berechnung)",
                                     "number", 0))
    label = all_facts.loc[frame["fakt_id"].iloc[0], "thema"]
    return site.chart(
        page, f"{prefix}-aufteilung-{markup.slugify(gruppe)}",
        partial(charts.horizontal_bars, frame, "anteil_pct", "posten_kurz", "Anteil in %",
                value_format=",.0f"),
        frame[[c.key for c in columns]],
        say(site, "aufteilung_titel", thema=label, jahr=year),
        description, source, columns, quelle_ids=quellen)


def staff_figure(site: Site, page: str, quelle_id: str, prefix: str) -> Markup:
    frame = pf.staff_table(_pkg(site)["fakten"], staff_facts(quelle_id))
    top = frame.loc[frame["wert"].idxmax()]
    return site.chart(
        page, f"{prefix}-personal-{markup.slugify(quelle_id)}",
        partial(charts.horizontal_bars, frame, "wert", "posten_kurz",
                "Kapazitäten, Stellen bzw. Köpfe", value_format=",.0f"),
        frame[["posten", "wert", "wert_anzeige", "einheit"]],
        say(site, "personal_titel"),
        say(site, "personal_beschreibung", n=len(frame), posten=top["posten"],
            wert=top["wert_anzeige"]),
        say(site, "personal_quelle"),
        [markup.Column("posten", "Einheit im Jobcenter"),
         markup.Column("wert_anzeige", "Wert"), markup.Column("einheit", "Einheit")],
        quelle_ids=[quelle_id])


def chart_plan(fakten: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Which charts document facts yield: one per share group, one per document with
    staff figures. The document page draws them; a profile only counts them."""
    groups = sorted(fakten["anteil_gruppe"].dropna().unique())
    staff = [q for q in sorted(set(fakten["quelle_id"])) if staff_facts(q)]
    return groups, staff


def facts_block(site: Site, page: str, fakten: pd.DataFrame) -> str:
    """The facts of seed documents on a profile page: a folded table, and a pointer to the
    document pages, which carry the charts (a profile stays light without them)."""
    quellen = sorted(set(fakten["quelle_id"]))
    docs = ", ".join(markup.link(site.href(page, urls.document(q)), q) for q in quellen)
    # one document: the block above names it, so the rows need no document column
    table = facts_table(site, page, fakten, say(site, "fakten_profil", n=len(fakten)),
                        with_document=len(quellen) > 1)
    return site.render(PIECES, teil="fakten_block", dokumente=Markup(docs), tabelle=table,
                       grafiken=sum(len(kind) for kind in chart_plan(fakten)), n=len(fakten))


# -- pages ---------------------------------------------------------------------------
def kreis_context(site: Site, page: str, d: pd.Series) -> Markup:
    """The Kreis a document concerns; a gemeinsame Einrichtung is marked as context."""
    cell = kreis_cell(site, page, d["ags"], fallback=d["land"])
    if _is_zkt_kreis(site, d["ags"]):
        return cell
    if bool(d["ist_gemeinsame_einrichtung"]) if pd.notna(d["ist_gemeinsame_einrichtung"]) \
            else False:
        return Markup(site.render(PIECES, teil="kreis_ge", kreis=cell))
    return Markup(site.render(PIECES, teil="kreis_ohne_zkt", kreis=cell))


def index_page(site: Site) -> None:
    pkg = _pkg(site)
    docs = pkg["dokumente"].merge(pkg["quellen"][["quelle_id", "titel", "datum"]],
                                  on="quelle_id", how="left")
    docs = docs.assign(_seed=~docs["dokument_id"].str.startswith("SEED")).sort_values(
        ["_seed", "land", "traeger_name", "dokument_id"], na_position="last")
    n_facts = pkg["fakten"].groupby("quelle_id").size()
    records = []
    for _, d in docs.iterrows():
        count = int(n_facts.get(d["quelle_id"], 0))
        title = (markup.link(site.href(INDEX, urls.document(d["quelle_id"])), d["titel"])
                 if count else markup.text(d["titel"]))
        records.append({
            "titel": Markup(title), "stelle": d["traeger_name"],
            "kreis": kreis_context(site, INDEX, d) if pd.notna(d["ags"])
            else Markup(markup.text(d["land"])),
            "art": d["dokumentart"], "jahr": d["berichtsjahr"],
            "zkt": flag(d["ist_zkt_laut_quelle"]),
            "ge": flag(d["ist_gemeinsame_einrichtung"]),
            "zahlen": count, "quelle": site.cite(INDEX, d["quelle_id"]),
            "hinweis": d["hinweis"],
        })
    table = markup.table(records, [
        markup.Column("titel", "Dokument", "html"),
        markup.Column("stelle", "Herausgebende Stelle (laut Quelle)"),
        markup.Column("kreis", "Kreis", "html"), markup.Column("art", "Dokumentart"),
        markup.Column("jahr", "Berichtsjahr"), markup.Column("zkt", "zkT laut Quelle"),
        markup.Column("ge", "gemeinsame Einrichtung laut Quelle"),
        markup.Column("zahlen", "Zahlen", "number"),
        markup.Column("quelle", "Quelle", "html"), markup.Column("hinweis", "Hinweis")],
        caption=say(site, "dokumente_tabelle", n=len(records)), table_id="dokumente",
        filterable=True)
    body = site.render("dokumente.md.j2", anzahl=len(records), tabelle=Markup(table),
                       mit_fakten=int((n_facts > 0).sum()), fakten=len(pkg["fakten"]),
                       programme=site.href(INDEX, urls.PROGRAMME),
                       quellen=site.href(INDEX, urls.SOURCES))
    site.page(INDEX, "Dokumente", body)


def document_page(site: Site, quelle_id: str) -> None:
    pkg = _pkg(site)
    page = urls.document(quelle_id)
    q = pkg["quellen"].set_index("quelle_id").loc[quelle_id]
    fakten = pkg["fakten"][pkg["fakten"]["quelle_id"] == quelle_id]
    doc = pkg["dokumente"][pkg["dokumente"]["quelle_id"] == quelle_id]
    d = doc.iloc[0] if len(doc) else None
    prefix = f"dokument-{markup.slugify(quelle_id)}"
    groups, staff = chart_plan(fakten)
    grafiken = [split_figure(site, page, fakten, g, prefix) for g in groups]
    grafiken += [staff_figure(site, page, q, prefix) for q in staff]
    programmes = sorted(set(fakten["programm_id"].dropna()))
    body = site.render(
        "dokument.md.j2", titel=q["titel"], q=q, d=d,
        datum=pf.format_partial_date(q["datum"]),
        kreis=kreis_context(site, page, d) if d is not None and pd.notna(d["ags"]) else "",
        quelle=site.cite(page, quelle_id),
        programme=Markup(", ".join(programme_link(site, page, p) for p in programmes)),
        grafiken=Markup("\n\n".join(str(g) for g in grafiken if g)),
        tabelle=facts_table(site, page, fakten, say(site, "fakten_dokument", n=len(fakten))),
        themen=fakten["thema"].nunique(), anzahl=len(fakten),
        uebersicht=site.href(page, INDEX), methodik=site.href(page, urls.METHODIK),
    )
    site.page(page, str(q["titel"]), body)


def generate(site: Site) -> None:
    index_page(site)
    for quelle_id in sorted(set(_pkg(site)["fakten"]["quelle_id"])):
        document_page(site, quelle_id)
