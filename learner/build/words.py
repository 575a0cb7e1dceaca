"""Finding a corpus's words, ordered and selected as a deck or `learner words` shows them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from learner import deck, frequency, known, nlp, stats
from learner.articles import Article
from learner.build.analysis import WORD_FIELDS
from learner.build.corpus import Corpus, analyse_paths
from learner.build.glosses import Glossed
from learner.build.tagging import ProgressCallback
from learner.errors import UsageError
from learner.vocabulary import Word

ORDERS = ("frequency", "article", "i+1")


def order_words(words: Iterable[Word], order: str = "frequency") -> list[Word]:
    """Most frequent first (the ones most worth learning), as they appear in the text, or
    "i+1": most frequent first where earlier cards leave a later card's sentence no other
    new word (see `deck.i_plus_one_order`)."""
    if order not in ORDERS:
        raise UsageError(f"--order must be one of {', '.join(ORDERS)}, got {order!r}")
    words = list(words)
    if order == "frequency":
        return sorted(words, key=lambda w: (-(w.zipf or 0.0), w.lemma))
    if order == "i+1":
        return deck.i_plus_one_order(order_words(words, "frequency"))
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
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    threshold_for_looked_up: bool = False,
    use_cache: bool = True,
    usable: Callable[[Word], bool] | None = None,
) -> list[Word]:
    """The vocabulary of the articles under `paths` at or below the threshold; with
    `usable`, only the words it accepts (see `Glossed`), before `max_cards` counts.

    With `max_cards`, only that many of them: the most frequent ones. Lemmas named in the
    `known_words` files (word lists, .apkg files, Anki collections) are left out first, unless
    `keep` (case-folded lemmas) holds them; from a collection, the notes with a card of an
    interval of `known_min_interval` days or more, their word read from `known_field` (see
    `known.read_source`). Words looked up on an e-reader are chosen whatever the threshold,
    unless `threshold_for_looked_up` (see `select_words`). `use_cache=False` analyses every
    article afresh and leaves the article cache alone.
    """
    return find_words_and_corpus(paths, max_zipf=max_zipf, model=model, order=order,
                       max_cards=max_cards, on_article=on_article, known_words=known_words,
                       keep=keep, known_min_interval=known_min_interval,
                       known_field=known_field, threshold_for_looked_up=threshold_for_looked_up,
                       use_cache=use_cache, usable=usable)[0]


def find_words_and_corpus(
    paths: Sequence[str | Path],
    *,
    max_zipf: float,
    model: str,
    order: str,
    max_cards: int | None,
    on_article: ProgressCallback | None,
    known_words: Sequence[str | Path],
    keep: frozenset[str],
    known_min_interval: int,
    known_field: str | None,
    threshold_for_looked_up: bool,
    use_cache: bool,
    usable: Callable[[Word], bool] | None,
    while_tagging: Callable[[], None] | None = None,
) -> tuple[list[Word], Corpus]:
    """`find_words`, with the corpus the words come from (their digests: see `Corpus`);
    `while_tagging` as `analyse_paths` takes it."""
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    order_words([], order)
    corpus = analyse_paths(paths, model, use_cache=use_cache, on_article=on_article,
                           while_tagging=while_tagging,
                           while_merging=_glossing_ahead(usable, max_zipf, max_cards))
    if isinstance(usable, Glossed):
        usable.digests = corpus.digests
        usable.words = corpus.words
    lemmas = (known.known_lemmas(known_words, nlp.load_pipeline(model), known_min_interval,
                                 known_field) if known_words else frozenset())
    words = corpus.words
    chosen = select_words(words, corpus.sources, max_zipf, threshold_for_looked_up)
    # Known words go before --max-cards counts, so they never take a new word's place.
    unknown = known.drop_known(chosen, lemmas, keep)
    chosen = frequency.most_useful(unknown, max_cards, usable)
    # Each example learns which of its words are new to the learner, so the deck can show
    # the sentences where the card's word is the only one (i+1).
    chosen = known.count_unknown(chosen, known.unknown_words(words, max_zipf, lemmas))
    return order_words(chosen, order), corpus


def _glossing_ahead(
    usable: Callable[[Word], bool] | None, max_zipf: float, max_cards: int | None
) -> Callable[[tuple], None] | None:
    """`analyse_paths`' `while_merging` for a `Glossed`: each word an analysis shows at or
    below the threshold for the first time is looked up ahead (`Glossed.look_up_ahead`).

    The Zipf from the forms met so far is at most the word's Zipf from all of them
    (`frequency.zipf_of`), so a word above the threshold at its first analysis stays above
    it and is never looked up for nothing; one below it may still rise above it (111 of the
    13,198 looked up ahead over the 600 gnad articles), an entry looked up and dropped. None with
    `max_cards`, where `most_useful` looks words up from the most frequent down only until
    it has enough."""
    if not isinstance(usable, Glossed) or max_cards is not None:
        return None
    lemma, pos, forms = (WORD_FIELDS[name] for name in ("lemma", "pos", "forms"))
    seen: set[tuple[str, str]] = set()

    def ahead(analysis: tuple) -> None:
        for record in analysis[0]:
            key = (record[lemma], record[pos])
            if key in seen:
                continue
            seen.add(key)
            if 0 < frequency.zipf_of(key[0], key[1], record[forms]) <= max_zipf:
                usable.look_up_ahead(*key)

    return ahead


def select_words(
    words: Iterable[Word],
    articles: Sequence[Article],
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    threshold_for_looked_up: bool = False,
) -> list[Word]:
    """The words that become cards: those at or below the threshold, and every word the
    learner looked up on an e-reader (Article.looked_up).

    A look-up says the learner did not know the word, however common it is, so it becomes a
    card whatever the threshold, even when wordfreq does not know it; with
    `threshold_for_looked_up` (a threshold the user gave) the threshold applies to it too.
    The other words of a look-up's sentence are its context, not words the learner asked
    about: they become cards only when another article has them.
    """
    looked_up = {w.casefold() for a in articles for w in a.looked_up}
    if not looked_up:
        return frequency.select(words, max_zipf)
    lookup_labels = {a.label for a in articles if a.looked_up}
    other_labels = {a.label for a in articles if not a.looked_up}
    selected = {id(w) for w in frequency.select(words, max_zipf)}
    chosen = []
    for word in words:
        lemma = word.lemma.casefold()
        asked = (not lookup_labels.isdisjoint(word.articles)
                 and (lemma in looked_up
                      or any(_looked_up_form(f.casefold(), lemma, word.pos, looked_up)
                             for f in word.forms)))
        if asked and not threshold_for_looked_up:
            chosen.append(word)
        elif id(word) in selected and (asked or not other_labels.isdisjoint(word.articles)):
            chosen.append(word)
    return chosen


def _looked_up_form(form: str, lemma: str, pos: str, looked_up: set[str]) -> bool:
    """Whether a word's form is one the learner looked up. A separable verb's form carries
    the particle the sentence left at the clause's end ("ging ... hinunter" is the form
    "hinunterging" of "hinuntergehen"), while the e-reader recorded the word tapped, "ging":
    the form matches when it is that word behind the particle its lemma starts with."""
    if form in looked_up:
        return True
    return pos == "VERB" and any(form[i:] in looked_up and lemma.startswith(form[:i])
               for i in range(1, len(form)))


def find_stats(
    paths: Sequence[str | Path],
    *,
    max_zipf: float = frequency.DEFAULT_MAX_ZIPF,
    max_cards: int | None = None,
    target: float = stats.DEFAULT_COVERAGE,
    model: str = nlp.DEFAULT_MODEL,
    on_article: ProgressCallback | None = None,
    known_words: Sequence[str | Path] = (),
    known_min_interval: int = known.MATURE_INTERVAL,
    known_field: str | None = None,
    use_cache: bool = True,
) -> stats.TextStats:
    """Cards and coverage at every threshold for the articles under `paths`, from the same
    analyses (and article cache) as the deck, on every core; with `known_words` (as
    `find_words`), also what the known words change at `max_zipf`."""
    frequency.check_threshold(max_zipf)
    frequency.check_max_cards(max_cards)
    stats.check_coverage(target)
    corpus = analyse_paths(paths, model, use_cache=use_cache, on_article=on_article)
    lemmas = (known.known_lemmas(known_words, nlp.load_pipeline(model), known_min_interval,
                                 known_field) if known_words else frozenset())
    return stats.measure(corpus.words, corpus.running,
                         articles=corpus.articles, target=target, max_zipf=max_zipf,
                         max_cards=max_cards, known_lemmas=lemmas)
