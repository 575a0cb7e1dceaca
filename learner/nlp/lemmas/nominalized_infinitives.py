"""Nominalized infinitives: whether a noun is only its verb's infinitive (`plain_infinitive_verb`:
"das Aktivieren", aktivieren), which `token._.infinitive_of` carries, and whether that verb is
an adjective and its copula (`adjective_and_copula`: das Bekanntwerden).

Reads `lookups` and `noun_forms`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from learner import wordlists
from learner.lexicon import definitions, nouns
from learner.nlp.lemmas.lookups import third_persons
from learner.nlp.lemmas.noun_forms import no_form_of
from learner.nlp.lexicon import GUESSED_SCORE, known, lexicon_lemma, word_readings


def listed_beyond_lexeme(noun: str) -> bool:
    """Whether the noun lexicon lists the noun other than as a bare Wikidata lexeme. Wikidata
    makes a lexeme of many a nominalized infinitive (das Anerkennen, das Bekanntwerden) with no
    genus, plural or sense: that German can nominalize the verb, which it can any verb, not that
    the noun means more than the verb's action. German Wiktionary's entry (das Vermögen, das
    Rauchen) is the evidence of a noun of its own."""
    found = nouns.entries(noun)
    if any(nouns.WIKIDATA not in n.kinds for n in found):
        return True
    # A lexeme whose genitive is as common as the verb's infinitive lives in a set phrase of
    # its own ("meines Erachtens", in my opinion): no nominalized verb's genitive is (des
    # Anerkennens, des Impfens are rare beside anerkennen, impfen).
    return bool(found) and _genitive_in_use(noun, below=0.0)


# How far (in zipf, a factor of ten each) the genitive of a nominalized infinitive may fall
# below its verb's infinitive and still be the genitive of a noun of its own: des Eingreifens
# 2.58 and des Ausscheidens 2.58 beside eingreifen 3.99 and ausscheiden 3.80 (differences 1.4
# and 1.2); des Bettelns 1.66 beside betteln 3.65, des Eintretens 2.00 beside eintreten 3.97,
# des Bekanntwerdens 1.51 beside bekannt werden's 3.36, des Wegwerfens unseen (2.0, 2.0, 1.9,
# 3.6).
_GENITIVE_BELOW_VERB = 1.5


def _genitive_in_use(noun: str, below: float = _GENITIVE_BELOW_VERB) -> bool:
    """Whether wordfreq knows the noun's genitive in -s within `below` (Zipf) of its
    lower-case infinitive. HanTa's lexicon lists many a nominalized infinitive as a noun NN
    (das Wegwerfen, das Betteln, das Bekanntwerden) that means no more than its verb's action;
    a noun of its own (das Eingreifen "intervention", das Ausscheiden "exit") is the subject
    and object of sentences, and its genitive ("des Eingreifens") is common beside the verb.
    A verb's mere action is rarely declined: "das Wegwerfen von Lebensmitteln", not "des
    Wegwerfens"."""
    lower = noun.lower()
    return (wordlists.zipf_frequency(lower + "s", "de")
            >= wordlists.zipf_frequency(lower, "de") - below)


def adjective_and_copula(verb: str) -> bool:
    """Whether a verb in -werden or -sein is an adjective that HanTa reads first as one before
    the copula ("bekanntwerden": bekannt werden). Today's spelling writes such a phrase apart
    ("als die Vorwürfe bekannt wurden"); only its nominalization is one word (das
    Bekanntwerden), and its card would teach two words the learner looks up on their own."""
    for copula in ("werden", "sein"):
        first = verb.removesuffix(copula)
        if first != verb and first:
            readings = word_readings(first)
            return bool(readings) and readings[0][0] == "ADJ(D)"
    return False


@lru_cache(maxsize=20_000)
def plain_infinitive_verb(noun: str) -> str:
    """The verb a noun is only the nominalized infinitive of ("das Aktivieren der Konten":
    aktivieren), else "". German makes a neuter noun of any verb's infinitive, meaning the
    action, and a card teaches the verb a learner looks up. A noun the lexicons list on its
    own is lexicalized, with a sense beyond the action or a plural (das Staunen, das Leben,
    das Vermögen, das Erbrechen), and stays:

    - German Wiktionary's noun table lists it, or lists the form as another noun's (den
      Stöpseln, die Kappen); a bare Wikidata lexeme is no such evidence (`listed_beyond_lexeme`);
    - HanTa's lexicon reads the capitalized word as a noun of its own (NN, not only the
      nominalized infinitive NNI: das Eingreifen, das Stocken, die Feilen), and wordfreq
      knows its genitive (`_genitive_in_use`: des Eingreifens; not das Wegwerfen);
    - German Wiktionary defines the noun beyond its verb's action (das Musizieren, "Ausüben
      von Musik"; not das Übersetzen, "das Übertragen in eine andere Sprache":
      `action_only_definition`).

    And only where HanTa reads the lower-case word first as an infinitive, from its lexicon or,
    for a verb it lacks, where wordfreq knows the third person (bejagt), and where Wiktionary
    defines the verb: the verb's card has a sense to show."""
    if not noun.isalpha() or not noun[:1].isupper() or not noun.endswith("n"):
        return ""
    if listed_beyond_lexeme(noun) or nouns.lemmas_of(noun):
        return ""
    verb = noun.lower()
    readings = word_readings(verb)
    if not readings or readings[0][0] != "VV(INF)":
        return ""
    if readings[0][1] <= GUESSED_SCORE and not any(known(f) for f in third_persons(verb)):
        # A verb HanTa's lexicon lacks (bejagen) is attested by its third person (bejagt).
        return ""
    if (any(tag == "NN" and score > GUESSED_SCORE for tag, score in word_readings(noun))
            and not no_form_of(noun, lexicon_lemma(noun))
            and _genitive_in_use(noun)):
        # HanTa's noun reading counts where its lemma is the noun itself or Wiktionary
        # declines that lemma to this form; "Jammern" it reads as a plural of der Jammer,
        # which has none. And only where the noun's genitive is in use (`_genitive_in_use`);
        # another noun's form (die Feilen, die Kappen) the noun lexicon has kept above.
        return ""
    if not definitions.senses(verb) or not action_only_definition(noun):
        return ""
    return verb


# A Wiktionary sense that only names the action of a verb: a nominalized infinitive, with its
# attributes and "das" or a parenthesis before it ("das Übertragen in eine andere Sprache",
# "das vorsätzliche Sagen einer Unwahrheit", "Beseitigen von Verunreinigungen", "unruhiges,
# zittriges Leuchten"), or "(der) Akt des/der" ("Akt des Öffnens", "der Akt der Bettelei").
_ACTION_SENSE = re.compile(r"(?:das |\([^)]*\) )?(?:[a-zäöüß][\w-]*,? )*([A-ZÄÖÜ][\w-]*en)\b")
_ACT_SENSE = re.compile(r"(?:der )?Akt de[sr] [A-ZÄÖÜ]")


def action_only_definition(noun: str) -> bool:
    """Whether German Wiktionary defines the noun not at all, or with nothing but the action
    of a verb in every sense: "das Übersetzen" is "das Übertragen in eine andere Sprache",
    "das Recherchieren" "das Durchführen von Recherchen", the verb's own meaning, which its
    card teaches. The sense's head must be an infinitive by HanTa's lexicon (not das Zeichen,
    der Garten). A sense beyond the action keeps the noun ("das Trinken":
    also "etwas, das getrunken werden kann"; "das Erbrechen": "Entleerung des Magens"; "das
    Schnaufen": "schnaufendes Geräusch")."""
    for sense in definitions.senses(noun):
        if _ACT_SENSE.match(sense):
            continue
        head = _ACTION_SENSE.match(sense)
        readings = word_readings(head.group(1).lower()) if head else ()
        # After "das" the word is a noun, and an infinitive HanTa reads first as a participle
        # (übertragen) is still one; bare, it must be read as an infinitive first.
        if not any(tag == "VV(INF)" for tag, _ in readings[:1 if not sense.startswith(
                "das ") else None]):
            return False
    return True
