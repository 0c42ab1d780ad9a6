"""Pipeline of the site «Kommunale Jobcenter — offene Daten».

raw/ (snapshots) → import_raw → data/ → validate → load → charts + pages → mkdocs build → site/
"""
