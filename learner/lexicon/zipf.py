"""wordfreq's Zipf frequency of a German word form, and the compound-part checks built on it.

Pure facts about a string, with no sentence around it: the NLP layer's lemma and name checks
(`learner.nlp.lemmas`, `learner.nlp.names`, `learner.nlp.entities`) ask them, and so do the
vocabulary and frequency stages. They live here, beside the noun lexicon, rather than in
`learner.nlp`, so that those later stages import nothing of the NLP layer beyond its tag
tables and Doc/Token reading helpers (docs/vocabulary.md, "Layers: what the later stages
take from the NLP layer").
"""

from __future__ import annotations

import math
from functools import cache

from learner import wordlists
from learner.memo import memo_one
from learner.morphology import LINKING

LANGUAGE = "de"


# A compound's last part counts as known from Zipf 3 (one in a million words): below that
# wordfreq's German list holds foreign words and fragments ("Tack", "Ack", "Skreis").
HEAD_ZIPF = 3.0


@cache
def _frequencies() -> wordlists.Frequencies:
    # wordfreq's German list (`learner.wordlists`): a few hundred queries for an article, the
    # whole list read once (0.3 s) for a corpus. A dict look-up is ~100x cheaper than
    # zipf_frequency, which tokenizes its argument on every call.
    return wordlists.frequencies(LANGUAGE)


@memo_one(200_000)
def known(word: str) -> float:
    """wordfreq's Zipf frequency of a written form (0.0 = never seen: likely no German word).

    Plain words are looked up in wordfreq's list as wordfreq itself would (case-folded, so ß
    and ss are one); anything with digits, hyphens or spaces goes through zipf_frequency, which
    splits it into tokens first.
    """
    if word.isalpha():
        frequency = _frequencies().get(word.casefold(), 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency else 0.0
    return wordlists.zipf_frequency(word, LANGUAGE)


def known_first_part(part: str) -> bool:
    """Whether a compound's first part is a known word, alone or before a linking element
    ("Rechtfertigung-s-versuche")."""
    return known(part) >= HEAD_ZIPF or any(
        part.endswith(link) and len(part) - len(link) >= 3
        and known(part[: -len(link)]) >= HEAD_ZIPF for link in LINKING)


def has_known_head(word: str) -> bool:
    """Whether a compound ends in a known word of 4+ letters ("Fledertier": "Tier")."""
    for start in range(1, len(word) - 3):
        part = word[start:]
        if part.isalpha() and known(part[0].upper() + part[1:]) >= HEAD_ZIPF:
            return True
    return False
