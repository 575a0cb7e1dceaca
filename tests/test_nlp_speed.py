"""The memo of HanTa's word analyses (learner.nlp) must not change a single tag or lemma."""

from __future__ import annotations

import pytest
import spacy

from learner.nlp import hanta

# Written for this test: inflected forms that repeat in other cases and capitalizations
# ("Treffen"/"treffen", "Die"/"die"), compounds HanTa has never seen (its memo keys them by
# lower-cased form), a separable verb, and a word repeated in other sentences around it.
PARAGRAPHS = [
    "Die Präsidenten trafen sich am Rande des Gipfels. Das Treffen dauerte zwei Stunden, "
    "länger als geplant.",
    "Nach dem Treffen gingen die Delegationen auseinander. Sie wollen sich im Herbst "
    "wieder treffen, sagte die Sprecherin.",
    "Der Vorwurf der Einmischung in den Wahlkampf wurde zurückgewiesen. Die Einmischung "
    "sei frei erfunden, hieß es aus dem Kreml.",
    "Die Bundesnetzagenturvizepräsidentin lobte die Glasfaserausbaugeschwindigkeit. "
    "Glasfaserausbaugeschwindigkeit ist ein langes Wort; die Vizepräsidentin lachte.",
]


def _pipeline(memoize: bool) -> spacy.language.Language:
    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("hanta_tagger", config={"memoize": memoize})
    return pipeline


def _analyses(pipeline) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, t.lemma_) for doc in pipeline.pipe(PARAGRAPHS) for t in doc]


@pytest.fixture(scope="module")
def plain() -> list[tuple[str, str, str, str]]:
    return _analyses(_pipeline(memoize=False))


def test_memoized_tagger_gives_the_same_tags_and_lemmas(plain):
    memoized = _pipeline(memoize=True)
    first = _analyses(memoized)
    again = _analyses(memoized)  # every word is now answered from the memo
    assert first == plain
    assert again == plain
    lemmas = {text: lemma for text, _, _, lemma in plain}
    assert lemmas["trafen"] == "treffen"
    assert lemmas["Präsidenten"] == "Präsident"


def test_memo_is_used_and_shared_between_cases():
    tagger = hanta.hanover_tagger(True)
    lowered = tagger._analyze.__closure__[0].cell_contents  # the memo behind _analyze
    _analyses(_pipeline(memoize=True))
    assert lowered.cache_info().currsize > 0
    noun = tagger.tag2int["NN"]
    first = tagger._analyze("Einmischung", noun)
    assert first == ("Einmischung", "NN")
    assert tagger._analyze("EINMISCHUNG", noun) is first


def test_plain_tagger_is_hanta_as_shipped():
    from HanTa import HanoverTagger as ht

    tagger = hanta.hanover_tagger(False)
    assert tagger.analyze_forward.__func__ is ht.HanoverTagger.analyze_forward
    assert tagger._analyze.__func__ is ht.HanoverTagger._analyze


def test_every_caller_shares_one_tagger_and_its_memo():
    # The lemma check asks for HanTa without arguments, the component with memoize=True: both
    # must reach the one loaded model, or the check re-analyses words the memo already holds.
    from learner.nlp import lexicon

    shared = hanta.hanover_tagger(True)
    assert hanta.hanover_tagger() is shared
    assert hanta.hanover_tagger(memoize=True) is shared
    assert lexicon.shared_tagger() is shared
    assert hanta.hanover_tagger(False) is not shared


def test_wordfreq_reads_the_german_list_once_for_learner_and_for_itself():
    # learner's look-ups and wordfreq's own zipf_frequency share one copy of the list: asked
    # with other arguments, wordfreq's cache would read and hold it twice (0.3 s, ~70 MB).
    import wordfreq

    from learner.lexicon import zipf as lexicon

    wordfreq.get_frequency_dict.cache_clear()
    lexicon._frequencies.cache_clear()
    lexicon.known.cache_clear()
    try:
        assert lexicon.known("Verabredung") == wordfreq.zipf_frequency("Verabredung", "de") > 0
        assert wordfreq.get_frequency_dict.cache_info().currsize == 1
    finally:
        lexicon.known.cache_clear()


# Written for this test: forms HanTa lists and forms it must guess (long and invented
# compounds, a name, participles, a zu-infinitive, short function words, a one-letter and an
# empty string, capitals and umlauts), so both searches run their listed and guessed paths.
SEARCH_WORDS = ["Glasfaserausbaugeschwindigkeit", "bundesnetzagenturvizepräsidentin",
                "Quarkspeisenverkostungen", "fledertiere", "wrobelski", "zurückgewiesen",
                "hinzusehen", "hochverehrt", "schnellstmöglich", "Ölpreisbremse", "gegoogelt",
                "die", "zu", "ab", "x", "", "Treffen", "auseinandergingen", "verfinstert",
                "Übersetzungsfehlerchen", "km", "XYZ-Gruppe"]


def test_exact_search_gives_hantas_own_results():
    from HanTa import HanoverTagger as ht

    from learner.nlp import hanta_search

    shipped = hanta.hanover_tagger(False)
    search = hanta_search.ExactSearch(shipped)
    targets = [shipped.tag2int[t] for t in ("NN", "NE", "VV(PP)", "VV(INF)", "ADJ(A)", "ADJ(D)")]
    for word in SEARCH_WORDS:
        forward = ht.HanoverTagger.analyze_forward(shipped, word)
        assert repr(search.analyze_forward(word)) == repr(forward), word
        for tag in targets + [-t for t, _ in forward[:3]]:
            expected = ht.HanoverTagger.analyze_viterbi(shipped, word, -abs(tag))
            assert search.analyze_viterbi(word, -abs(tag)) == expected, (word, tag)


# Written for this test: sentences with listed and guessed words, a name, numbers, a
# sentence-initial capital and lower-case start, and a one-word sentence.
VITERBI_SENTENCES = [
    "Die Quarkspeisenverkostung im Glasfaserausbaugebiet wurde gestern verschoben .".split(),
    "Wrobelski sagte , er habe die Übersetzungsfehlerchen hochverehrt gegoogelt .".split(),
    "am 3. Mai gingen 1200 Leute auseinander , die Ölpreisbremse verfinstert alles".split(),
    ["Treffen"], ["x", "XYZ-Gruppe", "km", "!"],
]


def test_exact_sentence_search_gives_hantas_own_tags():
    from HanTa import HanoverTagger as ht

    from learner.nlp import hanta_search

    shipped = hanta.hanover_tagger(False)
    search = hanta_search.ExactSearch(shipped)
    for sentence in VITERBI_SENTENCES:
        for casesensitive in (True, False):
            expected = ht.HanoverTagger.tag_sent_viterbi(shipped, sentence, casesensitive)
            assert search.tag_sent_viterbi(sentence, casesensitive) == expected, sentence


def test_sentence_search_keeps_the_order_of_transitions_out_of_tag_order():
    """HanTa 1.2.1's German model lists every state's transitions in ascending tag order,
    which the sentence search takes for granted where it holds; with each state's
    transitions reversed (a model where it does not), it must still break ties in the
    model's order, as HanTa does."""
    from HanTa import HanoverTagger as ht

    from learner.nlp import hanta_search

    shipped = hanta.hanover_tagger(False)

    class Reversed:
        LP_trans_word = {state: dict(reversed(list(lp_t.items())))
                         for state, lp_t in shipped.LP_trans_word.items()}

        def __getattr__(self, name):
            return getattr(shipped, name)

    model = Reversed()
    search = hanta_search.ExactSearch(model)
    for sentence in VITERBI_SENTENCES:
        expected = ht.HanoverTagger.tag_sent_viterbi(model, sentence, True)
        assert search.tag_sent_viterbi(sentence, True) == expected, sentence
    assert all(order is not None for order in search._orders.values())


def test_memoized_tagger_runs_the_exact_search():
    from learner.nlp import hanta_search

    tagger = hanta.hanover_tagger(True)
    # Behind the shipped table of analyses (hanta_table), which answers first.
    assert tagger.analyze_viterbi.search.__self__.__class__ is hanta_search.ExactSearch
    assert tagger.tag_sent_viterbi.__self__.__class__ is hanta_search.ExactSearch
    assert tagger.analyze_forward.__wrapped__.search.__self__.__class__ is hanta_search.ExactSearch


def test_reachability_is_hantas_own():
    from learner.nlp import hanta_search

    shipped, memoized = hanta.hanover_tagger(False), hanta.hanover_tagger(True)
    assert type(memoized) is not type(shipped)  # the restated `reachable` ran
    assert memoized.reachability == shipped.reachability
    assert memoized.atomic_class == shipped.atomic_class
    # A graph written for the test: a cycle (2 <-> 4), a chain into the final state -5, a
    # final state nothing leads to (-6), and a state reachable from itself only (7).
    transitions = {(0, 1): {2: 0.0}, (1, 2): {4: 0.0, -5: 0.0}, (2, 4): {2: 0.0},
                   (3, 7): {7: 0.0, -5: 0.0}, (0, 8): {1: 0.0}}
    names = {1: "a", 2: "b", 4: "c", 7: "d", 8: "e", -5: "F", -6: "G"}
    by_hanta = type(shipped).__new__(type(shipped))
    by_hanta.LP_trans, by_hanta.int2tag = transitions, names
    type(shipped).reachable(by_hanta)
    assert hanta_search.reachability(transitions, names) == by_hanta.reachability == {
        -5: frozenset({1, 2, 4, 7, 8}), -6: frozenset()}


def test_spacys_command_line_is_imported_only_when_asked_for():
    # learner.nlp gives spaCy stand-ins for its command line (typer, weasel, requests: ~0.3 s
    # of every tagging process's start); asked for, the real one takes their place.
    import subprocess
    import sys

    code = (
        "import sys, learner.nlp, spacy\n"
        "print('typer' in sys.modules)\n"
        "import spacy.cli.train\n"  # a command's module, from the real folder
        "print('typer' in sys.modules, callable(spacy.cli.train.train))\n"
        "from spacy.cli import download\n"
        "print(type(sys.modules['spacy.cli']).__name__, spacy.cli.download is download)\n"
        "print(sorted(spacy.info()))\n"
    )
    plain = "import spacy\nprint(sorted(spacy.info()))\n"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert ran[:3] == ["False", "True True", "module True"]
    assert ran[3] == subprocess.run([sys.executable, "-c", plain], capture_output=True,
                                    text=True, check=True).stdout.strip()


def test_sentence_bounds_are_token_sents_own():
    # Sentences of one, two and more words, written for the test, and a Doc of one sentence.
    from spacy.tokens import Doc

    from learner.nlp.sentences import sentence_bounds, sentence_of

    vocab = spacy.blank("de").vocab
    words = ["Ja", ".", "Er", "kam", ".", "Dann", "ging", "sie", "heim", "."]
    starts = [True, False, True, False, False, True, False, False, False, False]
    for doc in (Doc(vocab, words=words, sent_starts=starts),
                Doc(vocab, words=words[2:5], sent_starts=[True, False, False])):
        for token in doc:
            assert sentence_bounds(token) == (token.sent.start, token.sent.end)
            assert sentence_of(token) == token.sent
