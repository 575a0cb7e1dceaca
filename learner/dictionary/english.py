"""English word forms the dictionary makes from a sense or a German word: -ing, past,
doer (-er), -ly, -est, -able, singulars, cognates, and whether a German word is an English
loanword.
"""

from __future__ import annotations

import re

from learner import wordlists
from learner.dictionary.entry import Entry
from learner.dictionary.parsing import PLACEHOLDERS
from learner.lexicon import definitions, nouns

# An English word German has borrowed is written as in English and is at least as frequent
# in English text as in German: wordfreq's Zipf in English at least LOANWORD_ZIPF and not
# below its German one (Framework 4.3 vs 3.2, Comic 4.4 vs 4.1, Newsroom 3.2 vs 3.0; a
# Finnish first name, Sampo, is 1.7 in both). German words that are also English spellings
# (Gift, Rat, Hut) are in Ding and never reach this test, which is asked only of words Ding
# lacks.
LOANWORD_ZIPF = 3.0

_LOANWORD_MARGIN = 0.0


def english_loanword(word: str) -> str:
    """The English word `word` is, lower-cased, when it is one German has borrowed as
    written (Framework -> framework); "" otherwise. Only asked of words Ding lacks."""
    lower = word.lower()
    if not lower.isalpha() or len(lower) < 4:
        return ""
    return lower if wordlists.leans_english(lower, LOANWORD_ZIPF, _LOANWORD_MARGIN) else ""


def listed_loanword(noun: str) -> str:
    """The English word a noun is, lower-cased, where a German lexicon lists the noun
    (Wiktionary or Wikidata's lexemes: Tiebreak, Relaunch, Floater) and English writes it as
    a word of its own about as often as German does; "" otherwise. Asked only where nothing
    else glosses the noun, and only where German Wiktionary does not define it: its
    definition says what the word means in German (Tete, "Spitze einer militärischen
    Einheit"), the English word only how English writes it.

    `english_loanword` asks of a word no lexicon vouches for that English write it more often
    than German and often (Zipf 3): that tells an English word quoted in German text
    (Notification) from a German one. Where a German lexicon lists the noun, the lexicon says
    it is German already, and English need only know it as a word: Zipf _LISTED_LOANWORD_ZIPF
    or more, and not more than _LISTED_LOANWORD_MARGIN below German, which keeps out names
    German writes far more often than English (Fortuna, a club: 3.8 in German, 2.7 in English)
    and words English meets only as a name (Neos, a party: 2.2)."""
    lower = noun.lower()
    if (not lower.isalpha() or len(lower) < 4 or not nouns.entries(noun)
            or noun in nouns.listed_names() or noun in nouns.first_names()
            or definitions.definition(noun)):
        return ""
    at_least = _LISTED_LOANWORD_ZIPF
    return lower if wordlists.leans_english(lower, at_least, -_LISTED_LOANWORD_MARGIN) else ""


# A noun a German lexicon lists is glossed by its English word where English writes it at
# least this often (Tiebreak 2.35, Floater 2.6, Relaunch 2.9: words of a trade, rarer than
# everyday loanwords; Neos, a party's name, is 2.2) ...
# A word Ding uses as English is read as English, not as a German compound
# (`Dictionary.english_word`), where English writes it at least this often (Zipf; hyperlink
# 2.4, hipster 3.4) and not more than the margin less often than German (hipster 3.6 in German).
ENGLISH_WORD_ZIPF = 2.0
ENGLISH_WORD_MARGIN = 0.5
_LISTED_LOANWORD_ZIPF = 2.3
# ... and at most this much less often than German (Tiebreak 2.35 against 2.45, Relaunch 2.9
# against 3.05; Fortuna, a club's name, 2.7 against 3.8).
_LISTED_LOANWORD_MARGIN = 0.5

_VOWELS = "aeiou"

# How common in English a superlative made by the spelling rules must be to be the word:
# "highest" 5.0, "strongest" 4.0; "importantest", no word, is not in wordfreq.
EST_ZIPF = 3.0


def english_est(adjective: str) -> str:
    """ "high" -> "highest", "large" -> "largest", "big" -> "biggest", "early" ->
    "earliest": the English superlative of a one-word adjective by the regular spelling
    rules, whether or not English makes it so; "" for a phrase. The last consonant doubles
    as before -ing and -ed (`_doubles_final_consonant`: big, biggest)."""
    if not adjective.isalpha() or not adjective.islower():
        return ""
    if adjective.endswith("e"):
        return adjective + "st"
    if adjective.endswith("y") and len(adjective) > 2 and adjective[-2] not in _VOWELS:
        return adjective[:-1] + "iest"
    if _doubles_final_consonant(adjective, "est"):
        return adjective + adjective[-1] + "est"
    return adjective + "est"


def english_ly(adjective: str) -> str:
    """ "high" -> "highly", "heavy" -> "heavily", "full" -> "fully", "simple" -> "simply":
    the English adverb of a one-word adjective by the regular spelling rules; "" for a
    phrase."""
    if not adjective.isalpha() or not adjective.islower():
        return ""
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    if adjective.endswith("ll"):
        return adjective + "y"
    if adjective.endswith("le"):
        return adjective[:-1] + "y"
    return adjective + "ly"


# How common (Zipf, English) the adjective must be that an adverb in -ly is read back to: a
# word a learner knows, not a chance string ("jolly" is no "jol" + -ly).
_LY_ADJECTIVE_ZIPF = 2.5
# A word in -ly this common (Zipf, English) is read as it is.
_COMMON_LY_ZIPF = 4.5


def english_adjective_of(adverb: str) -> str:
    """ "ominously" -> "ominous", "happily" -> "happy", "simply" -> "simple", "fully" ->
    "full": the English adjective whose adverb (`english_ly`) a one-word sense is, where
    English uses that adjective more than the adverb; "" for any other sense."""
    if not adverb.endswith("ly") or not adverb.isalpha() or not adverb.islower():
        return ""
    # The adjective English uses more than the word in -ly: "early", "likely" or "friendly"
    # are adjectives themselves, more common than "ear", and no adverb to read back.
    # Nor a common word in -ly at all ("friendly", "likely": "friend", "like" are commoner
    # still): English uses it in its own right, often as an adjective.
    used = wordlists.zipf_frequency(adverb, "en")
    if used >= _COMMON_LY_ZIPF:
        return ""
    least = max(_LY_ADJECTIVE_ZIPF, used)
    for adjective in (adverb[:-1], adverb[:-3] + "y", adverb[:-1] + "e", adverb[:-2]):
        if (len(adjective) > 3 and english_ly(adjective) == adverb
                and wordlists.zipf_frequency(adjective, "en") > least):
            return adjective
    return ""


def english_doer(sense: str) -> str:
    """ "to market" -> "someone who markets", "to fiddle around with sth." -> "someone who
    fiddles around with sth.": the agent a German -er noun names, in English's third person
    singular by its spelling rules (fix -> fixes, carry -> carries); "" for a sense that is
    not "to <verb> ..." or whose verb is "be"/"have" (an agent noun is never of those)."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to" or words[1] in ("be", "have") or not words[1].isalpha():
        return ""
    verb = words[1]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return " ".join(["someone who", third, *words[2:]])


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def action_senses(verb: Entry) -> str:
    """A noun naming a verb's action, as English names it: the verb's first two senses in
    -ing form ("to incite" -> "inciting"), each once (das Beschimpfen, Anstachelung,
    Gequengel)."""
    return "; ".join(dict.fromkeys(english_ing(s) for s in verb.gloss.split("; ")[:2]))


def _doubles_final_consonant(verb: str, ending: str) -> bool:
    """Whether English doubles the verb's last consonant before -ing/-ed. It does after a
    single stressed vowel: every one-syllable verb ending consonant-vowel-consonant (stop,
    plan), and a longer one whose last syllable is stressed (overlap, compel, embed, rebel)
    but not one stressed earlier (open, offer, visit). The stress is in no word list here, so
    for a longer verb English usage decides: the doubled form, where wordfreq knows it better
    than the single one ("overlapping" against "overlaping")."""
    if (len(verb) < 3 or verb[-1] in _VOWELS + "wxy" or verb[-2] not in _VOWELS
            or (verb[-3] in _VOWELS and verb[-4:-2] != "qu")):  # the u of qu is no vowel
        return False
    if len(_VOWEL_GROUPS.findall(verb)) == 1:
        return True
    doubled = wordlists.zipf_frequency(verb + verb[-1] + ending, "en")
    return doubled > wordlists.zipf_frequency(verb + ending, "en")


def _split_infinitive(words: list[str]) -> int:
    """Where the verb of a sense "to ..." stands: after "to", or one word later where an
    adverb splits the infinitive ("to suddenly pause": Ding writes such senses). An -ly word
    is that adverb where English never writes it with -ing; the verbs in -ly are written so
    (applying, rallying)."""
    if (len(words) > 2 and words[1].endswith("ly") and words[2].isalpha()
            and wordlists.zipf_frequency(words[1] + "ing", "en") == 0):
        return 2
    return 1


def english_ing(sense: str) -> str:
    """ "to sink" -> "sinking", "to be based on sth." -> "being based on sth.", "to suddenly
    pause" -> "suddenly pausing"; the English spelling rules for -ing that matter most (make
    -> making, die -> dying, stop -> stopping). A sense that is not "to <verb> ..." is
    returned as it is."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to":
        return sense
    at = _split_infinitive(words)
    verb = words[at]
    if verb == "be":
        ing = "being"
    elif verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        ing = verb[:-1] + "ing"
    elif _doubles_final_consonant(verb, "ing"):
        ing = verb + verb[-1] + "ing"  # stopping, overlapping
    else:
        ing = verb + "ing"
    return " ".join([*words[1:at], ing, *words[at + 1:]])


def english_past(sense: str) -> str:
    """ "to near" -> "neared", "to top sth." -> "topped sth.": the regular English past of a
    sense's verb by the spelling rules `english_ing` follows (make -> "maked": irregular
    verbs come out wrong, and wordfreq knows no such word). A sense that is not "to <verb>
    ..." is returned as it is."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to":
        return sense
    at = _split_infinitive(words)
    verb = words[at]
    if verb.endswith("e"):
        past = verb + "d"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        past = verb[:-1] + "ied"
    elif _doubles_final_consonant(verb, "ed"):
        past = verb + verb[-1] + "ed"  # stopped, overlapped
    else:
        past = verb + "ed"
    return " ".join([*words[1:at], past, *words[at + 1:]])


def english_singular(sense: str) -> str:
    """ "oaks" -> "oak", "oak trees" -> "oak tree", "heads of state" -> "head of state",
    "cities" -> "city": the English plural endings that are regular. Other senses as
    they are."""
    words = sense.split()
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[at]
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("ches", "shes", "sses", "xes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    words[at] = word
    return " ".join(words)


# Learned suffixes German and English took from Latin, Greek and French, German's against
# English's (budgetär, budgetary; operationell, operational; Monetarisierung, monetization),
# longest first: a word Ding lacks that ends in one is most often the English word with the
# English suffix, where English has that word.
_COGNATE_SUFFIXES = {
    "ADJ": (("ologisch", ("ological",)), ("istisch", ("ist", "istic")),
            ("isch", ("ic", "ical")), ("är", ("ary",)), ("ell", ("al",)), ("iv", ("ive",)),
            ("ös", ("ous",)), ("al", ("al",)), ("ant", ("ant",)), ("ent", ("ent",))),
    "NOUN": (("isierung", ("ization", "isation")), ("ität", ("ity",)), ("ismus", ("ism",)),
             ("ation", ("ation",)), ("ion", ("ion",))),
}
# The German endings `english_cognate` reads, by the class of the word.
COGNATE_ENDINGS = {pos: tuple(german for german, _ in _COGNATE_SUFFIXES[
    "ADJ" if pos == "ADV" else pos]) for pos in ("ADJ", "ADV", "NOUN")}
# The shortest word read as a cognate, and the English word's least Zipf frequency: a rarer
# one is more often a chance spelling than the word.
_COGNATE_LETTERS = 7
COGNATE_ZIPF = 2.0


def english_cognates(word: str, pos: str) -> list[str]:
    """The English words a German word with a learned suffix may be, whether or not English
    has them: the German suffix swapped for each of English's (`_COGNATE_SUFFIXES`), and
    German's k and z read as c either way (zentristisch: centrist; Konvention: convention);
    empty for a word without such a suffix."""
    low = word.lower()
    if len(low) < _COGNATE_LETTERS or not low.isalpha():
        return []
    for german, english in _COGNATE_SUFFIXES.get("ADJ" if pos == "ADV" else pos, ()):
        if not low.endswith(german):
            continue
        stem = low[: -len(german)]
        stems = dict.fromkeys((stem, stem.replace("k", "c"), stem.replace("z", "c"),
                               stem.replace("k", "c").replace("z", "c")))
        return [s + e for s in stems for e in english]
    return []


def english_cognate(word: str, pos: str) -> str:
    """The English word a German word with a learned suffix is, where English has it (the
    first of `english_cognates` wordfreq knows). "" where English has no such word
    (poetologisch: "poetological" is none). A noun only where the noun lexicon lists it as a
    common noun: a firm's name may end alike (Activision)."""
    candidates = english_cognates(word, pos)
    if not candidates or (pos == "NOUN" and not nouns.is_noun(word)):
        return ""
    for candidate in candidates:
        if wordlists.zipf_frequency(candidate, "en") >= COGNATE_ZIPF:
            return candidate
    return ""


def english_able(sense: str) -> str:
    """ "to develop sth." -> "developable", "to use" -> "usable": a one-word English verb
    with -able, where English has the word (wordfreq knows it); "" otherwise."""
    words = [w for w in sense.split() if w not in PLACEHOLDERS]
    if len(words) != 2 or words[0] != "to":
        return ""
    verb = words[1]
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith(("ce", "ge", "ee")) else verb
    able = stem + "able"
    return able if wordlists.zipf_frequency(able, "en") > 0 else ""
