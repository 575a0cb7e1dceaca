"""learner.wordlists answers as wordfreq does, reading its lists a word at a time."""

from __future__ import annotations

import functools
import os
import random

import pytest
import wordfreq

from learner import wordlists

# Words written for the test: plain, capitalised, with ß, digits, hyphens, apostrophes,
# several tokens, punctuation only, nothing at all, and words no list has.
SAMPLES = ["Haus", "haus", "HAUS", "Straße", "strasse", "gehen", "ging", "2024", "3,5",
           "Nr. 7", "E-Mail", "U-Bahn-Station", "don't", "New York", "Äpfel", "l'été", "CO2",
           "ﬁnden", "...", "-", "", "   ", "Qwxzvb", "Haus123", "#tag", "Zimmer!",
           "über", "Über", "the", "and", "housing", "Kindergarten"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    # One cache folder for the module: each list's copy is built once (a few seconds).
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def fresh(folder, monkeypatch):
    """A cache folder where the lists' copies are built, and no list opened yet."""
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(folder))
    wordlists.frequencies.cache_clear()
    wordlists.zipf_frequency.cache_clear()
    yield folder
    wordlists.frequencies.cache_clear()
    wordlists.zipf_frequency.cache_clear()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_zipf_is_wordfreqs_own(fresh, lang):
    rng = random.Random(7)
    known = rng.sample(list(wordfreq.get_frequency_dict(lang, "best")), 300)
    for word in SAMPLES + known + [w.title() for w in known]:
        assert wordlists.zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang), word
    assert list(fresh.glob(f"wordfreq-{lang}-*.sqlite"))  # answered from the copy


def test_past_the_lazy_limit_the_whole_list_is_read(fresh, monkeypatch):
    monkeypatch.setattr(wordlists, "LAZY_LOOKUPS", 5)
    found = wordlists.frequencies("de")
    words = ["haus", "gehen", "qwxzvb", "straße", "der", "die", "das", "zimmer"]
    assert [found.get(w) for w in words] == [wordfreq.get_frequency_dict("de", "best").get(w)
                                             for w in words]
    assert found._whole is wordfreq.get_frequency_dict("de", "best")
    assert "haus" in found and "qwxzvb" not in found
    with pytest.raises(KeyError):
        found["qwxzvb"]


def test_a_cache_folder_that_cannot_be_written_means_wordfreqs_dict(tmp_path, monkeypatch):
    def refuse(target, write):
        raise OSError("read-only file system")

    monkeypatch.setenv("LEARNER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(wordlists, "write_atomically", refuse)
    wordlists.frequencies.cache_clear()
    wordlists.zipf_frequency.cache_clear()
    try:
        assert wordlists.zipf_frequency("Haus", "de") == wordfreq.zipf_frequency("Haus", "de")
        assert wordlists.frequencies("de")._whole is wordfreq.get_frequency_dict("de", "best")
    finally:
        wordlists.frequencies.cache_clear()
        wordlists.zipf_frequency.cache_clear()
    assert not list(tmp_path.glob("wordfreq-*"))


def test_only_german_and_english():
    with pytest.raises(ValueError):
        wordlists.frequencies("fr")


def test_a_damaged_copy_means_wordfreqs_dict(tmp_path, monkeypatch):
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(tmp_path))
    for lang in ("de", "en"):  # copies whose names are right and whose bytes are not
        stamp = "-".join(f"{f.name.split('_')[0]}{f.stat().st_size}-{f.stat().st_mtime_ns}"
                         for f in wordlists._data_files(lang))
        (tmp_path / f"wordfreq-{lang}-{stamp}.sqlite").write_bytes(b"not a database" * 100)
    wordlists.frequencies.cache_clear()
    wordlists.zipf_frequency.cache_clear()
    try:
        assert wordlists.zipf_frequency("Haus", "de") == wordfreq.zipf_frequency("Haus", "de")
        assert wordlists.zipf_frequency("house", "en") == wordfreq.zipf_frequency("house", "en")
    finally:
        wordlists.frequencies.cache_clear()
        wordlists.zipf_frequency.cache_clear()


def test_a_list_read_whole_answers_without_its_copy(fresh):
    found = wordlists.frequencies("de")
    assert found.get("haus") == wordfreq.get_frequency_dict("de", "best")["haus"]  # a query
    found.read_whole()
    assert found._whole is wordfreq.get_frequency_dict("de", "best")
    assert found.get("gehen") == wordfreq.get_frequency_dict("de", "best")["gehen"]
    assert found.get("qwxzvb") is None


def test_the_whole_list_is_one_dict_per_language(tmp_path, monkeypatch):
    # The dictionary's index build reads wordfreq through `frequency_dict`: the very dict a
    # list read whole holds, not a second copy of 321,000 (English) words.
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(wordlists, "frequencies", functools.cache(wordlists.Frequencies))
    monkeypatch.setattr(wordlists, "zipf_frequency",
                        functools.lru_cache(wordlists.zipf_frequency.__wrapped__))
    whole = wordlists.frequency_dict("en")
    assert whole["house"] > whole["housing"] > 0
    found = wordlists.frequencies("en")
    found.read_whole()
    assert found._whole is whole
    assert not list(tmp_path.glob("wordfreq-en-*"))  # answered without writing its copy
    assert wordlists.zipf_frequency("stopping", "en") > wordlists.zipf_frequency("stoping", "en")


def test_a_forked_worker_opens_its_own_connection_and_keeps_a_whole_list(fresh):
    # SQLite connections must not cross fork(); a list read whole before it is shared.
    german, english = wordlists.frequencies("de"), wordlists.frequencies("en")
    german.read_whole()
    assert english.get("house") is not None
    parent_connection = english._db
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        ok = (wordlists.frequencies("en") is english and english._db is None
              and english.get("house") == wordfreq.get_frequency_dict("en", "best")["house"]
              and english._db is not None and english._db is not parent_connection
              and wordlists.frequencies("de")._whole is german._whole)
        os.write(writer, b"1" if ok else b"0")
        os._exit(0)
    os.close(writer)
    answer = os.read(reader, 1)
    os.waitpid(pid, 0)
    assert answer == b"1"
    assert english._db is parent_connection


def test_wordfreq_imported_without_inspecting_the_stack():
    # A fresh process, as wordfreq is imported once per process: its data folder is found
    # from the calling frame alone, `inspect.stack()` (which walks every loaded module for
    # every frame) never called, and the folder is the one locate itself finds.
    import subprocess
    import sys

    code = (
        "import inspect, sys\n"
        "from learner import wordlists\n"
        "def refuse(*a, **k): raise AssertionError('inspect.stack called')\n"
        "inspect.stack = refuse\n"
        "wordlists.import_wordfreq()\n"
        "import wordfreq, wordfreq.util, locate\n"
        "from pathlib import Path\n"
        "assert wordfreq.DATA_PATH == Path(wordfreq.__file__).parent / 'data', wordfreq.DATA_PATH\n"
        "assert wordfreq.util.data_path('x') == wordfreq.DATA_PATH / 'x'\n"
        "assert locate.this_dir() == Path(__file__).resolve().parent if '__file__' in dir() "
        "else locate.this_dir() == Path.cwd()\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_wordfreq_already_imported_is_left_alone(monkeypatch):
    import locate

    before = locate.this_dir
    wordlists.import_wordfreq()  # wordfreq is imported by this module
    assert locate.this_dir is before


def test_leans_english_weighs_both_lists_with_the_bounds_given():
    # "keyboard" is far commoner in English than in German; "haus" is German.
    assert wordlists.leans_english("Keyboard", 3.0)
    assert not wordlists.leans_english("Haus", 3.0)
    english = wordlists.zipf_frequency("keyboard", "en")
    german = wordlists.zipf_frequency("keyboard", "de")
    # The bounds are the caller's: above its English frequency, or a margin past the gap
    # between the two lists, the same word no longer leans English.
    assert not wordlists.leans_english("Keyboard", english + 0.01)
    assert not wordlists.leans_english("Keyboard", 3.0, english - german + 0.01)
    assert wordlists.leans_english("Keyboard", 3.0, english - german - 0.01)


def test_the_words_of_an_ending_are_summed_from_the_backwards_copy_or_the_list(
        fresh, monkeypatch):
    # The frequency of all words in -unterricht (Ethikunterricht, Schwimmunterricht ...),
    # "unterricht" itself left out: from the copy spelt backwards, and from wordfreq's own
    # list where the cache cannot be written.
    whole = wordfreq.get_frequency_dict("de", "best")
    expected = sum(f for w, f in whole.items() if w.endswith("unterricht") and w != "unterricht")
    monkeypatch.setattr(wordlists, "_ENDINGS", {})
    assert wordlists.ending_frequency("unterricht", "de") == pytest.approx(expected)
    assert list(fresh.glob("wordfreq-de-*-endings.sqlite"))
    assert wordlists.ending_frequency("qwxzvbunterricht", "de") == 0.0

    def refuse(target, write):
        raise OSError("read-only file system")

    monkeypatch.setattr(wordlists, "_ENDINGS", {})
    monkeypatch.setattr(wordlists, "write_atomically", refuse)
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(fresh / "read-only"))
    assert wordlists.ending_frequency("unterricht", "de") == pytest.approx(expected)


def test_the_heads_after_a_first_part_come_from_the_copy_or_the_list(fresh, monkeypatch):
    # What German writes after Landtags- (Landtagswahl, Landtagsabgeordnete ...), heads of
    # at least four letters, all letters: from the SQLite copy, and from wordfreq's own list
    # where the cache cannot be written.
    whole = wordfreq.get_frequency_dict("de", "best")
    expected = {w[len("landtags"):] for w in whole if w.startswith("landtags")
                and len(w) - len("landtags") >= 4 and w[len("landtags"):].isalpha()}
    assert {"wahl", "sitzung", "fraktion"} <= expected
    monkeypatch.setattr(wordlists, "_PREFIXED", {})
    wordlists.endings_after.cache_clear()
    assert wordlists.endings_after("landtags", "de", 4) == expected
    assert wordlists.endings_after("qwxzvb", "de", 4) == frozenset()

    def refuse(target, write):
        raise OSError("read-only file system")

    monkeypatch.setattr(wordlists, "_PREFIXED", {})
    wordlists.endings_after.cache_clear()
    monkeypatch.setattr(wordlists, "write_atomically", refuse)
    monkeypatch.setenv("LEARNER_CACHE_DIR", str(fresh / "read-only"))
    assert wordlists.endings_after("landtags", "de", 4) == expected


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_word_of_plain_letters_is_one_case_folded_token_as_wordfreq_makes_it(lang):
    # `_word_frequency` skips wordfreq's tokenizer for such words (`_PLAIN_WORD`).
    from itertools import product

    from wordfreq.tokens import lossy_tokenize

    letters = "AZaeszÄÖÜäöüß"
    written = ["Straße", "STRASSE", "Größenordnung", "Übermaß", "ß", "ẞ", "Kindergarten"]
    for word in written + ["".join(p) for n in (1, 2, 3) for p in product(letters, repeat=n)]:
        if wordlists._PLAIN_WORD.fullmatch(word):
            assert lossy_tokenize(word, lang) == [word.casefold()], word
    # Anything else goes through wordfreq's tokenizer: digits, hyphens, apostrophes, spaces,
    # other letters (ﬁ, é), the capital ẞ.
    for word in ["CO2", "E-Mail", "don't", "New York", "ﬁnden", "l'été", "ẞ"]:
        assert not wordlists._PLAIN_WORD.fullmatch(word)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_word_of_plain_letters_has_wordfreqs_own_unrounded_frequency(fresh, lang):
    # Such words skip the tokenizer and the digit pattern (`_word_frequency`'s short way);
    # the frequency before Zipf's rounding is still wordfreq's to the last bit.
    rng = random.Random(11)
    known = [w for w in rng.sample(list(wordfreq.get_frequency_dict(lang, "best")), 2000)
             if wordlists._PLAIN_WORD.fullmatch(w)]
    written = ["Straße", "STRASSE", "Übermaß", "Qwxzvb", "Kindergarten", "ÄPFEL"]
    for word in written + known + [w.title() for w in known] + [w.upper() for w in known]:
        for minimum in (0.0, wordlists._MINIMUM):
            assert (wordlists._word_frequency(word, lang, minimum)
                    == wordfreq.word_frequency(word, lang, minimum=minimum)), word


@pytest.mark.parametrize("lang", ["de", "en"])
def test_zipf_at_least_answers_as_the_zipf_compared(fresh, lang):
    # Words of every frequency, from the list and written for the test, against thresholds
    # at, just beside and far from their own Zipf: the short way for the words far below a
    # threshold (half its frequency) never answers otherwise than the Zipf itself.
    rng = random.Random(13)
    known = rng.sample(list(wordfreq.get_frequency_dict(lang, "best")), 500)
    for word in SAMPLES + known + [w.title() for w in known]:
        zipf = wordlists.zipf_frequency(word, lang)
        for threshold in {0.5, 2.0, 3.0, zipf, zipf + 0.01, zipf - 0.01, zipf + 0.29,
                          zipf + 0.31}:
            if threshold > 0:
                assert wordlists.zipf_at_least(word, lang, threshold) == (zipf >= threshold), (
                    word, threshold)
                if wordlists.zipf_far_below(word, lang, threshold):
                    assert zipf < threshold, (word, threshold)
    # A word the list lacks is far below any threshold; a frequent one is not.
    assert wordlists.zipf_far_below("qwxzvbkessel", lang, 0.5)
    assert not wordlists.zipf_far_below("the" if lang == "en" else "haus", lang, 3.0)



@pytest.mark.parametrize(("zipf", "inside", "outside"), [
    (3.0, {"und", "haus", "kindergarten"}, {"qwxzvb"}),  # Zipf 7.4, 5.4, 4.3
    (6.0, {"und"}, {"haus", "kindergarten"}),
    (7.5, set(), {"und"}),
])
def test_the_frequent_words_are_those_the_whole_dict_has_at_that_zipf(zipf, inside, outside):
    # Read from the head of the packed list, without building the whole dict: the same words
    # as the dict's at that frequency or more (the dictionary's index asks for 3 and 6).
    least = 10 ** (zipf - 9)
    whole = wordfreq.get_frequency_dict("de", "best")
    found = wordlists.frequent_words("de", zipf)
    assert found == {word for word, f in whole.items() if f >= least}
    assert inside <= found and not outside & found
