"""One sense per discourse: a compound hint whose part the other compounds of its articles
read in another of the part's own senses, with that sense in its first reading
(`in_discourse`). A plain function of a `Dictionary` and an `Entry`; it returns the entry as
it was where nothing decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.compound_hints import OWN_SENSE_SHARE
from learner.dictionary.compound_senses import part_nouns, renders_head
from learner.dictionary.entry import Entry
from learner.dictionary.parsing import (
    MIN_PART,
    upper_first,
)
from learner.dictionary.part_words import part_word_senses
from learner.dictionary.ranking import MAX_SENSES, MIN_COMPOUND_SENSE

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def in_discourse(dictionary: Dictionary, entry: Entry, lemma: str,
                 neighbours: Iterable[str], lowered: Iterable[str] | None = None) -> Entry:
    """A compound hint whose part the other compounds of its articles read in another of the
    part's own senses, with that sense in its first reading: one sense per discourse (Gale,
    Church and Yarowsky 1992), as a reader takes it. An article on a *Terroranschlag*
    ("terrorist attack") that speaks of an *Anschlagserie* means a series of attacks, not
    of Anschlag's "stop"; one on a *Werbeagentur* ("advertising agency") that names a
    *Marketingagentur* means an agency, not an agent.

    `neighbours` are the other nouns of the word's articles (`fields.word_neighbours`, which
    gives them in `lowered` case too; the word's own and repeats are let through and do not
    count); only those Ding has, of more than two letters besides the part, count. A part's
    reading changes where
    - it is one of the part's own senses its card shows (`part_word_senses`, the head's
      entry), and fewer than OWN_SENSE_SHARE * MIN_COMPOUND_SENSE (9) of Ding's compounds
      read the part in it: where many do (Landes- "state" in 22), one neighbour does not
      outweigh them;
    - no neighbour renders the part by it, and one renders it by another sense the card
      shows: as its head (`renders_head`: "terrorist attack"), or, where the part opens the
      neighbour, at the start of its English or after "of" at its end ("committee of
      inquiry" for Untersuchungsausschuss is the head's; "Ausschussvorsitzende ::
      committee chairman" the first part's).
    Its other readings follow."""
    if not entry.approximate or entry.german or " + " not in entry.gloss:
        return entry
    readings = entry.gloss.split("; ")
    first, _, head_sense = readings[0].rpartition(" + ")
    neighbours = list(neighbours)
    if not first or not neighbours:
        return entry
    split = next(((start, head) for start in range(MIN_PART, len(lemma) - MIN_PART + 1)
                  if (head := dictionary.entry(upper_first(lemma[start:].lstrip("-")), "NOUN"))
                  is not None and head.gloss), None)
    if split is None:
        return entry
    start, head = split
    part, last = lemma[:start].rstrip("-"), lemma[start:].lstrip("-")
    lowered = ([noun.lower() for noun in neighbours] if lowered is None
               else list(lowered))
    last_low = last.lower()
    heads = _ding_nouns(dictionary, list(dict.fromkeys(
        noun for noun, low in zip(neighbours, lowered, strict=True)
        if low.endswith(last_low) and len(low) > len(last) + 2 and noun != lemma)))
    new_head = ""
    if heads:
        counts: dict[str, int] = {}
        for role in ("head", "last"):  # as `compound_glosses` counts a head's senses
            for sense, count in dictionary.part_counts(upper_first(last), role).items():
                counts[sense] = max(counts.get(sense, 0), count)
        new_head = _discourse_sense(head.gloss.split("; ")[:MAX_SENSES], head_sense, counts,
                                    _as_head, heads)
    forms = [p.lower() for p in part_nouns(part)]
    # The tuple's test in C first: a word's articles hold hundreds of nouns, few of them
    # sharing the part.
    ends = tuple(forms)
    firsts = _ding_nouns(dictionary, list(dict.fromkeys(
        noun for noun, low in zip(neighbours, lowered, strict=True) if (
        low.startswith(ends) or low.endswith(ends)) and any(
        (low.startswith(f) or low.endswith(f)) and len(low) > len(f) + 2 for f in forms)
        and noun != lemma)))

    def renders_part(noun: tuple[str, list[str]], sense: str) -> bool:
        return (any(noun[0].startswith(f) for f in forms) and _as_first(noun, sense)
                or any(noun[0].endswith(f) for f in forms) and _as_head(noun, sense))

    new_first = _discourse_sense(part_word_senses(dictionary, part)[:MAX_SENSES], first,
                                 dictionary.part_counts(part, "first"), renders_part,
                                 firsts) if firsts else ""
    if not (new_head or new_first):
        return entry
    reading = f"{new_first or first} + {new_head or head_sense}"
    found = [reading, *(r for r in readings if r != reading)]
    return replace(entry, gloss="; ".join(found[:MAX_SENSES]))


def _ding_nouns(dictionary: Dictionary, nouns: list[str]) -> list[tuple[str, list[str]]]:
    """The nouns Ding has, lower case, each with its English senses in lower case."""
    found = [(noun, dictionary.entry(noun, "NOUN")) for noun in nouns]
    return [(noun.lower(), [s.lower() for s in entry.gloss.split("; ")])
            for noun, entry in found if entry is not None and entry.gloss]


def _as_head(noun: tuple[str, list[str]], sense: str) -> bool:
    return any(renders_head(english, sense.lower()) for english in noun[1])


def _as_first(noun: tuple[str, list[str]], sense: str) -> bool:
    sense = sense.lower()
    return any(english.startswith(sense + " ")
               or re.search(r" of (?:the |an? )?" + re.escape(sense) + "$", english)
               for english in noun[1])


def _discourse_sense(shown: list[str], current: str, counts: Mapping[str, int],
                     renders: Callable[[tuple[str, list[str]], str], bool],
                     nouns: list[tuple[str, list[str]]]) -> str:
    """The sense of `shown` (a part's card senses) that `nouns` render the part by instead of
    `current`, "" where none or where `current` stands (see `in_discourse`)."""
    if (current not in shown or counts.get(current, 0) >= OWN_SENSE_SHARE * MIN_COMPOUND_SENSE
            or any(renders(noun, current) for noun in nouns)):
        return ""
    return next((sense for sense in shown if sense != current
                 and any(renders(noun, sense) for noun in nouns)), "")
