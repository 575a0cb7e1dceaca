"""Progress: builds report each finished article; learner.progress draws the bar only on a
terminal."""

from __future__ import annotations

import io

from learner import build
from learner.progress import article_progress


def test_find_words_reports_each_article(tmp_path):
    for name, text in [("a.txt", "Der Waffenstillstand hält.\n\nDie Einmischung wurde "
                        "zurückgewiesen."), ("b.txt", "Die Feuerpause beginnt morgen.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    calls = []
    words = build.find_words([tmp_path], on_article=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 2), (1, 2), (2, 2)]
    assert {"Waffenstillstand", "Feuerpause"} <= {w.lemma for w in words}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    with article_progress(stream) as on_article:
        assert on_article is None
    assert stream.getvalue() == ""


def test_bar_on_a_terminal_shows_counts_for_many_articles():
    stream = _Terminal()
    with article_progress(stream) as on_article:
        for done in range(6):
            on_article(done, 5)
    out = stream.getvalue()
    assert "tagging articles" in out and "5/5" in out


def test_no_bar_for_a_few_articles_even_on_a_terminal():
    stream = _Terminal()
    with article_progress(stream) as on_article:
        on_article(0, 2)
        on_article(2, 2)
    assert stream.getvalue() == ""
