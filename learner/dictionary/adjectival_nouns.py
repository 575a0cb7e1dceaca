"""Nouns declined like adjectives: a person named by an adjective or a participle
(der/die Abgeordnete: `declined_like_adjective`; an adjective or a participle of Ding's under
it: `adjective_stem`; der Einreisende: `present_participle_noun`), and the strong form
Wiktionary lists of such a noun, which heads no compound (der Alter: `strong_adjectival`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from learner.dictionary.parsing import PARTICIPLE
from learner.lexicon import nouns
from learner.lexicon.nouns import Noun

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def strong_adjectival(noun: Noun) -> bool:
    """Whether an entry is the strong form of a noun declined like an adjective: Wiktionary's
    der Alter is "ein Alter", the old man (der Alte), not a lemma a compound is written on."""
    return nouns.ADJECTIVAL in noun.kinds and noun.lemma.endswith("er")


def declined_like_adjective(noun: str) -> bool:
    """Whether Wiktionary has `noun` + "r" as a masculine noun declined like an adjective
    (Abgeordnete: der Abgeordnete, ein Abgeordneter), a person of either sex."""
    return noun.endswith("e") and any(
        nouns.ADJECTIVAL in n.kinds and n.gender == "m" for n in nouns.entries(noun + "r"))


def adjective_stem(noun: str, dictionary: Dictionary) -> bool:
    """Whether Ding has a noun in -e without its -e as an adjective or a past participle
    (Unerfahrene: unerfahren; Verurteilte: verurteilt), or with it as an adjective German
    uses only declined, which Ding heads by its forms ("vorletzte; vorletzter; vorletztes
    {adj}": der/die Vorletzte), so it may be one used as a noun."""
    stem = noun[:-1].lower()
    return bool(dictionary.entry(stem, "ADJ") or dictionary.entry(stem, PARTICIPLE)
                or dictionary.entry(noun.lower(), "ADJ"))


def present_participle_noun(noun: str, dictionary: Dictionary | None) -> bool:
    """Whether a noun in -nde is a present participle used as a noun: Ding has the verb
    (der Einreisende: einreisen), not a compound such as Einreise + Ende."""
    return (noun.endswith("nde") and dictionary is not None
            and dictionary.entry(noun[:-2].lower(), "VERB") is not None)
