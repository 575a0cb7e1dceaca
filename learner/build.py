"""The whole path from article files to words and to a deck, as plain functions.

`learner.cli` calls these; tests and other programs can too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from learner import deck, frequency, known, nlp, stats
from learner.articles import Article, read_articles
from learner.dictionary import Dictionary, Entry, find_source, look_up_words
from learner.errors import UsageError
from learner.vocabulary import Word, collect_words

DEFAULT_DECK_FOLDER = Path("decks")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
ORDERS = ("frequency", "article")

# Called as on_article(done, total) while articles are tagged: (0, total) first, then as each
# article is finished. The CLI draws a progress bar with it.
ProgressCallback = Callable[[int, int], None]


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
    if order not in ORDERS:
        raise UsageError(f"--order must be one of {', '.join(ORDERS)}, got {order!r}")
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
    max_cards: int | None = None,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    keep: frozenset[str] = frozenset(),
) -> list[Word]:
    """The vocabulary of the articles under `paths` at or below the threshold.

    With `max_cards`, only that many of them: the most frequent ones. Lemmas named in the
    `known_words` files (word lists, .apkg files, Anki collections) are left out first, unless
    `keep` (case-folded lemmas) holds them.
    """
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    order_words([], order)
    articles = read_articles(paths)
    pipeline = nlp.load_pipeline(model)
    lemmas = known.known_lemmas(known_words, pipeline) if known_words else frozenset()
    tagged = report_progress(tag_articles(articles, pipeline), len(articles), on_article)
    words = frequency.with_frequency(collect_words(tagged))
    # Known words go before --max-cards counts, so they never take a new word's place.
    unknown = known.drop_known(frequency.select(words, max_zipf), lemmas, keep)
    chosen = frequency.most_useful(unknown, max_cards)
    return order_words(chosen, order)


def report_progress(
    tagged: Iterable[tuple[Doc, str]], total: int, on_article: ProgressCallback | None
) -> Iterator[tuple[Doc, str]]:
    """Pass tagged docs through, calling `on_article(done, total)` as articles finish.

    An article is finished when the docs move on to the next article's label, whatever the
    tagging's batching; two consecutive articles with the same label count as one until the
    end, when (total, total) is always reported.
    """
    if on_article is None:
        yield from tagged
        return
    on_article(0, total)
    done, current = 0, None
    for doc, label in tagged:
        if current is not None and label != current:
            done = min(done + 1, total)
            on_article(done, total)
        current = label
        yield doc, label
    on_article(total, total)


def find_stats(
    paths: Sequence[str | Path],
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    max_cards: int | None = None,
    target: float = stats.DEFAULT_COVERAGE,
    model: str = nlp.DEFAULT_MODEL,
    on_article: ProgressCallback | None = None,
) -> stats.TextStats:
    """Cards and coverage at every threshold for the articles under `paths`."""
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    stats.check_coverage(target)
    articles = read_articles(paths)
    pipeline = nlp.load_pipeline(model)
    tagged = report_progress(tag_articles(articles, pipeline), len(articles), on_article)
    return stats.measure_docs(tagged, articles=len(articles), target=target,
                              max_zipf=max_zipf, max_cards=max_cards)


def find_dictionary(path: str | Path | None = None) -> Path | None:
    """The dictionary file that would be used (see `dictionary.find_source`)."""
    return find_source(path)


def open_dictionary(
    path: str | Path | None = None, on_build: Callable[[Path], None] | None = None
) -> Dictionary | None:
    """The German-English dictionary: `path`, $LEARNER_DICTIONARY or Debian's trans-de-en;
    None when none is installed. `on_build` is told before a first run builds its index."""
    return Dictionary.open(path, on_build=on_build)


def look_up(
    words: Iterable[Word], dictionary: Dictionary | None = None
) -> dict[tuple[str, str], Entry]:
    """Dictionary entries for the words (all empty without a dictionary)."""
    return look_up_words(words, dictionary)


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
    order: str = "frequency",
    max_cards: int | None = None,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    dictionary: Dictionary | None = None,
) -> tuple[deck.DeckSummary, list[Word]]:
    """Build the deck for the articles under `paths` and write it to `output`, glossed from
    `dictionary` when there is one.

    New cards reach the learner in the order of `order` (see `deck.build_package`).
    """
    card_kinds = deck.check_card_kinds(card_kinds)
    name = deck_name_for(paths)
    path = Path(output) if output else DEFAULT_DECK_FOLDER / f"{_file_safe(name)}.apkg"
    # The deck being replaced keeps its words, known or not, so their notes go on updating.
    keep = known.deck_lemmas(path) if known_words else frozenset()
    words = find_words(paths, max_zipf=max_zipf, model=model, order=order,
                       max_cards=max_cards, on_article=on_article, known_words=known_words,
                       keep=keep)
    deck_name = f"German::{name}"
    package = deck.build_package(words, look_up(words, dictionary), deck_name, card_kinds)
    deck.write_package(package, path)
    cards = sum(len(n.cards) for d in package.decks for n in d.notes)
    return deck.DeckSummary(path, deck_name, len(words), cards), words


def _file_safe(name: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip(".-")
    return safe[:80] or "deck"
