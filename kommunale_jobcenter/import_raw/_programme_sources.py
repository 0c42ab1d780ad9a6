"""Rules for the source rows (table «quellen») of the programme research.

The raw files cite sources by address; ``raw/programmes/source_inventory.csv`` gives each
address its kind and publication date. Each address gets a short, deterministic id built
from the raw address (so ids stay stable when the shown URL is cleaned). Kinds, publishers,
ranks, real titles and the word lists of these rules are curated (curated/programme/,
adressen.yaml for the word lists); a title is derived from the address
only where no curated title exists.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from kommunale_jobcenter import curated

GITHUB_RE = re.compile(
    r"^github:(?P<repo>[\w.-]+/[\w.-]+) (?P<path>\S+) @(?P<commit>[0-9a-f]{40})$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SESSION_PATH = re.compile(r";jsessionid=\w+", re.IGNORECASE)


@cache
def _words_of(name: str) -> frozenset[str]:
    """A word list of curated/programme/adressen.yaml."""
    return frozenset(curated.document("programme/adressen.yaml")[name])


def stop_words() -> frozenset[str]:
    return _words_of("fuellwoerter")


@dataclass
class SourceEntry:
    address: str
    kind: str
    date_text: str


def read_inventory(path: Path) -> dict[str, SourceEntry]:
    """Address → kind and date text, in the order of the delivery's source tables."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {r["address"]: SourceEntry(r["address"], r["kind"], r["date_text"]) for r in rows}


def github_parts(address: str) -> dict[str, str] | None:
    match = GITHUB_RE.match(address)
    return match.groupdict() if match else None


def clean_url(address: str) -> str:
    """The address as a link: without session ids, with a well-formed host."""
    parts = urlsplit(SESSION_PATH.sub("", address))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in _words_of("sitzungsparameter")]
    netloc = parts.netloc.rstrip(".")  # «issuu.com./…»: a trailing dot in the host
    new_query = urlencode(query, safe="+/:") if len(query) < len(
        parse_qsl(parts.query, keep_blank_values=True)) else parts.query
    return urlunsplit((parts.scheme, netloc, parts.path, new_query, parts.fragment))


def host_of(address: str) -> str:
    """Host without «www.» and trailing dot, international names in Unicode."""
    if address.startswith("github:"):
        return "github.com"
    host = re.sub(r"^www\.", "", (urlsplit(address).hostname or "").rstrip("."))
    if "xn--" in host:
        host = host.encode("ascii").decode("idna")
    return host


def _words(address: str) -> list[str]:
    parts = urlsplit(address)
    text = SESSION_PATH.sub(" ", unquote(parts.path + " " + parts.query))
    return [w for w in re.split(r"[^0-9A-Za-zÄÖÜäöüß]+", text) if w]


def title_words(address: str) -> list[str]:
    """The meaningful words of an address path, for a title derived from it."""
    path = SESSION_PATH.sub("", unquote(urlsplit(address).path))
    return [w for w in re.split(r"[^0-9A-Za-zÄÖÜäöüß]+", path)
            if w and w.lower() not in stop_words() and not re.search(r"\d", w) and len(w) > 1]


def title_from_words(words: list[str]) -> str:
    phrase = " ".join(words[-12:])
    return phrase[0].upper() + phrase[1:]


def short_id(address: str) -> str:
    """Host code plus up to three words of the raw address, upper case."""
    if address.startswith("github:"):
        return "GESETZE-SGB2-2012"
    host = re.sub(r"^www\.", "", (urlsplit(address).hostname or "").rstrip("."))
    labels = [p for p in host.split(".") if p not in _words_of("allgemeine_hostteile")]
    code = re.sub(r"[^A-Za-z0-9]", "", labels[-1] if labels else host)[:12].upper()
    words = [w for w in _words(address) if w.lower() not in stop_words()][:3]
    tokens = [re.sub(r"[^A-Za-z0-9]", "", w)[:8].upper() for w in words]
    return "-".join([code, *[t for t in tokens if t]])


def assign_ids(addresses: list[str]) -> dict[str, str]:
    """Deterministic unique ids: sorted addresses, clashes numbered -2, -3 …"""
    ids: dict[str, str] = {}
    used: dict[str, int] = {}
    for address in sorted(addresses):
        base = short_id(address)
        used[base] = used.get(base, 0) + 1
        ids[address] = base if used[base] == 1 else f"{base}-{used[base]}"
    return ids


def date_kind(date_text: str) -> tuple[str, str]:
    """(datum, how it was given): iso, approximate («c. …»), mixed or none."""
    text = date_text.strip()
    if not text or text == "not stated":
        return "", "keins"
    if ISO_DATE.match(text):
        return text, "genau"
    if text.startswith("c. "):
        return "", "etwa"
    first = re.match(r"^(\d{4}(-\d{2}(-\d{2})?)?)", text)
    return (first.group(1) if first else ""), "gemischt"
