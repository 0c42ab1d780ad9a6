"""Daten: every data package and resource for download, with row counts and sizes."""

from __future__ import annotations

import shutil

from markupsafe import Markup

from scripts import markup
from scripts.datapackage import DATA_DIR
from scripts.load import read_descriptor
from scripts.site import Site

PAGE = "daten/index.md"


def copy_packages(site: Site) -> None:
    """data/<pkg>/ → docs/daten/<pkg>/: the published files are the validated ones."""
    data_dir = getattr(site, "data_dir", DATA_DIR)
    for name in site.packages:
        shutil.copytree(data_dir / name, site.docs_dir / "daten" / name, dirs_exist_ok=True)


def size_text(n_bytes: int) -> str:
    if n_bytes >= 1_000_000:
        return f"{markup.format_number(n_bytes / 1_000_000, 1)} MB"
    return f"{markup.format_number(max(1, round(n_bytes / 1000)), 0)} kB"


def resource_rows(site: Site, name: str, descriptor: dict) -> list[dict[str, object]]:
    rows = []
    for r in descriptor["resources"]:
        path = site.docs_dir / "daten" / name / r["path"]
        frame = site.packages[name].get(r["name"])
        rows.append({
            "name": Markup(f"<code>{markup.text(r['name'])}</code>"),
            "titel": r.get("title", ""),
            "zeilen": len(frame) if frame is not None else None,
            "datei": Markup(markup.link(f"{name}/{r['path']}", r["path"])),
            "groesse": size_text(path.stat().st_size),
        })
    return rows


def generate(site: Site) -> None:
    copy_packages(site)
    data_dir = getattr(site, "data_dir", DATA_DIR)
    sections = []
    for name in sorted(site.packages):
        descriptor = read_descriptor(name, data_dir)
        table = markup.table(resource_rows(site, name, descriptor), [
            markup.Column("name", "Ressource", "html"), markup.Column("titel", "Inhalt"),
            markup.Column("zeilen", "Zeilen", "number"), markup.Column("datei", "Datei", "html"),
            markup.Column("groesse", "Größe")], caption=f"Ressourcen des Pakets {name}")
        sections.append({"name": name, "d": descriptor, "tabelle": Markup(table),
                         "lizenz": descriptor["licenses"][0]})
    site.page(PAGE, "Daten", site.render("daten.md.j2", pakete=sections))
