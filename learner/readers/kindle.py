"""Kindle's Vocabulary Builder (vocab.db, in the Kindle's system/vocabulary folder).

Every word looked up on a Kindle is a row of WORDS ("de:Einmischung", the form looked up, its
stem, its language) and each look-up a row of LOOKUPS with the sentence it stood in (`usage`)
and its book (BOOK_INFO, with the book's title). Each German look-up becomes one article: the
sentence, with the book's title as its source and the word marked as looked up, so that it
becomes a card whatever the threshold.
"""

from __future__ import annotations

from pathlib import Path

from learner.articles import Article
from learner.errors import InputError
from learner.readers._lookups import connect, lookup_article, query, tables

NAME = "Kindle Vocabulary Builder database"
SUFFIXES = frozenset({".db"})
_KIND = "a Kindle Vocabulary Builder database (vocab.db)"


def sniff(head: bytes) -> bool:
    """An SQLite database with Kindle's LOOKUPS and BOOK_INFO tables."""
    names = tables(head)
    return "LOOKUPS" in names and "BOOK_INFO" in names


def read(path: Path) -> list[Article]:
    """One article per German look-up; InputError for an empty or foreign database."""
    with connect(path, _KIND) as connection:
        rows = query(connection, """
            SELECT w.word, w.stem, l.usage, b.title
            FROM LOOKUPS l JOIN WORDS w ON w.id = l.word_key
            LEFT JOIN BOOK_INFO b ON b.id = l.book_key
            WHERE lower(w.lang) LIKE 'de%' OR l.word_key LIKE 'de:%'
            ORDER BY l.timestamp, l.id""", path, _KIND)
    articles = [lookup_article(path, book, usage or "", (word, stem))
                for word, stem, usage, book in rows if word]
    if not articles:
        raise InputError(f"{path}: {_KIND} with no German look-ups")
    return articles
