"""learner.memo's bounded memos, and HanTa's `_tag_word` memo (memory36)."""

from learner.memo import memo, memo_one
from learner.nlp import hanta


def test_memo_one_answers_from_the_memo_and_clears_when_full():
    calls = []

    @memo_one(2)
    def length(word):
        calls.append(word)
        return len(word)

    assert [length("Haus"), length("Haus"), length("Garten")] == [4, 4, 6]
    assert calls == ["Haus", "Garten"]
    assert length.cache_info().currsize == 2
    # A third word fills past the bound: everything is dropped and the new word kept alone.
    assert length("Baum") == 4
    assert length.cache_info() == (1, 2)
    assert length("Haus") == 4
    assert calls == ["Haus", "Garten", "Baum", "Haus"]
    length.cache_clear()
    assert length.cache_info().currsize == 0
    assert length.__name__ == "length"


def test_memo_one_keeps_falsy_and_none_answers():
    calls = []

    @memo_one(10)
    def nothing(word):
        calls.append(word)
        return None if word == "ohne" else 0.0

    assert nothing("ohne") is None and nothing("ohne") is None
    assert nothing("null") == 0.0 and nothing("null") == 0.0
    assert calls == ["ohne", "null"]


def test_memo_keys_by_all_positional_arguments():
    calls = []

    @memo(10)
    def joined(a, b):
        calls.append((a, b))
        return a + b

    assert joined("Haus", "tür") == "Haustür"
    assert joined("Haus", "tür") == "Haustür"
    assert joined("Tür", "haus") == "Türhaus"
    assert calls == [("Haus", "tür"), ("Tür", "haus")]


def test_tag_word_memo_keys_the_tagging_call_by_form_and_case_flag():
    calls = []

    def tag_word(word, cutoff=5, casesensitive=True, conditional=False):
        calls.append((word, cutoff, casesensitive, conditional))
        return [(word, casesensitive)]

    memoized = hanta._tag_word_memo(tag_word)
    first = memoized("Die", cutoff=5, casesensitive=False, conditional=True)
    assert memoized("Die", cutoff=5, casesensitive=False, conditional=True) is first
    # The case flag gives a different answer (HanTa adds the capital's odds): its own table.
    assert memoized("Die", cutoff=5, casesensitive=True, conditional=True) == [("Die", True)]
    assert len(calls) == 2
    # Any other call is HanTa's own, not memoized.
    memoized("Die", 0, True, False)
    memoized("Die", 0, True, False)
    assert len(calls) == 4
    assert [len(t) for t in memoized.tables] == [1, 1]
    memoized.cache_clear()
    assert [len(t) for t in memoized.tables] == [0, 0]
