"""Names German marks by its spelling (learner/nlp/titles.py): titles, capitalized words that
are no nouns, datelines, quoted titles; on sentences written for the test."""

from __future__ import annotations

from learner.nlp import titles
from learner.nlp.titles import (
    bracketed_institutions,
    capitalized_article_titles,
    capitalized_preposition_titles,
    capitalized_word_names,
    club_names,
    coded_names,
    colour_names,
    colour_nicknames,
    dateline_places,
    english_names,
    english_open_compounds,
    english_pairs_before_hyphen,
    english_plural_names,
    english_stretches,
    genitive_institutions,
    institution_names,
    kind_appositions,
    law_titles,
    legal_form_names,
    listed_titles,
    names_before_kinds,
    newspaper_names,
    product_names,
    programme_guide_titles,
    quoted_titles,
    seat_names,
    standings_names,
    surname_particle_names,
    undeclined_genitive_names,
    web_address_names,
)
from learner.vocabulary import collect_words
from tests.sentence_words import lemmas


def tagged(nlp, text: str):
    """The Doc before `title_names` ran, as each rule sees it."""
    with nlp.select_pipes(disable=["title_names"]):
        return nlp(text)


def texts(spans) -> list[str]:
    return [span.text for span in spans]


# --- a capitalized article inside a sentence ------------------------------------------------

def test_a_capitalized_article_after_a_work_noun_starts_a_title(nlp):
    text = "Im Herbst zeigt das Landestheater das Stück Der gläserne Leuchtturm von Anna Berg."
    assert texts(capitalized_article_titles(tagged(nlp, text))) == ["Der gläserne Leuchtturm"]
    found = lemmas(nlp, text)
    assert not {"Leuchtturm", "gläsern"} & found
    assert "Landestheater" in found


def test_a_capitalized_article_after_a_preposition_or_a_comma_starts_a_title(nlp):
    doc = tagged(nlp, "Er spielte in Die stumme Glocke und in Der kalte Winter mit.")
    assert texts(capitalized_article_titles(doc)) == ["Die stumme Glocke", "Der kalte Winter"]


def test_a_heading_run_into_its_sentence_is_no_title(nlp):
    # The heading "Streit im Rathaus" lost its full stop: the next sentence's subject, not a
    # title, follows it; its finite verb comes right after the noun, or a common noun
    # that is no kind of work ends the heading.
    doc = tagged(nlp, "Streit im Rathaus Die Gemeinde beschloss gestern die neuen Regeln.")
    assert capitalized_article_titles(doc) == []
    doc = tagged(nlp, "Streit im Rathaus Die Entscheidung über den Neubau fiel erst spät.")
    assert capitalized_article_titles(doc) == []
    assert "Entscheidung" in lemmas(nlp, "Streit im Rathaus Die Entscheidung über den Neubau "
                                         "fiel erst spät.")


def test_a_capitalized_article_filling_a_bracket_starts_a_title(nlp):
    # A firm named with its best-known film in brackets: the bracket holds only the title.
    text = "Das Geld kommt von einer Produktionsfirma aus Hamburg (Der Leuchtturm) und vom Land."
    assert texts(capitalized_article_titles(tagged(nlp, text))) == ["Der Leuchtturm"]
    found = lemmas(nlp, text)
    assert "Leuchtturm" not in found and "Produktionsfirma" in found


def test_a_bracket_holding_a_sentence_is_no_title(nlp):
    text = "Die Stadt baut eine neue Brücke (Die Kosten trägt das Land) über den Fluss."
    assert capitalized_article_titles(tagged(nlp, text)) == []
    assert "Kosten" in lemmas(nlp, text)


def test_a_capitalized_article_after_a_subordinating_conjunction_starts_a_title(nlp):
    # After "als" the finite verb belongs to the clause, after the title: no heading ends
    # in a subordinating conjunction.
    text = "Als Die Gärtnerin erschien, war die Autorin schon in ganz Europa bekannt."
    assert texts(capitalized_article_titles(tagged(nlp, text))) == ["Die Gärtnerin"]
    assert "Gärtnerin" not in lemmas(nlp, text)


def test_a_capitalized_article_after_a_title_and_a_dash_starts_its_subtitle(nlp):
    text = "Gestern lief im Kino The Silent Harbour – Der stille Hafen vor vollem Saal."
    assert texts(capitalized_article_titles(tagged(nlp, text))) == ["Der stille Hafen"]
    assert "Hafen" not in lemmas(nlp, text)


def test_a_dateline_before_a_dash_starts_no_subtitle(nlp):
    text = "Buenos Aires – Die neue Regierung in Argentinien plant strengere Regeln."
    assert capitalized_article_titles(tagged(nlp, text)) == []
    assert "Regierung" in lemmas(nlp, text)


# --- capitalized adjectives and verb forms -------------------------------------------------

def test_capitalized_adjectives_inside_a_sentence_are_a_name(nlp):
    # A show's title: German writes an adjective inside a sentence small.
    text = "Zuletzt spielten sie Ruhig & Gelassen im Radio."
    assert texts(capitalized_word_names(tagged(nlp, text))) == ["Ruhig", "Gelassen"]
    assert not {"ruhig", "gelassen", "lassen"} & lemmas(nlp, text)
    assert "Radio" in lemmas(nlp, text)


def test_an_undeclined_adjective_before_a_noun_names_with_it(nlp):
    doc = tagged(nlp, "Die Familie wohnt seit Jahren in Windig Tannenhof nahe der Grenze.")
    assert texts(capitalized_word_names(doc)) == ["Windig Tannenhof"]


def test_nominalizations_and_languages_are_no_names(nlp):
    assert capitalized_word_names(tagged(nlp, "Sie hat im Kurs etwas Neues gelernt.")) == []
    assert capitalized_word_names(tagged(nlp, "Nach dem Abtritt des Chefs wurde gewählt.")) == []
    assert capitalized_word_names(tagged(nlp, "Der Unterricht findet auf Ungarisch statt.")) == []
    assert capitalized_word_names(tagged(nlp, "Sie fanden 20 Minuten Laufen am Tag genug.")) == []


# --- a bare noun after its kind -----------------------------------------------------------

def test_a_bare_noun_after_a_work_noun_is_its_title(nlp):
    text = "Gestern lief im Kino der neue Film Gewitter mit großem Erfolg."
    assert texts(kind_appositions(tagged(nlp, text))) == ["Gewitter"]
    assert "Gewitter" not in lemmas(nlp, text)
    doc = tagged(nlp, "Laut der Stiftung Wolkenbruch stiegen die Preise.")
    assert texts(kind_appositions(doc)) == ["Wolkenbruch"]


def test_a_bare_noun_after_a_craft_s_kind_is_its_name(nlp):
    # German names ships, aircraft and probes like people and sets the name bare after the
    # kind; the name is often an animal's noun, which a card would gloss as the animal.
    text = "Zur Suche flog am Morgen der Hubschrauber Möwe des Bundesheeres über den See."
    assert texts(kind_appositions(tagged(nlp, text))) == ["Möwe"]
    assert "Möwe" not in lemmas(nlp, text)
    doc = tagged(nlp, "Seit Jahren umkreist die Raumsonde Kranich den fernen Mond.")
    assert texts(kind_appositions(doc)) == ["Kranich"]
    # With its article the animal is a noun of its own: "der Hubschrauber, die Möwe".
    doc = tagged(nlp, "Über dem See kreisten der Hubschrauber und eine Möwe.")
    assert kind_appositions(doc) == []


def test_a_quoted_noun_after_a_work_noun_is_its_title(nlp):
    text = 'Das kleine Kino zeigt am Sonntag den Film "Ausfahrt" mit der Regisseurin.'
    assert texts(kind_appositions(tagged(nlp, text))) == ["Ausfahrt"]
    assert "Ausfahrt" not in lemmas(nlp, text)
    # The quotation goes on past the noun: not a title in apposition.
    doc = tagged(nlp, 'Er nannte den Film "Ausfahrt ohne Wiederkehr" ein Meisterwerk.')
    assert kind_appositions(doc) == []


def test_nouns_that_measure_or_merely_end_like_a_kind_take_no_title(nlp):
    assert kind_appositions(tagged(nlp, "Sie aß zum Kaffee ein Stück Kuchen.")) == []
    # "Frauenverband" ends in "band" but is no band: "verband" is its last part.
    assert kind_appositions(tagged(nlp, "Sie fand beim Frauenverband Hilfe.")) == []


# --- institutions named by their field ------------------------------------------------------

def test_an_institution_for_a_field_is_one_name(nlp):
    text = "Die Daten stammen vom Institut für Wolkenkunde und Regenmessung in Graz."
    assert texts(institution_names(tagged(nlp, text))) == [
        "Institut für Wolkenkunde und Regenmessung"]
    assert not {"Wolkenkunde", "Regenmessung"} & lemmas(nlp, text)


def test_any_centre_for_something_is_no_name(nlp):
    # The indefinite article: any such centre, a common noun with its complement.
    doc = tagged(nlp, "Die Stadt plant ein Zentrum für Flüchtlinge am Stadtrand.")
    assert institution_names(doc) == []
    assert "Flüchtling" in lemmas(nlp, "Die Stadt plant ein Zentrum für Flüchtlinge am Stadtrand.")


def test_an_institution_a_capitalized_adjective_starts_is_one_name(nlp):
    # No article, but the adjective's capital marks the name ("Internationale Organisation").
    text = "Die Proben lagern im Archiv (Steirisches Institut für Moorkunde) in Graz."
    assert texts(institution_names(tagged(nlp, text))) == ["Steirisches Institut für Moorkunde"]
    assert "Moorkunde" not in lemmas(nlp, text)
    # At a sentence's start every word has a capital: a description, as ever.
    text = "Neues Zentrum für Flüchtlinge eröffnet heute."
    assert institution_names(tagged(nlp, text)) == []


def test_an_institution_for_a_field_named_by_a_verb_s_noun_takes_its_genitive(nlp):
    # "zur" before a field named by what the body does; its object is in the genitive.
    text = "Die Gründer des Vereins zur gründlichen Vermessung steirischer Moore treffen sich."
    assert texts(institution_names(tagged(nlp, text))) == [
        "Vereins zur gründlichen Vermessung steirischer Moore"]
    assert not {"Vermessung", "Moor"} & lemmas(nlp, text)
    text = "Sie leitet die Stiftung zur Pflege des alten Liedguts in Linz."
    assert texts(institution_names(tagged(nlp, text))) == [
        "Stiftung zur Pflege des alten Liedguts"]
    # Any such body, with the indefinite article, is a description: its words stay.
    text = "Die Stadt gründet eine Kommission zur Prüfung der Kosten."
    assert institution_names(tagged(nlp, text)) == []
    assert "Prüfung" in lemmas(nlp, text)
    # An authority is named by its field, not its purpose: "zur" after it is the sentence's.
    text = "Die Beratung, die das Ministerium zur Vorbereitung der Ausschreibung einkauft."
    assert institution_names(tagged(nlp, text)) == []
    assert "Vorbereitung" in lemmas(nlp, text)


def test_a_bracket_holding_an_institution_s_name_is_one_name(nlp):
    # A bracket spelling out an acronym, and one giving the body a person speaks for.
    text = "Das ergab eine WIMO-Studie (Institut für empirische Moorkunde) im Auftrag des Landes."
    assert texts(bracketed_institutions(tagged(nlp, text))) == [
        "Institut für empirische Moorkunde"]
    assert "Moorkunde" not in lemmas(nlp, text)
    text = "Es sprachen Anna Wrobelski (Arbeitsgemeinschaft steirischer Imker) und andere."
    assert texts(bracketed_institutions(tagged(nlp, text))) == [
        "Arbeitsgemeinschaft steirischer Imker"]
    assert "Arbeitsgemeinschaft" not in lemmas(nlp, text)


def test_a_bracket_with_a_verb_or_a_kind_alone_names_nothing(nlp):
    text = "Er kam vom Verein (Verein für alle, die gern wandern) nach Hause."
    assert bracketed_institutions(tagged(nlp, text)) == []
    text = "Das Geld ging an den Verband (Verband) in Graz."
    assert bracketed_institutions(tagged(nlp, text)) == []


def test_a_quoted_institution_s_name_is_one_name(nlp):
    text = '"Verein zur genauen Vermessung steirischer Moore", eine Initiative der Stadt Graz.'
    assert texts(bracketed_institutions(tagged(nlp, text))) == [
        "Verein zur genauen Vermessung steirischer Moore"]
    assert "Vermessung" not in lemmas(nlp, text)


def test_a_noun_undeclined_after_des_is_a_name(nlp):
    # German writes "des Museums"; the bare form is the name, with its seat after it.
    text = "Die Errichtung des Stadtmuseum Graz verzögert sich weiter."
    assert texts(undeclined_genitive_names(tagged(nlp, text))) == ["Stadtmuseum Graz"]
    assert "Stadtmuseum" not in lemmas(nlp, text)
    text = "Sie teilte eine Meldung des Wochenbote mit ihren Freunden."
    assert texts(undeclined_genitive_names(tagged(nlp, text))) == ["Wochenbote"]


def test_a_declined_genitive_or_a_loan_after_des_is_no_name(nlp):
    text = "Die Errichtung des Stadtmuseums verzögert sich weiter."
    assert undeclined_genitive_names(tagged(nlp, text)) == []
    assert "Stadtmuseum" in lemmas(nlp, text)
    # English loans German may leave bare, as English does: "des Jazz", "des Punk".
    text = "Das Buch erzählt vom Irrsinn des Punk in den Siebzigern."
    assert undeclined_genitive_names(tagged(nlp, text)) == []


def test_a_town_s_adjective_and_a_newspaper_s_kind_after_the_article_name_a_paper(nlp):
    # "Bote", "Anzeiger": a newspaper's kind after the adjective of the town it appears in.
    text = "Einem Bericht des Linzer Stadtboten zufolge wird die Brücke im Mai gesperrt."
    assert texts(newspaper_names(tagged(nlp, text))) == ["Linzer Stadtboten"]
    assert "Stadtbote" not in lemmas(nlp, text)
    text = "Das sagte die Ministerin gestern den Grazer Nachrichten."
    assert texts(newspaper_names(tagged(nlp, text))) == ["Grazer Nachrichten"]
    text = "Im Innsbrucker Anzeiger stand es am Montag ganz anders."
    assert texts(newspaper_names(tagged(nlp, text))) == ["Innsbrucker Anzeiger"]
    # Any preposition fused with the article (STTS APPRART) counts, as for the other names.
    text = "Er schickte seinen Leserbrief ans Linzer Volksblatt und wartete."
    assert texts(newspaper_names(tagged(nlp, text))) == ["Linzer Volksblatt"]


def test_a_town_s_adjective_before_another_noun_or_an_indefinite_paper_is_no_name(nlp):
    # One paper of several from a town takes the indefinite article; other nouns after a
    # town's adjective are ordinary German.
    text = "Im Zug las sie eine Linzer Zeitung und trank Kaffee."
    assert newspaper_names(tagged(nlp, text)) == []
    assert "Zeitung" in lemmas(nlp, text)
    text = "Der Grazer Bürgermeister eröffnete den Linzer Bahnhof."
    assert newspaper_names(tagged(nlp, text)) == []
    assert {"Bürgermeister", "Bahnhof"} <= lemmas(nlp, text)


def test_a_kind_with_its_members_in_the_genitive_plural_is_one_name(nlp):
    text = "Der Verband Steirischer Bergbauern fordert mehr Geld."
    assert texts(genitive_institutions(tagged(nlp, text))) == ["Verband Steirischer Bergbauern"]
    assert "Verband" not in lemmas(nlp, text)
    # A capitalized adjective before a singular noun is a name in apposition: the kind stays.
    text = "Die Organisation Grüner Frieden sammelt Geld."
    assert genitive_institutions(tagged(nlp, text)) == []
    assert "Organisation" in lemmas(nlp, text)


# --- English names --------------------------------------------------------------------------

def test_two_capitalized_english_words_are_a_name(nlp):
    text = "Heute spielt die Band Electric Harbour im Stadtpark."
    assert texts(english_names(tagged(nlp, text))) == ["Electric Harbour"]
    # A name goes on word by word.
    doc = tagged(nlp, "Das Programm nutzt den Frosty Harbour Engine Kern.")
    assert texts(english_names(doc)) == ["Frosty Harbour Engine"]


def test_german_loan_words_and_a_german_kind_before_a_title_are_no_english_name(nlp):
    # Loan words German writes nearly as often as English does; a German noun before a title.
    for text in ("Das Team und der Manager lieben die Show.",
                 "Im Familiendrama Sunshine spielt sie die Mutter."):
        assert english_names(tagged(nlp, text)) == [], text


def test_a_word_english_uses_as_often_beside_a_clearly_english_one_is_part_of_the_name(nlp):
    # "Minimal" is +0.3 Zipf in English and no German noun: beside "Music" it is English.
    text = "Am Abend spielt das Ensemble Minimal Music aus den Sechzigern."
    assert texts(english_names(tagged(nlp, text))) == ["Minimal Music"]
    assert not {"Minimal", "Minimale", "Music"} & lemmas(nlp, text)


def test_words_leaning_english_beside_an_english_name_join_it(nlp):
    # "Client" and "Service" lean English (+0.9) without being clearly English; "Director"
    # is, and the name takes the leaning words beside it.
    text = "Laut Anna Wrobel, Client Service Director der Agentur, wächst der Markt."
    assert texts(english_names(tagged(nlp, text))) == ["Client Service Director"]
    assert not {"Client", "Service"} & lemmas(nlp, text)
    # A German loan word nearly as common in German ("Team" +0.4) does not join.
    text = "Das Team Service Director der Agentur wächst."
    assert "Team" not in " ".join(texts(english_names(tagged(nlp, text))))


def test_a_loan_noun_german_lists_before_an_english_title_stays_its_kind(nlp):
    # "Sitcom" is English by no more than "Minimal", but German lists it: the kind before the
    # title, as a role before a name.
    text = "Sie spielte in der Sitcom The Happy Harbour die Mutter."
    assert "Sitcom" not in " ".join(texts(english_names(tagged(nlp, text))))
    assert "Sitcom" in lemmas(nlp, text)


def test_a_word_apart_before_an_english_hyphenated_compound_is_the_names_first_word(nlp):
    # German would write "Insider-Harbour-Ausgabe"; the space says "Insider Harbour" is one
    # English name the German head is put on. "Insider" (a loan German lists, about as
    # common in either language) is no vocabulary there.
    text = "Der Hersteller hat eine neue Insider Preview-Ausgabe verteilt."
    assert texts(english_pairs_before_hyphen(tagged(nlp, text))) == ["Insider"]
    assert "Insider" not in lemmas(nlp, text)
    # A German word before an English compound ends a phrase ("auf der Plattform
    # Office-Dateien teilen"); and alone, the loan word is a word.
    for text in ("Er will auf der Plattform Office-Dateien teilen.",
                 "Ein Insider hat die Preview-Ausgabe verteilt."):
        assert english_pairs_before_hyphen(tagged(nlp, text)) == [], text
    assert "Insider" in lemmas(nlp, "Ein Insider hat die Preview-Ausgabe verteilt.")


def test_english_nouns_written_apart_are_a_name(nlp):
    # Neither word is clearly English ("Park" and "Simulator" are German words too), but German
    # would join them ("Parksimulator"): written apart, side by side, they are an English name.
    text = "Spieler bauen im Park Simulator eigene Achterbahnen."
    assert texts(english_open_compounds(tagged(nlp, text))) == ["Park Simulator"]
    found = lemmas(nlp, text)
    assert "Simulator" not in found
    assert "Achterbahn" in found


def test_nouns_of_two_phrases_and_a_role_before_a_name_are_no_english_compound(nlp):
    for text in ("Sie gab dem Team Geld für die Reise.",
                 "Laut Manager Smith sinkt der Umsatz.",
                 "Laut Senator Wrobelski sinkt der Umsatz."):
        assert english_open_compounds(tagged(nlp, text)) == [], text
    # A role before a person's name whose surname HanTa knows only as a name stays a role.
    text = "Die Fans feiern Coach Dex Newton nach dem Spiel."
    assert english_open_compounds(tagged(nlp, text)) == []
    assert "Coach" in lemmas(nlp, text)


def test_a_hyphenated_name_compound_on_a_works_kind_introduces_a_title(nlp):
    # "Bond-Film" is tagged a name for its first part; its head still says the kind.
    text = "Im Kino läuft der neue Bond-Film Der stille Hafen."
    assert texts(capitalized_article_titles(tagged(nlp, text))) == ["Der stille Hafen"]
    assert "Hafen" not in lemmas(nlp, text)


# --- English quoted inside German ------------------------------------------------------------

def test_english_with_a_lower_case_english_word_is_a_stretch(nlp):
    text = "Sie arbeitet jetzt als Writer at Large für das Magazin in Wien."
    assert texts(english_stretches(tagged(nlp, text))) == ["Writer at Large"]
    text = "Er twitterte dazu: Look how to reset the old printer! Das half."
    assert texts(english_stretches(tagged(nlp, text))) == ["Look how to reset the old printer"]


def test_a_word_only_in_an_english_stretch_makes_no_card(nlp):
    # The tagger reads some English words as German ones: "Writer" a noun, "printer" an
    # adjective, "Look" a noun.
    found = lemmas(nlp, "Sie arbeitet jetzt als Writer at Large für das Magazin. Er schrieb: "
                        "I love my printer with keyboard. Er twitterte: Look how to reset it!")
    assert found == {"arbeiten", "Magazin", "schreiben", "twittern"}


def test_an_example_in_an_english_stretch_is_not_shown(nlp):
    # "Keyboard" is a German loan noun in the first sentence and keeps that example alone.
    words = collect_words([(nlp("Das Keyboard ist robust. Sie schrieb: My new keyboard is "
                                "great."), "test")])
    keyboard = next(w for w in words if w.lemma == "Keyboard")
    assert [e.sentence for e in keyboard.examples] == ["Das Keyboard ist robust."]


def test_loan_words_and_one_english_word_beside_german_are_no_stretch(nlp):
    for text in ("Das Spiel wird live übertragen, der Browser ist schnell.",
                 "Der Computer mit der Software und das Smartphone im Tiebreak.",
                 "Die Farben sind Silber und Graphite, der Charger ist neu.",
                 # "rare" is English and the declined German rar: the tagger's lexicon reads
                 # it as German, so it quotes no English beside the loan noun.
                 "Im neuen Spiel fallen nur rare Glitches auf."):
        assert english_stretches(tagged(nlp, text)) == [], text


# --- datelines ------------------------------------------------------------------------------

def test_a_dateline_names_a_place(nlp):
    text = "Hochwald – Die Polizei sucht seit Montag einen Dieb."
    assert texts(dateline_places(tagged(nlp, text))) == ["Hochwald"]
    assert "Hochwald" not in lemmas(nlp, text)
    doc = tagged(nlp, "Linz/Hochwald – Am Montag wurde gestreikt.")
    assert texts(dateline_places(doc)) == ["Linz/Hochwald"]


def test_a_dateline_after_a_year_that_ends_a_sentence(nlp):
    # The tokenizer keeps "2016." together, and the segmenter runs the sentences together.
    text = ("Der Umsatz wuchs zwischen Mai 2014 und Juni 2016. "
            "Hochwald – Die Firma hat einen neuen Chef bestellt.")
    doc = tagged(nlp, text)
    assert texts(dateline_places(doc)) == ["Hochwald"]
    assert "Hochwald" not in lemmas(nlp, text)
    # An ordinal of a day is no year: "am 3. Mai" starts no sentence.
    doc = tagged(nlp, "Es geschah am 3. Mai – Die Polizei kam spät.")
    assert dateline_places(doc) == []


def test_a_dash_inside_a_sentence_is_no_dateline(nlp):
    doc = tagged(nlp, "Die Preise stiegen – vor allem bei Mieten – deutlich an.")
    assert dateline_places(doc) == []
    # A subject with its article before a dash and an apposition.
    doc = tagged(nlp, "Die Knöpfe – Schalter oben, Regler unten – sitzen fest.")
    assert dateline_places(doc) == []


# --- quoted titles --------------------------------------------------------------------------

def test_a_quoted_phrase_that_starts_with_a_capital_no_noun_has_is_a_title(nlp):
    text = 'Gestern lief im Kino die Komödie "Die lange Wanderung" in einer neuen Fassung.'
    assert texts(quoted_titles(tagged(nlp, text))) == ["Die lange Wanderung"]
    assert "Wanderung" not in lemmas(nlp, text)


def test_quoted_words_held_at_arms_length_are_no_title(nlp):
    text = 'Das sei "reine Willkür", sagte der Anwalt über die "Lösung".'
    assert quoted_titles(tagged(nlp, text)) == []
    assert {"Willkür", "Lösung"} <= lemmas(nlp, text)
    # A quoted sentence is a quotation, not a title.
    assert quoted_titles(tagged(nlp, '"Der Plan ist gescheitert", sagte sie.')) == []


def test_after_a_verb_the_noun_stays_outside_the_name(nlp):
    # "Kurz Prämisse" is Kurz' premise, the apostrophe lost: the person's name, then a noun.
    doc = tagged(nlp, "Das alles ist nur Kurz Prämisse gewesen.")
    assert all("Prämisse" not in span.text for span in capitalized_word_names(doc))


# --- a company's legal form, a model's code, an English nickname ------------------------------

def test_the_words_before_a_legal_form_name_a_company(nlp):
    text = "Den Auftrag bekam gestern die Steirische Holz- und Fensterbau GmbH aus Graz."
    assert texts(legal_form_names(tagged(nlp, text))) == [
        "Steirische Holz- und Fensterbau GmbH"]
    assert "Fensterbau" not in lemmas(nlp, text)


def test_a_hyphenated_word_before_a_legal_form_names_a_company(nlp):
    text = "Die Aufträge gingen an die Alpen-Fernwärme AG, die sie weitergab."
    assert texts(legal_form_names(tagged(nlp, text))) == ["Alpen-Fernwärme AG"]
    assert "Alpen-Fernwärme" not in lemmas(nlp, text)


def test_a_kind_before_a_company_stays_outside_its_name(nlp):
    # "Tochter" is the company's kind in apposition, a common noun the name does not take.
    text = "Die Behörde prüfte deren Tochter Kernstein AG wegen der Preise."
    assert texts(legal_form_names(tagged(nlp, text))) == ["Kernstein AG"]
    assert "Tochter" in lemmas(nlp, text)


def test_a_bare_noun_before_a_code_starts_a_name(nlp):
    text = "In der Forschungsanlage Sonnenturm 4-B haben Physiker erstmals Plasma erzeugt."
    assert texts(coded_names(tagged(nlp, text))) == ["Sonnenturm 4-B"]
    found = lemmas(nlp, text)
    assert "Sonnenturm" not in found
    assert "Forschungsanlage" in found


def test_a_noun_with_its_article_before_a_code_is_the_codes_kind(nlp):
    for text in ["Das neue Bedienkonzept 5G-Touch überzeugte die Tester.",
                 "Er wählte als Passwort Pa55W0rt und vergaß es."]:
        assert coded_names(tagged(nlp, text)) == [], text


def test_a_list_after_a_works_kind_and_wie_is_a_list_of_titles(nlp):
    text = "Er ist bekannt aus Filmen wie Abendrot über Linz (2004), Spätlese und Die Wanderer."
    assert texts(listed_titles(tagged(nlp, text))) == ["Abendrot über Linz", "Spätlese",
                                                       "Die Wanderer"]
    found = lemmas(nlp, text)
    assert "Spätlese" not in found and "Abendrot" not in found


def test_a_list_after_wie_with_no_capital_or_no_works_kind_is_no_title(nlp):
    for text in ["Sie mag Filme wie diese nicht.",
                 "In Städten wie Salzburg und Innsbruck steigen die Mieten.",
                 "Spiele wie Schach und Dame fördern das Denken.",
                 # The clause goes on after the list: where the title ends is unsure.
                 "Zwar feiern Serien wie Spätlese alljährlich neue Rekorde im Fernsehen."]:
        assert listed_titles(tagged(nlp, text)) == [], text


def test_an_english_noun_before_a_model_number_names_a_product(nlp):
    for text, name in [("Im Test überzeugte das neue Ranger 14x mit seinem Akku.", "Ranger 14x"),
                       ("Verglichen mit dem Defender 7 ist der Bildschirm heller.", "Defender 7"),
                       ("Neu in der Palette ist das Ranger 14X. Es kostet wenig.", "Ranger 14X.")]:
        assert texts(product_names(tagged(nlp, text))) == [name], text
    assert "Ranger" not in lemmas(nlp, "Im Test überzeugte das neue Ranger 14x mit seinem Akku.")


def test_a_noun_glossed_by_a_colour_is_the_colours_trade_name(nlp):
    text = "Das Telefon gibt es in den Farben Nachtwald (grün), Kreide (weiß) und Titan."
    assert texts(colour_names(tagged(nlp, text))) == ["Nachtwald", "Kreide"]
    found = lemmas(nlp, text)
    assert not {"Nachtwald", "Kreide"} & found
    assert {"Telefon", "Titan"} <= found


def test_a_noun_with_another_word_in_parentheses_stays_vocabulary(nlp):
    # Only a colour glosses a colour's name: a year, a place or a verb in parentheses does not.
    for text in ["Die Kreide (2015) war zu weich für die Tafel.",
                 "Der Umsatz (bereinigt) stieg um drei Prozent."]:
        assert colour_names(tagged(nlp, text)) == [], text
    assert "Kreide" in lemmas(nlp, "Die Kreide (2015) war zu weich für die Tafel.")


def test_a_colours_plural_made_a_noun_names_a_club_or_a_party(nlp):
    for text, name in [("Der Aufsteiger machte es den Violetten schwer.", "Violetten"),
                       ("Am Ende jubelten die Schwarz-Weißen über den Sieg.", "Schwarz-Weißen"),
                       ("Im Gemeinderat stimmten die Roten gegen den Antrag.", "Roten")]:
        assert texts(colour_nicknames(tagged(nlp, text))) == [name], text
    found = lemmas(nlp, "Der Aufsteiger machte es den Violetten schwer.")
    assert not {"Violette", "violett"} & found
    assert "Aufsteiger" in found


def test_a_colour_before_a_capitalized_noun_or_without_the_article_is_no_nickname(nlp):
    # An attribute inside a longer name ("der Weißen Wand"), the adjective itself, and a
    # colour's plural after another determiner ("zwei Roten") are left to the other rules.
    for text in ["Oberhalb der Weißen Wand liegt der Gletscher.",
                 "Die roten Dächer leuchten in der Sonne.",
                 "Er trank zwei Roten an der Bar."]:
        assert colour_nicknames(tagged(nlp, text)) == [], text


def test_a_plural_before_a_hyphen_and_a_laws_kind_is_the_laws_title(nlp):
    for text, name in [("Vor dem Beschluss des Gemeindeverwaltungen-Gesetzes gab es Streit.",
                        "Gemeindeverwaltungen-Gesetzes"),
                       ("Die Versammlungen-Novelle liegt im Landtag.", "Versammlungen-Novelle")]:
        assert texts(law_titles(tagged(nlp, text))) == [name], text
    assert "Gemeindeverwaltungen-Gesetz" not in lemmas(
        nlp, "Vor dem Beschluss des Gemeindeverwaltungen-Gesetzes gab es Streit.")


def test_a_law_named_by_a_compound_or_an_abbreviation_stays_vocabulary(nlp):
    # German's own compounds join by the linking s ("Versammlungsgesetz"); an abbreviation
    # before the hyphen is no plural.
    for text in ["Das neue Versammlungsgesetz liegt im Landtag.",
                 "Für vordringlich hält sie das geplante PHC-Gesetz.",
                 "Die Neuheiten-Präsentation fand in Wien statt."]:
        assert law_titles(tagged(nlp, text)) == [], text
    assert "Versammlungsgesetz" in lemmas(nlp, "Das neue Versammlungsgesetz liegt im Landtag.")


def test_a_coined_noun_used_in_a_name_is_the_name_again_in_the_same_text(nlp):
    # "des Sternhausmuseum Linz" is a name (undeclined after "des"); "Sternhausmuseum" no
    # lexicon lists, so its later uses in the text are that museum too.
    text = ("Die Kosten der Errichtung des Sternhausmuseum Linz stiegen. "
            "Die Flächen des Sternhausmuseums bleiben leer.")
    doc = nlp(text)
    assert [t.text for t in doc if t.ent_type_ and t.text.startswith("Sternhaus")] == [
        "Sternhausmuseum", "Sternhausmuseums"]
    assert "Sternhausmuseum" not in lemmas(nlp, text)
    assert {"Kosten", "Errichtung", "Fläche"} <= lemmas(nlp, text)


def test_a_listed_noun_used_in_a_name_stays_vocabulary_elsewhere(nlp):
    # "Museum" is a common noun the lexicons list: inside the name it is the name, outside
    # it is vocabulary. And a coined noun no name holds in the text is left alone.
    text = ("Die Kosten der Errichtung des Museum Linz stiegen. "
            "Das Museum bleibt leer.")
    assert titles.names_again(nlp(text)) == []
    assert "Museum" in lemmas(nlp, text)
    assert titles.names_again(nlp("Die Flächen des Sternhausmuseums bleiben leer.")) == []


def test_the_dutch_particle_van_starts_a_surname(nlp):
    for text, name in [("Gewählt hat sie Maria Van der Hoeven.", "Maria Van der Hoeven"),
                       ("Das freut Van der Hoeven sehr.", "Van der Hoeven"),
                       ("Im Museum hängt ein Bild von van Eyck.", "van Eyck")]:
        assert texts(surname_particle_names(nlp(text))) == [name], text
    found = lemmas(nlp, "Das freut Van der Bellen sehr.")
    assert "Bellen" not in found


def test_german_von_der_and_the_town_van_are_no_surname_particle(nlp):
    for text in ["Der Antrag kam von der Regierung.",
                 "Die Reise führte nach Van an den See."]:
        assert surname_particle_names(nlp(text)) == [], text
    assert "Regierung" in lemmas(nlp, "Der Antrag kam von der Regierung.")


def test_a_german_noun_before_a_number_is_counted_not_named(nlp):
    # German numbers its own nouns ("Artikel 5", "Runde 3"): they stay vocabulary.
    for text in ["Laut Artikel 5 der Satzung muss der Vorstand zustimmen.",
                 "In Runde 3 verlor die Mannschaft knapp."]:
        assert product_names(tagged(nlp, text)) == [], text


def test_two_english_words_at_a_sentences_start_are_a_name_where_the_second_is_no_noun(nlp):
    text = "Western Harbour wollte sich zu den Vorwürfen nicht äußern."
    assert texts(english_names(tagged(nlp, text))) == ["Western Harbour"]
    # A role before a person's name at a sentence's start stays a role.
    text = "Regulator Wrobelski warnt vor steigenden Strompreisen."
    assert english_names(tagged(nlp, text)) == []
    assert "Regulator" in lemmas(nlp, text)


def test_an_english_plural_after_the_definite_article_is_a_nickname(nlp):
    text = "Nach dem Spiel jubelten die Gunners lange."
    assert texts(english_plural_names(tagged(nlp, text))) == ["Gunners"]
    assert "Gunner" not in lemmas(nlp, text)


def test_an_english_genitive_or_a_listed_loan_stays_vocabulary(nlp):
    for text in ["Die Sicherheit des Fingerprints wurde geprüft.",
                 "Nach dem Spiel jubelten die Fans lange."]:
        assert english_plural_names(tagged(nlp, text)) == [], text


def test_a_bare_noun_before_an_organisations_kind_names_it(nlp):
    text = "Das sagte der Minister den Zeitungen der Flamme Mediengruppe am Montag."
    assert texts(names_before_kinds(tagged(nlp, text))) == ["Flamme Mediengruppe"]
    found = lemmas(nlp, text)
    assert "Flamme" not in found
    assert "Zeitung" in found


def test_a_kind_before_a_bare_noun_is_an_apposition(nlp):
    # The kind first: "die Stiftung Warentest" is another rule's; a measure and its
    # substance ("ein Glas Wasser") name nothing.
    text = "Er trank ein Glas Wasser und las das Buch Verlagswesen."
    assert names_before_kinds(tagged(nlp, text)) == []


def test_a_bare_count_noun_or_a_plural_before_a_place_names_an_institution(nlp):
    # "laut Sportverein Kärnten": a masculine count noun takes an article as a common noun;
    # bare before a place it is the kind in an institution's name. "mit den Stadtwerken
    # Bregenz": a plural with its article before a place names one institution.
    for text, name, kind in [
            ("Die Zahlen stammen laut Sportverein Kärnten aus dem Vorjahr.",
             "Sportverein Kärnten", "Sportverein"),
            ("Sie sprach mit den Stadtwerken Bregenz über den Strompreis.",
             "Stadtwerken Bregenz", "Stadtwerk")]:
        assert texts(seat_names(tagged(nlp, text))) == [name], text
        assert kind not in lemmas(nlp, text), text


def test_a_noun_before_a_place_of_its_own_stays_vocabulary(nlp):
    # A feminine noun stands bare as abstract ones do ("Richtung Kärnten"); a singular with
    # its article is a kind in apposition ("im Raum Bregenz"); a place before a verb is an
    # object of its own ("mit den Kindern Tirol verlassen"); a person's role, a noun with a
    # feminine in -in, is set bare before a name ("Gastgeber Kärnten"), and a number after
    # the place makes it part of a team's name ("Bregenz 04"); a kind before a list of places
    # is each one's ("Reiseziel Kärnten oder Tirol").
    for text in ["Die Kolonne fuhr in Richtung Kärnten weiter.",
                 "Im Raum Bregenz regnete es den ganzen Tag.",
                 "Sie wollten mit den Kindern Tirol verlassen.",
                 "Bei Gastgeber Kärnten, das erstmals verlor, spielte er durch.",
                 "Für Schlusslicht Bregenz 04 wird es eng.",
                 "Nur Touristen mit Reiseziel Kärnten oder Tirol fahren ab."]:
        assert seat_names(tagged(nlp, text)) == [], text


def test_a_capitalized_preposition_after_a_works_kind_starts_its_title(nlp):
    text = "Sie las das Buch In Mantel und Zylinder und lachte laut."
    assert texts(capitalized_preposition_titles(tagged(nlp, text))) == [
        "In Mantel und Zylinder"]
    assert not {"Mantel", "Zylinder"} & lemmas(nlp, text)
    # Small, the preposition says where the book was read.
    text = "Sie las das Buch in Mantel und Zylinder auf der Bank."
    assert capitalized_preposition_titles(tagged(nlp, text)) == []


# --- a programme guide's title --------------------------------------------------------------

def test_a_title_after_a_guide_s_hour_and_genre_runs_to_its_description(nlp):
    text = ("Bis 19.55, ORF 2 20.15 DOKUMENTATIONMythos Moor – Libellenreich und Nebelwelt "
            "Die Doku begleitet einen Biologen durch die Moore des Waldviertels.")
    assert texts(programme_guide_titles(tagged(nlp, text))) == [
        "DOKUMENTATIONMythos Moor – Libellenreich und Nebelwelt"]
    found = lemmas(nlp, text)
    assert not {"Libellenreich", "Nebelwelt"} & found
    assert "Biologe" in found


def test_a_guide_s_title_ends_at_a_bracket_and_keeps_its_subtitle(nlp):
    text = ("Bis 21.00, 3sat 21.45 SPIELFILMDer Weg zum Gipfel: Eine Reise durch Tirol "
            "(A 2014, Anna Berg) Zwei Brüder wandern zum Großglockner.")
    assert texts(programme_guide_titles(tagged(nlp, text))) == [
        "SPIELFILMDer Weg zum Gipfel: Eine Reise durch Tirol"]


def test_capitals_without_an_hour_before_them_start_no_guide_title(nlp):
    text = "Der Verband ÖAMTCFahrer warnt vor Glatteis auf der Autobahn."
    assert programme_guide_titles(tagged(nlp, text)) == []


def test_the_english_check_is_remembered_per_form_and_agrees_with_the_lists():
    # The title rules ask every word of a sentence whether it leans English, some twice: the
    # memo answers as wordfreq's lists do, at both margins, and repeats come from memory.
    from learner import wordlists

    words = ["Keyboard", "Haus", "Editor", "Large", "Quabbelwurz", "Team"]
    for margin in (0.0, titles._LEANING_MARGIN, titles._ENGLISH_MARGIN):
        for word in words:
            assert titles._leans_english(word, margin) == wordlists.leans_english(
                word, titles._ENGLISH_ZIPF, margin), (word, margin)
    assert titles._leans_english("Keyboard", 0.0) and not titles._leans_english("Haus", 0.0)
    hits = titles._leans_english.cache_info().hits
    titles._leans_english("Keyboard", 0.0)
    assert titles._leans_english.cache_info().hits == hits + 1


# --- Sports clubs -----------------------------------------------------------------------------

def test_a_clubs_form_opens_its_name(nlp):
    # "FC" (Fußballclub) says the words after it are the club's name, ordinary words or not.
    text = "Der FC Arsenal hat gegen den SV Sturm Wrobelsdorf verloren."
    assert texts(club_names(tagged(nlp, text))) == ["FC Arsenal", "SV Sturm Wrobelsdorf"]
    assert not {"Arsenal", "Sturm"} & lemmas(nlp, text)
    # A listed noun after the name is the sentence's own.
    text = "Heute ist gegen den FC Kleinfeld Wiedergutmachung angesagt."
    assert texts(club_names(tagged(nlp, text))) == ["FC Kleinfeld"]
    assert "Wiedergutmachung" in lemmas(nlp, text)
    # Without the form the word is vocabulary.
    assert "Arsenal" in lemmas(nlp, "Das Heer lagerte die Waffen in einem Arsenal.")


def test_a_team_with_its_points_in_brackets_is_a_name(nlp):
    text = "Vor dem Spiel liegt Arsenal (6 Punkte/9:10 Tore) hinter Kleinfeld (8 Punkte)."
    assert texts(standings_names(tagged(nlp, text))) == ["Arsenal", "Kleinfeld"]
    assert "Arsenal" not in lemmas(nlp, text)
    # A bracket holding a clause about points names no team.
    text = "Mit dem Sieg (drei Punkte fehlen noch) ist der Verein Letzter."
    assert standings_names(tagged(nlp, text)) == []
    text = "Nach dem Sieg (3 Punkte fehlen noch) ist der Verein Letzter."
    assert standings_names(tagged(nlp, text)) == []


def test_a_word_spelling_a_web_address_given_in_the_text_names_its_site(nlp):
    # The address says the word is the service's or medium's name.
    text = ("Rat gibt es unter www.nichtrauchen.at und beim Nichtrauchen-Telefon, "
            "das die Kasse betreibt.")
    assert texts(web_address_names(tagged(nlp, text))) == ["Nichtrauchen-Telefon"]
    assert "Nichtrauchen-Telefon" not in lemmas(nlp, text)
    text = "Laut Messung kommt bote.at auf zwei Millionen Visits, die Seiten des Bote auf drei."
    assert texts(web_address_names(tagged(nlp, text))) == ["Bote"]
    # Without the address, or with another site's, the same words are vocabulary.
    assert "Bote" in lemmas(nlp, "Der Bote brachte den Brief am Morgen.")
    text = "Laut wetterdienst.at wird das Wetter am Wochenende schön."
    assert web_address_names(tagged(nlp, text)) == []
    assert "Wetter" in lemmas(nlp, text)
    # A short label is an abbreviation as often as a word ("orf.at" beside "der Orf...").
    assert web_address_names(tagged(nlp, "Auf tor.at steht, das Tor fiel spät.")) == []
