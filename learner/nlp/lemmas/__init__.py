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

- Dictionary forms (issue 12). A participle used as an adjective that means only its verb
  carries the verb in `token._.participle_of` (the lemma stays the participle, as UD has it),
  unless the lexicons show an adjective of its own; a participle whose verb German never writes
  is the adjective ("hochverehrt"); a past tense HanTa read as a participle in a sentence with
  no finite verb is the verb; a zu-infinitive loses its zu; a plural HanTa's lexicon lists as a
  lemma gets its singular; a compound cut off in a coordination ("und -vermeidung") is rebuilt
  from its partner.
- Dictionary forms, fourth round (issue 12). A compound on a plural with a sense of its own
  keeps the plural ("Nutzerdaten", not "Nutzerdatum"); a case form in -leute is the -mann
  noun (Landsleuten: Landsmann); a language written without ending is its own noun
  (Bosnisch); a participle after a reflexive full verb is its predicative adjective ("zeigte
  sich entsetzt"); the last word of a subordinate clause with no finite verb is that verb
  ("..., der den Ball vertändelte,").
- Dictionary forms, sixth round (issue 12). A hyphenated compound's case form is its last
  part's noun ("E-Mail-Servers"); a compound on an adjectival noun takes its weak form (der
  Bundesbeamte); a preposition or particle adverb that ends a main clause is its verb's
  particle (aufschlüsseln); a word spelt as an infinitive after sein alone is an adjective
  ("sind so vermessen"); a nominalized comparative is its adjective (Freundlicheres:
  freundlich); a capitalized bare -isch word inside a sentence is a language (Albanisch); the
  last word after a modal or werden is their infinitive (angeloben); a strong participle is
  not a weak verb's (geborgen: bergen).

- Dictionary forms, seventh round (issue 12). A compound the tagger cut keeps the listed noun
  its written last part is (Kopfhörerbuchse, not "Kopfhörerbuch"); a lower-case superlative
  HanTa holds as a place adjective is its adjective's (höchster: hoch); a guessed past tense
  read as an adjective in a verbless clause is the verb (narrte: narren); a word Wiktionary
  defines by the case it governs is a preposition (vonseiten); a later finite verb that is a
  participle leaves the clause's particle to the first (schüttet ... aus); a capitalized
  imperative inside a clause is a noun or a name.
- Dictionary forms, seventh round (issue 12; names7). A noun of its own that starts with a
  listed noun but is none of its forms keeps its letters (das Rauschen, not der Rausch); a strong
  participle HanTa's lexicon lacks as written is its verb's where the lexicon has the verb
  (zusammengebissen: zusammenbeißen); a clause-final verb HanTa reads as a noun is attested
  by its weak participle (taktet: takten, getaktet).
- Dictionary forms, eighth round (issue 12; forms10). A clause-final participle that HanTa's
  lexicon also reads as finite, in a subordinate clause with no finite verb, is that verb
  ("was die Kosten anbelangt"); a participle after an adverbial of manner ("wild
  wuchernde", "entsprechend modifizierte") and a stative passive with its verb's complement
  ("mit 10.000 Euro dotiert ist") are their verb's, where the lexicons show no adjective of
  its own.
- English in German text (issue 12; english). An English noun the tagger cut to a German one
  ("Charger": die Charge) keeps its letters where it is none of the German noun's forms nor
  any listed noun's (`english_written_form`).
- Dictionary forms, ninth round (issue 12; forms12). A noun Wiktionary lists only in the
  plural, ten times as common as the singular whose plural it spells, is the lemma (die
  Tropen, not der Tropus); the noun as written beats a lemma cut from it that only Wikidata
  lists (das Epos, not "Epo"); a form that is one noun's nominative plural and another's
  dative plural alone is the first's outside a dative phrase ("seine Initialen": die
  Initiale); a nominalized infinitive the guesser cut keeps its -n (das Scharfmachen); an
  undeclined word before a finite auxiliary is a participle only if shaped like one
  ("Demgemäß werden ...": an adverb), and a predicate only beside a copula of its own clause
  ("Erfahrungsgemäß dauert es lange, bis ... ist"), werden with an infinitive being none; a
  present participle after its bare object is its verb's ("Aufsehen erregende": erregen).
- Dictionary forms, tenth round (issue 12; forms15). An agent noun in -er is checked against
  every listed last part (Regierungs|ämter, not Regierung|samt); an inseparable weak verb
  HanTa holds only as adjective, second in a verbless clause before its subject, is the
  finite verb ("Das verdutzt die Gäste"); a participle that is its sentence's only verb form
  is a state ("Karten: ausverkauft"); a Wiktionary definition whose senses are all obsolete
  makes no adjective (fahrend); a passive's agent may end in a parenthesis ("Stöger (SPÖ)
  ersehnte").
- Dictionary forms, eleventh round (issue 12; forms17). A verb HanTa reads alone only as a
  noun's plural is attested by its third person (grenzen: grenzt); an infinitive first before
  lassen is the verb ("Überreden ließ sich ..."); an adjective German never declines before a
  genitive phrase is a preposition (vorbehaltlich); a plural left as its lemma where no neuter
  singular fits is its noun's (mit konkreten Ansagen: Ansage), and a Latin plural in -a its
  -um noun's (Pharmazeutika); a hyphen for the linking s is joined
  (Authentifizierungsmethode); a noun a lexicon lists as written, or before its genitive -s,
  beats a cut lemma no lexicon knows (Rechtshilfeersuchens); a form of two nouns is the one
  whose usual plural it is (Steuerpraktiken: Praktik).
- Dictionary forms, thirteenth round (issue 12; forms23). A particle ending in zu (dazu-,
  hinzu-, herzu-) keeps its zu where the verb the cut leaves is none German writes
  (dazukommen, not "dakommen"), or where a modal or werden governs the word, which take no
  zu-infinitive ("wird ... hinzutreten"); a particle verb on a verb in ge- is no participle
  where its finite form is a word (zugestehen, "der ... zugesteht", hingehören); a noun in -e
  of its own is no other noun's old dative outside the set phrases that keep it ("mit
  Rinde": die Rinde; "im Falle", "zu Buche"); a hyphenated compound's short last part
  Wiktionary lists is kept (Oriental-Pop); a sentence's first word read as a noun is the
  finite verb of a verb-first clause before its main clause ("Dominierten ..., so ist").
- Nominalized infinitives (issue 12; infinitives25). A noun that is only its verb's
  infinitive, which no lexicon lists as a noun of its own ("das Aktivieren"), carries the verb
  in `token._.infinitive_of`, and its card is the verb's (`plain_infinitive_verb`); the tags
  stay the noun's.
- Dictionary forms from seeds 87 and 88 (issue 12; forms28). A nominalized infinitive HanTa
  read as a case form its noun lacks is the infinitive (das Jammern, not der Jammer); a bare
  plural of a noun written more often than the form is that plural (Kappen: Kappe); a
  predicate after "und" before an article, read finite too, is the conjunct's verb ("und
  hinterfragt etwa die ..."); a strong past two verbs share is the commoner one's where
  Wiktionary names it as a sense of the other (abwog: abwägen).
- Dictionary forms from seeds 91 and 92 (issue 12; forms30). A bare Wikidata lexeme does not
  make a nominalized infinitive a noun of its own (das Anerkennen: anerkennen); a compound's
  head as written is the noun more listed compounds end in (Taekwondo-Halle, not der Hall);
  a noun + verb in -en whose stem + -er is a listed agent noun is no plural (das Steuerzahlen:
  der Steuerzahler); an attributive participle of a rare verb Wiktionary defines is the verb's
  (zusammengepfercht).
- Dictionary forms from seeds 93 and 94 (issue 12; forms32). HanTa's NN reading makes a
  nominalized infinitive a noun of its own only where wordfreq knows its genitive (das
  Wegwerfen: wegwerfen); a nominalized adjective + werden/sein (das Bekanntwerden) makes no
  card (`adjective_and_copula`).

Names are the next component's concern (`learner.nlp.names`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from learner.lexicon import definitions, nouns, pronunciations
from learner.nlp.lemmas.checks import checked_lemma
from learner.nlp.lemmas.clauses import clause_around
from learner.nlp.lemmas.lookups import listed_verb, past_participle_shaped, zipf_sum
from learner.nlp.lemmas.nominalized_infinitives import (
    action_only_definition,
    adjective_and_copula,
    listed_beyond_lexeme,
    plain_infinitive_verb,
)
from learner.nlp.lemmas.noun_forms import (
    adjectival_head,
    classical_singular,
    english_written_form,
    hyphenated_case_form,
    infinitive_read_as_other_noun,
    listed_written_form,
    noun_lemma,
    plural_lemma,
    plural_only_compound,
    singular,
    undeclined_adjective_noun,
    wiktionary_singular,
    with_linking_s,
)
from learner.nlp.lemmas.noun_phrases import (
    NEUTER_DETERMINERS,
    determiner_of,
    listed_as_noun,
    old_dative_noun,
    plural_phrase,
)
from learner.nlp.lemmas.participle_phrases import (
    COPULAS,
    gerundive_verb,
    participle_auxiliary,
    verbal_past_participle,
    verbal_present_participle,
)
from learner.nlp.lemmas.participles import (
    participle_verb,
    past_participle_infinitive,
    strong_participle_verb,
    written_in_degree,
)
from learner.nlp.lemmas.spelling import (
    hyphenated_text_case,
    modern_ss,
    orthography,
    sentence_initial,
    text_case,
)
from learner.nlp.lemmas.verb_forms import ge_verb_read_as_participle, infinitive, mixed_verb
from learner.nlp.lemmas.verb_tags import (
    relemmatize_raised_vowel_verbs,
    retag_capitalized_verbs,
    retag_clause_final_verbs,
    retag_clause_initial_finite_verbs,
    retag_finite_verbs_read_as_adjectives,
    retag_finite_verbs_read_as_adjectives_before_articles,
    retag_finite_verbs_read_as_predicates_after_conjunctions,
    retag_gerundive_nouns,
    retag_governed_infinitives,
    retag_guessed_plural_verbs,
    retag_infinitives_read_as_participles,
    retag_participles_read_as_finite_verbs,
    retag_particle_auxiliaries,
    retag_particle_infinitives_read_as_zu,
    retag_past_tense_read_as_participles,
    retag_predicative_infinitives,
    retag_predicative_participles,
    retag_stative_participles,
    retag_stranded_prepositions,
    retag_subjects_read_as_attributes,
    retag_topicalized_infinitives,
    retag_unattested_participle,
    retag_verbs_of_verbless_main_clauses,
)
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
from learner.nlp.sentences import sentence_bounds
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
    for token in doc:
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
    for token in doc:
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
    for token in doc:
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
    for token in doc:
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
    for token in doc:
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
    for token in doc[:-1]:
        # Both readings need a noun phrase to start right after the word (an ADJD there may be
        # a declined adjective the tagger misread: `_genitive_phrase_at`); asked first, as it
        # is cheap, before HanTa's lexicon is.
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


# `token._.participle_of`: the infinitive of the verb an adjective is the participle of, where
# the adjective means only the verb ("die eingeräumten Rechte": einräumen), else "". The lemma
# stays the participle, as UD German-GSD has it for attributive participles ("geplanten":
# geplant); a card shows the verb a learner looks up.
if not Token.has_extension("participle_of"):
    Token.set_extension("participle_of", default="")


# `token._.infinitive_of`: the verb a noun is only the nominalized infinitive of
# (`plain_infinitive_verb`: "das Aktivieren": aktivieren), else "". The tags stay the noun's, as
# UD has them; a card shows the verb.
if not Token.has_extension("infinitive_of"):
    Token.set_extension("infinitive_of", default="")


# `token._.copula_phrase`: whether that verb is an adjective and its copula written as one
# (`adjective_and_copula`: "nach Bekanntwerden der Vorwürfe", bekannt werden), which the
# vocabulary stage cards as neither noun nor verb. Judged here, where `infinitive_of` is set,
# so that the later stages read a Token attribute rather than ask HanTa.
if not Token.has_extension("copula_phrase"):
    Token.set_extension("copula_phrase", default=False)


class LexiconCheck:
    """Corrects tags and lemmas; see the module's docstring."""

    def __call__(self, doc: Doc) -> Doc:
        retag_lowercase_nouns(doc)
        retag_capitalized_verbs(doc)
        retag_clause_initial_finite_verbs(doc)
        retag_topicalized_infinitives(doc)
        retag_gerundive_nouns(doc)
        retag_particle_infinitives_read_as_zu(doc)
        retag_infinitives_read_as_participles(doc)
        retag_particle_auxiliaries(doc)
        retag_past_tense_read_as_participles(doc)
        retag_finite_verbs_read_as_adjectives(doc)
        retag_subjects_read_as_attributes(doc)
        retag_finite_verbs_read_as_adjectives_before_articles(doc)
        retag_finite_verbs_read_as_predicates_after_conjunctions(doc)
        retag_prepositions_read_as_adverbs(doc)
        retag_undeclined_adjectives(doc)
        retag_comment_adverbs(doc)
        retag_predicative_participles(doc)
        retag_stative_participles(doc)
        retag_clause_final_verbs(doc)
        retag_verbs_of_verbless_main_clauses(doc)
        retag_guessed_plural_verbs(doc)
        retag_stranded_prepositions(doc)
        retag_participles_read_as_finite_verbs(doc)
        retag_predicative_infinitives(doc)
        retag_nominalized_comparatives(doc)
        retag_nominalized_adjectives(doc)
        retag_language_nouns(doc)
        retag_governed_infinitives(doc)
        relemmatize_raised_vowel_verbs(doc)
        for token in doc:
            if not token.is_space and not token.is_punct:
                retag_unattested_participle(token)
                token.lemma_ = checked_lemma(token)
                if (token.pos_ == "ADJ" and token.lemma_.islower()
                        and not written_in_degree(token)):
                    token._.participle_of = (participle_verb(token.lemma_,
                                                             token.tag_ == "ADJA")
                                             or gerundive_verb(token)
                                             or verbal_present_participle(token)
                                             or verbal_past_participle(token))
                if (token.pos_ == "NOUN" and token.text in (token.lemma_, token.lemma_ + "s")
                        and not plural_phrase(token)):
                    # The nominative or genitive of a plain nominalized infinitive ("das
                    # Aktivieren", "des Aktivierens"): its verb's card.
                    verb = plain_infinitive_verb(token.lemma_)
                    token._.infinitive_of = verb
                    if verb and adjective_and_copula(verb):
                        token._.copula_phrase = True
                rebuild_coordinated_fragment(token)
        return doc


@Language.factory("lexicon_check")
def make_lexicon_check(nlp: Language, name: str) -> LexiconCheck:
    return LexiconCheck()


__all__ = [
    "action_only_definition",
    "adjectival_head",
    "adjective_and_copula",
    "classical_singular",
    "english_written_form",
    "ge_verb_read_as_participle",
    "hyphenated_case_form",
    "hyphenated_text_case",
    "infinitive",
    "infinitive_read_as_other_noun",
    "listed_beyond_lexeme",
    "listed_verb",
    "listed_written_form",
    "mixed_verb",
    "modern_ss",
    "noun_lemma",
    "old_dative_noun",
    "orthography",
    "participle_verb",
    "past_participle_infinitive",
    "plain_infinitive_verb",
    "plural_lemma",
    "plural_only_compound",
    "retag_clause_final_verbs",
    "retag_gerundive_nouns",
    "retag_predicative_participles",
    "retag_topicalized_infinitives",
    "retag_verbs_of_verbless_main_clauses",
    "sentence_initial",
    "singular",
    "strong_participle_verb",
    "text_case",
    "undeclined_adjective_noun",
    "wiktionary_singular",
    "with_linking_s",
]
