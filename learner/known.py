"""Known words: lemmas the learner already has, read from a word list, a deck or Anki itself.

`--known PATH` accepts three kinds of file, told apart by their first bytes, not their names:

- a word list: UTF-8 text, one word per line in any inflected form ("Vorwürfe"), `#` comments;
- an .apkg (or .colpkg): a zip holding an Anki collection, e.g. a deck learner built earlier;
- an Anki collection file (`collection.anki2` in the user's Anki profile folder), or that
  profile folder itself.

Words are matched by lemma. Everything not already a lemma goes through the same NLP pipeline
as the articles, so "Vorwürfe" in a list excludes Vorwurf. A note of learner's own note type
gives its Lemma field as it is; any other note type (a shared "4000 German words" deck, the
learner's own Basic cards) gives its first field, or the field `--known-field` names, stripped
of HTML and lemmatized.

In a collection, a note is known only once the learner has learned it: one of its cards has a
review interval of at least `--known-min-interval` days (default 21, the interval from which
Anki calls a card "mature", as AnkiMorphs and VocabSieve count a word known). A new card has
no interval; a suspended card is one the learner chose not to study, whatever its interval.
An .apkg is a deck to study or already studied, with no review history of the learner's (Anki
exports without it by default): every note in it counts, as in a word list.

A collection is never opened in place. Anki keeps its collection in WAL mode with an
exclusive lock while it runs, and recent changes may still sit in `collection.anki2-wal`:
SQLite's `immutable=1` would skip those (and can read garbage if Anki writes meanwhile), and a
plain read-only connection still takes locks that can stall Anki. Copying the file and its WAL
into a temporary folder and reading the copy leaves the user's files byte for byte as they
were.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from learner.deck import PACKAGE_COLLECTIONS
from learner.errors import KnownWordsError
from learner.vocabulary import Word, normalize_lemma, replaced

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
# learner's own note type keeps the bare lemma in this field (see learner.deck.FIELDS).
LEMMA_FIELD = "Lemma"
# Anki calls a card "mature" from an interval of 21 days on (its statistics and browser search
# `prop:ivl>=21`): reviewed successfully over three weeks apart, a word is held in memory.
MATURE_INTERVAL = 21
# Anki's cards table: `queue` -1 is a suspended card; `type` 2 is a card in review and 3 one
# relearning after a lapse, the only two whose `ivl` is a number of days the learner has held
# it (a new card's is 0).
_SUSPENDED_QUEUE = -1
_REVIEWED_TYPES = (2, 3)
# Collections inside an .apkg/.colpkg, newest format first. Anki 2.1.50+ exports
# collection.anki21b (zstd-compressed) next to a collection.anki2 that holds only a note asking
# to upgrade Anki, so the legacy file must not be read when the new one is there.
_NEW_FORMAT = "collection.anki21b"
# An entry longer than this is a phrase or a sentence (a sentence card, a definition), not a
# word the learner knows: its words are not taken as known.
MAX_ENTRY_WORDS = 3
# Words that never carry an entry's meaning ("die Einmischung", "sich treffen").
_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "PART", "CCONJ", "SCONJ", "PUNCT", "SYM",
                           "NUM", "SPACE", "AUX"})
_TAG = re.compile(r"<[^>]*>")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
_SOUND = re.compile(r"\[sound:[^\]]*\]")
# Dictionary-style additions after the word: "Vorwurf, -e", "gehen (ging, gegangen)",
# "Haus; das", "Bank / Bänke".
_ADDITION = re.compile(r"[,;/(\[{=|]")


@dataclass(frozen=True)
class KnownSource:
    """What one --known file gave: lemmas as they are, and texts still to be lemmatized."""

    path: Path
    lemmas: tuple[str, ...]
    texts: tuple[str, ...]


def clean_entry(text: str) -> str:
    """A field or list line reduced to the words it names: no HTML, cloze marks or additions."""
    text = _CLOZE.sub(r"\1", text)
    text = _SOUND.sub(" ", text)
    text = html.unescape(_TAG.sub(" ", text)).replace("\xa0", " ")
    text = _ADDITION.split(text, maxsplit=1)[0]
    return " ".join(text.split())


def read_source(path: str | Path, min_interval: int = MATURE_INTERVAL,
                field: str | None = None) -> KnownSource:
    """Read one --known file of any of the three kinds. Raises KnownWordsError.

    From a collection, only notes with a card of an interval of at least `min_interval` days,
    not suspended (0: every note, as from a package). Notes of other note types than learner's
    give the field named `field` where their type has one, else their first field.
    """
    path = Path(path)
    if path.is_dir() and (path / "collection.anki2").is_file():
        path = path / "collection.anki2"  # an Anki profile folder
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        raise KnownWordsError(f"--known {path}: no such file") from None
    except IsADirectoryError:
        raise KnownWordsError(f"--known {path}: is a folder without a collection.anki2, not a "
                              "word list or collection") from None
    except OSError as exc:
        raise KnownWordsError(f"--known {path}: cannot read ({exc.strerror or exc})") from None
    if head.startswith(SQLITE_MAGIC):
        with tempfile.TemporaryDirectory(prefix="learner-known-") as folder:
            copy = _copy_collection(path, Path(folder))
            lemmas, texts = _read_collection(copy, path, min_interval, field)
    elif head.startswith(ZIP_MAGIC):
        lemmas, texts = _read_package(path, field)
    else:
        lemmas, texts = (), _read_word_list(path)
    return KnownSource(path, tuple(lemmas), tuple(texts))


def _read_word_list(path: Path) -> list[str]:
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KnownWordsError(
            f"--known {path}: not a UTF-8 word list, .apkg or Anki collection") from None
    except OSError as exc:
        raise KnownWordsError(f"--known {path}: cannot read ({exc.strerror or exc})") from None
    lines = (line.split("#", 1)[0] for line in raw.splitlines())
    return [line.strip() for line in lines if line.strip()]


def _copy_collection(path: Path, folder: Path) -> Path:
    """Copy a collection and its write-ahead log (if Anki has one open) into `folder`."""
    copy = folder / "collection.anki2"
    try:
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, folder / (copy.name + "-wal"))
    except OSError as exc:
        raise KnownWordsError(f"--known {path}: cannot read ({exc.strerror or exc})") from None
    return copy


def _read_package(path: Path, field: str | None = None) -> tuple[list[str], list[str]]:
    try:
        with zipfile.ZipFile(path) as package, \
                tempfile.TemporaryDirectory(prefix="learner-known-") as folder:
            names = set(package.namelist())
            if _NEW_FORMAT in names:
                db = Path(folder) / "collection.anki2"
                db.write_bytes(_zstd_decompress(package.read(_NEW_FORMAT), path))
            else:
                legacy = next((n for n in PACKAGE_COLLECTIONS if n in names), None)
                if legacy is None:
                    raise KnownWordsError(f"--known {path}: a zip file without an Anki "
                                          "collection inside (not an .apkg)")
                db = Path(package.extract(legacy, folder))
            return _read_collection(db, path, 0, field)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise KnownWordsError(f"--known {path}: not a readable .apkg ({exc})") from None


def _zstd_decompress(data: bytes, path: Path) -> bytes:
    try:
        import zstandard  # optional: only Anki's own newer exports need it
    except ImportError:
        raise KnownWordsError(
            f"--known {path}: exported in Anki's newer compressed format; pass the "
            "collection.anki2 from your Anki profile folder instead, export with \"Support "
            "older Anki versions\" ticked, or pip install zstandard") from None
    try:
        return zstandard.ZstdDecompressor().decompress(data, max_output_size=1 << 31)
    except zstandard.ZstdError as exc:
        raise KnownWordsError(f"--known {path}: damaged package ({exc})") from None


def _read_collection(db: Path, origin: Path, min_interval: int = 0,
                     field: str | None = None) -> tuple[list[str], list[str]]:
    """Lemmas from learner's note type and the word fields of all others, from a collection
    copy: of every note with `min_interval` 0, else of the notes the learner has learned."""
    try:
        con = sqlite3.connect(db)
        # Anki declares names in its tables COLLATE unicase, a collation of its own; SQLite
        # refuses to query those columns until one of that name exists.
        con.create_collation("unicase", _unicase)
        try:
            lemma_index = _field_index(con, LEMMA_FIELD)
            word_index = _field_index(con, field) if field else {}
            if min_interval > 0:
                rows = con.execute(
                    "SELECT mid, flds FROM notes WHERE id IN (SELECT nid FROM cards WHERE "
                    f"queue != ? AND type IN ({', '.join('?' * len(_REVIEWED_TYPES))}) "
                    "AND ivl >= ?)",
                    (_SUSPENDED_QUEUE, *_REVIEWED_TYPES, min_interval)).fetchall()
            else:
                rows = con.execute("SELECT mid, flds FROM notes").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise KnownWordsError(f"--known {origin}: not a readable Anki collection ({exc}; if "
                              "Anki is writing to it, try again)") from None
    lemmas, texts = [], []
    for note_type, fields in rows:
        values = fields.split("\x1f")
        index = lemma_index.get(note_type)
        if index is not None and index < len(values):
            lemmas.append(clean_entry(values[index]))
        elif values:
            index = word_index.get(note_type, 0)
            texts.append(clean_entry(values[index if index < len(values) else 0]))
    return [x for x in lemmas if x], [x for x in texts if x]


def _unicase(a: str, b: str) -> int:
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


def _field_index(con: sqlite3.Connection, name: str) -> dict[int, int]:
    """Note type id -> position of its field called `name` (case ignored), for the note types
    that have one.

    Anki 2.1.28+ keeps fields in a `fields` table; older collections and genanki's packages
    keep note types as JSON in `col.models`.
    """
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "notes" not in tables:
        raise sqlite3.DatabaseError("no notes table")
    wanted = name.casefold()
    if "fields" in tables:
        rows = con.execute("SELECT ntid, ord, name FROM fields")
        return {int(ntid): int(ord_) for ntid, ord_, found in rows
                if str(found).casefold() == wanted}
    found = {}
    (models,) = con.execute("SELECT models FROM col").fetchone() or ("{}",)
    for note_type_id, model in json.loads(models or "{}").items():
        for fld in model.get("flds", []):
            if str(fld.get("name", "")).casefold() == wanted:
                found[int(note_type_id)] = int(fld.get("ord", 0))
    return found


# A lone word gives a tagger no context, and a lower-case word at the start of a "sentence"
# is often guessed to be a noun ("unterzeichneten" -> Unterzeichnete). German capitalizes
# nouns, so a lower-case entry tagged as a noun is tagged again where only a verb ("Sie
# unterzeichneten .") or an adjective or participle ("Es ist vereinbart .") fits, and every
# reading's lemma is taken: the learner knows the written form, whichever word it belongs to.
_FRAMES = ("Sie {} .", "Es ist {} .")


def lemmatize(texts: Iterable[str], pipeline: Language) -> set[str]:
    """The lemmas of short entries ("Vorwürfe", "die Einmischung", "sich treffen").

    Function words (article, reflexive pronoun) are dropped; a one-word entry is always kept,
    with its readings in the frames above when it is lower case but was tagged a noun. The
    written form is kept too, so an entry the tagger cannot analyse still matches itself.
    """
    entries = list(dict.fromkeys(t for t in texts if 0 < len(t.split()) <= MAX_ENTRY_WORDS))
    found: set[str] = set()
    doubtful: list[str] = []
    for doc in pipeline.pipe(entries, batch_size=256):
        tokens = [t for t in doc if any(c.isalpha() for c in t.text)]
        if len(tokens) > 1:
            tokens = [t for t in tokens if t.pos_ not in _FUNCTION_POS] or tokens[-1:]
        elif tokens and tokens[0].text[:1].islower() and tokens[0].pos_ in ("NOUN", "PROPN"):
            doubtful.append(tokens[0].text)
        found.update(_lemmas(tokens))
    framed = [frame.format(word) for word in doubtful for frame in _FRAMES]
    for doc in pipeline.pipe(framed, batch_size=256):
        # Only the entry's own token (the last word) counts, not the frame's.
        found.update(_lemmas([t for t in doc if t.is_alpha][-1:]))
    return found


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    found = set()
    for token in tokens:
        found.add(token.text)
        found.add(normalize_lemma(token.lemma_ or token.text, token.pos_))
    return found


def known_lemmas(paths: Sequence[str | Path], pipeline: Language,
                 min_interval: int = MATURE_INTERVAL,
                 field: str | None = None) -> frozenset[str]:
    """Every lemma the files name, case-folded for matching (see `read_source` for
    `min_interval` and `field`)."""
    lemmas: set[str] = set()
    texts: list[str] = []
    for path in paths:
        source = read_source(path, min_interval, field)
        lemmas.update(source.lemmas)
        texts.extend(source.texts)
    lemmas |= lemmatize(texts, pipeline)
    return frozenset(x.casefold() for x in lemmas)


def is_known(word: Word, known: frozenset[str]) -> bool:
    """Whether the learner has this word. Case is ignored: a list written in lower case
    ("vorwurf") still names the noun Vorwurf."""
    return word.lemma.casefold() in known


def drop_known(words: Iterable[Word], known: frozenset[str],
               keep: frozenset[str] = frozenset()) -> list[Word]:
    """The words the learner does not have yet, plus those in `keep` (case-folded lemmas)."""
    return [w for w in words if not is_known(w, known) or w.lemma.casefold() in keep]


def unknown_words(words: Iterable[Word], max_zipf: float,
                  known: frozenset[str] = frozenset()) -> frozenset[tuple[str, str]]:
    """The (lemma, part of speech) of the words a learner does not know yet.

    A word is known when it is more common than the threshold (Zipf above `max_zipf`) or its
    lemma is in `known` (case-folded); every other content word of the articles is unknown,
    a card or not: one wordfreq has never seen (Zipf 0) too, as `learner stats` counts it.
    Names, numbers and function words never become Words, so they are never unknown.
    """
    return frozenset(w.key for w in words
                     if (w.zipf or 0.0) <= max_zipf and not is_known(w, known))


def count_unknown(words: Iterable[Word], unknown: frozenset[tuple[str, str]]) -> list[Word]:
    """The words with each example's other unknown words counted (`Example.unknown`).

    The word itself is not counted (a card is about it), wherever it occurs in the sentence.
    """
    counted = []
    # The examples cut from one sentence share its tuple of words (see Example.words), so its
    # unknown ones are found once per sentence: by the tuple's id, the tuple itself kept
    # beside, so an id is never taken for another's.
    found: dict[int, tuple[tuple, tuple[tuple[str, str], ...], tuple[str, ...]]] = {}
    for word in words:
        key = word.key
        examples = []
        for e in word.examples:
            seen = found.get(id(e.words))
            if seen is None or seen[0] is not e.words:
                pairs = tuple(p for p in e.words if p in unknown)
                seen = found[id(e.words)] = (
                    e.words, pairs,
                    tuple(dict.fromkeys(lemma for lemma, _ in pairs)) if pairs else ())
            _, pairs, lemmas = seen
            if pairs and key in pairs:
                lemmas = tuple(dict.fromkeys(lemma for lemma, pos in pairs
                                             if (lemma, pos) != key))
            examples.append(replaced(e, unknown=lemmas))
        counted.append(replaced(word, examples=tuple(examples)))
    return counted


def deck_lemmas(path: str | Path) -> frozenset[str]:
    """The lemmas of a deck learner wrote earlier, case-folded; empty if there is none.

    A rebuilt deck keeps these whatever --known says: they are the notes the learner is
    studying from this deck, and only a deck that still holds them updates their examples.
    Dropping them would not remove them from Anki anyway (notes missing from a file stay).
    """
    path = Path(path)
    if not path.is_file():
        return frozenset()
    try:
        return frozenset(x.casefold() for x in read_source(path, 0).lemmas)
    except KnownWordsError:
        return frozenset()
