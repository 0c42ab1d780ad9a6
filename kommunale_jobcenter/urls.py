"""Every page path and link target of the generated site, in one place.

Paths are relative to ``docs/`` (``.md`` pages become ``.html``; ``Site.href`` makes a
relative link from one page to another). The addresses are published: a change here
breaks links into the deployed site, so keep them stable.

One Träger has three families of addresses, all by its ``slug``: its profile
(``profile``), its Finanzen page (``finanzen_traeger``) and its data (``traeger_zip``,
``api_traeger``).
"""

from __future__ import annotations

from kommunale_jobcenter.markup import slugify

HOME = "index.md"
METHODIK = "methodik.md"
LEICHTE_SPRACHE = "leichte-sprache.md"
GESCHICHTE = "geschichte.md"
SOURCES = "quellen.md"

# Jobcenter: directory, one profile per Träger, the 400 Kreise
JOBCENTER = "jobcenter/index.md"
KREISE = "jobcenter/kreise.md"
KREISE_JSON = "jobcenter/kreise.json"  # the finder's data

# Statistik
STATISTIK = "statistik/index.md"
VERGLEICH = "statistik/vergleich.md"
BUND = "statistik/bund.md"

# Finanzen
FINANZEN = "finanzen/index.md"
FINANZEN_JOBCENTER = "finanzen/jobcenter.md"

# Programme and Dokumente
PROGRAMME = "programme/index.md"
DOKUMENTE = "dokumente/index.md"

# Daten: downloads, documentation, changelog, catalogue, API
DATEN = "daten/index.md"
CHANGES = "daten/aenderungen.md"
FEED = "daten/aenderungen.xml"
CATALOGUE = "daten/katalog.jsonld"
LAST_UPDATED = "letzte-aktualisierung.json"
API_PAGE = "daten/api.md"
SLICE_DIR = "daten/traeger"
API_DIR = "api"
VERGLEICH_DIR = "daten/vergleich"  # the data of «Kreise vergleichen»
CHART_DIR = "grafiken"  # every chart's SVG, Vega-Lite spec and CSV


def profile(slug: str) -> str:
    return f"jobcenter/{slug}.md"


def finanzen_traeger(slug: str) -> str:
    return f"finanzen/traeger/{slug}.md"


def traeger_zip(slug: str) -> str:
    return f"{SLICE_DIR}/{slug}.zip"


API_TRAEGER_DIR = f"{API_DIR}/traeger"
API_PROGRAMME_DIR = f"{API_DIR}/programme"


def api_traeger(slug: str) -> str:
    return f"{API_TRAEGER_DIR}/{slug}.json"


def api_programme(programm_id: str) -> str:
    return f"{API_PROGRAMME_DIR}/{programm_id}.json"


def api_index() -> str:
    return f"{API_DIR}/index.json"


def indicator(indikator_id: str) -> str:
    return f"statistik/{slugify(indikator_id)}.md"


def chart_csv(chart_id: str) -> str:
    return f"{CHART_DIR}/{chart_id}.csv"


def indicator_kreise(indikator_id: str) -> str:
    """The indicator's tables of all 400 Kreise, a page of their own."""
    return f"statistik/{slugify(indikator_id)}-kreise.md"


def finanzen_year(jahr: int) -> str:
    return f"finanzen/{int(jahr)}.md"


def programme(programm_id: str) -> str:
    return f"programme/{programm_id}.md"


def document(quelle_id: str) -> str:
    return f"dokumente/{slugify(quelle_id)}.md"


def source(quelle_id: str) -> str:
    """A source's entry on the Quellen page."""
    return f"{SOURCES}#q-{slugify(quelle_id)}"


def package_page(name: str) -> str:
    return f"daten/{name}/index.md"


def resource_page(package: str, resource: str) -> str:
    return f"daten/{package}/{resource}.md"


def package_zip(name: str) -> str:
    return f"daten/{name}.zip"


def package_file(name: str, path: str) -> str:
    """A file of a published package (its CSV, datapackage.json, …)."""
    return f"daten/{name}/{path}"


def comparison_data(name: str) -> str:
    """One JSON file of «Kreise vergleichen» (a Kreis key or the index)."""
    return f"{VERGLEICH_DIR}/{name}.json"
