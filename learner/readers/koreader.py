"""KOReader's vocabulary builder (vocabulary_builder.sqlite3, in KOReader's settings folder).

Each word looked up is a row of `vocabulary`: the word, the text before and after it
(`prev_context`, `next_context`), the form as highlighted (`highlight`, in newer versions) and
its book (`title_id`, a row of `title`). Each look-up becomes one article: the sentence cut
from its context, with the book's title as its source and the word marked as looked up.
KOReader does not store a word's language: a database of words from books in other languages
is warned about as any text that does not look German.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from learner.articles import Article, warn_unless_german
from learner.errors import InputError
from learner.readers._lookups import connect, lookup_article, query, sentence_around, tables

NAME = "KOReader vocabulary builder database"
SUFFIXES = frozenset({".sqlite3", ".sqlite"})
_KIND = "a KOReader vocabulary builder database (vocabulary_builder.sqlite3)"


def sniff(head: bytes) -> bool:
    """An SQLite database with KOReader's `vocabulary` table and its context columns."""
    names = tables(head)
    return "vocabulary" in names and "prev_context" in names


def read(path: Path) -> list[Article]:
    """One article per look-up; InputError for an empty or foreign database."""
    with connect(path, _KIND) as connection:
        columns = {row[1] for row in query(connection, "PRAGMA table_info(vocabulary)",
                                          path, _KIND)}
        highlight = "v.highlight" if "highlight" in columns else "NULL"
        rows = query(connection, f"""
            SELECT v.word, {highlight}, v.prev_context, v.next_context, t.name
            FROM vocabulary v LEFT JOIN title t ON t.id = v.title_id
            ORDER BY v.create_time""", path, _KIND)
    articles = []
    for word, marked, before, after, book in rows:
        if not word:
            continue
        sentence = sentence_around(before or "", marked or word, after or "")
        articles.append(lookup_article(path, book, sentence, (marked or word, word)))
    if not articles:
        raise InputError(f"{path}: {_KIND} with no look-ups")
    warn_unless_german(replace(articles[0], text=" ".join(a.text for a in articles[:200])))
    return articles
