"""Header lines become article metadata, never vocabulary."""

from learner.articles import parse_article


def test_header_lines_become_metadata():
    article = parse_article(
        "title Trump trifft Putin\ndate 2017-07-08\nsource SZ\nurl https://example.org/a\n\n"
        "Der Text beginnt hier.",
        "a.txt",
    )
    assert (article.title, article.date, article.source, article.url) == (
        "Trump trifft Putin", "2017-07-08", "SZ", "https://example.org/a")
    assert article.text == "Der Text beginnt hier."
    assert article.label == "Trump trifft Putin (2017-07-08)"


def test_text_glued_to_a_date_header_stays_text():
    # Scraped files put the page's first line on the header line.
    article = parse_article(" date 2017-07 Sie haben den Artikel gelesen.\n\nMehr Text.", "x.txt")
    assert article.date == "2017-07"
    assert article.text.startswith("Sie haben den Artikel gelesen.")
    assert article.title == "x"


def test_a_sentence_starting_with_a_key_word_is_not_a_header():
    article = parse_article("Date ist ein englisches Wort.\nZweite Zeile.", "y.txt")
    assert article.date == ""
    assert article.text.startswith("Date ist")
