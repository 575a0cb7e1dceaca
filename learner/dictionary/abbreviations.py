"""Abbreviations and short forms in a compound: the English of letters Ding does not explain,
as German Wiktionary spells them out (`abbreviation_gloss`: NS- "Nazi"; None for a name such as
ÖVP, "" for German words the card cannot put in English), and of a short form by the word
Wiktionary says it is short for (`short_form_gloss`: U-Ausschuss). Plain functions of a
`Dictionary`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from learner.dictionary.compound_hints import spelled_out
from learner.dictionary.entry import first_sense
from learner.lexicon import definitions

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# German Wiktionary's definition of a short form: "kurz für: Untersuchungshaft", "Kurzform für
# Unterseeboot", "Kurzwort für Kindertagesstätte" (one word).
_SHORT_FOR = re.compile(r"(?:kurz|Kurzform|Kurzwort) für:? ([A-ZÄÖÜ][\w-]+)")


def short_form_gloss(dictionary: Dictionary, word: str) -> str:
    """The English of a short form Ding lacks, by the word German Wiktionary says it is
    short for ("U-Ausschuss: kurz für Untersuchungsausschuss", "inquiry commission"), ""
    where Wiktionary gives no such one word or Ding does not gloss it as a noun. A letter
    that opens a compound stands for a word the card cannot tell alone (U- is Untersuchungs-
    here, Unter- in U-Boot); the short form's own entry says which."""
    if "-" not in word or dictionary.entry(word, "NOUN") is not None:
        return ""
    match = _SHORT_FOR.fullmatch(definitions.definition(word))
    found = dictionary.entry(match.group(1), "NOUN") if match else None
    return first_sense(found)


def abbreviation_gloss(dictionary: Dictionary, abbreviation: str) -> str | None:
    """The English of an abbreviation Ding does not explain, as German Wiktionary spells
    it out: None where it is a name, "" where it stands for German words the card cannot
    put in English, which then give no hint rather than German on the card.

    - A sense Wiktionary marks for compounds is what it means before a hyphen ("in
      Zusammensetzungen: nationalsozialistisch": NS- is "Nazi", though its first sense
      is Nachsatz), glossed as Ding glosses that word.
    - Otherwise, where Wiktionary's first sense spells it out as one German word (KZ:
      Konzentrationslager; RH: Reihenhaus, where news means the Rechnungshof), it is
      German, and which of its senses an article means the card cannot tell.
    - Where Wiktionary lacks it or spells it out as a name of several words (ÖVP:
      Österreichische Volkspartei, SPÖ), it is a name, kept as written as English news
      keeps it."""
    if sum(c.isupper() for c in abbreviation) < 2 or not abbreviation.isalpha():
        return None
    expansions = [spelled_out(sense) for sense in definitions.senses(abbreviation)]
    for word, in_compounds in expansions:
        if word and in_compounds:
            for found in (dictionary.entry(word, "NOUN"), dictionary.entry(word.lower(), "ADJ")):
                if found is not None and found.gloss:
                    return found.gloss.split("; ")[0]
            return ""
    return "" if expansions and expansions[0][0] else None
