"""A deck's name (from its articles' titles or its input's name) and its file's name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from learner.articles import check_path
from learner.errors import UsageError
from learner.readers import deck_title, is_address


def deck_name_for(paths: Sequence[str | Path]) -> str:
    """A deck named after what was given: a book's title, the article's or the folder's
    name, a web page's address."""
    names = [_input_name(p) for p in paths]
    # Control characters (a file name may hold a newline) and Anki's "::" deck separator do
    # not belong in one deck's name.
    name = " ".join("".join(c if c.isprintable() else " " for c in names[0]).split()) \
        if len(names) == 1 else ""
    return name.replace("::", ":") or "articles"


def _input_name(given: str | Path) -> str:
    if is_address(given):
        address = str(given).split("://", 1)[1].split("?")[0].rstrip("/")
        return address.rsplit("/", 1)[-1] if "/" in address else address
    path = check_path(given)
    if path.is_file():
        return deck_title(path) or path.resolve().stem
    return path.resolve().name


def check_deck_name(name: str) -> str:
    """A deck name given with --deck, tidied: Anki's "::" levels are kept, each level's
    spaces collapsed; UsageError for an empty name or an empty level ("German::")."""
    levels = [" ".join("".join(c if c.isprintable() else " " for c in level).split())
              for level in name.split("::")]
    if not all(levels):
        raise UsageError(f"--deck {name!r}: a deck name with an empty level; write it as "
                         "Anki does, e.g. German::Bücher::Kafka")
    return "::".join(levels)


# A file name's length limit is 255 bytes on common file systems; leave room for ".apkg" and
# the temporary file's prefix and suffix (see deck.write_package).
_MAX_NAME_BYTES = 200
# Names Windows reserves for devices, whatever the suffix.
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})


def file_safe(name: str) -> str:
    """A file name from an article title or folder name: letters, digits, "-", "_" and "."
    only, so no path separator, control character or leading dot survives."""
    name = unicodedata.normalize("NFC", name)
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    safe = re.sub(r"-{2,}", "-", safe).strip(".-_")
    while len(safe.encode("utf-8")) > _MAX_NAME_BYTES:
        safe = safe[:-1]
    safe = safe.rstrip(".-_")
    if safe.split(".")[0].lower() in _RESERVED:
        safe = f"deck-{safe}"
    return safe or "deck"
