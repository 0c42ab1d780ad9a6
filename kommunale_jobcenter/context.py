"""The build context: everything a page reads, built once per build in the parent.

``build_context`` reads and derives the build's inputs – the data packages, the lookups
each page family needs (by Kreis, by Träger, by indicator), the statistics and Finanzen
frames, the download context (descriptors, tables as text, changelog, dates), Stand and
version, the validation report, the deployed address – and returns them as frozen
dataclasses. Page modules read them through ``site.ctx``; worker processes receive the
context once, when the pool starts (``kommunale_jobcenter.parallel``). Nothing is added to
it later: what pages write (pages, charts, citations, files) is recorded on ``Site``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from kommunale_jobcenter import curated, markup, profile_cards
from kommunale_jobcenter.datapackage import DATA_DIR, DATA_VERSION
from kommunale_jobcenter.groups import Groups, group_rows, row_by_key
from kommunale_jobcenter.load import read_descriptor
from kommunale_jobcenter.package_memo import NO_MEMO, PackageMemo
from kommunale_jobcenter.pages import finanzen_frames as ff
from kommunale_jobcenter.pages import programme_frames as pf
from kommunale_jobcenter.pages import statistik_frames as sf
from kommunale_jobcenter.publish.api import Tables as ApiTables
from kommunale_jobcenter.publish.api import tables as api_tables
from kommunale_jobcenter.publish.context import PublishContext, package_of, read_context
from kommunale_jobcenter.reads import ReadPath

Packages = Mapping[str, Mapping[str, pd.DataFrame]]


class Geometry(NamedTuple):
    """Kreis and Länder boundaries (GeoJSON) of the jobcenter package."""

    kreise: dict[str, Any]
    laender: dict[str, Any]


KREIS_NAME_COLUMNS = ["ags", "kreis_name", "kreis_art", "land_code", "land"]


@dataclass(frozen=True)
class JobcenterLookups:
    """The jobcenter package split by key once, instead of a filter per profile page."""

    kreise_by_ags: Mapping[str, pd.Series]  # ags → its row of kreise
    status_by_ags: Groups  # ags → its rows of status_jahr
    quellen_by_zkt: Groups  # zkt_id → its rows of traeger_quellen
    quellen: pd.DataFrame  # the jobcenter package's sources, indexed by quelle_id
    # the Kreise without their figures (population, area): a page that names Kreise reads
    # this, so a new population figure does not make it stale in the page cache
    kreis_namen: pd.DataFrame


@dataclass(frozen=True)
class BuildContext:
    packages: Packages
    data_dir: Path = DATA_DIR
    version: str = DATA_VERSION
    site_url: str = ""  # the deployed address (KJ_SITE_URL); empty: a local, relative build
    validation_report: Any = None  # the build's report, shown on the Daten pages
    geometry: Geometry | None = None
    # quelle_id → («Titel, Herausgeber», short title) over all packages
    source_labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # quelle_id → the attribution the source requires (quellen.namensnennung), first package
    attributions: Mapping[str, Any] = field(default_factory=dict)
    jobcenter: JobcenterLookups | None = None
    statistik: sf.Context | None = None
    finanzen: ff.Context | None = None
    programme: pf.Lookups | None = None
    karten: profile_cards.CardInputs | None = None
    publish: PublishContext | None = None
    api: ApiTables | None = None  # the tables as the API documents look them up


_PUBLISH = ("a", "publish")


def stamp_of(path: ReadPath) -> ReadPath | None:
    """``reads.StampOf`` of the build context: a read of a package's published tables
    (text, parsed rows, row lookups) stands under the digest of the package's files
    (``PublishContext.files``), which alone make them."""
    if path[:1] != (_PUBLISH,):
        return None
    package = package_of(path[1:])
    return None if package is None else (_PUBLISH, ("a", "files"), ("k", package))


def source_labels(packages: Packages) -> dict[str, tuple[str, str]]:
    """How each source is cited (``markup.source_label``) and its short title; the first
    package (by name) that has a source names it."""
    labels: dict[str, tuple[str, str]] = {}
    for tables in packages.values():
        sources = tables.get("quellen")
        if sources is None or "titel" not in sources.columns:
            continue
        for row in sources.to_dict("records"):
            full = markup.source_label(row.get("titel"), row.get("herausgeber"))
            labels.setdefault(markup.clean(row.get("quelle_id")),
                              (full, markup.source_title(row.get("titel")) or full))
    return labels


def attributions(packages: Packages) -> dict[str, Any]:
    """quelle_id → «namensnennung» of the first package (in package order) listing it."""
    out: dict[str, Any] = {}
    for tables in packages.values():
        sources = tables.get("quellen")
        if sources is None or "namensnennung" not in sources.columns:
            continue
        for quelle_id, text in zip(sources["quelle_id"], sources["namensnennung"],
                                   strict=True):
            out.setdefault(quelle_id, text)
    return out


def geometry(data_dir: Path) -> Geometry:
    descriptor = read_descriptor("jobcenter", data_dir)

    def read(resource: str) -> dict[str, Any]:
        path = next(r["path"] for r in descriptor["resources"] if r["name"] == resource)
        return json.loads((data_dir / "jobcenter" / path).read_text(encoding="utf-8"))

    return Geometry(read("kreise_geometrie"), read("laender_geometrie"))


def jobcenter_lookups(jc: Mapping[str, pd.DataFrame]) -> JobcenterLookups:
    return JobcenterLookups(
        kreise_by_ags=row_by_key(jc["kreise"], "ags"),
        status_by_ags=group_rows(jc["status_jahr"], "ags"),
        quellen_by_zkt=group_rows(jc["traeger_quellen"], "zkt_id"),
        quellen=jc["quellen"].set_index("quelle_id"),
        kreis_namen=jc["kreise"][KREIS_NAME_COLUMNS])


def build_context(packages: Packages, data_dir: Path = DATA_DIR, report: Any = None,
                  site_url: str = "", publish: bool = True,
                  validate_here: bool = True, memo: PackageMemo = NO_MEMO) -> BuildContext:
    """Everything the pages read, once. A part whose packages are missing stays None (unit
    tests build sites from a few tables); ``publish`` reads data_dir for the Daten pages
    (and validates it if no ``report`` is given, as the Daten pages show the result, unless
    ``validate_here`` is false: the build adds its report once validation is done); the
    Daten pages' reading of a package unchanged since the last build comes from ``memo``."""
    jc = packages.get("jobcenter")
    statistik = finanzen = programme = karten = None
    if jc is not None and "statistik" in packages:
        kern = curated.document(sf.TEXTE)["listen"]["kernzahlen"]
        statistik = sf.context(packages["statistik"], jc, kern)
    if jc is not None and "finanzen" in packages and len(packages["finanzen"]["anteile"]):
        finanzen = ff.context(packages)
    if jc is not None and "programme" in packages:
        programme = pf.lookups(packages["programme"], jc)
    if jc is not None:
        karten = profile_cards.card_inputs(packages, finanzen.main if finanzen else None)
    publish_ctx = None
    if publish:
        publish_ctx = read_context(sorted(packages), data_dir, DATA_VERSION, memo)
        if report is None and validate_here:
            from kommunale_jobcenter.validate import validate

            report = validate(data_dir)
    return BuildContext(
        packages=packages, data_dir=data_dir, site_url=site_url, validation_report=report,
        geometry=geometry(data_dir) if jc is not None else None,
        source_labels=source_labels(packages), attributions=attributions(packages),
        jobcenter=jobcenter_lookups(jc) if jc is not None else None,
        statistik=statistik, finanzen=finanzen, programme=programme, karten=karten,
        publish=publish_ctx, api=api_tables(packages) if jc is not None else None)
