"""Senses in context: which of an entry's senses a card shows first, given its sentences and
the verb's clauses (`in_context`): the nouns of Ding's example phrases they use, idioms
(`idiom_senses`), object phrases (`object_senses`) and prepositions (`governed_senses`).
A word's other uses in its articles have modules of their own: the verb's frame
(`frame_senses`), the kind of its subject (`subject_senses`), the articles' subject field
(`field_senses`), a plural the articles use alone (`plural_senses`), a compound hint's part
as the articles' other compounds read it (`discourse_senses`), an adverb's line for a word
the articles decline (`adverb_senses`). Plain functions of a `Dictionary` and an `Entry`;
each returns the entry as it was where nothing decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.contexts import noun_stem
from learner.dictionary.entry import Entry
from learner.dictionary.governed_senses import governed_sense, reflexive_frame_sense
from learner.dictionary.idiom_senses import (
    adjective_idiom_sense,
    noun_idiom_sense,
    verb_idiom_sense,
)
from learner.dictionary.object_senses import object_phrase_senses
from learner.dictionary.parsing import (
    CAPITALISED,
    lookup_key,
)
from learner.dictionary.ranking import MAX_SENSES

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def in_context(dictionary: Dictionary, entry: Entry, lemma: str, pos: str, sentences: Iterable[str],
               clauses: Iterable[str] = ()) -> Entry:
    """A verb's entry with the sense its sentences call for first:

    - a sense whose Ding line has an example phrase with a noun the sentences use (the
      article "wies den Vorwurf zurück"; Ding's "den Vorwurf zurückweisen" stands in the
      line "to repudiate sth.");
    - else, a sense the card shows whose line takes a prepositional object with a
      preposition of the verb's own clause (`clauses`, see `verb_clause`): "die
      Beziehungen mit dieser Streitfrage belasten" is "jdn./etw. belasten (mit etw.)",
      "to burden sb./sth.", not "to load".

    A noun's entry likewise has first a sense the card shows whose line takes the
    preposition that follows the noun in most of its sentences (`clauses` are then
    `noun_complement`s): "einen Draht zueinander finden" is "Draht {m} (zu jdm.)",
    "rapport", not "wire".

    A noun in an idiom of Ding's that its sentences use has the idiom's sense first
    (`noun_idiom_sense`); a hint built from the noun's parts gives way to it whole (aus
    dem Stegreif: "(etw. aus dem Stegreif tun) to improvise", not "≈ web + bloom").

    Where neither decides, or the gloss is a hint, the entry is as it was."""
    idiom_sense = {"NOUN": noun_idiom_sense,
                   "ADJ": adjective_idiom_sense}.get(pos)
    if idiom_sense is not None and entry.gloss and not entry.german:
        idiom = idiom_sense(dictionary, entry, lemma, sentences)
        if idiom and entry.approximate:  # a hint gives way to the idiom whole
            return replace(entry, gloss=idiom, approximate=False)
        if idiom:
            senses = [idiom] + entry.gloss.split("; ")
            return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
    if not entry.gloss or entry.approximate or pos not in ("VERB", "NOUN"):
        return entry
    if pos == "NOUN":
        # A verb's objects select its sense (den Vorwurf zurückweisen, ein Angebot
        # ablehnen). The nouns near a noun in Ding's phrases are looser company: on the
        # development samples they changed four first senses, one for the worse and none
        # for the better. The preposition after it is the noun's own complement.
        best = governed_sense(dictionary, entry, lemma, pos, clauses)
        if not best:
            return entry
        senses = [best] + [s for s in entry.gloss.split("; ") if s != best]
        return replace(entry, gloss="; ".join(senses))
    idiom = verb_idiom_sense(dictionary, lemma, clauses)
    if idiom:
        senses = [idiom] + entry.gloss.split("; ")
        return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
    rows = dictionary.fetch("SELECT noun, sense FROM context WHERE key = ? AND pos = ?",
                       (lookup_key(lemma), pos))
    used = {noun_stem(w) for sentence in sentences for w in CAPITALISED.findall(sentence)}
    votes: dict[str, int] = defaultdict(int)
    for noun, sense in rows:
        if noun in used:
            votes[sense] += 1
    if votes:
        best = [max(votes, key=lambda sense: (votes[sense], sense))]
    else:
        best = (object_phrase_senses(dictionary, entry, lemma, clauses)
                or [reflexive_frame_sense(dictionary, entry, lemma, clauses)
                    or governed_sense(dictionary, entry, lemma, pos, clauses)])
    if not best[0]:
        return entry
    senses = best + [s for s in entry.gloss.split("; ") if s not in best]
    return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
