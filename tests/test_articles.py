"""Reading articles: encodings, web pages, things that are not articles, language, size."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from learner import articles
from learner.articles import (
    clean_body,
    decode_text,
    german_share,
    html_article,
    normalize_text,
    parse_article,
    read_article,
    read_articles,
    read_bytes,
)
from learner.errors import (
    DamagedTextWarning,
    InputError,
    NotGermanWarning,
    SkippedFileWarning,
)
from tests.samples import ENGLISH, GERMAN, PAGE, pdf_bytes, png_bytes

# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-32"])
def test_unicode_encodings_with_and_without_bom(tmp_path, encoding):
    data = ("title Größe\n\n" + GERMAN).encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        # What Windows' editors write as "Unicode": the byte-order mark, then the text.
        data = ("\ufeff" + "title Größe\n\n" + GERMAN).encode(encoding)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.title == "Größe"  # the header is found after a byte-order mark too
    assert article.text == GERMAN


@pytest.mark.parametrize("text", ["Größe", "Über", "Fußball", "Ärger über Öl", "ß",
                                  "Grüße aus Köln", "Übermäßig", "Liège à Genève",
                                  "Sie sagte: „Das ist gut.“ Er kostet 5 €."])
def test_cp1252_short_german_is_read_right(text):
    # Short texts are where a detector left to all encodings goes wrong (EBCDIC, UTF-16).
    assert decode_text(text.encode("cp1252")) == text


def test_the_issues_example_bytes():
    assert decode_text(b"Gr\xf6\xdfe") == "Größe"


@pytest.mark.parametrize("encoding", ["latin-1", "iso8859-15", "cp1252"])
def test_legacy_encodings_of_a_whole_article(tmp_path, encoding):
    path = tmp_path / "alt.txt"
    path.write_bytes(("date 2017-07\n\n" + GERMAN).encode(encoding))
    article = read_article(path)
    assert article.date == "2017-07"
    assert article.text == GERMAN
    assert "Größe" in article.text and "äußerten" in article.text


def test_cp1252_typographic_quotes_and_euro():
    text = GERMAN + " Sie sagte: „Das kostet 5 €.“"
    assert decode_text(text.encode("cp1252")) == text


def test_invalid_utf16_after_a_bom_is_an_error():
    with pytest.raises(InputError, match="UTF-16 byte-order mark"):
        decode_text(b"\xff\xfe" + "Größe".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate


def test_utf8_with_a_few_broken_bytes_is_read_with_a_warning():
    data = "Größe und Straße ".encode() + b"\xed\xa0\x80" + " über Öl".encode()
    with pytest.warns(DamagedTextWarning, match="x.txt: 3 invalid UTF-8 byte"):
        text = decode_text(data, "x.txt")
    assert text == "Größe und Straße \ufffd\ufffd\ufffd über Öl"


def test_utf8_with_a_bom_and_a_broken_byte_is_read_with_a_warning():
    data = "\ufeffGröße ".encode() + b"\xff" + " über".encode()
    with pytest.warns(DamagedTextWarning, match="x.txt: 1 invalid UTF-8 byte"):
        assert decode_text(data, "x.txt") == "Größe \ufffd über"


# --- normalising -----------------------------------------------------------------------------

def test_decomposed_umlauts_are_composed():
    assert normalize_text("Gro\u0308\u00dfe") == "Größe"


def test_invisible_and_control_characters_are_removed():
    assert normalize_text("Ein\u00admischung\x00 und\u200b Wahl\x07kampf\x1b") == \
        "Einmischung und Wahlkampf"
    assert normalize_text("a\tb\nc") == "a\tb\nc"  # whitespace stays


def test_lone_surrogates_become_replacement_characters():
    text = normalize_text("Stra\ud800e")
    assert text == "Stra\ufffde"
    text.encode("utf-8")  # encodable: no later stage can trip over it


def test_overlong_runs_are_dropped_but_long_german_words_stay(tmp_path):
    word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    blob = "QUJD" * 200
    path = tmp_path / "a.txt"
    path.write_text(f"{GERMAN} Das {word} galt. Anhang: {blob} Ende.", encoding="utf-8")
    text = read_article(path).text
    assert word in text
    assert "QUJD" not in text
    assert text.endswith("Anhang:  Ende.")


# --- web pages -------------------------------------------------------------------------------

def test_web_page_gives_article_text_title_and_date(tmp_path):
    path = tmp_path / "seite.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Trump trifft Putin"
    assert article.date == "2017-07-07"
    assert "Die Einmischung Russlands in den Wahlkampf" in article.text
    # Entities decoded to the characters they stand for; the deck escapes them again.
    assert "auseinander & beide" in article.text and "über <script> und" in article.text
    for boilerplate in ("Startseite", "Impressum", "Jetzt kaufen", "alert", "color: red"):
        assert boilerplate not in article.text
    # Blocks become paragraphs: a headline never runs into the first sentence.
    assert article.text.split("\n\n")[:2] == [
        "Trump trifft Putin",
        "Die Einmischung Russlands in den Wahlkampf wurde von Moskau zurückgewiesen.",
    ]


def test_a_copyright_year_is_not_the_articles_date(tmp_path):
    # No date on the page but "© 2024" in the footer: the card must not say "2024-01-01".
    page = (f"<!DOCTYPE html><html><head><title>Streit</title></head><body><article>"
            f"<h1>Streit</h1><p>{GERMAN}</p><p>{GERMAN}</p></article>"
            "<footer>© 2024 Lokalzeitung</footer></body></html>")
    path = tmp_path / "seite.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert "Größe" in article.text
    assert article.date == ""
    assert article.label == "Streit"


def test_web_page_in_cp1252_and_saved_as_txt(tmp_path):
    path = tmp_path / "seite.txt"  # a page saved under the wrong suffix is still a page
    path.write_bytes(PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    article = read_article(path)
    assert article.title == "Trump trifft Putin"
    assert "äußerten" in article.text and "<article>" not in article.text


def test_web_page_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "leer.html"
    path.write_text("<html><head><title>Nichts</title></head><body><img src='a.png'>"
                    "<script>document.write('Hallo Welt')</script></body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_article(path)


def test_html_article_on_a_bare_fragment():
    article = html_article(f"<p>{GERMAN}</p>", "x.html")
    assert article.text == GERMAN
    assert article.title == "x"


def test_folders_include_web_pages(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "bild.png").write_bytes(png_bytes())
    found = [p.name for p in articles.article_files([tmp_path])]
    assert found == ["a.txt", "b.html", "c.htm"]


# --- not articles ----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "message"), [
    ("leer.txt", b"", "the file is empty"),
    ("leer2.txt", b"  \n\n\t \n", "holds no article text"),
    ("zahlen.txt", b"12 34\n-- 56 ...", "holds no article text"),
    ("doc.pdf", pdf_bytes(), "a PDF document, not text"),
    ("bild.png", png_bytes(), "a PNG image, not text"),
    ("bild.txt", png_bytes(), "a PNG image, not text"),  # whatever the suffix says
    ("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "a JPEG image"),
    ("roh.bin", bytes(range(256)) * 8, "binary data"),
    ("collection.anki2", b"SQLite format 3\x00" + bytes(100), "SQLite database"),
])
def test_not_articles_are_one_clear_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        read_article(path)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "fehlt.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([tmp_path / "fehlt"])
    with pytest.raises(InputError, match="empty path"):
        read_articles([""])


def test_folder_without_articles(tmp_path):
    (tmp_path / "bild.png").write_bytes(png_bytes())
    with pytest.raises(InputError, match="folder holds no article files"):
        read_articles([tmp_path])


def test_folder_skips_files_that_are_not_articles_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.warns(SkippedFileWarning, match="b.txt: the file is empty"):
        found = read_articles([tmp_path])
    assert [a.title for a in found] == ["a"]


def test_folder_of_only_broken_articles_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(pdf_bytes())
    with pytest.warns(SkippedFileWarning), pytest.raises(InputError, match="no readable article"):
        read_articles([tmp_path])


# --- size ------------------------------------------------------------------------------------

def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "gross.txt"
    path.write_bytes(b"Wort " * 300)
    with pytest.raises(InputError, match=r"larger than 0.001 MB, the limit for one article"):
        read_bytes(path, limit=1000)
    assert read_bytes(path, limit=1500) == b"Wort " * 300


def test_a_device_without_size_is_read_bounded():
    # /dev/zero never ends: reading stops one byte past the limit.
    with pytest.raises(InputError, match="larger than"):
        read_bytes(Path("/dev/zero"), limit=10_000)


# --- language --------------------------------------------------------------------------------

def test_english_article_gets_a_warning_with_the_share(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    with pytest.warns(NotGermanWarning, match=r"english.txt: only \d+% of its words look German"):
        article = read_article(path)
    assert article.text == ENGLISH  # read all the same
    share, judged = german_share(ENGLISH)
    assert judged == len(ENGLISH.replace(",", "").replace(".", "").split())
    assert share < articles.GERMAN_SHARE_CUTOFF


def test_german_article_gets_no_warning(tmp_path):
    path = tmp_path / "deutsch.txt"
    path.write_text(GERMAN, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotGermanWarning)
        read_article(path)
    assert german_share(GERMAN)[0] > 0.8


def test_too_few_words_to_judge_the_language(tmp_path):
    path = tmp_path / "kurz.txt"
    path.write_text("The meeting was good.", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotGermanWarning)
        read_article(path)


def test_parse_article_is_untouched_by_reading_changes():
    article = parse_article("title Ein Titel\ndate 2017-07\n\nText hier.", "a.txt")
    assert (article.title, article.date, article.text) == ("Ein Titel", "2017-07", "Text hier.")


# Cleaning scraped text (clean_body, called by parse_article).

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


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "cp850", "mac_roman"])
def test_a_short_legacy_text_with_only_one_umlaut_kind(encoding):
    # Only "ü": charset-normalizer alone read the latin-1 bytes as cp850 ("B³rger").
    text = ("Die Bürger trafen sich am Montag in der Stadthalle. Die Verhandlungen über die "
            "Müllgebühren gestalteten sich schwierig, weil die Gemeinde überschuldet ist.")
    assert decode_text(text.encode(encoding)) == text


def test_a_markdown_article_loses_its_marks(tmp_path):
    path = tmp_path / "gipfel.md"
    path.write_text(
        "title Gipfel in Hamburg\n\n# Gipfel in Hamburg\n\n"
        f"Die **Verhandlungen** mit [der Stadt](https://example.org/a) über {GERMAN}\n\n"
        "* Die Opposition bezweifelt die Rechtmäßigkeit.\n"
        "- Bürger*innen und Lehrer*innen protestierten.\n", encoding="utf-8")
    text = read_article(path).text
    assert text.startswith("Gipfel in Hamburg\n\nDie Verhandlungen mit der Stadt über ")
    assert "Die Opposition bezweifelt" in text and "\n* " not in text and "\n- " not in text
    assert "**" not in text and "](" not in text and "example.org" not in text
    assert "Bürger*innen und Lehrer*innen" in text  # the gender star is German, not Markdown


def test_a_text_file_keeps_its_stars(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"{GERMAN}\n\n* Fußnote mit **Sternen**.\n", encoding="utf-8")
    assert "* Fußnote mit **Sternen**." in read_article(path).text


def test_a_file_given_twice_is_read_once(tmp_path):
    folder = tmp_path / "korpus"
    (folder / "2017").mkdir(parents=True)
    (folder / "a.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "2017" / "b.txt").write_text("Der Waffenstillstand " + GERMAN, encoding="utf-8")
    found = read_articles([folder, folder / "a.txt", folder / "2017", folder])
    assert sorted(Path(a.path).name for a in found) == ["a.txt", "b.txt"]
    assert len(read_articles([folder / "a.txt", folder / ".." / "korpus" / "a.txt"])) == 1


def test_a_file_reached_through_a_link_is_read_once_and_a_hard_link_twice(tmp_path):
    # Files are told apart by inode first and by resolved path where an inode repeats: a
    # symbolic link to a file read already is that file, a hard link another name of the
    # same bytes, read as the resolved paths always told.
    folder = tmp_path / "korpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    assert [Path(a.path).name for a in read_articles([folder])] == ["a.txt"]
    (folder / "b.txt").unlink()
    os.link(folder / "a.txt", folder / "c.txt")
    assert [Path(a.path).name for a in read_articles([folder])] == ["a.txt", "c.txt"]


@pytest.mark.parametrize(("text", "encoding"), [
    ("Österreich: Ärger über die Straße.", "mac_roman"),  # Ö, Ä are cp1252's "…", "€"
    ("Der Preis: 5 € und 6 €, nach § 3.", "cp1252"),  # € is Mac Roman's "Ä"
    ("Er sagte: „Größe“ – und ging.", "cp1252"),
])
def test_letters_count_inside_words_and_marks_anywhere(text, encoding):
    assert decode_text(text.encode(encoding)) == text
