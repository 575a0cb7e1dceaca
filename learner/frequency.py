"""Frequency: how common a word is in German, on wordfreq's Zipf scale, and the threshold.

Zipf is log10 of a word's frequency per billion words: 7 is "der", 4 is ten per million
("Vorwurf"), 3 is one per million ("Einmischung"), 0 means wordfreq has never seen the word.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from wordfreq import zipf_frequency

from learner.errors import UsageError
from learner.vocabulary import Word

LANGUAGE = "de"

# Words at Zipf above 4.0 occur more than ten times per million words: in German that is
# roughly the 4,000 most common word forms, which a B1 learner has met many times. A word at
# or below it is one an intermediate reader meets in news but has likely not learned.
DEFAULT_MAX_ZIPF = 4.0
# The scale's range: nothing in German is above ~7.5 ("der"); 8 leaves room and catches typos
# like 80 for 8.0.
MAX_ZIPF_LIMIT = 8.0


@lru_cache(maxsize=200_000)
def form_zipf(form: str) -> float:
    """Zipf frequency of one written form in German (0.0 when wordfreq has never seen it)."""
    return zipf_frequency(form, LANGUAGE)


def lemma_zipf(word: Word) -> float:
    """A word's Zipf frequency: its lemma's, or the sum over the forms the article used.

    A verb is mostly met through its forms ("zurückgewiesen"), so its frequency is the
    frequencies of lemma and seen forms added up (on the linear scale, then back to Zipf),
    whichever is larger. Forms are case-folded by wordfreq, so "Treffen" and "treffen" count
    once.
    """
    lemma = form_zipf(word.lemma)
    per_billion = 10 ** lemma if lemma else 0.0
    seen = {word.lemma.lower()}
    for form in word.forms:
        if form.lower() in seen:
            continue
        seen.add(form.lower())
        z = form_zipf(form)
        if z:
            per_billion += 10**z
    combined = math.log10(per_billion) if per_billion else 0.0
    return round(max(lemma, combined), 2)


def check_threshold(max_zipf: float) -> float:
    """The threshold as given, or UsageError when it is not a Zipf value."""
    if not isinstance(max_zipf, int | float) or math.isnan(max_zipf):
        raise UsageError(f"--max-zipf must be a number, got {max_zipf!r}")
    if not 0 <= max_zipf <= MAX_ZIPF_LIMIT:
        raise UsageError(f"--max-zipf must be between 0 and {MAX_ZIPF_LIMIT:g}, got {max_zipf:g}")
    return float(max_zipf)


def with_frequency(words: Iterable[Word]) -> list[Word]:
    """The words with their Zipf frequency filled in."""
    return [replace(w, zipf=lemma_zipf(w)) for w in words]


def select(words: Iterable[Word], max_zipf: float = DEFAULT_MAX_ZIPF) -> list[Word]:
    """Words German knows (Zipf > 0) but that are no more common than `max_zipf`."""
    max_zipf = check_threshold(max_zipf)
    return [w for w in words if w.zipf is not None and 0 < w.zipf <= max_zipf]
