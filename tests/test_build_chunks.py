"""spaCy gets bounded pieces of text, however long a paragraph is (learner.build.paragraphs)."""

from __future__ import annotations

from learner import build
from learner.articles import Article
from tests.samples import GERMAN


def test_long_paragraph_is_cut_at_sentence_ends():
    text = " ".join([GERMAN] * 50)  # one paragraph, about 14,000 characters, no line break
    pieces = list(build.bounded_chunks(text, 1000))
    assert all(len(p) <= 1000 for p in pieces)
    assert " ".join(pieces) == text
    assert all(p.endswith((".", "!", "?")) for p in pieces[:-1])


def test_line_breaks_are_preferred_to_sentence_ends():
    text = "Erste Zeile ohne Punkt\nzweite Zeile. Dritte " + "Wort " * 10
    assert list(build.bounded_chunks(text, 40)) == [
        "Erste Zeile ohne Punkt", "zweite Zeile.", "Dritte Wort Wort Wort Wort Wort Wort",
        "Wort Wort Wort Wort"]


def test_text_without_spaces_is_cut_hard():
    assert list(build.bounded_chunks("x" * 25, 10)) == ["x" * 10, "x" * 10, "x" * 5]


def test_paragraphs_of_a_file_without_blank_lines_stay_under_spacys_limit():
    # Scraped pages often come as one line; spaCy refuses a text over 1,000,000 characters
    # (error E088) and its parser needs about 1 GB per 100,000.
    article = Article(path="a.txt", title="a", text=" ".join([GERMAN] * 4000))
    assert len(article.text) > 1_000_000
    pieces = build.paragraphs(article)
    assert max(len(p) for p in pieces) <= build.MAX_CHUNK_CHARS
    assert sum(len(p) + 1 for p in pieces) - 1 == len(article.text)


def test_short_paragraphs_are_untouched():
    article = Article(path="a.txt", title="a", text="Eins.\n\n  Zwei.  \n \nDrei.")
    assert build.paragraphs(article) == ["Eins.", "Zwei.", "Drei."]
