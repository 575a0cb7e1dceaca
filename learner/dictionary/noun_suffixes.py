"""A noun's gender, and its plural where the suffix all but fixes it, by its suffix
(`suffix_forms`), for a noun no lexicon knows; the suffixes' genders (`SUFFIX_GENDERS`) also
tell a compound's last part that is a suffix from a noun spelt like it.
"""

from __future__ import annotations

# Suffixes that fix a noun's gender, for a noun no lexicon knows, not even through its head:
# -ung, -heit, -keit, -schaft, -tät, -ion are feminine; -ismus and the agent suffixes -ator
# and -eur are masculine, as are English agent nouns in -er (der Browser); diminutives in
# -chen and -lein are neuter.
SUFFIX_GENDERS = (("ung", "f"), ("heit", "f"), ("keit", "f"), ("schaft", "f"), ("tät", "f"),
                  ("ion", "f"), ("ismus", "m"), ("ator", "m"), ("eur", "m"), ("er", "m"),
                  ("chen", "n"), ("lein", "n"))
# Suffixes whose nouns nearly all have a plural, and always this one (die Lösung, die
# Lösungen; die Funktion, die Funktionen; der Moderator, die Moderatoren). Measured on the
# nouns Ding lists without a plural and Wiktionary knows: 93% of those in -ung have a
# plural, 90% of those in -ion, all in -ator; against 60% or fewer in -keit, -heit, -tät,
# -ismus (Frömmigkeit, Passivität, Separatismus: none), which get none from their suffix.
#
# Masculine nouns in -er (der Innsbrucker, der Abtreibungsgegner: agent and inhabitant
# nouns) mostly keep their form in the plural: 85% of those Ding lists without a plural,
# against 10% with another plural (Brüder) and 5% with none (Ärger).
_SUFFIX_PLURALS = (("ung", "f", "en"), ("ion", "f", "en"), ("ator", "m", "en"), ("er", "m", ""))


def suffix_forms(noun: str, gender: str = "") -> tuple[str, str] | None:
    """Gender, and plural where the suffix fixes it, of a noun Wiktionary does not know;
    given the gender a dictionary gives, the plural alone ("" where the suffix says none)."""
    if not gender:
        gender = next((g for suffix, g in SUFFIX_GENDERS
                       if noun.endswith(suffix) and len(noun) > len(suffix) + 2), "")
        if not gender:
            return None
    for suffix, fixed, ending in _SUFFIX_PLURALS:
        if noun.endswith(suffix) and gender == fixed and len(noun) > len(suffix) + 2:
            return gender, noun + ending
    return gender, ""
