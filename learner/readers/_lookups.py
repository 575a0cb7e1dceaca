"""What the e-reader look-up readers share: opening a database read-only and refusing
anything that is not the database they read, and cutting a look-up's context to its sentence."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from learner.articles import Article, normalize_text, read_bytes
from learner.errors import InputError

SQLITE_SIGNATURE = b"SQLite format 3\x00"
# An e-reader's look-up database holds a few thousand words, 1-10 MB.
MAX_DATABASE_BYTES = 200_000_000
# A sentence ends at ., ! or ? (with closing quotes) before a space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»«“”)]*\s+")


def tables(head: bytes) -> str:
    """The part of an SQLite file's first page that names its tables: their CREATE
    statements are stored there as text (for any database with a handful of tables)."""
    return head.decode("latin-1") if head.startswith(SQLITE_SIGNATURE) else ""


def connect(path: Path, kind: str) -> sqlite3.Connection:
    """The database opened read-only (the e-reader's copy is never changed); InputError when
    it is missing, empty or not SQLite."""
    data = read_bytes(path, MAX_DATABASE_BYTES)[:len(SQLITE_SIGNATURE)]
    if not data:
        raise InputError(f"{path}: the file is empty, not {kind}")
    if data != SQLITE_SIGNATURE:
        raise InputError(f"{path}: not an SQLite database, so not {kind}")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path}: cannot open {kind} ({exc})") from None
    # A damaged page can hold bytes that are not UTF-8 where text belongs; they read as
    # U+FFFD, as a damaged text file's do, instead of stopping the whole database.
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    return connection


def query(connection: sqlite3.Connection, sql: str, path: Path, kind: str) -> list[tuple]:
    """The rows of `sql`; InputError naming the file when the database is damaged or of
    another program (it lacks the tables or columns asked for)."""
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.Error as exc:
        raise InputError(f"{path}: not {kind} (SQLite says: {exc})") from None
    except UnicodeDecodeError:  # a damaged schema: its column names are not UTF-8
        raise InputError(f"{path}: a damaged database, not readable as {kind}") from None


def sentence_around(before: str, word: str, after: str) -> str:
    """The sentence a word was looked up in, from the text before and after it: from the
    last sentence end before the word to the first one after it."""
    before = _SENTENCE_END.split(normalize_text(before or ""))[-1]
    pieces = _SENTENCE_END.split(normalize_text(after or ""), maxsplit=1)
    after = pieces[0]
    sentence = f"{before}{word}{after}" if before.endswith(" ") or not before \
        else f"{before} {word}{after}"
    return " ".join(sentence.split())


def lookup_article(path: Path, book: str, sentence: str, words: tuple[str, ...]) -> Article:
    """One look-up as an article: the sentence, the book's title as the source, and the
    words looked up (the form in the text and the reader's dictionary form)."""
    book = " ".join(normalize_text(book or "").split()) or path.stem
    looked_up = tuple(dict.fromkeys(w.strip() for w in words if w and w.strip()))
    return Article(path=str(path), title=book, text=sentence or " ".join(looked_up),
                   source=book, looked_up=looked_up)
