"""learner.frequency: the ways of giving the threshold (--skip-top, --level, --max-cards)."""

from __future__ import annotations

import pytest
from wordfreq import top_n_list, zipf_frequency

from learner import frequency
from learner.errors import UsageError
from learner.vocabulary import Word


def word(lemma: str, zipf: float, count: int = 1) -> Word:
    return Word(lemma=lemma, pos="NOUN", count=count, forms=(lemma,), examples=(),
                articles=("a",), zipf=zipf)


def test_skip_top_puts_the_known_words_above_the_threshold():
    known = top_n_list("de", 3000)
    threshold = frequency.zipf_after_top(3000)
    # Every one of the 3000 known forms is at least as common as the threshold; the next
    # form, the first the learner does not know, sits exactly on it and may become a card.
    assert all(zipf_frequency(w, "de") >= threshold for w in known)
    assert zipf_frequency(top_n_list("de", 3001)[-1], "de") == threshold
    assert 4.0 < threshold < 4.8  # rank 3000 is about 30 per million words


def test_skip_top_more_words_means_a_lower_threshold():
    assert frequency.zipf_after_top(1) == zipf_frequency("der", "de")  # "die" is first
    assert (frequency.zipf_after_top(500) > frequency.zipf_after_top(5000)
            > frequency.zipf_after_top(50_000))


def test_skip_top_keeps_a_word_the_learner_does_not_know():
    vorteil = word("Vorteil", zipf_frequency("Vorteil", "de"))  # about rank 2000
    assert frequency.select([vorteil], frequency.zipf_after_top(1000)) == [vorteil]
    assert frequency.select([vorteil], frequency.zipf_after_top(5000)) == []


@pytest.mark.parametrize("n", [0, -5, True, 2.5, "100", frequency.MAX_SKIP_TOP + 1])
def test_skip_top_rejects_what_is_not_a_count_of_words(n):
    with pytest.raises(UsageError, match="--skip-top"):
        frequency.zipf_after_top(n)


def test_levels_map_to_falling_thresholds_from_their_ranks():
    thresholds = [frequency.zipf_for_level(level) for level in frequency.LEVELS]
    assert thresholds == sorted(thresholds, reverse=True)
    assert len(set(thresholds)) == len(thresholds)
    assert frequency.zipf_for_level("B1") == frequency.zipf_after_top(
        frequency.LEVEL_RANKS["B1"])
    # A level's rank covers more forms than its vocabulary size counts lemmas.
    assert all(frequency.LEVEL_RANKS[lv] > frequency.LEVEL_LEMMAS[lv] for lv in frequency.LEVELS)
    assert frequency.zipf_for_level(" b1 ") == frequency.zipf_for_level("B1")


@pytest.mark.parametrize("level", ["D1", "B3", "", None, 1])
def test_unknown_levels_are_refused(level):
    with pytest.raises(UsageError, match="--level"):
        frequency.zipf_for_level(level)


def test_threshold_takes_one_way_at_a_time():
    assert frequency.threshold() == frequency.DEFAULT_MAX_ZIPF
    assert frequency.threshold(max_zipf=3.2) == 3.2
    assert frequency.threshold(skip_top=2000) == frequency.zipf_after_top(2000)
    assert frequency.threshold(level="A2") == frequency.zipf_for_level("A2")
    with pytest.raises(UsageError, match="only one of --max-zipf, --level"):
        frequency.threshold(max_zipf=3.0, level="B1")
    with pytest.raises(UsageError, match="--skip-top"):
        frequency.threshold(skip_top=100, level="B1")
    with pytest.raises(UsageError, match="--max-zipf"):
        frequency.threshold(max_zipf=80)


def test_max_cards_keeps_the_most_frequent_in_their_order():
    words = [word("Zank", 2.1), word("Gipfel", 3.9), word("Einmischung", 3.4),
             word("Taktik", 3.9, count=3), word("Feuerpause", 2.8)]
    kept = frequency.most_useful(words, 3)
    # Most frequent: Gipfel and Taktik (3.9; Taktik met more often), then Einmischung.
    assert [w.lemma for w in kept] == ["Gipfel", "Einmischung", "Taktik"]
    assert frequency.most_useful(words, 1)[0].lemma == "Taktik"
    assert frequency.most_useful(words, 10) == words
    assert frequency.most_useful(words, None) == words


@pytest.mark.parametrize("n", [0, -1, 1.5, True, "3"])
def test_max_cards_must_be_a_positive_count(n):
    with pytest.raises(UsageError, match="--max-cards"):
        frequency.most_useful([word("Zank", 2.1)], n)
