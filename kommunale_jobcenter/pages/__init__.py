"""Page modules: each exposes ``generate(site)`` and writes its pages through ``Site``.

Modules that add a section to every zkT profile page also expose
``profile_section(site, page, traeger) -> str`` (see ``kommunale_jobcenter.pages.jobcenter``).
"""
