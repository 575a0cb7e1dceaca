"""A noun's lemma checked against its phrase: the determiner that opens it (`determiner_of`)
and the case and number the determiner and preposition show (`plural_after_die`,
`plural_not_infinitive`, `old_dative_noun`, `nominative_plural_owner`,
`noun_not_strong_adjective`, `neuter_nominalized_adjective`).

Reads no other module of the package.
"""

from __future__ import annotations

from spacy.tokens import Token

from learner.lexicon import nouns
from learner.morphology import DATIVE_DETERMINERS
from learner.nlp.lexicon import best_reading, known
from learner.nlp.sentences import sentence_bounds

# Determiners of the neuter singular alone: "das Revolutionäre", "dieses Neue".
NEUTER_DETERMINERS = frozenset({"das", "dieses", "jenes"})
# Words between a determiner and its noun: adverbs, adjectives, numbers ("das eigentlich Neue",
# "die beiden Pole").
_ATTRIBUTE_TAGS = frozenset({"ADV", "ADJA", "ADJD", "PTKNEG", "PIAT", "CARD"})


def neuter_nominalized_adjective(token: Token, lemma: str) -> bool:
    """Whether a noun the tagger read as a plural in -e ("Revolutionäre": der Revolutionär) is
    an adjective's neuter nominalized after a neuter singular determiner ("das eigentlich
    Revolutionäre an der Idee", the revolutionary thing): the singular article cannot go
    with a plural, and German nominalizes any adjective in the neuter with its -e. Only
    where the word without its -e is an adjective (revolutionär)."""
    surface = token.text
    # The determiner, a few tokens back, is asked before HanTa's analysis of the word alone
    # (a new form's costs a search over its letters): most nouns in -e have none neuter.
    return (surface.endswith("e") and surface == lemma + "e" and token.tag_ == "NN"
            and determiner_of(token) in NEUTER_DETERMINERS
            and best_reading(surface[:-1].lower()).startswith("ADJ"))


def _phrase_opener(token: Token) -> Token | None:
    """The word before a noun's attributes (the adverbs, adjectives and numbers between it and
    the noun: "das eigentlich Neue", "beim lauten Gepolter"), None at the sentence's start."""
    # The sentence's start is found once.
    doc, at, start = token.doc, token.i - 1, sentence_bounds(token)[0]
    while at >= start and doc[at].tag_ in _ATTRIBUTE_TAGS:
        at -= 1
    return doc[at] if at >= start else None


def determiner_of(token: Token) -> str:
    """The article or demonstrative of a noun, lower-case, past the adverbs and adjectives
    between them ("das eigentlich Neue": das); "" where none opens its phrase."""
    opener = _phrase_opener(token)
    if opener is not None and opener.tag_ in ("ART", "PDAT"):
        return opener.lower_
    return ""


# The definite article's forms: after them (and after a preposition joined with one, "beim",
# "im") an adjective takes the weak ending, -e or -en, never the strong -er.
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})


def noun_not_strong_adjective(token: Token, lemma: str) -> str:
    """The written form of a noun in -er that the tagger read as a nominalized adjective in the
    strong masculine and cut to -e ("beim Gepolter": "Gepolte"), where a definite article or a
    preposition joined with one opens its phrase. After the definite article a nominalized
    adjective is weak, "der Abgeordnete", "beim Abgeordneten"; only an ein-word or no
    determiner leaves its -er ("ein Abgeordneter"). So the -r is the noun's own: das
    Gepolter."""
    surface = token.text
    if surface != lemma + "r" or not lemma.endswith("e") or token.tag_ != "NN":
        return lemma
    opener = _phrase_opener(token)
    if opener is not None and (opener.tag_ == "APPRART" or (
            opener.tag_ == "ART" and opener.lower_ in _DEFINITE_ARTICLES)):
        return surface
    return lemma


# Determiners of the feminine singular and of the plural: "die Pole", "diese Pole".
_FEMININE_OR_PLURAL_DETERMINERS = frozenset({"die", "diese", "jene"})


def plural_after_die(token: Token, lemma: str) -> str:
    """The singular of a noun form the tagger read as a masculine or neuter singular after die,
    which cannot go with one: the plural of another noun ("die Pole der Erde": der Pol, not
    der Pole; "die Tasten": die Taste, not das Tasten). Only where every Wiktionary entry of
    the form is masculine or neuter with another plural, and the form is another noun's
    plural or case form; the lemma otherwise. Where every entry is neuter, der and den rule
    the singular out as well, as a neuter singular takes das, dem or des: "an den Tasten"
    are keys, not das Tasten (touching), the nominalized infinitive Wiktionary lists."""
    if token.text != lemma:
        return lemma
    determiner = determiner_of(token)
    if determiner not in _NOT_NEUTER_DETERMINERS:
        return lemma
    found = nouns.entries(lemma)
    if not found or any(n.gender not in ("m", "n") or lemma in n.plurals for n in found):
        # A noun whose plural is spelt as its singular (die Gläubiger) is its own plural.
        return lemma
    if determiner not in _FEMININE_OR_PLURAL_DETERMINERS and any(
            n.gender != "n" for n in found):
        # der and den also go with a masculine singular (der Pole, den Polen).
        return lemma
    others = nouns.lemmas_of(lemma)
    return others[0] if others else lemma


# Determiners no neuter singular takes: the feminine's and the plural's ("die", "der"), the
# masculine accusative's and the dative plural's ("den").
_NOT_NEUTER_DETERMINERS = frozenset({"die", "der", "den", "diese", "dieser", "diesen", "jene",
                                     "jener", "jenen"})


# The number one, the only one a singular follows ("1 Taste", "eine Taste").
# Words that open a noun phrase and may mark its number and gender: determiners, and the
# prepositions joined with one (beim, zum, im).
_OPENER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PRELAT", "PWAT",
                          "APPRART"})
_ONE = frozenset({"1", "ein", "eins", "eine", "einen", "einem", "einer", "eines"})


def plural_phrase(token: Token) -> bool:
    """Whether the noun's phrase cannot be a neuter singular, as a nominalized infinitive is:
    a determiner no neuter singular takes (die, der, den, diese), or a quantifier in -e right
    before it ("manche Wägen", "viele", "einige", "alle": the neuter singular says manches,
    vieles, alles)."""
    if determiner_of(token) in _NOT_NEUTER_DETERMINERS:
        return True
    before = token.doc[token.i - 1] if token.i > sentence_bounds(token)[0] else None
    return (before is not None and before.tag_ in ("PIAT", "PIDAT")
            and before.lower_.endswith("e"))


def plural_not_infinitive(token: Token, lemma: str) -> str:
    """The singular of a plural the tagger left as its lemma, mostly reading it as a
    nominalized infinitive ("mit konkreten Ansagen": die Ansage, not das Ansagen; "die
    Kappen"; "die Beneluxländer"). A nominalized infinitive is a neuter singular, so where
    the noun phrase cannot be one, the form is the plural the noun lexicon lists it as: a
    determiner no neuter singular takes (die, der, den), or, with no determiner, an
    adjective before it in -e or -en, which a neuter takes only with its -es, -em or a
    genitive -s on the noun ("konkretes Ansagen", "konkreten Ansagens"); or a number other
    than one ("auf 88 Tasten"). Only for a form Wiktionary gives as one noun's nominative
    plural and lists as no noun of its own, or only as a neuter singular German has no plural
    of, the very reading the phrase rules out ("frei konfigurierbare Tasten": die Taste, not
    das Tasten, touching).

    A bare form, with no determiner or attribute before it ("Hosen, Kappen und Sandalen"),
    may be either; it is the plural where German writes the singular more often than the
    form (Kappe 3.5 Zipf, Kappen 3.2): a form used mostly as the verb's infinitive is
    written far more often than the noun it spells the plural of (Bettel 2.7, Betteln 3.7:
    "Betteln ist verboten")."""
    if token.text != lemma or any(n.gender != "n" or not n.singular_only
                                  for n in nouns.entries(lemma)):
        return lemma
    owners = [o for o in nouns.lemmas_of(lemma)
              if any(lemma in n.plurals and n.is_common for n in nouns.entries(o))]
    if len(owners) != 1:
        return lemma
    doc, at, start = token.doc, token.i - 1, sentence_bounds(token)[0]
    if determiner_of(token) in _NOT_NEUTER_DETERMINERS:
        return owners[0]
    if at >= start and doc[at].tag_ == "CARD" and doc[at].lower_ not in _ONE:
        return owners[0]
    if ((at < start or doc[at].tag_ not in _ATTRIBUTE_TAGS | _OPENER_TAGS)
            and known(owners[0]) > known(lemma)):
        return owners[0]
    if at < start or doc[at].tag_ != "ADJA" or not doc[at].lower_.endswith(("e", "en")):
        return lemma
    # A quantifier (PIAT) may be singular ("jedem"): it leaves the word as the tagger read it.
    while at >= start and doc[at].tag_ in _ATTRIBUTE_TAGS and doc[at].tag_ != "PIAT":
        at -= 1
    if at >= start and doc[at].tag_ in ("ART", "PDAT", "PPOSAT", "PIAT", "APPRART"):
        return lemma
    return owners[0]


# The masculine and neuter dative singular of the determiners, and the prepositions joined
# with dem: the phrases in which German still writes the old dative -e ("im Falle", "dem
# Tode", "zum Heile").
_DATIVE_SINGULAR_OPENERS = DATIVE_DETERMINERS | frozenset({"im", "am", "vom", "zum", "beim"})


# Prepositions that keep the old dative -e right before a bare noun in set phrases ("zu Buche
# schlagen", "zu Rate ziehen", "nach Hause"), Duden's examples of the surviving ending.
_OLD_DATIVE_PREPOSITIONS = frozenset({"zu", "nach"})


def old_dative_noun(token: Token, lemma: str) -> str:
    """The noun as written where the tagger read a noun of its own in -e as another noun's
    old dative singular in -e ("gedeckt mit Rinde": die Rinde, bark, not das Rind; HanTa's
    lexicon keeps the dative "Rinde" of Rind). Today's German writes that -e almost only in
    set phrases after a masculine or neuter dative determiner ("im Falle", "dem Tode") or
    right after zu or nach ("zu Buche schlagen": das Buch, not die Buche), so
    outside one the form is the noun Wiktionary lists with a gender under its own spelling;
    a plural in -e of the tagger's noun ("die Pole": der Pol) is left as it was read."""
    surface = token.text
    if surface != lemma + "e" or not surface.isalpha():
        return lemma
    if not any(n.gender and "Toponym" not in n.kinds for n in nouns.entries(surface)):
        return lemma
    if any(surface in n.plurals for n in nouns.entries(lemma)):
        return lemma
    opener = _phrase_opener(token)
    if opener is not None and (
            opener.lower_ in _DATIVE_SINGULAR_OPENERS
            or opener.i == token.i - 1 and opener.lower_ in _OLD_DATIVE_PREPOSITIONS):
        return lemma
    return surface


# Determiners of the dative plural, the one case in which a plural takes -n: "den Initialen".
_DATIVE_PLURAL_DETERMINERS = frozenset({"den", "diesen", "jenen"})


def nominative_plural_owner(token: Token, lemma: str) -> str:
    """The noun whose nominative plural the written form is, where the tagger chose a noun whose
    dative plural alone it spells: "seine Initialen" are die Initialen of die Initiale, the
    dative of das Initial's plural Initiale only after "den"; "der Gefährten des Propheten"
    are companions (der Gefährte), not vehicles (das Gefährt, des Gefährts). A plural stands
    in the nominative, accusative and genitive as in the dative, so the noun whose plural it
    is in three cases of four is the likelier, unless its phrase shows the dative: a dative
    determiner, or a preposition with no determiner ("von Muslimen", "in Zelten": der Muslim,
    das Zelt), as most prepositions govern the dative. Both nouns must be Wiktionary's common
    nouns, which list their plurals; the lemma otherwise."""
    surface = token.text
    if surface == lemma or not surface.isalpha() or lemma not in nouns.lemmas_of(surface):
        return lemma
    if any(surface in n.plurals for n in nouns.entries(lemma)):
        return lemma  # a plural of the tagger's noun too
    owners = [owner for owner in nouns.lemmas_of(surface) if owner != lemma and any(
        n.is_common and n.gender and surface in n.plurals for n in nouns.entries(owner))]
    if len(owners) != 1 or determiner_of(token) in _DATIVE_PLURAL_DETERMINERS:
        return lemma
    doc, at, start = token.doc, token.i - 1, sentence_bounds(token)[0]
    while at >= start and doc[at].tag_ in _ATTRIBUTE_TAGS:
        at -= 1
    if at >= start and doc[at].tag_ in ("APPR", "APPRART"):
        return lemma
    return owners[0]


def listed_as_noun(token: Token) -> bool:
    """Whether a noun lexicon (German Wiktionary, Wikidata's lexemes) lists the word, its
    tagger's lemma or its -e form as a noun, or the word as a form of one. Not another noun's
    form after a neuter singular determiner: "das eigentlich Revolutionäre" can be no case of
    der Revolutionär (die Revolutionäre is its plural), only a neuter's nominative or
    accusative singular, and a neuter noun so spelt would be listed itself."""
    text = token.text
    stem = next((text[: -len(e)] for e in ("en", "em", "er", "es", "e") if text.endswith(e)),
                text)
    return (any(nouns.entries(form) for form in (text, token.lemma_, stem + "e"))
            or (bool(nouns.lemmas_of(text)) and determiner_of(token) not in NEUTER_DETERMINERS))
