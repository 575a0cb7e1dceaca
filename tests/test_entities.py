"""The name recognizer (learner.nlp.entities): the shipped model, and the checks that combine
its names with the tags and lexicons. Every sentence here is written for the test."""

import json
import socket

import pytest
import spacy
from spacy.tokens import Doc, Span

from learner.nlp import entities, load_pipeline
from learner.vocabulary import collect_words, is_candidate, word_lemma, word_pos


def _tagged(words, pos, ents=()):
    """A Doc with the given parts of speech (STTS NE for PROPN, NN for NOUN) and names."""
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    for token, p in zip(doc, pos, strict=True):
        token.pos_ = p
        token.tag_ = {"PROPN": "NE", "NOUN": "NN", "ADJ": "ADJA", "DET": "ART"}.get(p, "XY")
        token.lemma_ = "der" if p == "DET" else token.text
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


# --- the shipped model ----------------------------------------------------------------------

def test_model_ships_with_its_sources_and_scores():
    meta = json.loads((entities.MODEL_PATH / "meta.json").read_text(encoding="utf-8"))
    assert any("GermEval" in source["name"] and source["license"] == "CC BY 4.0"
               for source in meta["sources"])
    assert "learner.train_ner" in meta["training"]["command"]
    assert 0.0 < meta["performance"]["held_out"]["ents_f"] <= 1.0
    size = sum(f.stat().st_size for f in entities.MODEL_PATH.rglob("*") if f.is_file())
    assert size <= 15 * 1024 * 1024


@pytest.mark.parametrize("sentence, name, label", [
    ("Gestern besuchte Angela Merkel die Feuerwehr in Wolfsburg .", "Merkel", "PER"),
    ("Gestern besuchte Angela Merkel die Feuerwehr in Wolfsburg .", "Wolfsburg", "LOC"),
    ("Die Firma Siemens baut in Portugal ein neues Werk .", "Portugal", "LOC"),
    ("Die Deutsche Bahn erhöht im Dezember die Preise .", "Bahn", "ORG"),
    ("Die Mitglieder der SPD stimmten für den Vertrag .", "SPD", "ORG"),
    ("Nach Angaben der Vereinten Nationen flohen Tausende aus Syrien .", "Syrien", "LOC"),
])
def test_shipped_model_finds_people_places_organisations(sentence, name, label, monkeypatch):
    # Offline: loading and running the model opens no connection.
    def no_network(*args, **kwargs):
        raise OSError("the recognizer must load offline")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    entities.recognizer.cache_clear()
    ner = entities.recognizer()  # loads from the package folder
    doc = ner(Doc(ner.vocab, words=sentence.split()))
    found = {t.text: ent.label_ for ent in doc.ents for t in ent}
    assert name in found, [(e.text, e.label_) for e in doc.ents]
    assert found[name] == label


def test_the_component_made_for_a_pipeline_finds_what_the_loaded_recognizer_finds():
    # `recognizer_component` makes the `ner` in the pipeline's own vocabulary from the model's
    # config and weights, instead of `spacy.load` building a second Language around it.
    sentences = ["Gestern besuchte Angela Merkel die Feuerwehr in Wolfsburg .",
                 "Die Firma Siemens baut in Portugal ein neues Werk .",
                 "Laut Greenpeace verhandelt die EU in Brüssel mit Norwegen über Quoten ."]
    loaded = entities.recognizer()
    nlp = spacy.blank("de")
    made = entities.recognizer_component(nlp)
    assert made.labels == loaded.get_pipe("ner").labels
    assert made.vocab is nlp.vocab
    for sentence in sentences:
        words = sentence.split()
        ours = made(Doc(nlp.vocab, words=words))
        theirs = loaded(Doc(loaded.vocab, words=words))
        assert [(e.start, e.end, e.label_) for e in ours.ents] == \
            [(e.start, e.end, e.label_) for e in theirs.ents]
        assert ours.ents


# --- the checks -------------------------------------------------------------------------------

def test_a_span_of_common_nouns_alone_is_dropped():
    # A recognizer's guess on an ordinary noun: the lexicon lists it, nothing else says name.
    doc = entities.check_entities(_tagged(
        ["Am", "Rand", "der", "Savanne", "grasen", "Zebras"],
        ["ADP", "NOUN", "DET", "NOUN", "VERB", "NOUN"], ents=[(3, 4, "LOC")]))
    assert not doc.ents
    assert doc[3].pos_ == "NOUN"


def test_a_compound_with_a_short_noun_is_a_common_noun():
    # "Torgefahr" (Tor + Gefahr), "Waffenöl" (Waffe-n + Öl): short nouns make compounds as
    # long ones do; a span of one such word alone is the recognizer's guess, not a name.
    assert entities.is_common_noun("Torgefahr")
    assert entities.is_common_noun("Waffenöl")
    doc = entities.check_entities(_tagged(
        ["Für", "Torgefahr", "sorgt", "der", "Neue"],
        ["ADP", "NOUN", "VERB", "DET", "NOUN"], ents=[(1, 2, "PER")]))
    assert not doc.ents and doc[1].pos_ == "NOUN"
    # Two short parts, or a short last part spelt as a noun-forming ending, are no evidence:
    # place names and surnames are made so ("Südhof", "Wendl|er").
    assert not entities.is_common_noun("Südhof")
    # A noun in -ei of an agent noun in -er is the trade or its workshop (Winzer: Winzerei).
    assert entities.is_common_noun("Winzereien") and entities.is_common_noun("Winzerei")
    assert not entities.is_common_noun("Wendler")


def test_a_span_is_cut_at_a_dateline_s_dash():
    # "Wrobelstadt – Schlafforscher und Handelsreisende kennen das": the recognizer's span runs
    # from the dateline's place into the sentence; the nouns after the dash stay vocabulary.
    doc = entities.check_entities(_tagged(
        ["Wrobelstadt", "–", "Schlafforscher", "und", "Handelsreisende", "kennen", "das"],
        ["PROPN", "PUNCT", "NOUN", "CCONJ", "NOUN", "VERB", "DET"], ents=[(0, 5, "OTH")]))
    assert [e.text for e in doc.ents] == ["Wrobelstadt"]
    assert doc[4].pos_ == "NOUN" and is_candidate(doc[4])
    # A name after the dash is a span of its own, without the nouns before it.
    doc = entities.check_entities(_tagged(
        ["Wrobelstadt", "–", "Der", "Autohersteller", "Wrobelski", "Motors", "wächst"],
        ["PROPN", "PUNCT", "DET", "NOUN", "PROPN", "PROPN", "VERB"], ents=[(0, 6, "ORG")]))
    assert [e.text for e in doc.ents] == ["Wrobelstadt", "Wrobelski Motors"]
    assert is_candidate(doc[3])
    # Inside a sentence a dash may join a title's parts: the span stays whole.
    doc = entities.check_entities(_tagged(
        ["Sie", "sah", "Wrobel", "–", "Quak", "Nation"],
        ["PRON", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN"], ents=[(2, 6, "OTH")]))
    assert [e.text for e in doc.ents] == ["Wrobel – Quak Nation"]


def test_a_place_s_adjective_before_common_nouns_is_no_place_s_name():
    # "die Welser Kulturszene": the scene of Wels (Welser, the place's adjective), a common
    # noun; the recognizer's LOC span over both is confirmed by nothing but the capital.
    # The tagger reads the adjective as a name (NE), as it does "Welser" in news.
    doc = entities.check_entities(_tagged(
        ["Die", "Welser", "Kulturszene", "protestiert"],
        ["DET", "PROPN", "NOUN", "VERB"], ents=[(1, 3, "LOC")]))
    assert not doc.ents and is_candidate(doc[2])
    # An organisation's span keeps them: such words name institutions ("Welser Messe").
    doc = entities.check_entities(_tagged(
        ["Die", "Welser", "Kulturszene", "protestiert"],
        ["DET", "PROPN", "NOUN", "VERB"], ents=[(1, 3, "ORG")]))
    assert [e.text for e in doc.ents] == ["Welser Kulturszene"]


def test_a_word_no_noun_lexicon_lists_is_a_name():
    doc = entities.check_entities(_tagged(
        ["Laut", "Wrobelski", "steigen", "die", "Preise"],
        ["ADP", "NOUN", "VERB", "DET", "NOUN"], ents=[(1, 2, "PER")]))
    assert [e.text for e in doc.ents] == ["Wrobelski"]
    assert (doc[1].pos_, doc[1].tag_) == ("PROPN", "NE")


def test_a_name_the_tagger_found_confirms_its_span():
    doc = entities.check_entities(_tagged(
        ["Das", "Wrobelski-Institut", "für", "Astronomie", "forscht"],
        ["DET", "PROPN", "ADP", "NOUN", "VERB"], ents=[(1, 4, "ORG")]))
    assert [e.text for e in doc.ents] == ["Wrobelski-Institut für Astronomie"]
    # The common noun is inside the name (no card from here) but keeps its noun tag.
    assert doc[3].pos_ == "NOUN" and not is_candidate(doc[3])


def test_a_kind_noun_before_a_name_stays_vocabulary():
    # "das Downloadportal Steam": the noun in apposition says what the name names; it is left
    # out of the name.
    doc = entities.check_entities(_tagged(
        ["Sie", "spielt", "auf", "dem", "Downloadportal", "Wrobelski"],
        ["PRON", "VERB", "ADP", "DET", "NOUN", "PROPN"], ents=[(4, 6, "ORG")]))
    assert [e.text for e in doc.ents] == ["Wrobelski"]
    assert doc[4].pos_ == "NOUN" and is_candidate(doc[4])


def test_a_kind_noun_before_a_place_is_an_institutions_name():
    # "die Universität Freiburg": an institution named by its kind and its seat, a place
    # Wiktionary lists; GermEval tags both ORG, UD both PROPN.
    doc = entities.check_entities(_tagged(
        ["Sie", "studiert", "an", "der", "Universität", "Freiburg"],
        ["PRON", "VERB", "ADP", "DET", "NOUN", "PROPN"], ents=[(4, 6, "ORG")]))
    assert [e.text for e in doc.ents] == ["Universität Freiburg"]
    assert doc[4].pos_ == "PROPN" and not is_candidate(doc[4])
    # Read as a person's name, the span keeps no kind before the place.
    doc = entities.check_entities(_tagged(
        ["Sie", "studiert", "an", "der", "Universität", "Freiburg"],
        ["PRON", "VERB", "ADP", "DET", "NOUN", "PROPN"], ents=[(4, 6, "PER")]))
    assert doc[4].pos_ == "NOUN"


def test_a_one_noun_organisation_is_an_institution():
    doc = entities.check_entities(_tagged(
        ["Der", "Bundestag", "tagt", "heute"],
        ["DET", "NOUN", "VERB", "ADV"], ents=[(1, 2, "ORG")]))
    assert [e.text for e in doc.ents] == ["Bundestag"]
    assert doc[1].pos_ == "PROPN"
    # A noun read as a place is no institution, and here no other evidence confirms it (a
    # compound of two long parts would be one by the lexicons alone: see below).
    doc = entities.check_entities(_tagged(
        ["Der", "Landtag", "tagt", "heute"],
        ["DET", "NOUN", "VERB", "ADV"], ents=[(1, 2, "LOC")]))
    assert not doc.ents
    # A noun HanTa's lexicon never reads as a name is an activity or a kind, however the
    # recognizer reads it ("die Weinlese").
    doc = entities.check_entities(_tagged(
        ["Bald", "beginnt", "die", "Weinlese"],
        ["ADV", "VERB", "DET", "NOUN"], ents=[(3, 4, "ORG")]))
    assert not doc.ents and doc[3].pos_ == "NOUN"
    # Without the definite article an institution takes, a lone noun read as an
    # organisation stays a common noun ("auf Selektion", "Senat und Kammer") ...
    doc = entities.check_entities(_tagged(
        ["Es", "kommt", "auf", "Selektion", "an"],
        ["PRON", "VERB", "ADP", "NOUN", "ADP"], ents=[(3, 4, "ORG")]))
    assert not doc.ents and doc[3].pos_ == "NOUN"
    # ... unless it has no plural: one institution, with or without its article.
    doc = entities.check_entities(_tagged(
        ["Zwischen", "Bundeswehr", "und", "Polizei", "gibt", "es", "Streit"],
        ["ADP", "NOUN", "CCONJ", "NOUN", "VERB", "PRON", "NOUN"], ents=[(1, 2, "ORG")]))
    assert [e.text for e in doc.ents] == ["Bundeswehr"] and doc[1].pos_ == "PROPN"


def test_an_institution_the_lexicons_name_is_a_name_without_the_recognizer():
    # A compound noun with no plural that HanTa's lexicon also reads as a name, after a
    # definite article: one institution ("die Bundesbank", "im Europaparlament").
    doc = entities.check_entities(_tagged(
        ["Am", "Montag", "senkte", "die", "Bundesbank", "den", "Leitzins"],
        ["ADP", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN"]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Bundesbank", "ORG")]
    assert (doc[4].pos_, doc[4].tag_) == ("PROPN", "NE")
    assert doc[6].pos_ == "NOUN"
    # A noun only Wikidata lists, with no forms, is one too.
    doc = entities.check_entities(_tagged(
        ["Heute", "urteilte", "das", "Bundessozialgericht"], ["ADV", "VERB", "DET", "NOUN"]))
    assert doc[3].pos_ == "PROPN"
    # So is one whose plural Wiktionary gives: after the definite article a compound HanTa
    # reads as a name names the one court, the one republic.
    doc = entities.check_entities(_tagged(
        ["Heute", "entschied", "das", "Bundesverwaltungsgericht"],
        ["ADV", "VERB", "DET", "NOUN"]))
    assert doc[3].pos_ == "PROPN"


def test_an_institution_a_compound_noun_names_is_still_a_card():
    # "die Bundesbank", "in der Volksrepublik": a name in the tags (PROPN, as UD has it), but
    # the noun's own sense, which a learner meets as a word: a noun card.
    doc = entities.check_entities(_tagged(
        ["Am", "Montag", "senkte", "die", "Bundesbank", "den", "Leitzins"],
        ["ADP", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN"]))
    assert doc[4].pos_ == "PROPN" and is_candidate(doc[4])
    assert (word_lemma(doc[4])[0], word_pos(doc[4])) == ("Bundesbank", "NOUN")
    doc = entities.check_entities(_tagged(
        ["Die", "Delegation", "reiste", "in", "die", "Volksrepublik"],
        ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], ents=[(5, 6, "ORG")]))
    assert [e.text for e in doc.ents] == ["Volksrepublik"]
    assert is_candidate(doc[5]) and word_pos(doc[5]) == "NOUN"


def test_the_institution_noun_attribute_reads_the_tags_as_they_finally_stand():
    # `token._.institution_noun`, which the vocabulary stage reads, is judged on the tags as
    # they stand when it is read: the article's pass (`mark_article_names`) may retag the
    # word after the noun a name once the pipeline is done, and before a name the noun is
    # part of a longer one ("die Volksrepublik Wrobelstan").
    doc = entities.check_entities(_tagged(
        ["Die", "Delegation", "reiste", "in", "die", "Volksrepublik", "Wrobelstan"],
        ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN"], ents=[(5, 6, "ORG")]))
    assert doc[5]._.institution_noun and is_candidate(doc[5])
    doc[6].pos_, doc[6].tag_ = "PROPN", "NE"
    assert not doc[5]._.institution_noun and not is_candidate(doc[5])
    assert not doc[1]._.institution_noun


@pytest.mark.parametrize("words, pos, ents, at", [
    # Part of a longer name: the noun before the seat ("das Landeskriminalamt Wien" is one),
    # however the recognizer cut it.
    (["Er", "rief", "das", "Landeskriminalamt", "Wien", "an"],
     ["PRON", "VERB", "DET", "NOUN", "PROPN", "ADP"], [(3, 5, "ORG")], 3),
    (["Er", "rief", "das", "Landeskriminalamt", "Wien", "an"],
     ["PRON", "VERB", "DET", "NOUN", "PROPN", "ADP"], [(3, 4, "ORG"), (4, 5, "LOC")], 3),
    # A simple noun that names an organisation is as often a firm's or a club's name.
    (["Er", "arbeitet", "bei", "der", "Post"], ["PRON", "VERB", "ADP", "DET", "NOUN"],
     [(4, 5, "ORG")], 4),
    # A place's name (Wiktionary: Toponym) is no institution, however it is compounded.
    (["Sie", "wohnt", "in", "Wrobelsdorf"], ["PRON", "VERB", "ADP", "PROPN"], [(3, 4, "ORG")], 3),
    # A street named after a place (the names layer tagged it so) is no institution,
    # whatever label the recognizer gave it.
    (["Die", "Linzer", "Ringstraße", "wird", "gesperrt"], ["DET", "ADJ", "PROPN", "AUX", "VERB"],
     [(2, 3, "ORG")], 2),
])
def test_a_word_of_a_longer_name_or_no_compound_noun_is_no_card(words, pos, ents, at):
    doc = entities.check_entities(_tagged(words, pos, ents))
    assert not is_candidate(doc[at])


@pytest.mark.parametrize("words, pos", [
    # A noun with a plural names a kind of thing, however often it names one bank.
    (["Sie", "ging", "in", "die", "Bank"], ["PRON", "VERB", "ADP", "DET", "NOUN"]),
    # A simple noun with a name reading is as often a common one.
    (["Er", "liebt", "das", "Internet"], ["PRON", "VERB", "DET", "NOUN"]),
    # Without a definite article the noun is no one institution.
    (["Ohne", "Bundesbank", "geht", "es"], ["ADP", "NOUN", "VERB", "PRON"]),
])
def test_a_noun_the_lexicons_do_not_name_stays_a_noun(words, pos):
    doc = entities.check_entities(_tagged(words, pos))
    assert not doc.ents
    assert all(t.pos_ != "PROPN" for t in doc)


def test_an_acronym_alone_is_no_institution():
    doc = entities.check_entities(_tagged(
        ["Die", "NGO", "protestiert"], ["DET", "NOUN", "VERB"], ents=[(1, 2, "ORG")]))
    assert doc[1].pos_ == "NOUN"


def test_foreign_words_in_a_name_keep_their_tag():
    # "Wrobelski" confirms the span; the English words in the title stay X, as in UD.
    doc = entities.check_entities(_tagged(
        ["Wrobelskis", "Album", "Slow", "Motion"], ["PROPN", "NOUN", "X", "X"],
        ents=[(0, 4, "OTH")]))
    assert [t.pos_ for t in doc[2:]] == ["X", "X"]


def test_a_role_before_a_person_stays_vocabulary():
    doc = entities.check_entities(_tagged(
        ["Finanzministerin", "Wrobelski", "lehnte", "ab"],
        ["NOUN", "NOUN", "VERB", "ADP"], ents=[(0, 2, "PER")]))
    assert [e.text for e in doc.ents] == ["Wrobelski"]
    assert doc[0].pos_ == "NOUN" and is_candidate(doc[0])


def test_the_kind_after_an_organisations_name_is_part_of_the_name():
    # "die Wrobelski AG", "die Wrobelski - Stiftung" (a treebank splits the hyphen off): the
    # kind of organisation after the name that tells it apart is part of the proper name.
    doc = entities.check_entities(_tagged(
        ["Die", "Wrobelski", "AG", "wächst"], ["DET", "PROPN", "NOUN", "VERB"],
        ents=[(1, 3, "ORG")]))
    assert (doc[2].pos_, doc[2].tag_) == ("PROPN", "NE")
    doc = entities.check_entities(_tagged(
        ["die", "Wrobelski", "-", "Stiftung", "für", "Astronomie"],
        ["DET", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN"], ents=[(1, 6, "ORG")]))
    assert doc[3].pos_ == "PROPN"
    # What the organisation works on stays a common noun.
    assert doc[5].pos_ == "NOUN"


def test_a_noun_after_a_name_is_no_kind_unless_it_ends_an_organisations_name():
    # A person's name goes on after the noun: it is a role ("US-Bürger Wrobelski"), however
    # the recognizer labels the span; after a person's name a noun is what the person has.
    doc = entities.check_entities(_tagged(
        ["Der", "EU", "-", "Bürger", "Jan", "Wrobelski", "klagt"],
        ["DET", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB"], ents=[(1, 6, "ORG")]))
    assert doc[3].pos_ == "NOUN"
    doc = entities.check_entities(_tagged(
        ["Wrobelskis", "Regierung", "wankt"], ["PROPN", "NOUN", "VERB"],
        ents=[(0, 2, "PER")]))
    assert doc[1].pos_ == "NOUN"


def test_a_persons_name_ends_at_its_last_name_word():
    # A span that runs on past a person's name ("Wrobelskis Büro") takes in what follows it;
    # it stays vocabulary.
    doc = entities.check_entities(_tagged(
        ["Das", "meldete", "Wrobelskis", "Büro", "gestern"],
        ["DET", "VERB", "PROPN", "NOUN", "ADV"], ents=[(2, 4, "PER")]))
    assert [e.text for e in doc.ents] == ["Wrobelskis"]
    assert is_candidate(doc[3])
    # An organisation's name keeps what follows its name word.
    doc = entities.check_entities(_tagged(
        ["Das", "meldete", "Wrobelskis", "Büro", "gestern"],
        ["DET", "VERB", "PROPN", "NOUN", "ADV"], ents=[(2, 4, "ORG")]))
    assert [e.text for e in doc.ents] == ["Wrobelskis Büro"]


def test_a_noun_after_a_name_hanta_knows_only_as_one_is_a_surname():
    # "Brandon" is no first name Wiktionary lists, but HanTa's lexicon knows it only as a
    # name; "Kiefer" is a common noun too. Right after the name, in the recognizer's person
    # span, it is the surname: no card, and a name in the whole article.
    first = entities.check_entities(_tagged(
        ["Gestern", "traf", "Brandon", "Kiefer", "dreimal"],
        ["ADV", "VERB", "PROPN", "NOUN", "ADV"], ents=[(2, 4, "PER")]))
    assert [e.text for e in first.ents] == ["Brandon Kiefer"]
    assert first[3].pos_ == "PROPN" and not is_candidate(first[3])
    later = _tagged(["Laut", "Kiefer", "stimmt", "das"], ["ADP", "NOUN", "VERB", "DET"])
    entities.mark_article_names([first, later])
    assert later[1].pos_ == "PROPN"
    # A place's name with an English plural after it names a team ("Florida Sharks").
    doc = entities.check_entities(_tagged(
        ["Gestern", "verloren", "die", "Florida", "Sharks"],
        ["ADV", "VERB", "DET", "PROPN", "NOUN"], ents=[(3, 5, "PER")]))
    assert [e.text for e in doc.ents] == ["Florida Sharks"]
    # After a whole name the noun is a predicate, though the name before it is one HanTa
    # knows only as a name ("dass Brandon Merkel Präsident wird").
    doc = entities.check_entities(_tagged(
        ["dass", "Brandon", "Merkel", "Präsident", "wird"],
        ["SCONJ", "PROPN", "PROPN", "NOUN", "AUX"], ents=[(1, 4, "PER")]))
    assert [e.text for e in doc.ents] == ["Brandon Merkel"]
    # After a name HanTa also knows as a common noun ("Essen") the noun may be its own.
    doc = entities.check_entities(_tagged(
        ["Gestern", "traf", "Essen", "Kiefer", "dreimal"],
        ["ADV", "VERB", "PROPN", "NOUN", "ADV"], ents=[(2, 4, "PER")]))
    assert [e.text for e in doc.ents] == ["Essen"]


def test_a_noun_after_a_possessors_name_is_no_part_of_the_name():
    # The recognizer's span runs on from a name in the genitive over the noun it determines,
    # and on to the person the noun names: the noun stays vocabulary.
    doc = entities.check_entities(_tagged(
        ["Auch", "Wrobelskis", "Nachfolgerin", "Petra", "Kowalczyk", "war", "da"],
        ["ADV", "PROPN", "NOUN", "PROPN", "PROPN", "AUX", "ADV"], ents=[(1, 5, "PER")]))
    assert [e.text for e in doc.ents] == ["Wrobelskis", "Petra Kowalczyk"]
    assert is_candidate(doc[2])
    doc = entities.check_entities(_tagged(
        ["Wrobelskis", "Gemälde", "hängen", "hier"], ["PROPN", "NOUN", "VERB", "ADV"],
        ents=[(0, 2, "OTH")]))
    assert [e.text for e in doc.ents] == ["Wrobelskis"] and is_candidate(doc[1])
    # A first name in -s goes on to the surname, a common noun or not, whatever the label.
    doc = entities.check_entities(_tagged(
        ["Klaus", "Koch", "singt"], ["PROPN", "NOUN", "VERB"], ents=[(0, 2, "OTH")]))
    assert [e.text for e in doc.ents] == ["Klaus Koch"]


def test_a_cut_off_first_part_is_a_name_only_where_the_part_alone_is_one():
    # "Kinder-" is in its linking form, which no noun lexicon lists; HanTa reads "Kinder" as a
    # noun, so the span has no name in it and the compound stays vocabulary.
    doc = _tagged(["der", "Kinder-", "und", "Jugendarzt", "kam"],
                  ["DET", "X", "CCONJ", "NOUN", "VERB"], ents=[(1, 4, "OTH")])
    doc[1].tag_ = "TRUNC"
    doc = entities.check_entities(doc)
    assert not doc.ents and is_candidate(doc[3])
    # A part HanTa reads as a place is a name's part: "Niederösterreich- und Tirol-Werbung".
    doc = _tagged(["die", "Niederösterreich-", "und", "Tirolwerbung"],
                  ["DET", "X", "CCONJ", "NOUN"], ents=[(1, 4, "ORG")])
    doc[1].tag_ = "TRUNC"
    assert entities.check_entities(doc).ents


def test_a_nationality_adjective_in_a_span_keeps_its_tag():
    doc = entities.check_entities(_tagged(
        ["die", "Wrobelski-Stiftung", "für", "russische", "Kunst"],
        ["DET", "NOUN", "ADP", "ADJ", "NOUN"], ents=[(1, 5, "ORG")]))
    assert doc[3].pos_ == "ADJ" and doc[4].pos_ == "NOUN"


# --- names across an article ---------------------------------------------------------------

def test_a_name_in_one_sentence_is_a_name_in_the_articles_others():
    # The article introduces the person by the full name, then writes the surname alone.
    first = _tagged(["Trainer", "Reinhard", "Wrobelski", "lobt", "das", "Team"],
                    ["NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN"])
    later = _tagged(["Unter", "Wrobelski", "spielt", "es", "besser"],
                    ["ADP", "NOUN", "VERB", "PRON", "ADV"])
    genitive = _tagged(["Wrobelskis", "Plan", "geht", "auf"],
                       ["NOUN", "NOUN", "VERB", "ADP"])
    entities.mark_article_names([first, later, genitive])
    assert (later[1].pos_, later[1].tag_) == ("PROPN", "NE") and not is_candidate(later[1])
    assert genitive[0].pos_ == "PROPN"
    assert genitive[1].pos_ == "NOUN" and later[0].pos_ == "ADP"


def test_a_surname_after_a_first_name_is_a_name_though_it_is_also_a_noun():
    # "Koch" is a common noun too; after a first name it is a surname, in the whole article.
    first = _tagged(["Gestern", "sprach", "Reinhard", "Koch"],
                    ["ADV", "VERB", "PROPN", "PROPN"])
    later = _tagged(["Das", "bestätigte", "Koch"], ["DET", "VERB", "NOUN"])
    entities.mark_article_names([first, later])
    assert later[2].pos_ == "PROPN"
    # Tagged a name without a first name before it, a listed noun stays a noun elsewhere.
    first = _tagged(["Gestern", "sprach", "Koch"], ["ADV", "VERB", "PROPN"])
    later = _tagged(["Der", "Koch", "kocht"], ["DET", "NOUN", "VERB"])
    entities.mark_article_names([first, later])
    assert later[1].pos_ == "NOUN"


def test_the_words_of_a_title_name_nothing_elsewhere():
    # A title (OTH) is made of ordinary words as often as of names: a verb's noun here.
    title = _tagged(["Verlinken", "verboten", "?"], ["PROPN", "ADJ", "PUNCT"],
                    ents=[(0, 2, "OTH")])
    later = _tagged(["Das", "Verlinken", "ist", "erlaubt"], ["DET", "NOUN", "AUX", "ADJ"])
    entities.mark_article_names([title, later])
    assert later[1].pos_ == "NOUN"


def test_a_build_marks_names_across_the_article():
    from learner.articles import Article
    from learner.build import analyse_article
    from learner.build.analysis import WORD_FIELDS

    # A surname made of two nouns ("Stein-ball"): alone, the tagger reads it as a noun; the
    # article's first paragraph gives it after a first name.
    text = "Der Trainer heißt Reinhard Steinball.\n\nUnter Steinball läuft es besser."
    article = Article(path="a.txt", title="a", text=text)
    words, _, _ = analyse_article(article, load_pipeline())
    assert "Steinball" not in {w[WORD_FIELDS["lemma"]] for w in words}


# --- the vocabulary stage -----------------------------------------------------------------

def test_a_word_only_inside_a_name_makes_no_card():
    doc = _tagged(["Das", "Institut", "für", "Astronomie", "forscht", "."],
                  ["DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"], ents=[(1, 4, "ORG")])
    lemmas = {w.lemma for w in collect_words([(doc, "a")])}
    assert "Astronomie" not in lemmas and "Institut" not in lemmas
    assert "forscht" in lemmas


def test_an_example_showing_the_word_only_in_a_name_is_not_used():
    in_name = _tagged(["Das", "Institut", "für", "Astronomie", "forscht", "."],
                      ["DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"], ents=[(1, 4, "ORG")])
    plain = _tagged(["Sie", "liebt", "die", "Astronomie", "."],
                    ["PRON", "VERB", "DET", "NOUN", "PUNCT"])
    words = {w.lemma: w for w in collect_words([(in_name, "a"), (plain, "b")])}
    astronomy = words["Astronomie"]
    assert astronomy.count == 1
    assert [e.sentence for e in astronomy.examples] == ["Sie liebt die Astronomie ."]


# --- the pipelines ------------------------------------------------------------------------

def test_embedded_pipeline_runs_the_recognizer():
    nlp = load_pipeline()
    assert nlp.pipe_names[-3:] == ["name_recognizer", "acronym_names", "title_names"]
    doc = nlp("Der Bürgermeister von Graz, Siegfried Nagl, eröffnete die russische Ausstellung.")
    names = " ".join(e.text for e in doc.ents)
    assert "Nagl" in names
    # The place is a name by the recognizer or by the tags (the `fast` model, shipped for
    # speed, leaves "Graz" here to HanTa's NE): either way no card.
    assert doc[3].text == "Graz" and (doc[3].ent_type_ or doc[3].pos_ == "PROPN")
    assert not is_candidate(doc[3])
    # The noun before the name and the nationality adjective stay vocabulary.
    assert {"Bürgermeister", "russisch", "Ausstellung"} <= {
        t.lemma_ for t in doc if is_candidate(t)}


def test_a_surname_the_recognizer_joins_to_a_name_is_a_name_in_the_whole_article():
    # "Gislo" is no first name Wiktionary lists and "Sandmeister" splits into Sand + Meister;
    # the recognizer's person span over both says it is a surname, also where it stands alone.
    first = _tagged(["Gestern", "sprach", "Gislo", "Sandmeister"],
                    ["ADV", "VERB", "PROPN", "PROPN"], ents=[(2, 4, "PER")])
    later = _tagged(["Laut", "Sandmeister", "stimmt", "das"], ["ADP", "NOUN", "VERB", "DET"])
    entities.mark_article_names([first, later])
    assert later[1].pos_ == "PROPN" and not is_candidate(later[1])
    # Without the recognizer's span the two are a name and a noun.
    first = _tagged(["Gestern", "sprach", "Gislo", "Sandmeister"],
                    ["ADV", "VERB", "PROPN", "PROPN"])
    later = _tagged(["Laut", "Sandmeister", "stimmt", "das"], ["ADP", "NOUN", "VERB", "DET"])
    entities.mark_article_names([first, later])
    assert later[1].pos_ == "NOUN"


def test_names_the_recognizer_confirms_make_a_list_of_names():
    # The tagger read three players as nouns: only with the recognizer's names is the line-up
    # mostly names, and "Brauer", a common noun too, the next player.
    words = ["Grunzing", ":", "Tellerer", ",", "Wrobelski", ",", "Kalnoky", "–", "Brauer", "."]
    doc = _tagged(words, ["PROPN", "PUNCT", "NOUN", "PUNCT", "NOUN", "PUNCT", "NOUN",
                          "PUNCT", "NOUN", "PUNCT"], ents=[(2, 3, "PER"), (4, 5, "PER"),
                                                         (6, 7, "PER")])
    entities.check_entities(doc)
    assert doc[8].pos_ == "PROPN"


def test_a_noun_in_a_person_s_span_after_a_genitive_stays_a_noun_elsewhere():
    # The recognizer runs "Gislos Anwaltskanzlei" together; the genitive owns the noun.
    first = _tagged(["Gislos", "Anwaltskanzlei", "klagt"], ["PROPN", "PROPN", "VERB"],
                    ents=[(0, 2, "PER")])
    later = _tagged(["Die", "Anwaltskanzlei", "schweigt"], ["DET", "NOUN", "VERB"])
    entities.mark_article_names([first, later])
    assert later[1].pos_ == "NOUN"


def test_a_surname_met_in_the_genitive_after_a_foreign_first_name_is_a_name_later():
    # "Arabelle" is a first name the tagger read as foreign (FM); the recognizer's person span
    # holds the surname in the genitive, and the article later writes it bare.
    first = _tagged(["Arabelle", "Sandmeisters", "Show", "startet"],
                    ["X", "PROPN", "NOUN", "VERB"], ents=[(0, 2, "PER")])
    first[0].tag_ = "FM"
    later = _tagged(["Das", "sagt", "Sandmeister"], ["DET", "VERB", "NOUN"])
    entities.mark_article_names([first, later])
    assert later[2].pos_ == "PROPN"
    # A common noun the lexicon lists stays one: "Arabelle Kochs Show" ... "der Koch".
    first = _tagged(["Arabelle", "Kochs", "Show", "startet"],
                    ["X", "PROPN", "NOUN", "VERB"], ents=[(0, 2, "PER")])
    first[0].tag_ = "FM"
    later = _tagged(["Das", "sagt", "der", "Koch"], ["DET", "VERB", "DET", "NOUN"])
    entities.mark_article_names([first, later])
    assert later[3].pos_ == "NOUN"


def test_a_role_noun_the_tagger_read_as_a_name_before_a_first_name_stays_vocabulary():
    # "der Bademeister Heinrich Wrobelski": the tagger and the recognizer took the role for
    # the name's first word (NE, inside the span); the lexicon lists it as a common noun with
    # a gender, and the person's name begins at the first name.
    doc = entities.check_entities(_tagged(
        ["Gestern", "warnte", "der", "Bademeister", "Heinrich", "Wrobelski", "die", "Gäste"],
        ["ADV", "VERB", "DET", "PROPN", "PROPN", "PROPN", "DET", "NOUN"],
        ents=[(3, 6, "ORG")]))
    assert [e.text for e in doc.ents] == ["Heinrich Wrobelski"]
    assert (doc[3].pos_, doc[3].tag_) == ("NOUN", "NN") and is_candidate(doc[3])
    # In a case form, the noun gets its lemma back; and so does a role the tagger read as a
    # name outside the recognizer's span.
    doc = entities.check_entities(_tagged(
        ["Sie", "dankte", "dem", "Polizisten", "Heinrich", "Wrobelski"],
        ["PRON", "VERB", "DET", "PROPN", "PROPN", "PROPN"], ents=[(4, 6, "PER")]))
    assert (doc[3].pos_, word_lemma(doc[3])[0]) == ("NOUN", "Polizist")
    # A hyphenated compound is headed by its last part.
    doc = entities.check_entities(_tagged(
        ["Es", "sprach", "Vereins-Bademeister", "Heinrich", "Wrobelski"],
        ["PRON", "VERB", "PROPN", "PROPN", "PROPN"], ents=[(2, 5, "PER")]))
    assert [e.text for e in doc.ents] == ["Heinrich Wrobelski"]
    assert doc[2].pos_ == "NOUN" and doc[2].lemma_ == "Vereins-Bademeister"
    # A noun declined like an adjective gets its weak form, as the lemma stage gives it.
    doc = entities.check_entities(_tagged(
        ["Es", "sprach", "Vereins-Vorsitzender", "Heinrich", "Wrobelski"],
        ["PRON", "VERB", "PROPN", "PROPN", "PROPN"], ents=[(2, 5, "PER")]))
    assert doc[2].pos_ == "NOUN" and doc[2].lemma_ == "Vereins-Vorsitzende"


def test_a_noun_that_is_a_surname_too_before_a_first_name_stays_in_the_name():
    # "Fischer Heinrich": a surname before the first name (a line-up, Austrian usage) is the
    # name's first word, though the lexicon lists it as a common noun too.
    doc = entities.check_entities(_tagged(
        ["Im", "Tor", "stand", "Fischer", "Heinrich"],
        ["ADP", "NOUN", "VERB", "PROPN", "PROPN"], ents=[(3, 5, "PER")]))
    assert [e.text for e in doc.ents] == ["Fischer Heinrich"]
    assert doc[3].pos_ == "PROPN"
    # A noun before a name that is no first name is a firm's name ("Bank Austria").
    doc = entities.check_entities(_tagged(
        ["Sie", "arbeitet", "bei", "der", "Bank", "Austria"],
        ["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN"], ents=[(4, 6, "ORG")]))
    assert [e.text for e in doc.ents] == ["Bank Austria"]
    # Nor a noun HanTa's lexicon knows as a name too: a place before a role ("Burgenlands
    # Bademeister Heinrich ...").
    doc = entities.check_entities(_tagged(
        ["Dort", "sprach", "Burgenlands", "Bademeister", "Heinrich", "Wrobelski"],
        ["ADV", "VERB", "PROPN", "NOUN", "PROPN", "PROPN"], ents=[(3, 6, "PER")]))
    assert doc[2].pos_ == "PROPN" and doc[3].pos_ == "NOUN"
    assert [e.text for e in doc.ents] == ["Heinrich Wrobelski"]


def _article(*sentences: str) -> list[Doc]:
    nlp = load_pipeline()
    docs = [nlp(s) for s in sentences]
    entities.mark_article_names(docs)
    return docs


def test_a_count_noun_an_article_writes_bare_throughout_is_a_name():
    # A supermarket chain named by a common count noun (der Leuchtturm, die Leuchttürme):
    # three bare singulars where the noun takes its article, none with one; "die Leuchtturm
    # GmbH" is the article of GmbH.
    docs = _article("Die Leuchtturm GmbH hat Insolvenz angemeldet.",
                    "Leuchtturm bestätigt die Zahlen.",
                    "Die Lieferanten von Leuchtturm warten auf ihr Geld.",
                    "Bei Leuchtturm arbeiten 300 Menschen.")
    assert all(t.pos_ == "PROPN" for d in docs for t in d if t.text == "Leuchtturm")


def test_a_count_noun_with_an_article_once_or_as_a_predicate_stays_a_noun():
    # Once with its article: the common noun, however often bare elsewhere.
    docs = _article("Leuchtturm bestätigt die Zahlen.",
                    "Die Lieferanten von Leuchtturm warten.",
                    "Bei Leuchtturm arbeiten 300 Menschen.",
                    "Der Leuchtturm steht am Meer.")
    assert all(t.pos_ == "NOUN" for d in docs for t in d if t.text == "Leuchtturm")
    # "als" makes a predicate, a capital after it a role: bare, and no name.
    docs = _article("Er arbeitete als Trainer in Graz.",
                    "Als Trainer gewann er viel.",
                    "Trainer Huber lachte.",
                    "Sie kennt ihn als Trainer und Freund.")
    assert all(t.pos_ == "NOUN" for d in docs for t in d if t.text == "Trainer")


def test_a_listed_noun_the_tagger_names_twice_and_never_determined_is_a_name():
    # A firm named by a listed noun whose plural is written as its singular (die Spätzle):
    # the tagger reads it a name after its kind and after "von", the noun after "bei", and
    # the article never writes it with an article.
    docs = [_tagged(["Die", "Firma", "Spätzle", "soll", "Müll", "vergraben", "haben"],
                    ["DET", "NOUN", "PROPN", "AUX", "NOUN", "VERB", "AUX"]),
            _tagged(["Der", "Chef", "von", "Spätzle", "schweigt"],
                    ["DET", "NOUN", "ADP", "PROPN", "VERB"]),
            _tagged(["Der", "Müll", "landet", "bei", "Spätzle"],
                    ["DET", "NOUN", "VERB", "ADP", "NOUN"])]
    entities.mark_article_names(docs)
    assert docs[2][4].pos_ == "PROPN" and docs[2][4].tag_ == "NE"
    assert docs[2][1].pos_ == "NOUN"


def test_a_listed_noun_named_once_or_with_an_article_stays_a_noun():
    firm = _tagged(["Die", "Firma", "Spätzle", "soll", "Müll", "vergraben", "haben"],
                   ["DET", "NOUN", "PROPN", "AUX", "NOUN", "VERB", "AUX"])
    meal = _tagged(["Zum", "Essen", "gab", "es", "Spätzle"],
                   ["ADP", "NOUN", "VERB", "PRON", "NOUN"])
    # Read a name once only: the tagger's one slip says nothing.
    docs = [firm, meal]
    entities.mark_article_names(docs)
    assert meal[4].pos_ == "NOUN"
    # Read a name twice, but once after an article: the common noun is in the text.
    docs = [_tagged(["Die", "Firma", "Spätzle", "soll", "Müll", "vergraben", "haben"],
                    ["DET", "NOUN", "PROPN", "AUX", "NOUN", "VERB", "AUX"]),
            _tagged(["Der", "Chef", "von", "Spätzle", "schweigt"],
                    ["DET", "NOUN", "ADP", "PROPN", "VERB"]),
            _tagged(["Sie", "kochte", "die", "Spätzle"], ["PRON", "VERB", "DET", "NOUN"]),
            _tagged(["Zum", "Essen", "gab", "es", "Spätzle"],
                    ["ADP", "NOUN", "VERB", "PRON", "NOUN"])]
    entities.mark_article_names(docs)
    assert docs[2][3].pos_ == "NOUN" and docs[3][4].pos_ == "NOUN"
    # Read a name only inside a longer one, a title whose adjective the tagger read as a name
    # too: "Neue Spätzle" is the name, not its noun.
    docs = [_tagged(["Die", "Serie", "Neue", "Spätzle", "läuft"],
                    ["DET", "NOUN", "PROPN", "PROPN", "VERB"]),
            _tagged(["Sie", "sahen", "Neue", "Spätzle", "gern"],
                    ["PRON", "VERB", "PROPN", "PROPN", "ADV"]),
            _tagged(["Zum", "Essen", "gab", "es", "Spätzle"],
                    ["ADP", "NOUN", "VERB", "PRON", "NOUN"])]
    entities.mark_article_names(docs)
    assert docs[2][4].pos_ == "NOUN"


def test_a_noun_between_a_role_and_a_surname_is_the_first_name():
    # "Konzern-Chef Kasper Wrobelski": one bare role comes before a whole name, and a second
    # bare noun between it and the surname is the first name, though the lexicon lists it as
    # a common noun (the puppet) and not as a first name.
    doc = entities.check_entities(_tagged(
        ["Gestern", "ging", "Konzern-Chef", "Kasper", "Wrobelski", "heim"],
        ["ADV", "VERB", "NOUN", "NOUN", "PROPN", "ADV"], ents=[(4, 5, "PER")]))
    assert [e.text for e in doc.ents] == ["Kasper Wrobelski"]
    assert doc[2].ent_type_ == ""
    # Without a role before it the noun is a predicate or an object, no first name.
    doc = entities.check_entities(_tagged(
        ["Gestern", "sah", "das", "Kasper", "Wrobelski"],
        ["ADV", "VERB", "DET", "NOUN", "PROPN"], ents=[(4, 5, "PER")]))
    assert [e.text for e in doc.ents] == ["Wrobelski"]


# --- what the network reads -----------------------------------------------------------------

def _before_recognizer(nlp, text):
    """The Doc of `text` as the pipeline hands it to the name recognizer."""
    after = nlp.pipe_names[nlp.pipe_names.index("name_recognizer"):]
    with nlp.select_pipes(disable=after):
        return nlp(text)


def test_the_network_reads_only_sentences_where_a_name_could_be_kept():
    # A sentence of function words and listed common nouns cannot keep any span the network
    # finds; the sentences with a name it can are read with the network's context around
    # them, and what it finds there is what it finds over the whole text.
    nlp = load_pipeline()
    text = ("Der Hund schläft im Garten. Reinhard Wrobelski sagte das am Montag in Graz. "
            "Die Katze frisst ihr Futter, und der Hund bellt laut. Dann lachte Wrobelski.")
    doc = _before_recognizer(nlp, text)
    sentences = list(doc.sents)
    assert [entities.may_hold_kept_name(s) for s in sentences] == [False, True, False, True]
    recognizer = nlp.get_pipe("name_recognizer")
    assert recognizer.context == 4
    excerpt = entities._Excerpt(doc, recognizer.context)
    assert excerpt.read == [(s.start, s.end) for s in (sentences[1], sentences[3])]
    # The network reads 4 tokens either side of the names' sentences: the first sentence's
    # first two tokens and the third sentence's middle are left out.
    assert [t.text for t in excerpt.excerpt] == (
        [t.text for t in doc[2:sentences[2].start + 4]]
        + [t.text for t in doc[sentences[2].end - 4:]])
    ours = recognizer(doc)
    whole = entities.check_entities(recognizer.ner(_before_recognizer(nlp, text)))
    assert [(e.start, e.end, e.label_) for e in ours.ents] == \
        [(e.start, e.end, e.label_) for e in whole.ents]
    assert [(t.tag_, t.pos_, t.lemma_) for t in ours] == [(t.tag_, t.pos_, t.lemma_)
                                                          for t in whole]
    assert {e.text for e in ours.ents} >= {"Reinhard Wrobelski", "Graz"}
    # A text with no such sentence is not read at all, and keeps no name.
    doc = _before_recognizer(nlp, "Der Hund schläft im Garten.")
    assert entities._Excerpt(doc, recognizer.context).excerpt is None
    assert not recognizer(doc).ents
    assert not recognizer(_before_recognizer(nlp, "")).ents
    unsplit = Doc(doc.vocab, words=["Wrobelski", "lacht", "."])
    assert entities._Excerpt(unsplit, recognizer.context).read == [(0, 3)]


def test_the_sentence_before_one_read_is_read_when_it_ends_in_a_word():
    # `_with_first_name` reads the recognizer's name on the word before a surname that opens
    # its sentence, which may end the sentence before (a headline with no period).
    def doc_of(first, second):
        nlp = spacy.blank("de")
        doc = Doc(nlp.vocab, words=first + second,
                  sent_starts=[True] + [False] * (len(first) - 1)
                  + [True] + [False] * (len(second) - 1))
        for token in doc:
            token.tag_, token.pos_ = "XY", "X"
        doc[len(first)].tag_ = "NE"
        return doc

    read = entities._Excerpt(doc_of(["der", "kleine", "hund"], ["Wrobelski", "lacht", "."]), 4)
    assert read.read == [(0, 3), (3, 6)]
    read = entities._Excerpt(doc_of(["der", "hund", "."], ["Wrobelski", "lacht", "."]), 4)
    assert read.read == [(3, 6)]


def test_the_network_s_context_is_read_from_its_config():
    config = spacy.util.load_config(entities.MODEL_PATH / "config.cfg", interpolate=False)
    assert entities.network_context(config) == 4
    config["components"]["ner"]["model"]["tok2vec"]["encode"]["depth"] = 2
    assert entities.network_context(config) == 2
    config["components"]["ner"]["model"]["tok2vec"]["encode"]["@architectures"] = \
        "spacy.TorchBiLSTMEncoder.v1"
    assert entities.network_context(config) is None
