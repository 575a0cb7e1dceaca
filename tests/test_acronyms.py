"""Names an acronym in parentheses defines (learner/nlp/acronyms.py), on sentences written
for the test."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from learner.nlp.acronyms import is_acronym, long_form_start, repeated, spells_by_prefixes
from tests.sentence_words import lemmas, words_of


def test_the_acronym_spells_where_the_long_form_starts():
    words = "Laut einer Studie der Gesellschaft für Angewandte Kochkunst".split()
    assert long_form_start("GAK", words) == 4
    # Letters from inside a compound count: Zentral-Anstalt.
    words = "die Zentralanstalt für Meteorologie und Geodynamik".split()
    assert long_form_start("ZAMG", words) == 1
    assert long_form_start("XYZ", "die Zentralanstalt für Meteorologie".split()) is None


def test_what_counts_as_an_acronym():
    assert is_acronym("VGT") and is_acronym("WKÖ") and is_acronym("AfD") and is_acronym("F&E")
    assert not is_acronym("Foto") and not is_acronym("A") and not is_acronym("2016")


def test_words_of_a_name_an_acronym_defines_are_no_cards(nlp):
    found = lemmas(nlp, "Der Bund für Wanderfalkenschutz (BWS) klagt gegen die Stadt.")
    assert not {"Wanderfalkenschutz", "Bund"} & found
    assert "klagen" in found
    found = lemmas(nlp, "Die Gesellschaft für Angewandte Kochkunst (GAK) tagte lange.")
    assert not {"Gesellschaft", "Kochkunst", "angewandt"} & found


def test_a_name_defined_once_is_a_name_wherever_the_article_writes_it(nlp):
    text = ("Die Gesellschaft für Angewandte Kochkunst (GAK) tagte. Später lobte die "
            "Gesellschaft für Angewandte Kochkunst das Essen. Die Kochkunst blüht.")
    words = words_of(nlp, text)
    # Only the last sentence, outside the name, is an example of Kochkunst.
    assert [e.sentence for e in words["Kochkunst"].examples] == ["Die Kochkunst blüht."]


def test_a_single_word_an_acronym_defines_stays_vocabulary(nlp):
    # One word with an acronym is a term as often as a name.
    assert "Bruttoinlandsprodukt" in lemmas(nlp, "Das Bruttoinlandsprodukt (BIP) wächst.")


def test_a_single_institution_an_acronym_defines_is_a_name(nlp):
    # One body, with its definite article, that no dictionary lists with a plural.
    found = lemmas(nlp, "Laut dem Flusspflegeverbund (FPV) sinkt der Pegel.")
    assert "Flusspflegeverbund" not in found and "Pegel" in found
    found = lemmas(nlp, "Das Flusspflegeamt (FPA) lehnt den Plan ab.")
    assert "Flusspflegeamt" not in found and "ablehnen" in found


def test_a_single_word_with_no_definite_article_or_in_a_coordination_stays_vocabulary(nlp):
    # "jenes" picks one of a kind; "und" ends a coordination whose first part the acronym
    # spells as well.
    assert "Flusspflegeunternehmen" in lemmas(
        nlp, "Jenes Flusspflegeunternehmen (FPU) gewinnt den Auftrag.")
    assert "Holzbaubranche" in lemmas(
        nlp, "Die Holz- und Holzbaubranche (HB) wächst schnell.")


def test_a_long_form_in_parentheses_after_its_acronym_is_a_name(nlp):
    found = lemmas(nlp, "Der Plan der WFS (Wiener Flusspflege und Seenschutz) scheitert.")
    assert not {"Flusspflege", "Seenschutz"} & found and "Plan" in found
    # A description that only holds the acronym's words somewhere stays vocabulary.
    found = lemmas(nlp, "Die WFS (Messzahl für Wasser und Schlamm) steigt.")
    assert "Messzahl" in found


def test_parentheses_without_a_matching_name_change_nothing(nlp):
    found = lemmas(nlp, "Die Wanderfalken (ZQX) brüten wieder am Turm.")
    assert "Wanderfalke" in found


def test_a_translated_name_before_a_foreign_acronym_is_a_name(nlp):
    # The acronym spells the body's own name, not the German translation: a name made for
    # it that no dictionary lists, after its definite article.
    for text in ["Die Armee beschoss Stellungen der kurdischen Bergschützeneinheiten (YPK).",
                 "Sie verhandeln mit den sogenannten Bergschützeneinheiten (YPK) im Norden."]:
        found = lemmas(nlp, text)
        assert "Bergschützeneinheit" not in found, text
        assert "Stellung" in found or "verhandeln" in found


def test_a_listed_term_or_a_bare_noun_before_a_foreign_acronym_stays_vocabulary(nlp):
    # A term German Wiktionary lists keeps its card with an English acronym; a noun with no
    # definite article names a kind.
    assert "Hirnstrom" in lemmas(nlp, "Die Ärzte messen die Hirnströme (EEG) der Patienten.")
    assert "Bergschützeneinheit" in lemmas(
        nlp, "Das Land verbietet Bergschützeneinheiten (YPK) seit Jahren.")


def test_a_word_acronym_spells_the_first_letters_of_each_capitalized_word():
    assert spells_by_prefixes("Kiwi", "Kinder in Wien".split())
    assert spells_by_prefixes("Hili", "Hilfe für Linz".split())
    # Every capitalized word gives a piece, in order; one word alone defines no word acronym.
    assert not spells_by_prefixes("Kiwi", "Kinder".split())
    assert not spells_by_prefixes("Kiwi", "Kinder aus Wien und Graz".split())
    assert not spells_by_prefixes("Kiwi", "grüne Frucht".split())


def test_a_word_acronym_and_its_long_form_are_no_cards(nlp):
    found = lemmas(nlp, "Das Projekt betreibt der Verein Hilfe für Linz (Hili) seit dem "
                        "Frühjahr.")
    assert "Hilfe" not in found and "Hili" not in found
    assert "Projekt" in found and "Frühjahr" in found
    # A fruit in parentheses after a description is no acronym.
    assert "Kiwi" in lemmas(nlp, "Sie isst gerne eine grüne Frucht (Kiwi) zum Frühstück.")


def test_names_written_again_come_back_in_the_order_the_article_defines_them():
    # `repeated` finds each defined name wherever the text writes it again; the spans come
    # back name by name in the order of definition, not in a set's order, which Python's
    # string hashes change from run to run (four names: 24 orders).
    names = ["Bund für Wanderfalkenschutz", "Gesellschaft für Kochkunst",
             "Verein der Flusspfleger", "Amt für Deichbau"]
    doc = spacy.blank("de")(" , ".join(names) + " . " + " , ".join(reversed(names)) + " .")
    spans, start = [], 0
    for name in names:
        size = len(name.split())
        spans.append(Span(doc, start, start + size, label="ORG"))
        start += size + 1
    found = [span.text for span in repeated(doc, spans)]
    assert found == [name for name in names for _ in range(2)]
