"""Make the chart font: Liberation Sans 2 renamed to «KJ Diagramm Sans» (see
kommunale_jobcenter/assets/fonts/README.md). The OFL forbids the reserved names for modified fonts.

    python -m kommunale_jobcenter.fontrename <folder with LiberationSans-*.ttf> <target folder>
"""

from __future__ import annotations

import sys
from pathlib import Path

FAMILY = "KJ Diagramm Sans"
STYLES = ["Regular", "Bold"]


def rename(source: Path, target: Path, style: str) -> None:
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = {1: FAMILY, 16: FAMILY, 6: postscript, 3: f"{postscript};2.1.5",
             4: FAMILY if style == "Regular" else f"{FAMILY} {style}"}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    font["head"].modified = font["head"].created  # no clock in the file
    font.save(target)


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    for style in STYLES:
        rename(source / f"LiberationSans-{style}.ttf",
               target / f"{FAMILY.replace(' ', '')}-{style}.ttf", style)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
