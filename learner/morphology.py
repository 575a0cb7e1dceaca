"""Facts of German word formation and inflection that more than one stage relies on."""

from __future__ import annotations

import re

# Linking elements (Fugenelemente) between a compound's parts: Präsidentschaft-s-wahlkampf,
# Staat-en-lenker, Hilfe-s-..., Kind-er-garten. Longest first.
LINKING = ("ens", "es", "en", "er", "ns", "s", "n", "e")

# The determiners' masculine and neuter dative singular, in -em: a noun phrase they open is in
# the dative whatever its noun (dem Treffer, einem Kind). The NLP layer reads the old dative
# -e after them ("im Falle", `lemmas.old_dative_noun`), the dictionary a verb's dative object
# in a clause (`dictionary.parsing.has_dative_object`).
DATIVE_DETERMINERS = frozenset({
    "dem", "einem", "diesem", "jenem", "jedem", "keinem", "meinem", "deinem", "seinem",
    "ihrem", "unserem", "eurem", "welchem"})

# The endings of a declined adjective's strong and weak forms (kalte, kalten, kaltem,
# kalter, kaltes). The NLP layer reads them in forms it lemmatizes and names it checks, the
# frequency stage adds them to an adjective's lemma (`frequency.regular_forms`).
ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")

# Suffixes of nouns that take the linking s whenever they are a compound's first part
# (Duden, Die Grammatik, on Fugenelemente): Regierung-s-chef, Gesundheit-s-amt,
# Möglichkeit-s-form, Wirtschaft-s-krise, Nation-s-flagge, Identität-s-karte,
# Liebling-s-farbe.
S_LINKING_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling")

# German number words, by the grammar that builds them (einundzwanzig, dreihundertvierzig):
# the units, the numbers up to nineteen, the tens, and the multipliers.
_UNITS = "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_TEENS = "(?:zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn)"
_TENS = "(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
_BELOW_HUNDRED = f"(?:{_TENS}|{_UNITS}und{_TENS}|{_TEENS}|{_UNITS})"
_MULTIPLE = f"(?:{_UNITS}?hundert{_BELOW_HUNDRED}?|{_BELOW_HUNDRED})"
_THOUSANDS = f"(?:{_MULTIPLE}?tausend)"
_HUNDREDS = f"(?:{_UNITS}?hundert)"
# An ordinal adds -t to a number up to nineteen and -st from twenty on; erst, dritt and acht
# are irregular, and siebt has the older siebent beside it.
_SMALL_ORDINAL = ("(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft"
                  "|zwölft|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnt)")
CARDINAL = re.compile(f"{_THOUSANDS}?{_MULTIPLE}|{_THOUSANDS}")
ORDINAL = re.compile(
    f"{_THOUSANDS}?{_HUNDREDS}?(?:{_SMALL_ORDINAL}|(?:{_UNITS}und)?{_TENS}st)"
    f"|{_THOUSANDS}?{_HUNDREDS}st|{_THOUSANDS}st")
# A fraction adds -el to the ordinal (drittel, viertel, zwanzigstel; halb is a word of its
# own), after the cardinal that counts the parts: "dreiviertel", "zweidrittel".
FRACTION = re.compile(f"(?:{_THOUSANDS}?{_MULTIPLE}|{_THOUSANDS})?(?:{ORDINAL.pattern})el")


def is_ordinal(word: str) -> bool:
    """Whether a word, lower-case and without its ending, is an ordinal number ("neunt",
    "einundzwanzigst", "hundertst"): a number word, which a reader understands from the
    number, not a word to learn."""
    return ORDINAL.fullmatch(word) is not None


def is_number(word: str) -> bool:
    """Whether a lower-case word is a cardinal ("zwölf", "dreihundertvierzig") or an ordinal
    number without its ending."""
    return CARDINAL.fullmatch(word) is not None or is_ordinal(word)


def is_fraction(word: str) -> bool:
    """Whether a lower-case word is a fraction numeral ("viertel", "dreiviertel"), which German
    writes lower-case before the noun it counts ("ein dreiviertel Jahr"); das Viertel, written
    as a noun, is a word of its own (a quarter, a district)."""
    return FRACTION.fullmatch(word) is not None
