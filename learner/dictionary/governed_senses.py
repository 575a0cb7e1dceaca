"""Prepositional objects: the sense the card shows whose Ding line takes a preposition the
clauses use (`governed_sense`), and the sense of a line that writes the verb with "sich" and
a preposition the clauses hold with a reflexive pronoun (`reflexive_frame_sense`). Each
gives "" where none fits; `context_senses.in_context` puts the sense first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from learner.dictionary.contexts import CONTRACTIONS
from learner.dictionary.entry import Entry
from learner.dictionary.parsing import (
    DATIVE_OBJECT,
    has_dative_object,
    lookup_key,
)

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# The reflexive pronouns of every person: "wir freuen uns auf", "man muss sich mit ...
# herumschlagen".
_REFLEXIVE_PRONOUNS = frozenset({"sich", "mich", "dich", "uns", "euch"})


def reflexive_frame_sense(dictionary: Dictionary, entry: Entry, lemma: str,
                          clauses: Iterable[str]) -> str:
    """The first sense of a line of Ding's that writes the verb with "sich" and a
    prepositional object ("sich auf etw. versteifen {vr} :: to become set on sth."), where
    more than half of the verb's clauses hold both a reflexive pronoun and that
    preposition ("werde man sich nicht auf Lederhosen versteifen"), and no sense the card
    shows comes from such a line: "" otherwise.

    A preposition alone also heads places and times, so `governed_sense` moves only
    senses the ranking put on the card; a reflexive pronoun beside it is the frame
    itself, which Ding spells out as a sub-entry of its own, often shorter and so ranked
    off the card (the card's "to harden; to strengthen" are the plain verb's and "sich
    versteifen (Gegensätze)"'s)."""
    tokens = [[CONTRACTIONS.get(t, t) for t in clause.lower().split()]
              for clause in clauses if clause]
    if not tokens:
        return ""
    # The senses only a line with "sich" gives: a plain line's sense is no frame's.
    frames: dict[str, set[str]] = defaultdict(set)
    for frame, sense in dictionary.frame_rows(lemma):
        frames[sense].add(frame)
    reflexive = {sense for sense, kinds in frames.items() if kinds <= {"sich", "dative"}}
    first: dict[str, str] = {}  # the first such sense of each preposition, in Ding's order
    for preposition, sense in dictionary.fetch(
            "SELECT preposition, sense FROM governs WHERE key = ? AND pos = 'VERB'",
            (lookup_key(lemma),)):
        if sense in reflexive and preposition != DATIVE_OBJECT:
            first.setdefault(preposition, sense)
    used = [set(words) for words in tokens]
    framed = [p for p in first if 2 * sum(
        p in words and bool(words & _REFLEXIVE_PRONOUNS) for words in used) > len(used)]
    if not framed:
        return ""
    # Of two prepositions, the first after the pronoun, where the frame's object stands: a
    # later one mostly belongs to that object ("sich auf eine Lösung mit ihm einlassen" is
    # "sich auf etw. einlassen"), an earlier one heads an adjunct ("Mit dem Ergebnis hat sich
    # ...").
    preposition = min(framed, key=lambda p: min(
        _after_pronoun(words, p) for words in tokens if p in words))
    shown = entry.gloss.split("; ")
    if any(s in reflexive and s in _senses_governing(dictionary, lemma, preposition)
           for s in shown):
        return ""
    return first[preposition]


def _after_pronoun(words: list[str], preposition: str) -> int:
    """How far the preposition stands after the clause's first reflexive pronoun (before
    it: further than any word after it)."""
    at = words.index(preposition)
    pronoun = next((i for i, w in enumerate(words) if w in _REFLEXIVE_PRONOUNS), len(words))
    return at - pronoun if at > pronoun else len(words) + at


def _senses_governing(dictionary: Dictionary, lemma: str, preposition: str) -> set[str]:
    return {sense for (sense,) in dictionary.fetch(
        "SELECT sense FROM governs WHERE key = ? AND pos = 'VERB' AND preposition = ?",
        (lookup_key(lemma), preposition))}


def governed_sense(dictionary: Dictionary, entry: Entry, lemma: str, pos: str,
                   clauses: Iterable[str]) -> str:
    """The sense the card shows whose Ding line takes a preposition that most of the
    verb's clauses use, "" where none does or the first sense's line fits as well.

    A preposition also heads a place, a time or a manner ("auf dem Flughafen ankommen"
    is no "auf etw. ankommen", to depend on sth.), so one clause in several decides
    nothing, and only senses already on the card move: the ranking's evidence keeps a
    rare sense off it."""
    used = [{CONTRACTIONS.get(t, t) for t in clause.lower().split()}
            | ({DATIVE_OBJECT} if pos == "VERB" and has_dative_object(clause) else set())
            for clause in clauses if clause]
    if not used:
        return ""
    governs: dict[str, set[str]] = defaultdict(set)
    for preposition, sense in dictionary.fetch(
            "SELECT preposition, sense FROM governs WHERE key = ? AND pos = ?",
            (lookup_key(lemma), pos)):
        governs[sense].add(preposition)
    shown = entry.gloss.split("; ")
    hits = [sum(bool(governs[sense] & words) for words in used) for sense in shown]
    best = max(range(len(shown)), key=lambda i: (hits[i], -i))
    if hits[best] * 2 <= len(used) or hits[best] == hits[0]:
        return ""
    return shown[best]
