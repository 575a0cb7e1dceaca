"""The lexicon_check component: lemmas HanTa gets wrong, corrected by general rules."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from learner import vocabulary
from learner.lexicon import nouns
from learner.nlp import lemmas, lexicon, load_pipeline, names
from learner.nlp.lemmas import nominalized_infinitives, noun_adjective_tags, participles


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # Endings the guesser cut too far, given back through the compound's known last part.
        ("Sie verhindern Cyberattacken in die Angelegenheiten.", "Cyberattacken", "Cyberattacke"),
        ("Er hatte eine Interkontinentalrakete getestet.", "Interkontinentalrakete",
         "Interkontinentalrakete"),
        # A rare compound the tagger got right stays as it is.
        ("Es gab Arbeiterunruhen in der Stadt.", "Arbeiterunruhen", "Arbeiterunruhe"),
        # Modern spelling as written, not the lexicon's old ß.
        ("Wir bewegen uns auf einen politischen Prozess zu.", "Prozess", "Prozess"),
        # Hyphenated compounds keep their parts' casing; acronyms stay in capitals.
        ("Am Rande des G20-Gipfels trafen sie sich.", "G20-Gipfels", "G20-Gipfel"),
        ("Die Rakete könnte das US-Festland erreichen.", "US-Festland", "US-Festland"),
        ("Der US-Präsident sprach lange.", "US-Präsident", "US-Präsident"),
        # Place adjectives in -er are capitalized; other adjectives are not.
        ("Gestern sprach die Berliner Polizei mit uns.", "Berliner", "Berliner"),
        ("Der russische Präsident kam.", "russische", "russisch"),
        ("Die Einmischung russischer Hacker lag wie ein Schatten darüber.", "Einmischung",
         "Einmischung"),
    ],
)
def test_lemma_corrections(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_nouns_are_capitalized_and_verbs_are_not(nlp):
    doc = nlp("Schnell gingen die Präsidenten auseinander.")
    by_text = {t.text: t for t in doc}
    assert by_text["Präsidenten"].lemma_ == "Präsident"
    assert by_text["gingen"].lemma_ == "gehen"
    assert by_text["Schnell"].lemma_ == "schnell"


def test_acronym_keeps_capitals_but_shouting_does_not(nlp):
    assert token(nlp, "Die Wähler der CDU sind zufrieden.", "CDU").lemma_ == "CDU"
    shouted = token(nlp, "Heute: GROSSE WELTMEISTERSCHAFT im Stadion.", "WELTMEISTERSCHAFT")
    assert shouted.lemma_ == "Weltmeisterschaft"


def test_genitive_apostrophe_is_no_part_of_the_lemma(nlp):
    # spaCy's tokenizer splits the apostrophe off; a treebank's tokens keep it on the word.
    doc = Doc(nlp.vocab, words=["Die", "Verbreitung", "des", "Virus'", "ist", "schnell", "."],
              sent_starts=[True] + [False] * 6)
    for name, component in nlp.pipeline:
        if name != "sentencizer":
            doc = component(doc)
    assert doc[3].lemma_ == "Virus"


def test_name_phrase_is_tagged_proper_noun(nlp):
    doc = nlp("Sie wollen den Frieden im Nahen Osten erreichen.")
    by_text = {t.text: t for t in doc}
    assert by_text["Nahen"].pos_ == "PROPN"
    assert by_text["Osten"].pos_ == "PROPN"
    assert by_text["Frieden"].pos_ == "NOUN"


def test_lower_case_word_tagged_noun_is_reread(nlp):
    doc = nlp("Er hat sich für einen deutsch -- französischen Vertrag ausgesprochen.")
    deutsch = next(t for t in doc if t.text == "deutsch")
    assert deutsch.pos_ != "NOUN"
    assert deutsch.lemma_ == "deutsch"


def test_present_participle_adjective_loses_its_ending(nlp):
    doc = nlp("Das geschah vor dem Hintergrund wachsender Spannungen.")
    assert next(t for t in doc if t.text == "wachsender").lemma_ == "wachsend"


def test_rule_helpers():
    assert lemmas.infinitive("stationiert", "stationierten") == "stationieren"
    assert lemmas.infinitive("gehen", "gingen") == "gehen"
    assert lemmas.modern_ss("Prozeß", "Prozesse") == "Prozesse"[:7]
    # After a diphthong ß is right in every spelling: Swiss ss stays ß in the lemma.
    assert lemmas.modern_ss("heiß", "heisse") == "heiß"
    assert lemmas.text_case("Us-festland", "US-Festland") == "US-Festland"
    assert lemmas.noun_lemma("Cyberattack", "Cyberattacken") == "Cyberattacke"
    assert lexicon.known("Einmischung") > 2 and lexicon.known("Feunden") == 0


def test_component_is_in_the_embedded_pipeline(nlp):
    components = nlp.pipe_names
    assert components.index("lexicon_check") == components.index("hanta_tagger") + 1
    assert components.index("name_check") == components.index("lexicon_check") + 1


def test_guessed_compound_left_as_written_is_lemmatized_by_its_head(nlp):
    assert token(nlp, "Es gibt dort zwei schöne Innenhöfe.", "Innenhöfe").lemma_ == "Innenhof"
    assert token(nlp, "Die Krise ist da.", "Krise").lemma_ == "Krise"


def test_hyphenated_compound_is_lemmatized_by_its_last_part(nlp):
    flint = token(nlp, "Sie nahmen Wasser aus dem Flint-Fluss.", "Flint-Fluss")
    assert flint.lemma_ == "Flint-Fluss"
    assert token(nlp, "Sie gehen auf die Stronach-Leute zu.", "Stronach-Leute").lemma_ == (
        "Stronach-Leute")


def test_name_compounds_and_names_known_to_the_lexicon(nlp):
    doc = nlp("Die Henkel-Aktie verlor im Auftrag der Oscar-Verleihung.")
    by_text = {t.text: t for t in doc}
    assert by_text["Henkel-Aktie"].pos_ == "PROPN"
    assert by_text["Oscar-Verleihung"].pos_ == "PROPN"
    assert by_text["Auftrag"].pos_ == "NOUN"
    # A single noun counts as a name only when the lexicon knows it as nothing else:
    # "Essen" and "Koch" are nouns too.
    assert names._name_on_its_own("Henkel", only=True)
    assert not names._name_on_its_own("Essen", only=True)
    assert not names._name_on_its_own("Koch", only=True)
    # Acronyms stand for common nouns as often as for names.
    assert token(nlp, "Die Rakete erreicht das US-Festland.", "US-Festland").pos_ == "NOUN"


def test_past_participle_adjective_and_heading_in_capitals(nlp):
    doc = nlp("Ein gewählter Vertreter sprach über ALLTAGSSPRACHE.")
    by_text = {t.text: t for t in doc}
    assert by_text["gewählter"].lemma_ == "gewählt"
    assert by_text["ALLTAGSSPRACHE"].lemma_ == "Alltagssprache"


def test_surname_after_first_name_is_a_name_but_title_before_name_is_not(nlp):
    doc = nlp("Sie trafen Günther Steinkellner und Präsident Trump.")
    by_text = {t.text: t for t in doc}
    assert by_text["Steinkellner"].pos_ == "PROPN"
    assert by_text["Präsident"].pos_ == "NOUN"


def test_nominalized_adjective_keeps_its_e_and_name_inside_compound(nlp):
    assert token(nlp, "Dort beteten viele Gläubige.", "Gläubige").lemma_ == "Gläubige"
    doc = nlp("Der Kaiser-Franz-Joseph-Backenbart ist unbedenklich.")
    assert doc[1].pos_ == "PROPN"


def test_singular_in_e_and_adjective_compound_first_part(nlp):
    doc = nlp("Die drei treten als Tricolore auf, ein slowenischen-steirischer Kompromiss.")
    by_text = {t.text: t for t in doc}
    assert by_text["Tricolore"].lemma_ == "Tricolore"
    assert by_text["slowenischen-steirischer"].lemma_ == "slowenisch-steirisch"


def test_capitalized_verb_inside_a_sentence_is_a_noun(nlp):
    nacheile = token(nlp, "Die Polizei verfolgte ihn im Zuge einer schengenkonformen Nacheile.",
                     "Nacheile")
    assert (nacheile.pos_, nacheile.lemma_) == ("NOUN", "Nacheile")


def test_guessed_compound_plural_is_lemmatized_by_its_last_part(nlp):
    assert token(nlp, "Mit den Vorstadtweibern redet er nicht.", "Vorstadtweibern").lemma_ == (
        "Vorstadtweib")


def test_capitalized_plain_verb_form_stays_a_verb(nlp):
    # A typo for "Stimme": no noun "Stimmte" may come of it.
    doc = nlp("Die Leute, die selten ihre Stimmte gegen Unrecht erheben.")
    assert next(t for t in doc if t.text == "Stimmte").pos_ == "VERB"


def test_capitalized_verb_form_that_a_noun_lexicon_lists_is_that_noun(nlp):
    # "Beigaben" is also the past tense of beigeben ("sie gaben bei"), but inside a sentence
    # and capitalized it is the plural of die Beigabe; the lower-case "reiche" before it is an
    # adjective, though the tagger calls it a name.
    doc = nlp("Im Grab fanden die Forscher reiche Beigaben aus Silber.")
    by_text = {t.text: t for t in doc}
    assert (by_text["Beigaben"].pos_, by_text["Beigaben"].lemma_) == ("NOUN", "Beigabe")
    assert (by_text["reiche"].pos_, by_text["reiche"].lemma_) == ("ADJ", "reich")


def test_dative_plural_of_a_listed_compound_whose_first_part_dropped_its_e(nlp):
    # Bagatell- is Bagatelle without its -e, no word alone; the noun lexicon lists the
    # singular compound, das Bagatelldelikt, so "Bagatelldelikte" is no lemma.
    assert token(nlp, "Die Polizei verfolgt solche Bagatelldelikten kaum.",
                 "Bagatelldelikten").lemma_ == "Bagatelldelikt"


def test_places_and_people_wiktionary_lists_only_as_names(nlp):
    # Tagged NN in context by HanTa; Wiktionary knows them only as a region, a town and a
    # surname, so they are names. "Löhne" is a town too, but here the plural of Lohn: the
    # lemma, not the written form, is looked up.
    doc = nlp("In der Steiermark und in Schwechat sprach Strache über die Löhne.")
    by_text = {t.text: t for t in doc}
    for name in ("Steiermark", "Schwechat", "Strache"):
        assert (by_text[name].pos_, by_text[name].tag_) == ("PROPN", "NE"), name
    assert by_text["Löhne"].pos_ == "NOUN"
    # A word Wiktionary lists as a name and as a common noun stays a noun ("der Koller").
    assert "Koller" not in names.listed_names()
    assert {"Steiermark", "Strache", "Pjöngjang"} <= names.listed_names()


def test_compound_whose_head_is_a_name_is_a_name(nlp):
    # The last part is a German compound's head: Guyana and Westfalen are places.
    doc = nlp("Sie starteten in Französisch-Guyana und landeten in Nordrhein-Westfalen.")
    by_text = {t.text: t for t in doc}
    assert by_text["Französisch-Guyana"].pos_ == "PROPN"
    assert by_text["Nordrhein-Westfalen"].pos_ == "PROPN"
    # An English loan word HanTa reads as a name is no head that names ("E-Commerce"), and
    # a compound after a name stays a noun when it is split ("Asien - Reise").
    assert token(nlp, "Im E-Commerce arbeiten viele Menschen.", "E-Commerce").pos_ == "NOUN"
    words = ["Er", "sprach", "über", "die", "Asien", "-", "Reise", "in", "Französisch", "-",
             "Guyana", "."]
    split = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, False, False, True,
                                                True, False, False, False, False])
    for _, component in nlp.pipeline:
        split = component(split)
    assert split[6].pos_ == "NOUN"  # Reise
    assert split[8].pos_ == "PROPN"  # Französisch, before "- Guyana"


@pytest.mark.parametrize("word", ["Montag", "Samstag", "Mai", "Dezember"])
def test_day_and_month_names_are_proper_nouns_as_in_ud_but_nouns_in_stts(nlp, word):
    found = token(nlp, f"Die Regierung tagt am {word} in Berlin.", word)
    assert (found.pos_, found.tag_) == ("PROPN", "NN")
    # The adverb is another word: "montags" is lower-case and no name.
    assert token(nlp, "Wir arbeiten montags zu Hause.", "montags").pos_ != "PROPN"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # The compound's last part is lemmatized alone, where the lexicon spells it the old
        # way ("Beschuß"): the text's ss stays.
        ("Der Artilleriebeschuss von Stellungen werde fortgesetzt.", "Artilleriebeschuss",
         "Artilleriebeschuss"),
        # HanTa's lexicon misspells this -ern infinitive ("stocher").
        ("Die Frau stochert in ihrem Essen.", "stochert", "stochern"),
        # A compound's plural in -e after a linking element is no singular in -e.
        ("Die Rechtfertigungsversuche scheiterten.", "Rechtfertigungsversuche",
         "Rechtfertigungsversuch"),
    ],
)
def test_lemmas_of_compounds_and_verbs_the_lexicon_reads_wrong(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_surname_after_a_first_name_and_compound_starting_with_a_listed_name(nlp):
    # "Spindelegger" reads as a compound HanTa could build; after the first name Michael,
    # Wiktionary's, it is a surname all the same.
    doc = nlp("Drei Chefs, darunter Michael Spindelegger, veranstalteten einen "
              "Strache-Lookalike-Wettbewerb.")
    by_text = {t.text: t for t in doc}
    assert by_text["Spindelegger"].pos_ == "PROPN"
    # "einen Strache-Lookalike-Wettbewerb" is one contest of a kind named after Strache: a
    # common noun (`names._common_noun_of_a_name`), as bench/judging.md counts such
    # compounds, no longer a name.
    assert by_text["Strache-Lookalike-Wettbewerb"].pos_ == "NOUN"
    assert by_text["Chefs"].pos_ == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # HanTa's guesser cut a final letter of a word it lacks, which Wiktionary lists.
        ("Die Abstimmung war nur eine Formalie.", "Formalie"),
        ("Der VW-Rivale rechnet mit Wachstum.", "VW-Rivale"),
        ("Das ist altes Geheimwissen der Zunft.", "Geheimwissen"),
        # HanTa writes the parts after a hyphen in lower case ("Kreistag-abgeordnet"): the
        # cut is seen in the text's case (Abgeordnete, listed).
        ("Die Kreistag-Abgeordnete sprach lange.", "Kreistag-Abgeordnete"),
    ],
)
def test_noun_cut_short_by_the_guesser_keeps_its_listed_form(nlp, sentence, word):
    assert token(nlp, sentence, word).lemma_ == word


def test_a_hyphenated_lemma_takes_the_texts_case_where_it_spells_the_same_letters():
    assert lemmas.hyphenated_text_case("Usb-c-anschlus", "USB-C-Anschluss") == "USB-C-Anschlus"
    # Not a lemma of other letters (a plural's singular), nor a word without a hyphen.
    assert lemmas.hyphenated_text_case("Cup-duell", "Cup-Duelle") == "Cup-Duell"
    assert lemmas.hyphenated_text_case("Tor-Mann", "Tor-Männer") == "Tor-Mann"
    assert lemmas.hyphenated_text_case("haus", "Hauses") == "haus"
    # Nor one of all its letters: that is no cut (it is cased as written in the end).
    assert lemmas.hyphenated_text_case("Tor-neunte", "Tor-Neunte") == "Tor-neunte"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # An agent or resident noun in -er is no case form of the noun it is made from.
        ("Der Wirtschaftswissenschafter aus Wien widersprach.", "Wirtschaftswissenschafter",
         "Wirtschaftswissenschafter"),
        ("Den Südstädtern gefiel der neue Park.", "Südstädtern", "Südstädter"),
        # A listed plural in -er stays the plural of its singular.
        ("Die Holzhäuser brannten.", "Holzhäuser", "Holzhaus"),
        # A plural of a shorter listed last part, though a linking s makes a longer one
        # ("Verwaltung|samt", velvet): Verwaltungs|ämter.
        ("Die Wohnungsämter prüfen jeden Antrag.", "Wohnungsämter", "Wohnungsamt"),
        ("Die Verwaltungsämter schließen früh.", "Verwaltungsämter", "Verwaltungsamt"),
    ],
)
def test_agent_noun_in_er_is_a_noun_of_its_own(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_case_form_of_a_listed_noun_keeps_its_lemma():
    assert lemmas.listed_written_form("Präsident", "Präsidenten") == "Präsident"
    assert lemmas.listed_written_form("Kind", "Kindern") == "Kind"
    # Wikidata lists some plurals as lexemes of their own: no evidence of a singular.
    assert lemmas.listed_written_form("Hilfsgeld", "Hilfsgelder") == "Hilfsgeld"


def test_an_english_noun_is_no_form_of_the_german_noun_it_starts_with(nlp):
    # Wiktionary declines die Charge (die Chargen): "Charger" is none of its forms, nor any
    # listed noun's, and an English word; a case form of a listed noun keeps its lemma.
    assert lemmas.english_written_form("Charge", "Charger") == "Charger"
    assert lemmas.english_written_form("Präsident", "Präsidenten") == "Präsident"
    assert lemmas.english_written_form("Rausch", "Rauschen") == "Rausch"
    assert token(nlp, "Mit dem Charger lädt das Gerät schneller.", "Charger").lemma_ == "Charger"


def test_noun_of_its_own_that_starts_with_a_listed_noun_is_no_form_of_it():
    # "Kochen" is the verb's noun (das Kochen), no form of der Koch (Köche): the tagger's
    # lemma is a listed noun, but Wiktionary declines it without this form.
    assert lemmas.listed_written_form("Koch", "Kochen") == "Kochen"
    # A form Wiktionary gives the noun keeps it: "Ringen" is also the dative plural of Ring.
    assert lemmas.listed_written_form("Ring", "Ringen") == "Ring"


def test_modern_ss_in_a_plural_with_umlaut():
    # The lexicon's lemma of "Beschlüsse" is the old "Beschluß"; the text's ss, after the
    # umlaut, is the reformed spelling of the singular too. A long vowel keeps ß (Füße).
    assert lemmas.modern_ss("Gesetzesbeschluß", "Gesetzesbeschlüsse") == "Gesetzesbeschluss"
    assert lemmas.modern_ss("Fuß", "Füße") == "Fuß"


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # Participles that only mean their verb carry it: the card is the verb's.
        ("Die ihr zugestandenen und eingeräumten Rechte galten nur kurz.", "eingeräumten",
         "einräumen"),
        ("Die an der Sitzung teilnehmenden Länder stimmten zu.", "teilnehmenden",
         "teilnehmen"),
        # Verbs in -ern/-eln make present participles in -ernd/-elnd, not -end.
        ("Die sich rasch verändernden Städte wuchsen.", "verändernden", "verändern"),
        ("Die über das Land wandernden Vögel rasteten.", "wandernden", "wandern"),
        # A particle before an inseparable prefix: no ge- ("an-ver-traut").
        ("Das ihr anvertraute Geld war weg.", "anvertraute", "anvertrauen"),
        # A present participle with an object of its own is the verb in this sentence,
        # whatever its frequencies say ("schwenkend" is also written alone, as adverbs are).
        ("Viele standen dort, Fähnchen schwenkend.", "schwenkend", "schwenken"),
        ("Sie sprachen, den Spielfilm zitierend, vom Leben.", "zitierend", "zitieren"),
        # A pronominal adverb as its complement ("über etwas hinausgehen").
        ("Darüber hinausgehende Leistungen werden extra bezahlt.", "hinausgehende",
         "hinausgehen"),
        # A participle of a verb HanTa's lexicon lacks: the weak verb wordfreq knows.
        ("Der Bescheid ist von der Gemeinde beeinsprucht.", "beeinsprucht", "beeinspruchen"),
        # A present participle used bare as an adverb of manner or an apposition, in a clause
        # with no copula, is the verb whatever its frequencies say.
        ("Das Kind lief weinend aus dem Zimmer.", "weinend", "weinen"),
        ("Er schickte ihr einen Brief, lautend auf seinen alten Namen.", "lautend", "lauten"),
        # A past participle tagged adjective that a perfect with haben or a passive with
        # werden makes a verb form, also coordinated with other participles.
        ("Die Forscher hatten einen Anstieg vorhergesagt, doch er blieb aus.", "vorhergesagt",
         "vorhersagen"),
        ("Er litt, weil er öffentlich bloßgestellt und verspottet wurde.", "bloßgestellt",
         "bloßstellen"),
        # An attributive participle with a passive's agent (von, durch) before it.
        ("Ein Attentäter brachte einen von ihm gesteuerten Traktor zur Explosion.",
         "gesteuerten", "steuern"),
        ("Das von jungen Schauspielern dargebotene Stück war lang.", "dargebotene",
         "darbieten"),
        # An attributive participle with a prepositional phrase of its own before it, though
        # German declines it as often as an adjective.
        ("Sie gewann das mit zwei Millionen Euro dotierte Rennen.", "dotierte", "dotieren"),
        ("Die mit neuen Motoren modifizierten Busse fuhren leiser.", "modifizierten",
         "modifizieren"),
        # The stative passive with its verb's complement, as the attributive participle has
        # it; adverbs may stand inside the phrase, before its number.
        ("Sie gewann den Preis, der mit etwa zwei Millionen Euro dotiert ist.", "dotiert",
         "dotieren"),
        # An attributive past participle after an adverbial of manner.
        ("Die sorgfältig eingezäunten Weiden liegen am Hang.", "eingezäunten", "einzäunen"),
        # A pronominal adverb before it stands for the verb's prepositional phrase.
        ("Die Zelte stehen auf dem dafür vorgesehenen Platz.", "vorgesehenen", "vorsehen"),
        # An attributive present participle graded by an adverbial of manner.
        ("Hinter dem Haus stand eine wild wuchernde Hecke.", "wuchernde", "wuchern"),
        ("Die schnell wachsenden Vororte brauchen mehr Busse.", "wachsenden", "wachsen"),
        # An attributive present participle after an adverb of time or frequency, which
        # German puts before a participle as before a verb, though German declines it as
        # often as an adjective (regierend).
        ("Die bisher regierende Partei verlor die Wahl deutlich.", "regierende", "regieren"),
        ("Die oft lähmende Debatte über die Reform geht weiter.", "lähmende", "lähmen"),
        ("Der früher stark mäandernde Bach wurde vor Jahren begradigt.", "mäandernde",
         "mäandern"),
    ],
)
def test_participle_that_only_means_its_verb(nlp, sentence, word, verb):
    found = token(nlp, sentence, word)
    assert found.pos_ == "ADJ"
    assert found._.participle_of == verb


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # Adjectives of their own, by lexicon evidence: a superlative ("enttäuschendste"),
        # a comparative ("fortgeschrittenere"), predicative use ("ansteckend"), HanTa's own
        # adjective reading ("besorgt"), declined as often as the verb ("verstorben").
        ("Das war ein enttäuschender Abend.", "enttäuschender"),
        ("Sie leitet den Kurs für fortgeschrittene Schüler.", "fortgeschrittene"),
        ("Die Grippe ist eine ansteckende Krankheit.", "ansteckende"),
        # After a noun, but predicative: the clause has a copula.
        ("Insgesamt ist die Entwicklung ermutigend.", "ermutigend"),
        ("Die besorgten Eltern warten.", "besorgten"),
        ("Der verstorbene Onkel hinterließ ein Haus.", "verstorbene"),
        # German Wiktionary defines it as a headword of its own ("in Wut gebracht").
        ("Die aufgebrachten Nachbarn schimpften laut.", "aufgebrachten"),
        ("Sie sprach mit gedämpfter Stimme.", "gedämpfter"),
        # Bare, but grading the adjective after it, or an adverb German writes about as
        # often as its verb ("abwechselnd"), or predicative after werden with degrees.
        ("Die Preise waren damals erschreckend hoch.", "erschreckend"),
        ("Die Kinder spielten abwechselnd mit dem Ball.", "abwechselnd"),
        ("Das Buch wurde im Herbst bekannt.", "bekannt"),
        # Before the participle it grades, not coordinated with it: no verb form.
        ("Die Wirklichkeit wurde in den Filmen überhöht dargestellt.", "überhöht"),
        # A prepositional phrase before it, but an adjective of its own: a degree form
        # ("geeigneter"), a Wiktionary definition ("geboren"); or the preposition governs the
        # participle's own noun phrase.
        ("Die für Kinder geeigneten Filme liefen morgens.", "geeigneten"),
        ("Die in Hamburg geborene Sängerin trat auf.", "geborene"),
        ("Er fuhr mit dem frisch gewaschenen Auto vor.", "gewaschenen"),
        # An article begins a noun phrase: "vor allem" and "die Herausgabe" are two phrases,
        # and the participle follows a noun it is no complement of.
        ("Die Polizei forderte vor allem die Herausgabe inhaftierter Personen.", "inhaftierter"),
        # With sein and a phrase before it, but an adjective of its own (a Wiktionary
        # definition: "freundschaftlich verbunden").
        ("Die Leute, die mit ihm befreundet sind, kamen auch.", "befreundet"),
        # An adverb grades it, but it has degree forms ("spannendste").
        ("Das war ein extrem spannendes Finale.", "spannendes"),
        # Written in a degree here, though wordfreq knows none of its degree forms: a verb
        # has no comparative, so "geworden" is a copula, not a passive's auxiliary.
        ("Seit dem Umzug ist der Nachbar verbitterter geworden.", "verbitterter"),
        ("Mit jedem Brief ist sie entmutigter geworden.", "entmutigter"),
        ("Von allen Spielern war er am frustriertesten.", "frustriertesten"),
        # After an adverb, a present participle German writes bare about as often as its
        # verb ("irritierend"), and a past participle, which names a state that adverbs of
        # time go with as with an adjective ("bereits überlastet").
        ("Eine vorerst irritierende Nachricht erreichte die Redaktion.", "irritierende"),
        ("In bereits überlasteten Spitälern warten die Patienten.", "überlasteten"),
        # Without the adverb, the word's own frequencies keep it an adjective.
        ("Die regierende Partei verlor die Wahl deutlich.", "regierende"),
    ],
)
def test_established_adjective_stays_an_adjective(nlp, sentence, word):
    assert token(nlp, sentence, word)._.participle_of == ""


def test_un_participle_is_no_verb():
    # un- makes adjectives of participles ("ungeschehen machen"), never verbs.
    assert lemmas.participle_verb("ungeschehen") == ""


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Die zu wahrenden Rechte der Bürger sind klar.", "wahrenden", "wahren"),
        ("Sie nannte die noch zu klärenden Fragen.", "klärenden", "klären"),
        ("Das ist eine nicht zu unterschätzende Gefahr.", "unterschätzende", "unterschätzen"),
    ],
)
def test_gerundive_is_its_verb(nlp, sentence, word, verb):
    # zu before a declined present participle is a passive of necessity, a verb form.
    assert token(nlp, sentence, word)._.participle_of == verb


def test_present_participle_after_the_preposition_zu_stays(nlp):
    assert token(nlp, "Das führte zu steigenden Preisen.", "steigenden")._.participle_of == ""


@pytest.mark.parametrize("word", ["verkrampft", "verklemmt"])
def test_participle_with_a_quality_noun_is_an_adjective(word):
    # German makes nouns in -heit of adjectives only (Verkrampftheit, Verklemmtheit), so a
    # participle that has one is an adjective of its own, not only its verb's form.
    assert lemmas.participle_verb(word) == ""


def test_participle_without_a_quality_noun_is_its_verb():
    assert lemmas.participle_verb("eingeräumt") == "einräumen"


def test_strong_participle_the_lexicon_lacks_is_its_verb_where_the_lexicon_has_the_verb():
    # HanTa's lexicon lacks "festgebissen" as written but reads it first as the participle of
    # festbeißen, which it has: a separable strong verb's participle, not an adjective.
    assert lemmas.participle_verb("festgebissen") == "festbeißen"
    assert lemmas.past_participle_infinitive("festgebissen") == "festbeißen"


def test_participle_of_an_unattested_verb_is_an_adjective(nlp):
    # HanTa joins the adverb to the verb ("hochverehren"), which German never writes.
    found = token(nlp, "Der Dichter wurde von allen hochverehrt.", "hochverehrt")
    assert (found.pos_, found.lemma_) == ("ADJ", "hochverehrt")


@pytest.mark.parametrize(("sentence", "word", "verb"), [
    # wordfreq never saw these infinitives, German Wiktionary defines them: a perfect whose
    # participle belongs to a verb German writes mostly in its perfect.
    ("Der Fahrer hatte am Morgen zwei Radfahrer niedergestoßen.", "niedergestoßen",
     "niederstoßen"),
    ("Die Minister haben sich schwer verkalkuliert.", "verkalkuliert", "verkalkulieren"),
])
def test_participle_of_a_verb_wiktionary_defines_is_its_verb(nlp, sentence, word, verb):
    found = token(nlp, sentence, word)
    assert (found.pos_, found.lemma_) == ("VERB", verb)


@pytest.mark.parametrize(("sentence", "word", "verb"), [
    # wordfreq never saw these infinitives and Wiktionary lacks them, but mit- makes a verb
    # of any verb Wiktionary defines (beschließen, unterzeichnen): a passive is the verb's.
    ("Der neue Lehrplan soll von den Eltern mitbeschlossen werden.", "mitbeschlossen",
     "mitbeschließen"),
    ("Die Erklärung wurde von drei Ministern mitunterzeichnet.", "mitunterzeichnet",
     "mitunterzeichnen"),
])
def test_passive_participle_of_mit_and_a_defined_verb_is_its_verb(nlp, sentence, word, verb):
    found = token(nlp, sentence, word)
    assert (found.pos_, found.lemma_) == ("VERB", verb)


def test_participle_after_a_conjoined_one_shares_its_auxiliary(nlp):
    # "hätten": both participles' perfect, though the first has its own phrase and the
    # second its own pronoun, in conjuncts of their own.
    found = token(nlp, "Andere hätten auf Abwarten gesetzt und sich völlig verkalkuliert.",
                  "verkalkuliert")
    assert (found.pos_, found.lemma_) == ("VERB", "verkalkulieren")


def test_participle_of_a_defined_verb_without_an_auxiliary_stays_an_adjective(nlp):
    # Wiktionary defines abkämpfen too, but no auxiliary makes "abgekämpft" a verb form:
    # German writes the participle of such a verb mostly as an adjective of its own.
    found = token(nlp, "Die Wanderer kamen sichtlich abgekämpft im Tal an.", "abgekämpft")
    assert (found.pos_, found.lemma_) == ("ADJ", "abgekämpft")


def test_participle_of_a_verb_spelt_like_a_declined_adjective_is_its_verb(nlp):
    # HanTa reads "leeren" and "kühlen" first as leer and kühl declined; German Wiktionary
    # defines the verbs under those spellings, so their participles are the verbs' forms.
    assert lemmas.participle_verb("geleert") == "leeren"
    assert lemmas.participle_verb("kühlend") == "kühlen"
    found = token(nlp, "Die Helfer haben die vollen Eimer sofort geleert.", "geleert")
    assert (found.pos_, found.lemma_) == ("VERB", "leeren")
    assert participles._infinitive_spelt_as_adjective("leeren")
    # A declined adjective with no verb of that spelling (no Wiktionary entry) is none.
    assert not participles._infinitive_spelt_as_adjective("roten")
    assert not participles._infinitive_spelt_as_adjective("neuen")


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # Wiktionary defines them by a paraphrase of the verb ("auf Grund gelaufen", "sich
        # laut freuend"), but its tables give them no degrees and wordfreq no un- form.
        ("Die gestrandeten Wale wurden von Helfern gerettet.", "gestrandeten", "stranden"),
        ("Die jubelnden Zuschauer stürmten nach dem Spiel auf den Platz.", "jubelnden",
         "jubeln"),
        ("Die Polizei fand die geplünderten Geschäfte am Morgen.", "geplünderten", "plündern"),
    ],
)
def test_participle_wiktionary_defines_without_an_adjectives_grammar_is_its_verb(
        nlp, sentence, word, verb):
    found = token(nlp, sentence, word)
    assert found.pos_ == "ADJ"
    assert found._.participle_of == verb
    assert not participles._defined_adjective(found.lemma_)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # Wiktionary compares them ("gefürchtetste", "erprobtere")...
        ("Der gefürchtete Stürmer traf zweimal.", "gefürchtete"),
        ("Sie setzten auf ein erprobtes Verfahren.", "erprobtes"),
        # ... or German negates them with un- ("ungestreift", "unlackiert").
        ("Er trug ein gestreiftes Hemd.", "gestreiftes"),
        ("Die lackierten Bretter trockneten im Hof.", "lackierten"),
    ],
)
def test_participle_wiktionary_defines_with_an_adjectives_grammar_stays(nlp, sentence, word):
    found = token(nlp, sentence, word)
    assert (found.pos_, found._.participle_of) == ("ADJ", "")
    assert participles._defined_adjective(found.lemma_)


def test_degree_forms_in_wiktionarys_tables():
    # An adjective's table lists its comparative and superlative; one German does not
    # compare has none, nor has a participle that is only its verb's form.
    assert participles._compared_in_wiktionary("spannend")
    assert participles._compared_in_wiktionary("gefürchtet")
    assert not participles._compared_in_wiktionary("gestrandet")
    assert not participles._compared_in_wiktionary("jubelnd")


def test_weak_participle_in_et_keeps_its_verbs_stem():
    # HanTa reads "gewandet" (clad) as a participle of wenden, whose participles are
    # gewendet and gewandt: a weak participle in -et has its verb's stem whole.
    assert lemmas.participle_verb("gewandet") == ""
    assert lemmas.participle_verb("gewendet") == "wenden"
    # The ge- of a separable verb stands between particle and stem.
    assert lemmas.participle_verb("hochgerechnet") == "hochrechnen"


def test_listed_verb_needs_a_wiktionary_entry_and_a_verb_reading():
    assert lemmas.listed_verb("niederstoßen")
    assert not lemmas.listed_verb("hochverehren")  # no entry: only the participle exists
    assert not lemmas.listed_verb("Niederstoßen")  # a noun's spelling


def test_past_tense_read_as_participle_is_the_finite_verb(nlp):
    found = token(nlp, "Drei Schiffe transportierten Weizen.", "transportierten")
    assert (found.pos_, found.tag_, found.lemma_) == ("VERB", "VVFIN", "transportieren")
    # Before a noun after an article it is the participle.
    found = token(nlp, "Die transportierten Waren kamen an.", "transportierten")
    assert found.pos_ == "ADJ"


def test_lower_case_compound_known_only_as_noun_takes_its_last_parts_tag(nlp):
    # Liga + weit: an adjective or adverb like "weltweit", never the noun "Ligaweit".
    found = token(nlp, "Auch das ist ligaweit der beste Wert.", "ligaweit")
    assert (found.pos_, found.lemma_) == ("ADJ", "ligaweit")


def test_verb_form_left_as_its_lemma_gets_an_infinitive_among_its_readings(nlp):
    # HanTa's lexicon reads "verweben" first as the participle "verwebt", and left the form.
    found = token(nlp, "Die Regisseurin, die in ihren Stücken Tanz und Theorie verwebt, "
                       "probt bereits.", "verwebt")
    assert found.lemma_ == "verweben"


def test_zu_infinitive_is_the_particle_verb():
    assert lemmas.infinitive("hinzusehen", "hinzusehen") == "hinsehen"
    assert lemmas.infinitive("aufzuräumen", "aufzuräumen") == "aufräumen"
    # A verb with zu as its particle keeps it.
    assert lemmas.infinitive("hinzufügen", "hinzufügen") == "hinzufügen"


def test_coordinated_fragment_is_rebuilt_from_its_partner(nlp):
    found = token(nlp, "Wir bekämpfen Steuerbetrug und -vermeidung.", "-vermeidung")
    assert found.lemma_ == "Steuervermeidung"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # Plurals HanTa's lexicon lists as lemmas get their singular.
        ("Die Fischersleute und Seeleute feierten.", "Seeleute", "Seemann"),
        ("Am Rhein stehen viele Schlösser.", "Schlösser", "Schloss"),
        ("Die neuen XYZ-Schlösser klemmen.", "XYZ-Schlösser", "XYZ-Schloss"),
        # Singulars shaped like such plurals stay: a genitive in -s (des Wählers), the verb
        # of an agent noun (Datenschützer: schützen).
        ("Der Wähler entscheidet.", "Wähler", "Wähler"),
        ("Ein Datenschützer warnte.", "Datenschützer", "Datenschützer"),
        # Swiss German's ss for ß: die Waldstrasse is die Waldstraße, no plural of der Strass
        # (paste jewels); die Busse stay the plural of der Bus, commoner than die Buße.
        ("In Zürich wurde die Waldstrasse gesperrt.", "Waldstrasse", "Waldstrasse"),
        ("Die Busse fuhren nicht.", "Busse", "Bus"),
    ],
)
def test_plural_listed_as_lemma_gets_its_singular(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # A dative plural whose -n alone the tagger cut: the plural it kept is no lemma.
        ("Im Labor leben Kolonien von winzigen Plattwürmern.", "Plattwürmern", "Plattwurm"),
        # A case form of a noun German uses only in the plural has no singular.
        ("In den Achtzigerjahren war das Dorf noch klein.", "Achtzigerjahren",
         "Achtzigerjahre"),
        # Ordinary case forms keep the tagger's singular.
        ("Seit Jahren spielt sie mit den Kindern.", "Jahren", "Jahr"),
        ("Seit Jahren spielt sie mit den Kindern.", "Kindern", "Kind"),
    ],
)
def test_lemma_still_a_plural_by_the_noun_lexicon(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_compound_ending_in_a_nominalized_adjective(nlp):
    # "Oberen" is a form of "der Obere" alone (der Ober, the waiter, has the plural Ober).
    assert token(nlp, "Die Parteioberen trafen sich in Wien.",
                 "Parteioberen").lemma_ == "Parteiobere"
    assert token(nlp, "Die Parteileiter kamen.", "Parteileiter").lemma_ == "Parteileiter"
    # A nominalized infinitive is no compound of a prefix and "die Linken".
    assert token(nlp, "Sie hat das Verlinken von Inhalten erlaubt.",
                 "Verlinken").lemma_ == "Verlinken"


def test_nominalized_adjective_in_the_strong_masculine_takes_its_e(nlp):
    # "ein Asylberechtigter": the card is "der/die Asylberechtigte", as for "die Asylberechtigten".
    assert token(nlp, "Ein Asylberechtigter darf hier arbeiten.",
                 "Asylberechtigter").lemma_ == "Asylberechtigte"


@pytest.mark.parametrize(
    ("sentence", "word", "pos"),
    [
        # Never declined, and no predicate here: an adverb.
        ("Man kennt das sattsam bekannte Problem.", "sattsam", "ADV"),
        # Declined forms are common: an adjective ("ruhige").
        ("Sie arbeitet nachts ruhig und genau.", "ruhig", "ADJ"),
        # -el and -er adjectives drop that e before an ending ("flexible").
        ("Hier will man mit Rücksicht auf die Wirtschaft flexibel vorgehen.", "flexibel", "ADJ"),
        ("Die Kinder erzählten sich leise Geschichten.", "leise", "ADJ"),
        # A participle in a perfect is a verb form, declined or not.
        ("Er hatte den Ball gegen die Wand gedroschen und ging.", "gedroschen", "ADJ"),
        # Never declined, but a predicate after a copula.
        ("Die Firma ist jetzt futsch.", "futsch", "ADJ"),
        # ... or of the object, after machen.
        ("Die Zeitung wollte den Brief sofort publik machen.", "publik", "ADJ"),
        ("Wir lasen ein vom Sender publik gemachtes Schreiben.", "publik", "ADJ"),
        # Only a copula of the word's own clause makes it a predicate ("..., bis ... ist").
        ("Erwartungsgemäß dauert es lange, bis die Klage erfasst ist.", "Erwartungsgemäß",
         "ADV"),
        # Never declined in wordfreq, but German Wiktionary tabulates its declension: an
        # adjective used adverbially ("bitterliche", "goldrichtige" are in its table).
        ("Die Kinder weinten bitterlich, als der Hund davonlief.", "bitterlich", "ADJ"),
        ("Der Stürmer stand goldrichtig und traf zum Ausgleich.", "goldrichtig", "ADJ"),
        ("Nach dem Regen wurde es urplötzlich kalt.", "urplötzlich", "ADJ"),
        # No such table for an adverb: "gleichsam" stays one.
        ("Er wollte gleichsam alles auf einmal.", "gleichsam", "ADV"),
        # werden with an infinitive is the future's auxiliary, no copula.
        ("Höchstwahrscheinlich wird die Sammlung weichen müssen.", "Höchstwahrscheinlich",
         "ADV"),
    ],
)
def test_adjective_german_never_declines_is_an_adverb(nlp, sentence, word, pos):
    assert token(nlp, sentence, word).pos_ == pos


def test_abstract_noun_from_an_adjective_is_no_plural():
    # "die Güte" (gut) is a singular, not the plural of "das Gut"; "die Gäste" is one.
    assert lemmas.singular("Güte") == "Güte"
    assert lemmas.singular("Gäste") == "Gast"


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        # Wiktionary lists the form as another noun's nominative plural.
        ("Lipide", "Lipid"),
        ("Stereotypen", "Stereotyp"),
        # A compound Wiktionary lacks, through its last part, after a first part that is a word.
        ("Plattwürmer", "Plattwurm"),
        ("Messinglipide", "Messinglipid"),
        # Lemmas of their own stay: singulars that look like plurals, plural-only nouns.
        ("Güte", "Güte"),
        ("Wähler", "Wähler"),
        ("Leute", "Leute"),
        ("Eltern", "Eltern"),
        # A name's form is no plural ("in Nordböhmen" is no plural of Nordböhme).
        ("Nordböhmen", "Nordböhmen"),
        # Nominalized infinitives are their own lemma, whatever plural they spell or hide.
        ("Schauen", "Schauen"),
        ("Bestehen", "Bestehen"),
        ("Eingreifen", "Eingreifen"),
    ],
)
def test_plural_left_as_lemma_gets_wiktionarys_singular(plural, singular):
    assert lemmas.singular(plural) == singular


def test_plural_left_as_lemma_in_a_sentence(nlp):
    found = token(nlp, "Im Blut der Patienten stiegen die Lipide stark an.", "Lipide")
    assert (found.pos_, found.lemma_) == ("NOUN", "Lipid")


def test_a_lemma_no_lexicon_has_becomes_the_noun_whose_case_form_was_written():
    # A weak masculine cut like a strong one: "Augenzeugen" is no "Augenzeug" (no noun the
    # lexicon has) but a form of Wiktionary's Augenzeuge. A place's residents stay: "den
    # Riedern" are no reed beds (Ried is a place as well as a noun).
    from learner.nlp.lemmas import plural_lemma

    assert plural_lemma("Augenzeug", "Augenzeugen") == "Augenzeuge"
    assert plural_lemma("Rieder", "Riedern") == "Rieder"
    assert plural_lemma("Kollege", "Kollegen") == "Kollege"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # Daten (data) is a plural Wiktionary lists on its own, besides das Datum (date): a
        # compound nobody writes in the singular keeps it.
        ("Die Firma hat die Kundendaten verkauft.", "Kundendaten", "Kundendaten"),
        ("Die Forscher werten die Wetterdaten aus.", "Wetterdaten", "Wetterdaten"),
        # A compound whose singular Wiktionary lists keeps that singular.
        ("Auf dem Formular fehlen die Geburtsdaten.", "Geburtsdaten", "Geburtsdatum"),
        # A case form of a plural in -leute is the compound in -mann, like its nominative.
        ("Er trank mit seinen Landsleuten Tee.", "Landsleuten", "Landsmann"),
        ("Sie fragten zwei Fachleuten um Rat.", "Fachleuten", "Fachmann"),
    ],
)
def test_plural_only_compounds_and_case_forms_in_leute(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_plural_only_compound_helper():
    assert lemmas.plural_only_compound("Kundendatum", "Kundendaten") == "Kundendaten"
    # A listed singular stays, and so does a surface that is no plural-only noun's.
    assert lemmas.plural_only_compound("Geburtsdatum", "Geburtsdaten") == "Geburtsdatum"
    assert lemmas.plural_only_compound("Kinderbuch", "Kinderbücher") == "Kinderbuch"
    # Schuld is commoner than Schulden: the plural keeps the singular's sense.
    assert lemmas.plural_only_compound("Firmenschuld", "Firmenschulden") == "Firmenschuld"
    # Written with a hyphen, the last part decides, a compound or a plural-only noun itself;
    # a listed singular and a plural in -leute stay as before.
    assert lemmas.plural_only_compound("Auto-Kundendatum", "Auto-Kundendaten") == (
        "Auto-Kundendaten")
    assert lemmas.plural_only_compound("Bahn-Datum", "Bahn-Daten") == "Bahn-Daten"
    assert lemmas.plural_only_compound("Auto-Geburtsdatum", "Auto-Geburtsdaten") == (
        "Auto-Geburtsdatum")
    assert lemmas.plural_only_compound("Bahn-Schuld", "Bahn-Schulden") == "Bahn-Schuld"
    assert lemmas.plural_only_compound("EU-Landsmann", "EU-Landsleute") == "EU-Landsmann"


def test_language_written_without_ending_is_its_own_noun(nlp):
    # "Bosnisch", undeclined, is the language (das Bosnisch), not the nominalized adjective
    # der/die/das Bosnische, which always takes an ending.
    found = token(nlp, "Die Schule bietet Unterricht in Bosnisch und Rumänisch an.", "Bosnisch")
    assert (found.pos_, found.lemma_) == ("NOUN", "Bosnisch")
    assert lemmas.undeclined_adjective_noun("Bosnische", "Bosnisch")
    assert not lemmas.undeclined_adjective_noun("Bosnische", "Bosnischen")


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # A relative clause ends with its finite verb: a weak past tense, not an adjective.
        ("Der Verteidiger, der den Ball am Strafraum vertändelte, saß danach draußen.",
         "vertändelte", "vertändeln"),
        # Verbs HanTa's lexicon lacks (it reads the infinitive as a noun) are attested by
        # their weak participle (gezoomt, gemailt, gechattet), which only a verb has.
        ("Es stört ihn, dass die Kamera so stark zoomt.", "zoomt", "zoomen"),
        ("Es freut sie, dass der Kollege ihr die Unterlagen mailt.", "mailt", "mailen"),
        ("Es stört ihn, dass der Kollege so oft chattet.", "chattet", "chatten"),
    ],
)
def test_last_word_of_a_subordinate_clause_without_finite_verb_is_its_verb(
        nlp, sentence, word, lemma):
    found = token(nlp, sentence, word)
    assert (found.pos_, found.lemma_) == ("VERB", lemma)


def test_clause_final_participle_spelt_as_a_finite_verb_is_the_finite_verb(nlp):
    # "was ... anbelangt": the clause's finite verb, spelt as the participle of anbelangen,
    # which wordfreq never saw as an infinitive (the unattested-participle rule would keep
    # the participle as an adjective).
    found = token(nlp, "Die Lage bleibt ruhig, was den Verkehr anbelangt.", "anbelangt")
    assert (found.pos_, found.lemma_) == ("VERB", "anbelangen")
    # HanTa's lemma of the participle is the verb's: an -ieren verb keeps its -e-.
    found = token(nlp, "Das ist ein Bild, das den Krieg gut illustriert.", "illustriert")
    assert (found.pos_, found.lemma_) == ("VERB", "illustrieren")


def test_clause_final_verb_helpers():
    # A clause with no subject is elliptical ("wenn nötig"): nothing changes.
    found = token(load_pipeline(), "Wir kommen, wenn nötig, am Abend.", "nötig")
    assert found.pos_ == "ADJ"
    assert lemmas.infinitive("vertändel", "vertändelte") == "vertändeln"


def test_participle_after_a_reflexive_full_verb_is_a_predicative_adjective(nlp):
    found = token(nlp, "Die Leser zeigten sich am Morgen beim Lesen der Zeitung entsetzt.",
                  "entsetzt")
    assert (found.tag_, found.lemma_) == ("ADJD", "entsetzt")
    # Through an auxiliary the pronoun is the participle's own: a verb form.
    found = token(nlp, "Der Minister hatte sich lange geweigert.", "geweigert")
    assert found.pos_ == "VERB"


def test_clause_final_adjective_in_a_clause_without_finite_verb_is_retagged(nlp):
    # As HanTa tags it in some contexts: the relative clause's verb read as an adjective.
    words = ["Er", "lobte", "den", "Spieler", ",", "der", "den", "Ball", "vertändelte", ",",
             "sehr", "."]
    tags = ["PPER", "VVFIN", "ART", "NN", "$,", "PRELS", "ART", "NN", "ADJA", "$,", "ADV",
            "$."]
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=[
        "PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "DET", "NOUN", "ADJ", "PUNCT", "ADV",
        "PUNCT"], sent_starts=[True] + [False] * 11)
    lemmas.retag_clause_final_verbs(doc)
    assert (doc[8].tag_, doc[8].pos_, doc[8].lemma_) == ("VVFIN", "VERB", "vertändeln")
    # The main clause's own finite verb stays; so does an adjective before its noun.
    assert doc[1].tag_ == "VVFIN"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # A neuter singular determiner cannot go with the plural of der Visionär: the
        # adjective visionär nominalized in the neuter ("the visionary thing"), whose
        # dictionary form is the adjective's (`retag_nominalized_adjectives`).
        ("Das eigentlich Visionäre an dem Plan ist seine Einfachheit.", "Visionäre", "visionär"),
        ("Sie lobte das Reaktionäre nicht.", "Reaktionäre", "reaktionär"),
        # The plural article keeps the person noun.
        ("Die Visionäre der Firma planten weiter.", "Visionäre", "Visionär"),
        ("Das Haus der Reaktionäre brannte.", "Reaktionäre", "Reaktionär"),
    ],
)
def test_neuter_nominalized_adjective_after_das(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_memoized_noun_steps_leave_the_sentence_to_each_token(nlp):
    # The noun steps that read the lemma and the written form alone are memoized; what the
    # determiner says is read for each token, so one form gets two lemmas in one text.
    doc = nlp("Das eigentlich Visionäre ist einfach. Die Visionäre der Firma planten weiter. "
              "Die Pole des Magneten ziehen sich an. Der Pole fuhr nach Hause.")
    assert [t.lemma_ for t in doc if t.text in ("Visionäre", "Pole")] == [
        "visionär", "Visionär", "Pol", "Pole"]


@pytest.mark.parametrize(
    "sentence",
    ["Wir schlussfolgern, dass das reicht.", "Sie schlussfolgern daraus, dass es reicht."],
)
def test_guessed_word_after_a_plural_subject_is_the_finite_verb(nlp, sentence):
    # A main clause's finite verb stands right after the subject that opens it.
    found = token(nlp, sentence, "schlussfolgern")
    assert (found.pos_, found.lemma_) == ("VERB", "schlussfolgern")


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        # die cannot go with der Pole (a Pole) in the singular: the plural of der Pol.
        ("Die Pole des Magneten ziehen sich an.", "Pol"),
        ("Die beiden Pole des Magneten ziehen sich an.", "Pol"),
        ("Der Pole fuhr nach Hause.", "Pole"),
    ],
)
def test_masculine_singular_after_die_is_another_nouns_plural(nlp, sentence, lemma):
    assert token(nlp, sentence, "Pole").lemma_ == lemma


def test_noun_whose_plural_is_its_singular_stays_after_die(nlp):
    # der Gläubiger, die Gläubiger (creditors): not the plural of der Gläubige.
    assert token(nlp, "Die Gläubiger der Bank warten.", "Gläubiger").lemma_ == "Gläubiger"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # A participle before sein is a state where the lexicons know the adjective: a noun in
        # -heit (Verletztheit) or HanTa's adjective reading.
        ("Er sagte, dass die Kinder verletzt seien.", "verletzt"),
        ("Sie glaubt, dass er mit dem Nachbarn befreundet gewesen sei.", "befreundet"),
        ("Er meinte, dass die Firmen gut vernetzt gewesen seien.", "vernetzt"),
    ],
)
def test_participle_before_sein_with_an_adjective_of_its_own_is_one(nlp, sentence, word):
    found = token(nlp, sentence, word)
    assert (found.pos_, found.lemma_) == ("ADJ", word)


def test_participle_of_a_perfect_with_sein_stays_its_verb(nlp):
    found = token(nlp, "Sie sagte, dass der Brief verschwunden sei.", "verschwunden")
    assert found.pos_ == "VERB"


def test_infinitive_put_first_before_a_modal_is_a_verb(nlp):
    # The modal or future werden needs a bare infinitive and the clause has no other: the
    # capitalized first word is that verb, not a nominalized infinitive.
    moved = token(nlp, "Umbauen wird die Gemeinde den alten Bahnhof erst im Herbst.", "Umbauen")
    assert (moved.pos_, moved.lemma_) == ("VERB", "umbauen")
    # The clause ends at the comma: the subordinate clause's infinitive is its own verb's.
    before_comma = token(nlp, "Umbauen wird die Gemeinde den Bahnhof, weil Züge halten "
                              "werden.", "Umbauen")
    assert before_comma.pos_ == "VERB"
    # A nominalized infinitive as the subject: the modal governs "sein", werden is a copula.
    subject = token(nlp, "Rauchen kann tödlich sein.", "Rauchen")
    assert (subject.pos_, subject.lemma_) == ("NOUN", "Rauchen")
    copula = token(nlp, "Schwimmen wird im Sommer beliebter.", "Schwimmen")
    assert copula.pos_ == "NOUN"
    # Past werden makes the passive, whose participle may stand beyond a comma.
    passive = token(nlp, "Tafeln wurden auf Wunsch der Stadt auf-, ab- und umgebaut.", "Tafeln")
    assert passive.pos_ == "NOUN"


def test_verb_of_a_main_clause_the_tagger_read_as_adverb_or_adjective(nlp):
    # A main clause with no finite verb: the word in its place that the lexicons read as a
    # verb form is the verb, one HanTa knows ("kursieren") or a weak verb's third person it
    # must guess, whose infinitive and ge-participle wordfreq knows ("werkt": werken).
    rumour = token(nlp, "Immer wieder kursieren seltsame Gerüchte über den Verein.", "kursieren")
    assert (rumour.pos_, rumour.lemma_) == ("VERB", "kursieren")
    oven = token(nlp, "Im Keller werkt seit Jahren ein alter Ofen.", "werkt")
    assert (oven.pos_, oven.lemma_) == ("VERB", "werken")
    # A clause with its finite verb keeps its predicative adjective.
    assert token(nlp, "Die Meinungen darüber sind verschieden.", "verschieden").pos_ == "ADJ"
    # A participle HanTa must guess, coordinated after a comma, is no finite verb.
    staff = token(nlp, "Die Leute sind nett, kompetent und fahrgastorientiert.",
                  "fahrgastorientiert")
    assert staff.pos_ == "ADJ"
    # Nor an adjective whose declined form has an infinitive's letters (adrett: adretten).
    dressed = token(nlp, "Die Ministerin, stets adrett gekleidet und in hohen Schuhen, lächelt.",
                    "adrett")
    assert dressed.pos_ == "ADJ"


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Das verdutzt die Gäste im Saal.", "verdutzt", "verdutzen"),
        ("Im Winter ersehnt die Bäuerin den Frühling.", "ersehnt", "ersehnen"),
        # A verb in -ieren takes no ge- either; a conjunction stands before the first place.
        ("Doch wen irritiert das Flackern der Lampe, wenn es draußen stürmt?", "irritiert",
         "irritieren"),
    ],
)
def test_inseparable_verb_the_lexicon_holds_as_adjective_in_second_place(nlp, sentence, word,
                                                                           verb):
    # A weak verb with an inseparable prefix spells its third person as its participle; in
    # second place of a clause with no finite verb, before its subject, it is that verb.
    found = token(nlp, sentence, word)
    assert (found.pos_, found.lemma_) == ("VERB", verb)


def test_inseparable_participle_set_off_by_commas_stays_an_adjective(nlp):
    assert token(nlp, "Die Gäste, sichtlich verdutzt, schwiegen.", "verdutzt").pos_ == "ADJ"


def test_gerundive_used_as_a_noun_is_its_verb(nlp):
    # "zu Pflegende" after a number or article: people to be cared for, the verb's gerundive.
    assert token(nlp, "Das Heim für etwa hundert zu Pflegende liegt mitten im Ort.",
                 "Pflegende")._.participle_of == "pflegen"
    assert token(nlp, "Die Zahl der zu Registrierenden steigt.",
                 "Registrierenden")._.participle_of == "registrieren"
    # The preposition zu before a noun phrase of its own.
    travellers = token(nlp, "Er sprach zu Reisenden am Bahnhof.", "Reisenden")
    assert travellers.pos_ == "NOUN"


def test_case_form_of_a_hyphenated_compound_is_its_last_part_noun(nlp):
    # HanTa leaves a hyphenated compound as written; its last part "Servers" is a case form
    # of der Server only (German Wiktionary), and the compound declines on its last part.
    found = token(nlp, "Die Nutzung eines privaten Mail-Servers war im Amt verboten.",
                  "Mail-Servers")
    assert found.lemma_ == "Mail-Server"
    assert lemmas.hyphenated_case_form("Kunden-Daten") == "Kunden-Daten"


def test_compound_on_an_adjectival_noun_takes_its_weak_form(nlp):
    # der Beamte (Wiktionary: Beamter) declines like an adjective; HanTa gives the
    # strong masculine as the lemma of the compound's plural.
    assert lemmas.adjectival_head("Landesangestellter")
    found = token(nlp, "Viele Landesbeamte arbeiten dort am Wochenende.", "Landesbeamte")
    assert found.lemma_ == "Landesbeamte"
    # das Alter is a noun of its own besides der Alte: "Rentenalter" keeps its -er.
    assert not lemmas.adjectival_head("Pensionsalter")


def test_preposition_ending_a_main_clause_is_its_verbs_particle(nlp):
    # "schlüsselt ... auf (": no noun phrase follows the preposition, and aufschlüsseln is a
    # verb German writes.
    found = token(nlp, "Der Bericht schlüsselt die Ausgaben nach Bezirken auf (siehe unten).",
                  "auf")
    assert found.tag_ == "PTKVZ"
    # A preposition before its noun phrase stays one.
    assert token(nlp, "Der Bericht schlüsselt die Ausgaben auf Seite zwei.", "auf").tag_ == "APPR"
    # An adverb that HanTa's lexicon knows as a particle too (hinterherhinken).
    found = token(nlp, "Beide Parteien hinken den Grünen bei den Jungen hinterher: Das "
                  "zeigt die Umfrage.", "hinterher")
    assert found.tag_ == "PTKVZ"
    # After another adverb the two are one adverbial: "immer wieder", not wiedersehen.
    assert token(nlp, "Die beiden sehen sich immer wieder.", "wieder").tag_ == "ADV"


def test_infinitive_shaped_word_after_sein_is_a_predicative_adjective(nlp):
    # German sein takes no bare infinitive: "vermessen" here is presumptuous, not to measure.
    found = token(nlp, "Wir sind nicht so vermessen, den Titel zu fordern.", "vermessen")
    assert (found.pos_, found.lemma_) == ("ADJ", "vermessen")
    # The gerundive with zu is a verb form.
    assert token(nlp, "Das Gerät ist kaum zu vermessen.", "vermessen").pos_ == "VERB"


def test_nominalized_comparative_is_its_adjective(nlp):
    found = token(nlp, "Ob ihr morgen etwas Freundlicheres einfällt, weiß niemand.",
                  "Freundlicheres")
    assert (found.pos_, found.lemma_) == ("ADJ", "freundlich")
    found = token(nlp, "Es hätte Schlimmeres geschehen können.", "Schlimmeres")
    assert (found.pos_, found.lemma_) == ("ADJ", "schlimm")


def test_nominalized_adjective_no_lexicon_lists_is_its_adjective(nlp):
    found = token(nlp, "Ihn reizt das Abenteuerliche an jeder Bergtour.", "Abenteuerliche")
    assert (found.pos_, found.lemma_) == ("ADJ", "abenteuerlich")
    found = token(nlp, "Im Dorf gab es nichts Vergleichbares.", "Vergleichbares")
    assert (found.pos_, found.lemma_) == ("ADJ", "vergleichbar")
    # The superlative's positive; a second conjunct shares the neuter article.
    found = token(nlp, "Oft ist das Unscheinbarste im Garten am wichtigsten.", "Unscheinbarste")
    assert (found.pos_, found.lemma_) == ("ADJ", "unscheinbar")
    found = token(nlp, "Er malt das Abenteuerliche und Unscheinbare.", "Unscheinbare")
    assert (found.pos_, found.lemma_) == ("ADJ", "unscheinbar")
    # Nominalized adjectives a noun lexicon lists stay nouns; so do the masculine, feminine
    # and plural ones, which name people.
    for sentence, word, lemma in [
            ("Die Abenteuerlichen zogen weiter nach Norden.", "Abenteuerlichen",
             "Abenteuerliche"),
            ("Der Abgeordnete stimmte gegen den Antrag.", "Abgeordnete", "Abgeordnete"),
            ("Die Angestellten der Bank streikten.", "Angestellten", "Angestellte"),
            ("Ein Bundesbeamter prüfte die Papiere.", "Bundesbeamter", "Bundesbeamte")]:
        found = token(nlp, sentence, word)
        assert (found.pos_, found.lemma_) == ("NOUN", lemma)


def test_compound_on_plural_only_daten_keeps_its_plural(nlp):
    # Daten (data) is a noun of its own, used only in the plural; Wikidata's listing of a
    # longer last part (Kommunikationsdaten) does not hide it.
    for sentence, word in [
            ("Der Anbieter speichert Telekommunikationsdaten für sechs Monate.",
             "Telekommunikationsdaten"),
            ("Die Firma verkauft Handy-Standortdaten an Werbekunden.", "Handy-Standortdaten")]:
        assert token(nlp, sentence, word).lemma_ == word
    # A compound written in the singular is Datum (date).
    assert token(nlp, "Das Ablaufdatum der Milch ist vorbei.", "Ablaufdatum").lemma_ == (
        "Ablaufdatum")


def test_capitalized_adjective_in_isch_inside_a_sentence_is_a_language(nlp):
    found = token(nlp, "Die Kinder lernen Kroatisch und Albanisch.", "Albanisch")
    assert (found.pos_, found.lemma_) == ("NOUN", "Albanisch")
    # Before its noun, and lower-case, it is the adjective.
    assert token(nlp, "Die albanisch sprechenden Kinder lernen.", "albanisch").pos_ != "NOUN"


def test_last_word_of_a_clause_governed_by_a_modal_is_its_infinitive(nlp):
    # Austrian angeloben (to swear in): HanTa reads it as a participle of "anloben", a verb
    # German never writes, and the participle rule would make it an adjective.
    found = token(nlp, "Er sagte, er würde eine solche Regierung nie angeloben, und ging.",
                  "angeloben")
    assert (found.pos_, found.lemma_) == ("VERB", "angeloben")


def test_present_participle_after_an_article_and_a_pronoun_is_its_verb(nlp):
    # "der alles überlappenden": the article determines the phrase, "alles" is the object.
    found = token(nlp, "Sie sprach von der alles überlappenden Krise im Land.", "überlappenden")
    assert found._.participle_of == "überlappen"


def test_strong_participle_read_as_a_weak_verbs_is_the_strong_verb(nlp):
    # geborgen is bergen's participle (to rescue); borgen (to borrow) makes geborgt.
    found = token(nlp, "Die Bergwacht hat die beiden Wanderer am Abend geborgen.", "geborgen")
    assert found.lemma_ == "bergen"
    assert token(nlp, "Er hat sich bei ihr etwas Geld geborgt.", "geborgt").lemma_ == "borgen"
    # schaffen makes both geschaffen (to create) and geschafft (to manage).
    assert lemmas.strong_participle_verb("geschaffen", "schaffen") == ""


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # The guesser cut -e and -en off compounds whose last part is a noun of its own: die
        # Buchse (not das Buch), die Rate (plural Raten; not der Rat), das Rauschen.
        ("Der Stecker passt in die Mikrofonbuchse am Pult.", "Mikrofonbuchse", "Mikrofonbuchse"),
        ("Wir messen die Klick-Raten der Werbung.", "Klick-Raten", "Klick-Rate"),
        ("Das leise Wellenrauschen beruhigt die Gäste.", "Wellenrauschen", "Wellenrauschen"),
    ],
)
def test_compound_keeps_the_written_last_part_the_lexicon_lists(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_lower_case_declined_place_adjective_is_the_other_adjectives_form(nlp):
    # "höchster" is also the adjective of Frankfurt-Höchst in HanTa's lexicon; written
    # lower-case it is the superlative of hoch.
    assert token(nlp, "Sie arbeiten auf höchster Stufe.", "höchster").lemma_ == "hoch"
    # A decade's adjective is undeclinable and lower-case; it stays.
    assert token(nlp, "Das Haus stammt aus den achtziger Jahren.", "achtziger").lemma_ == (
        "achtziger")


def test_guessed_past_tense_read_as_an_adjective_is_the_finite_verb(nlp):
    found = token(nlp, "Zum Schluss narrte Anna ihren Bruder.", "narrte")
    assert (found.pos_, found.lemma_) == ("VERB", "narren")
    # A declined adjective the lexicon knows stays one.
    assert token(nlp, "Die echte Freude kam spät.", "echte").pos_ == "ADJ"


def test_compound_in_leute_that_wordfreq_knows_little_is_the_mann_compound(nlp):
    found = token(nlp, "Die Bankkaufleute verhandeln um mehr Lohn.", "Bankkaufleute")
    assert found.lemma_ == "Bankkaufmann"


def test_adverb_wiktionary_defines_by_the_case_it_governs_is_a_preposition(nlp):
    found = token(nlp, "Die Polizei meldete vonseiten der Bahn keine Probleme.", "vonseiten")
    assert found.pos_ == "ADP"


def test_preposition_wiktionary_labels_before_the_case_it_governs_is_a_preposition(nlp):
    # "sonst veraltet, mit Genitiv: in Hinsicht auf": a label of region or register before
    # the governed case.
    found = token(nlp, "Der kleine Wagen überzeugt punkto Verbrauch jeden Käufer.", "punkto")
    assert found.pos_ == "ADP"


def test_governed_case_is_read_at_a_sense_s_start_and_among_its_labels():
    # At the start, whatever the label says after the case (as Wiktionary writes entgegen's
    # sense); after a label of register or region; not a case named inside the definition.
    assert noun_adjective_tags._governs_case("mit Dativ (seltener Genitiv) im Gegensatz zu etwas")
    assert noun_adjective_tags._governs_case("mit Genitiv: wegen")
    assert noun_adjective_tags._governs_case("regional, mit Dativ: unterhalb von etwas")
    assert not noun_adjective_tags._governs_case("Grammatik: Fall, der mit Dativ steht")
    assert not noun_adjective_tags._governs_case("veraltet: hinter")


def test_attributive_present_participle_means_its_verb_whatever_its_bare_use(nlp):
    # "knirschend" is written bare about as often as declined (as an adverbial of manner), but
    # before a noun it is the verb's participle; adjectives of their own keep their card: a
    # degree form (enttäuschend) or a bare form nearly as common as the verb (verpflichtend).
    found = token(nlp, "Ein knirschendes Geräusch drang aus dem Keller.", "knirschendes")
    assert found._.participle_of == "knirschen"
    assert token(nlp, "Das war eine enttäuschende Leistung.", "enttäuschende")._.participle_of == ""
    assert token(nlp, "Die Regel ist eine verpflichtende Vorgabe.", "verpflichtende"
                 )._.participle_of == ""


def test_case_form_of_the_taggers_noun_keeps_its_lemma(nlp):
    # "Namen" is a noun of its own (der Namen) and a case form of Name: the compound's lemma
    # stays the tagger's.
    assert token(nlp, "Er vergaß seinen Benutzernamen schon wieder.", "Benutzernamen").lemma_ == (
        "Benutzername")


def test_participle_spelt_as_a_finite_verb_leaves_the_particle_to_the_clause_verb(nlp):
    doc = nlp("Der Fonds zahlt jedes Jahr einen Teil des Gewinns bezogen auf das Kapital aus.")
    by_text = {t.text: t for t in doc}
    assert by_text["bezogen"].tag_ == "VVPP"
    assert vocabulary.word_lemma(by_text["zahlt"])[0] == "auszahlen"


def test_capitalized_imperative_inside_a_clause_is_no_verb(nlp):
    # An imperative opens its clause; after the finite verb, "Setz" is a name, and the
    # particle at the clause's end is the finite verb's (aushebeln).
    doc = nlp("Mit einem Trick hebelt Setz die Regel aus.")
    by_text = {t.text: t for t in doc}
    assert by_text["Setz"].pos_ != "VERB"
    assert vocabulary.word_lemma(by_text["hebelt"])[0] == "aushebeln"


def test_adjective_reading_before_an_article_is_the_finite_verb(nlp):
    # "bleichen" before "die" is no attribute; the clause has no other finite verb and its
    # particle "aus" makes ausbleichen, a verb HanTa's lexicon lacks without the particle.
    doc = nlp("Wenn das Wasser zu warm wird, bleichen die Korallen aus und sterben ab.")
    verb = next(t for t in doc if t.text == "bleichen")
    assert (verb.pos_, verb.tag_) == ("VERB", "VVFIN")


def test_adjective_after_its_article_stays_an_adjective(nlp):
    doc = nlp("Die bleichen Korallen sterben ab.")
    assert next(t for t in doc if t.text == "bleichen").pos_ == "ADJ"


def test_plural_only_noun_far_commoner_than_the_singular_it_spells_is_the_lemma(nlp):
    # Die Tropen (Wiktionary: plural only) are what German means by the form, not the plural
    # of der Tropus, a figure of rhetoric German writes far less often.
    assert token(nlp, "Im Urlaub reisten sie in die Tropen.", "Tropen").lemma_ == "Tropen"


def test_written_noun_wiktionary_lists_beats_a_wikidata_lemma_cut_from_it(nlp):
    # HanTa cuts das Epos like a genitive to "Epo", which only Wikidata lists (no forms).
    assert token(nlp, "Im Herbst startete das neue Epos im Fernsehen.", "Epos").lemma_ == "Epos"


def test_form_takes_the_noun_whose_nominative_plural_it_is(nlp):
    # "Initialen": plural of die Initiale, only the dative plural of das Initial.
    assert token(nlp, "Auf dem Koffer standen ihre Initialen.", "Initialen").lemma_ == "Initiale"
    # After a preposition with no article the dative is likelier: das Zelt, not "der Zelte".
    assert token(nlp, "Knapp hundert Gäste schliefen in Zelten.", "Zelten").lemma_ == "Zelt"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # A nominalized infinitive whose -n the guesser took for a plural's.
        ("Das Scharfmachen der Granaten dauerte lange.", "Scharfmachen", "Scharfmachen"),
        # A plural of a listed noun stays that noun's, though spenden is a verb too.
        ("Es gab viele Kleinspenden.", "Kleinspenden", "Kleinspende"),
    ],
)
def test_nominalized_infinitive_cut_by_the_guesser_keeps_its_n(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_adverb_put_first_before_an_auxiliary_is_no_participle(nlp):
    # "Erwartungsgemäß werden ... entlastet": an undeclined word before the finite auxiliary
    # is no subordinate clause's participle unless shaped like one.
    found = token(nlp, "Erwartungsgemäß werden die Kunden im Mai entlastet.", "Erwartungsgemäß")
    assert found.pos_ == "ADV"


def test_present_participle_after_its_bare_object_is_its_verb(nlp):
    # "Aufsehen erregende": the bare noun is the participle's object, so the participle is a
    # form of erregen, though erregend is an adjective of its own too (degree forms).
    found = token(nlp, "Die Firma stellt Aufsehen erregende Filme her.", "erregende")
    assert found._.participle_of == "erregen"
    # A noun with its article closes a phrase of its own: spannend stays an adjective.
    assert not token(nlp, "Er gab den Kindern spannende Bücher.", "spannende")._.participle_of


def test_participle_alone_in_a_verbless_sentence_is_a_state_where_the_lexicons_show_one(nlp):
    # No auxiliary anywhere: no perfect or passive, but a predicate without its copula. An
    # adjective of its own (HanTa's adjective reading of ausverkauft nearly as good as its
    # participle) is the adjective; a participle that only means its verb stays the verb.
    sold_out = token(nlp, "Karten für die Premiere: ausverkauft.", "ausverkauft")
    assert (sold_out.pos_, sold_out.lemma_) == ("ADJ", "ausverkauft")
    called_off = token(nlp, "Das Spiel in Graz: abgesagt.", "abgesagt")
    assert (called_off.pos_, called_off.lemma_) == ("VERB", "absagen")


def test_participle_whose_wiktionary_senses_are_all_obsolete_is_its_verb(nlp):
    # Wiktionary defines "fahrend" only in an obsolete sense ("veraltet, historisch: nicht
    # sesshaft"): no adjective German uses now, so after its own phrase it is fahren's form.
    bus = token(nlp, "Der dicht hinter ihr fahrende Bus bremste zu spät.", "fahrende")
    assert bus._.participle_of == "fahren"


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # A passive's agent, with a short parenthesis after its name (a party, an age), makes
        # the attributive participle its verb's form.
        ("Das von Regisseurin Eva Gruber (34) dargebotene Stück gefiel.", "dargebotene",
         "darbieten"),
        # HanTa's lexicon holds "ersehnt" only as an adjective: the weak verb wordfreq knows.
        ("Das von Bürgermeisterin Anna Huber (ÖVP) ersehnte Hallenbad öffnet morgen.",
         "ersehnte", "ersehnen"),
    ],
)
def test_participle_with_an_agent_whose_name_has_a_parenthesis_is_its_verb(nlp, sentence, word,
                                                                           verb):
    assert token(nlp, sentence, word)._.participle_of == verb


def test_disagreeing_adjectives_opening_a_verbless_clause_are_subject_and_verb(nlp):
    # "Aufständische" (-e) and "benutzten" (-en) share no noun; the second is the weak past,
    # the first the nominalized adjective Wiktionary lists (der/die Aufständische).
    sentence = "Aufständische benutzten Granaten bei Kämpfen im Mai."
    rebels = token(nlp, sentence, "Aufständische")
    assert (rebels.pos_, rebels.lemma_) == ("NOUN", "Aufständische")
    assert token(nlp, sentence, "benutzten").lemma_ == "benutzen"
    # Attributes that agree stay attributes.
    assert token(nlp, "Aufständische junge Männer zogen ab.", "Aufständische").pos_ == "ADJ"


def test_present_participle_of_a_verb_spelt_as_a_plural_noun(nlp):
    # HanTa's lexicon reads "grenzen" alone only as the plural of die Grenze, but "grenzt"
    # only as the verb's: the verb is attested, and the participle after its complement is
    # the verb's form.
    patience = token(nlp, "Er wartete mit an Wahnsinn grenzender Geduld.", "grenzender")
    assert patience._.participle_of == "grenzen"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # No neuter singular goes with "die" or a bare adjective in -e/-en: the plural.
        ("Nach langen Gesprächen kamen endlich klare Ansagen vom Trainer.", "Ansagen",
         "Ansage"),
        ("Die Kappen der Spieler lagen im Bus.", "Kappen", "Kappe"),
        # A neuter determiner or none: the nominalized infinitive stays.
        ("Das gemeinsame Feilen am Entwurf dauerte lange.", "Feilen", "Feilen"),
        ("Das Auto geriet ins Schleudern.", "Schleudern", "Schleudern"),
    ],
)
def test_plural_read_as_a_nominalized_infinitive(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_latin_plural_in_a_of_a_noun_only_wikidata_lists():
    # Wikidata lists das Pharmazeutikum with no forms; Wiktionary has no "Pharmazeutika".
    assert lemmas.classical_singular("Pharmazeutika") == "Pharmazeutikum"
    # Nouns of their own in -a stay.
    assert lemmas.classical_singular("Basilika") == "Basilika"
    assert lemmas.classical_singular("Agenda") == "Agenda"


def test_hyphen_for_a_missing_linking_s_is_joined(nlp):
    method = token(nlp, "Sie testeten die neue Verschlüsselung-Methode im Labor.",
                   "Verschlüsselung-Methode")
    assert method.lemma_ == "Verschlüsselungsmethode"
    assert lemmas.with_linking_s("Regierung-Krise") == "Regierungskrise"
    # English first parts in -ion take no linking s; nor do other hyphenated compounds.
    assert lemmas.with_linking_s("Action-Film") == "Action-Film"
    assert lemmas.with_linking_s("Tatort-Kenner") == "Tatort-Kenner"


def test_topicalized_infinitive_before_lassen_is_the_verb(nlp):
    # The tagger reads the capitalized infinitive first in its clause as an adverb.
    calm = token(nlp, "Beruhigen ließen sich die Fans erst spät.", "Beruhigen")
    assert (calm.pos_, calm.lemma_) == ("VERB", "beruhigen")
    persuade = token(nlp, "Überreden ließ sich die Ministerin nicht.", "Überreden")
    assert (persuade.pos_, persuade.lemma_) == ("VERB", "überreden")
    # An adjective, a noun object, a particle verb's object stay.
    assert token(nlp, "Offen ließ der Minister die Frage.", "Offen").pos_ == "ADJ"
    assert token(nlp, "Spuren ließ der Täter keine.", "Spuren").pos_ == "NOUN"
    assert token(nlp, "Schulden ließ die Firma zurück.", "Schulden").pos_ == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # Adjectives German never declines, right before a genitive phrase, govern it.
        ("Der Verkauf gilt vorbehaltlich eines positiven Bescheids.", "vorbehaltlich"),
        ("Die Firma zahlt vorbehaltlich neuer Vorschriften weiter.", "vorbehaltlich"),
        ("Er blieb unbeschadet des Urteils im Amt.", "unbeschadet"),
    ],
)
def test_undeclined_adjective_before_a_genitive_is_a_preposition(nlp, sentence, word):
    assert token(nlp, sentence, word).pos_ == "ADP"


def test_adverb_before_a_verbs_genitive_stays_an_adverb(nlp):
    assert token(nlp, "Er wurde gestern des Mordes angeklagt.", "gestern").pos_ == "ADV"
    # A declined adjective before another is no preposition, whatever follows it.
    sentence = "Der Vertrag gilt vorbehaltlich diverser neuer Vorschriften."
    assert token(nlp, sentence, "diverser").pos_ == "ADJ"
    assert token(nlp, sentence, "vorbehaltlich").pos_ == "ADP"


def test_genitive_of_a_listed_noun_the_guesser_cut_further(nlp):
    # HanTa takes "-ns" for an ending of a word it lacks; Wikidata lists the noun itself.
    request = token(nlp, "Die Behörde prüfte den Inhalt des Amtshilfeersuchens genau.",
                    "Amtshilfeersuchens")
    assert request.lemma_ == "Amtshilfeersuchen"


def test_compound_on_a_form_of_two_nouns_takes_the_one_whose_usual_plural_it_is(nlp):
    # "Praktiken" is die Praktik's plural and die Praxis's second one; HanTa made the
    # compound "Vertriebspraktikum", a noun no lexicon lists.
    practices = token(nlp, "Die Behörde verbot die Vertriebspraktiken der Firma.",
                      "Vertriebspraktiken")
    assert practices.lemma_ == "Vertriebspraktik"


def test_adverb_before_the_pronoun_eines_stays_an_adverb(nlp):
    # "eines der Bilder" is a pronoun with a genitive after it, no genitive phrase.
    sentence = "Das ist zweifellos eines der schönsten Bilder."
    assert token(nlp, sentence, "zweifellos").pos_ != "ADP"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # First in the sentence, HanTa's guess reads the capital as a noun ("Fairerweis").
        ("Fairerweise muss man sagen, dass es klappt.", "Fairerweise", "fairerweise"),
        ("Ironischerweise regnete es am Feiertag.", "Ironischerweise", "ironischerweise"),
        ("Er kam ironischerweise als Letzter.", "ironischerweise", "ironischerweise"),
    ],
)
def test_adjective_with_erweise_is_a_sentence_adverb(nlp, sentence, word, lemma):
    found = token(nlp, sentence, word)
    assert (found.pos_, found.lemma_) == ("ADV", lemma)


def test_noun_on_weise_stays_a_noun(nlp):
    assert token(nlp, "Seine Denkweise ist seltsam.", "Denkweise").pos_ == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # "Alben" is der Alben's (an elf) unchanged plural, and the first plural of das Album,
        # which German writes far more than every "Alben" together.
        ("Die Band brachte drei Livealben heraus.", "Livealben", "Livealbum"),
        ("Sie hörte zwei Doppelalben am Stück.", "Doppelalben", "Doppelalbum"),
    ],
)
def test_unchanged_plural_of_a_rarer_noun_is_the_commoner_nouns_plural(
        nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


def test_singular_with_its_own_unchanged_plural_stays():
    # der Wähler, die Wähler: no other noun's plural.
    assert lemmas.singular("Wähler") == "Wähler"
    # die Post writes "Posten" as its plural, but "des Postens" shows der Posten in use.
    assert lemmas.singular("Wachposten") == "Wachposten"
    # das Leinen, a material, is seldom in the genitive: its plural stays its own.
    assert lemmas.singular("Leinen") == "Leinen"
    assert lemmas.singular("Wagen") == "Wagen"
    assert lemmas.singular("Kuchen") == "Kuchen"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # messen raises e to i: "misst" is its third person, not the rarer missen's.
        ("Die Ärztin misst den Blutdruck.", "misst", "messen"),
        ("Nächste Woche misst sie sich mit der Weltmeisterin.", "misst", "messen"),
        # A weak e-verb keeps its e: "sinkt" is sinken's, never senken's.
        ("Der Pegel sinkt langsam.", "sinkt", "sinken"),
        # A prefixed verb is left as HanTa reads it.
        ("Sie vermisst ihren Hund.", "vermisst", "vermissen"),
    ],
)
def test_raised_vowel_present_of_a_strong_verb(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # Wiktionary lists das Tasten (touching) as a noun of its own; "den" and "der" go
        # with no neuter singular, so the form is die Taste's plural.
        ("Der Pianist saß stundenlang an den Tasten.", "Tasten", "Taste"),
        # A bare adjective in -e, or a number other than one, rules the neuter singular out.
        ("Das Gerät hat frei belegbare Tasten und ein Display.", "Tasten", "Taste"),
        ("Ein Flügel hat 88 Tasten.", "Tasten", "Taste"),
        # "dem", "-em" and "das" go with the nominalized infinitive.
        ("Nach langem Tasten fand sie den Schalter.", "Tasten", "Tasten"),
        ("Das Tasten im Dunkeln half ihm nicht.", "Tasten", "Tasten"),
    ],
)
def test_plural_read_as_a_nominalized_infinitive_listed_as_a_noun(nlp, sentence, word,
                                                                   lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # After a definite article a nominalized adjective ends in -e or -en, so the -er of
        # "beim Gepolter" is the noun's own, not the strong ending of "ein Gepolter".
        ("Der Streit endete beim Gepolter im Flur.", "Gepolter", "Gepolter"),
        ("Sie war in der Saison der beste Scorer der Liga.", "Scorer", "Scorer"),
        # After ein the strong ending stays the adjective's: der Vierjährige.
        ("Ein Vierjähriger rannte über die Straße.", "Vierjähriger", "Vierjährige"),
    ],
)
def test_noun_in_er_after_a_definite_article_is_no_strong_adjective(nlp, sentence, word,
                                                                    lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # versanden (silt up) makes "versandete", "versandet": "versandte" is versenden's.
        ("Sie las die Mails, die sie empfing und versandte.", "versandte", "versenden"),
        ("Die Firma entsandte zwei Techniker.", "entsandte", "entsenden"),
        ("Der Hafen versandete über die Jahre.", "versandete", "versanden"),
        ("Er redete lange mit ihr.", "redete", "reden"),
    ],
)
def test_mixed_verb_past_is_no_form_of_a_verb_in_d(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma
    assert lemmas.mixed_verb("versandte", "versanden") == "versenden"
    assert lemmas.mixed_verb("versandete", "versanden") == ""


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "tag"),
    [
        # The zu of the particle dazu-, not of a zu-infinitive: German writes no "dakommen".
        ("Am Ende soll noch ein kleiner Bonus dazukommen.", "dazukommen", "dazukommen",
         "VVINF"),
        ("Wir wollen dabei auch etwas dazulernen.", "dazulernen", "dazulernen", "VVINF"),
        # A zu-infinitive stays one: "anfangen", "zusehen" and "hinkommen" are the verbs.
        ("Er hat vergessen, rechtzeitig anzufangen.", "anzufangen", "anfangen", "VVIZU"),
        ("Sie kamen, um zuzusehen.", "zuzusehen", "zusehen", "VVIZU"),
        ("Es ist schwer, dort hinzukommen.", "hinzukommen", "hinkommen", "VVIZU"),
        ("Er versuchte, noch etwas dazuzulernen.", "dazuzulernen", "dazulernen", "VVIZU"),
        # Both verbs exist: after werden or a modal it is the bare infinitive, hinzutreten.
        ("Dann wird ein Kollege hinzutreten.", "hinzutreten", "hinzutreten", "VVINF"),
        ("Er wird kommen, um hinzuzutreten.", "hinzuzutreten", "hinzutreten", "VVIZU"),
    ],
)
def test_particle_ending_in_zu_is_no_zu_infinitive(nlp, sentence, word, lemma, tag):
    found = token(nlp, sentence, word)
    assert (found.lemma_, found.tag_) == (lemma, tag)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # zu- + gestehen, not zustehen's participle (that is "zugestanden").
        ("Sie sollten den Leuten mehr Freiheit zugestehen.", "zugestehen", "zugestehen"),
        ("Es ist der Richter, der dem Angeklagten zugesteht, dass er müde war.", "zugesteht",
         "zugestehen"),
        ("Er spielt gut, obwohl er eingesteht, dass er müde ist.", "eingesteht", "eingestehen"),
        # Participles with no finite form of their letters stay their verb's.
        ("Er hat sich den Film zweimal angesehen.", "angesehen", "ansehen"),
        ("Das Erbe ist ihm zugefallen.", "zugefallen", "zufallen"),
        # After an auxiliary a form in -t is the participle: zuhören, not zugehören.
        ("Er hat ihr lange zugehört.", "zugehört", "zuhören"),
    ],
)
def test_particle_verb_on_a_ge_verb_is_no_participle(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # die Rinde (bark), not the old dative of das Rind.
        ("Die Hütte war gedeckt mit Rinde und Moos.", "Rinde", "Rinde"),
        # The old dative after a masculine or neuter dative determiner stays.
        ("Im Falle eines Sieges feiern wir.", "Falle", "Fall"),
        ("Der Jäger stellte eine Falle auf.", "Falle", "Falle"),
        # A plural in -e of the noun read is left as read.
        ("Die Pole der Erde schmelzen ab.", "Pole", "Pol"),
    ],
)
def test_noun_in_e_is_no_old_dative_of_another(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # The old dative survives right after zu and nach: das Buch, not die Buche (beech).
        ("Das neue Modell wird mit 400 Euro zu Buche schlagen.", "Buche", "Buch"),
        # A simple verb's strong participle is no infinitive, though "geborgt" is a word.
        ("Die Wanderer wurden am Abend geborgen.", "geborgen", "bergen"),
        # hin + gehören, not hinhören's participle.
        ("Die Vögel sollen bleiben, wo sie hingehören.", "hingehören", "hingehören"),
    ],
)
def test_set_phrases_and_simple_participles_stay(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # sich gedulden (to be patient), not dulden's participle: that is "geduldet".
        ("Die Fans müssen sich mit der Antwort auf ihre Frage noch etwas gedulden.",
         "gedulden", "gedulden"),
        ("Der Soldat wollte dem Befehl des Offiziers nicht gehorchen.", "gehorchen",
         "gehorchen"),
        # The weak participle stays its verb's.
        ("Die Kinder haben sich lange geduldet.", "geduldet", "dulden"),
        # A strong verb's participle in -en stays: fallen is strong, "gefallt" a slip.
        ("Der Baum ist im Sturm gefallen.", "gefallen", "fallen"),
        # geborgen (safe) is no infinitive: bergen's participle.
        ("Die Wanderer wurden am Abend geborgen.", "geborgen", "bergen"),
    ],
)
def test_simple_verb_in_ge_is_no_participle_of_a_weak_verb(nlp, sentence, word, lemma):
    found = token(nlp, sentence, word)
    assert found.lemma_ == lemma
    assert (found.tag_ == "VVINF") == (lemma == word)


def test_hyphenated_compound_keeps_a_listed_last_part_the_tagger_lacks(nlp):
    # der Pop (Wiktionary), which HanTa's guesser cut to "Po".
    doc = nlp("Kurz zuvor schallte noch Oriental-Pop aus den Boxen.")
    assert next(t for t in doc if t.text == "Oriental-Pop").lemma_ == "Oriental-Pop"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos"),
    [
        # A verb-first clause: the capital is the sentence's, the word its finite verb.
        ("Dominierten damals noch Dialekte, so ist der Film heute anders.", "Dominierten",
         "dominieren", "VERB"),
        # With a finite verb of its own the clause leaves the noun a noun.
        ("Verletzte gab es keine.", "Verletzte", "Verletzte", "NOUN"),
        # A headline with no verb and no main clause after it keeps its noun.
        ("Verletzte nach Unfall in Wien", "Verletzte", "Verletzte", "NOUN"),
    ],
)
def test_clause_initial_finite_verb_read_as_noun(nlp, sentence, word, lemma, pos):
    found = token(nlp, sentence, word)
    assert (found.lemma_, found.pos_) == (lemma, pos)


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # Plain nominalized infinitives: no lexicon lists the noun, the card is the verb's.
        ("Das Aktivieren der neuen Konten dauerte drei Wochen.", "Aktivieren", "aktivieren"),
        ("Beim Streicheln der Katze wurde der Junge gebissen.", "Streicheln", "streicheln"),
        ("Die Kosten des Regierens steigen seit Jahren.", "Regierens", "regieren"),
    ],
)
def test_plain_nominalized_infinitive_is_carded_as_its_verb(nlp, sentence, word, verb):
    noun = token(nlp, sentence, word)
    # The tags stay the noun's, as UD has them; the card is the verb's.
    assert noun.pos_ == "NOUN"
    assert noun._.infinitive_of == verb
    assert vocabulary.word_lemma(noun)[0] == verb
    assert vocabulary.word_pos(noun) == "VERB"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # Nouns the noun lexicon lists on their own: lexicalized, with a sense or a plural.
        ("Das Staunen der Zuschauer war groß.", "Staunen"),
        ("Das Leben in der Stadt ist teuer.", "Leben"),
        ("Sein ganzes Vermögen ging an die Stiftung.", "Vermögen"),
        # HanTa's lexicon knows a noun of its own (intervention, exit), and wordfreq knows its
        # genitive ("des Eingreifens") nearly as well as the verb (forms32).
        ("Das Eingreifen der Polizei kam zu spät.", "Eingreifen"),
        ("Nach dem Ausscheiden der Ministerin wurde das Amt neu besetzt.", "Ausscheiden"),
        # Another noun's case form: the dative plural of der Stöpsel.
        ("Er verschloss die Flaschen mit kleinen Stöpseln.", "Stöpseln"),
    ],
)
def test_lexicalized_nominalized_infinitive_stays_a_noun(nlp, sentence, word):
    noun = token(nlp, sentence, word)
    assert noun._.infinitive_of == ""
    assert vocabulary.word_pos(noun) == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # Wiktionary defines the noun by its verb's action alone: "das Übertragen in eine
        # andere Sprache", "das Durchführen von Recherchen", "Akt des Öffnens".
        ("Das Übersetzen der alten Briefe hat ein Jahr gedauert.", "Übersetzen", "übersetzen"),
        ("Nach langem Recherchieren fand die Reporterin das Archiv.", "Recherchieren",
         "recherchieren"),
        ("Das Öffnen der Türen ist während der Fahrt verboten.", "Öffnen", "öffnen"),
        # A bare infinitive heads the sense: "Beseitigen von Verunreinigungen".
        ("Nach dem Reinigen der Fenster glänzte das ganze Haus.", "Reinigen", "reinigen"),
    ],
)
def test_noun_defined_only_as_its_verbs_action_is_carded_as_the_verb(nlp, sentence, word,
                                                                      verb):
    noun = token(nlp, sentence, word)
    assert noun._.infinitive_of == verb
    assert vocabulary.word_pos(noun) == "VERB"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # Wiktionary gives a sense beyond the action: "Ausüben von Musik", "(drohender) Tod
        # durch eine Beeinträchtigung der Atmung".
        ("Gemeinsames Musizieren macht den Kindern Freude.", "Musizieren"),
        ("Das Ersticken droht bei jedem schweren Brand.", "Ersticken"),
    ],
)
def test_noun_defined_beyond_its_verbs_action_stays_a_noun(nlp, sentence, word):
    noun = token(nlp, sentence, word)
    assert noun._.infinitive_of == ""
    assert vocabulary.word_pos(noun) == "NOUN"


def test_plain_nominalized_infinitive_joins_the_verbs_card(nlp):
    doc = nlp("Das Aktivieren der Konten dauerte lange. Die Bank will die Konten bald aktivieren.")
    words = {(w.lemma, w.pos): w for w in vocabulary.collect_words([(doc, "test")])}
    assert len(words[("aktivieren", "VERB")].examples) == 2
    assert ("Aktivieren", "NOUN") not in words


def test_plural_phrase_is_no_nominalized_infinitive(nlp):
    # A nominalized infinitive is a neuter singular: after "manche" the form is a plural
    # (the Austrian "Wägen" of der Wagen), whatever the lexicons say of the spelling.
    cars = token(nlp, "Der Fehler führt dazu, dass manche Wägen ihre Besitzer aussperren.",
                 "Wägen")
    assert cars._.infinitive_of == ""
    assert vocabulary.word_pos(cars) == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # HanTa reads the form as a case form of a listed noun it begins with, which
        # Wiktionary declines otherwise: der Jammer has no plural, der Stock's is Stöcke,
        # der Aufschlag's Aufschläge. German makes a neuter noun of the infinitive.
        ("Das ewige Jammern der Fans über den Trainer nervt.", "Jammern", "jammern"),
        ("Seit Wochen gerät die Lieferung immer wieder ins Stocken.", "Stocken", "stocken"),
        ("Beim Aufschlagen des Buches fiel ein Foto heraus.", "Aufschlagen", "aufschlagen"),
    ],
)
def test_nominalized_infinitive_read_as_another_nouns_form(nlp, sentence, word, verb):
    noun = token(nlp, sentence, word)
    assert noun.lemma_ == word
    assert noun._.infinitive_of == verb
    assert vocabulary.word_lemma(noun)[0] == verb


def test_noun_whose_form_it_is_keeps_it(nlp):
    # "Rauchern" is der Raucher's dative plural, though rauchern is no verb anyway; "Hosen"
    # die Hose's plural: a listed form is never re-read.
    assert token(nlp, "Das Lokal ist bei Rauchern beliebt.", "Rauchern").lemma_ == "Raucher"
    assert token(nlp, "Er kaufte zwei Hosen.", "Hosen").lemma_ == "Hose"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # Bare, in a list of nouns: die Kappe is written more than the form "Kappen".
        ("Im Laden gab es Mützen, Kappen und Schals.", "Kappen", "Kappe"),
        # A form written far more than the noun it spells the plural of (der Bettel) is the
        # verb's infinitive: "Betteln" stays the nominalized infinitive.
        ("Betteln ist in der Innenstadt verboten.", "Betteln", "Betteln"),
        # A neuter singular phrase keeps the infinitive.
        ("Das Kappen der Äste dauerte den ganzen Tag.", "Kappen", "Kappen"),
    ],
)
def test_bare_plural_of_a_commoner_noun(nlp, sentence, word, lemma):
    assert token(nlp, sentence, word).lemma_ == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # A weak verb with an inseparable prefix spells its third person like its
        # participle; after "und", before its object, with no auxiliary, it is finite.
        ("Der neue Direktor ist auf Sparkurs unterwegs – und hinterfragt etwa die beiden "
         "erst vor kurzem unterschriebenen Verträge.", "hinterfragt", "hinterfragen"),
    ],
)
def test_finite_verb_read_as_predicate_after_und(nlp, sentence, word, verb):
    found = token(nlp, sentence, word)
    assert (found.lemma_, found.pos_) == (verb, "VERB")


def test_predicate_coordinated_with_a_predicate_stays(nlp):
    # After another predicate "und" joins two predicates, though HanTa's lexicon also reads
    # "verärgert" as verärgern's third person and an accusative of time follows.
    found = token(nlp, "Der Trainer war müde und verärgert die ganze Woche.", "verärgert")
    assert (found.tag_, found.lemma_) == ("ADJD", "verärgert")


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # wägen and wiegen share wog and gewogen; HanTa gives them to wiegen, Wiktionary
        # names abwägen as a sense of abwiegen, and German writes abwägen three times as often.
        ("Man sah, wie die Richterin jedes Argument genau gegeneinander abwog.", "abwog",
         "abwägen"),
        ("Der Rat hat die Risiken lange gegeneinander abgewogen.", "abgewogen", "abwägen"),
        # A weak form spells its own vowel; wiegen alone is the commoner verb.
        ("Das Paket wog drei Kilo.", "wog", "wiegen"),
    ],
)
def test_strong_form_two_verbs_share_is_the_commoner_verbs(nlp, sentence, word, verb):
    assert token(nlp, sentence, word).lemma_ == verb


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # Only Wikidata lists these nouns, as bare lexemes with no genus, plural or sense:
        # a nominalized infinitive like any other, carded as its verb (forms30).
        ("Das Rupfen der Hühner dauerte den ganzen Nachmittag.", "Rupfen", "rupfen"),
        ("Das Vordringen der Truppen wurde am Fluss gestoppt.", "Vordringen", "vordringen"),
    ],
)
def test_wikidata_lexeme_is_no_evidence_of_a_noun_of_its_own(nlp, sentence, word, verb):
    assert nouns.entries(word) and not lemmas.listed_beyond_lexeme(word)
    noun = token(nlp, sentence, word)
    assert noun._.infinitive_of == verb
    assert vocabulary.word_pos(noun) == "VERB"


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        # HanTa's lexicon lists these as nouns NN, but their genitives (des Wegschauens, des
        # Weglaufens) wordfreq hardly knows: the verb's action, carded as the verb (forms32).
        ("Das Wegschauen der Nachbarn hat den Täter ermutigt.", "Wegschauen", "wegschauen"),
        ("Nach dem Weglaufen des Hundes suchte die Familie drei Tage.", "Weglaufen",
         "weglaufen"),
    ],
)
def test_noun_reading_without_a_genitive_in_use_is_the_verbs(nlp, sentence, word, verb):
    assert any(tag == "NN" for tag, _ in lexicon.word_readings(word))
    assert not nominalized_infinitives._genitive_in_use(word)
    noun = token(nlp, sentence, word)
    assert noun._.infinitive_of == verb
    assert vocabulary.word_pos(noun) == "VERB"


def test_lexeme_in_a_set_phrase_of_its_genitive_stays_a_noun(nlp):
    # "meines Erachtens": wordfreq knows the genitive better than the verb erachten.
    noun = token(nlp, "Meines Erachtens war die Entscheidung des Gerichts falsch.", "Erachtens")
    assert noun._.infinitive_of == ""
    assert vocabulary.word_pos(noun) == "NOUN"


def test_compound_head_is_read_as_the_noun_compounds_are_made_of(nlp):
    # Wiktionary gives "Halle" as a plural of der Hall (echo); far more compounds end in
    # die Halle, and a hall is what "Judo-Halle" names.
    assert token(nlp, "Die Kinder turnen in einer Judo-Halle.", "Judo-Halle").lemma_ == "Judo-Halle"
    # A head no listed singular spells stays the tagger's plural reading.
    assert token(nlp, "Die Messehallen waren voll.", "Messehallen").lemma_ == "Messehalle"


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Steuerzahlen fällt vielen Bürgern schwer.",
        "Sie will das Steuerzahlen für alle einfacher machen.",
    ],
)
def test_noun_and_verb_compound_with_a_listed_agent_noun_is_no_plural(nlp, sentence):
    # The tagger reads -en as a plural ending (die Zahlen), but no lexicon knows a
    # "Steuerzahl", and it lists der Steuerzahler: das Steuerzahlen, paying taxes.
    assert token(nlp, sentence, "Steuerzahlen").lemma_ == "Steuerzahlen"


def test_plural_of_a_compound_without_an_agent_noun_stays_a_plural(nlp):
    # No "Zugriffszahler": die Zugriffszahl's plural, though zahlen is a verb.
    assert token(nlp, "Die Zugriffszahlen stiegen im März.", "Zugriffszahlen").lemma_ == (
        "Zugriffszahl")


def test_attributive_participle_of_a_rare_verb_wiktionary_defines(nlp):
    # wordfreq knows neither zusammenpferchen nor the participle's declined forms; Wiktionary
    # defines the verb. Before a noun the participle is the verb's; after sein it is a state.
    herded = token(nlp, "Der Bauer trieb die zusammengepferchten Schafe aus dem Stall.",
                   "zusammengepferchten")
    assert vocabulary.word_lemma(herded)[0] == "zusammenpferchen"
    penned = token(nlp, "Die Schafe waren im Stall zusammengepfercht.", "zusammengepfercht")
    assert vocabulary.word_pos(penned) == "ADJ"


def test_nominalized_adjective_and_copula_makes_no_card(nlp):
    # das Bekanntwerden is "bekannt werden" nominalized; today's spelling writes the phrase
    # apart, so neither a noun card nor a verb card "bekanntwerden" teaches a word (forms32).
    noun = token(nlp, "Seit dem Bekanntwerden des Skandals schweigt der Bürgermeister.",
                 "Bekanntwerden")
    assert noun._.infinitive_of == "bekanntwerden"
    # The NLP layer judges it and hands it on as a Token attribute, which the vocabulary
    # stage reads without asking HanTa itself.
    assert noun._.copula_phrase
    assert not vocabulary.is_candidate(noun)
    # A plain nominalized infinitive is its verb's card.
    plain = token(nlp, "Das Aktivieren der Konten dauert lange.", "Aktivieren")
    assert plain._.infinitive_of == "aktivieren" and not plain._.copula_phrase
    assert vocabulary.is_candidate(plain)
    assert lemmas.adjective_and_copula("krankwerden")
    # los is a particle, not an adjective: loswerden is a verb of its own (to get rid of).
    assert not lemmas.adjective_and_copula("loswerden")
    assert not lemmas.adjective_and_copula("wegwerfen")
