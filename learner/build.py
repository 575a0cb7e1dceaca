"""The whole path from article files to words and to a deck, as plain functions.

`learner.cli` calls these; tests and other programs can too.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from learner import deck, dictionary, frequency, nlp
from learner.articles import Article, read_articles
from learner.dictionary import Entry
from learner.vocabulary import Word, collect_words

DEFAULT_DECK_FOLDER = Path("decks")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(article: Article) -> list[str]:
    """The article's paragraphs. A sentence never spans a blank line, and spaCy is fed
    paragraph by paragraph so memory stays bounded by the longest paragraph."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(article.text) if p.strip()]


def tag_articles(articles: Iterable[Article], pipeline: Language) -> Iterator[tuple[Doc, str]]:
    """Run the NLP pipeline over every paragraph, paired with its article's label."""
    labelled = ((p, a.label) for a in articles for p in paragraphs(a))
    # The batch size hardly matters for the embedded default: no component computes in
    # batches (tokenizing and splitting 100 gnad articles takes 0.06 s at 1, 64 or 1000), but it
    # lets an official pipeline's neural components run on many docs at once.
    yield from pipeline.pipe(labelled, as_tuples=True, batch_size=64)


# Below this much text (two chunks) the articles are tagged in this process. Forking the
# workers costs well under 0.1 s and the CPU time is the same either way (30 gnad articles:
# 3.5-3.8 s user time in one process or two), so a second core pays off as soon as there are
# two chunks to give out.
PARALLEL_MIN_CHARS = 40_000
# Each task a worker takes is at least this much text (~2,800 words, ~0.5 s of tagging), so
# pickling articles out and words back stays a small share of the work.
_MIN_CHUNK_CHARS = 20_000


def available_cores() -> int:
    """How many cores this process may run on (a container or `taskset` may allow fewer)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def article_words(
    articles: Sequence[Article],
    model: str = nlp.DEFAULT_MODEL,
    *,
    workers: int | None = None,
    min_parallel_chars: int = PARALLEL_MIN_CHARS,
    chunk_chars: int | None = None,
) -> list[Word]:
    """The words of the articles, in the order they first appear, from one or more processes.

    Each article is tagged on its own, so runs of consecutive articles (of about `chunk_chars`
    characters) go to `workers` processes (default: one per core) and their words are merged
    back in order: the result is the same as tagging all articles in one process
    (tests/test_build_parallel.py checks that). Less text than `min_parallel_chars` is tagged
    in this process.
    """
    pipeline = nlp.load_pipeline(model)
    workers = available_cores() if workers is None else workers
    chars = sum(len(a.text) for a in articles)
    if workers < 2 or len(articles) < 2 or chars < min_parallel_chars:
        return collect_words(tag_articles(articles, pipeline))
    # Several tasks per worker, so a worker that finishes early takes the next one instead of
    # waiting for the other at the end.
    if chunk_chars is None:
        chunk_chars = max(_MIN_CHUNK_CHARS, chars // (8 * workers))
    chunks = _chunks(articles, chunk_chars)
    workers = min(workers, len(chunks))
    # fork shares the loaded pipeline with the workers; elsewhere each loads it once.
    method = "fork" if sys.platform == "linux" else None
    with multiprocessing.get_context(method).Pool(workers, _load_worker, (model,)) as pool:
        parts = pool.imap(_chunk_words, ((chunk, model) for chunk in chunks))
        return merge_words(parts)


def _chunks(articles: Sequence[Article], min_chars: int) -> list[list[Article]]:
    chunks: list[list[Article]] = [[]]
    size = 0
    for article in articles:
        if size >= min_chars:
            chunks.append([])
            size = 0
        chunks[-1].append(article)
        size += len(article.text)
    return chunks


def _load_worker(model: str) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and says one line. Workers that
    # caught it too would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp.load_pipeline(model)


def _chunk_words(task: tuple[list[Article], str]) -> list[Word]:
    articles, model = task
    return collect_words(tag_articles(articles, nlp.load_pipeline(model)))


def merge_words(parts: Iterable[Iterable[Word]]) -> list[Word]:
    """One Word per (lemma, part of speech) from word lists of consecutive runs of articles.

    Counts add up; forms, examples and articles are joined in order, so merging the lists of
    runs taken in order gives what `collect_words` gives for all the runs at once.
    """
    merged: dict[tuple[str, str], tuple[Word, list[int], dict, list, dict]] = {}
    for words in parts:
        for w in words:
            if w.key not in merged:
                merged[w.key] = (w, [0], {}, [], {})
            _, count, forms, examples, labels = merged[w.key]
            count[0] += w.count
            forms.update(dict.fromkeys(w.forms))
            examples.extend(w.examples)
            labels.update(dict.fromkeys(w.articles))
    return [
        replace(first, count=count[0], forms=tuple(forms), examples=tuple(examples),
                articles=tuple(labels))
        for first, count, forms, examples, labels in merged.values()
    ]


def order_words(words: Iterable[Word], order: str = "frequency") -> list[Word]:
    """Most frequent first (the ones most worth learning), or as they appear in the text."""
    words = list(words)
    if order == "frequency":
        return sorted(words, key=lambda w: (-(w.zipf or 0.0), w.lemma))
    return words


def find_words(
    paths: Sequence[str | Path],
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    model: str = nlp.DEFAULT_MODEL,
    order: str = "frequency",
) -> list[Word]:
    """The vocabulary of the articles under `paths` at or below the threshold."""
    frequency.check_threshold(max_zipf)
    articles = read_articles(paths)
    words = frequency.with_frequency(article_words(articles, model))
    return order_words(frequency.select(words, max_zipf), order)


def look_up(words: Iterable[Word]) -> dict[tuple[str, str], Entry]:
    """Dictionary entries for the words (empty until a dictionary is wired in)."""
    return {w.key: dictionary.EMPTY for w in words}


def deck_name_for(paths: Sequence[str | Path]) -> str:
    """A deck named after what was given: the article's or the folder's name."""
    names = [Path(p).resolve().stem if Path(p).is_file() else Path(p).resolve().name
             for p in paths]
    return names[0] if len(names) == 1 and names[0] else "articles"


def build_deck(
    paths: Sequence[str | Path],
    output: str | Path | None = None,
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    model: str = nlp.DEFAULT_MODEL,
    card_kinds: Sequence[str] = deck.CARD_KINDS,
) -> tuple[deck.DeckSummary, list[Word]]:
    """Build the deck for the articles under `paths` and write it to `output`."""
    words = find_words(paths, max_zipf=max_zipf, model=model)
    name = deck_name_for(paths)
    path = Path(output) if output else DEFAULT_DECK_FOLDER / f"{_file_safe(name)}.apkg"
    deck_name = f"German::{name}"
    package = deck.build_package(words, look_up(words), deck_name, card_kinds)
    deck.write_package(package, path)
    cards = sum(len(n.cards) for d in package.decks for n in d.notes)
    return deck.DeckSummary(path, deck_name, len(words), cards), words


def _file_safe(name: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip(".-")
    return safe[:80] or "deck"
