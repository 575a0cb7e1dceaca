"""Facts of German word formation (learner/morphology.py)."""

from __future__ import annotations

import pytest

from learner.morphology import is_fraction, is_number, is_ordinal


@pytest.mark.parametrize(
    ("word", "ordinal"),
    [("neunt", True), ("siebent", True), ("einundzwanzigst", True), ("hundertst", True),
     ("zweitausendst", True), ("dritt", True), ("zehn", False), ("zweitgrößt", False),
     ("ernst", False), ("lust", False)],
)
def test_ordinal_numbers_by_their_grammar(word, ordinal):
    assert is_ordinal(word) is ordinal


def test_cardinal_numbers_are_numbers_too():
    assert is_number("zwölf") and is_number("dreihundertvierzig") and not is_number("elfe")


@pytest.mark.parametrize(
    ("word", "fraction"),
    [("viertel", True), ("dreiviertel", True), ("zweidrittel", True), ("zwanzigstel", True),
     ("hundertstel", True), ("mittel", False), ("winkel", False), ("drei", False)],
)
def test_fractions_by_their_grammar(word, fraction):
    assert is_fraction(word) is fraction


def test_every_ordinal_ends_in_t():
    # `vocabulary.is_number_word` skips a noun's stem that does not end in t without trying
    # the pattern at each of its ends: every number word put together from up to three of
    # the pattern's pieces that is an ordinal ends in t.
    pieces = ["ein", "zwei", "drei", "vier", "fünf", "sech", "sechs", "sieb", "sieben", "acht",
              "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert", "tausend",
              "und", "erst", "zweit", "dritt", "siebent", "st", "t"]
    words = [a + b + c for a in pieces for b in pieces + [""] for c in pieces + [""]]
    ordinals = [w for w in words if is_ordinal(w)]
    assert len(ordinals) > 100 and "zwanzigst" in ordinals
    assert all(w.endswith("t") for w in ordinals)
