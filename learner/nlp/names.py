"""Names: a spaCy component, `name_check`, that tags PROPN the nouns naming one thing.

It runs after `lexicon_check` and reads the tagger's tags and the checked lemmas:

- A noun right after a name that HanTa's lexicon lacks, even as a compound ("Wayne Bridge"),
  or that no noun lexicon lists, nor as a compound of a listed noun ("Roger Wrobelski"), or
  after a first name German Wiktionary lists ("Michael Spindelegger"). A first name the
  tagger read as a common noun ("Mark", "Ernst") and a next noun no lexicon lists, though it
  may split into nouns ("Mark Zuckerberg"), are a person's name, unless an article or a
  number makes the first the noun ("eine Art Industriestandard").
- A capitalized word no noun lexicon lists that the tagger's guesser cut to a noun by an
  ending no German noun takes ("Müslim" as a form of "Müsli"): the name, as written.
- A noun its lexicon knows only as a name ("Henkel"), and a noun whose lemma German
  Wiktionary lists only as a name ("Steiermark", "Strache"; from the lexicon shipped in
  `learner.lexicon`), or that no noun lexicon lists and whose head is such a name
  ("Südsteiermark", "Ostalpen").
- A hyphenated compound starting with a word HanTa knows first as a name ("Henkel-Aktie",
  "Oscar-Verleihung") or with a part that is no word of German or English
  ("Qassam-Brigaden", "Bernabeu-Stadion"), and one whose head, its last part, Wiktionary
  lists only as a name ("Nordrhein-Westfalen").
- Lists of names. A noun in the singular with no article, that no noun lexicon lists as
  written, in a list right beside a name ("Gablitz und Mauerbach"): the next name. The bare
  nouns of a long list of names, a line-up past its substitutions in brackets ("Veltman
  (71. Sanogo), Riedewald").
- Place adjectives. A listed place's name with -er before a noun ("Innsbrucker SPÖ-Chef") is
  the place's indeclinable adjective, not its people's noun.
- Name phrases. Inside a sentence a capital on a declined adjective marks a proper name ("im
  Nahen Osten", "des Weißen Hauses", "der Neonazi-Partei Goldene Morgenröte"): the
  adjective and the noun it starts are tagged PROPN, as the rest of the name is, so neither
  becomes a card.
- Undeclined adjectives with a capital after a noun ("Zauberer Unerbittlich", "Sebastian
  Kurz"): a name.
- Brands: a capital inside a word ("YouTube", "FestZins"), which German spelling never puts
  there but in the inclusive "LehrerInnen".
- Routes and seas named by a point of the compass ("die Westbahn", "die Südsee"), regions by
  one and a listed place ("die Ostukraine"), and a bare singular noun joined to a bare
  acronym name ("von SPÖ und Bürgerliste").
- Streets and towns. A compound on a street's head ("-gasse", "-ring", "-platz") that no noun
  lexicon lists, with no indefinite article before it ("am Opernring", "in der Domgasse"); a
  bare singular compound on a masculine or neuter count noun that no lexicon lists, after a
  preposition of place ("durch Schattendorf", "von Hopfgarten", "in Mittelberg"), and a town
  in -en the tagger read as a plural whose singular nobody writes ("in Feldkirchen"); a word
  joined to a name by a slash ("Kufstein/Kiefersfelden").
- Surnames that split into nouns ("Harald Holzmeister"): after a name that is no genitive
  and no acronym, or a first name the tagger read as foreign ("Arabella"), a noun no
  lexicon lists as written; after a name and "von", a family name ("Nora von Hohenwalden").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from learner import wordlists
from learner.lexicon import nouns

# German Wiktionary's names, from the lexicon shipped with learner: the words it lists only as
# names ("Steiermark", "Strache"; not "Koller", which is a noun too) and its first names.
# The other name components import them from here, with the rules below.
from learner.lexicon.nouns import first_names, listed_names
from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    COMPOUND_SCORE,
    GUESSED_SCORE,
    is_guessed,
    known,
    known_first_part,
    word_readings,
)
from learner.nlp.scan import in_order, token_texts, tokens_with
from learner.nlp.sentences import sentence_initial

# Single nouns are checked for being names below this Zipf value (see mark_names).
NAME_CHECK_ZIPF = 4.0


def _name_on_its_own(word: str, only: bool = False) -> bool:
    """Whether HanTa, given the word alone, reads it first as a proper name (NE).

    With `only`, the name must be the sole reading its lexicon has: "Henkel", "Hamas", but
    not "Essen", "Vogel" or "Koch", which it knows as names first and as nouns too.
    """
    readings = word_readings(word)
    if not readings or readings[0][0] != "NE":
        return False
    if not only:
        return True
    return readings[0][1] > GUESSED_SCORE and not any(
        tag.startswith("NN") and score > GUESSED_SCORE for tag, score in readings[1:])


def _names_alone(part: str, only: bool = False) -> bool:
    """Whether one part of a hyphenated compound is a name on its own. Acronyms in capitals
    ("US-Festland", "EU-Kommissarin") stand for common nouns as often as for names."""
    return part.isalpha() and not part.isupper() and (
        part in listed_names() or _name_on_its_own(part, only=only))


# A compound's parts shorter than this are too often a name's pieces ("Ent-holzer"), as in
# learner.nlp.entities.
_PART_LETTERS = 4
# English words at least this common (Zipf) are loan parts of German compounds
# ("Onscreen-Navigation", "Showrunner-Prinzip"), not names.
ENGLISH_WORD_ZIPF = 2.5


@lru_cache(maxsize=20_000)
def _no_word(part: str) -> bool:
    """Whether a capitalized part of a hyphenated compound is no word of German or English:
    HanTa's lexicon lacks it, no noun lexicon lists it, it is no known word before a linking
    element, it does not split into a known word and a listed noun, and English uses it
    seldom. Such a part names something ("Qassam-Brigaden", "Bernabeu-Stadion",
    "Medion-Fernseher"), as a compound with a name first is a name."""
    if not part.isalpha() or part.isupper() or not part[:1].isupper():
        return False
    if not is_guessed(part) or nouns.is_noun(part) or nouns.lemmas_of(part):
        return False
    if (known_first_part(part)
            or wordlists.zipf_frequency(part.lower(), "en") >= ENGLISH_WORD_ZIPF):
        return False
    return not _splits_into_noun(part)


# A small letter, then a capital and two small letters, inside a word: German writes a capital
# only at a word's start (and at a compound's part after a hyphen), so one inside it is a
# brand's or a product's spelling ("YouTube", "iPhone", "PowerPoint", "FestZins"). Two small
# letters after it leave out units and acronyms with a small letter ("kWh", "GmbH", "microSD").
_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöüß]{2}")
# The exception German spelling has: the capital I of gender-inclusive plurals
# ("LehrerInnen", "SchülerIn").
_INCLUSIVE_I = re.compile(r"[a-zäöüß]I(n\b|nnen)")


def brand_spelling(word: str) -> bool:
    """Whether a word, or the head (last part) of a hyphenated compound, is spelt with a
    capital inside it as only brands and products are ("YouTube", "FestZins",
    "Apple-iPhone"); not the capital I of "LehrerInnen". A compound headed by a common noun
    stays one: "PowerPoint-Dokument" is a kind of document, a word a learner needs."""
    head = word.rsplit("-", 1)[-1]
    return bool(_INNER_CAPITAL.search(head)) and not _INCLUSIVE_I.search(head)


def _unlisted_noun(token: Token) -> bool:
    """Whether no noun lexicon lists a capitalized word as a common noun: not as written, not
    as its lemma, not as a form of a listed noun, and it does not split into a known first
    part and a listed noun. German forms common nouns by compounding listed ones, so a word
    of none of these kinds is a name or a word of another language."""
    return _unlisted_as_written(token) and not _splits_into_noun(token.text)


def _unlisted_form(token: Token) -> bool:
    """Whether no noun lexicon lists the word as written, as a noun or a noun's form: the
    lemmatizer's cut of it ("Auer" to "Au") is a guess, and in a list of names it is the next
    name, as written."""
    return not nouns.is_noun(token.text) and not nouns.lemmas_of(token.text)


def _unlisted_as_written(token: Token) -> bool:
    """Whether no noun lexicon lists a capitalized word as a common noun, as written, as its
    lemma or as a listed noun's form, though it may split into listed nouns."""
    text = token.text
    return (text[:1].isupper() and not text.isupper() and _unlisted_form(token)
            and not nouns.is_noun(token.lemma_))


# The particles of noble and Dutch surnames, between a first name and the family name ("Nora von
# Hohenwald", "Ruud van Nistelrooy").
_NAME_PARTICLES = frozenset({"von", "van", "zu", "vom"})


def _after_name_and_particle(token: Token) -> bool:
    """Whether a capitalized noun no lexicon lists as written follows a name and a surname's
    particle ("Nora von Hohenwalden"): a noble family's name, often a place's ("Hohen" +
    "Walden"), which the lemmatizer must not cut as a noun's plural. The name before must
    be one the tagger's lexicon knows only as a name or a first name Wiktionary lists: after
    a common noun "von" says whose or where ("der Bürgermeister von Hohenwalden")."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text not in _NAME_PARTICLES or not _unlisted_as_written(token):
        return False
    name = doc[i - 2]
    return (name.tag_ == "NE" and name.is_alpha and not name.text.isupper()
            and (name.text in first_names() or _name_on_its_own(name.text, only=True)))


def _foreign_name_word(token: Token) -> bool:
    """Whether the tagger read a capitalized word as foreign material (STTS FM) and it may
    start a name: not an acronym, not a genitive."""
    return (token.tag_ == "FM" and token.is_alpha and token.text[:1].isupper()
            and not _genitive_or_acronym(token))


def _genitive_or_acronym(token: Token) -> bool:
    """Whether a name may be in the genitive ("Haiders", "Raffarins": German writes a name's
    genitive with -s and puts it before the noun it owns) or is an acronym ("MTB
    Privatstiftung", "ÖVP Bundesobmann"): the noun after it is the name's own or its kind,
    not a surname. A name whose own last letter is s (Clemens, Andreas) is no genitive:
    `_own_final_s`."""
    text = token.text
    return (text.endswith("s") and not _own_final_s(text)) or text.isupper()


def _own_final_s(name: str) -> bool:
    """Whether a name ending in -s is written more often than the name without it ("Clemens"
    3.97 against "Clemen" 2.28 on wordfreq's Zipf scale): a genitive is always rarer than its
    name ("Haiders" 2.40 against "Haider" 3.57, "Merkels" 3.75 against "Merkel" 4.81), so
    the s is the name's own."""
    return known(name) > known(name[:-1])


def _splits_into_noun(word: str) -> bool:
    """Whether the word is a known first part and a listed noun (or a listed noun's form),
    both of `_PART_LETTERS` letters or more."""
    return any(
        (nouns.is_noun(head) or nouns.lemmas_of(head)) and known_first_part(word[:start])
        for start in range(_PART_LETTERS, len(word) - _PART_LETTERS + 1)
        for head in [word[start].upper() + word[start + 1:]])


# The head of a compound that names a part of a named place is a name of five letters or
# more ("Alpen", "Steiermark"): shorter names end too many common nouns by chance ("Ems",
# "Inn").
_NAMED_HEAD_LETTERS = 5
# Its first part may be as short as a point of the compass ("Süd-", "Ost-").
_FIRST_PART_LETTERS = 3


def _compound_of_name(lemma: str) -> bool:
    """Whether a noun no lexicon lists as a common noun is a known first part and a name
    Wiktionary lists only as a name: "Südsteiermark", "Ostalpen". German heads a compound
    by its last part, so a compound whose head is a name names a part or a kind of that one
    place or thing, as a hyphenated one does ("Nordrhein-Westfalen")."""
    if nouns.is_noun(lemma) or not lemma.isalpha():
        return False
    for start in range(_FIRST_PART_LETTERS, len(lemma) - _NAMED_HEAD_LETTERS + 1):
        head = lemma[start].upper() + lemma[start + 1:]
        if head in listed_names() and known_first_part(lemma[:start]):
            return True
    return False


def compass_place(lemma: str) -> bool:
    """Whether a noun is a point of the compass and a place's name Wiktionary lists only as a
    name, in one word: "Ostukraine", "Nordkarelien", "Südwestfrankreich". The compass part
    says which part of that one place, and the compound names that part, one region, even
    where Wiktionary lists it as a noun beside the place (`_compound_of_name` leaves those
    alone, as a listed common noun may end in a name by chance: "Verwalter" in "Walter"). A
    point of the compass is no such chance ending, and a people or a language after it is
    no name ("Nordamerikaner", "Ostfriesisch")."""
    match = _COMPASS_START.match(lemma)
    head = lemma[match.end():] if match else ""
    return (len(head) >= _NAMED_HEAD_LETTERS and head[:1].islower()
            and head[0].upper() + head[1:] in listed_names())


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


# German names its main railway lines, motorways, ring roads, stations and seas by a point of
# the compass: die Westbahn, die Südautobahn, die Südost-Tangente, der Westbahnhof, die
# Ostsee, die Südsee. Such a compound names one line or one sea, not a kind of them (a
# railway "in the south" is "eine Bahn im Süden"). The kinds are the closed set of routes
# and waters so named; a side, a slope or a wind by the compass is a common noun ("die
# Nordseite", "der Südhang", "der Westwind").
_COMPASS = re.compile(r"(?:Nord|Süd)(?:ost|west)?|Ost|West")
# A point of the compass at a word's start, the longest first ("Südwest" before "Süd").
_COMPASS_START = re.compile(r"^(?:(?:Nord|Süd)(?:ost|west)|Nord|Süd|Ost|West)")
_ROUTE_KINDS = frozenset({"Bahn", "Autobahn", "Bahnhof", "Tangente", "Umfahrung", "See",
                          "Meer"})


def compass_route(word: str) -> bool:
    """Whether a noun is a point of the compass and a kind of route or sea, in one word or
    hyphenated ("Westbahn", "Ostautobahn", "Südost-Tangente", "Südsee"): the name of one
    railway line, road or sea (see `_ROUTE_KINDS`)."""
    first, _, rest = word.partition("-")
    if rest:
        return bool(_COMPASS.fullmatch(first)) and rest in _ROUTE_KINDS
    for kind in _ROUTE_KINDS:
        lower = kind.lower()
        if word.endswith(lower) and _COMPASS.fullmatch(word[:-len(lower)]):
            return True
    return False


def _word(token: Token) -> bool:
    """Whether the token is a word, hyphenated ("Neonazi-Partei") or not: after one, a
    sentence has begun before, and a capital marks a noun or a name."""
    return token.is_alpha or "-" in token.text and all(
        part.isalpha() for part in token.text.split("-"))


def mark_name_phrases(doc: Doc) -> None:
    """Tag PROPN a capitalized, declined adjective inside a sentence and the noun after it."""
    for token in tokens_with(doc, "TAG", ("ADJA",), 0, -1):
        if token.tag_ != "ADJA" or not token.text[:1].isupper() or sentence_initial(token):
            continue
        if token.i == 0 or not _word(doc[token.i - 1]):
            continue  # after a colon, a quote or a list number a capital may start a sentence
        nxt = doc[token.i + 1]
        declined = token.text.lower().endswith(ADJECTIVE_ENDINGS) and (
            token.text.lower() != token.lemma_.lower())
        if declined and nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isupper():
            for t in (token, nxt):
                t.pos_, t.tag_ = "PROPN", "NE"


# What German adds to a noun's lemma to inflect it: case endings and plural suffixes
# ("Kinder", "Frauen", "Lehrerinnen", "Kenntnisse", "des Jahres"); an umlaut plural changes
# the stem and does not start with the lemma.
# Latin plurals in -ien ("Materialien") too.
_NOUN_SUFFIXES = frozenset({"e", "n", "s", "en", "er", "es", "ns", "ern", "ens", "nen",
                            "se", "sen", "ses", "ien"})
# A nominalized adjective ends in -e and declines like an adjective ("mit Neuem", "ein
# Abgeordneter"), in its comparative too ("Freundlicheres"): after an -e these endings are
# inflection as well.
_ADJECTIVAL_SUFFIXES = frozenset({"m", "r", "n", "s", "re", "rem", "ren", "rer", "res"})


def _name_read_as_inflected_noun(token: Token) -> bool:
    """Whether the tagger's guesser cut a capitalized word no noun lexicon lists down to a
    noun by an ending no German noun takes ("Müslim" read as a form of "Müsli"): the word is
    not that noun's form but a name of its own. By a noun's ending too, where German
    Wiktionary lists the word as written only as a name and no noun lexicon as a form of
    that noun ("Adele" read as an old dative of "Adel", which only follows a preposition
    in set phrases): what the lexicons know of the word is the name."""
    text, lemma = token.text, token.lemma_
    if (not text[:1].isupper() or not token.is_alpha or not lemma or lemma == text
            or not text.startswith(lemma)):
        return False
    unlisted = _unlisted_form(token)
    suffix = text[len(lemma):]
    if suffix in _NOUN_SUFFIXES or lemma.endswith("e") and suffix in _ADJECTIVAL_SUFFIXES:
        # A name takes the genitive -s ("Adeles Platte") as no common noun of its form does.
        name = text[:-1] if text.endswith("s") and text not in listed_names() else text
        return unlisted and name in listed_names() and not nouns.is_noun(name)
    return unlisted


# STTS tags of what goes before a common noun and not before a person's name: articles,
# determiners, possessives, numbers and attributive adjectives.
BEFORE_COMMON_NOUN_TAGS = frozenset({"ART", "APPRART", "PDAT", "PIAT", "PIDAT", "PPOSAT",
                                     "PWAT", "PRELAT", "CARD", "ADJA"})


def _surname_after_noun_first_name(before: Token, token: Token) -> bool:
    """Whether a capitalized noun follows a first name the tagger read as a common noun
    ("Mark", "Ernst", "Rose") and is no common noun itself: the pair is a person's name
    ("Mark Zuckerberg"). Only a noun Wiktionary or Wikidata lists, as written or as its
    lemma, stays a noun there ("zehn Mark Strafe"); a compound that merely splits into nouns
    ("Zucker" + "Berg") is not listed, and a surname is what it is."""
    doc = token.doc
    ahead = doc[before.i - 1] if before.i > 0 else None
    if ahead is not None and ahead.tag_ in BEFORE_COMMON_NOUN_TAGS:
        # An article, a number or an adjective makes it the common noun ("eine Art
        # Industriestandard", "zehn Mark"): a person's name takes none in news German.
        return False
    return (before.tag_ == "NN" and before.text in first_names() and before.is_alpha
            and token.is_alpha and not token.text.isupper()
            and not nouns.is_noun(token.text) and not nouns.is_noun(token.lemma_))


def _unlisted_name_pair(token: Token) -> bool:
    """Whether a capitalized noun no noun lexicon lists as written (though it may split into
    nouns: "Gott" + "Wald") comes right before another no lexicon lists as written
    ("Bankchef Gottwald Kranebitter"), after a noun for a role. German sets no bare
    common nouns side by side but in an apposition, a role or kind before a name
    ("Kollege Wrobel", "Bankchef Wrobel"); where two words the lexicons lack follow the role,
    they are the name's two words, a first name and a surname. A role alone before one
    name is often a compound no lexicon lists either ("Elektronikhersteller Canon"): the
    role noun before the pair is what tells."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.is_alpha or not _unlisted_as_written(token):
        return False
    if token.i == 0:
        return False
    role = doc[token.i - 1]
    if role.tag_ != "NN" or not role.text[:1].isupper():
        return False
    nxt = doc[token.i + 1]
    return (nxt.tag_ in ("NN", "NE") and nxt.is_alpha and nxt.text[:1].isupper()
            and _unlisted_as_written(nxt))


def _surname_after_role_and_name(token: Token) -> bool:
    """Whether a capitalized noun the tagger read as an inflected form (a plural: "Wrobeln"
    cut to "Wrobel") follows a name word no lexicon knows, a first name Wiktionary lacks,
    that follows a noun for a role ("die Profis Arjen Wrobeln"). A role in apposition
    takes a person's whole name, and a bare plural has no place between the first name and
    what follows: the word is the surname, as written. Not after a first name or another
    name before the unknown one ("Ernst Wrobelski Anleihen nimmt"): there the unknown word
    is the surname, and a plural after it an object."""
    doc = token.doc
    if token.i < 2 or token.lemma_ == token.text or not token.is_alpha:
        return False
    name, role = doc[token.i - 1], doc[token.i - 2]
    return (name.tag_ == "NE" and name.is_alpha and name.text[:1].isupper()
            and not name.text.isupper() and not name.text.endswith("s")
            and is_guessed(name.text) and name.text not in listed_names()
            and not nouns.is_noun(name.text)
            and role.tag_ in ("NN", "NE") and role.text[:1].isupper()
            and role.text not in first_names() and role.text not in listed_names())


def _between_names(token: Token) -> bool:
    """Whether a capitalized noun the tagger read as an inflected form (its lemma is not the
    word as written) stands between two names with nothing else between them ("die Hypo
    Sterne Adria", cut to "Stern"): a common noun takes an article or a preposition, and one
    that follows a name is that name's noun in the genitive ("Haiders Regierung") or a role
    before the next name written apart, which news German hyphenates ("Bayern-Trainer");
    between two bare names it is the middle word of one name. Acronyms in capitals are left
    alone: a noun often follows one ("SPÖ Chef"); so is a name Wiktionary lists, a place's
    most often, after which a noun written apart is the kind named by it ("ein Yorkshire
    Terrier", "ein Berner Sennenhund"). Such a kind is a noun's base form: a case ending
    with no article or preposition to govern it is a name's word the tagger inflected."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or not token.is_alpha:
        return False
    if token.lemma_ == token.text:
        return False
    before, nxt = doc[token.i - 1], doc[token.i + 1]
    return (all(t.tag_ == "NE" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                for t in (before, nxt)) and not before.text.endswith("s")
            and before.text not in listed_names())


# Indefinite articles and kein: what a single thing's name does not take.
_INDEFINITE = frozenset({"ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine",
                         "keinem", "keinen", "keiner", "keines"})


def _common_noun_of_a_name(token: Token) -> bool:
    """Whether a hyphenated compound of a name and a common noun (Ditech-Gründer,
    Medion-Fernseher) is used as a common noun: one of a kind the name's holder has, not
    the one thing a name calls. Three uses say so: an indefinite article before it, over its
    adjectives ("mit einem neuen Medion-Fernseher": one of Medion's sets); its head in a
    plural the lexicon lists, with no definite article ("Schirnhofer-Produkte",
    "zwei neue Powershot-Modelle": many things are no one thing's name); and a role right
    before a person's first name and surname ("der Ditech-Gründer Damian Izdebski", as
    "der Gründer Damian Izdebski"). The whole compound as a name takes none of them (das
    Bernabeu-Stadion, die Gablenz-Kaserne in Graz, "die militanten Qassam-Brigaden", a
    group's name in the plural). Only where a noun lexicon lists the head as a common
    noun."""
    head = token.text.rsplit("-", 1)[-1]
    if not (nouns.is_noun(head) or nouns.is_noun(token.lemma_.rsplit("-", 1)[-1])):
        return False
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in ("ADJA", "ADV") and doc[i].is_alpha:
        i -= 1
    if i >= 0 and doc[i].lower_ in _INDEFINITE and doc[i].tag_ in ("ART", "PIAT", "PIDAT"):
        return True
    # A plural form of the lemma's head, as the lexicon lists it (Produkte of Produkt).
    last = token.lemma_.rsplit("-", 1)[-1]
    if (head != last and any(head in n.plurals for n in nouns.entries(last))
            and not (i >= 0 and doc[i].tag_ in ("ART", "APPRART"))):
        return True
    person = doc[token.i + 1:token.i + 3]
    return len(person) == 2 and all(
        t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in person) and (
        person[0].text in first_names() or all(t.tag_ == "NE" for t in person))


def mark_names(doc: Doc) -> None:
    """Tag PROPN the nouns that name one thing.

    - A noun the tagger's lexicon, given the word alone, knows only as a name ("Henkel"): in
      context HanTa's HMM often prefers NN for a capitalized word.
    - A hyphenated compound whose first part is such a name ("Henkel-Aktie",
      "Hamas-Trainingslager", "Oscar-Verleihung"): it names one company's share, one camp.
      Acronyms in capitals ("US-Festland", "EU-Kommissarin") are left alone: they stand for
      common nouns as often as for names.
    """
    # The words a rule below may retag, found first (`tokens_with`): nouns and names by their
    # tag, and the parts of speech a brand may be read as. Each rule retags the word it looks
    # at, the one before it, or (`_unlisted_name_pair`) a noun or name after it: no word
    # comes to need a look that was not found here, and each is tested again as it comes.
    for token in in_order(tokens_with(doc, "TAG", ("NN", "NE")),
                          tokens_with(doc, "POS", ("NOUN", "ADJ", "VERB", "ADV"))):
        if token.tag_ in ("NN", "NE") and _name_read_as_inflected_noun(token):
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NE", token.text
            continue
        if token.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and brand_spelling(token.text):
            # The tagger reads a brand as a noun, or by its ending as another word.
            token.pos_, token.tag_ = "PROPN", "NE"
            continue
        if token.tag_ != "NN" or not token.text[:1].isupper():
            continue
        if _surname_after_role_and_name(token):
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NE", token.text
            continue
        if _between_names(token):
            token.pos_, token.tag_ = "PROPN", "NE"
            continue
        if _unlisted_name_pair(token):
            for t in (token, doc[token.i + 1]):
                t.pos_, t.tag_ = "PROPN", "NE"
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if (before is not None and before.tag_ == "NE" and token.is_alpha
                and (is_guessed(token.text, COMPOUND_SCORE) or before.text in first_names()
                     or _unlisted_noun(token)
                     or _unlisted_as_written(token) and not _genitive_or_acronym(before))):
            # A name's next word that the lexicon lacks, not even as a compound, is the
            # name's second part ("Wayne Bridge", "Gottwald Kranebitter"); so is one that no
            # noun lexicon lists, as written, as its lemma or as a compound of a listed noun
            # ("Roger Wrobelski", which HanTa's guesser may read as a noun in -er); after a
            # first name, whatever the lexicon says: a surname ("Michael Spindelegger"). A
            # surname is a compound of nouns as often as not ("Harald Kiesbauer", "Anton
            # Holzmeister"): a noun no lexicon lists as written is the name's next part, but
            # not after a name in the genitive, whose noun it is ("Haiders Regierungseintritt"),
            # nor after an acronym.
            token.pos_, token.tag_ = "PROPN", "NE"
            continue
        if (before is not None and _foreign_name_word(before) and token.is_alpha
                and _unlisted_as_written(token)):
            # The tagger reads a first name it does not know as a foreign word ("Arabella
            # Holzbauer"): a noun no lexicon lists as written after it is the surname.
            token.pos_, token.tag_ = "PROPN", "NE"
            continue
        if _after_name_and_particle(token):
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NE", token.text
            continue
        if before is not None and _surname_after_noun_first_name(before, token):
            for t in (before, token):
                t.pos_, t.tag_ = "PROPN", "NE"
            continue
        parts = token.text.split("-")
        if len(parts) > 1:
            # Any part before the last may be the name: "Kaiser-Franz-Joseph-Backenbart".
            # The last part is a German compound's head: a compound whose head is a name is
            # a name ("Nordrhein-Westfalen", "Französisch-Guyana").
            is_name = (any(_names_alone(p) or _no_word(p) for p in parts[:-1])
                       and not _common_noun_of_a_name(token)
                       or _named_head(token.lemma_.split("-")[-1])
                       or compass_route(token.lemma_))
        elif _hyphened_to_name(token):
            is_name = True
        else:
            # Only below Zipf 4: that is where the cards are at the default threshold, and
            # the look-up costs a millisecond a word.
            is_name = (token.lemma_ in listed_names() or compass_route(token.lemma_)
                       or compass_place(token.lemma_)) or (
                token.is_alpha and known(token.text) < NAME_CHECK_ZIPF
                and (_name_on_its_own(token.text, only=True)
                     or _compound_of_name(token.lemma_)))
        if is_name:
            token.pos_, token.tag_ = "PROPN", "NE"


def mark_place_adjectives(doc: Doc) -> None:
    """A place's name with -er before a noun is the place's adjective, indeclinable and
    capitalized ("der Innsbrucker Bürgermeister", "Grazer Straßen"), not the noun for its
    people ("die Innsbrucker"). The tagger reads it as a noun; where the place is one German
    Wiktionary lists as a name, it is tagged ADJA, and the vocabulary leaves capitalized
    adjectives to the name they come from."""
    for token in tokens_with(doc, "TAG", ("NN", "NE", "ADJA"), 0, -1):
        text = token.text
        # At a sentence's start the tagger may have read it as an adjective already, and
        # lower-cased its lemma ("Grazer Studenten": "grazer").
        if (token.tag_ not in ("NN", "NE", "ADJA") or not text.endswith("er") or len(text) <= 4
                or not text[:1].isupper() or not token.is_alpha):
            continue  # the next word is read only for a capitalized word in -er
        nxt = doc[token.i + 1]
        if (nxt.tag_ in ("NN", "NE")
                and nxt.text[:1].isupper() and text[:-2] in listed_names()):
            token.tag_, token.pos_, token.lemma_ = "ADJA", "ADJ", text


def mark_adjective_names(doc: Doc) -> None:
    """Tag PROPN an undeclined adjective written with a capital right after a capitalized noun
    or name inside a sentence: "des Zauberers Unerbittlich", "Minister Sebastian Kurz".

    German writes an adjective small unless it starts a sentence, is nominalized or is part
    of a name. An attributive adjective comes before its noun and is declined; a nominalized
    one is declined after its article ("das Gute"). An undeclined one (STTS ADJD) with a
    capital after a noun is neither: it is a name, or its last part.
    """
    for token in tokens_with(doc, "TAG", ("ADJD",), 1):
        if token.tag_ != "ADJD" or not token.text[:1].isupper() or not token.is_alpha:
            continue
        before = doc[token.i - 1]
        if sentence_initial(token) or not before.is_alpha or not before.text[:1].isupper():
            continue
        if before.pos_ in ("NOUN", "PROPN") and not sentence_initial(before):
            token.pos_, token.tag_ = "PROPN", "NE"


# What joins the members of a list: STTS coordinating conjunctions (KON: "und", "oder") and
# the comma.
_LIST_JOINS = frozenset({"KON", "$,"})


def _listed_as_name(token: Token) -> bool:
    """Whether the tagger read the word as a name and no noun lexicon lists it as a common
    noun: the tagger takes English loan words for names ("Gameplay")."""
    return token.tag_ == "NE" and not nouns.is_noun(token.text)


def _coordinated_with_name(token: Token) -> bool:
    """Whether a word stands in a list right beside a name: after "und", "oder" or a comma
    that follows one ("Gablitz und Mauerbach"), or before "und" or "oder" that one follows.
    A comma after a name ends as many clauses as lists ("sagte Merkel, Neuwahlen ..."): a
    word after one is a list member only where the list goes on after it."""
    doc, i = token.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.tag_ == "KON" and i + 2 < len(doc):
        if _listed_as_name(doc[i + 2]):
            return True
    if i >= 2 and doc[i - 1].tag_ in _LIST_JOINS and _listed_as_name(doc[i - 2]):
        return doc[i - 1].tag_ == "KON" or after is not None and after.tag_ in _LIST_JOINS
    return False


# A town's name is written often enough for wordfreq to have seen it (Mittelberg 2.63,
# Feldkirchen 3.02, Kiefersfelden 2.34); a compound German forms on the spot, which HanTa may
# still know and score as a word, mostly not (Korallenarten 1.40, Fitnessbänder 1.02).
_TOWN_ZIPF = 2.0


def _plural_read_town(token: Token) -> bool:
    """Whether a word the tagger cut to a plural's singular is a town's name as written: no
    noun lexicon lists the word or its singular, wordfreq never saw that singular, yet it
    sees the written word (`_TOWN_ZIPF`): "in Feldkirchen" (Feldkirche 0.0), "in
    Kiefersfelden" (Kiefersfeld 0.0). A common compound's plural has a singular in use
    ("in Grenzübergängen": Grenzübergang); a town in -en only looks like a plural."""
    return (token.lemma_ != token.text and known(token.lemma_) == 0.0
            and known(token.text) >= _TOWN_ZIPF)


def _paired_with_name(token: Token) -> bool:
    """Whether a word is joined to a name by a slash with no space ("Kufstein/Kiefersfelden",
    "Kanzelwand/Fellhorn"): German pairs two of one kind so, a border crossing by its two
    towns, a ski area by its two peaks."""
    doc, i = token.doc, token.i
    if (i >= 2 and doc[i - 1].text == "/" and not doc[i - 2].whitespace_
            and not doc[i - 1].whitespace_ and _name_partner(doc[i - 2])):
        return True
    return (i + 2 < len(doc) and doc[i + 1].text == "/" and not token.whitespace_
            and not doc[i + 1].whitespace_ and _name_partner(doc[i + 2]))


def _name_partner(token: Token) -> bool:
    """Whether the word across the slash is a name: one the tagger read as a name, or a
    capitalized word no noun lexicon lists, as written or as a form, whatever its tag. Two
    such words paired by a slash ("Kanzelwand/Fellhorn", two peaks naming a ski area) are two
    names: a pair of common nouns has at least one the lexicons list ("Transport/Logistik")."""
    return _listed_as_name(token) or (
        token.is_alpha and token.text[:1].isupper() and not nouns.is_noun(token.text)
        and not nouns.lemmas_of(token.text))


def mark_coordinated_names(doc: Doc) -> None:
    """Tag PROPN a bare noun no lexicon lists that stands in a list beside a name: "Gablitz
    und Mauerbach", "Leopoldsdorf, Lanzendorf und Maria-Lanzendorf".

    The members of a list are of one kind, and a list of names names towns, people or firms.
    A common noun the lexicons lack is a compound of listed ones, and those take an article
    or stand in the plural; so a word in the singular with no article, that no noun lexicon
    lists as written, beside a name, is the next name, though it may split into nouns
    ("Mauer" + "Bach"). A noun followed by another capitalized word is left alone: a role
    before a name ("Merkel und Finanzminister Schäuble")."""
    for token in tokens_with(doc, "TAG", ("NN",)):
        if token.tag_ != "NN" or not token.is_alpha or not token.text[:1].isupper():
            continue
        text = token.text
        if ((token.lemma_ != text and not _plural_read_town(token)) or nouns.is_noun(text)
                or nouns.lemmas_of(text)):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.tag_ in BEFORE_COMMON_NOUN_TAGS:
            continue  # "im Videobereich oder Spotify": a common noun takes its article
        if _coordinated_with_name(token) or _paired_with_name(token):
            token.pos_, token.tag_ = "PROPN", "NE"


def _acronym_name(token: Token) -> bool:
    """Whether the word is a name written as an acronym in capitals ("SPÖ", "ÖVP"), with no
    article or determiner before it."""
    doc = token.doc
    return (token.pos_ == "PROPN" and token.text.isupper() and token.is_alpha
            and len(token.text) > 1
            and (token.i == 0 or doc[token.i - 1].tag_ not in BEFORE_COMMON_NOUN_TAGS))


def mark_names_beside_acronyms(doc: Doc) -> None:
    """Tag PROPN a bare singular noun joined by "und", "oder" or "sowie" to a bare acronym
    that names something: "von SPÖ und Bürgerliste gewählt", "sollen ÖVP und Wirtschaftsbund
    ...". Coordination joins words of one kind, and a party or a body named by its acronym
    takes no article, as a name; a singular common noun in its place would take one ("die
    SPÖ und die Gewerkschaft"). Even a noun the lexicon lists is a name there ("die
    Bürgerliste" of a town). Not before a noun, an adjective or a hyphen: the noun is then
    the first part of a phrase or a compound ("ÖVP und Wirtschaftsbund-Chef"). A mass noun
    stands bare as well ("von ÖVP und Wirtschaft") and loses that example."""
    for token in tokens_with(doc, "TAG", ("NN",), 2):
        if (token.tag_ != "NN" or not token.is_alpha or token.text != token.lemma_
                or not token.text[:1].isupper()):
            continue
        join, name = doc[token.i - 1], doc[token.i - 2]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (join.text in ("und", "oder", "sowie") and _acronym_name(name)
                and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")
                     and after.text != "-")):
            token.pos_, token.tag_ = "PROPN", "NE"


# What separates the members of a long list of names: commas, "und", "oder", and the dashes
# and slashes of a team's line-up ("Torhüter – Abwehr, Abwehr – Sturm").
_MEMBER_JOINS = frozenset({",", "und", "oder", "–", "/"})
# A list of names: at least this many one-word members, more than half of them names.
_LIST_MEMBERS = 4
# A bracket inside a list of names holds a few words: a substitution's minute and player
# ("(71. Sanogo)"), a country's code ("(AUT)").
_BRACKET_TOKENS = 4
# The minute of a substitution in a line-up: "(71. Wrobelski)". Other brackets there say why a
# player is missing ("(Kreuzbandriss)"), in common nouns.
_MINUTE = re.compile(r"\d{1,3}\.")
# The tagger's readings of a capitalized word that is no noun: verb, adjective, adverb forms.
_OPEN_CLASSES = frozenset({"VERB", "ADJ", "ADV"})


def _one_word_members(doc: Doc) -> list[list[Token]]:
    """The runs of one-word members joined by commas, "und", "oder", dashes or slashes: a
    member is one capitalized word with a join or punctuation after it."""
    # Each token's text and classes are read once: every token is asked about, and about the
    # next one, and each `doc[i]` makes a Token object. A word is alphabetic as spaCy's
    # `is_alpha` has it (`str.isalpha` of the text).
    texts = token_texts(doc)
    words = [text.isalpha() and text[:1].isupper() for text in texts]
    punct = doc.to_array("IS_PUNCT").tolist()

    def member(i: int) -> bool:
        return (words[i]
                and (i + 1 == len(doc) or punct[i + 1] or texts[i + 1] in _MEMBER_JOINS))

    def bracket_after(i: int) -> int | None:
        """The closing bracket of a bracket right after the member at i: a line-up notes a
        substitution after the player it replaced ("Veltman (71. Sanogo), Riedewald")."""
        if i + 1 < len(doc) and texts[i + 1] == "(":
            return next((k for k in range(i + 2, min(i + _BRACKET_TOKENS + 3, len(doc)))
                         if texts[k] == ")"), None)
        return None

    runs = []
    i = 0
    while i < len(doc):
        if member(i):
            run = [doc[i]]
            while True:
                close = bracket_after(i)
                j = i + 1 if close is None else close + 1
                if close == i + 4 and _MINUTE.fullmatch(texts[i + 2]) and words[close - 1]:
                    # The player brought on in that minute, after the list's last member too
                    # ("Silvio (74. Wrobelski), Ouedraogo Mattersburg:" ends the run there).
                    run.append(doc[close - 1])
                if j + 1 >= len(doc) or texts[j] not in _MEMBER_JOINS or not member(j + 1):
                    break
                i = j + 1
                run.append(doc[i])
            runs.append(run)
        i += 1
    return runs


def _substitute(token: Token) -> bool:
    """Whether the token is the player brought on in a substitution's bracket ("(74. X)"). A
    bare noun cannot stand there, after a minute, alone in brackets: even a word the lexicon
    lists as a common noun's form ("Putsche", a plural of Putsch) is the player's name."""
    doc, i = token.doc, token.i
    return (2 <= i < len(doc) - 1 and doc[i - 2].text == "(" and doc[i + 1].text == ")"
            and _MINUTE.fullmatch(doc[i - 1].text) is not None)


def mark_listed_names(doc: Doc) -> None:
    """Tag PROPN the bare nouns in a long list of one-word names: "Wrobelski, Tellerer,
    Brauer und Kieselbach", a team's line-up. The members of a list are of one kind; where
    most of four or more are names, a member the tagger read as a noun is the next name, even
    one a lexicon lists as a common noun ("Brauer"): a common noun in a list takes an article
    or a plural, or comes with words of its own."""
    for run in _one_word_members(doc):
        if len(run) < _LIST_MEMBERS:
            continue
        # The tagger's names and foreign words: in a German list, a capitalized foreign
        # word is a name ("Hadzic").
        named = sum(t.tag_ in ("NE", "FM") or t.pos_ == "PROPN" for t in run)
        if 2 * named <= len(run):
            continue
        for token in run:
            if token.tag_ == "NN" and (token.lemma_ == token.text or _unlisted_form(token)
                                       or _substitute(token)) or (
                    token.pos_ in _OPEN_CLASSES and not sentence_initial(token)):
                # A capital inside a sentence on a verb or an adjective form ("Schick")
                # marks a name too.
                token.pos_, token.tag_, token.lemma_ = "PROPN", "NE", token.text


# What stands before one event in a match's list of scorers or cards: the list's colon, a
# comma, "bzw." between the teams, "und", or the bracket that closed the event before.
_EVENT_LIST_JOINS = frozenset({":", ",", ";", ")", "bzw.", "und"})


def _minute_bracket_after(token: Token) -> bool:
    """Whether a bracket holding a match's minute follows the token: "(5.)", or with a note
    after a slash, "(30./Elfmeter)", "(52./PP)"."""
    doc, i = token.doc, token.i
    if i + 3 >= len(doc) or doc[i + 1].text != "(" or not _MINUTE.fullmatch(doc[i + 2].text):
        return False
    if doc[i + 3].text == ")":
        return True
    return doc[i + 3].text == "/" and any(
        t.text == ")" for t in doc[i + 4:min(i + 4 + _BRACKET_TOKENS, len(doc))])


def mark_scorers(doc: Doc) -> None:
    """Tag PROPN a bare noun that opens an event in a match's list, with only its minute in a
    bracket after it: "Tore: Alba (5.), Iniesta (30./Elfmeter)". Such a list names who scored
    or was booked, in surnames; a common noun before a minute comes in running prose, after
    its article or another determiner ("einer Roten Karte (75.)", "sein Comeback (73.)"), not
    after a colon, comma or "bzw." as a list's member."""
    for token in tokens_with(doc, "TAG", ("NN",), 1):
        if (token.tag_ == "NN" and token.is_alpha and token.text[:1].isupper()
                and doc[token.i - 1].text in _EVENT_LIST_JOINS and _minute_bracket_after(token)):
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NE", token.text


# The determiners of the noun after "genannte", standing before the name given: not a
# preposition with its article ("die im Bericht genannten Zahlen": where they were named).
_GIVEN_NAME_DETERMINERS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT"})
# The prepositions that bring a participle's agent: "die von der Regierung genannte Milliarde"
# (the government named the sum; "Regierung" is no name given).
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})


def _given_name_before_genannt(token: Token) -> bool:
    """Whether a noun stands between a determiner and the participle "genannt" declined as an
    adjective: "der Indie genannte Independent", "auf dem Tschuri genannten Kometen". The
    determiner goes with the noun after the participle, and the word before the participle
    is what the thing is called: its name. Not where the determiner follows a preposition
    of the agent ("von der Regierung genannte Milliarde", "vom Minister genannte": the noun is
    who named it), nor inside the participle's own phrase of place ("die in der
    Wochenendausgabe genannte Zahl", "die im Bericht genannten Zahlen")."""
    doc, i = token.doc, token.i
    if i < 1 or i + 1 >= len(doc):
        return False
    after, before = doc[i + 1], doc[i - 1]
    if not (after.tag_ == "ADJA" and after.lower_.startswith("genannte")
            and before.tag_ in _GIVEN_NAME_DETERMINERS):
        return False
    if i >= 2 and doc[i - 2].lower_ in _AGENT_PREPOSITIONS:
        return False
    # "die in der Wochenendausgabe genannte Zahl": an article, then a preposition opening the
    # participle's own phrase (where the thing was named); the noun is that phrase's.
    return not (i >= 3 and doc[i - 2].tag_ == "APPR"
                and doc[i - 3].tag_ in BEFORE_COMMON_NOUN_TAGS)


def mark_given_names(doc: Doc) -> None:
    """Tag PROPN the words a sentence says something is called: the noun before "genannte"
    (`_given_name_before_genannt`) and the capitalized words right after "namens" ("ein
    Programm namens Opernball"). German introduces a name so; the word is the name given, even
    where it is a common noun too."""
    # The nouns and every "namens", found first (`tokens_with`): the words after "namens"
    # become names, so no word comes to need a look that was not found here.
    for token in in_order(tokens_with(doc, "TAG", ("NN",)), tokens_with(doc, "LOWER", ("namens",))):
        if token.tag_ == "NN" and token.text[:1].isupper() and _given_name_before_genannt(token):
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NE", token.text
        if token.lower_ == "namens" and token.i + 1 < len(doc):
            for word in doc[token.i + 1:]:
                if not (word.text[:1].isupper() and (word.is_alpha or "-" in word.text)):
                    break
                if word.tag_ == "NN":
                    word.pos_, word.tag_, word.lemma_ = "PROPN", "NE", word.text


# The heads of the compounds that name a town's streets, squares and bridges ("Herrengasse",
# "Opernring", "Ballhausplatz"). The lexicons list the common nouns made on them
# ("Sackgasse", "Hauptstraße", "Parkplatz"); one they lack is a street's name.
_STREET_HEADS = ("straße", "gasse", "ring", "platz", "allee", "brücke", "kai")
# A street's name compounds its head with at least this many letters ("Domgasse"; "Hering"
# is no ring).
_STREET_FIRST_LETTERS = 3
# Tags of what makes the noun after them one of many, besides the indefinite article:
# possessives, quantifiers ("kein"), numbers ("einen Museumsplatz gefunden").
_INDEFINITE_TAGS = frozenset({"PPOSAT", "PIAT", "PIDAT", "CARD", "PWAT"})


def street_name(token: Token) -> bool:
    """Whether a singular noun is a street's, square's or bridge's name: a compound on a
    street's head (`_STREET_HEADS`) that no noun lexicon lists, as written or as a listed
    noun's form, or one that follows a place's adjective ("die Simmeringer Hauptstraße"), with
    no indefinite article, possessive, quantifier or number before it (past its adjectives:
    "der Klagenfurter Domgasse"). A name is one place: "an der Argentinierstraße", "am
    Opernring"; a common noun the lexicons lack is one of many ("einen Museumsplatz
    gefunden"), as is a listed one after a place's adjective and "eine" ("eine Grazer
    Hauptstraße")."""
    text = token.text
    lower = text.lower()
    if (not token.is_alpha or token.lemma_ != text
            or not any(lower.endswith(head) and len(lower) - len(head) >= _STREET_FIRST_LETTERS
                       for head in _STREET_HEADS)):
        return False
    if (nouns.is_noun(text) or nouns.lemmas_of(text)) and not _after_place_adjective(token):
        return False
    i = token.i - 1
    while i >= 0 and token.doc[i].tag_ in ("ADJA", "ADV"):
        i -= 1
    if i < 0:
        return True
    before = token.doc[i]
    indefinite = before.tag_ == "ART" and before.text.lower().startswith("ein")
    return not indefinite and before.tag_ not in _INDEFINITE_TAGS


def _after_place_adjective(token: Token) -> bool:
    """Whether a listed place's adjective in -er stands right before the word (`mark_place_
    adjectives`): German names a street after the place it leads to or lies in ("die
    Simmeringer Hauptstraße", "die Linzer Ringstraße"), so that a street's common noun the
    lexicons list is that one street's name after it."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    text = before.text
    return (before.tag_ == "ADJA" and text[:1].isupper() and text.endswith("er")
            and text[:-2] in listed_names())


def mark_street_names(doc: Doc) -> None:
    """Tag PROPN the nouns that name a street, a square or a bridge (`street_name`)."""
    for token in tokens_with(doc, "TAG", ("NN",)):
        if token.tag_ == "NN" and token.text[:1].isupper() and street_name(token):
            token.pos_, token.tag_ = "PROPN", "NE"


# Prepositions of place that take a town's name bare: "in Gablitz", "aus Gablitz", "durch
# Gablitz", "von Gablitz". Not "nach" and "bis", which also say "according to" and "until"
# before bare nouns ("nach Abfallgesetz", "bis Transferschluss").
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "durch", "von"})


def _head_entry(word: str) -> nouns.Noun | None:
    """Wiktionary's common-noun entry for the longest last part of a compound (the whole word
    aside) that it lists: "Schattendorf": Dorf."""
    return next((e for e in map(nouns.entry, nouns.last_parts(word)) if e is not None), None)


def _masculine_or_neuter_count(entry: nouns.Noun | None) -> bool:
    """Whether a noun's entry is a masculine or neuter count noun: one with a plural ("Dorf",
    "Garten", "Schlag"). A count noun in the singular takes an article after a preposition
    ("durch das Dorf"); abstract and mass nouns stand bare ("durch Nichtannahme", "von
    Datensammeln", "aus Munition"), and most of those German makes feminine (-ung, -ion,
    -heit, -lust), so feminine nouns are left alone."""
    return (entry is not None and entry.gender in ("m", "n") and bool(entry.plurals)
            and not entry.singular_only)


def masculine_or_neuter_count_noun(word: str) -> bool:
    """Whether German Wiktionary lists the noun, or else the head of its compound, as a
    masculine or neuter count noun ("Flughafen", "Verkehrsclub": Club)."""
    entry = nouns.entry(word)
    if entry is None or not entry.gender:
        entry = _head_entry(word)
    return _masculine_or_neuter_count(entry)


def _bare_count_noun(word: str) -> bool:
    """Whether a compound's head is a masculine or neuter count noun
    (`_masculine_or_neuter_count`): the head alone, where `masculine_or_neuter_count_noun`
    asks the whole word first."""
    return _masculine_or_neuter_count(_head_entry(word))


def _town_compound(token: Token) -> bool:
    """Whether a singular compound on a count noun (`_bare_count_noun`) is a town's name:
    one HanTa's lexicon lacks, or one it scores as a word that wordfreq sees as written at
    `_TOWN_ZIPF` or above ("in Mittelberg": HanTa knows Mittelberg, no noun lexicon does)."""
    return (token.lemma_ == token.text and _bare_count_noun(token.text)
            and (is_guessed(token.text, COMPOUND_SCORE) or known(token.text) >= _TOWN_ZIPF))


def mark_bare_place_names(doc: Doc) -> None:
    """Tag PROPN a noun no noun lexicon lists as written that stands bare after a
    preposition of place: a singular compound on a count noun (`_town_compound`), "durch
    Schattendorf", "der Bürgermeister von Hopfgarten", "in Mittelberg"; or a town in -en the
    tagger read as a plural (`_plural_read_town`), "in Feldkirchen". A common noun the
    lexicons lack is a compound of listed ones, and a count noun in the singular takes an
    article there ("durch das Schattendorf"); a town's name takes none. Not before another
    capitalized word, which the first qualifies ("von Bürgermeister Häupl"). The preposition
    may open the sentence ("In Feldkirchen hielten sich ...")."""
    for token in tokens_with(doc, "TAG", ("NN",), 1):
        if token.tag_ != "NN" or not token.is_alpha:
            continue
        if (doc[token.i - 1].lower_ not in _PLACE_PREPOSITIONS
                or not _unlisted_as_written(token)):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        if after is not None and after.lower_ == "an" and doc[token.i - 1].lower_ == "von":
            continue  # "von Kindesbeinen an": von ... an frames a time's start, not a place
        if _town_compound(token) or _plural_read_town(token):
            token.pos_, token.tag_ = "PROPN", "NE"


# The verbs news German cites a source with, after which the source stands as the subject:
# "berichtete Golem", "schreibt Heise".
_REPORTING_VERBS = frozenset({"berichten", "schreiben", "melden", "vermelden", "titeln"})
# What may close the clause after the source: "berichtete Golem.", "schreibt Heise, das ...".
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?"})


def _cited_source(token: Token) -> bool:
    """Whether a capitalized singular count noun with no article stands right after a finite
    reporting verb in the singular and closes the clause: the source cited ("..., berichtete
    Golem."). A common count noun in the singular takes an article as the subject ("berichtete
    die Zeitung"); a mass noun may stand bare but reports nothing, and a plural ("berichten
    Medien") needs none."""
    doc, i = token.doc, token.i
    if i == 0 or i + 1 >= len(doc) or doc[i + 1].text not in _CLAUSE_ENDS:
        return False
    verb = doc[i - 1]
    if (verb.tag_ != "VVFIN" or verb.lemma_ not in _REPORTING_VERBS
            or verb.lower_.endswith("n")):
        return False  # a plural's verb: "berichten Medien"
    found = nouns.entries(token.text)
    return bool(found) and all(n.is_common and n.plurals and not n.singular_only
                               and token.text not in n.plurals for n in found)


def mark_cited_sources(doc: Doc) -> None:
    """Tag PROPN a bare noun cited as a source after a reporting verb (`_cited_source`): a
    news site or paper named by a common noun ("berichtete Golem", not the clay man)."""
    for token in tokens_with(doc, "TAG", ("NN",), 1):
        if (token.tag_ == "NN" and token.is_alpha and token.text[:1].isupper()
                and token.text == token.lemma_ and _cited_source(token)):
            token.pos_, token.tag_ = "PROPN", "NE"


class NameCheck:
    """Tags the names the tagger left as nouns; see the module's docstring."""

    def __call__(self, doc: Doc) -> Doc:
        mark_place_adjectives(doc)
        mark_name_phrases(doc)
        mark_adjective_names(doc)
        mark_names(doc)
        mark_coordinated_names(doc)
        mark_names_beside_acronyms(doc)
        mark_listed_names(doc)
        mark_scorers(doc)
        mark_given_names(doc)
        mark_street_names(doc)
        mark_bare_place_names(doc)
        mark_cited_sources(doc)
        return doc


@Language.factory("name_check")
def make_name_check(nlp: Language, name: str) -> NameCheck:
    return NameCheck()
