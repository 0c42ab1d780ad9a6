"""What the theme shows on every page: data Stand, citation pieces and, per page, the
attribution texts the licences of the sources used on that page require.

``theme_extra(…)`` is merged into mkdocs' ``config.extra`` by kommunale_jobcenter.build; the
template overrides/partials/datenstand.html renders it (also on hand-written pages).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from kommunale_jobcenter.publish.citation import LICENSE_URL, PUBLISHER, SITE_TITLE

if TYPE_CHECKING:  # for the annotation only: site imports nothing from here
    from kommunale_jobcenter.site import Site

_NEEDS_ATTRIBUTION = re.compile(r"dl-de|Datenlizenz|Namensnennung", re.IGNORECASE)


def required_attributions(quellen: pd.DataFrame) -> dict[str, str]:
    """quelle_id → attribution text, for sources whose licence requires one (dl-de,
    official statistics, «©» notices); our own compilation is left out."""
    out: dict[str, str] = {}
    for q in quellen.to_dict("records"):  # rows as dicts: no Series per row
        text = q.get("namensnennung")
        if not isinstance(text, str) or not text or text == PUBLISHER:
            continue
        licence = q.get("lizenz") if isinstance(q.get("lizenz"), str) else ""
        if (_NEEDS_ATTRIBUTION.search(licence) or text.startswith("©")
                or q.get("art") == "Amtliche Statistik"):
            out.setdefault(q["quelle_id"], text)
    return out


def page_attributions(packages: Mapping[str, Mapping[str, pd.DataFrame]],
                      source_usage: Mapping[str, set[str]]) -> dict[str, list[str]]:
    """docs path → sorted distinct attribution texts of the sources cited on it."""
    texts: dict[str, str] = {}
    for tables in packages.values():
        if "quellen" in tables:
            for qid, text in required_attributions(tables["quellen"]).items():
                texts.setdefault(qid, text)
    pages: dict[str, set[str]] = {}
    for qid, used in source_usage.items():
        if qid in texts:
            for page in used:
                pages.setdefault(page, set()).add(texts[qid])
    return {page: sorted(found) for page, found in sorted(pages.items())}


def theme_extra(site: Site) -> dict[str, Any]:
    """config.extra additions: {"datenstand": {...}} from the build's data Stand
    (``PublishContext.stand``) and the sources each page cited; empty for a context
    without publishing."""
    if site.ctx.publish is None:
        return {}
    stand = site.ctx.publish.stand
    return {"datenstand": {
        **stand,
        "herausgeber": PUBLISHER, "titel": SITE_TITLE, "lizenz_url": LICENSE_URL,
        "namensnennung": page_attributions(site.packages, site.source_usage),
    }}
