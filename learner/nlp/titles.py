"""Names German marks by its spelling: the `title_names` spaCy component (issue 12).

A title (of a play, film, show, book, band) or a place's name is made of ordinary words, which
are no vocabulary there: "Die Tentakel von Delphi" shows no "Tentakel", "Maskulin &
Mariniert" no "marinieren". The recognizer, trained on 7,000 sentences, seldom finds them; the
spelling often does, as German capitalizes only nouns, names and a sentence's first word:

- **A capitalized article inside a sentence** starts a title ("die Liveband Die Tentakel von
  Delphi", "als Uraufführung Der thermale Widerstand"): the article, the adjectives after it
  and its noun are the title (`capitalized_article_titles`). Only after a word that may
  introduce a title: a preposition, a conjunction or comma, a finite verb, or a noun naming a
  kind of work. Not where a noun, verb or participle before it is followed by a finite verb
  after the noun: German puts the verb second, so that is a sentence whose heading lost its
  full stop ("Ball als Souvenir Den Spielball hat ..."); no heading ends in a preposition or
  a conjunction ("als Die Fälscher schrieb ..."). So does one that fills a bracket ("die
  Firma (Die Mumie)"), or follows a dash after a title or foreign words that do not open
  the sentence ("The Revenant – Der Rückkehrer"; "Rio de Janeiro – Das ..." is a dateline).
- **A capitalized preposition after the noun of a work's kind** starts a title ("das Buch In
  Mantel und Zylinder"), which runs to the next punctuation (`capitalized_preposition_titles`).
- **A capitalized adjective or verb form inside a sentence** is part of a name
  (`capitalized_word_names`: "Maskulin & Mariniert", "am Imperial College", "in Windisch
  Bleiberg"), with the noun right after it when it is undeclined and a preposition or an
  article opens the phrase. Not a nominalization: after an article, a determiner or an
  adjective ("das Gute", "etwas Neues"), a declined form with no noun after it
  ("Neugeborenen ... geben"), an infinitive ("30 Minuten Gehen"), or a language ("auf
  Albanisch"); not before a finite verb (a heading's end run into the next sentence).
- **A bare noun after the noun of its kind** ("der Titel Partisan", "die Stiftung
  Warentest", "die TV-Serie Walking Dead"): German gives a common noun in apposition its
  article, so a bare one there is a name (`kind_appositions`). Only kinds that neither
  measure ("ein Stück Autonomie") nor group ("eine Reihe Fragen"). A craft's kind too ("der
  Helikopter Libelle", "die Raumsonde Rosetta"): German names ships, aircraft and probes so.
- **An institution named by its kind and its field** ("der Zentralanstalt für Meteorologie
  und Geodynamik", "vom Institut für Virologie"): after the definite article, a noun of an
  institution's kind, "für" and bare nouns (`institution_names`), labelled ORG.
  So is the kind after a capitalized adjective ("(Österreichisches Museum für
  Volkskunde)"), and a kind with its members in the genitive plural ("der Verband Österreichischer
  Zeitungen", `genitive_institutions`). An association or foundation is named by its purpose
  too, "zur" and a verb's noun with its genitive object ("des Vereins zur Erforschung
  komplexer Systeme"); and an institution's name alone in brackets or quotes ("eine
  IFES-Studie (Institut für empirische Sozialforschung)", `bracketed_institutions`).
- **English names**: two capitalized English words side by side inside a German sentence
  ("die Unreal Engine", "Enter Shikari"; `english_names`), or at its start where the second
  is no German noun ("Western Digital wollte ..."), labelled OTH; nouns English writes
  apart and German would join, each at least as common in English ("der Job Simulator",
  `english_open_compounds`); an English noun before a model's number ("das Switch 12s",
  `product_names`).
- **A colour's trade name**: a noun glossed by a colour in parentheses ("die Farben
  Graphite (schwarz) und Frost (weiß)", `colour_names`).
- **Titles listed after a work's kind and "wie"** ("Filmen wie Echo Park, Requiem für
  Dominic und ...", `listed_titles`).
- **English quoted in German** (a title, a tweet, a phrase: "als Editor at Large zuständig"):
  a run of English words with a lower-case one HanTa's lexicon does not read as German
  (`english_stretches`). No name: its content words are tagged foreign material (STTS FM,
  UD X; `mark_foreign`), so no card and no example comes from them.
- **A programme guide's title** ("20.15 THEMENTAGMythos Wald – Tierparadies und
  Schattenreich Die Doku erzählt ..."): after the hour, the genre in capitals run into the
  title's first word; the title ends at a bracket, a verb, or the capitalized word that is
  no noun and opens the description (`programme_guide_titles`).
- **A dateline** ("Wien – Die Regierung ...", "Ljubljana/Spielfeld – Am Donnerstag ..."):
  the capitalized words before a dash at a sentence's start name the place it was written
  (`dateline_places`).
- **A quoted title** ("Der Pate", "Die Stunde zwischen Frau und Gitarre"): a quoted phrase
  with no finite verb, not at the sentence's start, whose first word is capitalized though it
  is no noun (`quoted_titles`). A quoted noun alone is as often a word held at arm's length
  ("das "Kerzenmeer"") and is left alone.

- **Names with no mark of spelling, by their neighbours**: the words before a company's legal
  form ("die Steirische Holz- und Fensterbau GmbH", `legal_form_names`), a bare noun before
  a code of digits and capitals ("die Versuchsanlage Wendelstein 7-X", `coded_names`), an
  English plural after the plural article ("die Gunners", `english_plural_names`), a bare
  noun between an article and an organisation's kind ("der Funke Mediengruppe",
  `names_before_kinds`), and an institution named by its kind and its seat, a place
  Wiktionary lists ("laut Verkehrsclub Tirol", "an den Festspielen Bregenz", `seat_names`);
  a noun undeclined after "des" ("des Weltmuseum Wien", `undeclined_genitive_names`).
- **A word spelling a web address's site name** given in the same text ("unter
  www.rauchfrei.at ... des Rauchfrei-Telefons", `web_address_names`).

The spans become `doc.ents` (OTH for titles and other names, LOC for datelines); the
vocabulary stage makes no card from a word inside one. Their words keep their tags: a title's
words are ordinary words, and UD German-GSD tags them so. Only English quoted in German is
retagged, as foreign material.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from learner import wordlists
from learner.lexicon import nouns
from learner.nlp.entities import (
    DASHES,
    DATELINE_TOKENS,
    in_noun_lexicon,
    is_place,
    name_alone,
)
from learner.nlp.lexicon import best_reading, is_guessed, known_first_part
from learner.nlp.names import (
    BEFORE_COMMON_NOUN_TAGS,
    first_names,
    masculine_or_neuter_count_noun,
)
from learner.nlp.scan import token_texts, tokens_with
from learner.nlp.sentences import sentence_initial

# Punctuation after which German may start a sentence or a quotation with a capital: a colon,
# a dash (datelines, headings), quotes, brackets, sentence ends, a slash between alternatives.
_RESTARTS = frozenset(':–—-"„“”»«()[].!?…;/')
# STTS finite verbs: what German puts second in a main clause. Not tags.FINITE_VERB_TAGS:
# an imperative (VVIMP, VAIMP) opens its clause instead.
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Words that make a capitalized adjective a noun: an article ("das Gute", "im Allgemeinen"),
# a determiner ("etwas Neues", "viele Kranke"), an adjective or a number before it ("zwei
# Verletzte").
# HanTa reads an article as a demonstrative pronoun now and then ("nach dem Abtritt": PDS).
# Not BEFORE_COMMON_NOUN_TAGS: a pronoun (PDS, PIS) is read as a determiner here.
_NOMINALIZERS = frozenset({"ART", "APPRART", "PDAT", "PDS", "PIAT", "PPOSAT", "PIS", "PWAT",
                           "PRELAT", "ADJA", "CARD"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_INFINITIVES = frozenset({"VVINF", "VAINF", "VMINF"})
# The kinds of work and of bearer German sets before a title in apposition: the closed set of
# genre nouns a title's kind is told by (a compound ends in one: "Theaterstück").
_WORK_KINDS = ("Titel", "Buch", "Roman", "Stück", "Film", "Serie", "Album", "Lied", "Song",
               "Oper", "Band", "Zeitung", "Magazin", "Drama", "Geschichte", "Uraufführung",
               "Aufführung", "Show", "Sendung", "Spiel", "Podcast", "Ausstellung", "Gruppe",
               "Reihe", "Komödie", "Tragödie", "Musical", "Gedicht", "Essay", "Werk")
# Kinds of work and of organisation a bare name follows in apposition. Not the nouns that also
# measure or group, with a bare noun after them ("ein Stück Autonomie", "eine Reihe Fragen",
# "eine Gruppe Jugendlicher"), nor those a genitive follows ("die Geschichte Europas").
_APPOSITION_KINDS = ("Titel", "Buch", "Roman", "Film", "Serie", "Album", "Lied", "Song",
                     "Oper", "Band", "Zeitung", "Magazin", "Drama", "Sendung", "Show",
                     "Podcast", "Komödie", "Musical", "Gedicht", "Single", "Stiftung",
                     "Verein", "Verlag", "Sender")
# Kinds of craft German names like a person, set bare after the kind: "der Helikopter Libelle",
# "die Raumsonde Rosetta", "das Schiff Sirio". The name is often a common noun (an insect, a
# bird), which a card would gloss as the animal. Not "Lander", after which a bare object
# follows as often ("dem Lander Kontakt aufzunehmen").
_CRAFT_KINDS = ("Hubschrauber", "Helikopter", "Schiff", "Sonde", "Satellit", "Rakete")
# Kinds of institution German names by their field ("Institut für Virologie"). Not "Liga":
# "in der Liga für Wacker" is whom one plays for.
_INSTITUTION_KINDS = ("Institut", "Anstalt", "Amt", "Zentrum", "Akademie", "Gesellschaft",
                      "Verein", "Verband", "Stiftung", "Bund", "Kommission", "Rat",
                      "Ministerium", "Behörde", "Hochschule", "Universität", "Museum",
                      "Gericht", "Kammer", "Fonds", "Agentur", "Büro", "Organisation",
                      "Forum", "Komitee", "Vereinigung", "Bündnis", "Netzwerk")
# The prepositions before an institution's field: "Institut für Virologie", "Verein zur
# Erforschung komplexer Systeme", "Zentrum zum Schutz der Alpen".
_FIELD_PREPOSITIONS = frozenset({"für", "zur", "zum"})
# Kinds of body German names by their purpose, "zur"/"zum" and a verb's noun with its object
# ("Verein zur Förderung der Blasmusik", "Stiftung zur Erforschung des Erbes"): associations
# and foundations, whose statutes state a purpose. Not authorities and chambers, after which
# "zur" is a complement of the sentence ("das Nein der Ärztekammer zur Vereinbarung", "das
# Ministerium zur Vorbereitung der Ausschreibung").
_PURPOSE_KINDS = ("Verein", "Stiftung", "Gesellschaft", "Verband", "Vereinigung", "Institut",
                  "Fonds", "Bündnis", "Netzwerk")
# What a dateline's place may be tagged: a name, a noun (HanTa's reading of a place it does not
# know as one: "Spielfeld"), foreign material.
_NAME_WORDS = frozenset({"PROPN", "NOUN", "X"})
# Quotation marks, opening to closing; a straight quote closes itself.
_QUOTES = {'"': '"', "„": "“", "»": "«", "“": "”"}
_CLOSING = frozenset('"“”«')
# A quoted title is a few words; a longer quotation is a sentence or a phrase cited.
_TITLE_TOKENS = 10


def _capitalized(token: Token) -> bool:
    return token.text[:1].isupper()


def _in_running_text(token: Token) -> bool:
    """Whether the word stands inside a sentence, after a word or a comma or &, where German
    writes no capital but for a noun or a name."""
    if token.i == 0 or token.is_sent_start:
        return False
    # After a word or a comma a sentence has begun before: quotes or brackets that may open
    # one (`sentence_initial`) are among the restarts.
    before = token.doc[token.i - 1]
    # A hyphenated compound is a word too ("der Bond-Film Der Morgen ...").
    return before.text not in _RESTARTS and (before.text.replace("-", "").isalpha()
                                             or before.text in {",", "&"})


def _next(token: Token) -> Token | None:
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def _introduces_title(word: Token) -> bool:
    """Whether the word before a capitalized article may introduce a title: a preposition
    ("in Der Pate"), a conjunction (a subordinating one too: "als Die Fälscher"), a comma or
    "wie" in a list of titles, a finite verb ("zeigt Die Politiker-WG"), or a noun of a
    work's kind, whose apposition the title is ("das Stück Der Auftrag", "die Liveband Die
    Tentakel", "die Kurzgeschichte Die gelbe Tapete"). Another noun or a participle there is
    the end of a heading the text runs on from ("Geschwächter Trainer Die Entlassung von
    ...")."""
    if (word.pos_ in ("ADP", "CCONJ", "SCONJ") or word.tag_ in _FINITE
            or word.text in {",", "&"}):
        return True
    # A hyphenated compound with a name as its first part is tagged a name, but its head says
    # the kind all the same ("der Star Wars-Film Das Erwachen ...", "der Bond-Roman").
    return (word.pos_ == "NOUN" or word.pos_ == "PROPN" and "-" in word.lemma_) and _work_kind(
        word.lemma_)


# Memoized: several rules ask it of every noun, and it tries each kind's ending in turn.
@lru_cache(maxsize=1 << 14)
def _work_kind(lemma: str, kinds: tuple[str, ...] = ()) -> bool:
    """Whether a noun, or its compound's last part after a known first part, names a kind of
    work or of a title's bearer ("Theaterstück", "Kurzgeschichte", "Liveband"; not
    "Frauenverband", whose "-verband" is no band)."""
    lemma = lemma.rsplit("-", 1)[-1]
    return any(lemma == kind or lemma.endswith(kind.lower())
               and known_first_part(lemma[:-len(kind)]) for kind in kinds or _WORK_KINDS)


def kind_appositions(doc: Doc) -> list[Span]:
    """Titles and names set in apposition after the noun of their kind, with no article:
    "der Titel Partisan", "die TV-Serie Walking Dead", "die Stiftung Warentest". A common
    noun German writes right after another, bare, is a name: a common noun in apposition
    takes its article ("der Film, ein Erfolg"). The span runs over the capitalized nouns
    after the kind."""
    spans = []
    for token in tokens_with(doc, "POS", ("NOUN",), 0, -1):
        after = doc[token.i + 1]
        # A title in quotes is set in apposition the same way ('den Film "Ausfahrt"'): a
        # quoted noun alone is often a word held at arm's length, but not after its kind.
        quoted = after.text in _QUOTES and token.i + 2 < len(doc)
        if quoted:
            after = doc[token.i + 2]
        if (after.pos_ != "NOUN" or not after.is_alpha
                or not _capitalized(after) or after.ent_type_
                or not _work_kind(token.lemma_, _APPOSITION_KINDS + _CRAFT_KINDS)):
            continue
        end = after.i + 1
        while end < len(doc) and doc[end].pos_ in _NOUNS and _capitalized(doc[end]):
            end += 1
        if quoted and (end == len(doc) or doc[end].text not in _CLOSING):
            continue  # the quotation goes on past the nouns: a phrase, read by quoted_titles
        spans.append(Span(doc, after.i, end, label="OTH"))
    return spans


def _bracketed(article: Token, noun: Token) -> bool:
    """Whether a capitalized article and its noun fill a bracket inside a sentence: "die
    Produktionsfirma (Die Mumie)". A bracket holding a whole sentence has its verb; one that
    holds only a noun phrase with a capitalized article holds a title or a name, which German
    writes with its own article ("(Der Standard)"), as a common noun's article is small."""
    before, after = article.doc[article.i - 1], _next(noun)
    return (before.text == "(" and after is not None and after.text == ")"
            and not sentence_initial(before))


def _subtitle(article: Token) -> bool:
    """Whether a capitalized article follows a dash after a title or foreign words inside a
    sentence: "The Revenant – Der Rückkehrer". A title's subtitle (or its German title) is set
    after a dash, and starts with a capital as the title does."""
    doc = article.doc
    if article.i < 2 or doc[article.i - 1].text not in DASHES:
        return False
    start = article.i - 1
    while start > 0 and (doc[start - 1].ent_type_ == "OTH" or doc[start - 1].text == "/"
                         or doc[start - 1].pos_ in ("X", "PROPN")):
        start -= 1
    # Names before a dash that start the sentence are its dateline ("Rio de Janeiro – Das
    # olympische Revier ...", "Athen/Skopje – Die ..."), and what follows the dash is the
    # sentence.
    title = doc[start:article.i - 1]
    return (any(word.ent_type_ == "OTH" or word.pos_ == "X" for word in title)
            and not sentence_initial(doc[start]))


def capitalized_article_titles(doc: Doc) -> list[Span]:
    """Titles that start with a capitalized article inside a sentence (see the module)."""
    spans = []
    for token in tokens_with(doc, "TAG", ("ART",)):
        if not _capitalized(token):
            continue
        running = _in_running_text(token)
        subtitle = not running and _subtitle(token)
        if not running and not subtitle and token.i and doc[token.i - 1].text != "(":
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ in ("ADJ", "NUM", "ADV"):
            end += 1
        if end == len(doc) or doc[end].pos_ not in _NOUNS or not _capitalized(doc[end]):
            continue
        if running:
            before = doc[token.i - 1]
            after = _next(doc[end])
            # A heading run into its sentence ends in a noun, a verb or a participle, never
            # in a preposition or a conjunction: after one ("als Die Fälscher schrieb ...",
            # "in Der Pate spielte ...") the finite verb comes after the title.
            if (after is not None and after.tag_ in _FINITE
                    and before.pos_ not in ("ADP", "CCONJ", "SCONJ")
                    or not _introduces_title(before)):
                continue
        elif not subtitle and not _bracketed(token, doc[end]):
            continue
        spans.append(Span(doc, token.i, end + 1, label="OTH"))
    return spans


def capitalized_preposition_titles(doc: Doc) -> list[Span]:
    """Titles that start with a capitalized preposition right after the noun of a work's kind:
    "das Buch In Mantel und Zylinder", "der Film Unter Wölfen". German writes a preposition
    small inside a sentence; a capital on one after "Buch" or "Film" starts the title set in
    apposition to it. The title runs to the next punctuation or finite verb, a few words at
    most, and holds a noun."""
    spans = []
    for token in tokens_with(doc, "TAG", ("APPR",), 1, -1):
        if (not _capitalized(token) or not _in_running_text(token)
                or doc[token.i - 1].pos_ != "NOUN"
                or not _work_kind(doc[token.i - 1].lemma_)):
            continue
        end = token.i + 1
        while (end < len(doc) and end - token.i <= _TITLE_TOKENS and not doc[end].is_punct
               and doc[end].tag_ not in _FINITE):
            end += 1
        while end > token.i + 1 and doc[end - 1].tag_ == "KON":
            end -= 1  # a sentence's clauses joined after the title ("... und lachte")
        if any(t.pos_ in _NOUNS for t in doc[token.i + 1:end]):
            spans.append(Span(doc, token.i, end, label="OTH"))
    return spans


# What ends a title in a list of titles: the list's joins, a bracket (a year, a director),
# and what ends the clause.
_TITLE_LIST_ENDS = frozenset({",", "und", "oder", "sowie", "(", ")", ";", ":", ".", "!",
                              "?", "–", "—"})


def listed_titles(doc: Doc) -> list[Span]:
    """The titles listed after the plural of a work's kind and "wie": "Filmen wie Requiem für
    Wrobelski, Spätlese und Abendrot", "Serien wie Hof der Tiere". The kind says what the
    list's members are, and each member, capitalized, is a title, whatever words it is
    made of; it runs to the next comma, "und", "oder", bracket or the clause's end, a few
    words at most. A member with no capital ("Filme wie diese") ends the list. Only the
    kinds set before a title in apposition (`_APPOSITION_KINDS`), not those that measure or
    group ("Spiele wie Schach" names kinds of game, not titles)."""
    spans = []
    for token in tokens_with(doc, "ORTH", ("wie",), 1, -1):
        if (doc[token.i - 1].pos_ != "NOUN"
                or doc[token.i - 1].text == doc[token.i - 1].lemma_
                or not _work_kind(doc[token.i - 1].lemma_, _APPOSITION_KINDS)):
            continue
        start = _past_spaces(doc, token.i + 1)
        while start < len(doc) and _capitalized(doc[start]) and doc[start].is_alpha:
            end = start + 1
            while (end < len(doc) and end - start < _TITLE_TOKENS
                   and doc[end].text not in _TITLE_LIST_ENDS and _title_word(doc[end])):
                end += 1
            if end < len(doc) and doc[end].text not in _TITLE_LIST_ENDS:
                break  # a clause goes on after the list: where its last member ends is unsure
            spans.append(Span(doc, start, end, label="OTH"))
            if end < len(doc) and doc[end].text == "(":
                # A title's year or director in brackets ("Echo Park (1986), ...").
                end = next((k + 1 for k in range(end, min(end + _TITLE_TOKENS, len(doc)))
                            if doc[k].text == ")"), len(doc))
            if end >= len(doc) or doc[end].text not in (",", "und", "oder", "sowie"):
                break
            start = _past_spaces(doc, end + 1)
    return spans


def _title_word(word: Token) -> bool:
    """Whether a word may go on a title in a list: a capitalized word, or a preposition, an
    article or a foreign word between them ("Requiem für Wrobelski", "Game of Thrones"). An
    adverb or an adjective is the clause going on after the list ("... wie Spätlese
    alljährlich neue Rekorde")."""
    return (_capitalized(word) or word.pos_ in ("ADP", "DET") or word.tag_ == "FM"
            ) and not word.is_space


def _past_spaces(doc: Doc, i: int) -> int:
    """The first token from i on that is no run of spaces."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def capitalized_word_names(doc: Doc) -> list[Span]:
    """Adjectives and verb forms written with a capital inside a sentence: names or their
    parts (see the module)."""
    spans = []
    for token in tokens_with(doc, "POS", ("ADJ", "VERB")):
        if not _capitalized(token) or not token.is_alpha or not _in_running_text(token):
            continue
        before, after = doc[token.i - 1], _next(token)
        noun_after = after is not None and after.pos_ in _NOUNS and _capitalized(after)
        # An undeclined adjective before a noun is no attribute (German declines those):
        # with the noun it is a name ("in Windisch Bleiberg", "am Imperial College").
        undeclined_before_noun = token.tag_ == "ADJD" and noun_after
        if before.tag_ in _NOMINALIZERS and not undeclined_before_noun:
            continue
        if after is not None and after.tag_ in _FINITE:
            continue
        if token.tag_ == "ADJA" and not noun_after:
            continue  # declined with no noun to go with: a nominalization
        if token.text.endswith("isch") and not noun_after:
            continue  # a language ("auf Albanisch"), a noun German writes bare
        # A finite form spelt like the infinitive ("wir laufen") may be one too.
        if token.tag_ in _INFINITIVES or token.tag_ in _FINITE and token.text.endswith("n"):
            continue  # a nominalized infinitive, bare as a noun may be ("30 Minuten Gehen")
        # The noun is the name's only where a preposition or an article opens the phrase:
        # after a verb the capital may be a person's ("das ist Kurz Prämisse", the genitive's
        # apostrophe lost), and the noun his.
        with_noun = undeclined_before_noun and before.pos_ in ("ADP", "DET")
        spans.append(Span(doc, token.i, token.i + 2 if with_noun else token.i + 1, label="OTH"))
    return spans


def institution_names(doc: Doc) -> list[Span]:
    """Institutions named by their kind and their field: "die Zentralanstalt für Meteorologie
    und Geodynamik", "des Max-Planck-Instituts für Plasmaphysik", "im Verein für
    Konsumenteninformation". A noun of an institution's kind, after the definite article
    (one institution: "ein Zentrum für Flüchtlinge" is any such centre), then "für" and bare
    nouns, maybe with adjectives and joined by "und" or commas: the whole is the name, and
    neither the kind nor the field is vocabulary there."""
    spans = []
    for token in tokens_with(doc, "POS", _NOUNS, 1, -2):
        preposition = doc[token.i + 1].text
        if (preposition not in _FIELD_PREPOSITIONS
                or not _work_kind(token.lemma_, _INSTITUTION_KINDS if preposition == "für"
                                  else _PURPOSE_KINDS)):
            continue
        if _after_definite_article(token):
            start = token.i
        elif _capitalized_attribute(doc[token.i - 1]):
            start = token.i - 1
        else:
            continue
        end, i = None, token.i + 2
        while i < len(doc):
            while i < len(doc) and doc[i].tag_ == "ADJA":
                i += 1
            if (i == len(doc) or doc[i].tag_ != "NN" or not _capitalized(doc[i])
                    or doc[i].text.isupper()):
                break
            end = i + 1
            if preposition != "für":
                # A purpose's noun names the body only with its object: "das Ministerium zur
                # Vorbereitung der Ausschreibung" is what a ministry buys advice for.
                end = _past_genitive(doc, end)
                if end == i + 1:
                    end = None
                    break
            if end + 1 < len(doc) and doc[end].text in ("und", ","):
                i = end + 1
                continue
            break
        if end is not None:
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


def _past_genitive(doc: Doc, i: int) -> int:
    """The end of a genitive attribute starting at i, or i where none does: "(Verein zur
    Erforschung) komplexer Systeme", "(Stiftung zur Erforschung) des islamischen Erbes". A
    purpose named by a verb's noun ("Erforschung", "Förderung") takes its object in the
    genitive, and the object is part of the name. A genitive plural without an article is
    marked by an adjective ("komplexer Systeme"); a bare noun after the purpose is no
    genitive ("Verein zur Förderung Wien")."""
    j = i
    if j < len(doc) and doc[j].tag_ == "ART" and doc[j].text.lower() in ("des", "der"):
        j += 1
    elif not (j < len(doc) and doc[j].tag_ == "ADJA" and doc[j].text.endswith("er")):
        return i
    while j < len(doc) and doc[j].tag_ == "ADJA":
        j += 1
    if j < len(doc) and doc[j].tag_ in ("NN", "NE") and _capitalized(doc[j]) and doc[j].is_alpha:
        return j + 1
    return i


# Kinds German names a group or institution by, in a bracket that spells out a name: the
# institution kinds and "Gemeinschaft" ("(Arbeitsgemeinschaft katholischer Verbände)").
_BRACKETED_KINDS = (*_INSTITUTION_KINDS, "Gemeinschaft")
# What a bracket holding only an institution's name may hold: nouns, names, adjectives,
# articles, prepositions and "und"; no verb, no comma, no number.
_NAME_PHRASE_TAGS = frozenset({"NN", "NE", "ADJA", "ART", "APPR", "APPRART", "KON"})
# Brackets and quotation marks that set a name apart, opening to closing.
_NAME_CLOSERS = {"(": ")", **_QUOTES}
# A bracketed name is a few words.
_BRACKET_TOKENS = 8


def bracketed_institutions(doc: Doc) -> list[Span]:
    """An institution's full name alone in a bracket or in quotation marks: "eine
    IFES-Studie (Institut für empirische Sozialforschung)", "Maria Muster
    (Arbeitsgemeinschaft katholischer Verbände)", ""Verein zur Erforschung komplexer
    Systeme", eine Initiative der …". A bracket after an acronym spells it out, one after a
    person gives the body the person speaks for, quotes cite a name; each names one
    institution. The bracket opens on a noun of an institution's kind and holds only the
    noun phrase of its field ("für", "zur" …) or of its members (a genitive plural with an
    adjective); a bracket with a verb or a comma is a remark, and a kind alone ("(Verein)")
    stays vocabulary."""
    spans = []
    for token in tokens_with(doc, "ORTH", _NAME_CLOSERS, 0, -3):
        closing = _NAME_CLOSERS[token.text]
        kind = doc[token.i + 1]
        if (kind.pos_ not in _NOUNS or not _capitalized(kind)
                or not _work_kind(kind.lemma_, _BRACKETED_KINDS)):
            continue
        after = doc[token.i + 2]
        if not (after.text in _FIELD_PREPOSITIONS
                or after.tag_ == "ADJA" and after.text.endswith("er")):
            continue
        close = next((t.i for t in doc[token.i + 2:token.i + 2 + _BRACKET_TOKENS]
                      if t.text in closing), None)
        if close is None or not all(t.tag_ in _NAME_PHRASE_TAGS
                                    for t in doc[token.i + 2:close]):
            continue
        spans.append(Span(doc, kind.i, close, label="ORG"))
    return spans


def _capitalized_attribute(word: Token) -> bool:
    """Whether the word is a declined adjective written with a capital inside a sentence,
    before its noun ("Österreichisches Museum", "Internationale Organisation"): German
    writes an attributive adjective small unless it starts a proper name, and one starts the
    name of one institution as the definite article marks one. The name rules may have
    tagged it a name already (`names.mark_name_phrases`); its lemma stays the adjective's."""
    lemma = word.lemma_
    return (word.tag_ in ("ADJA", "NE") and _capitalized(word) and word.is_alpha
            and lemma[:1].islower() and word.text.lower() != lemma
            and not sentence_initial(word))


def genitive_institutions(doc: Doc) -> list[Span]:
    """Institutions named by their kind and the people they gather, in the genitive plural
    with a capitalized adjective: "der Verband Österreichischer Zeitungen", "der Bund
    Deutscher Kriminalbeamter". German writes the adjective small in a description ("ein
    Verband deutscher Verleger"), so its capital makes kind and members one name. The noun
    after the adjective must be a plural, a form other than its lemma: a capitalized
    adjective before a singular noun is a name in apposition to the kind ("die Partei Neue
    Mitte"), and the kind stays vocabulary."""
    spans = []
    for token in tokens_with(doc, "POS", _NOUNS, 0, -2):
        if not _work_kind(token.lemma_, _INSTITUTION_KINDS):
            continue
        adjective, members = doc[token.i + 1], doc[token.i + 2]
        if (_capitalized_attribute(adjective) and adjective.text.endswith("er")
                and members.pos_ in _NOUNS and _capitalized(members) and members.is_alpha
                and members.lemma_ != members.text):
            spans.append(Span(doc, token.i, members.i + 1, label="ORG"))
    return spans


def _after_definite_article(word: Token) -> bool:
    """Whether a definite article, alone or in a preposition ("im", "vom"), stands right
    before the word."""
    before = word.doc[word.i - 1]
    return before.tag_ == "APPRART" or before.tag_ == "ART" and before.lemma_.lower() == "der"


# An English word: English uses it at least this often (Zipf) and ten times as often as German
# does (one Zipf more; "Engine", "Railroad", "Review"). Loan words German has made its own are
# written nearly as often in German texts ("Team" +0.4, "Manager" +0.4, "Fake" +0.5, "Media"
# +0.8, "Show" +0.9, "Social" +0.9): two of those side by side are a German loan phrase
# ("Social Media"), not a name.
_ENGLISH_ZIPF = 3.0
_ENGLISH_MARGIN = 1.0
# Beside a clearly English word, one that English uses at least three times as often as German
# ("Unreal" +0.7, "Outlook" +0.9) is English too.
_LEANING_MARGIN = 0.5
# A word neither language uses (Zipf below this) is a name ("Shikari").
_UNUSED_ZIPF = 1.5


def _english(word: Token, margin: float = _ENGLISH_MARGIN) -> bool:
    """Whether the word is English rather than German, by wordfreq's counts in both."""
    return _leans_english(word.text, margin)


@lru_cache(maxsize=1 << 12)
def _leans_english(text: str, margin: float) -> bool:
    """`wordlists.leans_english` at _ENGLISH_ZIPF, remembered per form: the English rules
    below ask it of every word of every sentence, some twice (a stretch, then its members),
    and wordfreq's lists do not change while a process runs. A few thousand forms, the
    commonest, answer most tokens; a larger memo would cost each worker megabytes the
    3,000-article memory target has not got to spare."""
    return wordlists.leans_english(text, _ENGLISH_ZIPF, margin)


def _name_beside_english(word: Token) -> bool:
    """Whether a word beside a clearly English one is part of the same English name: English
    as well, if less clearly ("Unreal Engine"), or used at least as often in English and no
    German noun ("Minimal Music", +0.3: a loan noun German lists needs the wider margin, as
    it may be the German kind or role before an English title or name, "der Sitcom The
    Famous Teddy Z.", "Superstar LeBron James", or a loan in a loan phrase, "ein Running
    Gag"); no word of either language and no German noun
    ("Enter Shikari"; not "das Enthüllungsdrama Spotlight", a German kind before a title);
    or a name by the tags that is no German noun ("Microsoft Outlook"; not "der
    Anarchogruppe No Border", which the tagger may read as a name)."""
    if _english(word, _LEANING_MARGIN) or _english(word, 0.0) and not in_noun_lexicon(word):
        return True
    if word.tag_ == "NE" or word.pos_ == "PROPN":
        return not in_noun_lexicon(word)
    text = word.text.lower()
    return (wordlists.zipf_frequency(text, "de") < _UNUSED_ZIPF
            and wordlists.zipf_frequency(text, "en") < _UNUSED_ZIPF
            and not in_noun_lexicon(word))


def _capitalized_words(doc: Doc) -> list[bool]:
    """For each token, whether it is a capitalized word and no acronym ("Engine", not "NASA",
    "7-X" or "und"), told by its text alone (`is_alpha` is `str.isalpha` of it): the English
    rules read a Token only where one stands."""
    return [text.isalpha() and text[:1].isupper() and not text.isupper()
            for text in token_texts(doc)]


def english_names(doc: Doc) -> list[Span]:
    """Two capitalized English words side by side inside a German sentence: a name or a title
    ("die Unreal Engine", "die Underground Railroad", "der Band Enter Shikari"). English
    capitalizes only names and titles, and a German text quotes English in capitals only
    for them; an English noun on its own in German is a loan word, and a German noun keeps
    the capital it always has. One word of the pair may be no word of either language (a
    name: "Enter Shikari"), not a German noun: "das Enthüllungsdrama Spotlight" sets a German
    kind before a title."""
    spans = []
    capitalized = _capitalized_words(doc)
    for i in range(len(doc) - 1):
        if not (capitalized[i] and capitalized[i + 1]):
            continue
        token, after = doc[i], doc[i + 1]
        if sentence_initial(token) and not (
                _english(token) and _english(after, _LEANING_MARGIN)
                and not in_noun_lexicon(after)):
            # At a sentence's start any word has a capital, and a role may stand there before
            # a name ("Regulator Wrobelski sagt ..."): the pair is a name there only where
            # both words are English and the second is no German noun, so that its capital
            # marks a name ("Western Digital wollte ..."; not "Social Media ist ...").
            continue
        if (_english(token) and _name_beside_english(after)
                or _english(after) and _name_beside_english(token)):
            if spans and spans[-1].end == token.i + 1:
                # A longer name goes on word by word ("Institutional Review Board").
                spans[-1] = Span(doc, spans[-1].start, token.i + 2, label="OTH")
            else:
                spans.append(Span(doc, token.i, token.i + 2, label="OTH"))
    return [_leaning_words_joined(span) for span in spans]


# The word set apart before an English compound's hyphenated first part need not be English by
# itself: a loan German lists ("Insider", −0.05) or a brand ("Google", −0.08) is written about
# as often in either language. A German word is written clearly more often in German
# ("Plattform" −3.1, "Ländern" −4.9).
_APART_MARGIN = -0.5


def english_pairs_before_hyphen(doc: Doc) -> list[Span]:
    """A capitalized word written apart before a hyphenated compound whose first part is
    English: "eine neue Insider Preview-Version", "das Slippery Slope-Modell", "Google
    Camera-Versionen". German joins every modifier of a compound by hyphens ("die
    Insider-Preview-Version"); a space there says the two words before the head are one unit
    already, an English name or term the German head is put on. The word apart is that
    name's first word (the compound, a German head on a name, stays a word). The compound's
    first part is English, if less clearly (+0.5: "Preview" +0.8), and the word apart is
    not clearly German (`_APART_MARGIN`); not at a sentence's start, where any word has a
    capital."""
    spans = []
    texts, capitalized = token_texts(doc), _capitalized_words(doc)
    for i in range(len(doc) - 1):
        if not capitalized[i]:
            continue
        first, _, head = texts[i + 1].partition("-")
        if not (head[:1].isupper() and first.isalpha() and first[:1].isupper()
                and not first.isupper() and not sentence_initial(doc[i])):
            continue
        if _leans_english(first, _LEANING_MARGIN) and _leans_english(texts[i], _APART_MARGIN):
            spans.append(Span(doc, i, i + 1, label="OTH"))
    return spans


def _leaning_word(word: Token) -> bool:
    return (word.is_alpha and _capitalized(word) and not word.text.isupper()
            and not sentence_initial(word) and _english(word, _LEANING_MARGIN))


def _leaning_words_joined(span: Span) -> Span:
    """An English name with the capitalized words around it that lean English: "Client
    Service Director", where no pair has a clearly English word but "Service Director" does
    ("Client" and "Service" +0.9). A word that leans English beside an English name belongs
    to it as it would beside one clearly English word."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and _leaning_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and _leaning_word(doc[end]):
        end += 1
    return Span(doc, start, end, label=span.label_)


def _open_compound_word(word: Token) -> bool:
    """Whether a word may stand in an English compound written apart: a capitalized noun or
    name, in its base form as written (a German case or plural ending says the phrase is
    German), that English writes at least as often as German does, and not a person's name
    the recognizer found."""
    return (word.is_alpha and _capitalized(word) and not word.text.isupper()
            and word.tag_ in ("NN", "NE") and word.text == word.lemma_
            and word.ent_type_ != "PER"
            and _leans_english(word.text, 0.0))


def english_open_compounds(doc: Doc) -> list[Span]:
    """Nouns English writes apart, set side by side inside a German sentence: a product's or
    a title's name ("der Harbour Sensor Hub", "im Kitchen Simulator"). German joins two
    nouns into one word or with a hyphen ("der Sensorhub", "Küchen-Simulator"); nouns of two
    phrases that meet ("dass sie dem Team Geld gibt") are seldom both English words in their
    base form. So a run of such words, each one that English uses at least as often as German
    (`leans_english` with no margin: loan words such as "Job", "Team" or "Sensor" count, as
    a name is made of them), is an English name, even where no word alone is clearly English,
    as `english_names` asks. The run ends in a word a common-noun lexicon lists ("Android
    Sensor Hub"), and holds no word HanTa's lexicon knows only as a name: a role before a
    person's name ("Senator Smith", "Quarterback Cam Newton") ends in the name, and the role
    stays vocabulary."""
    spans = []
    start = None
    capitalized = _capitalized_words(doc)
    for i in range(len(doc) + 1):  # and one past the last token, where a run ends too
        # Asked once per token: the word that ends a run may open the next one.
        word = i < len(doc) and capitalized[i] and _open_compound_word(doc[i])
        if word and not (start is not None and doc[i].is_sent_start):
            if start is None:
                start = i
            continue
        if (start is not None and i - start >= 2 and in_noun_lexicon(doc[i - 1])
                and not any(name_alone(w.text) for w in doc[start:i])):
            spans.append(Span(doc, start, i, label="OTH"))
        start = i if word else None
    return spans


# Words of a quoted English stretch: English words (leaning English, as beside an English name)
# and the names and foreign material among them ("This is how to charge Apples new pencil",
# "Smart Cover with Keyboard"). A German word, a number or a punctuation mark ends the stretch.
_STRETCH_NAME_TAGS = frozenset({"NE", "FM", "XY"})
# The content words a stretch's tags make foreign material, as STTS tags a quoted foreign word
# FM (UD: X). Names keep their tags: they are names in any language.
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def _stretch_word(token: Token) -> bool:
    """Whether the word may stand in an English stretch: English rather than German, or a
    name or foreign material by the tags (an English name or hashtag: "FunTechFact")."""
    if not token.is_alpha:
        return False
    return _english(token, _LEANING_MARGIN) or token.tag_ in _STRETCH_NAME_TAGS


def _english_lower_case_word(token: Token) -> bool:
    """A clearly English word in lower case that HanTa's lexicon does not read as German
    ("at", "with", "how"; not "rare", a form of rar, nor "charge", which it reads as die
    Charge): a lower-case word in German text is German but for quoted English, unlike a
    capitalized English noun, which may be a loan word ("das Keyboard")."""
    if not (token.text[:1].islower() and _english(token)):
        return False
    return best_reading(token.text) in _STRETCH_NAME_TAGS or is_guessed(token.text)


def english_stretches(doc: Doc) -> list[Span]:
    """English quoted inside German text, a title, a tweet or a phrase ("als Editor at Large
    zuständig", "#FunTechFact This is how to charge Apples new pencil!"): a run of two English
    words or more, among which a clearly English word written in lower case. German writes
    English loan nouns one at a time and capitalized ("das Keyboard", "der Charger"); a
    lower-case English word beside another English word is English quoted, and a word in it
    is English there, not German vocabulary. A lower-case English word alone beside German
    ("wird live übertragen") is a German loan word and starts no stretch."""
    spans = []
    start = None

    def close(end: int) -> None:
        stretch = doc[start:end]
        if (sum(_english(t, _LEANING_MARGIN) for t in stretch) >= 2
                and any(_english_lower_case_word(t) for t in stretch)):
            spans.append(Span(doc, start, end))

    for token in doc:
        member = _stretch_word(token)
        if start is not None and (not member or token.is_sent_start):
            close(token.i)
            start = None
        if member and start is None:
            start = token.i
    if start is not None:
        close(len(doc))
    return spans


def mark_foreign(doc: Doc, stretches: Iterable[Span]) -> Doc:
    """The content words of the stretches tagged as foreign material (STTS FM, UD X): the
    vocabulary stage makes no card of them, and no example of a word from a sentence that
    shows it only there."""
    for span in stretches:
        for token in span:
            if token.pos_ in _CONTENT_POS:
                token.tag_, token.pos_ = "FM", "X"
    return doc


# A programme guide's entry as the text keeps it once its line breaks are gone: the hour, the
# genre in capitals run into the title's first word ("20.15 THEMENTAGMythos Wald – ...",
# "19.30 DOKUMENTATIONDer Weg der Weisheit").
_GUIDE_HOUR = re.compile(r"\d{1,2}\.\d\d")
_GLUED_GENRE = re.compile(r"[A-ZÄÖÜ]{4,}[A-ZÄÖÜ][a-zäöüß]")
# What a title's subtitle follows: a colon or a dash.
_SUBTITLE_MARKS = frozenset(":–—")
_TITLE_WORD_TAGS = frozenset({"NN", "NE", "FM"})


def programme_guide_titles(doc: Doc) -> list[Span]:
    """A title in a programme guide, after the hour and the genre in capitals that the text
    runs into its first word ("20.15 THEMENTAGMythos Wald – Tierparadies und Schattenreich Die
    Doku erzählt ..."). The title runs to a bracket (the original title, the year, the part:
    "(1/2)"), to a verb, or to the capitalized word that is no noun and opens the
    description ("Die Doku", "Zu Gast bei", "Junge Frauen"), except one that opens a
    subtitle after a colon or dash ("Cultus – Der Feiertag im Kirchenjahr: Fronleichnam")."""
    spans = []
    for token in doc[1:]:
        text = token.text
        # The capitals first, a string test cheaper than the patterns, for every word.
        if (len(text) < 6 or not text[:5].isupper() or not _GLUED_GENRE.match(text)
                or not _GUIDE_HOUR.fullmatch(doc[token.i - 1].text)):
            continue
        end = token.i + 1
        while end < len(doc):
            word = doc[end]
            if (word.text in "()[]" or word.is_sent_start or word.tag_.startswith("V")
                    or word.text in ".!?"):
                break
            if (word.text[:1].isupper() and word.tag_ not in _TITLE_WORD_TAGS
                    and doc[end - 1].text not in _SUBTITLE_MARKS):
                break
            end += 1
        while end > token.i + 1 and not doc[end - 1].is_alpha:
            end -= 1  # a dash or colon before the description is no part of the title
        spans.append(Span(doc, token.i, end, label="OTH"))
    return spans


def dateline_places(doc: Doc) -> list[Span]:
    """The place a dateline names: capitalized words before a dash that opens a sentence
    (also after a year that ends the sentence before, which `year_periods` splits off its
    period so the sentencizer sees the end: "... Juli 2011. Traun – Das Kartellgericht ...")."""
    spans = []
    for sent in doc.sents:
        words = list(sent[:DATELINE_TOKENS + 1])
        dash = next((k for k, t in enumerate(words) if t.text in DASHES), None)
        if not dash or dash + 1 >= len(sent) or not _capitalized(sent[dash + 1]):
            continue
        before = words[:dash]
        # A place's name takes no article: "Die Tasten – Einschalter rechts, ..." is a
        # subject and its apposition.
        if (_capitalized(before[0]) and all(t.text == "/" or _capitalized(t)
                                            and t.pos_ in _NAME_WORDS for t in before)):
            spans.append(Span(doc, sent.start, sent.start + dash, label="LOC"))
    return spans


def quoted_titles(doc: Doc) -> list[Span]:
    """Quoted phrases that read as titles (see the module)."""
    spans = []
    past = 0  # where the next quotation may open: not inside the last one read
    for opening in tokens_with(doc, "ORTH", _QUOTES):
        i = opening.i
        if i < past:
            continue
        close = _QUOTES[opening.text]
        end = next((k for k in range(i + 1, min(i + _TITLE_TOKENS + 2, len(doc)))
                    if doc[k].text == close or doc[k].text in _CLOSING), None)
        if end is None:
            continue
        inner = doc[i + 1:end]
        if (len(inner) and inner[0].is_alpha and _capitalized(inner[0])
                and inner[0].pos_ not in _NOUNS and inner[0].pos_ != "X"
                and not sentence_initial(opening)
                and not any(t.tag_ in _FINITE for t in inner)):
            spans.append(Span(doc, inner.start, inner.end, label="OTH"))
        past = end + 1
    return spans


# A company's legal form, which German (and English) writes after the company's name: the
# closed set of forms the company laws of Germany, Austria and Switzerland (and the English
# ones news quote) define.
_LEGAL_FORMS = frozenset({"AG", "GmbH", "GesmbH", "Ges.m.b.H.", "KG", "OG", "OHG", "KGaA",
                          "SE", "UG", "eG", "Inc.", "Ltd.", "LLC", "plc", "Corp."})
# A company's name is a few words.
_COMPANY_TOKENS = 6


def _company_word(word: Token) -> bool:
    """Whether a word before a company's last word is part of its name: a name, a
    capitalized adjective inside a sentence ("Österreichische"), a compound's first part cut
    off before its partner ("Bundes-"), or the "und" after one ("Bundes- und
    Industriebeteiligungen"). A common noun there may be the company's kind in apposition
    ("deren Tochter Zielpunkt GmbH", "der Baukonzern Hochtief AG") and ends the span."""
    if word.tag_ == "TRUNC" or word.pos_ == "PROPN" and word.is_alpha:
        return True
    if word.text == "und":
        return word.i > 0 and word.doc[word.i - 1].tag_ == "TRUNC"
    return word.tag_ == "ADJA" and _capitalized(word) and word.is_alpha


def legal_form_names(doc: Doc) -> list[Span]:
    """Companies named before their legal form: "die Ökostrom Vertriebs GmbH", "der
    Österreichischen Bundes- und Industriebeteiligungen GmbH", "die Bahnbau AG". The legal
    form follows the company's registered name, which is made of ordinary words as often as
    of names: they are no vocabulary there. The span takes the capitalized word before the
    form and the name's words before it (`_company_word`), not a sentence's first word."""
    spans = []
    for token in tokens_with(doc, "ORTH", _LEGAL_FORMS, 2):
        last = doc[token.i - 1]
        # A hyphenated name is one word ("die ÖBB-Personenverkehr AG"): German joins a
        # registered name's parts with hyphens as often as it writes them apart.
        if (not _capitalized(last) or not last.text.replace("-", "").isalpha()
                or sentence_initial(last)):
            continue
        start = last.i
        while (start > 0 and token.i - start < _COMPANY_TOKENS
               and _company_word(doc[start - 1]) and not sentence_initial(doc[start - 1])):
            start -= 1
        while doc[start].tag_ == "KON":
            start += 1
        spans.append(Span(doc, start, token.i + 1, label="ORG"))
    return spans


# The abbreviated forms a sports club's name opens with ("FC Arsenal", "SK Sturm", "VfL
# Wolfsburg"): Fußballclub, Sportclub, Sportverein, Sportklub, Turn- und Sportverein, Verein
# für Bewegungsspiele / Leibesübungen, Fudbalski klub, Associazione Calcio / Sportiva,
# Spielvereinigung, Turn- und Sport, Ballspielverein: a lexicon of the forms, as
# `_LEGAL_FORMS` is of companies'. Letters other things share are left out ("SG", "RB").
_CLUB_FORMS = frozenset({"FC", "SC", "SV", "SK", "TSV", "VfB", "VfL", "FK", "AC", "AS",
                         "SpVgg", "TuS", "BV"})
# A club's name after its form is a word or two ("FC Bayern München").
_CLUB_WORDS = 2


def club_names(doc: Doc) -> list[Span]:
    """A sports club's name after its abbreviated form: "der FC Arsenal", "beim SK Sturm".
    The form says the capitalized word after it is the club's registered name, made of a
    town or of ordinary words as often (Arsenal, Sturm, Austria): it is no vocabulary there.
    A second word joins it where no noun lexicon lists it ("FC Bayern München"; not
    "Wiedergutmachung" in "gegen die SV Ried Wiedergutmachung")."""
    spans = []
    for token in tokens_with(doc, "ORTH", _CLUB_FORMS, 0, -1):
        end = token.i + 1
        while (end < len(doc) and end - token.i <= _CLUB_WORDS and doc[end].is_alpha
               and _capitalized(doc[end])
               and (end == token.i + 1 or not in_noun_lexicon(doc[end]))):
            # The name's second word is a name too ("FC Bayern München"); a noun the
            # lexicons list after the name is the sentence's ("gegen die SV Ried
            # Wiedergutmachung").
            end += 1
        if end > token.i + 1:
            spans.append(Span(doc, token.i, end, label="ORG"))
    return spans


def standings_names(doc: Doc) -> list[Span]:
    """A team with its points in brackets: "Arsenals (6 Punkte/9:10 Tore) Ausgangslage",
    "vor Chelsea (10 Punkte)". A report of a table gives each competitor's points so; a
    common noun in running prose gets its number before it ("mit sechs Punkten"). The word
    right before a bracket opening with a number and "Punkt(e)", which the bracket's end or
    the next figure of the table follows ("/9:10 Tore", ", 9:10 Tore"), is the team's name;
    not a bracket with a clause ("(12 Punkte fehlen)")."""
    spans = []
    for bracket in tokens_with(doc, "ORTH", ("(",), 1, -3):
        token, number, points = doc[bracket.i - 1], doc[bracket.i + 1], doc[bracket.i + 2]
        if (token.is_alpha and _capitalized(token)
                and number.like_num and points.lower_ in ("punkt", "punkte")
                and doc[token.i + 4].text in (")", "/", ",", ";")):
            spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return spans


def _code(word: Token) -> bool:
    """Whether a word is a model's or a project's code: digits and capitals ("7-X", "A380",
    "S7")."""
    text = word.text
    return any(c.isdigit() for c in text) and any(c.isupper() for c in text)


def coded_names(doc: Doc) -> list[Span]:
    """A bare noun before a code of digits and capitals is the first word of a name:
    "die Versuchsanlage Wendelstein 7-X", "von Falkenstein B2". A singular common noun takes
    an article; with one it is the kind the code names ("das Bedienkonzept 3D-Touch", "die
    Branchenmesse E3") and stays vocabulary. Not after "als", which sets a role before its
    bearer ("als Passwort Pr0d1"). At a sentence's start the bare noun is the name's too
    ("Wendelstein 7-X ist ..."), though a heading may set a kind there bare ("Modell PM3a
    stellt ..."), whose example is then lost."""
    spans = []
    for token in tokens_with(doc, "TAG", ("NN",), 0, -1):
        before = doc[token.i - 1] if token.i else None
        if (_capitalized(token) and token.is_alpha
                and _code(doc[token.i + 1])
                and (before is None or before.tag_ not in _NOMINALIZERS
                     and before.text.lower() != "als")):
            spans.append(Span(doc, token.i, token.i + 2, label="OTH"))
    return spans


def _model_number(word: Token) -> bool:
    """Whether a word is a model's number: digits and letters ("12s", "6P", "S7", "A380"), or
    a number of one or two digits. The tokenizer may leave a sentence's full stop on it
    ("das Switch 12S. Je nach ..."), and the sentence unsplit."""
    text = word.text.removesuffix(".")
    if not any(c.isdigit() for c in text) or not text.isalnum():
        return False
    return any(c.isalpha() for c in text) or len(text) <= 2


def product_names(doc: Doc) -> list[Span]:
    """An English noun with a model's number after it names a product: "das Switch 12s",
    "zum Nexus 6", "die Galaxy S7". German counts its own nouns by a number after them
    ("Artikel 5", "Runde 3", "Kapitel 2"), but a noun English uses clearly more than German,
    followed by its model's number, is a brand's name for one device, the way firms name
    their products in English; the noun is no card there."""
    spans = []
    for token in tokens_with(doc, "TAG", ("NN",), 0, -1):
        if not token.is_alpha or not _capitalized(token):
            continue  # the next word is read only for a noun's
        after = doc[token.i + 1]
        if _model_number(after) and _english(token, _LEANING_MARGIN):
            spans.append(Span(doc, token.i, token.i + 2, label="OTH"))
    return spans


# German's basic colour terms (Berlin and Kay's eleven, and the loans German declines as its
# own or leaves undeclined), the words that gloss a trade name of a colour.
_COLOURS = frozenset({"schwarz", "weiß", "rot", "grün", "gelb", "blau", "braun", "grau",
                      "rosa", "orange", "lila", "violett", "pink", "beige", "türkis", "silber",
                      "silbern", "gold", "golden"})


def colour_names(doc: Doc) -> list[Span]:
    """A noun glossed by a colour in parentheses is a trade name of that colour: "die Farben
    Aluminium, Graphite (schwarz) und Frost (weiß)". Firms name a product's colours by a
    material or a mood, often in English, and a German text glosses the name by the colour
    it stands for; German names its own colours by their adjective or its noun (Schwarz,
    ein dunkles Grün), which needs no gloss. The noun is no card there ("Graphite" is no
    plural of Graphit, nor "Frost" the weather)."""
    spans = []
    for token in tokens_with(doc, "TAG", ("NN", "NE"), 0, -3):
        if doc[token.i + 1].text != "(":
            continue  # the next words are read only for a noun's before a bracket
        if (_capitalized(token) and token.is_alpha and doc[token.i + 3].text == ")"
                and doc[token.i + 2].text in _COLOURS):
            spans.append(Span(doc, token.i, token.i + 1, label="OTH"))
    return spans


def _colour_plural(text: str) -> bool:
    """Whether a capitalized word is a colour adjective's (or a pair of colours') plural
    made a noun: "Violetten", "Roten", "Schwarz-Weißen"."""
    if not text[:1].isupper() or not text.endswith("en"):
        return False
    parts = text[:-2].split("-")
    return all(part.isalpha() and part.lower() in _COLOURS for part in parts)


def colour_nicknames(doc: Doc) -> list[Span]:
    """A colour adjective's plural made a noun after the plural definite article: "die
    Violetten" (FK Austria Wien), "die Schwarz-Weißen" (Sturm Graz), "den Roten" (the
    Social Democrats). German reports name a club by its jersey and a party by its colour
    this way; the tagger lemmatizes the word to a noun ("Violette", glossed "the violet")
    or to the plain colour adjective, and neither is what the sentence says. Not before a
    capitalized word, where the colour is an attribute of a longer name ("der Weißen Wand",
    "des Roten Kreuzes"). The people
    a skin colour names ("bei den Weißen") are read as a name as well: measured, no card
    over the 600 articles has such an example (see docs/vocabulary.md, names32)."""
    spans = []
    texts = token_texts(doc)
    for i in range(1, len(doc)):
        if not _colour_plural(texts[i]):
            continue
        token, article = doc[i], doc[i - 1]
        if article.tag_ != "ART" or article.lower_ not in ("die", "den", "der"):
            continue
        after = _next(token)
        if after is not None and _capitalized(after) and after.is_alpha:
            continue
        spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return spans


# A law's title: a feminine noun in -ung, -heit, -keit or -schaft in its plural, a hyphen, and a
# law's kind ("Bezirkshauptmannschaften-Gesetz", "Versammlungen-Novelle").
_LAW_TITLE = re.compile(r"[A-ZÄÖÜ][^\W\d_]*(?:ungen|heiten|keiten|schaften)-"
                        r"(?:Gesetz|Novelle|Verordnung)(?:es|s|en|e)?")


def law_titles(doc: Doc) -> list[Span]:
    """A law named by its title: "des niederösterreichischen Bezirkshauptmannschaften-
    Gesetzes". German joins a noun in -ung, -heit, -keit or -schaft to the next one by the
    linking s ("Gesellschaftsrecht", "Wohnungsgesetz"); its plural before a hyphen and a
    law's kind is no compound the language forms but the title a legislature gives the
    law, naming what it rules in the plural. A law named by an abbreviation
    ("PHC-Gesetz") or a compound German forms ("Ärztegesetz") stays vocabulary."""
    return [Span(doc, token.i, token.i + 1, label="OTH")
            for token in tokens_with(doc, "TAG", ("NN", "NE")) if _LAW_TITLE.fullmatch(token.text)]


def english_plural_names(doc: Doc) -> list[Span]:
    """An English plural in -s right after the plural definite article, that no German noun
    lexicon lists and English uses clearly more than German: a team's or a group's nickname
    ("die Gunners", "den Pelicans", "die Reps"). A German text borrows English nouns one by
    one, and a loan word is listed or written as German writes it ("die Fans", "die
    Tweets"); a genitive singular in -s comes after "des" ("des Fingerprints")."""
    spans = []
    for token in tokens_with(doc, "POS", _NOUNS, 1):
        text = token.text
        if not text.endswith("s"):
            continue  # the word before is read only for a noun's in -s
        before = doc[token.i - 1]
        if (before.tag_ == "ART" and before.text.lower() in ("die", "den")
                and token.pos_ in _NOUNS and token.is_alpha and _capitalized(token)
                and text.endswith("s") and not text.isupper()
                and not in_noun_lexicon(token) and _english(token, _LEANING_MARGIN)):
            spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return spans


# Kinds of organisation a company's or a group's name goes before, in the order English and
# company names use ("der Funke Mediengruppe", "die Kernstein Holding").
_COMPANY_KINDS = ("Gruppe", "Konzern", "Verlag", "Bank", "Holding", "Institut", "Verband",
                  "Stiftung", "Verein", "Zentrum")


def names_before_kinds(doc: Doc) -> list[Span]:
    """A bare singular noun between an article and a noun of an organisation's kind names
    the organisation: "der Funke Mediengruppe", "bei der Kernstein Holding". German joins a
    common noun to the noun after it in one compound, and puts a bare noun after another
    only in apposition ("die Stadt Wien", "ein Glas Wasser"), the kind first; a kind after
    a bare noun is a name's, in the order company names take."""
    spans = []
    for token in tokens_with(doc, "TAG", ("NN",), 1, -1):
        if not token.is_alpha or token.text != token.lemma_:
            continue
        kind, before = doc[token.i + 1], doc[token.i - 1]
        if (before.tag_ in ("ART", "APPRART") and kind.tag_ == "NN"
                and _capitalized(kind) and _work_kind(kind.lemma_, _COMPANY_KINDS)):
            spans.append(Span(doc, token.i, kind.i + 1, label="ORG"))
    return spans



def _names_a_person(noun: str) -> bool:
    """Whether German Wiktionary lists a feminine form in -in of the noun, or of its head
    ("Gastgeberin", "Titelverteidigerin": Verteidigerin): German forms one for the nouns
    that name a person by a role, and a role, not an institution's kind, is what it sets bare
    before a name ("Gastgeber Russland", "Minister Wrobelski")."""
    if nouns.is_noun(noun + "in"):
        return True
    head = _head_noun(noun)
    return head is not None and nouns.is_noun(head + "in")


def _head_noun(word: str) -> str | None:
    """The longest last part of a compound that the noun lexicon lists."""
    return next((head for head in nouns.last_parts(word) if nouns.is_noun(head)), None)


def seat_names(doc: Doc) -> list[Span]:
    """Institutions named by their kind and their seat, where the recognizer did not find
    them: a noun right before a place German Wiktionary lists ("laut Verkehrsclub
    Wrobelsdorf", "an den Festspielen Wrobelsdorf"). German sets a place bare after a noun
    only in apposition, where the two name one thing; which it is, the noun's form says:

    - a masculine or neuter count noun in the singular with no article ("laut Sportverein
      Tirol"): such a noun takes an article as a common noun, and stands bare only in a name
      or as a person's role ("Gastgeber Russland", `_names_a_person`), which stays
      vocabulary; feminine nouns stand bare as abstract ones do ("Richtung Wien");
    - a plural after a preposition and the definite article ("mit den Festspielen
      Wrobelsdorf", "an den Casinos Austria"): the one institution a plural names.

    Not where a verb follows the place: there the place is an object of its own ("mit den
    Kindern Wien verlassen"); nor where a capitalized word or a number does, which makes the
    place a first name or part of a longer name ("Minister Wladimir Putin", "Hannover 96");
    nor before "und" or "oder", where the noun is the kind of each place in a list ("mit
    Zielland Kärnten oder Tirol"): an institution has one seat.
    Not a place that is a first name too. Both words are the name (ORG), and neither is
    vocabulary there.
    """
    spans = []
    for token in tokens_with(doc, "TAG", ("NN",), 0, -1):
        if not token.is_alpha or not _capitalized(token) or token.text.isupper():
            continue  # the next word is read only for a capitalized noun's
        place = doc[token.i + 1]
        if (not place.is_alpha or not is_place(place.text)
                or place.text in first_names()):
            continue
        after = _next(place)
        if after is not None and (after.tag_.startswith("V") or after.tag_ == "KON"
                                  or after.text == "-" or _capitalized(after) and after.is_alpha
                                  or after.like_num):
            continue
        before = doc[token.i - 1] if token.i else None
        if before is None or before.tag_ not in BEFORE_COMMON_NOUN_TAGS:
            named = (token.text == token.lemma_ and masculine_or_neuter_count_noun(token.text)
                     and not _names_a_person(token.text))
        else:
            # A form other than its lemma after "die", "den" or "der" is a plural: German
            # writes a singular there as its lemma (a weak noun's "-en" aside).
            named = (token.text != token.lemma_ and before.tag_ == "ART"
                     and before.text.lower() in ("die", "den", "der")
                     and before.i > 0 and doc[before.i - 1].tag_ == "APPR")
        if named:
            spans.append(Span(doc, token.i, place.i + 1, label="ORG"))
    return spans


def undeclined_genitive_names(doc: Doc) -> list[Span]:
    """A noun named as it is, undeclined after "des", with the place after it if one
    follows: "die Errichtung des Weltmuseum Wien", "die Journalistin des Kurier"
    (`_undeclined_genitive`). Whatever follows, the bare form marks the name ("des
    Weltmuseum Wien eröffne"): no verb can take the place for its object there."""
    spans = []
    for token in tokens_with(doc, "TAG", ("NN",), 1):
        if (not token.is_alpha or not _capitalized(token)
                or not _undeclined_genitive(doc[token.i - 1], token)):
            continue
        after = _next(token)
        if after is not None and after.is_alpha and is_place(after.text):
            spans.append(Span(doc, token.i, after.i + 1, label="ORG"))
        elif after is None or not (_capitalized(after) and after.is_alpha):
            # Before another noun the bare word is an attribute German does not decline
            # ("des Ingolstädter Trainers"), or a longer name's first word.
            spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return spans


def _undeclined_genitive(article: Token, noun: Token) -> bool:
    """Whether a masculine or neuter count noun stands after "des" without its genitive
    ending: "die Errichtung des Weltmuseum Wien". German declines such a noun there ("des
    Museums", "des Vereins") but leaves a name as it is named, so the bare form marks the
    noun and the place after it as one name. Not a noun ending in a sibilant, whose genitive
    German may leave bare ("des Index"), nor a loan English uses too (wordfreq: Zipf ≥ 3),
    which German may leave bare as it does in English ("des Punk", "des Jazz")."""
    return (article.tag_ == "ART" and article.text.lower() == "des"
            and noun.text == noun.lemma_ and not noun.text.endswith(("s", "x", "z", "ß"))
            and masculine_or_neuter_count_noun(noun.text)
            and wordlists.zipf_frequency(noun.text.lower(), "en") < _ENGLISH_ZIPF)


# A web address's host: its last label before the top-level domain is the site's own name
# ("www.rauchfrei.at", "kurier.at"); a second-level category ("gv", "co", "ac", "or":
# "help.gv.at") is skipped for the label before it.
_DOMAIN = r"\.(?:(?:gv|co|ac|or)\.)?(?:at|de|ch|com|org|net|eu|info|tv)\b"
_WEB_ADDRESS = re.compile(r"(?<![\w@])(?:https?://)?(?:[a-z0-9-]+\.)*?([a-z0-9-]+)" + _DOMAIN,
                          re.IGNORECASE)
# How every web address ends: a text without such an ending holds none, and is not searched
# from every word on as `_WEB_ADDRESS` is (most texts have none; 8 of 100 gnad articles do).
_DOMAIN_END = re.compile(_DOMAIN, re.IGNORECASE)
# A label shorter than this is an abbreviation as often as a word ("orf", "apa").
_SITE_NAME_LETTERS = 4


def web_address_names(doc: Doc) -> list[Span]:
    """A word that spells a web address's site name given in the same text: "Informationen
    unter www.rauchfrei.at und beim Rauchfrei-Telefon", "kurier.at ... die Onlinemedien des
    Kurier". The address says the word names the site and the service or medium behind it,
    as a name, not the common word its letters also spell; a hyphenated compound whose first
    part it is names the same service ("Rauchfrei-Telefon"). Only a word written with a
    capital, outside every name already found, and not the address itself."""
    text = doc.text
    if not _DOMAIN_END.search(text):
        return []
    sites = {match.group(1).lower() for match in _WEB_ADDRESS.finditer(text)}
    sites = {site for site in sites if len(site) >= _SITE_NAME_LETTERS and site.isalpha()}
    if not sites:
        return []
    spans = []
    for token in doc:
        if (token.ent_type_ or not _capitalized(token) or token.like_url
                or not token.text.replace("-", "").isalpha()):
            continue
        if token.text.lower() in sites or token.text.split("-")[0].lower() in sites:
            # OTH, not ORG: a compound the recognizer reads as an organisation alone is
            # carded as an institution's generic name ("die Tagesschau" would be).
            spans.append(Span(doc, token.i, token.i + 1, label="OTH"))
    return spans


# Kinds of newspaper German names after the town it is printed in, with a place's adjective in
# -er: "der Kölner Stadt-Anzeiger", "die Salzburger Nachrichten", "die Wiener Zeitung". The
# last part of a compound counts ("Stadt-Anzeiger", "Tageszeitung").
_NEWSPAPER_KINDS = ("Anzeiger", "Kurier", "Bote", "Rundschau", "Tagblatt", "Volksblatt",
                    "Merkur", "Morgenpost", "Abendblatt", "Nachrichten", "Zeitung", "Presse")


def _place_adjective(word: Token) -> bool:
    """Whether a capitalized word in -er is the adjective of a place German Wiktionary lists
    only as a place ("Kölner": Köln, "Salzburger": Salzburg)."""
    text = word.text
    return (text[:1].isupper() and text.endswith("er") and text.isalpha()
            and is_place(text[:-2]))


def newspaper_names(doc: Doc) -> list[Span]:
    """A newspaper named by the town it appears in and a newspaper's kind, after the definite
    article: "des Kölner Stadt-Anzeigers", "den Salzburger Nachrichten" (`_NEWSPAPER_KINDS`).
    With the definite article the pair is one paper, named so: a paper of that town that is
    one of several takes the indefinite ("eine Wiener Zeitung"). A place's adjective before
    other nouns is ordinary German ("der Grazer Bürgermeister", "Tiroler Speck"), and by the
    adjective alone names17 and names24 found three words for each name; the newspaper's
    kind tells them apart. The kind is read from the text too, as the tagger cuts
    "Nachrichten" to its singular."""
    spans = []
    for token in tokens_with(doc, "POS", _NOUNS, 2):
        if not _capitalized(token) or token.ent_type_:
            continue
        adjective = doc[token.i - 1]
        if (_after_definite_article(adjective) and _place_adjective(adjective)
                and (_work_kind(token.lemma_, _NEWSPAPER_KINDS)
                     or _work_kind(token.text, _NEWSPAPER_KINDS))):
            spans.append(Span(doc, adjective.i, token.i + 1, label="ORG"))
    return spans


def spelled_names(doc: Doc) -> list[Span]:
    """Every span the rules above find."""
    return [*capitalized_article_titles(doc), *capitalized_preposition_titles(doc),
            *capitalized_word_names(doc), *listed_titles(doc),
            *kind_appositions(doc), *institution_names(doc), *genitive_institutions(doc),
            *bracketed_institutions(doc),
            *english_names(doc), *english_pairs_before_hyphen(doc),
            *english_open_compounds(doc), *dateline_places(doc), *quoted_titles(doc),
            *legal_form_names(doc), *club_names(doc), *standings_names(doc),
            *coded_names(doc), *product_names(doc), *colour_names(doc),
            *programme_guide_titles(doc), *english_plural_names(doc), *names_before_kinds(doc),
            *colour_nicknames(doc), *law_titles(doc), *surname_particle_names(doc),
            *seat_names(doc), *undeclined_genitive_names(doc), *web_address_names(doc),
            *newspaper_names(doc)]


# Articles that follow the Dutch and Flemish "van" in a surname ("van der", "van den", "van de").
_VAN_ARTICLES = frozenset({"der", "den", "de"})


def surname_particle_names(doc: Doc) -> list[Span]:
    """A surname with the Dutch or Flemish particle "van": "Alexander Van der Bellen", "van
    Eyck". German has no word "van", so the capitalized word after it, or after "van der",
    "van den", "van de", is a surname however the tagger reads it ("Bellen", a dog's
    barking, as a noun). The particle is capitalized when the name starts without a first
    name ("grinst Van der Bellen"), so "Van" counts before an article; alone, only the
    lower-case "van" (Van is a Turkish town and lake as well). German's own "von der" is a
    preposition far more often ("von der Regierung") and is left to the recognizer. The span
    takes in a person's name the recognizer found right before it ("Alexander")."""
    spans = []
    for token in tokens_with(doc, "LOWER", ("van",), 0, -1):
        end = token.i + 1
        if doc[end].text in _VAN_ARTICLES and end + 1 < len(doc):
            end += 1
        elif token.text != "van":
            continue
        surname = doc[end]
        if not (_capitalized(surname) and surname.is_alpha):
            continue
        start = token.i
        person = token if token.ent_type_ == "PER" or not token.i else doc[token.i - 1]
        if person.ent_type_ == "PER":
            start = next(ent.start for ent in doc.ents if ent.start <= person.i < ent.end)
        spans.append(Span(doc, start, end + 1, label="PER"))
    return spans


# Not names._unlisted_noun, which counts a compound of listed nouns as listed: here such a
# compound is just what a name made for one thing looks like ("Welt" + "Museum").
def _unlisted_noun(token: Token) -> bool:
    """Whether a capitalized noun is one no noun lexicon lists, in its form or its lemma:
    a compound made for the one thing it names ("Weltmuseum")."""
    return (token.tag_ == "NN" and token.is_alpha and _capitalized(token)
            and not token.text.isupper() and nouns.entry(token.text) is None
            and nouns.entry(token.lemma_) is None)


def names_again(doc: Doc) -> list[Span]:
    """A noun no lexicon lists, written again in a text that used it inside a name: "bei
    der Errichtung des Weltmuseum Wien ... die Flächen des Weltmuseums". A text names one
    institution by the same words each time, the whole name first and its head alone
    after; a compound no lexicon lists is most likely coined for that one institution, and
    every use of it in the text is the name. A noun the lexicons list ("Museum",
    "Landesgericht") is a common noun as well and stays vocabulary outside the name. Only
    institutions' and other names (ORG, OTH), not persons' or places'."""
    named = {token.lemma_ for ent in doc.ents if ent.label_ in ("ORG", "OTH")
             for token in ent if _unlisted_noun(token)}
    if not named:
        return []
    return [Span(doc, token.i, token.i + 1, label="ORG") for token in doc
            if not token.ent_type_ and token.lemma_ in named and _unlisted_noun(token)]


def add_names(doc: Doc, spans: Iterable[Span]) -> Doc:
    """`doc.ents` with the spans added; where one overlaps a recognized name, the longer
    stays."""
    spans = list(spans)
    if spans:
        doc.ents = filter_spans([*doc.ents, *spans])
    return doc


class TitleNames:
    """Adds the names spelling marks to `doc.ents`; see the module's docstring."""

    def __call__(self, doc: Doc) -> Doc:
        doc = add_names(doc, spelled_names(doc))
        return mark_foreign(add_names(doc, names_again(doc)), english_stretches(doc))


@Language.factory("title_names")
def make_title_names(nlp: Language, name: str) -> TitleNames:
    return TitleNames()
