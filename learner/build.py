"""The whole path from article files to words and to a deck, as plain functions.

`learner.cli` calls these; tests and other programs can too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from learner import deck, dictionary, frequency, known, nlp
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
    yield from pipeline.pipe(labelled, as_tuples=True, batch_size=64)


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
    known_words: Sequence[str | Path] = (),
    keep: frozenset[str] = frozenset(),
) -> list[Word]:
    """The vocabulary of the articles under `paths` at or below the threshold, less the
    lemmas named in the `known_words` files (word lists, .apkg files, Anki collections)
    unless `keep` (case-folded lemmas) holds them."""
    frequency.check_threshold(max_zipf)
    articles = read_articles(paths)
    pipeline = nlp.load_pipeline(model)
    lemmas = known.known_lemmas(known_words, pipeline) if known_words else frozenset()
    words = frequency.with_frequency(collect_words(tag_articles(articles, pipeline)))
    selected = known.drop_known(frequency.select(words, max_zipf), lemmas, keep)
    return order_words(selected, order)


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
    known_words: Sequence[str | Path] = (),
) -> tuple[deck.DeckSummary, list[Word]]:
    """Build the deck for the articles under `paths` and write it to `output`."""
    card_kinds = deck.check_card_kinds(card_kinds)
    name = deck_name_for(paths)
    path = Path(output) if output else DEFAULT_DECK_FOLDER / f"{_file_safe(name)}.apkg"
    # The deck being replaced keeps its words, known or not, so their notes go on updating.
    keep = known.deck_lemmas(path) if known_words else frozenset()
    words = find_words(paths, max_zipf=max_zipf, model=model, known_words=known_words,
                       keep=keep)
    deck_name = f"German::{name}"
    package = deck.build_package(words, look_up(words), deck_name, card_kinds)
    deck.write_package(package, path)
    cards = sum(len(n.cards) for d in package.decks for n in d.notes)
    return deck.DeckSummary(path, deck_name, len(words), cards), words


def _file_safe(name: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip(".-")
    return safe[:80] or "deck"
