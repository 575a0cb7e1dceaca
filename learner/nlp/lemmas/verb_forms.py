"""The lemma of a verb form: the infinitive of a form whose lemma is none (`infinitive`),
mixed and strong verbs HanTa gives the wrong lemma (`mixed_verb`, `raised_vowel_verb`,
`shared_strong_form_verb`), and infinitives HanTa read as a zu-infinitive or a participle
(`particle_infinitive_read_as_zu`, `infinitive_read_as_participle`,
`ge_verb_read_as_participle`, `finite_verb_read_as_participle`). Each judges the word alone;
the passes that read its sentence are in `verb_tags`.

Reads `lookups`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from learner.lexicon import definitions
from learner.nlp.lemmas.lookups import attested_infinitive, infinitive_reading, lexicon_infinitive
from learner.nlp.lexicon import best_reading, known, lexicon_verb, shared_tagger

# Endings of German finite verbs and participles, longest first: replacing one by the
# infinitive ending -en/-n gives the candidates for a verb lemma that is no infinitive.
_VERB_ENDINGS = ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e", "n")


def infinitive(lemma: str, surface: str, bare: bool = False) -> str:
    """A verb lemma that ends in -n, built from the written form when the tagger's does not.

    The written form's inflection is replaced by -en or -n; the first candidate that the
    tagger's lexicon reads as an infinitive of its own ("stationieren") is taken.
    """
    word = surface.lower()
    if lemma.lower() == word and "zu" in word[2:-3] and not bare:
        # A zu-infinitive left as written ("hinzusehen"): the particle verb without the zu
        # that German puts between particle and verb ("hinsehen"), where the lexicon reads
        # that as an infinitive and not the written form ("hinzufügen" is a verb of its own).
        # Not where a modal or werden governs it (`bare`), which take no zu ("wird ...
        # hinzutreten": hinzutreten).
        at = word.index("zu", 2)
        plain = word[:at] + word[at + 2:]
        if lexicon_infinitive(plain) and lexicon_verb(word) != word:
            return plain
    if lemma.endswith("n"):
        return lemma
    candidates = [stem + suffix for ending in _VERB_ENDINGS if word.endswith(ending)
                  for stem in (word[: len(word) - len(ending)],) if len(stem) > 2
                  for suffix in ("en", "n")]
    for candidate in candidates:
        if known(candidate) and (lexicon_verb(candidate) == candidate
                                 or best_reading(candidate) == "VV(INF)"):
            # Read as an infinitive, even where the lexicon's lemma is off ("stochern":
            # "stocher").
            return candidate
    for candidate in candidates:
        if attested_infinitive(candidate):
            # Read as an infinitive among other readings ("verweben", whose lexicon entry
            # HanTa reads first as the participle "verwebt"): the tagger's lemma, the written
            # form, is no infinitive at all.
            return candidate
    if lemma.endswith(("el", "er")) and best_reading(lemma + "n") == "VV(INF)":
        # A verb in -eln or -ern that neither lexicon has ("vertändelte"): HanTa's guesser
        # cuts its infinitive's -n with the ending ("vertändel"), and reads the stem plus -n
        # as an infinitive.
        return lemma + "n"
    return lemma


# The endings a weak verb adds straight to its stem: -t (present, participle), -te, -test,
# -ten, -tet (past). After a stem in -d or -t German puts an e between: "redet", "redete",
# "versandete" (versanden, to silt up).
_T_ENDINGS = ("t", "te", "test", "ten", "tet")


@lru_cache(maxsize=20_000)  # asked for every full verb; the lexicons do not change
def mixed_verb(form: str, lemma: str) -> str:
    """The mixed verb whose past or participle the form is, where HanTa took it for a form of a
    verb whose stem ends in -d or -t ("versandte", "versandt": versenden, not versanden), else
    "". A verb with such a stem never adds -t, -te straight to it (versanden: "versandete",
    "versandet"), so the form is no form of that verb. The mixed verbs senden and wenden change
    their stem's e to a before the weak -te and -t (sandte, gesandt; wandte, gewandt): the
    verb with the stem's last a turned e is the lemma, where HanTa's lexicon reads it as a full
    verb."""
    stem = lemma.removesuffix("en")
    if stem == lemma or not stem.endswith(("d", "t")) or "a" not in stem:
        return ""
    if not any(form == stem + ending for ending in _T_ENDINGS):
        return ""
    at = stem.rfind("a")
    verb = stem[:at] + "e" + stem[at + 1:] + "en"
    return verb if known(verb) and lexicon_verb(verb) == verb else ""


@lru_cache(maxsize=20_000)  # asked for every finite full verb; the lexicons do not change
def raised_vowel_verb(form: str, lemma: str) -> str:
    """The strong verb with e whose raised-vowel present the finite form is, where HanTa took
    it for a regular form of a rarer verb with i ("misst": messen, not missen), else "".

    German strong verbs of the e-classes raise e to i in the second and third person singular
    present (messen: misst, essen: isst), and those forms can spell a weak verb with i in the
    stem plus -t or -st. The e-verb is the reading where HanTa's lexicon knows it, German
    writes it more than the i-verb (wordfreq), and it is strong: wordfreq knows its participle
    ge-...-en ("gemessen") and not ge-...-t. A weak e-verb keeps its e ("senkt", so "sinkt" is
    sinken's); a verb with a prefix is left alone, as its participle has no ge to test."""
    stem = lemma.removesuffix("en")
    if (stem == lemma or form not in (stem + "t", stem + "st") or "i" not in stem
            or not stem.isalpha()):
        return ""
    at = stem.rfind("i")
    e_stem = stem[:at] + "e" + stem[at + 1:]
    verb = e_stem + "en"
    # wordfreq's answers first: HanTa's analysis of the e-verb costs a hundred times more.
    if (known(verb) <= known(lemma) or known("ge" + e_stem + "t") >= known("ge" + e_stem + "en")
            or lexicon_verb(verb) != verb):
        return ""
    return verb


# Vowels a strong verb's stem may have: what the stem vowel of another verb spelt with the
# same consonants may be.
_STEM_VOWELS = ("a", "ä", "e", "i", "ie", "o", "ö", "u", "ü", "ei", "au", "eu")
_STEM_VOWEL = re.compile(r"(?:ie|ei|au|eu|äu|[aäeioöuü])(?=[^aäeioöuü]*$)")


@lru_cache(maxsize=20_000)  # asked for every strong verb form; the lexicons do not change
def shared_strong_form_verb(form: str, lemma: str) -> str:
    """The commoner verb a strong past form belongs to as well, where HanTa gave it to a rarer
    verb spelt with the same consonants, else "". Two verbs may share their strong past: wägen
    and wiegen both make wog, gewogen, and HanTa's lexicon gives wog only to wiegen, so
    "abwog" comes out abwiegen where German means abwägen. The other verb is taken where HanTa
    built the form on a strong stem (its morpheme VV_VAR: a weak form spells its own vowel,
    "abwägt"), German Wiktionary names that verb as a sense of the rarer one ("abwiegen: gut
    überlegen, abwägen"), German writes it half a Zipf more, and HanTa's lexicon knows it as a
    verb."""
    if not lemma.endswith("en") or not lemma.isalpha():
        return ""
    morphemes = shared_tagger().analyze(form, taglevel=3)[1]
    if not any(kind.startswith("VV_VAR") for _, kind in morphemes):
        return ""
    named = " ".join(definitions.senses(lemma))
    if not named:
        return ""
    stem = lemma[:-2]
    found = _STEM_VOWEL.search(stem)
    if found is None:
        return ""
    for vowel in _STEM_VOWELS:
        verb = stem[:found.start()] + vowel + stem[found.end():] + "en"
        if (verb != lemma and re.search(rf"\b{verb}\b", named)
                and known(verb) >= known(lemma) + _COMMONER_VERB_ZIPF
                and lexicon_verb(verb) == verb):
            return verb
    return ""


# How much more often German writes the verb that takes a shared strong form: half a Zipf,
# three times as often (abwägen 3.3, abwiegen 2.3).
_COMMONER_VERB_ZIPF = 0.5


def _verb_german_writes(verb: str) -> bool:
    """Whether German writes the infinitive: wordfreq has seen it or Wiktionary defines it."""
    return bool(known(verb)) or bool(definitions.living_definition(verb))


def particle_infinitive_read_as_zu(word: str, lemma: str, governed: bool = False) -> str:
    """The infinitive of a verb whose particle ends in zu ("dazukommen", "dazulernen"), where
    HanTa read the particle's zu as the zu of a zu-infinitive and cut it ("dakommen"). German
    puts a zu-infinitive's zu between particle and verb ("anzufangen": anfangen), and the
    particles dazu-, hinzu-, herzu- end in those very letters, so the letters alone do not
    say which: the verb the cut leaves decides. Where German never writes it (no wordfreq
    hit, no Wiktionary headword) and HanTa's lexicon reads the word as written as an
    infinitive, the zu is the particle's and the word the infinitive. Where both verbs exist
    ("hinzukommen": to be added, or hinkommen's zu-infinitive, "um dort hinzukommen") the
    clause decides: a modal or werden governs the bare infinitive, never one with zu
    (`governed`: "Dann wird ein Kollege hinzutreten", hinzutreten, not hintreten); else the
    tagger's reading stays. "" where the rule does not apply."""
    word = word.lower()
    if len(lemma) != len(word) - 2 or lemma == word:
        return ""
    for at in range(2, len(word) - 4):
        if word[at:at + 2] == "zu" and word[:at] + word[at + 2:] == lemma:
            break
    else:
        return ""
    if not known(word) or _verb_german_writes(lemma) and not governed:
        return ""
    return word if infinitive_reading(word) else ""


def infinitive_read_as_participle(word: str, lemma: str) -> str:
    """The infinitive a word in -en is, where HanTa read it as the strong past participle of
    another verb: "zugestehen" (to concede) as zu- + ge- + stehen, zustehen's participle by
    its letters (the real one is "zugestanden"). German writes particle verbs on a verb in
    ge- (gestehen, gewinnen, gehören) with the particle before the ge-, the very letters of a
    participle. A participle has no finite forms, a verb has: where wordfreq knows the third
    person in -t of the word read as an infinitive ("zugesteht", as a subordinate clause
    writes it) and Wiktionary defines the word, it is that verb ("angesehen": no "angeseht";
    "zugefallen": no "zugefallt"). "" where the rule does not apply."""
    word = word.lower()
    if lemma == word or not word.endswith("en") or len(word) < 6:
        return ""
    if not known(word[:-2] + "t") or not definitions.living_definition(word):
        return ""
    return word if _particle_on_ge_verb(word, word) else ""


def ge_verb_read_as_participle(word: str, lemma: str) -> str:
    """The infinitive of a simple verb in ge- that HanTa read as the participle of the verb
    without it: "sich noch gedulden" (to be patient) as dulden's, "gehorchen" as horchen's.
    Only a strong verb makes its participle in -en ("gefallen": fallen); a weak one makes it
    in -t, so where wordfreq knows the weak participle of the tagger's verb as a word German
    writes (`_WEAK_PARTICIPLE_ZIPF`: "geduldet", "gehorcht"; not the slip "gefallt"), the
    word in -en is no participle of it, but the verb in ge- it is spelt as, where HanTa's
    lexicon reads it as an infinitive too and Wiktionary defines it ("geborgen", safe, is an
    adjective: bergen's participle). "" where the rule does not apply."""
    word = word.lower()
    if not word.startswith("ge") or word[2:] != lemma or not lemma.endswith("en"):
        return ""
    stem = lemma[:-2]
    if max(known("ge" + stem + "t"), known("ge" + stem + "et")) < _WEAK_PARTICIPLE_ZIPF:
        return ""
    return word if infinitive_reading(word) and definitions.living_definition(word) else ""


# How common (Zipf) a weak participle must be to show its verb is weak: "geduldet" 3.5,
# "gehorcht" 3.1; the misspelt "gefallt" (for strong fallen's gefallen) 2.5.
_WEAK_PARTICIPLE_ZIPF = 3.0


def _particle_on_ge_verb(form: str, verb: str) -> bool:
    """Whether HanTa's analysis reads the word as a separable particle and a participle's ge-
    where the letters after the particle are an infinitive of their own ("zu" + "gestehen",
    "hin" + "gehören"), the only shape in which a particle verb's infinitive looks like a
    participle: a simple verb's participle ("geborgen": bergen) has no particle before it.
    The form is the word as written, the verb the infinitive it is read as."""
    morphemes = shared_tagger().analyze(form, taglevel=3)[1]
    if len(morphemes) < 2 or morphemes[0][1] != "PTKVZ_SEP" or morphemes[1] != ("ge", "PREF_PP"):
        return False
    # HanTa's lexicon reads gestehen first as stehen's participle too: an infinitive reading
    # among its others is enough.
    verb = verb[len(morphemes[0][0]):]
    return bool(known(verb)) and infinitive_reading(verb)


def finite_verb_read_as_participle(word: str, lemma: str) -> str:
    """The infinitive of a third person in -t HanTa read as another verb's weak-shaped
    participle ("der dem Angeklagten zugesteht": zugestehen, not zustehen), in a clause with no
    auxiliary, where a participle would stand only as an attribute: the verb the form is the
    third person of is a word wordfreq knows and Wiktionary defines, and its letters differ
    from the tagger's verb's. "" where the rule does not apply."""
    word = word.lower()
    if not word.endswith("t") or len(word) < 6:
        return ""
    verb = word[:-1] + "en"
    if verb == lemma or not known(verb) or not definitions.living_definition(verb):
        return ""
    return verb if _particle_on_ge_verb(word, verb) else ""
