"""Names in running text: the `name_recognizer` and `entity_check` spaCy components.

`name_recognizer` runs the recognizer learner trains itself (`python -m learner.train_ner`,
shipped in `learner/models/ner_de`: spaCy's `ner` with its own CNN tok2vec, trained on
GermEval 2014 and tagging PER, LOC, ORG and OTH), then the same checks as `entity_check`,
which an official spaCy pipeline runs after its own `ner`.

The checks combine what the recognizer found with the tags and lexicons. A statistical
recognizer trained on 7,000 sentences also marks ordinary nouns ("Richter", "Savanne"); a span
is kept only when it holds a word that is a name by other evidence:

- a word the tagger or the name rules (`learner.nlp.names`) already tagged a name (NE), or
- a capitalized word that learner's noun lexicon (`learner.lexicon`: German Wiktionary's and
  Wikidata's nouns) does not list as a common noun, nor as a compound of a known word and
  such a noun, and that the tagger did not read as an adjective or a verb: "Doskozil",
  "Max-Planck-Institut"; or
- a span of one noun, not an acronym, that the recognizer reads as an organisation: an
  institution named by a common noun ("der Bundestag").

Common nouns before the span's first confirmed word are left out of it: German sets a role or
kind in apposition before a name ("Physiker Stephen Hawking", "das Downloadportal Steam"),
except an institution's kind before its seat, a place ("Universität Bochum"). So is a role
the tagger read as the name's first word (NE) before a first name ("Kriegsveteran Fritz
Wrobelski", "ÖBB-Chef Fritz Wrobelski": `role_before_first_name`), which is tagged a noun
again. A noun
after an organisation's name that ends it is the organisation's kind, part of its name
("Prognos AG", "IG-Metall"). A person's name ends at its last name word: a span that runs
on ("Wrobelskis Büro") leaves what follows as vocabulary, but for a surname right after a
first name, which may be a common noun too ("Stephen Curry", `_surname`).

One name needs no recognizer: an institution that a compound common noun names, after a
definite article, when HanTa's lexicon also reads it as a name ("die Bundesbank", "das
Bundesverwaltungsgericht"). The recognizer, trained on 7,000 sentences, seldom finds these.

Across an article (`mark_article_names`, run by the build over an article's Docs): a word
tagged a name in one sentence is that name in the others ("Reinhard Wrobelski" ... "unter
Wrobelski"), and so is a surname the recognizer joins to a name ("Harold Wrobelstein"),
also where the article first writes it in the genitive ("Arabella Wrobelsteins Show").
The names a span confirms may make a list one of names (a line-up), whose bare nouns are
then the next names (`names.mark_listed_names`, run again). A masculine or neuter count noun
an article writes bare three times and never with its article is a name there ("Zielpunkt
bestätigt ...", "bei Zielpunkt": `mark_bare_throughout`).

A kept span becomes one of `doc.ents`, which the vocabulary stage reads: no word inside it
makes a card from that sentence ("Max-Planck-Institut für Astronomie" shows no
"Astronomie"), except an institution's generic name, a compound common noun that is the
span alone ("die Volksrepublik": `institution_noun`). Its nouns confirmed as names are
tagged PROPN/NE. Adjectives keep their tags: a nationality adjective ("russisch") is never
inside a span (the recognizer was trained to leave GermEval's `deriv` words out), and a
capitalized place adjective ("Frankfurter") already makes no card.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path

import numpy
import spacy
from spacy import util
from spacy.attrs import NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span, Token

from learner.lexicon import nouns
from learner.morphology import LINKING
from learner.nlp.lexicon import GUESSED_SCORE, known_first_part, word_readings
from learner.nlp.names import (
    BEFORE_COMMON_NOUN_TAGS,
    first_names,
    listed_names,
    mark_listed_names,
    street_name,
)
from learner.nlp.scan import tokens_with

# The recognizer trained by learner.train_ner, a folder written by `nlp.to_disk()`.
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner_de"

# Parts of speech whose words become PROPN inside a kept span: nouns. Foreign material and
# non-words (STTS FM, XY; UPOS X) keep X, as UD has them: a foreign title ("Slow Speed") or a
# file number ("5 AZR 216/94") is no German noun, and no card either way.
_RETAGGED_POS = frozenset({"NOUN", "PROPN"})
# The tagger's readings that say a capitalized word is no name: a sentence-initial or
# nominalized verb, an adjective ("Deutsche"), a pronoun or article at a sentence start.
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "DET", "PRON", "ADP", "CCONJ",
                           "SCONJ", "PART", "NUM", "PUNCT", "INTJ"})


@cache
def recognizer() -> Language:
    """The shipped recognizer, loaded once per process (0.3 s, offline)."""
    return spacy.load(MODEL_PATH)


def recognizer_component(nlp: Language) -> TrainablePipe:
    """The shipped recognizer's `ner` component, made for `nlp` from the model's config and
    weights: what `recognizer().get_pipe("ner")` is, without `spacy.load` building a second
    Language around it (its own vocabulary and a tokenizer read from disk, ~0.1 s of a cold
    start). The component reads only the Doc it is given (NORM, PREFIX, SUFFIX and SHAPE of
    its tokens, which the Doc's own vocabulary holds), so it finds the same names."""
    config = util.load_config(MODEL_PATH / "config.cfg", interpolate=False)
    settings = {key: value for key, value in config["components"]["ner"].items()
                if key != "factory"}
    ner = nlp.create_pipe(config["components"]["ner"]["factory"], "ner", config=settings)
    # As `Language.from_disk` loads a component: its vocabulary is the pipeline's.
    return ner.from_disk(MODEL_PATH / "ner", exclude=["vocab"])


# A compound's parts shorter than this are too often a name's pieces ("Str-ache": the river
# noun Ache; "-eck", "-ort"): only longer parts make an unlisted compound a common noun.
_PART_LETTERS = 4


@lru_cache(maxsize=50_000)
def is_common_noun(word: str) -> bool:
    """Whether learner's noun lexicon (Wiktionary's and Wikidata's nouns, `learner.lexicon`)
    lists the word as a common noun, or it is a compound of a known word and a listed noun
    ("Finanzreferentin": finanz- + Referentin), as German forms new nouns at will.
    """
    if nouns.is_noun(word):
        return True
    if "-" in word:
        # A hyphenated compound is headed by its last part ("Klima-Gipfel").
        return nouns.is_noun(word.rsplit("-", 1)[-1])
    for start in range(_PART_LETTERS, len(word) - _PART_LETTERS + 1):
        head = word[start].upper() + word[start + 1:]
        if nouns.is_noun(head) and known_first_part(word[:start]):
            return True
    return _short_part_compound(word) or _trade_noun(word)


def _trade_noun(word: str) -> bool:
    """Whether the word is a noun in -ei of an agent noun in -er the lexicon lists, the
    trade or its workshop (Winzer: Winzerei, die Winzereien; Bäckerei, Brauerei): German
    makes these of any such noun, and no name ends so."""
    stem = word.removesuffix("en") if word.endswith("eien") else word
    return (stem.endswith("erei") and len(stem) > 6 and word[:1].isupper()
            and nouns.is_noun(stem[:-2]))


# The fewest letters of the other part of a compound with a short one (`_short_part_compound`):
# "Tor|gefahr", "Waffen|öl"; not "Süd|hof", two short parts, as place names are made.
_LONG_PART_LETTERS = 5
# Short nouns spelt as the endings that make German nouns and surnames (der Er, das In; -er,
# -el, -en, -in, -ei: "Schaff|er", "Wendl|er"): as a last part they are the ending.
_ENDING_SPELT_HEADS = frozenset({"Er", "El", "En", "In", "Ei"})


def _short_part_compound(word: str) -> bool:
    """Whether the word is a compound of two nouns the lexicon lists, one of them shorter than
    `_PART_LETTERS` ("Tor|gefahr", "Rad|saison", "Waffen|öl"): German's short nouns (Tor,
    Rad, Öl, Eis) open and close compounds as freely as long ones. A short part counts only
    as a noun of its own, not as any word wordfreq knows (a name's pieces, "Str-ache", are
    known words too), and beside a noun of `_LONG_PART_LETTERS` or more, after a linking
    element where it is the head ("Waffe-n-öl")."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < _LONG_PART_LETTERS + 2:
        return False
    for start in range(2, _PART_LETTERS):
        first, head = word[:start], word[start].upper() + word[start + 1:]
        if (len(head) >= _LONG_PART_LETTERS and nouns.is_noun(first)
                and nouns.is_noun(head)):
            return True
    for start in range(_LONG_PART_LETTERS, len(word) - 1):
        head = word[start].upper() + word[start + 1:]
        if (len(head) >= _PART_LETTERS or head in _ENDING_SPELT_HEADS
                or not nouns.is_noun(head)):
            continue
        first = word[:start]
        if nouns.is_noun(first) or any(
                first.endswith(link) and len(first) - len(link) >= _LONG_PART_LETTERS
                and nouns.is_noun(first[: -len(link)]) for link in LINKING):
            return True
    return False


def in_noun_lexicon(token: Token) -> bool:
    """Whether the word is a common noun by the lexicon, as written or as its lemma."""
    return is_common_noun(token.text) or is_common_noun(token.lemma_)


def names_evidence(token: Token) -> bool:
    """Whether a word inside a recognized span is a name by other evidence than the
    recognizer: the tagger or the name rules tagged it NE, or it is a capitalized word that
    the noun lexicon lacks and the tagger did not read as a function word, verb or adjective.
    """
    if token.tag_ == "NE" or token.pos_ == "PROPN":
        return True
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if token.pos_ in _NOT_NAME_POS:
        return False
    if token.tag_ == "TRUNC":
        # A compound's first part cut off before a coordinated partner ("Kinder- und
        # Jugendanwalt") is in its linking form, which no noun lexicon lists: HanTa's lexicon
        # says what it is, given the part alone ("Kinder" a noun, "Niederösterreich" a name).
        return not _read_first_as_noun(text.rstrip("-"))
    return not in_noun_lexicon(token)


@lru_cache(maxsize=20_000)
def _read_first_as_noun(word: str) -> bool:
    """Whether HanTa's lexicon, given the word alone, reads it first as a common noun (NN)."""
    readings = word_readings(word)
    return bool(readings) and readings[0][0] == "NN" and readings[0][1] > GUESSED_SCORE


def _institution(span: Span) -> bool:
    """Whether the span is one noun the recognizer reads as an organisation: an institution
    named by a common noun, with one referent ("der Bundestag", "die Bundeswehr"). UD
    German-GSD tags these PROPN; the noun lexicon lists them, so the evidence is HanTa's
    lexicon, which, given the word alone, has a proper-name (NE) reading of it beside the
    noun. A noun with none is an activity or a kind the recognizer took for an organisation
    ("die Weinlese", "der Regierungspartei").
    """
    # Not an acronym in capitals ("NGO", "TV"): those stand for common nouns as often as for
    # names; one no lexicon lists ("EPR") is confirmed as any unlisted word is.
    word = span[0] if len(span) == 1 else None
    return (span.label_ == "ORG" and word is not None and _institution_word(word)
            and (_after_definite_article(word) or _without_plural(word.lemma_)))


def _institution_word(word: Token) -> bool:
    """Whether a word may be an institution's one-noun name (`_institution`): a capitalized
    noun, no acronym, that HanTa's lexicon also reads as a name."""
    return (word.text[:1].isupper() and not word.text.isupper() and word.pos_ in _RETAGGED_POS
            and _read_as_name(word.text))


def _without_plural(lemma: str) -> bool:
    """Whether German Wiktionary lists the noun, and only with no plural ("Bundeswehr",
    "Bundesbank"). An organisation named by such a noun is one institution without an article
    too, as the first part of a compound ("Bundeswehr-Generalinspekteur") or in a list."""
    entries = nouns.entries(lemma)
    return bool(entries) and all(entry.singular_only for entry in entries)


@lru_cache(maxsize=20_000)
def _read_as_name(word: str) -> bool:
    """Whether HanTa's lexicon, given the word alone, has a proper-name (NE) reading of it."""
    return any(tag == "NE" and score > GUESSED_SCORE for tag, score in word_readings(word))


def _after_definite_article(word: Token) -> bool:
    """Whether a definite article, alone or in a preposition (STTS APPRART: "im", "vom"),
    stands right before the word. An institution with one referent takes it ("der
    Bundestag", "im Bundesrat"); a common noun the recognizer reads as an organisation is
    as often bare ("auf Selektion", "Senat und Abgeordnetenkammer")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is not None and (
        before.tag_ == "APPRART" or before.tag_ == "ART" and before.lemma_.lower() == "der")


def _without_role(span: Span) -> Span:
    """A name without the common nouns before it that say what it names: a role ("Physiker
    Stephen Hawking"), a kind ("das Downloadportal Steam", "die Beteiligungsholding Öbib").
    German puts such a noun in apposition before the name; GermEval, like UD, leaves it out
    of the name, and it stays vocabulary."""
    start = span.start
    while start < span.end - 1 and (
            not names_evidence(span.doc[start]) and not _kind_before_seat(span.doc[start])
            or role_before_first_name(span.doc[start])):
        start += 1
    return Span(span.doc, start, span.end, label=span.label_)


def role_before_first_name(token: Token) -> bool:
    """Whether a capitalized word is a common noun set before a person's first name, or
    before another such noun that is: a role in apposition ("der Sprecher Max Muster",
    "Agrarlandesrat Paul Wrobelski", "der Kriegsveteran Fritz"). The tagger and the
    recognizer often read it as the name's first word (NE, inside the span), as a name's
    first word is capitalized too; but the noun lexicon lists it with a gender as a common
    noun, and a person's name begins at its first name. Not a noun the lexicon also lists as
    a name ("Fischer", "Koch"): a surname set before the first name ("Koch Peter", in a
    line-up) is the name's first word; nor one HanTa's lexicon knows as a name, a surname
    or a place that Wiktionary lists as a noun too ("Ban", the Korean surname and a Hungarian
    dignitary; a province's name before its governor's role). Not a first name itself
    ("Rose Wrobelski")."""
    doc = token.doc
    while True:
        if token.i + 1 >= len(doc) or _role_lemma(token) is None:
            return False
        after = doc[token.i + 1]
        if _first_name(after):
            return True
        token = after


def _first_name(token: Token) -> bool:
    """Whether a word begins a person's name: a first name German Wiktionary lists, or a word
    HanTa's lexicon knows only as a name with another name word after it (a first name
    Wiktionary lacks, before the surname: "Nelson Wrobelski")."""
    text = token.text
    if not text[:1].isupper() or not text.isalpha() or text.isupper():
        return False
    if text in first_names():
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (after is not None and after.tag_ == "NE" and after.text[:1].isupper()
            and after.is_alpha and not text.endswith("s") and name_alone(text))


def _role_lemma(token: Token) -> str | None:
    """The lemma of a capitalized word that can be a role before a name: a common noun the
    noun lexicon lists with a gender and as no name, as written or in a case or plural form
    ("Kriegsveteranen"), or a compound of a known first part and such a noun
    ("Agrarlandesrat"), or of anything and such a noun after a hyphen ("ÖBB-Chef"); None for
    any other word."""
    text = token.text
    if (not text[:1].isupper() or not text.replace("-", "").isalpha() or text.isupper()
            or text.endswith("-") or text in first_names() or _read_as_name(text)):
        return None
    if "-" in text:
        # A hyphenated compound is headed by its last part ("ÖBB-Chef", "Team-Kapitän").
        first, _, last = text.rpartition("-")
        head = _gendered_common_lemma(last)
        return first + "-" + head if head is not None else None
    return _gendered_common_lemma(text)


@lru_cache(maxsize=20_000)
def _gendered_common_lemma(word: str) -> str | None:
    """The lemma of a noun form whose every entry in the noun lexicon is a common noun with a
    gender, or of a compound of a known first part and such a noun; None otherwise."""
    lemma = _listed_gendered(word)
    if lemma is not None:
        return lemma
    for start in range(_PART_LETTERS, len(word) - _PART_LETTERS + 1):
        head = _listed_gendered(word[start].upper() + word[start + 1:])
        if head is not None and known_first_part(word[:start]):
            return word[:start] + head.lower()
    return None


def _listed_gendered(form: str) -> str | None:
    """The lemma of a noun form the noun lexicon lists only as common nouns, one with a
    gender; None when it lists none, or a name too ("Fischer": a surname as well)."""
    lemma = nouns.singular(form)
    if lemma is None:
        return None
    entries = nouns.entries(lemma)
    if not entries or not all(e.is_common for e in entries) or not any(e.gender for e in entries):
        return None
    if lemma.endswith("er") and any(nouns.ADJECTIVAL in e.kinds for e in entries):
        # A noun declined like an adjective, which Wiktionary lists in the strong masculine
        # ("Vorsitzender"), is carded in its weak form, as the lemma stage gives it: "der
        # Vorsitzende".
        return lemma[:-1]
    return lemma


def _kind_before_seat(token: Token) -> bool:
    """Whether a noun in an organisation's span stands right before a place German Wiktionary
    lists (a Toponym): an institution named by its kind and its seat ("Universität Bochum",
    "Landgericht Graz") has both in its name, as GermEval tags it (ORG, the place
    nested as LOC) and UD (PROPN). A kind before another name is in apposition to it ("das
    Downloadportal Steam") and stays vocabulary."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.ent_type_ == "ORG" and after is not None and after.ent_type_ == "ORG"
            and token.pos_ in _RETAGGED_POS and token.text[:1].isupper()
            and _place(after.text))


@lru_cache(maxsize=20_000)
def _place(word: str) -> bool:
    """Whether German Wiktionary lists the word as a place's name (a Toponym)."""
    return any("Toponym" in entry.kinds for entry in nouns.entries(word))


def is_place(word: str) -> bool:
    """Whether German Wiktionary lists the word as a place's name (a Toponym) and as no
    common noun ("Österreich", "Austria"; not "Brenner", a burner too)."""
    return _place(word) and word in listed_names()


def _person_alone(span: Span) -> Span:
    """A person's name without the words after its last name word: a person's name is made of
    names, and a recognizer's span that runs on takes in what follows it ("Wrobelskis Büro",
    "Wrobelski für Aufregung"), which stays vocabulary. Other names may hold common nouns
    after their names ("Wrobelski-Institut für Astronomie", a title)."""
    if span.label_ != "PER":
        return span
    end = span.end
    while (end > span.start + 1 and not names_evidence(span.doc[end - 1])
           and not _surname(span.doc[end - 1], span)):
        end -= 1
    return Span(span.doc, span.start, end, label=span.label_)


def _surname(token: Token, span: Span) -> bool:
    """Whether a capitalized noun in a person's span is the surname after the name right
    before it, in the span too: a first name German Wiktionary lists, or one HanTa's lexicon
    knows only as a name ("Stephen Curry", "Brandon Kiefer"), not in the genitive. A
    surname is often a common noun too ("Curry", "Koch"), which the lexicon lists; but
    German sets no bare common noun after a first name, nor after a name that owns it in
    the genitive ("Wrobelskis Büro"), so one right after a first name the recognizer joins
    to it is the family's name; after a whole name it is a role or a predicate ("dass Jane
    Wrobelski Präsidentin wird"). A place's name and a plural after it, which English and
    American teams are named by ("Carolina Panthers"), is a name as well."""
    if span.label_ != "PER" or token.i == span.start or token.tag_ != "NN":
        return False
    if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper():
        return False
    before = token.doc[token.i - 1]
    if before.tag_ != "NE" or not before.is_alpha or before.text.isupper():
        return False
    if before.i > span.start and token.doc[before.i - 1].tag_ in ("NE", "FM"):
        # After a whole name ("Hillary Clinton Präsidentin") a noun is a role or predicate.
        return False
    if before.text in first_names():
        return True
    return not before.text.endswith("s") and name_alone(before.text)


@lru_cache(maxsize=20_000)
def name_alone(word: str) -> bool:
    """Whether HanTa's lexicon, given the word alone, knows it only as a proper name (NE),
    with no common-noun reading beside it: "Stephen", "Carolina", not "Koch" or "Essen"."""
    readings = word_readings(word)
    return (bool(readings) and readings[0][0] == "NE" and readings[0][1] > GUESSED_SCORE
            and not any(tag.startswith("NN") and score > GUESSED_SCORE
                        for tag, score in readings[1:]))


def _possessor_apart(span: Span) -> list[Span]:
    """The span cut after each name in the genitive before a common noun: German puts a
    possessor's name before the noun it determines ("Spielbergs Welterfolg", "Hammerschmids
    Vorgängerin Gabriele Heinisch-Hosek"), and the noun is not part of the name; a recognizer's
    span that runs on from the name takes it in. The name is one the tags confirm (NE), in
    -s and no first name ("Thomas Müller", "Klaus Koch": the surname goes on the name), and
    the noun after it a common noun the tags and lexicons leave one. Not in an organisation's
    span: a firm may be named so ("Wrobelskis Büro", "Hagenbecks Tierpark")."""
    if span.label_ == "ORG":
        return [span]
    pieces, start = [], span.start
    for token in span[:-1]:
        after = token.doc[token.i + 1]
        if (token.tag_ == "NE" and token.text.endswith("s") and token.is_alpha
                and token.text not in first_names() and after.tag_ == "NN"
                and after.text[:1].isupper() and not names_evidence(after)):
            pieces.append(Span(span.doc, start, token.i + 1, label=span.label_))
            start = token.i + 1
    pieces.append(Span(span.doc, start, span.end, label=span.label_))
    return pieces


# The dashes German sets between clauses and after a dateline's place ("Detroit – Der größte
# ..."), and the most tokens before a dateline's dash: one to three words naming a place, maybe
# two places with a slash between. `learner.nlp.titles.dateline_places` reads datelines by the
# same two.
DASHES = frozenset("–—")
DATELINE_TOKENS = 5


def _dateline_apart(span: Span) -> list[Span]:
    """The span cut at a dateline's dash: a news text opens with its place and a dash
    ("Providence – Schlafforscher und Handelsreisende kennen ..."), and a recognizer's span
    that starts at the place may run on into the sentence. The place and what follows the
    dash are two spans, each kept only on its own evidence (`kept_spans`), so the sentence's
    common nouns stay vocabulary and a name after the dash stays a name ("General Motors",
    without the nouns before it). Only at a sentence's start: inside a sentence a dash may
    join a name's parts ("Mission: Impossible – Rogue Nation")."""
    doc = span.doc
    if not (span.start == 0 or doc[span.start].is_sent_start
            or doc[span.start - 1].text in (".", "!", "?")):
        return [span]
    for k, token in enumerate(span[: DATELINE_TOKENS + 1]):
        if token.text in DASHES:
            if k == 0 or span.start + k + 1 >= span.end:
                return [span]
            return [Span(doc, span.start, span.start + k, label=span.label_),
                    Span(doc, span.start + k + 1, span.end, label=span.label_)]
    return [span]


def _place_adjective_before_nouns(span: Span) -> bool:
    """Whether a place span is a place's adjective before common nouns only ("die [Welser
    Kulturszene]", "der [Grazer Innenstadt]"): the scene of Wels, not a place's name. GermEval
    leaves the adjective (Wels-er, its "deriv" words) out of the place's span and the noun
    with it; a recognizer's span that takes them in is confirmed only by the adjective's
    capital. Not an organisation's span, which such words name ("Wiener Staatsoper")."""
    if span.label_ != "LOC" or len(span) < 2:
        return False
    first = span[0]
    if not (first.text.endswith("er") and first.is_alpha and _place(first.text[:-2])):
        return False
    return all(t.pos_ == "NOUN" and not names_evidence(t) for t in span[1:])


def kept_spans(spans: Iterable[Span]) -> list[Span]:
    """The recognized spans that other evidence confirms: a word in them is a name by the
    tags or lexicons, or the span is an institution's one-noun name. A span is first cut at
    a dateline's dash (`_dateline_apart`) and after a possessor's name (`_possessor_apart`)."""
    kept = []
    for span in (piece for whole in spans for part in _dateline_apart(whole)
                 for piece in _possessor_apart(part)):
        if _place_adjective_before_nouns(span):
            continue
        if _institution(span):
            kept.append(span)
        elif any(names_evidence(t) for t in span):
            kept.append(_with_first_name(_without_role(_person_alone(span))))
    return kept


def _with_first_name(span: Span) -> Span:
    """A person's span of a surname alone, with the capitalized noun before it when a role
    stands before that noun: "Henkel-Chef Kasper Rorsted". German sets one role, bare, before
    a person's whole name, and the name begins with the first name; a second bare noun
    between the role and the surname is that first name, though the noun lexicon lists it as
    a common noun too (Kasper, the puppet) and Wiktionary not as a first name. The role is
    a noun the lexicon lists with a gender (`_role_lemma`), with no third such noun before it
    (a run of nouns is a title and office, not a role and a first name); the noun is
    written as its own lemma, the singular, with no hyphen."""
    if span.label_ != "PER" or len(span) != 1 or span.start < 2 or _first_name(span[0]):
        # A first name alone is no surname: the noun before it is its role.
        return span
    doc = span.doc
    noun, role = doc[span.start - 1], doc[span.start - 2]
    if (noun.tag_ == "NN" and noun.is_alpha and noun.text[:1].isupper()
            and not noun.text.isupper() and noun.text == noun.lemma_
            and noun.ent_type_ == "" and "-" not in noun.text
            and role.pos_ in _RETAGGED_POS and _role_lemma(role) is not None
            and (span.start < 3 or _role_lemma(doc[span.start - 3]) is None)):
        return Span(doc, span.start - 1, span.end, label=span.label_)
    return span


def _kind_after_name(token: Token) -> bool:
    """Whether a noun inside an organisation's name follows a word of that name, right after
    it or across a hyphen, and ends the name or its part before a preposition: the kind of
    organisation, which German puts after the name that tells it apart ("Prognos AG",
    "IG-Metall", "Wrobelski-Institut für Astronomie"). There it is part of the proper name,
    as UD tags it. A noun after a person's or a place's name is not ("Merkels Regierung"),
    nor one the name goes on after ("US-Bürger Wrobelski": a person's role); and a noun after
    a preposition inside the name ("für Astronomie") says what the organisation works on,
    and stays a common noun."""
    if token.ent_type_ != "ORG" or token.ent_iob_ == "B" or not token.text[:1].isupper():
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.ent_iob_ == "I" and after.pos_ != "ADP":
        return False
    before = token.doc[token.i - 1]
    if before.text == "-" and before.ent_iob_ == "I":
        before = token.doc[before.i - 1]
    return before.ent_type_ == "ORG" and names_evidence(before)


def _named_institution(token: Token) -> bool:
    """Whether a common noun after a definite article names one institution, by the lexicons
    alone: Wiktionary or Wikidata lists it as a noun (a person's or a place's entry has none of
    its own: "Richter", "Mark" stay); it is a compound whose first part says which one
    ("Bundes-", "Welt-", "Europa-"); and HanTa's lexicon, given the word alone, has a
    proper-name (NE) reading of it beside the noun. Such a noun, with its article, names its
    one referent: "die Bundesbank", "das Europaparlament", "die Bundesrepublik", "dem
    Bundesverwaltungsgericht", whether or not Wiktionary gives it a plural. A simple noun with
    a name reading is as often a common one ("das Internet", "die Bank", "die Halle")."""
    if token.tag_ != "NN" or not token.is_alpha or token.text.isupper():
        return False
    if not _after_definite_article(token):
        return False
    if not nouns.entries(token.lemma_):
        return False
    if not _compound(token.lemma_):
        return False
    return _read_as_name(token.text)


def _compound(word: str) -> bool:
    """Whether the noun is a compound of a known first part and a listed noun, both of
    `_PART_LETTERS` letters or more."""
    return any(nouns.is_noun(word[start].upper() + word[start + 1:])
               and known_first_part(word[:start])
               for start in range(_PART_LETTERS, len(word) - _PART_LETTERS + 1))


def institution_noun(token: Token) -> bool:
    """Whether the word is, alone, an organisation's name that a compound common noun makes:
    "die Volksrepublik", "das Europaparlament", "die Welthandelsorganisation". The name is
    the noun's own sense with its one referent, which is why UD tags it PROPN and
    `check_entities` does too; but it is a word of the language, which dictionaries gloss
    ("people's republic", "World Trade Organization"), not a name a learner cannot use
    elsewhere, and the vocabulary stage cards it. The span is this one word, and no name
    follows it (in "Landeskriminalamt Wien" the noun is part of a longer name); every entry
    the noun lexicon has for it is a common noun (not "Tiergarten", a Berlin district); and it
    is a compound of a known first part and a listed noun, as an institution's generic name
    is (a simple noun a recognizer marks is as often a club's or a firm's name: "die Blues",
    "bei der Post")."""
    if token.ent_type_ != "ORG" or token.ent_iob_ != "B" or not token.is_alpha:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.ent_iob_ == "I" or after.tag_ == "NE"
                              or after.pos_ == "PROPN"):
        # Before a name, the noun is the kind in a longer name: its seat ("das
        # Landeskriminalamt Wien", however the recognizer cut it) or the country it names
        # ("die Volksrepublik China").
        return False
    if street_name(token):
        # A street is a place, not an organisation, whatever the recognizer's label: "die
        # Linzer Ringstraße" names one street by the listed common noun (`names.street_name`).
        return False
    word = token.lemma_ if nouns.entries(token.lemma_) else token.text
    entries = nouns.entries(word)
    return (bool(entries) and all(entry.is_common for entry in entries)
            and not word.isupper() and _compound(word))


# `token._.institution_noun`: `institution_noun`, which the vocabulary stage reads to card the
# word as a common noun. A getter, so that it reads the tags and names as they finally stand:
# `mark_article_names` retags the word after it (PROPN/NE) once the pipeline is done, and a
# value set by a component would have to be judged again there.
if not Token.has_extension("institution_noun"):
    Token.set_extension("institution_noun", getter=institution_noun)


def check_entities(doc: Doc) -> Doc:
    """Keep the recognized names that other evidence confirms (see the module's docstring),
    and tag PROPN/NE their words that are names by that evidence."""
    kept = kept_spans(doc.ents)
    covered = {t.i for span in kept for t in span}
    # `_named_institution` asks for a noun (NN) first.
    for token in tokens_with(doc, "TAG", ("NN",)):
        if token.i not in covered and _named_institution(token):
            kept.append(Span(doc, token.i, token.i + 1, label="ORG"))
    doc.set_ents(kept, default="outside")
    for token in tokens_with(doc, "TAG", ("NE",)):
        if token.tag_ == "NE" and not token.ent_type_ and role_before_first_name(token):
            # A role before a name that the tagger read as the name's first word: a noun.
            token.pos_, token.tag_ = "NOUN", "NN"
            token.lemma_ = _role_lemma(token) or token.lemma_
    for span in kept:
        for token in span:
            if token.pos_ in _RETAGGED_POS and (names_evidence(token) or _institution(span)
                                                or _kind_after_name(token)
                                                or _kind_before_seat(token)
                                                or _surname(token, span)):
                token.pos_, token.tag_ = "PROPN", "NE"
    # The names confirmed here may make a list one of names that the tags alone did not
    # ("Wrobelski, Tellerer, Pfandl – Brauer": a line-up whose players the tagger read as
    # nouns): its bare nouns are the next names.
    mark_listed_names(doc)
    return doc


# The parts of speech a name the tagger misreads may carry elsewhere in the article: a noun
# ("Rauball"), a place adjective ("Oberndorfer"), a verb form ("Rode"), a foreign word.
_MISREAD_NAME_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "X"})


def _unlisted_word(token: Token) -> bool:
    """Whether a capitalized word is no common noun of the lexicon, as written or as its
    lemma, and not an acronym in capitals (those stand for common nouns as often)."""
    text = token.text
    return (text[:1].isupper() and token.is_alpha and not text.isupper()
            and not in_noun_lexicon(token))


# Times a listed count noun must stand bare in one article to be read as a name
# (`_bare_throughout`): a headline's bare noun ("Bus stürzt in Schlucht") takes its article
# in the text below it.
_BARE_TIMES = 3
# What may stand before a bare name and before a bare noun alike, but says the noun is a
# predicate or a measure: "als Trainer", "wie Kind", "pro Jahr", "je Einwohner".
_PREDICATE_WORDS = frozenset({"als", "wie", "pro", "je", "per"})


def _determined(token: Token) -> bool:
    """Whether an article, a determiner, a number or an adjective stands right before the
    word: the mark of a common noun ("der Zielpunkt", "einen neuen Zielpunkt"). Not before a
    capitalized word, whose article it is ("die Zielpunkt GmbH": die GmbH)."""
    doc, i = token.doc, token.i
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False
    return i > 0 and doc[i - 1].tag_ in BEFORE_COMMON_NOUN_TAGS


def _bare_use(token: Token) -> bool:
    """Whether a noun stands bare where a count noun in the singular takes its article: no
    article, determiner or adjective before it (`_determined`), no predicate's "als" or
    measure's "pro", and no capitalized word or number after it, after which a role ("Trainer
    Stöger") or a rank ("Platz 3") stands bare too."""
    doc, i = token.doc, token.i
    if _determined(token) or (i > 0 and doc[i - 1].lower_ in _PREDICATE_WORDS):
        return False
    if i + 1 < len(doc):
        after = doc[i + 1]
        if (after.text[:1].isupper() and after.is_alpha) or after.like_num or after.tag_ == "CARD":
            return False
    return True


def _count_noun_as_written(text: str) -> bool:
    """Whether every Wiktionary entry for the word is a masculine or neuter common count noun
    in the singular as written (der Zielpunkt, die Zielpunkte)."""
    found = nouns.entries(text)
    return bool(found) and all(n.is_common and n.gender in ("m", "n") and n.plurals
                               and not n.singular_only and text not in n.plurals
                               for n in found)


def mark_bare_throughout(docs: Sequence[Doc]) -> None:
    """Tag PROPN/NE a masculine or neuter count noun that one article writes bare in the
    singular at least `_BARE_TIMES` times (`_bare_use`) and never with an article, a
    determiner or an adjective:
    a firm or body named by a common noun ("Zielpunkt bestätigt ...", "bei Zielpunkt", "die
    Turbulenzen um Zielpunkt"). A count noun in the singular takes its article ("der
    Zielpunkt der Route"); only a name stands bare throughout a text."""
    uses: dict[str, list[Token]] = {}
    for doc in docs:
        for token in doc:
            if token.is_alpha and token.text[:1].isupper() and not token.text.isupper():
                uses.setdefault(token.text, []).append(token)
    for text, tokens in uses.items():
        nouns_ = [t for t in tokens if t.tag_ == "NN" and t.lemma_ == text]
        if (sum(map(_bare_use, nouns_)) < _BARE_TIMES or any(map(_determined, tokens))
                or not _count_noun_as_written(text)):
            continue
        for token in nouns_:
            token.pos_, token.tag_ = "PROPN", "NE"
    for text, tokens in uses.items():
        if _named_throughout(text, tokens):
            for token in tokens:
                if token.tag_ == "NN":
                    token.pos_, token.tag_ = "PROPN", "NE"


# Times the tagger must read a listed noun as a name in one article before its other, bare
# uses there are read so too (`_named_throughout`): once may be the tagger's slip.
_NAMED_TIMES = 2


def _named_throughout(text: str, tokens: list[Token]) -> bool:
    """Whether an article writes a noun a lexicon lists as a name at least `_NAMED_TIMES`
    times (the tagger's NE, outside a title), as a noun at least once, and at every use bare,
    never after an article, a determiner, a number or an adjective ("Die Firma Häusle soll
    ...", "Geschäftsführer von Häusle", "landen bei Häusle"). The tagger reads a firm named
    by a dialect's diminutive or a rare noun as a name where it follows a kind or opens a
    clause, and as the noun after a preposition. A common noun in the singular takes its
    article somewhere in a text; the tagger's two readings stand in for the count that
    `mark_bare_throughout` asks of masculine and neuter count nouns, which leaves out a noun
    whose plural is written as its singular (Spätzle), a dialect's diminutive the lexicon
    lists with no gender (Häusle) and feminines (Libelle)."""
    named = [t for t in tokens if t.tag_ == "NE" and t.ent_type_ != "OTH" and _alone(t)]
    nouns_ = [t for t in tokens if t.tag_ == "NN" and t.lemma_ == text]
    return (len(named) >= _NAMED_TIMES and bool(nouns_) and all(map(_bare_use, nouns_))
            and not any(map(_determined, tokens)) and nouns.is_noun(text))


def _alone(token: Token) -> bool:
    """Whether a word the tagger read as a name is no part of a longer one: no name or
    capitalized adjective before it, no name after it. The title "Altes Geld" or "die Große
    Moschee" is a name; its noun alone ("Geld ging verloren") is not."""
    doc, i = token.doc, token.i
    before_ = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return not ((before_ is not None and before_.text[:1].isupper()
                 and before_.tag_ in ("NE", "FM", "ADJA"))
                or (after is not None and after.tag_ in ("NE", "FM")))


def mark_article_names(docs: Sequence[Doc]) -> None:
    """Tag PROPN/NE, in every Doc of one article, the words that are a name in one of them.

    An article introduces a person once by the full name ("Reinhard Wrobelski", where the
    first name says the next word is a surname) and writes the surname alone afterwards
    ("sagte Wrobelski", "unter Wrobelski"), where nothing in that sentence tells a name from
    an unknown noun. A word the article has tagged a name once is that name wherever the
    article writes it again, as written or in its genitive with -s, when no common-noun
    lexicon lists it: a common noun that also names someone ("Koch", "Fischer") keeps its
    other readings.
    """
    mark_bare_throughout(docs)
    names, surnames = set(), set()
    for doc in docs:
        for t in doc:
            # A title (GermEval's OTH: a work, an event) is made of ordinary words as often
            # as of names ("Verlinken verboten?"): its words name nothing elsewhere.
            if (t.tag_ == "NE" or t.pos_ == "PROPN") and t.ent_type_ != "OTH":
                if _unlisted_word(t):
                    names.add(t.text)
                elif _after_first_name(t):
                    surnames.add(t.text)
    if not names and not surnames:
        return
    for doc in docs:
        for token in doc:
            if token.pos_ not in _MISREAD_NAME_POS or token.tag_ == "NE":
                continue
            text = token.text
            word = text[:-1] if text[-1:] == "s" and text not in names | surnames else text
            if word in surnames or word in names and _unlisted_word(token):
                token.pos_, token.tag_ = "PROPN", "NE"
            elif text + "s" in names | surnames and not nouns.is_noun(text):
                # A name first met in the genitive ("Arabella Holzbauers neue Show") ...
                # "sagt Holzbauer"; not a common noun the lexicon lists ("Peter Kochs" ...
                # "der Koch").
                token.pos_, token.tag_ = "PROPN", "NE"


def _after_first_name(token: Token) -> bool:
    """Whether a capitalized word follows a first name German Wiktionary lists ("Peter
    Wrobelski"), or goes on a person's name the recognizer found and the tags confirm
    ("Harold Wrobelstein", whose first name Wiktionary lacks): a surname, whatever else the
    lexicon lists the word as after a listed first name ("Koch") or after a name HanTa knows
    only as one ("Brandon Kiefer", `_surname`), or splits it into after another ("Wrobel" +
    "Stein")."""
    if token.i == 0 or not token.text[:1].isupper() or not token.is_alpha:
        return False
    before = token.doc[token.i - 1]
    if before.text in first_names():
        return True
    # Not after a name in the genitive, whose noun it is: the recognizer runs a person's span
    # on over "Wrobelskis Anwaltskanzlei". The tagger reads a first name it does not know as
    # a name or as a foreign word (FM).
    if (token.ent_type_ != "PER" or token.ent_iob_ != "I" or before.tag_ not in ("NE", "FM")
            or before.text.endswith("s")):
        return False
    return not nouns.is_noun(token.text) or (
        token.tag_ == "NE" and before.is_alpha and name_alone(before.text))


def may_hold_kept_name(sentence: Span) -> bool:
    """Whether a recognized span in the sentence could be kept (`kept_spans`): it holds a word
    that is a name by other evidence (`names_evidence`) or that may be an institution's
    one-noun name (`_institution_word`). Both read only the word's text, tags and lemma, which
    the recognizer does not change; a span lies inside one sentence (spaCy's `ner` neither
    begins nor continues a name across a sentence start). So in a sentence without such a
    word the recognizer's spans are all dropped, whatever they are ("Der Hund schläft im
    Garten.")."""
    return any(names_evidence(t) or _institution_word(t) for t in sentence)


def network_context(config: dict) -> int | None:
    """How many tokens on each side of a token its vector in the recognizer's network reads:
    spaCy's CNN tok2vec (`MaxoutWindowEncoder`) mixes each token with `window_size` neighbours
    on each side, `depth` times, over embeddings of the token alone (`MultiHashEmbed`). None
    for any other architecture, whose context is not known here."""
    tok2vec = config["components"]["ner"]["model"]["tok2vec"]
    encode, embed = tok2vec.get("encode", {}), tok2vec.get("embed", {})
    if (tok2vec.get("@architectures") != "spacy.Tok2Vec.v2"
            or embed.get("@architectures") != "spacy.MultiHashEmbed.v2"
            or encode.get("@architectures") != "spacy.MaxoutWindowEncoder.v2"
            or config["components"]["ner"]["model"].get("extra_state_tokens")):
        return None
    return int(encode["depth"]) * int(encode["window_size"])


class _Excerpt:
    """The sentences of a Doc the recognizer must read (`may_hold_kept_name`), with `context`
    tokens on each side, as one Doc: the tokens the network reads for them and nothing else.

    What the network finds in such a sentence is what it finds in the whole Doc, exactly:
    a token's vector depends on the `context` tokens on each side (`network_context`), which
    the excerpt keeps around each sentence; the network sums each token's row alike whatever
    the others are (blis, as `build.analyse_articles` relies on); and the transitions start
    every sentence with no name open and read only the next token and the open name's
    tokens. A sentence the recognizer must read goes with the one before it when that one
    ends in a word: `_with_first_name` reads that word's recognized name."""

    def __init__(self, doc: Doc, context: int) -> None:
        self.doc = doc
        self.read: list[tuple[int, int]] = []
        runs: list[list[int]] = []
        before = None
        # A Doc no sentencizer has split (or an empty one) is one sentence.
        for sentence in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            if may_hold_kept_name(sentence):
                start = sentence.start
                if before is not None and doc[start - 1].is_alpha and (
                        not self.read or self.read[-1][1] <= before.start):
                    self.read.append((before.start, before.end))
                    start = before.start
                self.read.append((sentence.start, sentence.end))
                first, end = max(0, start - context), min(len(doc), sentence.end + context)
                if runs and first <= runs[-1][1]:
                    runs[-1][1] = end
                else:
                    runs.append([first, end])
            before = sentence
        self.excerpt: Doc | None = None
        if not runs:
            return
        self.index = numpy.concatenate([numpy.arange(a, b) for a, b in runs])
        rows = doc.to_array([ORTH, SPACY, NORM, SENT_START])[self.index]
        strings = doc.vocab.strings
        self.excerpt = Doc(doc.vocab, words=[strings[orth] for orth in rows[:, 0].tolist()],
                           spaces=rows[:, 1].astype(bool).tolist())
        # Each run begins a sentence, so no name runs on from the run before; the tokens keep
        # their NORM (a tokenizer exception's) and sentence starts.
        starts = rows[:, 3].copy()
        starts[numpy.cumsum([0] + [b - a for a, b in runs[:-1]])] = 1
        self.excerpt.from_array([NORM, SENT_START],
                                numpy.stack([rows[:, 2], starts], axis=1).astype(numpy.uint64))

    def recognized(self, excerpt: Doc | None) -> Doc:
        """The Doc with the names the recognizer found in the sentences it must read."""
        inside = numpy.zeros(len(self.doc) + 1, dtype=bool)
        for start, end in self.read:
            inside[start:end] = True
        spans = []
        if excerpt is not None:
            for ent in excerpt.ents:
                start = int(self.index[ent.start])
                if inside[start]:
                    spans.append(Span(self.doc, start, int(self.index[ent.end - 1]) + 1,
                                      label=ent.label_))
        self.doc.set_ents(spans, default="outside")
        return self.doc


class NameRecognizer:
    """Runs the shipped recognizer on a tagged Doc, then `check_entities`. The network reads
    only the sentences where a name it finds could be kept (`_Excerpt`): in a quarter of a
    news text's tokens none can (gnad), and its cost is per token."""

    def __init__(self, nlp: Language) -> None:
        self.ner = recognizer_component(nlp)
        self.context = network_context(util.load_config(MODEL_PATH / "config.cfg",
                                                        interpolate=False))

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        if self.context is None:
            for doc in self.ner.pipe(docs, batch_size=batch_size):
                yield check_entities(doc)
            return
        waiting: deque[_Excerpt] = deque()

        def excerpts() -> Iterator[Doc]:
            for doc in docs:
                waiting.append(_Excerpt(doc, self.context))
                if waiting[-1].excerpt is not None:
                    yield waiting[-1].excerpt

        for excerpt in self.ner.pipe(excerpts(), batch_size=batch_size):
            while True:
                read = waiting.popleft()
                if read.excerpt is excerpt:
                    yield check_entities(read.recognized(excerpt))
                    break
                yield check_entities(read.recognized(None))
        while waiting:
            yield check_entities(waiting.popleft().recognized(None))


@Language.factory("name_recognizer")
def make_name_recognizer(nlp: Language, name: str) -> NameRecognizer:
    return NameRecognizer(nlp)


class EntityCheck:
    """`check_entities` on the names an official pipeline's own `ner` found."""

    def __call__(self, doc: Doc) -> Doc:
        return check_entities(doc)


@Language.factory("entity_check")
def make_entity_check(nlp: Language, name: str) -> EntityCheck:
    return EntityCheck()
