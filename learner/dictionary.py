"""Dictionary: what a card says about a word besides the word itself.

`Entry` is the record the deck reads: gloss, gender and plural. Filling it from an offline
German-English dictionary is the next stage of work; until then every entry is empty and the
deck's Gloss, Gender and Plural fields stay blank.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """What the dictionary knows of one (lemma, part of speech)."""

    gloss: str = ""
    gender: str = ""  # "m", "f" or "n"; empty when unknown or not a noun
    plural: str = ""  # the plural form, e.g. "Einmischungen"; empty when unknown
    approximate: bool = False  # True when the gloss comes from a compound's last part


EMPTY = Entry()
