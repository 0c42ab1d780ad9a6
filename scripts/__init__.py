"""Pipeline of the site «Kommunale Jobcenter — offene Daten».

../shared/raw → import_raw → data/ → validate → load → charts + pages → mkdocs build → site/
"""
