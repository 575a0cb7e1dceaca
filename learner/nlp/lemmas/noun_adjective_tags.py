"""The passes over a Doc that correct the tags of nouns, adjectives, adverbs and prepositions:
lower-case nouns, nominalized adjectives and comparatives, languages, undeclined adjectives,
comment adverbs in -erweise, prepositions read as adverbs, and a compound cut off in a
coordination (`rebuild_coordinated_fragment`).

Reads `lookups`, `participles`, `participle_phrases`, `noun_phrases` and
`clauses`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from learner.lexicon import definitions, nouns, pronunciations
from learner.nlp.lemmas.clauses import clause_around
from learner.nlp.lemmas.lookups import past_participle_shaped, zipf_sum
from learner.nlp.lemmas.noun_phrases import NEUTER_DETERMINERS, determiner_of, listed_as_noun
from learner.nlp.lemmas.participle_phrases import COPULAS, participle_auxiliary
from learner.nlp.lemmas.participles import past_participle_infinitive
from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    GUESSED_SCORE,
    HEAD_ZIPF,
    best_reading,
    comparative_positive,
    declined_adjective_positive,
    is_guessed,
    known,
    known_first_part,
    shared_tagger,
    word_readings,
)
from learner.nlp.scan import tokens_with
from learner.nlp.sentences import sentence_bounds, sentence_initial
from learner.nlp.tags import stts_tag, upos

# HanTa's tags for the parts of speech a lower-case word tagged NN is re-read as.
_RETAG = {"ADJ(D)": ("ADJD", "ADJ"), "ADJ(A)": ("ADJA", "ADJ"), "ADV": ("ADV", "ADV")}


# A word wordfreq knows this well (once in 10 million words) that is an adjective shows
# declined forms there too: "vornehmlich" 3.87 has "vornehmliche", "quitt" 2.35 "quitten";
# "sattsam" 2.15, "demgemäß" 2.71 and "unbeschadet" 3.44 have none.
_UNDECLINED_ZIPF = 2.0


def _declined_anywhere(word: str) -> bool:
    """Whether wordfreq knows a declined form of an adjective: -e, -en, -er, -es, -em.
    Adjectives in -el and -er lose that e before an ending ("flexibel": "flexible"), and
    those in -e take the ending on it ("leise": "leisen")."""
    stems = ((word, word[:-2] + word[-1]) if word.endswith(("el", "er"))
             else (word, word[:-1]) if word.endswith("e") else (word,))
    return any(known(stem + ending) for stem in stems for ending in ADJECTIVE_ENDINGS)


def _declension_in_wiktionary(word: str) -> bool:
    """Whether German Wiktionary's inflection table declines the word: it lists every
    declined form, -e, -en, -er, -es, -em ("bitterliche", "urplötzlichem", "goldrichtiges",
    "paratem"). Wiktionary gives a word such a table only as an adjective's; an adverb has
    none ("sattsam", "gleichsam", "schwerlich"). News German writes many adjectives only
    bare, as adverbials ("bitterlich weinen", "urplötzlich", "getrost"), so wordfreq may
    have seen no declined form of an adjective (`_declined_anywhere`)."""
    return all(pronunciations.listed(word + ending) for ending in ADJECTIVE_ENDINGS)


def retag_undeclined_adjectives(doc: Doc) -> None:
    """A word tagged predicative adjective (ADJD) that German never declines, and that is no
    predicate here, is an adverb ("sattsam bekannt", "demgemäß", "unbeschadet"): every German
    adjective takes the endings -e, -en, -er, -es, -em before a noun, and wordfreq shows none
    of them for it. Words used only as predicates never decline either ("pleite",
    "imstande"), so a clause with a copula leaves the word alone; nor is a word whose
    declension German Wiktionary tabulates an adverb (`_declension_in_wiktionary`:
    "bitterlich weinen", "urplötzlich", "goldrichtig stehen"): a dictionary's adjective,
    used adverbially, which the teacher judges an adjective's card right."""
    for token in tokens_with(doc, "TAG", ("ADJD",)):
        word = token.text.lower()
        if (token.tag_ != "ADJD" or not token.is_alpha or not token.text[1:].islower()
                or word != token.lemma_.lower() or known(word) < _UNDECLINED_ZIPF):
            continue
        if (_declined_anywhere(word) or _has_copula(clause_around(token))
                or _declension_in_wiktionary(word)
                or past_participle_shaped(word) and participle_auxiliary(token)):
            # Declined, maybe a predicate, or a participle a perfect or passive makes a verb
            # form ("hatte den Ball gedroschen"). Only a word shaped like a participle: an
            # adverb put first stands right before the finite auxiliary too ("Demgemäß
            # werden die Anleger ... bezahlt"), as a subordinate clause's participle does.
            continue
        token.tag_, token.pos_, token.lemma_ = "ADV", "ADV", word


# German makes sentence adverbs of an adjective's comment on the whole statement with -erweise
# (the adjective's -er ending before "Weise": "glücklicherweise", "dummerweise").
_COMMENT_ADVERB = "erweise"


def retag_comment_adverbs(doc: Doc) -> None:
    """A word in -erweise after an adjective is a sentence adverb ("Ironischerweise kam er
    zu spät": ironisch + -erweise), whatever HanTa guessed for a word its lexicon lacks: a
    capital first in the sentence reads as a noun, cut to "Ironischerweis". Nouns on "Weise"
    take a noun or a verb stem ("Denkweise", "Bauweise"), never an adjective's -er, and an
    adjective in -erweise never declines. The stem must be one HanTa's lexicon reads first as
    an adjective, not a guess ("ironisch", "fair")."""
    for token in doc:
        word = token.text.lower()
        stem = word.removesuffix(_COMMENT_ADVERB)
        if (token.tag_ == "ADV" or not token.is_alpha or stem == word or len(stem) < 3
                or best_reading(stem) != "ADJ(D)" or is_guessed(stem)):
            continue
        token.tag_, token.pos_, token.lemma_ = "ADV", "ADV", word


def _adjective_shaped_noun(token: Token) -> bool:
    """Whether the tagger read a capitalized word with an adjective's ending as a noun: the
    shape of an adjective used as a noun ("etwas Besseres", "das Abenteuerliche")."""
    return (token.tag_ == "NN" and token.is_alpha and token.text[:1].isupper()
            and token.text.endswith(ADJECTIVE_ENDINGS))


def retag_nominalized_comparatives(doc: Doc) -> None:
    """A capitalized comparative with an adjective's ending is the adjective used as a noun
    ("etwas Freundlicheres", "Schlimmeres"), which HanTa lemmatizes to a noun no dictionary
    has ("Freundliche"). Its dictionary form is the adjective's positive (freundlich, and
    gut for "Besseres"), as HanTa's lexicon analyses the word written lower-case."""
    for token in tokens_with(doc, "TAG", ("NN",)):
        if not _adjective_shaped_noun(token) or nouns.is_noun(token.lemma_):
            continue
        positive = comparative_positive(token.lower_)
        if positive and known(positive):
            token.tag_, token.pos_, token.lemma_ = "ADJA", "ADJ", positive


def retag_nominalized_adjectives(doc: Doc) -> None:
    """A capitalized declined adjective in the neuter that no noun lexicon lists as a noun is
    the adjective used as a noun for a quality or thing ("das Abenteuerliche", "nichts
    Vergleichbares", "das Unscheinbarste"): German nominalizes any adjective so, with its
    ending, in any degree, and the word has no dictionary entry of its own, so HanTa's noun
    lemma ("Abenteuerliche", or a positive in -e for the superlative) names no word. The
    neuter shows in the strong ending -es (a nominalized masculine or feminine never takes it)
    or in a neuter determiner (das, dieses, jenes), which a second conjunct shares ("das
    Flüchtigste und Unscheinbarste"). The masculine, feminine and plural name
    people (der/die Fliehende, die Tapferen), nouns a card shows with der/die as Wiktionary
    does Abgeordnete; they stay nouns. Its dictionary form is the adjective's positive, as
    HanTa's lexicon analyses the word written lower-case (abenteuerlich, unscheinbar), where
    the lexicon reads that positive as an adjective and wordfreq knows it. Nominalized
    adjectives that became nouns (der/die Abgeordnete, Angestellte, Vorsitzende) are listed
    and stay nouns; so do participles (der Festgenommene), whose positive the lexicon reads
    as a verb form."""
    retagged: set[int] = set()
    for token in tokens_with(doc, "TAG", ("NN",)):
        if not _adjective_shaped_noun(token) or listed_as_noun(token):
            continue
        before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].tag_ == "KON" else None
        conjunct = before is not None and (before.i in retagged or (
            before.text[:1].isupper() and before.text.endswith(ADJECTIVE_ENDINGS)
            and determiner_of(before) in NEUTER_DETERMINERS))
        if not (token.text.endswith("es") or conjunct
                or determiner_of(token) in NEUTER_DETERMINERS):
            continue
        positive = declined_adjective_positive(token.lower_)
        # HanTa guesses an adjective for a compound noun it lacks ("Zeckenarten": a
        # "zeckenart" + -en), so the positive must be an adjective of its lexicon or a
        # lower-case headword of German Wiktionary (taktil); and no verb form first (a
        # participle, "festgenommen", is the verb's, and its nominalization a noun).
        if not positive or not known(positive) or best_reading(positive).startswith("VV"):
            continue
        if (any(tag.startswith("ADJ") and score > GUESSED_SCORE
                for tag, score in word_readings(positive))
                or definitions.definition(positive)):
            token.tag_, token.pos_, token.lemma_ = "ADJA", "ADJ", positive
            retagged.add(token.i)


# Marks after which German may begin a clause with a capital, as a sentence: "Pragmatisch
# sei er: ..." after a colon.
_CLAUSE_OPENERS = frozenset({":", ";", "–", "-"})


def retag_language_nouns(doc: Doc) -> None:
    """A capitalized adjective in -isch without an ending, inside a sentence and before no noun,
    is the name of a language, a neuter noun ("gefolgt von Kroatisch und Albanisch", "auf
    Türkisch"): German writes an adjective lower-case (but for the first word of a sentence,
    or of a clause after a colon), and the nominalized adjective always
    takes an ending (das Albanische). HanTa tags such words ADJD when it did not see them as
    nouns; the noun rules then card them as the language (`undeclined_adjective_noun`)."""
    for token in tokens_with(doc, "TAG", ("ADJD", "ADJA")):
        if (token.tag_ not in ("ADJD", "ADJA") or not token.is_alpha
                or not token.text[:1].isupper() or not token.text.endswith("isch")
                or sentence_initial(token) or doc[token.i - 1].text in _CLAUSE_OPENERS
                or doc[token.i - 1].is_quote):
            continue
        following = doc[token.i + 1] if token.i + 1 < sentence_bounds(token)[1] else None
        if following is not None and following.tag_ in ("NN", "NE"):
            continue
        token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.text


def _has_copula(sent) -> bool:
    """Whether a sentence has a verb that may make an adjective its predicate, of the subject
    or (machen) of the object: "etwas publik machen", "ausfindig machen", where the adjectives
    that are only predicates stand; werden only where no participle makes it the passive's
    auxiliary ("wurde ... abgelehnt") or an infinitive the future's ("wird ... weichen
    müssen")."""
    auxiliary = any(t.tag_ in ("VVPP", "VVINF", "VMINF") for t in sent)
    return any((t.lemma_ in COPULAS or t.lemma_ == "machen") and t.pos_ in ("VERB", "AUX")
               and not (auxiliary and t.lemma_ == "werden")
               # machen's participle before a noun keeps its predicate ("ein publik
               # gemachtes Schreiben").
               or t.tag_ == "ADJA" and past_participle_infinitive(t.lemma_) == "machen"
               for t in sent)


def retag_lowercase_nouns(doc: Doc) -> None:
    """A word tagged noun but written lower-case inside a sentence is no noun: German
    capitalizes every noun. It takes the tagger's best reading as an adjective or adverb
    ("einen deutsch-französischen Vertrag"), when the tagger has one. A lower-case word the
    tagger calls a name is re-read too (`_retag_lowercase_name`)."""
    for token in tokens_with(doc, "TAG", ("NN", "NE")):
        if (token.tag_ not in ("NN", "NE") or not token.is_alpha or not token.text.islower()
                or sentence_initial(token)):
            continue
        if token.tag_ == "NE":
            _retag_lowercase_name(token)
            continue
        for hanta_tag, _ in shared_tagger().tag_word(token.text):
            if hanta_tag in _RETAG:
                token.tag_, token.pos_ = _RETAG[hanta_tag]
                lemma = shared_tagger().analyze(token.text, taglevel=1)[0]
                token.lemma_ = token.text if hanta_tag != "ADJ(A)" else lemma.lower()
                break
            if hanta_tag not in ("NN", "NE", "NNA", "NNI"):
                break
        if token.tag_ == "NN":
            _retag_by_last_part(token)


# HanTa's readings that say nothing of what a lower-case word is, beside being a name.
_NAME_LIKE_READINGS = frozenset({"NN", "NE", "NNA", "NNI", "FM", "XY", "CARD"})


def _retag_lowercase_name(token: Token) -> None:
    """A lower-case word the tagger calls a name, inside a sentence, takes its best reading
    as a word: names are capitalized ("reiche Beigaben", "die Verkäufe schwächeln"). Not after
    a name, where lower-case particles belong to it ("Leonardo da Vinci"). Before a noun an
    attributive adjective reading wins. HanTa cuts the -e of adjectives whose base form ends
    in it ("valide": "valid"); the more frequent German form is kept."""
    doc = token.doc
    if doc[token.i - 1].tag_ == "NE":
        return
    readings = [tag for tag, _ in shared_tagger().tag_word(token.text)
                if tag not in _NAME_LIKE_READINGS]
    if not readings:
        return
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # German capitalizes the noun after an attributive adjective; its tag may still be wrong.
    best = ("ADJ(A)" if following is not None and following.text[:1].isupper()
            and following.is_alpha and "ADJ(A)" in readings else readings[0])
    if not (best in _RETAG or best.startswith("VV")):
        return
    lemma = shared_tagger().analyze(token.text, pos=best, taglevel=1)[0].lower()
    if (best.startswith("ADJ") and token.text == lemma + "e"
            and zipf_sum([token.text]) > zipf_sum([lemma])):
        lemma = token.text
    token.tag_ = stts_tag(best)
    token.pos_ = upos(token.tag_, lemma)
    token.lemma_ = lemma


def _retag_by_last_part(token: Token) -> None:
    """A lower-case compound the tagger knows only as a noun takes the part of speech of its
    last part, where that is an uninflected adjective or adverb and what stands before it a
    word: "ligaweit" (Liga + weit) is an adverb or adjective like "weltweit"."""
    word = token.text
    for start in range(3, len(word) - 3):
        if not known_first_part(word[:start]):
            continue
        reading = best_reading(word[start:])
        if reading in ("ADJ(D)", "ADV") and known(word[start:]) >= HEAD_ZIPF:
            token.tag_, token.pos_ = _RETAG[reading]
            token.lemma_ = word
            return


def rebuild_coordinated_fragment(token: Token) -> None:
    """A compound cut off after a conjunction takes its first part from its partner:
    "Steuerbetrug und -vermeidung" is Steuerbetrug and Steuervermeidung, so the lemma of
    "-vermeidung" is "Steuervermeidung". The partner is the noun before the conjunction; its
    first part is the longest one that is a known word (or one before a linking element) and
    leaves a known word ("Steuer" + "betrug"). Where no partner gives one, the lemma stays a
    fragment, which the vocabulary stage never makes a card."""
    text = token.text
    if not text.startswith("-") or token.pos_ != "NOUN" or not text[1:].isalpha():
        return
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].tag_ != "KON":
        return
    partner = doc[token.i - 2]
    first = _first_part(partner.text) if partner.tag_ == "NN" else ""
    if first and known(text[1:2].upper() + text[2:]) >= HEAD_ZIPF:
        token.lemma_ = first + token.lemma_.lstrip("-").lower()


def _first_part(compound: str) -> str:
    """The first part of a compound, where the rest is a known word: "Steuer" of
    "Steuerbetrug"; "" when none is."""
    for start in range(3, len(compound) - 2):
        head = compound[start:]
        if (head.isalpha() and known(head[0].upper() + head[1:]) >= HEAD_ZIPF
                and known_first_part(compound[:start])):
            return compound[:start]
    return ""


# How German Wiktionary opens the sense of a word that governs a case: a preposition's
# ("vonseiten": "mit Genitiv: von jemandes Seite"), as a verb's or adjective's.
_GOVERNED_CASE = ("mit Genitiv", "mit Dativ")
# Tags of the words that open the noun phrase a preposition governs.
_NOUN_PHRASE_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "NN", "NE", "CARD"})
_PHRASE_START_TAGS = _NOUN_PHRASE_TAGS | {"ADJD"}


def retag_prepositions_read_as_adverbs(doc: Doc) -> None:
    """A word tagged adverb right before a noun phrase is a preposition where German Wiktionary
    defines it first by the case it governs ("hieß es vonseiten der Polizei": "vonseiten, mit
    Genitiv: von jemandes Seite"): an adverb governs no case, and the noun phrase after it is
    its object. Tagged APPR (a function word, no card), as STTS tags "seitens" and "angesichts".
    A word HanTa's lexicon lacks may have been guessed as anything (vonseiten as a verb);
    the verbs and adjectives its lexicon knows ("schmeicheln", "mit Dativ: ...") stay.
    Wiktionary defines some prepositions only as the adjectives they also are
    ("vorbehaltlich": "mit Vorbehalt"); an adjective German never declines, tagged adverb
    or adjective right before a noun phrase in the genitive, governs that genitive
    (`_undeclined_adjective`): "vorbehaltlich diverser Genehmigungen", "unbeschadet eines
    Antrags"."""
    # Both readings need a noun phrase to start right after the word (an ADJD there may be a
    # declined adjective the tagger misread: `_genitive_phrase_at`): the words before one are
    # found first, as that is cheap, before HanTa's lexicon is asked. Only the word itself is
    # retagged, and what starts the phrase after it stays as found.
    for start in tokens_with(doc, "TAG", _PHRASE_START_TAGS, 1):
        token = doc[start.i - 1]
        if (token.tag_ in ("APPR", "APPRART") or not token.is_alpha or not token.text.islower()
                or doc[token.i + 1].tag_ not in _PHRASE_START_TAGS
                or token.tag_ not in ("ADV", "ADJD") and not is_guessed(token.lower_)):
            continue
        if (token.tag_ != "ADJD" and doc[token.i + 1].tag_ in _NOUN_PHRASE_TAGS
                and _governs_case(definitions.definition(token.lower_))
                or _genitive_phrase_at(doc, token.i + 1) and _undeclined_adjective(token.lower_)):
            token.tag_, token.pos_ = "APPR", "ADP"


# Determiners of the genitive alone: "des", "eines", "seines".
_GENITIVE_DETERMINERS = frozenset({"des", "eines", "keines", "meines", "deines", "seines",
                                   "ihres", "unseres", "eures"})


def _genitive_phrase_at(doc: Doc, at: int) -> bool:
    """Whether the noun phrase starting at `at` is in the genitive by its form alone: a
    determiner of the genitive only ("des Vertrags", "eines Antrags"), or, with no
    determiner, an adjective in -er before a plural ("diverser Genehmigungen"), the strong
    genitive plural (the nominative and accusative plural take -e, the dative -en)."""
    word = doc[at]
    if word.lower_ in _GENITIVE_DETERMINERS:
        # A determiner, not the pronoun "eines" ("ist zweifellos eines der Highlights").
        return word.tag_ in ("ART", "PPOSAT", "PIAT")
    # The tagger may read a declined adjective as a predicative one ("diverser": ADJD); its
    # lemma in HanTa's lexicon shows the ending.
    if (word.tag_ not in ("ADJA", "ADJD") or not word.lower_.endswith("er")
            or not declined_adjective_positive(word.lower_)):
        return False
    noun = next((t for t in doc[at + 1:at + 8] if t.tag_ not in ("ADJA", "ADJD", "KON")
                 and not t.is_punct), None)
    return noun is not None and noun.tag_ == "NN" and any(
        noun.text in n.plurals for owner in nouns.lemmas_of(noun.text)
        for n in nouns.entries(owner))


def _undeclined_adjective(word: str) -> bool:
    """Whether HanTa's lexicon reads a word as an adjective that German never declines
    (wordfreq knows none of its declined forms, and the word is its own lemma, no declined
    form itself: "diverser" is divers'): "vorbehaltlich", "unbeschadet". Right before
    a noun phrase in the genitive, such a word governs it, as a preposition does: an
    adjective takes no genitive object before an adverb's place, and an adverb that reads
    as no adjective ("gestern des Mordes angeklagt") stands before a verb's genitive."""
    return (any(tag.startswith("ADJ") for tag, _ in word_readings(word))
            and not declined_adjective_positive(word) and not _declined_anywhere(word))


def _governs_case(definition: str) -> bool:
    """Whether a Wiktionary sense opens with the case its word governs, among the labels
    before its colon: "mit Genitiv: …", or after a label of register or region ("sonst
    veraltet, mit Genitiv: in Hinsicht auf": a preposition still, only rarer). A sense that
    starts with the case counts whatever follows it ("mit Dativ (seltener Genitiv …)":
    entgegen), as before the later labels were read."""
    if definition.startswith(_GOVERNED_CASE):
        return True
    labels = definition.split(":", 1)[0].split(",") if ":" in definition else ()
    return any(label.strip() in _GOVERNED_CASE for label in labels)
