"""A year and the period that ends its sentence are two tokens (learner/nlp/years.py), and the
sentence ends there; a four-digit ordinal after a determiner keeps its period."""

from __future__ import annotations

import pytest

from learner.nlp import load_pipeline


def sentences(text: str) -> list[list[str]]:
    return [[t.text for t in sent if not t.is_space] for sent in load_pipeline()(text).sents]


@pytest.mark.parametrize("text, first, second", [
    ("Die letzten Messungen stammen aus 1987. Neuere Werte fehlen.",
     ["Die", "letzten", "Messungen", "stammen", "aus", "1987", "."],
     ["Neuere", "Werte", "fehlen", "."]),
    ("Der Verein wuchs stärker als 2019. Viele Mitglieder kamen aus dem Umland.",
     ["Der", "Verein", "wuchs", "stärker", "als", "2019", "."],
     ["Viele", "Mitglieder", "kamen", "aus", "dem", "Umland", "."]),
    # A paragraph break between the two sentences.
    ("Die Brücke steht seit 1903.\n\nSie wird bald saniert.",
     ["Die", "Brücke", "steht", "seit", "1903", "."], ["Sie", "wird", "bald", "saniert", "."]),
    # The next sentence opens with a bracket (which spaCy's sentencizer leaves with the period
    # before it, as after any sentence), or with a figure.
    ("Er zog 1962 fort und kam 1970. (Seine Frau blieb.)",
     ["Er", "zog", "1962", "fort", "und", "kam", "1970", ".", "("],
     ["Seine", "Frau", "blieb", ".", ")"]),
    ("Der Umsatz war höher als 2016. 240 Stellen kamen hinzu.",
     ["Der", "Umsatz", "war", "höher", "als", "2016", "."],
     ["240", "Stellen", "kamen", "hinzu", "."]),
])
def test_a_year_ends_its_sentence(text: str, first: list[str], second: list[str]) -> None:
    assert sentences(text) == [first, second]


def test_the_year_is_a_number_and_the_period_punctuation() -> None:
    doc = load_pipeline()("Gebaut wurde das Haus 1875. Eine Familie wohnte darin.")
    year, period = doc[4], doc[5]
    assert (year.text, year.tag_, year.pos_, year.whitespace_) == ("1875", "CARD", "NUM", "")
    assert (period.text, period.is_punct, period.tag_) == (".", True, "$.")
    assert doc[6].is_sent_start
    assert doc.text == "Gebaut wurde das Haus 1875. Eine Familie wohnte darin."


def test_a_year_at_the_end_of_the_text_loses_its_period() -> None:
    assert sentences("Das Werk schloss im Herbst 1998.") == [
        ["Das", "Werk", "schloss", "im", "Herbst", "1998", "."]]


@pytest.mark.parametrize("text, ordinal", [
    ("Der Zoo begrüßte den 1000. Gast am Eingang.", "1000."),  # article
    ("Zum 1500. Mal läutet die Glocke.", "1500."),  # contracted preposition
    ("Sie feiert ihr 1200. Konzert in der Halle.", "1200."),  # possessive
    ("Mit diesem 2000. Tor stellte er einen Rekord auf.", "2000."),  # demonstrative
])
def test_an_ordinal_after_a_determiner_keeps_its_period(text: str, ordinal: str) -> None:
    found = sentences(text)
    assert len(found) == 1 and ordinal in found[0]


def test_a_year_before_a_lower_case_word_keeps_its_period() -> None:
    # No capital after it: the sentence goes on ("2001." read as an ordinal or a typo).
    assert len(sentences("Von 1990. bis heute blieb es ruhig.")) == 1
