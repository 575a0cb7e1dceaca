"""The judged samples' TSV files (`*_judged.tsv`, see judging.md), read the one way all the
scripts that score with them read them."""

from __future__ import annotations

import csv
from pathlib import Path


def judged_rows(path: str | Path) -> list[dict[str, str]]:
    """The verdicts of a judged TSV file, one dict a line keyed by the header's columns. Lines
    opened by "#" are comments (each section of a file names the commit it was drawn on)."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")),
                                   delimiter="\t"))
