"""Worker processes started while the articles are still being read
(`build.workers.TaggingWhileReading`): the same words as one process, and the reading's
warnings and errors as they were."""

from __future__ import annotations

import multiprocessing
import warnings

import pytest

from learner import build
from learner.errors import InputError, LearnerWarning, ModelError

# Written for this test. Each article repeats its sentence to ~10,000 characters, so that the
# first four read make a corpus (`PARALLEL_MIN_CHARS`) and the workers start while the other
# four are still to be read; an English article read last, and an empty file, are warned
# about by the reading.
SENTENCES = [
    "Der Vorwurf der Einmischung wurde vom Präsidenten zurückgewiesen.",
    "Im Wahlkampf suchte der Staat eine Lösung für die Kosten.",
    "Die Rakete stieg trotz aller Entschlossenheit nicht auf.",
    "Der Unmut über die Attacke des Staatschefs wuchs im Land.",
    "Nach dem Treffen gingen die Delegationen auseinander.",
    "Die Gipfel der Alpen lagen am Morgen im Nebel.",
    "Die Einmischungen in den Wahlkampf häuften sich dennoch.",
    "Im Herbst wollen sich die Präsidentinnen wieder treffen.",
]
ENGLISH = ("The quick brown fox jumps over the lazy dog and runs into the forest. The weather "
           "was fine and the markets were calm today, said the people in the town.")


POOL, READ_ARTICLES = build.workers._pool, build.corpus.read_articles


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    per_article = build.PARALLEL_MIN_CHARS // 4
    for i, sentence in enumerate(SENTENCES):
        text = "\n\n".join([sentence] * (per_article // len(sentence) + 1))
        (corpus / f"{i}.txt").write_text(f"title Artikel {i}\n\n{text}", encoding="utf-8")
    (corpus / "4-leer.txt").write_text("", encoding="utf-8")
    (corpus / "9-english.txt").write_text(f"title Fox\n\n{ENGLISH}", encoding="utf-8")
    return corpus


def analysed(folder, monkeypatch, cores: int, extra=(), events=None):
    """The corpus of `folder`, the events of the build in order (the workers started, the
    reading over, each warning's message) with `cores` cores."""
    monkeypatch.setattr(build.workers, "available_cores", lambda: cores)
    events = [] if events is None else events
    monkeypatch.setattr(build.workers, "_pool", lambda *args: events.append("workers")
                        or POOL(*args))
    monkeypatch.setattr(build.corpus, "read_articles", lambda *args, **kwargs: (
        READ_ARTICLES(*args, **kwargs), events.append("read"))[0])
    with warnings.catch_warnings():
        # As the command line shows them (`cli.main`): each as it comes, in the events.
        warnings.simplefilter("always", LearnerWarning)
        warnings.showwarning = lambda message, *_: events.append(str(message))
        corpus = build.analyse_paths([folder, *extra], use_cache=False)
    return corpus, events


def test_workers_start_while_reading_and_find_the_words_of_one_process(folder, monkeypatch):
    parallel, events = analysed(folder, monkeypatch, cores=2)
    assert events.index("workers") < events.index("read")
    one, events_of_one = analysed(folder, monkeypatch, cores=1)
    assert "workers" not in events_of_one
    assert parallel.words == one.words and parallel.running == one.running
    assert [w.lemma for w in parallel.words][:3] == ["Vorwurf", "Einmischung", "Präsident"]
    # The reading's warnings, the same, in the same order, and all of them while reading.
    assert [e for e in events if e != "workers"] == events_of_one
    assert "English" not in " ".join(w.lemma for w in parallel.words)


def test_the_pipelines_warnings_follow_the_readings(folder, monkeypatch):
    # What loading the pipeline warns is shown where it was loaded before the workers started
    # early: after every warning of the reading, the English article's read last.
    before_fork = build.workers._before_fork

    def warning_before_fork():
        warnings.warn(LearnerWarning("pipeline loaded"), stacklevel=1)
        before_fork()

    monkeypatch.setattr(build.workers, "_before_fork", warning_before_fork)
    _, events = analysed(folder, monkeypatch, cores=2)
    assert events[0] == "workers" and events[-2:] == ["read", "pipeline loaded"]
    assert any("9-english.txt" in m for m in events[1:-2])
    assert any("4-leer.txt" in m for m in events[1:-2])


def test_an_error_loading_the_pipeline_comes_after_the_reading(folder, monkeypatch):
    def failing():
        raise ModelError("no such pipeline")

    monkeypatch.setattr(build.workers, "_before_fork", failing)
    events: list[str] = []
    with pytest.raises(ModelError, match="no such pipeline"):
        analysed(folder, monkeypatch, cores=2, events=events)
    # Raised where the pipeline was loaded before: after the reading and its warnings.
    assert events[-1] == "read" and "workers" not in events
    assert any("9-english.txt" in m for m in events[:-1])
    assert not multiprocessing.active_children()


def test_a_bad_file_after_the_workers_started_ends_them(folder, tmp_path, monkeypatch):
    alone = tmp_path / "leer.txt"
    alone.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        analysed(folder, monkeypatch, cores=2, extra=[alone])
    assert not multiprocessing.active_children()
