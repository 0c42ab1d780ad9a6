"""Atom feed (RFC 4287) of data releases, deterministic and self-hosted."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
_NAMESPACE = uuid.UUID("6f1c8d3e-2a4b-5c6d-8e9f-0a1b2c3d4e5f")


def _id(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


def _stamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def atom(entries: Sequence[Mapping[str, Any]], title: str, page: str, self_href: str,
         author: str, base: str = "") -> bytes:
    """One <entry> per version (newest first); links are relative to the feed unless a
    base URL (the site's address) is given."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "de"})
    ET.SubElement(feed, f"{{{ATOM}}}id").text = _id("kommunale-jobcenter/daten/feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(
        max((e["datum"] for e in entries), default="1970-01-01"))
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = author
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": base + self_href,
                                            "type": "application/atom+xml"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": base + page,
                                            "type": "text/html"})
    for e in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        entry_id = _id(f"kommunale-jobcenter/daten/{e['version']}")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id
        ET.SubElement(entry, f"{{{ATOM}}}title").text = e["titel"]
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(e["datum"])
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(e["datum"])
        ET.SubElement(entry, f"{{{ATOM}}}link", {
            "rel": "alternate", "type": "text/html",
            "href": f"{base}{page}#version-{e['version'].replace('.', '-')}"})
        ET.SubElement(entry, f"{{{ATOM}}}summary", {"type": "text"}).text = e["zusammenfassung"]
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
