"""`checked_lemma`: a token's lemma after the checks of its part of speech, in their order (see
the package's docstring), with the noun steps that read only the two words memoized.

Reads `spelling`, `verb_forms`, `participles`, `noun_forms`, `adjective_forms`, `noun_phrases` and
`clauses`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from learner.lexicon import nouns
from learner.nlp.lemmas.adjective_forms import declined_place_adjective, uninflected
from learner.nlp.lemmas.clauses import governs_bare_infinitive
from learner.nlp.lemmas.noun_forms import (
    adjectival_head,
    agent_noun,
    classical_singular,
    cut_nominalized_infinitive,
    english_written_form,
    hyphenated_case_form,
    infinitive_read_as_other_noun,
    listed_genitive,
    listed_head,
    listed_written_form,
    nominalized_adjective_compound,
    noun_lemma,
    plural_lemma,
    plural_only_compound,
    singular,
    undeclined_adjective_noun,
    with_linking_s,
)
from learner.nlp.lemmas.noun_phrases import (
    neuter_nominalized_adjective,
    nominative_plural_owner,
    noun_not_strong_adjective,
    old_dative_noun,
    plural_after_die,
    plural_not_infinitive,
)
from learner.nlp.lemmas.participles import participle_lemma, strong_participle_verb
from learner.nlp.lemmas.spelling import hyphenated_text_case, modern_ss, orthography
from learner.nlp.lemmas.verb_forms import infinitive, mixed_verb
from learner.nlp.lexicon import ADJECTIVE_ENDINGS, is_nominalized_adjective


def checked_lemma(token: Token) -> str:
    """The token's lemma after the lexicon checks (see the package's docstring)."""
    surface = token.text
    lemma = token.lemma_ or surface
    if not (surface.isalpha() or any(map(str.isalpha, surface))):
        return lemma
    pos = token.pos_  # no check below retags
    lemma = modern_ss(lemma, surface)
    if surface.endswith("'") and lemma.endswith("'"):
        # The genitive apostrophe of words ending in s, x or z ("des Virus'") is no part
        # of the word.
        lemma = lemma.rstrip("'")
    if pos == "NOUN" and undeclined_adjective_noun(lemma, surface):
        lemma = surface
    elif pos == "NOUN":
        # The steps that read the two words alone are memoized (`_NOUN_STEP_MEMO`); those
        # that read the sentence (the determiner, the case) run for every token.
        lemma = _noun_lemma_alone(lemma, surface)
        if lemma == surface:
            lemma = plural_after_die(token, _singular_as_written(lemma, surface))
            lemma = classical_singular(plural_not_infinitive(token, lemma))
        else:
            lemma = old_dative_noun(token, nominative_plural_owner(
                token, _case_form_lemma(noun_not_strong_adjective(token, lemma), surface)))
            if lemma.endswith("leute"):
                # A case form of a plural in -leute ("Landsleuten"), whose singular is the
                # compound in -mann (Landsmann), as for the nominative.
                lemma = singular(lemma)
        lemma = _nominalized_adjective_lemma(lemma, surface)
        if neuter_nominalized_adjective(token, lemma):
            lemma = surface
    elif pos == "ADJ":
        lemma = participle_lemma(declined_place_adjective(lemma, surface), surface)
        if "-" in lemma:
            lemma = "-".join([uninflected(p) for p in lemma.split("-")[:-1]]
                             + [lemma.split("-")[-1]])
    elif pos == "VERB":
        lemma = infinitive(lemma, surface, "zu" in surface.lower()[2:-3]
                           and governs_bare_infinitive(token))
        lemma = mixed_verb(surface.lower(), lemma) or lemma
        if token.tag_ == "VVPP":
            lemma = strong_participle_verb(surface, lemma) or lemma
    lemma = orthography(lemma, token)
    # Joined after the case is set: the text's capital on the last part goes.
    return with_linking_s(lemma) if pos == "NOUN" else lemma


# The noun steps of `checked_lemma` that read only the tagger's lemma and the written form
# (the lexicons, wordfreq and HanTa's analyses of words alone, none of which changes while a
# process runs), memoized per process: a noun form recurs (over 300 gnad articles 24,000 noun
# tokens have 10,500 distinct lemma-and-form pairs), and its checks ask a dozen look-ups.
_NOUN_STEP_MEMO = 50_000


@lru_cache(maxsize=_NOUN_STEP_MEMO)
def _noun_lemma_alone(lemma: str, surface: str) -> str:
    lemma = hyphenated_text_case(lemma, surface)
    # Again after the compound's last part was lemmatized alone: the lexicon's own lemma
    # of that part may be in the old spelling too ("Artilleriebeschuss": "Beschuß").
    return modern_ss(noun_lemma(lemma, surface), surface)


@lru_cache(maxsize=_NOUN_STEP_MEMO)
def _singular_as_written(lemma: str, surface: str) -> str:
    """A noun lemma left as written, made singular (before the checks of its determiner)."""
    return modern_ss(singular(hyphenated_case_form(lemma)), surface)


@lru_cache(maxsize=_NOUN_STEP_MEMO)
def _case_form_lemma(lemma: str, surface: str) -> str:
    """A noun lemma the tagger cut from a case form, checked against the lexicons (before
    the check of a genitive owner's case)."""
    lemma = plural_lemma(agent_noun(listed_written_form(
        cut_nominalized_infinitive(infinitive_read_as_other_noun(english_written_form(
            listed_genitive(lemma, surface), surface), surface), surface),
        surface), surface), surface)
    return listed_head(plural_only_compound(lemma, surface), surface)


@lru_cache(maxsize=_NOUN_STEP_MEMO)
def _nominalized_adjective_lemma(lemma: str, surface: str) -> str:
    """The noun lemma of a nominalized adjective as Wiktionary lists it."""
    if lemma.endswith("er") and (any(nouns.ADJECTIVAL in n.kinds and n.lemma == lemma
                                     for n in nouns.entries(lemma))
                                 or adjectival_head(lemma)):
        # A nominalized adjective in the strong masculine ("ein Asylberechtigter"), as
        # Wiktionary lists it: its card is "der/die Asylberechtigte", like the other forms.
        lemma = lemma[:-1]
    if (not lemma.endswith("e") and surface.isalpha()
            and surface[len(lemma):] in ADJECTIVE_ENDINGS and surface.startswith(lemma)
            and is_nominalized_adjective(surface)):
        # A nominalized adjective is listed with its -e: "der Gläubige", "die Deutsche"
        # (HanTa strips it: "Gläubig").
        lemma += "e"
    return nominalized_adjective_compound(lemma, surface)
