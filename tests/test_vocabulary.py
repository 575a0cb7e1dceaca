"""Vocabulary: separable verbs, reflexive verbs, names, on small sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from learner import deck, dictionary
from learner.vocabulary import Example, Word, separated_particle
from tests.sentence_words import words_of


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("Erst nach zwei Stunden gingen die beiden Präsidenten auseinander.", "auseinandergehen"),
        ("Sie ruft ihren Bruder jeden Abend an.", "anrufen"),
        # The particle closes the main clause after a subordinate clause with its own verb.
        ("Im Schrank wählt der Gast, wenn er möchte, seinen Wein aus.", "auswählen"),
        # Infinitive and participle keep the particle attached.
        ("Putin habe die Vorwürfe zurückgewiesen.", "zurückweisen"),
    ],
)
def test_separable_verbs(nlp, sentence, lemma):
    assert lemma in words_of(nlp, sentence)


def test_verb_ending_a_subordinate_clause_keeps_no_particle(nlp):
    # "laufen" ends a relative clause, where a particle verb keeps its particle attached:
    # the "auf" closing the sentence is the main clause's (nimmt ... auf).
    words = words_of(nlp, "Er nimmt die Serien, die abends im Fernsehen laufen, "
                          "auf Video auf.")
    assert "aufnehmen" in words and "laufen" in words
    assert "auflaufen" not in words
    words = words_of(nlp, "Sie weiß nicht, wo die Filme laufen, und ruft ihren Bruder an.")
    assert "anrufen" in words and "anlaufen" not in words


def test_particle_after_a_colon_belongs_to_another_clause(nlp):
    words = words_of(nlp, "Die Nachbarn sehen das anders: Auf die Bitte hin, leiser zu sein, "
                          "lachten sie.")
    assert "sehen" in words and "hinsehen" not in words


def test_separable_verb_example_shows_sentence_as_written(nlp):
    sentence = "Sie ruft ihren Bruder jeden Abend an."
    word = words_of(nlp, sentence)["anrufen"]
    example = word.examples[0]
    assert example.sentence == sentence
    assert [sentence[a:b] for a, b in example.highlights] == ["ruft", "an"]
    assert "rufen" not in words_of(nlp, sentence)


def test_particle_from_parser_arc(nlp):
    doc = Doc(nlp.vocab, words=["Er", "ruft", "sie", "an"], heads=[1, 1, 1, 1],
              deps=["sb", "ROOT", "oa", "svp"], tags=["PPER", "VVFIN", "PPER", "PTKVZ"])
    assert separated_particle(doc[1]).text == "an"
    doc = Doc(nlp.vocab, words=["Er", "ruft", "sie"], heads=[1, 1, 1],
              deps=["sb", "ROOT", "oa"], tags=["PPER", "VVFIN", "PPER"])
    assert separated_particle(doc[1]) is None


def test_reflexive_verb_is_shown_with_sich(nlp):
    words = words_of(nlp, "Die beiden Staatenlenker trafen sich am Freitag in Hamburg.")
    treffen = words["treffen"]
    assert treffen.reflexive and treffen.display == "sich treffen"
    assert treffen.key == ("treffen", "VERB")
    assert deck.headword(treffen, dictionary.EMPTY) == "sich treffen"


def test_reflexive_in_subordinate_clause(nlp):
    words = words_of(nlp, "Er sagte, dass wir uns auf eine Lösung zubewegen.")
    assert words["zubewegen"].reflexive


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Dazu gesellt sich ein lange signiertes Dokument.", "signieren"),
        ("Daraus ergibt sich das errechnete Ergebnis.", "errechnen"),
        # Tagged a finite verb, the participle still leaves the pronoun after the finite full
        # verb to that verb.
        ("Damals zeigte sich die von einer Sängerin moderierte Gala weniger witzig als sonst.",
         "moderieren"),
    ],
)
def test_participle_card_does_not_take_another_verbs_sich(nlp, sentence, verb):
    # The "sich" belongs to the finite verb; the participle before the noun has none.
    words = words_of(nlp, sentence)
    assert words[verb].pos == "VERB" and not words[verb].reflexive
    assert next(w for w in words.values() if w.reflexive).lemma != verb


@pytest.mark.parametrize(
    "sentence",
    ["Der Innsbrucker Bürgermeister trat zurück.", "Grazer Studenten protestierten."],
)
def test_place_adjective_before_a_noun_is_no_card(nlp, sentence):
    # "Innsbrucker", "Grazer": a listed place's indeclinable adjective goes with the name.
    assert not {"Innsbrucker", "innsbrucker", "Grazer", "grazer"} & set(words_of(nlp, sentence))


def test_people_of_a_place_are_a_noun(nlp):
    assert "Innsbrucker" in words_of(nlp, "Die Innsbrucker feierten lange.")


def test_a_listing_of_titles_gives_no_words(nlp):
    # A TV guide's line: every item is a programme's title.
    listing = "Heute: Kurzschluss | Die Waffenbrüder | Mitternachtsspitzen | Wetter."
    assert words_of(nlp, listing) == {}
    assert "Kurzschluss" in words_of(nlp, "Ein Kurzschluss legte das Netz lahm.")


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # "lässt sich ... entsperren": the pronoun is lassen's ("can be unlocked").
        ("Mit dem Fingerabdruck lässt sich das neue Telefon leicht entsperren.", "entsperren"),
        ("Er sagte, dass sich das Telefon leicht entsperren lässt.", "entsperren"),
        # The infinitive and lassen form one cluster whatever verb is finite.
        ("Die Wähler dürfen sich nicht von Versprechen täuschen lassen.", "täuschen"),
        ("Sie hat sich von dem Angebot nicht locken lassen.", "locken"),
        # After an article the pronoun opens an attributive participle's phrase.
        ("Nur die Angst vor der sich selbst zerstörenden Konkurrenz hält die Gruppe zusammen.",
         "zusammenhalten"),
        # After a preposition it is an object ("für sich").
        ("Er hat das ganz für sich allein entschieden.", "entscheiden"),
    ],
)
def test_pronoun_another_word_governs_makes_no_reflexive_verb(nlp, sentence, verb):
    assert not words_of(nlp, sentence)[verb].reflexive


def test_pronoun_before_an_infinitive_after_a_modal_is_its_own(nlp):
    assert words_of(nlp, "Sie will sich morgen mit ihm treffen.")["treffen"].reflexive


def test_pronoun_after_a_finite_verb_before_a_zu_infinitive_is_the_infinitives(nlp):
    assert words_of(nlp, "Nach dem Sturz begann sich der Läufer zu erholen.")["erholen"].reflexive


def test_verb_without_pronoun_is_not_reflexive(nlp):
    words = words_of(nlp, "Trump trifft Putin am Freitag.")
    assert not words["treffen"].reflexive
    assert words["treffen"].display == "treffen"


def test_names_never_become_words(nlp):
    text = ("Der dortige Diktator Kim Jong-Un drohte Pjöngjang. Der syrische Diktator Baschar "
            "al-Assad blieb. Die First Lady Melania versuchte es. Russische Hacker griffen an.")
    lemmas = set(words_of(nlp, text))
    for name in ("Kim", "Jong-Un", "Pjöngjang", "Baschar", "al-Assad", "Assad", "Melania",
                 "Lady", "First"):
        assert not any(name.lower() in lemma.lower().split("-") or name.lower() == lemma.lower()
                       for lemma in lemmas), name
    assert {"syrisch", "russisch", "Diktator", "Hacker"} <= lemmas


def test_places_and_day_names_give_no_words(nlp):
    lemmas = set(words_of(nlp, "Am Montag flog die Delegation aus der Steiermark nach "
                               "Französisch-Guyana, um die Abrüstung zu besprechen."))
    assert "Abrüstung" in lemmas and "Delegation" in lemmas
    assert not {"Montag", "Steiermark", "Französisch-Guyana"} & lemmas


def test_name_phrase_gives_no_words(nlp):
    lemmas = set(words_of(nlp, "Sie wollen den Frieden im Nahen Osten erreichen."))
    assert "Frieden" in lemmas
    assert "Osten" not in lemmas and "nah" not in lemmas


def test_punctuation_scraps_are_no_words(nlp):
    lemmas = set(words_of(nlp, 'Er war der Letzte aus der "Haider-Erben"-Truppe im Land.'))
    assert not any('"' in lemma for lemma in lemmas)


def test_word_in_capitals_alone_is_no_card(nlp):
    lemmas = set(words_of(nlp, "Das KUB zeigt neue Bilder, sagte die Direktorin."))
    assert not any(lemma.isupper() for lemma in lemmas)
    assert "Direktorin" in lemmas


def test_capitalized_adverb_in_a_phrase_is_no_card(nlp):
    lemmas = set(words_of(nlp, "Das war im Nachhinein eine kluge Entscheidung."))
    assert "nachhinein" not in {lemma.lower() for lemma in lemmas}
    assert "Entscheidung" in lemmas


def test_a_quoted_sentence_keeps_its_opening_quote(nlp):
    # spaCy gives the „ to the sentence before; the example puts it back where it belongs,
    # and the sentence before does not end in a stray „.
    text = ("Die Einmischung lag wie ein Schatten über dem Gespräch. „Präsident Trump hat den "
            "Unmut der Amerikaner deutlich gemacht“, sagte Tillerson. »Das ist ein "
            "Waffenstillstand«, sagte er.")
    words = words_of(nlp, text)
    unmut = words["Unmut"].examples[0]
    assert unmut.sentence.startswith("„Präsident Trump")
    start, end = unmut.highlights[0]
    assert unmut.sentence[start:end] == "Unmut"
    assert words["Einmischung"].examples[0].sentence.endswith("über dem Gespräch.")
    stand = words["Waffenstillstand"].examples[0]
    assert stand.sentence.startswith("»Das ist")
    assert stand.sentence[slice(*stand.highlights[0])] == "Waffenstillstand"


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [("Was hat der Präsident mit dem Abkommen vor?", "vorhaben"),
     ("Die Regierung wird die Schulden nicht los.", "loswerden"),
     ("Er hat bei der Wahl einen schwarzen Anzug an.", "anhaben")],
)
def test_particle_verb_on_a_finite_auxiliary_is_joined(nlp, sentence, verb):
    assert verb in words_of(nlp, sentence)


def test_sein_and_predicative_adjectives_are_not_joined(nlp):
    lemmas = set(words_of(nlp, "Der Krieg ist endlich vorbei. Der Plan wird bald bekannt, "
                               "und die Soldaten sind wieder zurück."))
    assert not any(lemma.endswith(("sein", "werden")) for lemma in lemmas), lemmas


def test_examples_list_their_sentences_candidate_words(nlp):
    # What known.count_unknown needs to tell which words of a sentence a learner lacks.
    words = words_of(nlp, "Die Regierung wies jede Einmischung in den Wahlkampf zurück. "
                          "Merkel sagte 2017 nichts.")
    (example,) = words["Einmischung"].examples
    assert set(example.words) == {("Regierung", "NOUN"), ("Einmischung", "NOUN"),
                                  ("Wahlkampf", "NOUN"), ("zurückweisen", "VERB")}
    # Names, numbers and function words are understood: never listed. Nor is the next
    # sentence's verb.
    assert not {lemma for lemma, _ in example.words} & {"Merkel", "2017", "sagen", "die"}
    # One tuple for every example of the sentence.
    assert words["Regierung"].examples[0].words is example.words
    assert example.unknown is None  # not counted yet: the frequency is not known here


def test_participle_that_only_means_its_verb_is_the_verbs_card(nlp):
    words = words_of(nlp, "Die ihr eingeräumten Rechte und ein enttäuschender Abend.")
    assert words["einräumen"].pos == "VERB"
    assert "eingeräumt" not in words
    assert words["enttäuschend"].pos == "ADJ"


def test_fragment_of_a_coordination_is_no_card(nlp):
    words = words_of(nlp, "Wir regeln Ein- und Ausfuhr und bekämpfen Betrug und -xqvermeidung.")
    assert "Ausfuhr" in words
    assert not any(lemma.startswith("-") or lemma.endswith("-") for lemma in words)


@pytest.mark.parametrize(
    "sentence",
    [
        # The participle is a reflexive full verb's predicative complement; "sich" is the full
        # verb's, and the participle, which means only its verb, is that verb's card.
        "Die Bewohner fühlen sich von der Stadtverwaltung diskriminiert.",
        "Er sagte, dass er sich bei der Vergabe diskriminiert fühlt.",
    ],
)
def test_participle_after_a_reflexive_full_verb_leaves_it_the_pronoun(nlp, sentence):
    words = words_of(nlp, sentence)
    assert words["diskriminieren"].pos == "VERB" and not words["diskriminieren"].reflexive
    assert words["fühlen"].reflexive


def test_participle_after_a_reflexive_full_verb_may_be_an_adjective_of_its_own(nlp):
    # entsetzt is an adjective of its own (the lexicons say so), not the verb entsetzen.
    words = words_of(nlp, "Die Gäste zeigten sich über den Lärm im Hotel entsetzt.")
    assert words["entsetzt"].pos == "ADJ" and "entsetzen" not in words


def test_participle_after_an_auxiliary_keeps_its_pronoun(nlp):
    assert words_of(nlp, "Der Minister hatte sich lange geweigert.")["weigern"].reflexive


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir liegen in der neunten Woche auf dem zehnten Platz.",
        "Sie kamen zu neunt in die kleine Wohnung.",
        "Der Verein ist nach der Niederlage nur noch Tabellenelfter.",
        "Österreich ist in der Wertung Zwölfter.",
    ],
)
def test_ordinal_numbers_are_no_cards(nlp, sentence):
    found = {w.lemma.lower() for w in words_of(nlp, sentence).values()}
    assert not {"neunt", "zehnt", "tabellenelft", "tabellenelfte", "zwölf", "zwölfte"} & found


def test_a_fraction_written_before_its_noun_is_no_card(nlp):
    # "ein dreiviertel Jahr": the fraction numeral, written lower-case; das Viertel, written
    # as a noun, is a word to learn.
    found = {w.lemma.lower() for w in words_of(
        nlp, "Vor einem dreiviertel Jahr zog sie in ein anderes Viertel der Stadt.").values()}
    assert "dreiviertel" not in found and "viertel" in found


def test_a_compound_of_a_word_and_an_ordinal_is_a_noun_of_its_own(nlp):
    # The first part names what is ranked: "der Gruppendritte" is the team third in its group.
    words = words_of(nlp, "Der Gruppendritte steigt nicht auf, der Tabellenzehnte auch nicht.")
    assert {"Gruppendritte", "Tabellenzehnte"} <= set(words)


def test_words_that_end_like_ordinals_stay_cards(nlp):
    words = words_of(nlp, "Seit Jahrzehnten wächst auf dem Feld die Gerste.")
    assert {"Jahrzehnt", "Gerste"} <= set(words)


def test_a_verb_used_mostly_without_sich_is_carded_without_it(nlp):
    # zieren (to adorn) twice, sich zieren (to be coy) once: the card names the common use.
    text = ("Bunte Blumen zieren den Tisch. Alte Bilder zieren die Wand im Saal. "
            "Der Kandidat hatte sich lange geziert.")
    zieren = words_of(nlp, text)["zieren"]
    assert (zieren.verb_uses, zieren.reflexive_uses) == (3, 1)
    assert not zieren.reflexive and zieren.display == "zieren"


def test_a_verb_used_as_often_with_sich_as_without_is_reflexive(nlp):
    text = "Alte Bilder zieren die Wand im Saal. Der Kandidat hatte sich lange geziert."
    assert words_of(nlp, text)["zieren"].reflexive


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # "einander", and "sich" with "gegenseitig": each other, the transitive verb.
        ("Die beiden Zwillinge ahmen einander gern nach.", "nachahmen"),
        ("Die Spieler loben sich nach dem Sieg gegenseitig.", "loben"),
        # "uns", "mich" of a third-person subject: the object pronoun, no reflexive.
        ("Der Lehrer erinnert mich an den Termin.", "erinnern"),
        ("Der Trainer hat uns gestern gelobt.", "loben"),
    ])
def test_reciprocal_and_other_persons_pronouns_make_no_reflexive_use(nlp, sentence, verb):
    word = words_of(nlp, sentence)[verb]
    assert word.reflexive_uses == 0 and not word.reflexive


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Ich habe mich im Wald verlaufen.", "verlaufen"),
        ("Wir haben uns gestern am Bahnhof getroffen.", "treffen"),
        ("Ihr müsst euch beeilen.", "beeilen"),
        # An infinitive clause's subject is the matrix clause's.
        ("Wir haben beschlossen, uns auf den Sport zu konzentrieren.", "konzentrieren"),
    ])
def test_first_and_second_person_reflexives_agree_with_their_subject(nlp, sentence, verb):
    word = words_of(nlp, sentence)[verb]
    assert (word.reflexive_uses, word.dative_uses) == (1, 0) and word.reflexive


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Die Köchin wischt sich den Mehlstaub von der Schürze.", "wischen"),
        ("Der Gärtner wäscht sich im Hof die Hände.", "waschen"),
        ("Sie hat sich beim Laufen den Knöchel verstaucht.", "verstauchen"),
        # No subject of its own: the one phrase is the object.
        ("Um sich die Stiefel zu putzen, setzte er sich auf die Bank.", "putzen"),
        # The subject of "und wischte" is the first clause's.
        ("Die Läuferin lächelte und wischte sich Staub aus dem Gesicht.", "wischen"),
        ("Ich stelle mir das neue Haus am See vor.", "vorstellen"),
    ])
def test_a_reflexive_beside_an_accusative_object_is_a_dative(nlp, sentence, verb):
    word = words_of(nlp, sentence)[verb]
    assert (word.reflexive_uses, word.dative_uses) == (1, 1)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # The subject after "sich" ("die Minister") is the clause's only such phrase.
        ("Am Abend trafen sich die Minister in Wien.", "treffen"),
        # "den Wählern" is a dative plural, "seines Erfolgs" a genitive.
        ("Morgen stellt sich der neue Bürgermeister den Wählern vor.", "vorstellen"),
        ("Der Konzern rühmt sich seines Erfolgs.", "rühmen"),
        ("Wir bewegen uns langsam auf das Ufer zu.", "zubewegen"),
        # After "doch" the subject follows the verb.
        ("Er hoffte auf Gewinne, doch schlug sich das kaum in den Zahlen nieder.",
         "niederschlagen"),
        # The relative phrase keeps its preposition ("auf welchen Betrag").
        ("Niemand weiß, auf welchen Betrag sich die Schulden summieren.", "summieren"),
        # A strong -er adjective marks a bare noun's genitive ("kommender Woche").
        ("Am Montag kommender Woche jährt sich der Unfall zum zehnten Mal.", "jähren"),
        # A measure inside the preposition's phrase ("nach einer ... langen Fahrt").
        ("Nach einer zwei Stunden langen Fahrt stauen sie sich vor der Grenze.", "stauen"),
    ])
def test_a_reflexive_without_an_accusative_beside_it_is_the_accusative(nlp, sentence, verb):
    word = words_of(nlp, sentence)[verb]
    assert (word.reflexive_uses, word.dative_uses) == (1, 0) and word.reflexive


def _verb(verb_uses: int, reflexive_uses: int, dative_uses: int = 0) -> Word:
    return Word(lemma="tauschen", pos="VERB", count=verb_uses, forms=(), examples=(),
                articles=(), verb_uses=verb_uses, reflexive_uses=reflexive_uses,
                dative_uses=dative_uses)


@pytest.mark.parametrize(
    ("word", "frames", "reflexive"),
    [
        # A free dative ("sich die Hände waschen") where Ding has no "sich etw. X"...
        (_verb(2, 2, 2), "plain sich", False),
        # ... and the verb's own dative where it has ("sich etw. vorstellen").
        (_verb(2, 2, 2), "dative plain", True),
        # Ding has the verb only with "sich": one reflexive use in three is enough.
        (_verb(3, 1), "sich", True),
        # Otherwise half the uses or more, whether Ding has a "sich X" line or not.
        (_verb(2, 1), "plain", True),
        (_verb(2, 1), "plain sich", True),
        (_verb(3, 1), "plain sich", False),
        # Without Ding's frames the uses decide alone, free datives included.
        (_verb(2, 1, 1), "", True),
    ])
def test_the_headword_weighs_the_uses_with_dings_frames(word, frames, reflexive):
    entry = dictionary.Entry(gloss="to swap", frames=frames)
    assert dictionary.is_reflexive(word, entry) is reflexive
    assert deck.headword(word, entry) == ("sich tauschen" if reflexive else "tauschen")


def test_a_noun_written_small_is_no_noun_card(nlp):
    # A magazine styled in lower case, and an adjective the tagger read as a noun: German
    # writes every noun with a capital.
    found = words_of(nlp, "Das berichtet das Fachblatt funkturm in seiner neuen Ausgabe.")
    assert "Funkturm" not in found and "Fachblatt" in found
    found = words_of(nlp, "Die Kleider der Gäste wirkten altmodisch und formlos.")
    assert "Formlos" not in found and "Kleid" in found


def test_a_brand_written_small_before_a_capital_keeps_its_compound(nlp):
    found = words_of(nlp, "Die iPhone-Verkaufszahlen sind im Winter deutlich gesunken.")
    assert "IPhone-Verkaufszahl" in found


def _used(sentence: str, verb: str, reflexive_uses: int = 1) -> Word:
    start = sentence.index(verb)
    example = Example(sentence=sentence, highlights=((start, start + len(verb)),), article="a")
    return Word(lemma="blödeln", pos="VERB", count=1, forms=(verb,), examples=(example,),
                articles=("a",), verb_uses=1, reflexive_uses=reflexive_uses)


@pytest.mark.parametrize(
    ("sentence", "verb", "frames", "reflexive"),
    [
        # The way construction: an intransitive verb with "sich" and a path through or into
        # something. Ding lacks the verb, or has it only without "sich": the plain verb.
        ("Seit Jahren blödeln sich die zwei durch ihre Sendung.", "blödeln", "", False),
        ("Am Ende schimpft er sich ins Abseits.", "schimpft", "plain", False),
        # Ding's "sich X" keeps the reflexive; so does a "sich" with no path.
        ("Sie drängen sich durch die Menge.", "drängen", "plain sich", True),
        ("Die beiden blödeln sich nicht an.", "blödeln", "", True),
        # The path of another verb, after "und".
        ("Er verwandelt sich in Ruhe und wandert durch die Stadt.", "verwandelt", "", True),
    ])
def test_sich_of_the_way_construction_is_no_reflexive_verb(sentence, verb, frames, reflexive):
    entry = dictionary.Entry(gloss="to fool around", frames=frames)
    assert dictionary.is_reflexive(_used(sentence, verb), entry) is reflexive
