"""Participles as words: the participle an adjective is (`participle_lemma`), the verb a past
participle is formed from (`past_participle_infinitive`, `strong_participle_verb`), and
whether a participle used as adjective means only its verb (`participle_verb`) or is an
adjective of its own (its degree forms, its noun in -heit, an adjective sense in Wiktionary).

Reads `lookups`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from learner.lexicon import definitions, pronunciations
from learner.nlp.lemmas.lookups import (
    lexicon_infinitive,
    listed_verb,
    participle_shaped,
    past_participle_shaped,
    weak_verb,
    zipf_sum,
)
from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    GUESSED_SCORE,
    best_reading,
    is_guessed,
    is_past_participle,
    known,
    shared_tagger,
    word_readings,
)


def participle_lemma(lemma: str, surface: str) -> str:
    """A participle used as adjective loses its declension ending, which HanTa leaves on
    words it does not know: present participles in -end ("wachsender Spannungen":
    wachsend), and past participles its lexicon knows as such ("gewählter": gewählt)."""
    word = lemma.lower()
    if lemma != surface and word != surface.lower():
        return lemma
    for ending in ADJECTIVE_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if present_participle_shaped(stem) and known(stem) or is_past_participle(stem):
            return stem
        if "ge" in stem[:-2] and stem.endswith(("t", "en")) and known(stem):
            # Shaped like a participle (ge-...-t/-en) and a known word: "hartgesotten".
            return stem
    return lemma


def present_participle_shaped(word: str) -> bool:
    """Whether a word is shaped like a present participle: the infinitive plus -d, so -end,
    and -ernd/-elnd for verbs in -ern/-eln ("alternd", "lächelnd")."""
    return word.endswith(("end", "ernd", "elnd"))


def degree_forms(participle: str) -> tuple[str, ...]:
    """The comparative and superlative forms of a participle ("enttäuschender" is also the
    positive's ending, so only -ere/-eren/-erer and -ste/-sten count): verbs have no degrees,
    so where German writes them the participle is an adjective of its own."""
    base = participle + ("e" if participle.endswith("t") else "")
    comparative = participle + "er"
    return (comparative + "e", comparative + "en", comparative + "er",
            base + "ste", base + "sten")


def written_in_degree(token: Token) -> bool:
    """Whether an adjective is written as a comparative or superlative of its lemma ("ist
    deprimierter geworden", "am frustriertesten", "die verbittertste Kritikerin"): a verb has
    no degrees, so a participle written in one is an adjective of its own in this sentence,
    whatever wordfreq knows of its degree forms elsewhere (`degree_forms`). A bare -er counts
    only on an undeclined word (ADJD): it ends a declined positive too ("ein deprimierter
    Mann")."""
    word, text = token.lemma_.lower(), token.lower_
    if text == word or not text.startswith(word):
        return False
    return text in degree_forms(word) or token.tag_ == "ADJD" and text == word + "er"


def quality_noun(participle: str) -> str:
    """The noun in -heit of a participle's quality ("besessen": Besessenheit, "gereizt":
    Gereiztheit). German derives nouns in -heit from adjectives, never from verbs (the verb's
    own noun is in -ung: Reizung), so where wordfreq knows one the participle is an adjective
    of its own."""
    return participle[:1].upper() + participle[1:] + "heit"


def _verb_of_past_participle(word: str) -> str:
    """HanTa's verb for the word read as a past participle, where the participle is formed
    from it as German forms participles (`strong_participle_verb` where HanTa took a weak
    verb for a strong one); ""."""
    verb = shared_tagger().analyze(word, pos="VV(PP)", taglevel=1)[0].lower()
    verb = strong_participle_verb(word, verb) or verb
    if word.endswith("et") and verb.endswith("en") and not _keeps_stem(word[:-2], verb[:-2]):
        # A weak participle in -et keeps its verb's stem whole (gewendet: wenden; the
        # vowel changes only before a bare -t, gewandt), so "gewandet" (clad) is no form
        # of wenden, whatever HanTa's guess.
        return ""
    return verb if verb.endswith("n") and participle_shaped(word, verb) else ""


def _keeps_stem(participle_stem: str, verb_stem: str) -> bool:
    """Whether a weak participle's letters before its ending are the verb's stem, with or
    without a ge- (after a particle: "aus-ge-rüst-et", ausrüsten)."""
    return participle_stem == verb_stem or any(
        participle_stem.startswith("ge", i)
        and participle_stem[:i] + participle_stem[i + 2:] == verb_stem
        for i in range(len(participle_stem) - 2))


def _guessed_strong_participle_verb(word: str) -> str:
    """The verb of a strong past participle in -en that HanTa's lexicon lacks as written but
    reads first as a participle of a verb it has as an infinitive: a separable verb's
    participle ("zusammengebissen": zusammenbeißen), which the lexicon lists only for some
    particles. The verb must be attested and not a guess of its own; ""."""
    readings = word_readings(word)
    if not word.endswith("en") or not readings or readings[0][0] != "VV(PP)":
        return ""
    verb = _verb_of_past_participle(word)
    return verb if verb and lexicon_infinitive(verb) and not is_guessed(verb) else ""


# The vowels of German stems, and those a strong verb's stem alternates between (ablaut:
# bergen, barg, geborgen; fliegen, flog, geflogen).
_VOWELS = "aeiouäöü"
_ABLAUT_VOWELS = ("a", "e", "i", "o", "u", "ä", "ö", "ü", "ie", "ei", "au")


@lru_cache(maxsize=20_000)
def strong_participle_verb(participle: str, verb: str) -> str:
    """The strong verb of a past participle in -en where HanTa gave a weak verb spelt with the
    participle's stem: "geborgen" (bergen, to rescue) read as borgen (to borrow), whose
    participle is "geborgt". A weak verb makes its participle in -t; where wordfreq knows the
    participle's letters with -t for -en, HanTa's verb is weak, and the participle belongs to
    the strong verb whose stem differs only by its vowel (ablaut), which HanTa's lexicon has
    and reads as an infinitive, and which has no weak participle of its own. "" where HanTa's
    verb may be right (schaffen: geschaffen and geschafft) or no such verb is found."""
    word = participle.lower()
    at = word.rfind("ge", 0, len(word) - 4)
    if (not word.endswith("en") or at < 0 or verb != word[:at] + word[at + 2:]
            or not known(word[:-2] + "t")):
        return ""
    lead, stem = word[:at], word[at + 2 : -2]
    start = next((i for i, c in enumerate(stem) if c in _VOWELS), -1)
    end = next((i for i in range(start, len(stem)) if stem[i] not in _VOWELS), len(stem))
    if start < 0 or any(c in _VOWELS for c in stem[end:]):
        return ""  # a stem of one syllable, as the strong verbs' are
    found = []
    for vowel in _ABLAUT_VOWELS:
        other = stem[:start] + vowel + stem[end:]
        candidate = lead + other + "en"
        if (other != stem and lexicon_infinitive(candidate) and not is_guessed(candidate)
                and not known(lead + "ge" + other + "t")):
            found.append(candidate)
    return max(found, key=known) if found else ""


@lru_cache(maxsize=50_000)
def past_participle_infinitive(participle: str, verb_form: bool = False) -> str:
    """The infinitive of the verb a past participle is formed from, whatever the lexicons say
    about an adjective of the same letters ("bloßgestellt": bloßstellen, "vorhergesagt":
    vorhersagen); "" for a word that is no participle of an attested verb. For participles
    that a sentence shows to be verb forms (`verbal_past_participle`)."""
    word = participle.lower()
    if (len(word) < 6 or not word.isalpha() or not past_participle_shaped(word)
            or word.startswith("un") and not word.startswith("unter")):
        return ""
    readings = word_readings(word)
    if not readings:
        return ""
    if readings[0][1] < GUESSED_SCORE:
        return weak_verb(word) or _guessed_strong_participle_verb(word)
    if not any(tag == "VV(PP)" for tag, _ in readings):
        # HanTa's lexicon may hold a weak participle only as its adjective ("ersehnt"): with
        # a perfect's or passive's auxiliary or agent (`verb_form`), which only a verb form
        # takes, the weak verb wordfreq knows whose participle it is spelt as. Not for a
        # phrase before it, which may be the clause's ("seit Wochen erbitterten Streit").
        return weak_verb(word) if verb_form else ""
    verb = _verb_of_past_participle(word)
    # A verb wordfreq never saw counts where Wiktionary defines it and an auxiliary or agent
    # shows a verb form (`verb_form`): German writes verbs such as erküren, niederstoßen,
    # verkalkulieren mostly in their perfect. Alone, the participle of such a verb is mostly
    # an adjective of its own ("abgekämpft", "überbelegt", "dahingestellt": abkämpfen,
    # überbelegen and dahinstellen are defined too).
    return verb if verb and (lexicon_infinitive(verb)
                             or verb_form and listed_verb(verb)) else ""


@lru_cache(maxsize=50_000)
def participle_verb(participle: str, attributive: bool = False) -> str:
    """The infinitive of the verb whose participle an adjective is, where the adjective means
    only the verb ("eingeräumt": einräumen, "teilnehmend": teilnehmen); "" for an adjective
    of its own (enttäuschend, fortgeschritten, verheiratet) and for other adjectives.

    A participle is an adjective of its own when the lexicons treat it as one: wordfreq knows a
    comparative or superlative of it (verbs have none: "enttäuschendste",
    "fortgeschrittenere") or a noun in -heit made of it ("Besessenheit", `quality_noun`),
    German writes its declined forms more often than the verb's infinitive ("der
    Verstorbene", "amtierend"), HanTa's lexicon reads a past participle
    alone as an adjective first or nearly so ("besorgt", "verwandt"), or German Wiktionary
    defines it as a headword of its own ("aufgebracht", "abgeklärt"). The verb must be
    attested as one word (wordfreq knows it, HanTa reads it as an infinitive): "hochverehrt"
    makes no verb "hochverehren".
    """
    word = participle.lower()
    present = present_participle_shaped(word)
    if len(word) < 6 or not word.isalpha() or not (present or word.endswith(("t", "en"))):
        return ""
    if word.startswith("un") and not word.startswith("unter"):
        # un- makes adjectives of participles ("ungeplant", "unversucht"), never verbs.
        return ""
    if any(known(form) for form in degree_forms(word)) or known(quality_noun(word)):
        return ""
    if present:
        verb = word[:-1]
        if not known(verb):
            return ""
    elif not past_participle_shaped(word):
        # Not shaped like a past participle (ge-, an inseparable prefix, -iert): "leicht",
        # "selten". Tested before HanTa's lexicon is asked, which costs a millisecond.
        return ""
    else:
        readings = word_readings(word)
        if not readings:
            return ""
        best_score = readings[0][1]
        if best_score < GUESSED_SCORE:
            # A participle of a verb HanTa's lexicon lacks ("beeinsprucht"): the weak verb
            # German writes, if wordfreq knows it; or a strong participle of a verb it has
            # ("zusammengebissen"), weighed as a known participle is.
            verb = weak_verb(word)
            if verb:
                return verb
            verb = _guessed_strong_participle_verb(word)
            if not verb:
                return ""
        elif not any(tag == "VV(PP)" for tag, _ in readings) or any(
                tag == "ADJ(D)" and score > best_score - ADJECTIVE_READING_MARGIN
                for tag, score in readings):
            return ""
        else:
            verb = _verb_of_past_participle(word)
            if not verb:
                return ""
    if word != verb and _defined_adjective(word):
        # German Wiktionary gives an adjective of its own an entry with its own definition
        # (aufgebracht "wütend", abgeklärt, gedämpft, fahrend); a participle that only means
        # its verb is listed there as a form of the verb, with no definition (eingeräumt,
        # signiert, verlaufend). A form spelt like the infinitive (unterschlagen) is the
        # verb's own entry, and no evidence.
        return ""
    endings = ADJECTIVE_ENDINGS if present or word.endswith("en") else ("er", "es", "em")
    # Declined forms in -e/-en of a weak past participle are also the verb's past tense
    # ("signierte"): only the endings no verb form shares count for it.
    declined = zipf_sum(word + ending for ending in endings)
    if declined >= known(verb) - OWN_ADJECTIVE_MARGIN and not (
            attributive and not declined and not present and _defined_verb_only(verb)):
        return ""
    if present and known(word) >= declined - _PREDICATIVE_MARGIN and (
            not attributive or known(word) >= known(verb) - BARE_ADJECTIVE_MARGIN):
        # A present participle used predicatively or as an adverb about as often as before a
        # noun ("die Krankheit ist ansteckend", "sie schwiegen"): an adjective. A verb's
        # present participle stands before nouns ("die stattfindende Sitzung"). Before a
        # noun (`attributive`) that alone tells little: German writes a verb's participle
        # bare as an adverbial of manner ("krachend scheitern", "er lief weinend hinaus",
        # `verbal_present_participle`). An adjective of its own is written bare nearly as
        # often as its verb's infinitive ("verpflichtend", "irritierend"), an adverbial of
        # manner far less ("krachend" 0.76 below "krachen", "weinend" 1.0 below).
        return ""
    return verb if (lexicon_infinitive(verb) or _infinitive_spelt_as_adjective(verb)
                    or attributive and _defined_verb_only(verb)) else ""


def _defined_verb_only(verb: str) -> bool:
    """Whether German Wiktionary defines a verb wordfreq has not seen. Asked where wordfreq
    has seen neither the verb nor its participle's declined forms, so their frequencies tell
    nothing, and Wiktionary gives the participle no adjective's grammar of its own
    (`_defined_adjective`), and only before a noun: "die zusammengepferchten Körper" is
    zusammenpferchen's ("dicht an dicht aneinanderdrängen"), a rare verb's participle, while
    after sein a participle names a state, an adjective's use ("die Frage bleibt
    dahingestellt", "die Unterkünfte waren überbelegt")."""
    return not known(verb) and bool(definitions.living_definition(verb))


def _defined_adjective(participle: str) -> bool:
    """Whether German Wiktionary defines a participle as an adjective that has an adjective's
    grammar: its entry compares it (`_compared_in_wiktionary`: "gefürchtet", "erprobt",
    "aufgebracht"), or German negates it with un-, which wordfreq knows ("unversiegelt",
    "ungestreift", "unbefristet"). Wiktionary also gives adjective entries to participles
    that German uses only as their verb's forms, defined by a paraphrase of the verb
    ("gestrandet": auf Grund gelaufen, "jubelnd": sich laut freuend, "geplündert": einer
    Plünderung zum Opfer gefallen): their tables have no degrees, as a verb has none, and
    wordfreq knows no un- form of them."""
    if not definitions.living_definition(participle):
        return False
    return _compared_in_wiktionary(participle) or any(
        known("un" + participle + ending) for ending in ("",) + ADJECTIVE_ENDINGS)


def _compared_in_wiktionary(participle: str) -> bool:
    """Whether German Wiktionary's inflection table of the participle lists a comparative or
    superlative ("spannendere", "gefürchtetste", "erprobteste"): the table of an adjective
    German does not compare has none. Wiktionary lists more degree forms than wordfreq has
    seen (`degree_forms`)."""
    return any(pronunciations.listed(participle + ending) for ending in ("ere", "ste", "este"))


def _infinitive_spelt_as_adjective(verb: str) -> bool:
    """Whether a verb made of an adjective is written like that adjective's declined form
    ("leeren", "kühlen", "lauten", "wahren": leer, kühl, laut, wahr + -en), so HanTa reads the
    adjective first and its first reading says nothing of the verb. German Wiktionary defines
    the verb under that spelling (a declined form has no definition there), and wordfreq
    knows it."""
    return (verb.endswith("en") and best_reading(verb) == "ADJ(A)" and bool(known(verb))
            and bool(known(verb[:-2])) and bool(definitions.living_definition(verb)))


# A participle declined at least half as often as its verb's infinitive is written (0.3 on the
# Zipf scale) is an adjective of its own: "angespannt" (-0.05), "zurückgeblieben" (-0.05),
# against "signiert" (-0.32), "geplant" (-0.80), "eingeräumt" (-2.38).
OWN_ADJECTIVE_MARGIN = 0.3
# The bare form of an adjective in -end is common next to its declined ones: "ansteckend"
# (+0.21), "spielend" (-0.49), against "stattfindend" (-2.58), "arbeitend" (-1.45),
# "verlaufend" (-1.16).
_PREDICATIVE_MARGIN = 0.5
# Before a noun, the bare form of a present participle that is an adjective of its own is
# common next to its verb's infinitive: "verpflichtend" (-0.49), "irritierend" (0.00),
# against "krachend" (-0.76), "verallgemeinernd" (-0.62), "weinend" (-1.01).
BARE_ADJECTIVE_MARGIN = 0.5


# How close (in HanTa's log-probabilities) an adjective reading of a past participle must come
# to its best to count as the lexicon's own adjective: "verwandt" (VV(PP) -12.3, ADJ(D) -12.6),
# "gelassen" (0.5 apart), but not "geplant" (3.5) or "signiert" (2.4).
ADJECTIVE_READING_MARGIN = 1.0
