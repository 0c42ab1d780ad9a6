"""Publishing the data like an open-data portal: pure functions, no page writing.

``exports`` (zip, JSON, xlsx, per-Träger slices), ``docs`` (field documentation from
datapackage.json), ``citation`` (APA, BibTeX, CITATION.cff), ``dcat`` (DCAT-AP.de and
schema.org JSON-LD), ``api`` (static JSON documents), ``changelog`` (maintained release
notes, dates, ``letzte-aktualisierung.json``), ``feed`` (Atom) and ``datadiff`` (the
pull-request summary of what changed in data/). The page modules ``kommunale_jobcenter.pages.daten``
and ``kommunale_jobcenter.pages.api`` write their results into the site.
"""
