"""Every kind of page the site has, with one example each (path below site/).

The browser, accessibility, hostile-content and reproducibility tests run on every entry.
Other modules append their page types here (statistics, programmes, downloads …): add one
line ``"name": "path/example.html",`` for each new kind of page, with a stable example.
"""

from __future__ import annotations

PAGE_TYPES: dict[str, str] = {
    "start": "index.html",
    "verzeichnis": "jobcenter/index.html",
    "kreise": "jobcenter/kreise.html",
    "profil": "jobcenter/kreis-warendorf.html",
    "geschichte": "geschichte.html",
    "daten": "daten/index.html",
    "quellen": "quellen.html",
    "methodik": "methodik.html",
    "barrierefreiheit": "barrierefreiheit.html",
    "leichte-sprache": "leichte-sprache.html",
    "impressum": "impressum.html",
    "programme": "programme/index.html",
    "programm": "programme/perspektive-50plus.html",
    "dokumente": "dokumente/index.html",
    "dokument": "dokumente/seed-waf-2011-161.html",
    "statistik": "statistik/index.html",
    "indikator": "statistik/q-sgbii.html",
    "indikator-kreise": "statistik/q-sgbii-kreise.html",
    "vergleich": "statistik/vergleich.html",
    "bund": "statistik/bund.html",
    "datenpaket": "daten/jobcenter/index.html",
    "ressource": "daten/statistik/werte.html",
    "api": "daten/api.html",
    "aenderungen": "daten/aenderungen.html",
    "finanzen": "finanzen/index.html",
    "finanzen-jahr": "finanzen/2026.html",
    "finanzen-jobcenter": "finanzen/jobcenter.html",
    "finanzen-traeger": "finanzen/traeger/kreis-warendorf.html",
}

# Page types with at least one chart (figure.diagramm): used for keyboard and no-JS tests.
# The test checks this list against the built pages, so it cannot go stale silently.
CHART_PAGE = "profil"
FILTER_PAGE = "verzeichnis"
# Page types measured on a 390 px phone (every chart drawn at ≥ 75 % of its width,
# short chart descriptions, tables scrolling sideways) and the one printed on A4.
PHONE_PAGES = ["profil", "indikator", "geschichte"]
PRINT_PAGE = "profil"
