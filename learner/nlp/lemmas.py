"""Lexicon checks on the tagger's lemmas: a spaCy component, `lexicon_check`.

The embedded pipeline adds it after `hanta_tagger`; it reads and rewrites only `lemma_`, `pos_`
and `tag_`, so it could follow any tagger. Every correction is a general rule of German
spelling or morphology, checked against wordfreq's lexicon of word forms and HanTa's lexicon
(`learner.nlp.lexicon`), never a list of single words:

- Endings cut too far. HanTa's guesser strips an ending from a word it does not know and may
  take the stem's own final letter with it (Cyberattacken -> "Cyberattack",
  Interkontinentalrakete -> "Interkontinentalraket"). When the lemma is a word German has never
  shown wordfreq, the compound's known last part is lemmatized alone and the first part put
  back ("Cyber" + "Attacke").
- Verbs whose lemma is no infinitive (stationierten -> "stationiert"): an infinitive ends in -n,
  so the written form's inflection is replaced by -en/-n and the known result is taken.
- Spelling reform. HanTa's lexicon keeps pre-1996 spellings (Prozess -> "Prozeß"). Where the
  text writes ss and the lemma ß at the same place, the text's modern spelling is kept.
- Case. HanTa lower-cases the lemma after the first letter and writes it in the case of its
  lexicon (CDU -> "Cdu", US-Festland -> "Us-festland", Berliner -> "berliner"). The lemma takes
  the text's case letter for letter wherever the two agree, so acronyms and hyphenated compounds
  keep their parts' casing. The first letter follows German orthography: nouns capitalized,
  other words not, except adjectives a capital marks inside a sentence, which are indeclinable
  place adjectives ("Berliner", "Kölner") and keep it.
- Capitalized verbs. A word tagged verb but capitalized inside a sentence is a noun.
- Particle verbs on an auxiliary. A finite haben or werden whose clause ends in a verb
  particle is the full verb the two make ("hat ... vor": vorhaben), where German writes that
  verb as one word; the vocabulary then joins them as any separable verb.
- Lower-case nouns. A word tagged noun but written lower-case inside a sentence takes the
  tagger's best reading as adjective or adverb instead: German capitalizes all nouns.

Names are the next component's concern (`learner.nlp.names`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    COMMON_ZIPF,
    COMPOUND_SCORE,
    HEAD_ZIPF,
    best_reading,
    is_guessed,
    is_nominalized_adjective,
    is_past_participle,
    known,
    known_first_part,
    lexicon_lemma,
    lexicon_verb,
    shared_tagger,
    word_readings,
)
from learner.nlp.tags import FINITE_VERB_TAGS

# Endings of German finite verbs and participles, longest first: replacing one by the
# infinitive ending -en/-n gives the candidates for a verb lemma that is no infinitive.
_VERB_ENDINGS = ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e", "n")


# Diphthongs and ie: vowels that are long, so a ß after them survived the 1996 reform.
_LONG_BEFORE_SZ = frozenset({"au", "ei", "eu", "äu", "ai", "ie"})


def noun_lemma(lemma: str, surface: str) -> str:
    """A noun lemma German knows, re-derived from the compound's last part where the tagger's
    guess is doubtful.

    HanTa's lexicon holds simple words; a compound it does not know it either guesses,
    cutting an ending and maybe too much ("Cyberattack" from "Cyberattacken"), or leaves as
    written ("Innenhöfe"); hyphenated compounds it reads as one unknown word ("Flint-Flus").
    In those cases (lemma unknown to wordfreq, lemma as written, or a hyphen) the written
    form's longest last part that is a known word ("Attacken", "Höfe", "Fluss") is lemmatized
    alone, where the tagger's lexicon knows it ("Attacke", "Hof", "Fluss"), and the first part
    put back: "Cyberattacke", "Innenhof", "Flint-Fluss". A compound the tagger got right
    ("Arbeiterunruhe") comes out the same.
    """
    if (surface == lemma + "e" and known(surface) > known(lemma) > 0 and surface.isalpha()
            and is_guessed(surface) and not _plural_of_known_head(lemma, surface)):
        # A singular in -e the lexicon lacks, whose -e the guesser took for an ending
        # ("Tricolore" -> "Tricolor"): German writes the form with -e more often.
        return surface
    # A known lemma the guesser made ("Vorstadtweiber" from "Vorstadtweibern") is checked
    # against its last part like one left as written.
    unchanged = known(lemma) and "-" not in surface
    if known(lemma) and not unchanged and "-" not in surface or len(surface) < 5:
        return lemma
    for start in range(1, len(surface) - 3):
        head = surface[start:]
        if not head.isalpha() or surface[start - 1].isdigit():
            continue
        if unchanged and (start < 3 or not known_first_part(surface[:start])):
            continue
        head = head[0].upper() + head[1:]
        if known(head) < HEAD_ZIPF:
            continue
        if unchanged and (known(surface) >= COMMON_ZIPF or not is_guessed(surface)):
            # A word left as written is re-read only when the tagger's lexicon lacks it (a
            # common word never does), and only as two known words ("Innen" + "Höfe"), never
            # as a fragment and a foreign word ("K" + "Rise").
            return lemma
        head_lemma = lexicon_lemma(head)
        if head_lemma:
            first = surface[:start]
            return first + (head_lemma if first.endswith("-") else head_lemma.lower())
        return lemma
    return lemma


def _plural_of_known_head(lemma: str, surface: str) -> bool:
    """Whether the written form is the plural of a compound whose last part the lexicon
    lemmatizes as the tagger did ("Rechtfertigungsversuche": Versuche -> Versuch)."""
    for start in range(3, len(surface) - 3):
        head = surface[start:]
        head = head[0].upper() + head[1:]
        if known_first_part(surface[:start]) and known(head) >= HEAD_ZIPF:
            return lexicon_lemma(head).lower() == lemma[start:].lower()
    return False


def infinitive(lemma: str, surface: str) -> str:
    """A verb lemma that ends in -n, built from the written form when the tagger's does not.

    The written form's inflection is replaced by -en or -n; the first candidate that the
    tagger's lexicon reads as an infinitive of its own ("stationieren") is taken.
    """
    if lemma.endswith("n"):
        return lemma
    word = surface.lower()
    for ending in _VERB_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        for suffix in ("en", "n"):
            candidate = stem + suffix
            if len(stem) > 2 and known(candidate) and (
                    lexicon_verb(candidate) == candidate
                    or best_reading(candidate) == "VV(INF)"):
                # Read as an infinitive, even where the lexicon's lemma is off ("stochern":
                # "stocher").
                return candidate
    return lemma


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
        if stem.endswith("end") and known(stem) or is_past_participle(stem):
            return stem
        if "ge" in stem[:-2] and stem.endswith(("t", "en")) and known(stem):
            # Shaped like a participle (ge-...-t/-en) and a known word: "hartgesotten".
            return stem
    return lemma


def _uninflected(part: str) -> str:
    """The first part of an adjective compound takes no ending ("slowenisch-steirisch")."""
    for ending in ("en", "em", "er", "es", "e"):
        stem = part[: -len(ending)]
        if part.endswith(ending) and stem.endswith(("isch", "ig", "lich")) and known(stem):
            return stem
    return part


def modern_ss(lemma: str, surface: str) -> str:
    """Keep the text's ss where the tagger's lexicon has the old ß (Prozess, not Prozeß).

    Since 1996 ss follows a short vowel, ß a long one or a diphthong. A text that writes ss
    where the lemma has ß after a short vowel follows the reform; after a diphthong (au, ei,
    eu, äu, ie) ß is right in any spelling and ss is Swiss ("Aussenminister"), so it stays.
    The comparison ignores umlauts: a plural's ss stands for the singular's ß as well
    ("Gesetzesbeschlüsse": Gesetzesbeschluss), and a long vowel's plural keeps its ß (Füße).
    """
    if "ß" not in lemma or "ß" in surface:
        return lemma
    at = lemma.rfind("ß")
    if lemma[max(0, at - 2):at].lower() in _LONG_BEFORE_SZ:
        return lemma
    modern = lemma.replace("ß", "ss")
    head = _without_umlauts(modern.lower()[: at + 2])
    return modern if _without_umlauts(surface.lower()).startswith(head) else lemma


def _without_umlauts(word: str) -> str:
    return word.translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")


def text_case(lemma: str, surface: str) -> str:
    """The lemma in the text's case wherever the two spell the same letters."""
    out = []
    for i, ch in enumerate(lemma):
        if i < len(surface) and surface[i].lower() == ch.lower():
            out.append(surface[i])
        else:
            out.append(ch)
    return "".join(out)


def _is_acronym(text: str) -> bool:
    """Capitals only in the word's first part ("CDU", "US-Festland", "G20-Gipfel")."""
    letters = [c for c in text.split("-")[0] if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _shouted(token: Token) -> bool:
    """Written in capitals amid capitals: a heading or shouting, not an acronym."""
    def caps(t: Token) -> bool:
        return t.is_alpha and len(t.text) > 1 and t.text.isupper()

    doc = token.doc
    # Acronyms are short: a word of six capitals or more is a heading ("ALLTAGSSPRACHE").
    return caps(token) and (len(token.text) >= 6 or any(
        0 <= i < len(doc) and caps(doc[i]) for i in (token.i - 1, token.i + 1)))


def sentence_initial(token: Token) -> bool:
    """First word of its sentence, after any opening quotes or brackets."""
    for t in token.sent:
        if t.i == token.i:
            return True
        if not (t.is_punct or t.is_space):
            return False
    return False


# Parts of speech whose first letter German orthography fixes; others (X, FM) keep the
# tagger's. PROPN keeps the text's: names are written as their bearers write them ("al-Assad").
_CASED_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "PART",
                        "SCONJ", "CCONJ", "NUM", "INTJ"})


def orthography(lemma: str, token: Token) -> str:
    """The lemma's first letter by German rules, the rest in the text's case."""
    surface = token.text
    if token.pos_ not in _CASED_POS and token.pos_ != "PROPN":
        return lemma
    if _shouted(token):
        lemma = lemma.lower()
        return lemma[:1].upper() + lemma[1:] if token.pos_ in ("NOUN", "PROPN") else lemma
    lemma = text_case(lemma, surface)
    if not lemma or token.pos_ not in _CASED_POS:
        return lemma
    first = lemma[0]
    if token.pos_ == "NOUN":
        first = first.upper()
    elif _is_acronym(surface):
        pass
    elif (token.pos_ == "ADJ" and surface[:1].isupper() and not sentence_initial(token)
          and lemma.lower() == surface.lower() and surface.endswith("er")):
        # An adjective written with a capital inside a sentence and not declined: a place
        # adjective in -er ("Berliner Polizei"), which German writes capitalized.
        pass
    else:
        first = first.lower()
    return first + lemma[1:]


def checked_lemma(token: Token) -> str:
    """The token's lemma after the lexicon checks (see the module's docstring)."""
    lemma = token.lemma_ or token.text
    surface = token.text
    if not any(c.isalpha() for c in surface):
        return lemma
    lemma = modern_ss(lemma, surface)
    if surface.endswith("'") and lemma.endswith("'"):
        # The genitive apostrophe of words ending in s, x or z ("des Virus'") is no part
        # of the word.
        lemma = lemma.rstrip("'")
    if token.pos_ == "NOUN":
        # Again after the compound's last part was lemmatized alone: the lexicon's own lemma
        # of that part may be in the old spelling too ("Artilleriebeschuss": "Beschuß").
        lemma = modern_ss(noun_lemma(lemma, surface), surface)
        if (not lemma.endswith("e") and token.is_alpha
                and surface[len(lemma):] in ADJECTIVE_ENDINGS and surface.startswith(lemma)
                and is_nominalized_adjective(surface)):
            # A nominalized adjective is listed with its -e: "der Gläubige", "die Deutsche"
            # (HanTa strips it: "Gläubig").
            lemma += "e"
    elif token.pos_ == "ADJ":
        lemma = participle_lemma(lemma, surface)
        if "-" in lemma:
            lemma = "-".join([_uninflected(p) for p in lemma.split("-")[:-1]]
                             + [lemma.split("-")[-1]])
    elif token.pos_ == "VERB":
        lemma = infinitive(lemma, surface)
    return orthography(lemma, token)


# HanTa's tags for the parts of speech a lower-case word tagged NN is re-read as.
_RETAG = {"ADJ(D)": ("ADJD", "ADJ"), "ADJ(A)": ("ADJA", "ADJ"), "ADV": ("ADV", "ADV")}


# Finite auxiliaries that can be the verb part of a particle verb ("hat ... vor": vorhaben,
# "wird ... los": loswerden); STTS tags verb particles PTKVZ.
_FINITE_AUXILIARY_TAGS = frozenset({"VAFIN", "VAIMP"})


def retag_particle_auxiliaries(doc: Doc) -> None:
    """A finite haben or werden whose clause ends in a verb particle is a full verb: "hat
    ... vor" is vorhaben, "wird ... los" loswerden. HanTa tags the finite form auxiliary
    (VAFIN), so the particle would be joined to nothing; tagged VVFIN it is joined as any
    separable verb's. Only where particle + infinitive is a verb German writes as one word
    (wordfreq knows it, HanTa's lexicon reads it as a full verb), and never with sein or a
    predicative adjective, which the 1996 reform writes apart ("zurück sein", "bekannt
    werden")."""
    for token in doc:
        if token.tag_ not in _FINITE_AUXILIARY_TAGS or token.lemma_ == "sein":
            continue
        particle = None
        for later in doc[token.i + 1 : token.sent.end]:
            if later.text == "," or later.tag_ in FINITE_VERB_TAGS:
                break  # the particle closes the verb's own clause, before any other
            if later.tag_ == "PTKVZ":
                particle = later
        if particle is None or best_reading(particle.text.lower()) == "ADJ(D)":
            continue
        joined = particle.text.lower() + token.lemma_.lower()
        if known(joined) and lexicon_verb(joined) == joined:
            token.tag_ = "VVFIN" if token.tag_ == "VAFIN" else "VVIMP"
            token.pos_ = "VERB"


def retag_capitalized_verbs(doc: Doc) -> None:
    """A word tagged verb but written with a capital inside a sentence is a noun: German
    writes verbs lower-case, nominalized ones ("das Feilen") and nouns that look like verb
    forms ("im Zuge einer Nacheile") with a capital."""
    for token in doc:
        if (token.pos_ != "VERB" or not token.text[:1].isupper() or not token.is_alpha
                or sentence_initial(token) or not doc[token.i - 1].is_alpha):
            continue
        readings = word_readings(token.text.lower())
        if readings and readings[0][0].startswith("VV") and readings[0][1] > COMPOUND_SCORE:
            # A plain verb form of the lexicon ("Stimmte" for "Stimme"): a typo or a
            # nominalized infinitive, and no noun of its own.
            continue
        token.pos_, token.tag_ = "NOUN", "NN"
        token.lemma_ = token.text


def retag_lowercase_nouns(doc: Doc) -> None:
    """A word tagged noun but written lower-case inside a sentence is no noun: German
    capitalizes every noun. It takes the tagger's best reading as an adjective or adverb
    ("einen deutsch-französischen Vertrag"), when the tagger has one."""
    for token in doc:
        if (token.tag_ != "NN" or not token.is_alpha or not token.text.islower()
                or sentence_initial(token)):
            continue
        for hanta_tag, _ in shared_tagger().tag_word(token.text):
            if hanta_tag in _RETAG:
                token.tag_, token.pos_ = _RETAG[hanta_tag]
                lemma = shared_tagger().analyze(token.text, taglevel=1)[0]
                token.lemma_ = token.text if hanta_tag != "ADJ(A)" else lemma.lower()
                break
            if hanta_tag not in ("NN", "NE", "NNA", "NNI"):
                break


class LexiconCheck:
    """Corrects tags and lemmas; see the module's docstring."""

    def __call__(self, doc: Doc) -> Doc:
        retag_lowercase_nouns(doc)
        retag_capitalized_verbs(doc)
        retag_particle_auxiliaries(doc)
        for token in doc:
            if not token.is_space and not token.is_punct:
                token.lemma_ = checked_lemma(token)
        return doc


@Language.factory("lexicon_check")
def make_lexicon_check(nlp: Language, name: str) -> LexiconCheck:
    return LexiconCheck()
