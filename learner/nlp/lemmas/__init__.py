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
from learner.nlp.lemmas.clauses import (
    clause_around,
    coordinated_clauses,
    governs_bare_infinitive,
    sentence_clauses,
)
from learner.nlp.lemmas.lookups import (
    INSEPARABLE_PREFIXES,
    attested_infinitive,
    infinitive_reading,
    lexicon_infinitive,
    listed_verb,
    participle_shaped,
    past_participle_shaped,
    weak_verb,
    zipf_sum,
)
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
    AGENT_PHRASE_TAGS,
    COPULAS,
    DETERMINER_TAGS,
    gerundive_verb,
    participle_auxiliary,
    verbal_past_participle,
    verbal_present_participle,
)
from learner.nlp.lemmas.participles import (
    ADJECTIVE_READING_MARGIN,
    participle_verb,
    past_participle_infinitive,
    quality_noun,
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
from learner.nlp.lemmas.verb_forms import (
    finite_verb_read_as_participle,
    ge_verb_read_as_participle,
    infinitive,
    infinitive_read_as_participle,
    mixed_verb,
    particle_infinitive_read_as_zu,
    raised_vowel_verb,
    shared_strong_form_verb,
)
from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    COMPOUND_SCORE,
    GUESSED_SCORE,
    HEAD_ZIPF,
    best_reading,
    comparative_positive,
    declined_adjective_positive,
    is_guessed,
    known,
    known_first_part,
    lexicon_verb,
    shared_tagger,
    word_readings,
)
from learner.nlp.sentences import sentence_bounds, sentence_of
from learner.nlp.tags import FINITE_VERB_TAGS, stts_tag, upos

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
        for later in doc[token.i + 1 : sentence_bounds(token)[1]]:
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


def relemmatize_raised_vowel_verbs(doc: Doc) -> None:
    """A present-tense form of a strong e-verb read as a rarer i-verb's (`raised_vowel_verb`)
    takes the e-verb's lemma ("Die Ärztin misst den Blutdruck": messen)."""
    for token in doc:
        if token.tag_ == "VVFIN":
            verb = raised_vowel_verb(token.text.lower(), token.lemma_)
            if verb:
                token.lemma_ = verb
        if token.tag_ in ("VVFIN", "VVPP") and token.text.isalpha():
            verb = shared_strong_form_verb(token.text.lower(), token.lemma_)
            if verb:
                token.lemma_ = verb


# Words that open a subordinate clause, which ends with its own finite verb.
_SUBORDINATOR_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAT", "PWAV"})


def retag_predicative_participles(doc: Doc) -> None:
    """A past participle after a reflexive full verb is that verb's predicative complement,
    an adjective (STTS ADJD): "zeigte sich entsetzt", "fühlt sich diskriminiert", "sieht sich
    gezwungen", "..., weil er sich benachteiligt fühlt". The pronoun is the full verb's (sich
    zeigen, sich fühlen); a participle takes one of its own only through an auxiliary ("hatte
    sich geziert"). As an adjective it is then the verb's card where it means only the verb
    (`participle_verb`: diskriminieren) and an adjective card where the lexicons show one of
    its own (entsetzt, befreundet)."""
    for token in doc:
        # A participle in -t has the letters of the third person ("entsetzt"), which HanTa
        # may tag finite; a clause has one finite verb, so after another it is the participle.
        if (token.tag_ not in ("VVPP", "VVFIN") or not token.is_alpha
                or not token.text.islower()
                or token.tag_ == "VVFIN" and not token.text.endswith("t")):
            continue
        sent = sentence_of(token)
        pronoun = None
        for before in reversed(doc[sent.start : token.i]):
            if before.is_punct or before.tag_ in ("KON", *_SUBORDINATOR_TAGS):
                break
            if before.tag_ == "PRF" and pronoun is None:
                pronoun = before
            elif before.tag_ in FINITE_VERB_TAGS:
                # A main clause's finite verb stands second, before the pronoun.
                if pronoun is not None and before.tag_ == "VVFIN":
                    token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text
                break
        else:
            continue
        after = token.i + 1
        if (token.tag_ == "VVPP" and pronoun is not None and after < sent.end
                and doc[after].tag_ == "VVFIN"):
            # A subordinate clause puts its finite verb last.
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text


def retag_stative_participles(doc: Doc) -> None:
    """A past participle right before a form of sein, or the only verb form of its sentence
    (`_only_verb`: "Karten: ausverkauft"), is a state, an adjective (STTS ADJD),
    where the lexicons show an adjective of its own: a noun in -heit made of it
    (`quality_noun`: "weit abgeschlagen gewesen", Abgeschlagenheit) or HanTa's adjective
    reading nearly as good as its participle ("mit ihr befreundet ist"). Not other
    participles: sein also makes the perfect of verbs of motion and change ("ist
    verschwunden", "ist gescheitert"), which Wiktionary may define as adjectives too."""
    for token in doc[:-1]:
        if token.tag_ != "VVPP" or not token.is_alpha or not token.text.islower():
            continue  # the next word is read only for a participle's
        after = doc[token.i + 1]
        if (after.lemma_ != "sein" or not after.tag_.startswith("VA")) and not _only_verb(token):
            continue
        word = token.text
        readings = word_readings(word)
        if not readings or readings[0][1] < GUESSED_SCORE:
            continue  # HanTa's guesses for a word its lexicon lacks are no evidence
        best = readings[0][1]
        if known(quality_noun(word)) or any(
                tag == "ADJ(D)" and score > best - ADJECTIVE_READING_MARGIN
                for tag, score in readings):
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", word


def _only_verb(token: Token) -> bool:
    """Whether a participle is the only verb form of its sentence ("53.000 Zuschauer
    (ausverkauft)", "Tickets: ausverkauft"): with no auxiliary anywhere it makes no perfect or
    passive, and is the predicate of a sentence that leaves out its copula, a state as after
    sein."""
    return not any(t.tag_.startswith(("VV", "VA", "VM")) for t in sentence_of(token)
                   if t.i != token.i)


# Words that can be a subordinate clause's subject: nouns, names, pronouns; a relative pronoun
# is its clause's subject or object itself.
_CLAUSE_SUBJECT_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS", "PRELS"})


def retag_clause_final_verbs(doc: Doc) -> None:
    """The last word of a subordinate clause with no finite verb is that verb, where HanTa
    read it as an adjective: "..., der den Ball vertändelte," (vertändeln), "..., dass Google
    den Prozessor mit 2 GHz taktet" (takten). German ends a subordinate clause with its finite
    verb, and an attributive adjective (ADJA) never ends a clause: its noun follows it. A
    weak verb's past tense in -te/-ten and its third person in -t/-et have the letters of an
    adjective or participle. Only in a clause that has a subject besides its conjunction (a
    noun, a pronoun or the relative pronoun): "wenn nötig", "wie erwartet" have none, and
    are no clauses of their own. Likewise a word HanTa read as a participle that its lexicon
    also reads as finite ("..., was die Kosten anbelangt": anbelangen): an inseparable verb's
    third person has its participle's letters, and a participle alone makes no clause."""
    for token in doc[1:]:
        if (token.tag_ not in ("ADJA", "ADJD", "VVPP") or not token.is_alpha
                or not token.text.islower()):
            continue
        if token.tag_ == "VVPP" and not any(tag == "VV(FIN)" and score > GUESSED_SCORE
                                            for tag, score in word_readings(token.text)):
            continue
        sent = sentence_of(token)
        after = token.i + 1
        if after < sent.end and not doc[after].is_punct:
            continue
        clause = []
        for before in reversed(doc[sent.start : token.i]):
            if before.is_punct:
                break
            clause.append(before)
        if (not clause or clause[-1].tag_ not in _SUBORDINATOR_TAGS or clause[-1].tag_ == "KOUI"
                or any(t.tag_ in FINITE_VERB_TAGS for t in clause)
                or not any(t.tag_ in _CLAUSE_SUBJECT_TAGS for t in clause)):
            continue
        if token.tag_ == "VVPP":
            # HanTa's lemma for the participle is the verb's infinitive already.
            token.tag_ = "VVFIN"
            continue
        verb = _finite_verb_infinitive(token.text)
        if verb:
            token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb


def retag_stranded_prepositions(doc: Doc) -> None:
    """A preposition that ends a main clause, with no noun phrase after it, is the particle
    its finite verb left in the right bracket, where German writes the two as one verb:
    "Das Amt schlüsselt die Kosten nach Ländern auf (siehe Tabelle)" (aufschlüsseln), which
    HanTa read as a preposition because a noun phrase stood before it; likewise an adverb
    that HanTa's lexicon also knows as a particle ("hinken der Konkurrenz hinterher:",
    hinterherhinken). A preposition governs
    a noun phrase that follows it; a postposition ("der Reihe nach") makes no verb with the
    clause's verb that wordfreq knows. Only in a clause with one finite full verb and no
    particle yet, not a subordinate clause (whose verb keeps its particle attached)."""
    for token in doc[2:]:
        if token.tag_ not in ("APPR", "ADV") or not token.is_alpha or not token.text.islower():
            continue
        if token.tag_ == "ADV" and (doc[token.i - 1].tag_ == "ADV" or not any(
                tag == "PTKVZ" and score > GUESSED_SCORE
                for tag, score in word_readings(token.lower_))):
            # An adverb right before it makes the two one adverbial ("kommen immer wieder",
            # "schon wieder"), where the word is the adverb HanTa read.
            continue
        after = token.i + 1
        if after < sentence_bounds(token)[1] and not doc[after].is_punct:
            continue
        clause = clause_around(token)
        verbs = [t for t in clause if t.tag_ in ("VVFIN", "VVIMP") and t.i < token.i]
        if (len(verbs) != 1 or clause[0].tag_ in _SUBORDINATOR_TAGS
                or any(t.tag_ == "PTKVZ" or t.tag_ in FINITE_VERB_TAGS and t not in verbs
                       for t in clause)):
            continue
        verb = token.lower_ + verbs[0].lemma_
        if known(verb) and infinitive_reading(verb):
            token.tag_, token.pos_, token.lemma_ = "PTKVZ", "ADP", token.lower_


def _particle_verb(particle: Token, verb: Token) -> bool:
    """Whether German writes the particle and the verb's lemma as one verb: wordfreq knows
    it and HanTa reads it as an infinitive."""
    joined = particle.lower_ + verb.lemma_.lower()
    return bool(known(joined)) and infinitive_reading(joined)


def retag_participles_read_as_finite_verbs(doc: Doc) -> None:
    """A past participle spelt like a finite verb ("bezogen": they drew, and drawn) that HanTa
    tagged finite in a main clause which already has its finite verb is the participle: "Die
    Anleihe schüttet eine Zahlung in Höhe von 1,25 Prozent bezogen auf das Kapital aus". A
    main clause has one finite verb, and the particle that ends it ("aus") is that verb's:
    it makes a verb with the first finite verb German writes (ausschütten) and none with the
    second ("ausbeziehen"). Retagged VVPP, the second no longer ends the particle's search
    (`vocabulary.separated_particle`)."""
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            particle = clause[-1]
            finite = [t for t in clause if t.tag_ in FINITE_VERB_TAGS]
            if (particle.tag_ != "PTKVZ" or len(finite) < 2 or finite[0].tag_ != "VVFIN"
                    or clause[0].tag_ in _SUBORDINATOR_TAGS
                    or not _particle_verb(particle, finite[0])):
                continue
            for verb in finite[1:]:
                if (verb.tag_ == "VVFIN" and doc[verb.i - 1].tag_ != "KON"
                        and any(tag == "VV(PP)" for tag, _ in word_readings(verb.lower_))
                        and not _particle_verb(particle, verb)):
                    verb.tag_ = "VVPP"


def retag_predicative_infinitives(doc: Doc) -> None:
    """A word read as an infinitive in a clause whose only verb is a form of sein is a
    predicative adjective spelt like an infinitive: "Wie war die Landschaft beschaffen?"
    (beschaffen, constituted), "Sie ist ihm gewogen"... German sein takes no bare infinitive
    (only "zu" + infinitive, the gerundive: "ist schwer zu beschaffen"), so the reading is the
    adjective's, where HanTa's lexicon has one for the word."""
    for token in doc:
        if token.tag_ != "VVINF" or not token.is_alpha or not token.text.islower():
            continue
        if token.i and doc[token.i - 1].lower_ == "zu":
            continue
        clause = clause_around(token)
        verbs = [t for t in clause if t.tag_.startswith(("VV", "VA", "VM"))]
        if (not verbs or any(t.lemma_ != "sein" or not t.tag_.startswith("VA") for t in verbs)
                or not any(t.tag_ == "VAFIN" for t in verbs)):
            continue
        if any(tag == "ADJ(D)" for tag, score in word_readings(token.text)
               if score > GUESSED_SCORE):
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text


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


# Finite verbs that govern a bare infinitive at the end of their clause: the modals, and
# werden of the future and the conditional ("würde ... angeloben").
_INFINITIVE_GOVERNOR_TAGS = frozenset({"VMFIN", "VAFIN"})


def retag_governed_infinitives(doc: Doc) -> None:
    """The last word of a clause whose finite verb is a modal or werden and which has no other
    verb is the infinitive they govern, where HanTa read it as an adjective and its lexicon
    knows the word as an infinitive: "..., er würde keine Regierung angeloben," (angeloben,
    Austrian: to swear in). German puts the governed infinitive in the clause's right
    bracket, in a subordinate clause right before the finite verb ("..., die er angeloben
    wird,"); a predicative adjective after werden stands there too ("wird schwierig"), so
    the word must be spelt as an infinitive and wordfreq must know it. HanTa may also read
    the word as the participle of a verb German never writes ("anloben"), which
    `retag_unattested_participle` would make an adjective."""
    for token in doc[2:]:
        if not (token.tag_ == "ADJD" or token.tag_ == "VVPP" and not known(token.lemma_)):
            continue
        if (not token.is_alpha or not token.text.islower()
                or not token.text.endswith(("en", "eln", "ern")) or not known(token.text)):
            continue
        clause = clause_around(token)
        verbs = [t for t in clause if t.tag_.startswith(("VV", "VA", "VM"))]
        if len(verbs) != 1 or verbs[0].tag_ not in _INFINITIVE_GOVERNOR_TAGS or (
                verbs[0].tag_ == "VAFIN" and verbs[0].lemma_ != "werden"):
            continue
        # The right bracket ends the clause: the infinitive last, or, in a subordinate
        # clause, right before the finite verb that ends it ("die er angeloben wird").
        end = token.i + 1
        if end < sentence_bounds(token)[1] and end == verbs[0].i:
            end += 1
        if end < sentence_bounds(token)[1] and not doc[end].is_punct:
            continue
        if any(tag == "VV(INF)" and score > GUESSED_SCORE
               for tag, score in word_readings(token.text)):
            token.tag_, token.pos_, token.lemma_ = "VVINF", "VERB", token.text


def retag_particle_infinitives_read_as_zu(doc: Doc) -> None:
    """A verb whose particle ends in zu, read as a zu-infinitive of a verb German does not
    write, is the infinitive it is spelt as (`particle_infinitive_read_as_zu`): "Dann soll
    noch ein Bonus dazukommen" (dazukommen, not "dakommen")."""
    for token in doc:
        if token.tag_ == "VVIZU" and token.is_alpha:
            verb = particle_infinitive_read_as_zu(token.text, token.lemma_.lower(),
                                                  governs_bare_infinitive(token))
            if verb:
                token.tag_, token.pos_, token.lemma_ = "VVINF", "VERB", verb


def retag_infinitives_read_as_participles(doc: Doc) -> None:
    """A particle verb on a verb in ge- read as another verb's participle is the infinitive it
    is spelt as (`infinitive_read_as_participle`): "Sie sollten ihm das zugestehen"
    (zugestehen, not zustehen)."""
    for token in doc:
        if token.tag_ != "VVPP" or not token.is_alpha or not token.text.islower():
            continue
        verb = (infinitive_read_as_participle(token.text, token.lemma_.lower())
                or ge_verb_read_as_participle(token.text, token.lemma_.lower()))
        if verb:
            token.tag_, token.pos_, token.lemma_ = "VVINF", "VERB", verb
        elif not any(t.tag_.startswith("VA") for t in clause_around(token)):
            verb = finite_verb_read_as_participle(token.text, token.lemma_.lower())
            if verb:
                token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb


def _lexicon_finite_verb(word: str) -> str:
    """The infinitive of a word the lexicons read as a finite verb form: HanTa's lexicon reads
    it alone first as a verb form other than a participle ("kursieren"), or it must guess the
    word and it is a weak verb's third person in -(e)t of an infinitive wordfreq knows, whose
    participle ge-...-(e)t it knows too ("werkt": werken, gewerkt; HanTa reads "werken" only
    as the noun Werken); ""."""
    readings = word_readings(word)
    if not readings:
        return ""
    tag, score = readings[0]
    if score > GUESSED_SCORE:
        if tag in ("VV(FIN)", "VV(INF)"):
            verb = shared_tagger().analyze(word, taglevel=1)[0].lower()
            return verb if lexicon_infinitive(verb) else ""
        return ""
    for ending in ("et", "t"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and known(stem + "en") and known(
                "ge" + word):
            return stem + "en"
    return ""


def retag_verbs_of_verbless_main_clauses(doc: Doc) -> None:
    """A main clause has a finite verb in second place; where the tagger found none, a word it
    read there as an adverb or a bare adjective is that verb when the lexicons read it as a
    verb form: "Immer wieder kursieren Gerüchte" (kursieren), "Im Keller werkt ein Ofen"
    (werken, which HanTa's lexicon lacks). Not a clause led by a conjunction or relative
    pronoun (`retag_clause_final_verbs`), nor a heading of two words; a participle ("Schwer
    verletzt wurde ...") is no finite verb, and verbless phrases have no verb reading."""
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            if (len(clause) < 3 or clause[0].tag_ in _SUBORDINATOR_TAGS
                    or any(t.tag_ in FINITE_VERB_TAGS for t in clause)):
                continue
            for token in clause[1:]:
                if (token.tag_ not in ("ADV", "ADJD") or not token.is_alpha
                        or not token.text.islower()):
                    continue
                verb = _lexicon_finite_verb(token.text) or _inverted_prefix_verb(token)
                if verb:
                    token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                    break


# The words of a phrase in first place before the finite verb ("In den Alpen ersehnt ...").
_FIRST_PLACE_TAGS = AGENT_PHRASE_TAGS | {"APPR", "APPRART"}
# The words that open the noun phrase of a subject standing after its finite verb ("Das
# verdutzt die Gäste", "Jetzt ersehnt er Ruhe").
_SUBJECT_OPENER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "NN", "NE", "PPER"})
# Interrogative pronouns, which fill the first place of a question ("Wen irritiert das?").
_INTERROGATIVE_TAGS = frozenset({"PWS", "PWAT", "PWAV"})


def _inverted_prefix_verb(token: Token) -> str:
    """The verb of a bare adjective that HanTa's lexicon holds only as one ("verdutzt",
    "ersehnt"), in second place of a clause with no finite verb, before a noun phrase: the
    finite verb, its subject after it ("Das verdutzt die Gäste"). The third person of a weak
    verb with an inseparable prefix is spelt as its participle, which takes no ge- (er|sehn|t:
    er ersehnt, hat ersehnt), and the lexicon may keep only the participle's adjective. A
    predicate adjective in a verbless clause is not followed by a noun phrase of its own.
    A verb in -ieren takes no ge- either (er irritiert, hat irritiert: "Wen irritiert das
    Lied?"), and a coordinating conjunction stands before the first place, outside the
    clause's places ("Denn wen irritiert ..."). Only where wordfreq knows the infinitive; ""."""
    word, doc = token.lower_, token.doc
    at = token.i
    if (token.tag_ != "ADJD" or at + 1 >= len(doc) or doc[at + 1].tag_ not in _SUBJECT_OPENER_TAGS
            or not word.endswith("t")):
        return ""
    if word.endswith("iert"):
        if word.startswith("ge") and not known(word[:-1] + "en"):
            return ""
    elif not word.startswith(INSEPARABLE_PREFIXES) or "ge" in word[2:-3]:
        return ""
    # The second place: one word or a phrase of a noun before it, after the clause's start.
    start = at - 1
    while (start > 0 and not doc[start].is_sent_start
           and doc[start - 1].tag_ in _FIRST_PLACE_TAGS | _INTERROGATIVE_TAGS):
        start -= 1
    if doc[start].tag_ in _INTERROGATIVE_TAGS | _FIRST_PLACE_TAGS and start > 0 and doc[
            start - 1].tag_ == "KON":
        start -= 1
    if start > 0 and not (doc[start].is_sent_start or doc[start - 1].is_punct):
        return ""
    verb = word[:-1] + "en"
    return verb if known(verb) and participle_shaped(word, verb) else ""


# Plural subject pronouns, whose verb's finite form is spelt as its infinitive ("wir gehen").
_PLURAL_SUBJECTS = frozenset({"wir", "sie"})


def retag_guessed_plural_verbs(doc: Doc) -> None:
    """A word HanTa's lexicon lacks, spelt like an infinitive (-en, -eln, -ern) right after a
    plural subject pronoun that opens a clause with no finite verb, is that verb's finite
    form, where HanTa guessed an adverb or adjective: "Wir schlussfolgern, dass ..." German
    puts the finite verb second in a main clause, right after the subject that opens it,
    and wordfreq must know the word."""
    for token in doc[1:]:
        if (token.tag_ not in ("ADV", "ADJD") or not token.is_alpha
                or not token.text.islower() or not token.text.endswith(("en", "eln", "ern"))
                or not is_guessed(token.text) or not known(token.text)):
            continue
        subject, sent = doc[token.i - 1], sentence_of(token)
        if subject.tag_ != "PPER" or subject.lower_ not in _PLURAL_SUBJECTS:
            continue
        if subject.i > sent.start and not (doc[subject.i - 1].is_punct
                                           or doc[subject.i - 1].tag_ == "KON"):
            continue
        clause_end = next((t.i for t in doc[token.i + 1 : sent.end] if t.is_punct), sent.end)
        if any(t.tag_ in FINITE_VERB_TAGS for t in doc[subject.i : clause_end]):
            continue
        token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", token.text


def _finite_verb_infinitive(form: str) -> str:
    """The infinitive of a weak verb's finite form in -te(n) or -(e)t, where HanTa reads it
    as an infinitive, and wordfreq knows it or HanTa reads it so first; or where wordfreq
    knows the infinitive and the weak participle ge-...-(e)t, which only a verb has: HanTa's
    lexicon lacks some verbs of technology and loans ("takten", "posten"), which it reads
    as nouns; ""."""
    for ending in ("ten", "te", "et", "t"):
        if not form.endswith(ending) or len(form) - len(ending) < 3:
            continue
        stem = form[: -len(ending)]
        # A stem in -el or -er takes -n alone (vertändel-n, änder-n).
        for verb in (stem + "n",) if stem.endswith(("el", "er")) else (stem + "en", stem + "n"):
            if (verb.endswith(("en", "eln", "ern"))
                    and (attested_infinitive(verb) or best_reading(verb) == "VV(INF)"
                         or known(verb) and (known("ge" + stem + "t")
                                             or known("ge" + stem + "et")))):
                return verb
    return ""


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


# Tags of the words an attributive adjective may follow inside its noun phrase: determiners,
# prepositions, other attributive adjectives.
_ATTRIBUTE_OPENER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PWAT", "PRELAT", "APPR",
                                    "APPRART", "ADJA"})


def retag_capitalized_verbs(doc: Doc) -> None:
    """A word tagged verb but written with a capital inside a sentence is a noun: German
    writes verbs lower-case, nominalized ones ("das Feilen") and nouns that look like verb
    forms ("im Zuge einer Nacheile") with a capital."""
    for token in doc:
        if (token.pos_ != "VERB" or not token.text[:1].isupper() or not token.is_alpha
                or sentence_initial(token) or not doc[token.i - 1].is_alpha):
            continue
        readings = word_readings(token.text.lower())
        if ((token.tag_ != "VVIMP" or doc[token.i - 1].tag_ == "KON") and readings
                and readings[0][0].startswith("VV")
                and readings[0][1] > COMPOUND_SCORE
                and not nouns.lemmas_of(token.text)):
            # A plain verb form of the lexicon ("Stimmte" for "Stimme"): a typo or a
            # nominalized infinitive, and no noun of its own. Not an imperative, which opens
            # its clause: after a word, "Setz" and "Google" are names ("hebelt Setz ... aus").
            # A verb form that a noun lexicon lists as a form of a noun is that noun: "reiche
            # Beigaben" (die Beigabe, plural) is no past tense of beigeben.
            continue
        if token.tag_ == "VVIMP" and doc[token.i - 1].tag_ not in _ATTRIBUTE_OPENER_TAGS:
            # An "imperative" with no determiner or preposition before it, which a common noun
            # would take ("einen Tick", "auf Begehr"), is a name: "hebelt Setz ... aus",
            # "Emmanuel Rahm", "Rock n Roll".
            token.pos_, token.tag_ = "PROPN", "NE"
        else:
            token.pos_, token.tag_ = "NOUN", "NN"
        token.lemma_ = token.text


def retag_clause_initial_finite_verbs(doc: Doc) -> None:
    """A sentence's first word that HanTa read as a noun, capitalized only as the first word,
    is the finite verb of a verb-first clause where its clause (up to the first punctuation
    mark) has no other finite verb and HanTa's lexicon reads the word, lower-case, as a
    finite verb among its readings, of an infinitive it reads as one: "Dominierten bei
    Braunschlag noch Dialekt und Lokalkolorit, so ist ..." (dominieren; a conditional or
    concessive clause puts its verb first). Every German clause has a finite verb; a noun
    there ("die Dominierten", the dominated) would leave it without one."""
    for sent in doc.sents:
        token = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if token is None or token.tag_ != "NN" or not token.is_alpha:
            continue
        if not any(tag == "VV(FIN)" and score > GUESSED_SCORE
                   for tag, score in word_readings(token.lower_)):
            continue
        clause = clause_around(token)
        if any(t.tag_ in FINITE_VERB_TAGS for t in clause):
            continue
        end = (clause[-1].i if clause else token.i) + 1
        if (end >= sent.end or doc[end].text != ","
                or not any(t.tag_ in FINITE_VERB_TAGS for t in doc[end:sent.end])):
            # A verb-first clause of condition or concession is followed by its main clause
            # ("..., so ist ..."); a headline without a verb ("Verletzte in Wien") is not.
            continue
        word = token.lower_
        # The infinitives a weak finite form in -te(n), -(e)t or -en may have; HanTa's
        # lexicon must read the candidate as one and wordfreq know it ("dominieren", not
        # "dominiern" from the stem's -er).
        verb = next((stem + suffix
                     for ending in ("ten", "te", "et", "t", "en")
                     if word.endswith(ending) and len(word) - len(ending) >= 3
                     for stem in (word[: -len(ending)],) for suffix in ("en", "n")
                     if lexicon_infinitive(stem + suffix)), "")
        if verb:
            token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb


# Finite verbs that govern a bare infinitive: the modals (VMFIN) and werden of the future and
# the conditional (wird, würde); its past (wurde) makes the passive and the copula only.
_INFINITIVE_GOVERNORS = frozenset({"werden", "können", "müssen", "sollen", "wollen", "dürfen",
                                   "mögen"})
# Tags of the verb forms a modal or werden could govern instead: infinitives, and the
# participle of werden's passive.
_GOVERNED_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU", "VVPP", "VAPP", "VMPP"})


def retag_topicalized_infinitives(doc: Doc) -> None:
    """An infinitive put first for emphasis is a verb, though German capitalizes it there and
    the tagger reads it as a noun: "Durchbringen wird die Regierung das Gesetz", "Mitmischen
    wollen die Grünen". A modal or future werden right after it needs a bare infinitive, and
    where the clause has no other (nor werden's passive participle) and no predicative
    adjective (werden as copula: "Schwimmen wird beliebter"), the first word is that
    infinitive. The clause runs to the next punctuation mark ("Durchbringen wird er das
    Gesetz, weil ... stützen werden"). A nominalized infinitive that is the subject has its
    own: "Rauchen kann tödlich sein"."""
    for words in (clause for sent in doc.sents for clause in sentence_clauses(sent)):
        if len(words) < 3:
            continue
        first, finite = words[0], words[1]
        if not first.is_alpha or not first.text[:1].isupper():
            continue
        if first.tag_ == "NN" and finite.tag_ in ("VMFIN", "VAFIN"):
            if (finite.lemma_ not in _INFINITIVE_GOVERNORS or finite.lower_.startswith("wurd")
                    or any(t.tag_ == "ADJD" for t in words[2:])):
                continue
        elif not _lassen_infinitive(first, finite, words):
            continue
        if any(t.tag_ in _GOVERNED_TAGS for t in words[2:]):
            continue
        verb = first.text.lower()
        if verb.endswith(("en", "eln", "ern")) and attested_infinitive(verb):
            first.tag_, first.pos_, first.lemma_ = "VVINF", "VERB", verb


def _lassen_infinitive(first: Token, finite: Token, words) -> bool:
    """Whether a capitalized first word before a finite lassen may be the bare infinitive it
    governs ("Überreden ließ sich der Kandidat nicht", "Gelten ließ er es nicht"): the tagger
    read it as a noun, adverb or adjective, HanTa's lexicon reads it alone first as a verb
    ("Offen ließ er die Frage" is the adjective), and knows it as a noun only as a
    nominalized infinitive (no NN reading: "Spuren ließ er keine" are traces, an object).
    Not where a particle closes the clause: lassen then makes a particle verb whose object
    comes first ("Schulden ließ er zurück")."""
    return (finite.tag_ == "VVFIN" and finite.lemma_ == "lassen"
            and first.tag_ in ("NN", "ADV", "ADJD")
            and best_reading(first.lower_).startswith("VV")
            and not any(tag == "NN" for tag, _ in word_readings(first.text))
            and not any(t.tag_ == "PTKVZ" for t in words[2:]))


# Tags of the words that open a noun phrase a gerundive noun heads: articles, demonstrative,
# indefinite and possessive determiners, numbers ("die zu Pflegenden", "hundert zu Pflegende").
_GERUNDIVE_OPENERS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "CARD"})


def retag_gerundive_nouns(doc: Doc) -> None:
    """A gerundive used as a noun is its verb, as the gerundive before a noun is
    (`gerundive_verb`): "für hundert zu Pflegende" (people to be cared for), "die zu
    Registrierenden". The tagger reads zu there as the preposition and the participle as a
    noun; zu before a declined present participle (-ende, -enden, -ender) of an attested verb
    is the gerundive's where a determiner or number opens the noun phrase before it, so both
    are retagged as `gerundive_verb` expects them. The preposition zu opens a phrase of its
    own: "sprach zu Reisenden" (to travellers)."""
    for token in doc[2:]:
        if token.tag_ != "NN":
            continue  # the words before are read only for a noun's
        before = doc[token.i - 1]
        if (before.lower_ != "zu" or not token.is_alpha
                or doc[token.i - 2].tag_ not in _GERUNDIVE_OPENERS):
            continue
        word = token.lower_
        for ending in ("e", "en", "er"):
            participle = word[: -len(ending)]
            if (word.endswith(ending) and participle.endswith("end")
                    and attested_infinitive(participle[:-1])):
                before.tag_, before.pos_ = "PTKZU", "PART"
                token.tag_, token.pos_, token.lemma_ = "ADJA", "ADJ", participle
                break


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


def _shared_verb(verb: str) -> bool:
    """Whether a verb is mit- and a verb German Wiktionary defines (mitbeschließen,
    mitfinanzieren). German mit- makes a verb of nearly any verb, for doing it besides
    something else or with others, so the pair is a verb whether or not a corpus has seen its
    infinitive; its participle is mostly found in the passive ("soll mitbeschlossen
    werden"). The dictionary glosses such a verb by its parts (`shared_verb_entry`)."""
    rest = verb.removeprefix("mit")
    return rest != verb and len(rest) >= 4 and listed_verb(rest)


def retag_unattested_participle(token: Token) -> None:
    """A past participle whose verb German never writes is an adjective: HanTa joins an
    adverb to the verb ("hochverehrt": "hochverehren"), but the compound exists only as the
    participle. Where wordfreq knows the participle and not the infinitive, the participle is
    the word (tagged ADJD, as STTS tags a predicative adjective). Not in a perfect with haben
    or a passive with werden (`participle_auxiliary`) of a verb German Wiktionary defines
    (`listed_verb`): "hatte mehrere Fußgänger niedergestoßen" is niederstoßen's perfect,
    whatever wordfreq has seen; "kamen sichtlich abgekämpft an" stays abgekämpft. Nor of mit-
    and a verb Wiktionary defines (`_shared_verb`): "sollen mitbeschlossen werden" is
    mitbeschließen's passive."""
    if (token.tag_ == "VVPP" and token.is_alpha and not known(token.lemma_)
            and known(token.text) and token.text.islower()
            and not (participle_auxiliary(token) and (listed_verb(token.lemma_.lower())
                                                      or _shared_verb(token.lemma_.lower())))):
        token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.text


# Tags of the words that can stand right before a finite verb in second place and end the
# first constituent: nouns, names and personal pronouns ("Zwei Lastwagen transportierten").
_SUBJECT_END_TAGS = frozenset({"NN", "NE", "PPER", "PIS", "PDS"})


def retag_past_tense_read_as_participles(doc: Doc) -> None:
    """A weak verb's past tense in -te/-ten has the letters of its participle declined
    ("transportierten": the transported ones), and HanTa may tag it an attributive adjective.
    In a sentence with no finite verb, right after a noun or pronoun, it is the finite verb
    ("Zwei Lastwagen transportierten Holz"): every German clause has one, and an attributive
    adjective follows an article or another adjective, not the end of a noun phrase. It becomes
    VVFIN with the verb's infinitive."""
    for sent in doc.sents:
        if any(t.tag_ in FINITE_VERB_TAGS for t in sent):
            continue
        for token in sent:
            if (token.tag_ != "ADJA" or not token.text.endswith(("te", "ten"))
                    or token.i == sent.start or doc[token.i - 1].tag_ not in _SUBJECT_END_TAGS):
                continue
            verb = weak_verb(token.text.lower().removesuffix("n").removesuffix("e"))
            if verb and lexicon_infinitive(verb):
                token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                break


def retag_finite_verbs_read_as_adjectives(doc: Doc) -> None:
    """A past tense in -te/-ten of a weak verb HanTa's lexicon lacks, which the guesser read as
    a declined adjective ("Beim 1:0 narrte er seinen Gegenspieler": "narrt"), is the finite
    verb of its clause where the clause has none and the "adjective" is shaped like no
    participle (no ge-, no inseparable prefix, no -iert: "genarrt" is narren's participle,
    "narrt" is its third person). A weak verb it is where wordfreq knows its infinitive and its
    participle ge-...-t (`_lexicon_finite_verb`). Not after a determiner, preposition or
    adjective, where an attributive adjective stands."""
    for sent in doc.sents:
        for clause in sentence_clauses(sent):
            if any(t.tag_ in FINITE_VERB_TAGS for t in clause):
                continue
            for token in clause:
                word = token.lower_
                if (token.tag_ != "ADJA" or not token.is_alpha or not token.text.islower()
                        or not word.endswith(("te", "ten"))
                        or token.i > 0 and doc[token.i - 1].tag_ in _ATTRIBUTE_OPENER_TAGS):
                    continue
                third = word.removesuffix("n").removesuffix("e")
                if past_participle_shaped(third) or not is_guessed(word):
                    continue
                verb = _lexicon_finite_verb(third)
                if verb:
                    token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                    break


# The endings of a declined adjective, longest first, so "-en" is not read as "-e".
_DECLENSION_ENDINGS = tuple(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True))


def _declension_ending(word: str) -> str:
    return next((e for e in _DECLENSION_ENDINGS if word.endswith(e)), "")


def retag_subjects_read_as_attributes(doc: Doc) -> None:
    """Two words tagged as declined adjectives opening a clause with no finite verb, whose
    endings disagree ("Aufständische verwendeten Gas"), are no attributes of one noun: the
    attributes before a noun share its case and so, with no determiner, one strong ending
    ("aufständische junge Soldaten"). The second is then the weak past tense of a verb wordfreq
    knows, in second place, and the first, written capitalized, its subject: an adjective used
    as a noun that German Wiktionary lists (der/die Aufständische), not the adjective."""
    for sent in doc.sents:
        for clause in coordinated_clauses(sent):
            if len(clause) < 3 or any(t.tag_ in FINITE_VERB_TAGS for t in clause):
                continue
            first, second = clause[0], clause[1]
            if (first.tag_ != "ADJA" or second.tag_ != "ADJA" or not first.text[:1].isupper()
                    or not second.text.islower() or not first.is_alpha
                    or _declension_ending(first.text) == _declension_ending(second.lower_)
                    or not listed_as_noun(first)):
                continue
            verb = _finite_verb_infinitive(second.lower_)
            if not verb or not second.lower_.endswith(("te", "ten")):
                continue
            # Listed with its -e, whatever its case ("der/die Aufständische").
            ending = _declension_ending(first.text)
            first.tag_, first.pos_ = "NN", "NOUN"
            first.lemma_ = first.text[: len(first.text) - len(ending)] + "e"
            second.tag_, second.pos_, second.lemma_ = "VVFIN", "VERB", verb


def retag_finite_verbs_read_as_adjectives_before_articles(doc: Doc) -> None:
    """A word tagged as a declined adjective right before an article, a possessive or a
    demonstrative is no attribute, as German puts an attributive adjective after its
    determiner ("die bleichen Riffe"), never before it (`DETERMINER_TAGS`, the words that
    begin a noun phrase); where its clause has no finite verb
    and HanTa's lexicon reads the word as a finite verb, it is that verb, in second place
    after a fronted clause or phrase ("…, bleichen die Riffe aus": ausbleichen, whose particle
    closes the clause)."""
    for sent in doc.sents:
        for clause in coordinated_clauses(sent):
            if any(t.tag_ in FINITE_VERB_TAGS for t in clause):
                continue
            for token in clause:
                if (token.tag_ != "ADJA" or not token.is_alpha or not token.text.islower()
                        or token.i + 1 >= len(doc)
                        or doc[token.i + 1].tag_ not in DETERMINER_TAGS
                        or token.i > 0 and doc[token.i - 1].tag_ in _ATTRIBUTE_OPENER_TAGS):
                    continue
                word = token.lower_
                last = clause[-1]
                if ("VV(FIN)" in (tag for tag, _ in word_readings(word))
                        and not is_guessed(word)):
                    verb = shared_tagger().analyze(word, pos="VV(FIN)", taglevel=1)[0].lower()
                elif (word.endswith("en") and last.tag_ == "PTKVZ"
                      and attested_infinitive(last.lower_ + word)):
                    # The plural of the present is written as the infinitive; the particle
                    # closing the clause makes a verb the lexicon knows with it (aus +
                    # bleichen), which HanTa's lexicon lacks without it.
                    verb = word
                else:
                    continue
                token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", verb
                break


# Tags of the words that coordinate a predicate with the one before "und": an adjective or
# participle before it makes the word after it one too ("müde und erschöpft").
_PREDICATE_TAGS = frozenset({"ADJD", "ADJA", "VVPP", "VVINF", "VAPP"})


def retag_finite_verbs_read_as_predicates_after_conjunctions(doc: Doc) -> None:
    """A word tagged as a predicative adjective right after "und" or "oder", opening a
    conjunct with no finite verb and followed (maybe after adverbs) by an article, is the
    conjunct's finite verb, whose subject is the first conjunct's ("Die Chefin ist unterwegs
    – und hinterfragt etwa die Verträge"): a weak verb with an inseparable prefix spells its
    third person like its participle (hinterfragt), and a participle after "und" with an
    object of its own needs an auxiliary the conjunct lacks. Only where the sentence before
    the conjunction has a finite verb, not after another predicate ("war müde und erschöpft
    die ganze Zeit"), and where HanTa's lexicon reads the word as a finite verb."""
    for sent in doc.sents:
        for clause in coordinated_clauses(sent):
            first = clause[0]
            if (first.tag_ != "ADJD" or not first.is_alpha or not first.text.islower()
                    or any(t.tag_ in FINITE_VERB_TAGS for t in clause)
                    or first.i - 1 <= sent.start or doc[first.i - 1].tag_ != "KON"
                    or doc[first.i - 2].tag_ in _PREDICATE_TAGS
                    or not any(t.tag_ in FINITE_VERB_TAGS
                               for t in doc[sent.start:first.i - 1])):
                continue
            after = first.i + 1
            while after < sent.end and doc[after].tag_ in ("ADV", "PTKNEG"):
                after += 1
            if after >= sent.end or doc[after].tag_ not in DETERMINER_TAGS:
                continue
            word = first.lower_
            if "VV(FIN)" not in (tag for tag, _ in word_readings(word)) or is_guessed(word):
                continue
            verb = shared_tagger().analyze(word, pos="VV(FIN)", taglevel=1)[0].lower()
            if verb.endswith("n"):
                first.tag_, first.pos_, first.lemma_ = "VVFIN", "VERB", verb


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
