"""Attested readings: the senses of a compound's parts that English has a phrase for in Ding's
translations ("rainfall", "breach of law"), put first in a composed hint
(`attested_reading`). A plain function of a `Dictionary`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from learner.dictionary.ranking import MAX_SENSES, MIN_COMPOUND_SENSE

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def attested_reading(dictionary: Dictionary, firsts: list[str], heads: list[str],
                     own_heads: list[str], first_counts: Mapping[str, int] | None = None,
                     ) -> tuple[list[str], list[str]]:
    """`firsts` and `heads` (a compound's part senses, best first) with the head's first
    sense English has a phrase for with the first part's best sense put first, where the
    best reading has none.

    A compound means one sense of each part, and which one English says by having a word
    for the pair: Ding translates some German word as "rainfall" or "fall of rain", none
    as "rain case"; "violation of the law", never "law injury". The head's senses tried
    are the ones the hint would offer, then its own first senses in Ding (`own_heads`:
    Fall is "case", "fall", "event"; its compounds use only "case"). A phrase counts
    written as "first head", joined or hyphenated ("rainfall"), or as "head of (the)
    first" ("breach of law").

    Where no sense of the head makes a phrase with the first part's best sense, another
    sense of the first part that makes one with the head's best goes first (Innen-
    "inside" and "interior": Innenministerin "≈ interior + minister"; Aufnahme-
    "recording" and "reception": Aufnahmelager "≈ reception + camp"), but only one at
    least MIN_COMPOUND_SENSE of Ding's compounds use (`first_counts`): a rarer one finds
    a phrase of another compound more often than the one meant (Bewerberfeld
    "application field", Festgottesdienst "banquet service", two compounds each)."""
    first_counts = first_counts or {}
    if not firsts:
        return firsts, heads
    tried = list(dict.fromkeys([*heads, *own_heads[:MAX_SENSES]]))
    for j, head in enumerate(tried[:MAX_SENSES + 1]):
        if _english_has(dictionary, firsts[0], head):
            if j:
                return firsts, [head, *(h for h in heads if h != head)]
            return firsts, heads
    for first in firsts[1:] if heads else ():
        if (first_counts.get(first, 0) >= MIN_COMPOUND_SENSE
                and _english_has(dictionary, first, heads[0])):
            return [first, *(f for f in firsts if f != first)], heads
    return firsts, heads


def _english_has(dictionary: Dictionary, first: str, head: str) -> bool:
    """Whether Ding translates some German word with the pair as one English phrase."""
    a, b = first.lower(), head.lower()
    if not (a and b) or a.endswith("-") or " " in a + b and len((a + " " + b).split()) > 3:
        return False
    forms = (f"{a} {b}", f"{a}{b}", f"{a}-{b}", f"{b} of {a}", f"{b} of the {a}")
    marks = ", ".join("?" * len(forms))
    return bool(dictionary.fetch(f"SELECT 1 FROM english WHERE sense IN ({marks}) LIMIT 1",
                            forms))
