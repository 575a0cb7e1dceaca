"""Senses of a verb's frame: a card headed "sich X" shows first what Ding's "sich X" lines say,
one headed "X" what its lines without "sich" say (`in_frame`). A plain function of a
`Dictionary` and an `Entry`; it returns the entry as it was where nothing decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import ENGLISH_FUNCTION_WORDS
from learner.dictionary.ranking import MAX_SENSES
from learner.dictionary.reflexive import is_reflexive

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary
    from learner.vocabulary import Word


def in_frame(dictionary: Dictionary, entry: Entry, word: Word) -> Entry:
    """A verb's entry with the senses of its card's frame first: a card headed "sich X"
    shows first what Ding's "sich X" lines say ("sich durchschlagen": to struggle along,
    not durchschlagen's "to have an effect"), one headed "X" what its lines without
    "sich" say. Only senses on the card move, in their order; a sense that both kinds of
    line give stays where it is. A word with no verb use counted (only participles before
    nouns) shows no frame."""
    if (word.pos != "VERB" or not word.verb_uses or not entry.gloss or entry.approximate
            or not entry.frames):
        return entry
    wanted = {"sich", "dative"} if is_reflexive(word, entry) else {"plain"}
    fits: dict[str, set[bool]] = defaultdict(set)
    for frame, sense in dictionary.frame_rows(word.lemma):
        fits[sense].add(frame in wanted)
    shown = entry.gloss.split("; ")
    first = [s for s in shown if fits.get(s) == {True}]
    if not first:
        return _frame_sense(entry, fits, shown)
    if shown[0] in first or fits.get(shown[0]) != {False}:
        return entry
    return replace(entry, gloss="; ".join(first + [s for s in shown if s not in first]))


def _frame_sense(entry: Entry, fits: Mapping[str, set[bool]], shown: list[str]) -> Entry:
    """The entry with the first sense of a line of the card's frame before the card's own,
    where every sense the card shows is Ding's only for the other frame: "Facebook zieht
    sich heftige Kritik zu" is "sich etw. zuziehen", to incur sth., which the card's "to
    draw sth.; to move somewhere" (zuziehen's own lines) miss; "die Liste setzt sich aus
    ... zusammen" is "to comprise sth.", not "to piece together sth.". The ranking chose
    the card's senses from all the verb's lines, and a frame's lines are often fewer and
    shorter. Not where the frame's sense says in other words what the card says (the
    plain "to steady sth." and the reflexive "to steady": one sense either way)."""
    if fits.get(shown[0]) != {False} or any(fits.get(s, {False}) != {False} for s in shown):
        return entry
    wanted = next((s for s, fit in fits.items() if fit == {True}), "")
    said = {w for sense in shown for w in re.findall(r"\w+", sense.lower())
            if len(w) > 3 and w not in ENGLISH_FUNCTION_WORDS}
    if not wanted or said.intersection(re.findall(r"\w+", wanted.lower())):
        return entry
    return replace(entry, gloss="; ".join([wanted] + shown[:MAX_SENSES - 1]))
