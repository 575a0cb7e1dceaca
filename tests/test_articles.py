"""Cleaning scraped article text (learner.articles.clean_body, called by parse_article)."""

from __future__ import annotations

from learner.articles import clean_body, parse_article

SCRAPED = (
    " date 2017-07 Sie haben den Artikel in Ihre Merkliste aufgenommen. Möchten Sie ihn nicht "
    "auch gleich mit Feunden teilen?\n\n"
    "Treffen in Hamburg Die beiden Staatenlenker trafen sich am Freitag. (Foto: dpa)\n\n"
    "HamburgOb es der Beginn einer Freundschaft war, muss man bezweifeln.\n"
)


def test_boilerplate_is_removed_with_its_typo():
    article = parse_article(SCRAPED, "a.txt")
    assert article.date == "2017-07"
    assert "Merkliste" not in article.text
    assert "Feunden" not in article.text
    assert "teilen" not in article.text


def test_photo_caption_stays_without_its_credit():
    text = parse_article(SCRAPED, "a.txt").text
    assert "Die beiden Staatenlenker trafen sich am Freitag." in text
    assert "dpa" not in text and "Foto" not in text


def test_dateline_glued_to_first_word_is_split():
    text = parse_article(SCRAPED, "a.txt").text
    assert "Hamburg – Ob es der Beginn" in text
    assert "HamburgOb" not in text


def test_words_of_their_own_in_camel_case_stay():
    assert clean_body("BahnCard gilt weiter.\nYouTube sperrt Videos.") == (
        "BahnCard gilt weiter.\nYouTube sperrt Videos.")


def test_article_text_without_junk_is_unchanged():
    text = "Die USA drängen auf eine nukleare Abrüstung.\n\nMan brauche Zeit."
    assert clean_body(text) == text


def test_word_broken_at_line_end_is_joined_but_compound_ellipsis_is_not():
    text = clean_body("Eine nach Rosen duf- tende Zauberin am Ein- und Ausgang.")
    assert "duftende Zauberin" in text
    assert "Ein- und Ausgang" in text
