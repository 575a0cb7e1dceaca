"""lemma_zipf: a lemma's frequency over all its forms (learner.frequency)."""

from __future__ import annotations

from learner.frequency import _declined_participle, form_zipf, lemma_zipf, regular_forms
from learner.vocabulary import Word


def word(lemma: str, pos: str, *forms: str) -> Word:
    return Word(lemma=lemma, pos=pos, count=1, forms=forms or (lemma,), examples=(),
                articles=("a",))


def test_regular_forms_of_a_separable_verb():
    forms = regular_forms("zurückweisen", "VERB")
    assert "zurückzuweisen" in forms and "zurückweist" in forms
    assert "zurückweisen" not in forms


def test_regular_forms_of_inseparable_and_ieren_verbs_have_no_ge():
    assert "bezweifelt" in regular_forms("bezweifeln", "VERB")
    assert "stationiert" in regular_forms("stationieren", "VERB")
    assert not any(f.startswith("ge") for f in regular_forms("stationieren", "VERB"))
    assert "gedrängt" in regular_forms("drängen", "VERB")


def test_nouns_get_no_generated_forms():
    # "Lauf" + "en" would count the verb laufen: wordfreq ignores case.
    assert regular_forms("Lauf", "NOUN") == ()


def test_verb_met_through_its_forms_is_more_common_than_its_infinitive():
    infinitive_only = form_zipf("zurückweisen")
    assert lemma_zipf(word("zurückweisen", "VERB", "zurückgewiesen")) > infinitive_only + 0.05


def test_each_form_counts_once_whatever_its_case():
    once = lemma_zipf(word("Treffen", "NOUN", "Treffen"))
    assert lemma_zipf(word("Treffen", "NOUN", "Treffen", "treffen", "TREFFEN")) == once


def test_lemma_german_never_saw_is_no_word():
    # A lemmatizer's guess whose forms wordfreq knows is still no card.
    assert lemma_zipf(word("Durchwurschtel", "NOUN", "Durchwurschteln")) == 0.0
    # A rare compound of a known word is one.
    assert lemma_zipf(word("Fledertier", "NOUN", "Fledertiere")) > 0


def test_verb_german_never_saw_needs_a_particle_and_a_known_verb_or_a_definition():
    assert lemma_zipf(word("unversuchen", "VERB", "unversucht")) == 0.0
    assert lemma_zipf(word("dahinstellen", "VERB", "dahingestellt")) > 0
    # wordfreq never saw "erküren", German Wiktionary defines it: a verb met in its perfect
    # ("haben die Stadt zur Heimat erkoren") counts by that form.
    assert lemma_zipf(word("erküren", "VERB", "erkoren")) > 0


def test_noun_a_lexicon_lists_counts_by_its_forms_where_wordfreq_lacks_its_lemma():
    # Wikidata lists das Kontrazeptivum; wordfreq knows only its plural "Kontrazeptiva".
    assert lemma_zipf(word("Kontrazeptivum", "NOUN", "Kontrazeptiva")) > 0
    # A compound on die Praktik, which German writes mostly as "Praktiken": a word, though
    # "Praktik" alone is below the Zipf a compound's head needs.
    assert lemma_zipf(word("Folterpraktik", "NOUN", "Folterpraktiken")) > 0
    # No lexicon lists a fragment or its last part: still no word.
    assert lemma_zipf(word("Durchwurschtel", "NOUN", "Durchwurschteln")) == 0.0


def test_a_verbs_declined_participle_does_not_count_towards_the_verb():
    # "eine bunt zusammengesetzte Jury" is the adjective (compound, composite), whose uses
    # wordfreq counts under that spelling: the verb's Zipf is the same whether the article
    # wrote the participle declined or only "setzten sich zusammen".
    finite = lemma_zipf(word("zusammensetzen", "VERB", "zusammensetzten"))
    assert lemma_zipf(word("zusammensetzen", "VERB", "zusammensetzten",
                           "zusammengesetzte", "zusammengesetzten")) == finite
    # A strong verb's declined participle ("die zurückgewiesenen Anträge") neither; its bare
    # participle ("hat den Antrag zurückgewiesen") still does.
    bare = lemma_zipf(word("zurückweisen", "VERB", "zurückgewiesen"))
    assert bare > form_zipf("zurückweisen") + 0.05
    assert lemma_zipf(word("zurückweisen", "VERB", "zurückgewiesen", "zurückgewiesenen")) == bare
    # Without ge- a declined participle is spelt as the simple past ("die Polizei
    # verhinderte es", "sie gestatteten es", a stem that begins with ge-): still counted.
    assert not _declined_participle("verhinderte", "verhindern", "VERB")
    assert not _declined_participle("gestatteten", "gestatten", "VERB")
    assert _declined_participle("gesetzten", "setzen", "VERB")
    # The bare participle and the finite forms are no declined participle.
    assert not _declined_participle("gesetzt", "setzen", "VERB")
    assert not _declined_participle("zurückgehalten", "zurückhalten", "VERB")
    assert _declined_participle("zurückgehaltenen", "zurückhalten", "VERB")
    assert _declined_participle("gearbeiteten", "arbeiten", "VERB")
    assert not _declined_participle("zusammensetzten", "zusammensetzen", "VERB")
