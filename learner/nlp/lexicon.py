"""Look-ups the NLP components share: wordfreq's list of German word forms (from
`learner.lexicon.zipf`), and HanTa's lexicon asked about a word on its own (outside any
sentence).

Both answer "is this a German word, and what is it?" for the lemma and name checks
(`learner.nlp.lemmas`, `learner.nlp.names`). HanTa's analyses go through the tagger instance
of the `hanta_tagger` component, whose memo already holds the text's own words.
"""

from __future__ import annotations

from functools import lru_cache

# wordfreq's look-ups are pure lexicon facts about a string, which the vocabulary and
# frequency stages ask too: they live in `learner.lexicon.zipf`, and are named here for the
# NLP components that ask them alongside HanTa's.
from learner.lexicon.zipf import (  # noqa: F401
    HEAD_ZIPF,
    has_known_head,
    known,
    known_first_part,
)
from learner.memo import memo_one

# A declined adjective's endings, a fact of German morphology the frequency stage reads too,
# named here for the NLP components that import them with the look-ups above.
from learner.morphology import ADJECTIVE_ENDINGS  # noqa: F401

# HanTa's log-probability of a word's best tag, given the word alone: words of its lexicon
# score above -20 (Krise -9.5, Ausländer -9.8), words it has to guess below -25 (Innenhöfe
# -31.4, Fledertiere -31.5).
GUESSED_SCORE = -25.0


# Words this common (ten per million) are in HanTa's lexicon: no need to ask it.
COMMON_ZIPF = 4.0


# Compounds of lexicon words score between (Staatenlenker -22.5, Steinkellner -22.2).
COMPOUND_SCORE = -20.0


def shared_tagger():
    """The HanTa instance of the `hanta_tagger` component, whose memo already holds the
    analyses of the text's own words."""
    # Imported here: importing this module (for its wordfreq look-ups) loads neither HanTa
    # nor spaCy.
    from learner.nlp.hanta import hanover_tagger

    return hanover_tagger()


@lru_cache(maxsize=20_000)
def lexicon_lemma(word: str) -> str:
    """HanTa's lemma of a noun on its own, or "" when it would not call it a noun."""
    lemma, tag = shared_tagger().analyze(word, taglevel=1)
    return lemma if tag == "NN" else ""


@lru_cache(maxsize=20_000)
def lexicon_verb(word: str) -> str:
    """HanTa's lemma of a word on its own when it reads it as a full verb, else ""."""
    lemma, tag = shared_tagger().analyze(word, taglevel=1)
    return lemma if tag.startswith("VV") else ""


@memo_one(100_000)
def word_readings(word: str) -> tuple[tuple[str, float], ...]:
    """HanTa's tags for the word alone, best first, with their log-probabilities. Costs about
    a millisecond (more for a word it must guess), hence the cache and the cheap tests that
    callers run first."""
    return tuple((tag, float(score)) for tag, score in shared_tagger().tag_word(word))


@lru_cache(maxsize=20_000)
def comparative_positive(word: str) -> str:
    """The positive of an adjective's comparative form, as HanTa's lexicon analyses the word
    alone ("freundlicheres": freundlich + -er- + -es; "besseres": gut), else ""."""
    lemma, morphemes, tag = shared_tagger().analyze(word, taglevel=3)
    if tag == "ADJ(A)" and any(kind == "ADJ_COMP" for _, kind in morphemes):
        return lemma
    return ""


def declined_adjective_positive(word: str) -> str:
    """The positive of an adjective a declined form of which the word is, as HanTa's lexicon
    analyses the word alone: an adjective's stem with an attributive ending, maybe after the
    comparative's -er- or the superlative's -st- ("abenteuerliche": abenteuerlich;
    "unscheinbarste": unscheinbar), else ""."""
    lemma, morphemes, tag = shared_tagger().analyze(word, taglevel=3)
    if tag == "ADJ(A)" and morphemes and morphemes[-1][1] == "SUF_ADJ":
        return lemma
    return ""


def graded_adjective_positive(word: str) -> str:
    """The positive of an adjective a declined comparative or superlative form of which the
    word is, as HanTa's lexicon analyses the word alone ("höchste": hoch), else ""."""
    lemma, morphemes, tag = shared_tagger().analyze(word, taglevel=3)
    if (tag == "ADJ(A)" and morphemes and morphemes[-1][1] == "SUF_ADJ"
            and any(kind in ("ADJ_SUP", "ADJ_COMP") for _, kind in morphemes)):
        return lemma
    return ""


def is_invariant_adjective(word: str) -> bool:
    """Whether HanTa's lexicon analyses the word alone as one undeclinable adjective (its
    ADJ_INVAR: the place adjectives "berliner", "höchster" of Frankfurt-Höchst)."""
    morphemes = shared_tagger().analyze(word, taglevel=3)[1]
    return len(morphemes) == 1 and morphemes[0][1] == "ADJ_INVAR"


def best_reading(word: str) -> str:
    """HanTa's best tag for the word alone ("ADJ(D)", "PTKVZ"), "" when it has none."""
    readings = word_readings(word)
    return readings[0][0] if readings else ""


def is_nominalized_adjective(word: str) -> bool:
    """Whether HanTa reads the word alone first as a nominalized adjective (its tag NNA)."""
    return best_reading(word) == "NNA"


def is_past_participle(word: str) -> bool:
    """Whether HanTa's lexicon reads the word alone as a past participle."""
    readings = word_readings(word)
    return bool(readings) and readings[0][0] == "VV(PP)" and readings[0][1] > GUESSED_SCORE


def is_guessed(word: str, below: float = GUESSED_SCORE) -> bool:
    """Whether HanTa's lexicon lacks the word, so its tag and lemma are a guess."""
    readings = word_readings(word)
    return not readings or readings[0][1] < below
