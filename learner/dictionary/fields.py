"""An article's subject field (sport), read from the words Ding labels with one, and a
word's field: that of most of the articles it stands in, whose senses the look-up prefers;
the nouns each article uses (`article_nouns`), whose senses tell a compound hint's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from os.path import commonprefix
from typing import TYPE_CHECKING

from learner.dictionary.contexts import TOPIC_FIELDS
from learner.dictionary.parsing import lookup_key
from learner.memo import memo_one

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary
    from learner.vocabulary import Word


# An article is about a subject field where it uses at least this many different words that
# name the field (`Dictionary.field_words`: Elfmeter, Achtelfinale, Abseitsstellung).
MIN_FIELD_WORDS = 3


def article_fields(words: Iterable[Word], dictionary: Dictionary | None) -> dict[str, str]:
    """The subject field of each article about one of `TOPIC_FIELDS`, by article label: an
    article that uses `MIN_FIELD_WORDS` words or more all of whose Ding lines carry the
    field's label. `words` are all the words of the articles (`Word.articles` says where
    each stands), not only those carded: a match report's Elfmeter and Tor are common
    words."""
    if dictionary is None:
        return {}
    found: dict[str, str] = {}
    for field in TOPIC_FIELDS:
        names = dictionary.field_words(field)
        counts: Counter[str] = Counter()
        for w in words:
            if (lookup_key(w.lemma), w.pos) in names:
                counts.update(w.articles)
        for article, count in counts.items():
            if count >= MIN_FIELD_WORDS:
                found.setdefault(article, field)
    return found


def word_field(word: Word, fields: Mapping[str, str]) -> str:
    """The field of more than half the articles the word stands in, "" where there is none."""
    if not fields or not word.articles:
        return ""
    counts = Counter(fields.get(a, "") for a in word.articles)
    field, count = counts.most_common(1)[0]
    return field if field and 2 * count > len(word.articles) else ""


def article_nouns(words: Iterable[Word]) -> dict[str, tuple[str, ...]]:
    """The nouns of each article, by article label, in the order of `words` (all the words of
    the articles, as for `article_fields`): what `discourse_senses.in_discourse` reads a
    compound hint's parts by."""
    found: dict[str, list[str]] = {}
    for w in words:
        if w.pos == "NOUN":
            for article in w.articles:
                found.setdefault(article, []).append(w.lemma)
    return {article: tuple(nouns) for article, nouns in found.items()}


def article_sentences(words: Iterable[Word]
                      ) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """The sentences of each article that `words` (all the words of the articles) show as
    examples, each once, with the lemmas of the words in it that could be cards
    (`Example.words`): what `is_article_name` reads a hyphenated compound's first part by."""
    found: dict[str, dict[str, frozenset[str]]] = {}
    for w in words:
        for example in w.examples:
            sentences = found.setdefault(example.article, {})
            if example.sentence not in sentences:
                sentences[example.sentence] = frozenset(lemma for lemma, _ in example.words)
    return {article: tuple(sentences.items()) for article, sentences in found.items()}


# The fewest letters of a stem two forms share to be one word's (`_form_of`).
MIN_STEM = 3

# A word standing alone, or in the genitive (Schieles), not inside a compound or a
# coordination ("Holzmeister-", "-Holzmeister").
_ALONE = r"(?<![\w-]){}s?(?![\w-])"


def is_article_name(part: str, articles: Iterable[str],
                    sentences: Mapping[str, Sequence[tuple[str, frozenset[str]]]]) -> bool:
    """Whether the articles write `part` (a capitalized word) alone only as a name: it stands
    alone in at least one of their sentences, and in none of them is it, or a form of it, a
    word that could be a card there. The NLP layer leaves names out of a sentence's words
    (`Example.words`: a token tagged NE or PROPN, or inside a recognized name, "mit Clemens
    Holzmeister gebaut"), and lists a common noun wherever it stands, by its lemma ("die
    Boni" as Bonus, "der Blüten" as Blüte)."""
    pattern = re.compile(_ALONE.format(re.escape(part)))
    alone = False
    for article in articles:
        for sentence, lemmas in sentences.get(article, ()):
            if part in sentence and pattern.search(sentence):
                if any(_form_of(part, lemma) for lemma in lemmas):
                    return False
                alone = True
    return alone


def _form_of(word: str, lemma: str) -> bool:
    """Whether `word` may be an inflected form of `lemma` (or the lemma itself): German
    inflects a noun at its end, by at most two letters beyond a shared stem (Blüte-n,
    Referendum-s, Bon-i of Bon-us)."""
    if word[:1] != lemma[:1]:
        return False
    shared = len(commonprefix((word, lemma)))
    return shared >= max(len(word), len(lemma)) - 2 and shared >= MIN_STEM


def word_neighbours(word: Word, nouns: Mapping[str, Sequence[str]]
                    ) -> tuple[list[str], list[str]]:
    """The nouns of the articles a word stands in (`article_nouns`), and the same in lower
    case: those of each article in turn, so a noun of several of them more than once, and
    the word's own among them. What `discourse_senses.in_discourse` reads depends only on
    which nouns they are, and it leaves out the word's own. Each article's nouns are lowered
    once (`_lowered`): lowering the hundreds of nouns of a word's articles again for each
    compound hint took ~0.3 s of CPU over the 600 gnad articles' 2,900 hints, more than the
    rule's own tests."""
    found: list[str] = []
    lowered: list[str] = []
    for article in word.articles:
        names = nouns.get(article, ())
        found.extend(names)
        lowered.extend(_lowered(tuple(names)))
    return found, lowered


# The lower case of every noun lowered so far, each string kept once however many articles
# use the noun.
_LOWER: dict[str, str] = {}


@memo_one(20_000)
def _lowered(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """An article's nouns in lower case, in their order."""
    return tuple(_LOWER.get(noun) or _LOWER.setdefault(noun, noun.lower()) for noun in nouns)
