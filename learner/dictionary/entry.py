"""The record a card reads about a word: `Entry` (gloss, gender, plural and what else the
deck shows), the empty one, and its fields in a fixed order for the article cache.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Entry:
    """What the dictionary knows of one (lemma, part of speech)."""

    gloss: str = ""
    gender: str = ""  # "m", "f" or "n"; empty when unknown or not a noun
    plural: str = ""  # the plural form, e.g. "Einmischungen"; empty when unknown
    # True when the gloss is a hint built from the word's parts (a compound's, a participle's
    # verb), not Ding's own entry for the word; the deck shows it with "≈ ".
    approximate: bool = False
    # True when the gloss is German Wiktionary's German definition, shown where Ding has no
    # English gloss; the deck marks it as German.
    german: bool = False
    # German Wiktionary's definition of the word, shown after an approximate English hint
    # that is unsure of its parts (`doubtful_hint`), marked as German like `german`.
    definition: str = ""
    # A plural German hardly uses (Markenschutze, Verzweiflungen: `seldom_plural`), where
    # the noun is shown as "meist ohne Plural"; `plural` is then empty.
    rare_plural: str = ""
    # For a verb, the frames Ding's lines give it (`verb_frames`), space-separated: "plain"
    # ("rühmen {vt}"), "sich" ("sich durchschlagen"), "dative" ("sich etw. vorstellen");
    # `deck.is_reflexive` weighs the articles' uses with them.
    frames: str = ""


EMPTY = Entry()
# Entry's fields in order: the article cache's memos store an entry as its values
# (`entry_values`), and the deck's memo of notes hashes them.
ENTRY_FIELDS = tuple(f.name for f in fields(Entry))
# The fields read in one call (C, not a generator of getattr calls): a rebuild reads the
# values of 13,000 entries twice over, for the notes' memo and the entries' memo.
_ENTRY_VALUES = operator.attrgetter(*ENTRY_FIELDS)


def first_sense(entry: Entry | None) -> str:
    """The first of an entry's "; "-separated senses; "" for no entry or no gloss."""
    return entry.gloss.split("; ")[0] if entry is not None else ""


def plain_words(sense: str) -> bool:
    """Whether a sense is words of letters only, with spaces and hyphens between them (no
    parenthesis, abbreviation dot or slash): one a hint can be built on."""
    return sense.replace(" ", "").replace("-", "").isalpha()


def entry_values(entry: Entry) -> tuple:
    """The entry's field values in `ENTRY_FIELDS` order (`Entry(*values)` makes it again)."""
    return _ENTRY_VALUES(entry)
