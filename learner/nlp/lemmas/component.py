"""The spaCy component `lexicon_check`: the Token attributes it sets (`participle_of`,
`infinitive_of`, `copula_phrase`) and the order of its passes and checks (`LexiconCheck`).

Reads `participles`, `participle_phrases`, `nominalized_infinitives`, `noun_phrases`,
`checks`, `verb_tags` and `noun_adjective_tags`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from learner.nlp.lemmas.checks import checked_lemma
from learner.nlp.lemmas.nominalized_infinitives import adjective_and_copula, plain_infinitive_verb
from learner.nlp.lemmas.noun_adjective_tags import (
    rebuild_coordinated_fragment,
    retag_comment_adverbs,
    retag_language_nouns,
    retag_lowercase_nouns,
    retag_nominalized_adjectives,
    retag_nominalized_comparatives,
    retag_prepositions_read_as_adverbs,
    retag_undeclined_adjectives,
)
from learner.nlp.lemmas.noun_phrases import plural_phrase
from learner.nlp.lemmas.participle_phrases import (
    gerundive_verb,
    verbal_past_participle,
    verbal_present_participle,
)
from learner.nlp.lemmas.participles import participle_verb, written_in_degree
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
    """Corrects tags and lemmas; see the package's docstring (`learner.nlp.lemmas`)."""

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
