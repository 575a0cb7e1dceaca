"""learner.stats: cards and coverage per threshold, checked against a text counted by hand."""

from __future__ import annotations

import json

import pytest

from learner import build, nlp, stats
from learner.errors import UsageError
from tests.conftest import DEMO_ARTICLE

# Counted by hand. Running words are the tokens that contain a letter:
#   sentence 1: Die Regierung hat die Einmischung am Mai scharf zurückgewiesen      9
#               ("3." and "2017" are numbers, "." punctuation: not running words)
#   sentence 2: Merkel sagte in Berlin Wir reden miteinander nicht übereinander     9
#   sentence 3: Die Quabbelwurzen schweigen                                         3
#   running words                                                                  21
# Names, always understood: Merkel, Berlin (2).
# Zipf of the content words (wordfreq 'de'; lemma, regular forms and seen forms summed):
#   Einmischung 3.42, übereinander 3.50, zurückweisen 3.80, schweigen 4.54, scharf 4.70,
#   miteinander 4.78, reden 5.38, Regierung 5.23, sagen 6.19,
#   Quabbelwurz 0 (wordfreq has never seen it: never known, never a card).
# Function words by form or lemma: nicht 7.01, in 7.24, die/Die 7.48, Wir 6.54, hat 6.60
#   (haben), am 6.69.
# Threshold 4.0: not understood Einmischung, zurückgewiesen, übereinander, Quabbelwurzen
#   -> 17/21 understood; cards 3 (Einmischung, zurückweisen, übereinander).
# Threshold 3.5: übereinander (3.50) is at the threshold, so a card: not understood
#   Einmischung, übereinander, Quabbelwurzen -> 18/21; cards 2.
# Threshold 4.5: scharf (4.70) and schweigen (4.54) are above it: as at 4.0 -> 17/21; cards 3.
# Names: Merkel, Berlin, and Mai (UD tags day and month names PROPN; never cards).
# Threshold 7.0: understood only Die, die, Die, in, nicht (above 7) and the 3 names -> 8/21.
# Threshold 0: everything but Quabbelwurzen -> 20/21 = 95.2%.
# For 95%: 3.4 is the highest tenth still at 20/21 (Einmischung at 3.42 is above it);
#   at 3.5 it is 18/21 -> suggested 3.4 with 0 cards.
TEXT = (
    "Die Regierung hat die Einmischung am 3. Mai 2017 scharf zurückgewiesen. "
    "Merkel sagte in Berlin: „Wir reden miteinander, nicht übereinander.“\n\n"
    "Die Quabbelwurzen schweigen.\n"
)
RUNNING_WORDS = 21


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    path = tmp_path_factory.mktemp("stats") / "counted.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def stats_for(path, **options) -> stats.TextStats:
    return build.find_stats([path], **options)


def test_running_words_leave_out_numbers_and_punctuation_and_count_names(counted):
    result = stats_for(counted)
    assert result.running_words == RUNNING_WORDS
    assert result.names == 3
    assert result.unlisted_words == 1 and result.unlisted_examples == ("Quabbelwurz",)
    assert result.unlisted_running_words == 1


@pytest.mark.parametrize(
    ("max_zipf", "understood", "cards"),
    [(4.0, 17, 3), (3.5, 18, 2), (4.5, 17, 3), (7.0, 8, 9), (0.0, 20, 0)],
)
def test_coverage_is_the_hand_counted_share(counted, max_zipf, understood, cards):
    result = stats_for(counted, max_zipf=max_zipf)
    assert result.selection.coverage == pytest.approx(understood / RUNNING_WORDS)
    assert result.selection.cards == cards


def test_suggested_threshold_is_the_highest_that_reaches_the_target(counted):
    result = stats_for(counted, target=0.95)
    assert result.suggested is not None
    assert result.suggested.max_zipf == pytest.approx(3.4)
    assert result.suggested.coverage == pytest.approx(20 / 21)
    assert result.suggested.cards == 0
    # 96% is out of reach: the word wordfreq does not know is never understood.
    assert stats_for(counted, target=0.96).suggested is None


def test_bands_hold_the_words_by_zipf_and_cumulate(counted):
    bands = {b.label: b for b in stats_for(counted).bands}
    assert set(bands["3.0–3.5"].examples) == {"Einmischung", "übereinander"}
    assert bands["3.5–4.0"].examples == ("zurückweisen",)
    assert bands["4.0–4.5"].examples == ()
    assert set(bands["4.5–5.0"].examples) == {"scharf", "schweigen", "miteinander"}
    assert bands["> 5.5"].examples == ("sagen",)
    assert [b.cards for b in bands.values()] == [0, 0, 0, 2, 3, 3, 6, 8, 9]
    assert bands["3.5–4.0"].coverage == pytest.approx(17 / 21)
    assert sum(b.words for b in bands.values()) == 9


def test_coverage_after_learning_the_capped_deck(counted):
    # At 4.5 the deck would hold 3 words; capped at 2 it keeps the most frequent,
    # zurückweisen (3.80) and übereinander (3.50), and learning them adds their 2 running words
    # to the 17.
    result = stats_for(counted, max_zipf=4.5, max_cards=2)
    assert result.selection.cards == 2
    assert result.selection.coverage_after == pytest.approx(19 / 21)


def test_known_words_make_no_cards_and_count_as_understood(counted, tmp_path, capsys):
    from learner.cli import main

    known = tmp_path / "known.txt"
    known.write_text("Einmischung\n", encoding="utf-8")
    result = stats_for(counted, known_words=[known])
    sel = result.selection
    # At 4.0: Einmischung is no card, and its running word is understood: 18/21, not 17/21.
    assert (sel.cards, sel.known_words) == (2, 1)
    assert sel.coverage == pytest.approx(17 / 21)
    assert sel.known_coverage == pytest.approx(18 / 21)
    assert sel.coverage_after == pytest.approx(20 / 21)
    # The bands describe the articles, whoever reads them.
    assert result.bands == stats_for(counted).bands
    assert main(["stats", str(counted), "--known", str(known)]) == 0
    assert "With --known: 1 word at or below" in capsys.readouterr().out


def test_the_record_is_plain_json(counted):
    record = stats.as_record(stats_for(counted))
    text = json.dumps(record, allow_nan=False)
    assert record["bands"][-1]["high"] is None
    assert json.loads(text)["running_words"] == RUNNING_WORDS


@pytest.mark.parametrize("target", [0, 1.5, -0.1, float("nan"), "0.9"])
def test_coverage_target_must_be_a_share(target):
    with pytest.raises(UsageError):
        stats.check_coverage(target)


def test_curve_falls_as_cards_rise():
    result = build.find_stats([DEMO_ARTICLE])
    coverages = [p.coverage for p in result.curve]
    cards = [p.cards for p in result.curve]
    assert coverages == sorted(coverages, reverse=True)
    assert cards == sorted(cards)
    assert result.curve[0].max_zipf == 0 and result.curve[-1].max_zipf == 8


def test_demo_article_stats_name_its_rare_words():
    result = build.find_stats([DEMO_ARTICLE], target=0.95)
    rare = {w for b in result.bands if b.high <= 3.5 for w in b.examples}
    assert "Einmischung" in rare
    assert result.suggested is not None and result.suggested.max_zipf < 4.0
    assert result.selection.coverage < result.suggested.coverage


def test_plot_writes_a_small_png(tmp_path):
    from learner import plot

    out = plot.write_plot(build.find_stats([DEMO_ARTICLE]), tmp_path / "sub" / "demo.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert 10_000 < len(data) < 200_000


@pytest.mark.slow
def test_stats_over_many_news_articles(shared):
    files = sorted((shared / "bench" / "gnad").glob("*.txt"))[:40]
    result = build.find_stats(files, model=nlp.DEFAULT_MODEL)
    assert result.articles == 40
    assert result.running_words > 10_000
    # News text: the function words and common words above Zipf 5.5 are most of it.
    assert result.bands[-1].coverage < 0.6
    assert 0.8 < result.bands[4].coverage < result.bands[0].coverage < 1


def _word(lemma: str, zipf: float, count: int):
    from learner.vocabulary import Word

    return Word(lemma=lemma, pos="NOUN", count=count, forms=(lemma,), examples=(),
                articles=("a",), zipf=zipf)


def test_measure_agrees_with_a_direct_count_at_every_threshold():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    zipfs = st.sampled_from([0.0, 1.0, 2.0, 2.5, 3.3, 3.5, 4.0, 4.01, 5.5, 6.2])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(zipfs, st.integers(1, 9)), min_size=1, max_size=12),
           st.integers(0, 5), st.sampled_from([0.0, 2.5, 3.5, 4.0, 6.0]))
    def check(entries, names, max_zipf):
        words = [_word(f"W{i}", z, n) for i, (z, n) in enumerate(entries)]
        result = stats.measure(words, stats.RunningWords(names=names), articles=1,
                               max_zipf=max_zipf)
        total = sum(n for _, n in entries) + names
        known = sum(n for z, n in entries if z > max_zipf) + names
        assert result.running_words == total
        assert result.selection.coverage == pytest.approx(known / total)
        assert result.selection.cards == sum(1 for z, _ in entries if 0 < z <= max_zipf)
        assert result.bands[-1].cards == sum(1 for z, _ in entries if z > 0)
        if result.suggested is not None:
            assert result.suggested.coverage >= result.target

    check()


def test_tallied_verdicts_give_the_words_collecting_alone_gives():
    # The tally leaves each token's candidate verdict for collect_words (asked once, not
    # twice): the words are those collecting the same text without a tally finds, and the
    # verdicts are taken, so none is left on the Doc to go stale.
    from learner.vocabulary import CANDIDATE_VERDICTS, collect_words

    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    alone = collect_words((doc, "a") for doc in pipeline.pipe(TEXT.split("\n\n")))
    docs = list(pipeline.pipe(TEXT.split("\n\n")))
    tally = stats.RunningWords()
    tallied = collect_words(stats.tally_running_words(((d, "a") for d in docs), tally))
    assert tallied == alone
    assert {w.lemma for w in tallied} >= {"Einmischung", "zurückweisen", "Quabbelwurz"}
    assert all(CANDIDATE_VERDICTS not in doc.user_data for doc in docs)
    # "3." and "2017" hold no letter: not asked, and left to collect_words.
    verdicts = [tally.add(token) for token in docs[0]]
    assert verdicts[[t.text for t in docs[0]].index("2017")] is None
    assert verdicts[[t.text for t in docs[0]].index("Einmischung")] is True
    assert verdicts[[t.text for t in docs[0]].index("Merkel")] is False
