"""The parallel path of learner.build: worker processes and the merge of their words must
give exactly the words one process gives."""

from __future__ import annotations

import pytest

from learner import build, nlp
from learner.articles import Article, parse_article
from learner.vocabulary import collect_words

# Written for this test. "Einmischung" and "Gipfel" recur across articles, so their counts,
# forms, examples and article lists must be merged across worker chunks; "auseinandergehen"
# is a separable verb split over the sentence.
TEXTS = [
    "title Gipfel in Hamburg\ndate 2017-07\n\nDie Präsidenten trafen sich am Rande des "
    "Gipfels. Der Vorwurf der Einmischung wurde zurückgewiesen.",
    "title Nach dem Gipfel\ndate 2017-07\n\nNach dem Treffen gingen die Delegationen "
    "auseinander. Die Gipfel der Alpen lagen im Nebel.",
    "title Wahlkampf\ndate 2017-08\n\nDie Einmischung in den Wahlkampf sei erfunden, hieß "
    "es. Die Einmischungen häuften sich dennoch.",
    "title Herbst\n\nIm Herbst wollen sich die Präsidentinnen wieder treffen. Der Nebel "
    "über dem Gipfel verzog sich.",
]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [parse_article(text, f"{i}.txt") for i, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def one_process(articles):
    return build.article_words(articles, workers=1)


def test_worker_processes_give_the_same_words(articles, one_process):
    # chunk_chars=1 puts every article in its own chunk: three merges across two workers.
    parallel = build.article_words(articles, workers=2, min_parallel_chars=0, chunk_chars=1)
    assert parallel == one_process
    words = {w.lemma: w for w in parallel}
    assert words["Einmischung"].count == 3
    assert words["Einmischung"].articles == ("Gipfel in Hamburg (2017-07)",
                                             "Wahlkampf (2017-08)")
    assert words["Einmischung"].forms == ("Einmischung", "Einmischungen")
    assert "auseinandergehen" in words


def test_merge_of_consecutive_runs_equals_one_collection(articles, one_process):
    pipeline = nlp.load_pipeline()
    runs = [articles[:1], articles[1:3], articles[3:]]
    parts = [collect_words(build.tag_articles(run, pipeline)) for run in runs]
    assert build.merge_words(parts) == one_process
    # Order of first appearance survives the merge: the first article's words come first.
    assert [w.lemma for w in one_process][:2] == [w.lemma for w in parts[0]][:2]


def test_articles_analysed_together_equal_each_analysed_alone(articles):
    # A worker passes its run of articles through the pipeline at once (the recognizer's
    # batches then span articles); an article with no text in between has no paragraph.
    pipeline = nlp.load_pipeline()
    run = [*articles[:2], Article(path="leer.txt", title="Leer", text=""), *articles[2:]]
    assert (list(build.analyse_articles(run, pipeline))
            == [build.analyse_article(a, pipeline) for a in run])


def test_small_input_stays_in_one_process(articles, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for four short articles")

    monkeypatch.setattr(build.workers.multiprocessing, "get_context", no_pool)
    assert build.article_words(articles, workers=2)


def test_chunks_keep_articles_whole_and_in_order(articles):
    chunks = build.workers._chunks(articles, max_chars=150)
    assert [a for chunk in chunks for a in chunk] == articles
    assert len(chunks) > 1


def test_chunks_taper_towards_the_end():
    # 60 articles of 5,000 characters, chunks of at most 50,000 for two workers: full chunks
    # while a quarter of the text still to give out is more, then smaller ones, down to
    # _MIN_CHUNK_CHARS (20,000), so neither worker takes a long last chunk alone.
    text = ("Der Nebel über dem Gipfel verzog sich am Morgen. " * 110)[:5000]
    articles = [Article(path=f"{i}.txt", title=str(i), text=text) for i in range(60)]
    chunks = build.workers._chunks(articles, max_chars=50_000, workers=2)
    assert [a for chunk in chunks for a in chunk] == articles
    sizes = [sum(len(a.text) for a in chunk) for chunk in chunks]
    assert sizes == [50_000] * 3 + [40_000, 30_000] + [20_000] * 4


def test_merge_adds_the_verb_uses_with_and_without_sich():
    from learner.vocabulary import Word

    def zieren(uses: int, reflexive: int) -> Word:
        return Word(lemma="zieren", pos="VERB", count=uses, forms=("zieren",), examples=(),
                    articles=("a",), verb_uses=uses, reflexive_uses=reflexive)

    # Reflexive in the one article that uses it once, not in the one that uses it twice.
    merged = build.merge_words([[zieren(1, 1)], [zieren(2, 0)]])
    assert [(w.verb_uses, w.reflexive_uses, w.reflexive) for w in merged] == [(3, 1, False)]
    # The merge the article cache stores and restores keeps both counts: merging on top of
    # a restored merge gives what merging everything at once gives.
    stored = build.MergedWords()
    stored.add([zieren(1, 1)])
    restored = build.MergedWords()
    restored.restore(stored.state())
    restored.add([zieren(2, 0)])
    assert restored.words() == merged


def test_analyses_do_not_depend_on_the_pipe_batch(articles, monkeypatch):
    # `PIPE_BATCH` bounds the name recognizer's arrays (its memory); the batch a paragraph is
    # tagged in must not change any analysis.
    pipeline = nlp.load_pipeline()
    found = []
    for size in (1, 2, 64):
        monkeypatch.setattr(build.analysis, "PIPE_BATCH", size)
        found.append(list(build.analyse_articles(articles, pipeline)))
    assert found[0] == found[1] == found[2]
    assert sum(len(build.paragraphs(a)) for a in articles) > 2


def test_a_corpus_indexes_the_noun_tables_before_the_workers_fork(monkeypatch):
    # Made in the parent, the index's pages are shared by the workers, which only read them.
    made = []
    monkeypatch.setattr(build.workers.nouns, "index_tables", lambda: made.append(True))

    class Stop(Exception):
        pass

    def no_pool(*args, **kwargs):
        raise Stop

    monkeypatch.setattr(build.workers.multiprocessing, "get_context", lambda method=None: type(
        "Context", (), {"Pool": staticmethod(no_pool)})())
    articles = [Article(path="", title=str(i), text="Ein Satz. " * 50) for i in range(4)]
    with pytest.raises(Stop):
        list(build.workers._analyses(articles, nlp.DEFAULT_MODEL, 2, 2_000, False, 100, None))
    assert made
