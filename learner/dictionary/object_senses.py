"""Object phrases in a verb's clauses: the first senses of phrases in other words' lines
whose nouns stand in the verb's clauses ("(Kritik einstecken) to take criticism",
`object_phrase_senses`); [] where none fits. `context_senses.in_context` puts them first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from learner.dictionary.contexts import noun_stem
from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import (
    ENGLISH_FUNCTION_WORDS,
    OBJECT_PHRASE,
)
from learner.dictionary.parsing import (
    CAPITALISED,
    lookup_key,
)

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def object_phrase_senses(dictionary: Dictionary, entry: Entry, lemma: str,
                         clauses: Iterable[str]) -> list[str]:
    """The first senses of the verb's object phrases from other words' lines
    (`object_phrases`: "(Kritik einstecken) to take criticism", in the line of Kritik)
    whose nouns stand in at least half of the verb's clauses, the most of them first:
    "muss viel Kritik einstecken" takes criticism, which none of the verb's own senses
    (to pocket, to put in) says. Half, not more: a verb's card often has two sentences,
    each with another object, and then each object's phrase comes ("Kritik einstecken",
    "eine Niederlage einstecken": to take a beating). Not where the phrase's English says
    one of the card's senses (a collocation, "eine Rechnung begleichen :: to settle an
    invoice", where the card's "to settle" fits); [] where none fits."""
    used = [{noun_stem(w) for w in CAPITALISED.findall(clause)}
            for clause in clauses if clause]
    if not used:
        return []
    # A German definition's words are no English to compare (vertändeln: "verlieren (Zeit,
    # Geld, den Ball ...)" is no collocation of "(den Ball vertändeln) to give the ball away").
    own = set() if entry.german else {
        w for sense in entry.gloss.split("; ") for w in re.findall(r"\w+", sense.lower())
        if len(w) > 3 and w not in ENGLISH_FUNCTION_WORDS}
    by_noun: dict[str, tuple[int, int, str]] = {}  # (hits, words, gloss) by noun
    for phrase, gloss, noun in dictionary.fetch(
            "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(lemma), OBJECT_PHRASE)):
        if own.intersection(re.findall(r"\w+", gloss.partition(") ")[2].lower())):
            continue
        stem = noun_stem(noun)
        hits = sum(stem in words for words in used)
        # Of two phrases with the noun, the longer says more of the use: "einer Sache einen
        # Riegel vorschieben" (to put a stop to sth.), not "den Riegel vorschieben" (to
        # shoot the bolt), where the article's police "schob dem Auftritt einen Riegel vor".
        fit = (hits, len(phrase.split()), gloss)
        if 2 * hits >= len(used) and fit[:2] > by_noun.get(stem, (0, 0, ""))[:2]:
            by_noun[stem] = fit
    # The most clauses first, then the clauses' order.
    order = sorted(by_noun, key=lambda stem: (-by_noun[stem][0], next(
        i for i, words in enumerate(used) if stem in words)))
    return [by_noun[stem][2] for stem in order]
