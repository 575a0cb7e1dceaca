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

The package's modules, each named by what it holds; the lemma rules judge a word alone, the
`*_tags` passes read its sentence:

- `spelling`: the reformed ss, the text's case, German orthography's capital;
- `lookups`: the lexicon look-ups the verb, participle and tag rules share;
- `verb_forms`: the infinitive of a verb form;
- `participles`: participles as words, and the verb a participle means;
- `participle_phrases`: participles in their sentence (`participle_of`);
- `noun_forms`: the lemma of a noun form, from the words alone;
- `nominalized_infinitives`: a noun that is only its verb's infinitive (`infinitive_of`);
- `adjective_forms`: adjective forms HanTa leaves declined;
- `noun_phrases`: a noun's lemma checked against its determiner and case;
- `clauses`: a sentence's clauses, roughly;
- `checks`: `checked_lemma`, the order of a token's checks;
- `verb_tags`, `noun_adjective_tags`: the passes over a Doc that correct tags;
- `component`: the `lexicon_check` component and the Token attributes it sets.

They depend one way, each importing only modules listed before it (tests/test_layers.py
holds them to that order): spelling, lookups, adjective_forms, noun_phrases and clauses import
none of the others; verb_forms and participles import lookups; participle_phrases imports
participles and lookups; noun_forms imports spelling and lookups; nominalized_infinitives
noun_forms and lookups; checks, verb_tags and noun_adjective_tags import the rules they apply,
and component the checks and passes it runs.

This module re-exports the rules other code and the tests call, and `LexiconCheck`: importing
the package registers the `lexicon_check` factory and the Token attributes it sets.
"""

from learner.nlp.lemmas.component import LexiconCheck
from learner.nlp.lemmas.lookups import listed_verb
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
from learner.nlp.lemmas.noun_phrases import old_dative_noun
from learner.nlp.lemmas.participles import (
    participle_verb,
    past_participle_infinitive,
    strong_participle_verb,
)
from learner.nlp.lemmas.spelling import (
    hyphenated_text_case,
    modern_ss,
    orthography,
    text_case,
)
from learner.nlp.lemmas.verb_forms import ge_verb_read_as_participle, infinitive, mixed_verb
from learner.nlp.lemmas.verb_tags import (
    retag_clause_final_verbs,
    retag_gerundive_nouns,
    retag_predicative_participles,
    retag_topicalized_infinitives,
    retag_verbs_of_verbless_main_clauses,
)

__all__ = [
    "LexiconCheck",
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
    "singular",
    "strong_participle_verb",
    "text_case",
    "undeclined_adjective_noun",
    "wiktionary_singular",
    "with_linking_s",
]
