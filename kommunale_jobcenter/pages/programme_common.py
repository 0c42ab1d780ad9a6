"""Helpers the programme and document pages share: sentences, Kreis cells with links to
the zkT profiles, links to programme pages. Both page modules import this one (and
``programme`` imports ``dokumente``), so neither imports the other in a circle."""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.pages import programme_frames as pf
from kommunale_jobcenter.site import Site

SENTENCES = "programm_saetze.md.j2"


def say(site: Site, satz: str, **values: object) -> str:
    """One sentence of programm_saetze.md.j2 as plain text (for chart titles, captions)."""
    return Markup(site.render(SENTENCES, satz=satz, **values)).unescape()


def flag(value: object, false_text: str = "nein") -> str:
    """A boolean from a source: ja / nein / empty when the source is silent."""
    if value is None or pd.isna(value):
        return ""
    return "ja" if bool(value) else false_text


def _lookups(site: Site) -> pf.Lookups:
    lookups = site.ctx.programme
    assert lookups is not None, "keine Programmdaten"
    return lookups


def zkt_links(site: Site, page: str, ags: object) -> Markup:
    """Links to the zkT profile pages of a Kreis key (zkT today first), or ''."""
    if ags is None or pd.isna(ags):
        return Markup("")
    by_ags = _lookups(site).zkt
    links = []
    found = by_ags.get(str(ags), [])
    current = [t for t in found if t["ist_aktuell"]]
    for t in current or found:  # former zkT only where the Kreis has none today
        label = t["name"] if t["ist_aktuell"] else f"{t['name']} (früherer zkT)"
        links.append(markup.link(site.href(page, urls.profile(str(t["slug"]))), str(label)))
    return Markup(", ".join(links))


def kreis_cell(site: Site, page: str, ags: object, fallback: object = "") -> Markup:
    """Kreis name (from the jobcenter package) plus links to its zkT profiles."""
    if ags is None or pd.isna(ags):
        return Markup(markup.text(fallback))
    name = _lookups(site).kreis_name.get(str(ags), str(ags))
    links = zkt_links(site, page, ags)
    return Markup(markup.text(name) + (f" – zkT-Seite: {links}" if links else ""))


def programme_link(site: Site, page: str, programm_id: object) -> Markup:
    if programm_id is None or pd.isna(programm_id):
        return Markup("")
    names = _lookups(site).programm_name
    name = names.get(str(programm_id), str(programm_id))  # type: ignore[attr-defined]
    return Markup(markup.link(site.href(page, urls.programme(str(programm_id))), name))
