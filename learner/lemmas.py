"""Lexicon checks on the tagger's lemmas and names: a spaCy component, `lexicon_check`.

The embedded pipeline adds it after `hanta_tagger`; it reads and rewrites only `lemma_`, `pos_`
and `tag_`, so it could follow any tagger. Every correction is a general rule of German
spelling or morphology, checked against wordfreq's lexicon of word forms, never a list of
single words:

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
- Names. A noun right after a name that HanTa's lexicon lacks, even as a compound ("Wayne
  Bridge"), a noun its lexicon knows only as a name ("Henkel"), a noun whose lemma German
  Wiktionary lists only as a name ("Steiermark", "Strache"; read from the `german-nouns`
  package), a hyphenated compound starting with a word HanTa knows first as a name
  ("Henkel-Aktie", "Oscar-Verleihung") and one whose head, its last part, Wiktionary lists
  only as a name ("Nordrhein-Westfalen"), are tagged PROPN.
- Name phrases. Inside a sentence a capital on a declined adjective marks a proper name ("im
  Nahen Osten", "des Weißen Hauses"): the adjective and the noun it starts are tagged PROPN,
  as the rest of the name is, so neither becomes a card.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from functools import cache, lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token
from wordfreq import get_frequency_dict, zipf_frequency

from learner.dictionary import LINKING, cache_dir
from learner.nlp import FINITE_VERB_TAGS

LANGUAGE = "de"

# Endings of German finite verbs and participles, longest first: replacing one by the
# infinitive ending -en/-n gives the candidates for a verb lemma that is no infinitive.
_VERB_ENDINGS = ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e", "n")
# Diphthongs and ie: vowels that are long, so a ß after them survived the 1996 reform.
_LONG_BEFORE_SZ = frozenset({"au", "ei", "eu", "äu", "ai", "ie"})
# A compound's last part counts as known from Zipf 3 (one in a million words): below that
# wordfreq's German list holds foreign words and fragments ("Tack", "Ack", "Skreis").
HEAD_ZIPF = 3.0
# Letters that can close a declined adjective (-e, -en, -em, -er, -es).
_ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")


@cache
def _frequencies() -> dict[str, float]:
    # wordfreq's whole German list, read once (0.3 s): a dict look-up is ~100x cheaper than
    # zipf_frequency, which tokenizes its argument on every call.
    return get_frequency_dict(LANGUAGE)


@lru_cache(maxsize=200_000)
def known(word: str) -> float:
    """wordfreq's Zipf frequency of a written form (0.0 = never seen: likely no German word).

    Plain words are looked up in wordfreq's list as wordfreq itself would (case-folded, so ß
    and ss are one); anything with digits, hyphens or spaces goes through zipf_frequency, which
    splits it into tokens first.
    """
    if word.isalpha():
        frequency = _frequencies().get(word.casefold(), 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency else 0.0
    return zipf_frequency(word, LANGUAGE)


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
            and _guessed(surface) and not _plural_of_known_head(lemma, surface)):
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
        if unchanged and (start < 3 or not _known_first_part(surface[:start])):
            continue
        head = head[0].upper() + head[1:]
        if known(head) < HEAD_ZIPF:
            continue
        if unchanged and (known(surface) >= COMMON_ZIPF or not _guessed(surface)):
            # A word left as written is re-read only when the tagger's lexicon lacks it (a
            # common word never does), and only as two known words ("Innen" + "Höfe"), never
            # as a fragment and a foreign word ("K" + "Rise").
            return lemma
        head_lemma = _lexicon_lemma(head)
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
        if _known_first_part(surface[:start]) and known(head) >= HEAD_ZIPF:
            return _lexicon_lemma(head).lower() == lemma[start:].lower()
    return False


def _known_first_part(part: str) -> bool:
    """Whether a compound's first part is a known word, alone or before a linking element
    ("Rechtfertigung-s-versuche")."""
    return known(part) >= HEAD_ZIPF or any(
        part.endswith(link) and len(part) - len(link) >= 3
        and known(part[: -len(link)]) >= HEAD_ZIPF for link in LINKING)


def has_known_head(word: str) -> bool:
    """Whether a compound ends in a known word of 4+ letters ("Fledertier": "Tier")."""
    for start in range(1, len(word) - 3):
        part = word[start:]
        if part.isalpha() and known(part[0].upper() + part[1:]) >= HEAD_ZIPF:
            return True
    return False


def _tagger():
    """The HanTa instance of the `hanta_tagger` component, whose memo already holds the
    analyses of the text's own words."""
    from learner.nlp import _hanover_tagger

    return _hanover_tagger()


@lru_cache(maxsize=20_000)
def _lexicon_lemma(word: str) -> str:
    """HanTa's lemma of a noun on its own, or "" when it would not call it a noun."""
    lemma, tag = _tagger().analyze(word, taglevel=1)
    return lemma if tag == "NN" else ""


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
                    _lexicon_verb(candidate) == candidate
                    or _first_reading(candidate) == "VV(INF)"):
                # Read as an infinitive, even where the lexicon's lemma is off ("stochern":
                # "stocher").
                return candidate
    return lemma


@lru_cache(maxsize=20_000)
def _lexicon_verb(word: str) -> str:
    """HanTa's lemma of a word on its own when it reads it as a full verb, else ""."""
    lemma, tag = _tagger().analyze(word, taglevel=1)
    return lemma if tag.startswith("VV") else ""


def participle_lemma(lemma: str, surface: str) -> str:
    """A participle used as adjective loses its declension ending, which HanTa leaves on
    words it does not know: present participles in -end ("wachsender Spannungen":
    wachsend), and past participles its lexicon knows as such ("gewählter": gewählt)."""
    word = lemma.lower()
    if lemma != surface and word != surface.lower():
        return lemma
    for ending in _ADJECTIVE_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if stem.endswith("end") and known(stem) or _past_participle(stem):
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


@lru_cache(maxsize=100_000)
def _readings(word: str) -> tuple[tuple[str, float], ...]:
    """HanTa's tags for the word alone, best first, with their log-probabilities. Costs about
    a millisecond (more for a word it must guess), hence the cache and the cheap tests that
    callers run first."""
    return tuple((tag, float(score)) for tag, score in _tagger().tag_word(word))


def _first_reading(word: str) -> str:
    """HanTa's best tag for the word alone ("ADJ(D)", "PTKVZ"), "" when it has none."""
    readings = _readings(word)
    return readings[0][0] if readings else ""


def _nominalized_adjective(word: str) -> bool:
    """Whether HanTa reads the word alone first as a nominalized adjective (its tag NNA)."""
    return _first_reading(word) == "NNA"


def _past_participle(word: str) -> bool:
    """Whether HanTa's lexicon reads the word alone as a past participle."""
    readings = _readings(word)
    return bool(readings) and readings[0][0] == "VV(PP)" and readings[0][1] > GUESSED_SCORE


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


def _sentence_initial(token: Token) -> bool:
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
    elif (token.pos_ == "ADJ" and surface[:1].isupper() and not _sentence_initial(token)
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
                and surface[len(lemma):] in _ADJECTIVE_ENDINGS and surface.startswith(lemma)
                and _nominalized_adjective(surface)):
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


def mark_name_phrases(doc: Doc) -> None:
    """Tag PROPN a capitalized, declined adjective inside a sentence and the noun after it."""
    for token in doc[:-1]:
        if token.tag_ != "ADJA" or not token.text[:1].isupper() or _sentence_initial(token):
            continue
        if token.i == 0 or not doc[token.i - 1].is_alpha:
            continue  # after a colon, a quote or a list number a capital may start a sentence
        nxt = doc[token.i + 1]
        declined = token.text.lower().endswith(_ADJECTIVE_ENDINGS) and (
            token.text.lower() != token.lemma_.lower())
        if declined and nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isupper():
            for t in (token, nxt):
                t.pos_, t.tag_ = "PROPN", "NE"


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
        if particle is None or _first_reading(particle.text.lower()) == "ADJ(D)":
            continue
        joined = particle.text.lower() + token.lemma_.lower()
        if known(joined) and _lexicon_verb(joined) == joined:
            token.tag_ = "VVFIN" if token.tag_ == "VAFIN" else "VVIMP"
            token.pos_ = "VERB"


def retag_capitalized_verbs(doc: Doc) -> None:
    """A word tagged verb but written with a capital inside a sentence is a noun: German
    writes verbs lower-case, nominalized ones ("das Feilen") and nouns that look like verb
    forms ("im Zuge einer Nacheile") with a capital."""
    for token in doc:
        if (token.pos_ != "VERB" or not token.text[:1].isupper() or not token.is_alpha
                or _sentence_initial(token) or not doc[token.i - 1].is_alpha):
            continue
        readings = _readings(token.text.lower())
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
                or _sentence_initial(token)):
            continue
        for hanta_tag, _ in _tagger().tag_word(token.text):
            if hanta_tag in _RETAG:
                token.tag_, token.pos_ = _RETAG[hanta_tag]
                lemma = _tagger().analyze(token.text, taglevel=1)[0]
                token.lemma_ = token.text if hanta_tag != "ADJ(A)" else lemma.lower()
                break
            if hanta_tag not in ("NN", "NE", "NNA", "NNI"):
                break


# HanTa's log-probability of a word's best tag, given the word alone: words of its lexicon
# score above -20 (Krise -9.5, Ausländer -9.8), words it has to guess below -25 (Innenhöfe
# -31.4, Fledertiere -31.5).
GUESSED_SCORE = -25.0


# Words this common (ten per million) are in HanTa's lexicon: no need to ask it.
COMMON_ZIPF = 4.0
# Single nouns are checked for being names below this Zipf value (see mark_names).
NAME_CHECK_ZIPF = 4.0
# Compounds of lexicon words score between (Staatenlenker -22.5, Steinkellner -22.2).
COMPOUND_SCORE = -20.0


def _guessed(word: str, below: float = GUESSED_SCORE) -> bool:
    """Whether HanTa's lexicon lacks the word, so its tag and lemma are a guess."""
    readings = _readings(word)
    return not readings or readings[0][1] < below


def _name_on_its_own(word: str, only: bool = False) -> bool:
    """Whether HanTa, given the word alone, reads it first as a proper name (NE).

    With `only`, the name must be the sole reading its lexicon has: "Henkel", "Hamas", but
    not "Essen", "Vogel" or "Koch", which it knows as names first and as nouns too.
    """
    readings = _readings(word)
    if not readings or readings[0][0] != "NE":
        return False
    if not only:
        return True
    return readings[0][1] > GUESSED_SCORE and not any(
        tag.startswith("NN") and score > GUESSED_SCORE for tag, score in readings[1:])


# Wiktionary's kinds of proper name, as the `german-nouns` package labels its rows.
_NAME_KINDS = frozenset({"Toponym", "Eigenname", "Nachname", "Vorname"})


@cache
def _wiktionary_names() -> tuple[frozenset[str], frozenset[str]]:
    """The words German Wiktionary lists only as names, and those it lists as first names.

    Read from the CSV of the `german-nouns` package (Wiktionary, CC BY-SA 4.0), which takes
    0.15 s, so the two lists are kept in the user's cache folder (beside the dictionary's
    index) and read from there in a few milliseconds by every later process. Without the
    package (the Makefile installs it; see pyproject.toml) both lists are empty and names
    are found by the tagger and its lexicon alone.
    """
    from importlib.resources import files

    try:
        table = files("german_nouns") / "nouns.csv"
    except ModuleNotFoundError:
        return frozenset(), frozenset()
    cached = cache_dir() / f"wiktionary-names-{_content_key(table)}.json"
    try:
        only, first = json.loads(cached.read_text(encoding="utf-8"))
        return frozenset(only), frozenset(first)
    except (OSError, ValueError):
        pass
    try:
        only_names, first_names = _read_wiktionary_names(table)
    except OSError:  # a damaged install without its data file
        return frozenset(), frozenset()
    _write_atomically(cached, json.dumps([sorted(only_names), sorted(first_names)]))
    return only_names, first_names


def _content_key(table) -> str:
    """What changes when the package's table does: the file's size and time, or, where the
    package is no plain folder (a zip), its version."""
    try:
        stat = os.stat(str(table))
        return f"{stat.st_size}-{stat.st_mtime_ns}"
    except OSError:
        from importlib.metadata import version

        return version("german-nouns")


def _read_wiktionary_names(table) -> tuple[frozenset[str], frozenset[str]]:
    """Each row of the table is "lemma,kinds,...", the kinds quoted when there are several
    ("Substantiv,Toponym"); only those two fields are read (the csv module takes twice as
    long to split all ~80 fields of 100,000 rows)."""
    only_names: dict[str, bool] = {}
    first_names: set[str] = set()
    with table.open(encoding="utf-8") as f:
        next(f)  # the header
        for line in f:
            word, _, rest = line.partition(",")
            kinds = rest[1:rest.find('"', 1)] if rest.startswith('"') else rest[:rest.find(",")]
            is_name = any(kind in kinds for kind in _NAME_KINDS)
            only_names[word] = only_names.get(word, True) and is_name
            if "Vorname" in kinds:
                first_names.add(word)
    return frozenset(w for w, only in only_names.items() if only), frozenset(first_names)


def _write_atomically(path: Path, text: str) -> None:
    """Write a cache file whole or not at all; a folder that cannot be written is no error
    (the lists are read from the package again next time)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass


def wiktionary_installed() -> bool:
    """Whether the `german-nouns` package, with Wiktionary's names, is installed."""
    from importlib.util import find_spec

    return find_spec("german_nouns") is not None


def listed_names() -> frozenset[str]:
    """Words that German Wiktionary lists only as names: places, surnames, first names and
    other proper names ("Steiermark", "Strache", "Weltklimarat"), with no common-noun entry
    beside them ("Koller", "Borg" and "Montag" have one: they stay nouns)."""
    return _wiktionary_names()[0]


def first_names() -> frozenset[str]:
    """Words German Wiktionary lists as first names ("Michael", "Nick", "Hans"), whatever
    else it lists them as."""
    return _wiktionary_names()[1]


def _names_alone(part: str, only: bool = False) -> bool:
    """Whether one part of a hyphenated compound is a name on its own. Acronyms in capitals
    ("US-Festland", "EU-Kommissarin") stand for common nouns as often as for names."""
    return part.isalpha() and not part.isupper() and (
        part in listed_names() or _name_on_its_own(part, only=only))


def _hyphened_to_name(token: Token) -> bool:
    """Whether a noun is the first part of a compound written as separate tokens whose head
    is a name ("Französisch - Guyana"), as treebanks and some pipelines split compounds.

    Only this direction: a compound split after a name ("Asien - Reise", "Shell - Konzern")
    is a common noun for UD German-GSD, and it becomes one card whole, never in parts.
    """
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and _named_head(doc[i + 2].lemma_)


def _named_head(lemma: str) -> bool:
    """Whether a compound's last part, given as its lemma, is a name: Wiktionary lists it
    only as one. The lemma, as inflected forms can spell a name ("Löhne", "Systems"); and
    HanTa's lexicon is not asked: it reads English loan words as names ("E-Commerce")."""
    return lemma[:1].isupper() and lemma in listed_names()


def mark_names(doc: Doc) -> None:
    """Tag PROPN the nouns that name one thing.

    - A noun the tagger's lexicon, given the word alone, knows only as a name ("Henkel"): in
      context HanTa's HMM often prefers NN for a capitalized word.
    - A hyphenated compound whose first part is such a name ("Henkel-Aktie",
      "Hamas-Trainingslager", "Oscar-Verleihung"): it names one company's share, one camp.
      Acronyms in capitals ("US-Festland", "EU-Kommissarin") are left alone: they stand for
      common nouns as often as for names.
    """
    for token in doc:
        if token.tag_ != "NN" or not token.text[:1].isupper():
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if (before is not None and before.tag_ == "NE" and token.is_alpha
                and (_guessed(token.text, COMPOUND_SCORE) or before.text in first_names())):
            # A name's next word that the lexicon lacks, not even as a compound, is the
            # name's second part ("Wayne Bridge", "Gottwald Kranebitter"); after a first
            # name, whatever the lexicon says: a surname ("Michael Spindelegger").
            token.pos_, token.tag_ = "PROPN", "NE"
            continue
        parts = token.text.split("-")
        if len(parts) > 1:
            # Any part before the last may be the name: "Kaiser-Franz-Joseph-Backenbart".
            # The last part is a German compound's head: a compound whose head is a name is
            # a name ("Nordrhein-Westfalen", "Französisch-Guyana").
            is_name = (any(_names_alone(p) for p in parts[:-1])
                       or _named_head(token.lemma_.split("-")[-1]))
        elif _hyphened_to_name(token):
            is_name = True
        else:
            # Only below Zipf 4: that is where the cards are at the default threshold, and
            # the look-up costs a millisecond a word.
            is_name = token.lemma_ in listed_names() or (
                token.is_alpha and known(token.text) < NAME_CHECK_ZIPF
                and _name_on_its_own(token.text, only=True))
        if is_name:
            token.pos_, token.tag_ = "PROPN", "NE"


class LexiconCheck:
    """Corrects lemmas and marks name phrases; see the module's docstring."""

    def __call__(self, doc: Doc) -> Doc:
        retag_lowercase_nouns(doc)
        retag_capitalized_verbs(doc)
        retag_particle_auxiliaries(doc)
        for token in doc:
            if not token.is_space and not token.is_punct:
                token.lemma_ = checked_lemma(token)
        mark_name_phrases(doc)
        mark_names(doc)
        return doc


@Language.factory("lexicon_check")
def make_lexicon_check(nlp: Language, name: str) -> LexiconCheck:
    return LexiconCheck()
