"""The readers package: each format's reader, the suffix table and sniffing, folders of mixed
formats, and one clear line for every kind of bad input."""

from __future__ import annotations

import re
import sqlite3
import warnings
import zipfile

import pytest

from learner import readers
from learner.errors import InputError, NotGermanWarning, SkippedFileWarning
from learner.readers import epub, kindle, koreader, pdf, subtitles, text
from tests.reader_samples import (
    ADOBE_ENCRYPTION,
    ASS,
    BOOK_TITLE,
    CHAPTER_1,
    CHAPTER_2,
    FONT_OBFUSCATION,
    PDF_HEADER,
    PDF_TITLE,
    SRT,
    VTT,
    encrypted_pdf,
    epub_file,
    kindle_db,
    koreader_db,
    pdf_file,
    subtitle_file,
)
from tests.samples import GERMAN, png_bytes

# What no card or example may hold: markup, a subtitle timestamp, a page number or running
# header, a hyphenation break.
_MARKUP = re.compile(r"<[^>]*>|\{\\|&[a-z]+;|\[[^\]]*\]|\([^)]*\)")
_TIMESTAMP = re.compile(r"\d\d:\d\d:\d\d|-->")
_BREAK = re.compile(r"[^\W\d_]-\s|[^\W\d_]\u00ad")


def assert_one_clear_line(path, match: str) -> None:
    """Reading `path` raises InputError: one line that names the file and matches `match`."""
    with pytest.raises(InputError, match=match) as info:
        readers.read_file(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def assert_clean(text_: str) -> None:
    assert not _MARKUP.search(text_), text_
    assert not _TIMESTAMP.search(text_), text_
    assert not _BREAK.search(text_.replace("Ein- und", "")), text_


# --- EPUB -----------------------------------------------------------------------------------

def test_epub_chapters_in_spine_order_titled_from_the_table_of_contents(tmp_path):
    found = epub.read(epub_file(tmp_path / "buch.epub"))
    assert [a.title for a in found] == [CHAPTER_1, CHAPTER_2]
    assert all(a.source == f"{BOOK_TITLE}, Marta Beispiel" for a in found)
    assert "schmale Anlegestelle des Dorfes. Die Reisenden" in found[0].text
    for article in found:
        assert_clean(article.text)


def test_epub_leaves_out_notes_note_markers_page_breaks_and_navigation(tmp_path):
    found = epub.read(epub_file(tmp_path / "buch.epub"))
    whole = "\n".join(a.text for a in found)
    assert "Leuchtturmwärter" not in whole  # the footnote, the endnotes page (linear="no")
    assert "Dorfes.1" not in whole and "Dorfes. 1" not in whole  # the note marker
    assert "12" not in whole  # the printed book's page number
    assert "Inhaltsverzeichnis" not in whole
    assert "Gefahr. Die Fischer" in whole


def test_epub_chapter_title_falls_back_to_its_heading(tmp_path):
    chapters = {"a.xhtml": ("x", "<h2>Drittes Kapitel</h2><p>Die Glocken läuteten lange.</p>")}
    found = epub.read(epub_file(tmp_path / "b.epub", chapters))
    assert found[0].title == "Drittes Kapitel"


def test_epub_deck_is_named_after_the_books_title(tmp_path):
    from learner import build

    book = epub_file(tmp_path / "datei-123.epub", title="Die  Reise\nnach Rügen")
    assert readers.deck_title(book) == "Die Reise nach Rügen"
    assert build.deck_name_for([book]) == "Die Reise nach Rügen"


def test_epub_found_by_its_signature_whatever_its_suffix(tmp_path):
    book = epub_file(tmp_path / "buch.txt")
    assert readers.reader_for(book) is epub
    assert readers.read_file(book)[0].title == CHAPTER_1


def test_font_obfuscation_is_not_drm(tmp_path):
    book = epub_file(tmp_path / "b.epub", extra={"META-INF/encryption.xml": FONT_OBFUSCATION})
    assert len(epub.read(book)) == 2


@pytest.mark.parametrize(("extra", "message"), [
    ({"META-INF/encryption.xml": ADOBE_ENCRYPTION}, "DRM-protected EPUB"),
    ({"META-INF/rights.xml": "<rights/>"}, "DRM-protected EPUB book (Adobe DRM)"),
])
def test_drm_protected_book_is_one_clear_line(tmp_path, extra, message):
    book = epub_file(tmp_path / "b.epub", extra=extra)
    assert_one_clear_line(book, re.escape(message))


def test_corrupt_epub_zip_is_one_clear_line(tmp_path):
    whole = epub_file(tmp_path / "ganz.epub").read_bytes()
    broken = tmp_path / "kaputt.epub"
    broken.write_bytes(whole[: len(whole) // 2])
    assert_one_clear_line(broken, "not a readable EPUB book")


def test_epub_without_package_document(tmp_path):
    book = tmp_path / "leer.epub"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
    with pytest.raises(InputError, match="without META-INF/container.xml"):
        readers.read_file(book)


def test_epub_without_text(tmp_path):
    book = epub_file(tmp_path / "bilder.epub", {"a.xhtml": ("x", "<div><img src='a.jpg'/></div>")})
    with pytest.raises(InputError, match="no text in its chapters"):
        readers.read_file(book)


# --- subtitles ------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "first", "start"), [
    ("folge.srt", SRT, "Wir müssen die Vereinbarung noch heute unterschreiben, sonst verfällt "
     "das Angebot.", "00:00:01"),
    ("folge.vtt", VTT, "Die Bürgermeisterin hat die Sitzung vertagt, weil die Unterlagen "
     "fehlten.", "00:00:02"),
    ("folge.ass", ASS, "Der Schmied reparierte den zerbrochenen Pflug noch vor dem Gewitter.",
     "00:00:03"),
])
def test_subtitles_join_cues_into_sentences_with_the_cues_timestamp(tmp_path, name, content,
                                                                    first, start):
    found = subtitles.read(subtitle_file(tmp_path / name, content))
    assert found[0].text == first
    assert found[0].title == f"{name} {start}"
    for article in found:
        assert_clean(article.text)


def test_subtitles_lose_speaker_labels_sound_descriptions_dashes_and_comments(tmp_path):
    srt = [a.text for a in subtitles.read(subtitle_file(tmp_path / "a.srt", SRT))]
    assert srt[1:] == ["Hast du den Schlüssel gefunden?", "Er lag unter der Fußmatte."]
    assert not any(w in " ".join(srt) for w in ("ANNA", "Musik", "seufzt"))
    ass = " ".join(a.text for a in subtitles.read(subtitle_file(tmp_path / "a.ass", ASS)))
    assert "Hufeisen" not in ass and "Donner" not in ass  # a Comment line, a sound


def test_a_damaged_style_field_is_read_without_a_warning(tmp_path):
    # The style's margin and alignment are no numbers: pysubs2 takes its defaults and warns;
    # the cues are read all the same, and the user sees no Python warning.
    damaged = ASS.replace("2,2,10,10,10,1", "2,x,10,10,zz,1")
    assert damaged != ASS
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = subtitles.read(subtitle_file(tmp_path / "a.ass", damaged))
    assert found[0].text.startswith("Der Schmied reparierte")


def test_cue_text_rules():
    assert subtitles.cue_text("DR. WEBER: Setzen Sie sich.") == "Setzen Sie sich."
    # A capitalised word and a colon is speech, not a speaker.
    assert subtitles.cue_text("Achtung: Der Zug fährt ein.") == "Achtung: Der Zug fährt ein."
    assert subtitles.cue_text("♪ La la la ♪\n(Tür knallt) Wer ist da?") == "Wer ist da?"


def test_sentence_runs_on_into_the_next_cue():
    assert subtitles.sentences([(0, "Ich wollte dir"), (2000, "etwas sagen. Warte!"),
                                (4000, "Nein.")]) == [
        (0, "Ich wollte dir etwas sagen."), (2000, "Warte!"), (4000, "Nein.")]


def test_subtitles_found_by_their_first_lines_whatever_the_suffix(tmp_path):
    for name, content in (("a.txt", SRT), ("b", VTT), ("c.txt", ASS)):
        assert readers.reader_for(subtitle_file(tmp_path / name, content)) is subtitles


@pytest.mark.parametrize(("data", "message"), [
    (bytes(range(256)) * 4, "binary data, not text (not a SubRip .srt subtitle file)"),
    (b"", "the file is empty"),
    (b"1\n00:00:01,000 --> 00:00:02,000\n[Musik]\n", "no spoken text"),
])
def test_bad_srt_is_one_clear_line(tmp_path, data, message):
    path = tmp_path / "film.srt"
    path.write_bytes(data)
    assert_one_clear_line(path, re.escape(message))


# --- PDF ------------------------------------------------------------------------------------

def test_pdf_rejoins_hyphenated_words_and_keeps_real_hyphens(tmp_path):
    (article,) = pdf.read(pdf_file(tmp_path / "bericht.pdf"))
    assert "eine neue Vereinbarung über" in article.text
    assert "Die EU-Kommission hatte" in article.text
    assert "Die Ein- und Ausfahrt" in article.text
    assert "die Hafenbehörde in einer" in article.text
    assert "Bürgerbeteiligung" in article.text
    assert article.title == PDF_TITLE
    assert_clean(article.text)


def test_pdf_drops_running_headers_and_page_numbers(tmp_path):
    (article,) = pdf.read(pdf_file(tmp_path / "bericht.pdf"))
    assert PDF_HEADER not in article.text
    assert "Seite" not in article.text
    assert not re.search(r"\d", article.text)


def test_join_lines_rules():
    assert pdf.join_lines(["Die Verein-", "barung gilt."]) == "Die Vereinbarung gilt."
    assert pdf.join_lines(["Die EU-", "Kommission tagt."]) == "Die EU-Kommission tagt."
    assert pdf.join_lines(["Vor- oder", "Nachteile"]) == "Vor- oder Nachteile"
    assert pdf.join_lines(["Ein-", "oder Ausgang"]) == "Ein- oder Ausgang"


def test_page_numbers_alone_on_a_line_go_but_numbers_in_text_stay():
    pages = [["Kopf", "Im Jahr 2019 kamen 300 Gäste.", "- 7 -"], ["Kopf", "Text.", "Seite 8"]]
    assert pdf.body_lines(pages) == [["Kopf", "Im Jahr 2019 kamen 300 Gäste."],
                                     ["Kopf", "Text."]]


def test_scanned_pdf_is_one_clear_line(tmp_path):
    scan = pdf_file(tmp_path / "scan.pdf", text_layer=False)
    assert_one_clear_line(scan, "no text layer")


def test_truncated_pdf_is_one_clear_line(tmp_path):
    whole = pdf_file(tmp_path / "ganz.pdf").read_bytes()
    cut = tmp_path / "halb.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    assert_one_clear_line(cut, "not a readable PDF document")


def test_password_protected_pdf_is_one_clear_line(tmp_path):
    locked = encrypted_pdf(tmp_path / "geheim.pdf", pdf_file(tmp_path / "offen.pdf"))
    assert_one_clear_line(locked, "password-protected PDF")


def test_pdf_found_by_its_signature_whatever_its_suffix(tmp_path):
    assert readers.reader_for(pdf_file(tmp_path / "scan.txt")) is pdf


# --- Kindle and KOReader look-ups -----------------------------------------------------------

def test_kindle_lookups_are_german_sentences_with_the_book_as_source(tmp_path):
    found = kindle.read(kindle_db(tmp_path / "vocab.db"))
    assert [(a.title, a.looked_up) for a in found] == [
        (BOOK_TITLE, ("Anlegestelle",)), (BOOK_TITLE, ("Verbeugung",)), ("Am Deich", ("Haus",))]
    assert found[0].text == "Die Fähre erreichte am Morgen die schmale Anlegestelle."
    assert not any("lighthouse" in a.text for a in found)  # English look-ups are left out


def test_koreader_lookups_are_cut_to_their_sentence(tmp_path):
    found = koreader.read(koreader_db(tmp_path / "vocabulary_builder.sqlite3"))
    assert [a.text for a in found] == [
        "In der Nacht brachte eine gewaltige Sturmflut die Fischkutter in Gefahr.",
        "Das Meer beruhigte sich, und die Kinder sammelten Muscheln am Strand.",
        "Am Abend ging der Vater noch einmal zum Hafen hinunter."]
    assert found[1].looked_up == ("Muscheln", "Muschel")
    assert found[2].title == "Am Deich"


def test_lookup_databases_found_by_their_tables_whatever_their_name(tmp_path):
    assert readers.reader_for(kindle_db(tmp_path / "kopie.sqlite3")) is kindle
    assert readers.reader_for(koreader_db(tmp_path / "kopie.db")) is koreader


@pytest.mark.parametrize("name", ["vocab.db", "vocabulary_builder.sqlite3"])
def test_empty_file_foreign_and_empty_database_are_one_clear_line(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(InputError, match="the file is empty"):
        readers.read_file(path)
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (id INTEGER, flds TEXT)")
    assert_one_clear_line(path, r"not a (Kindle|KOReader)")
    path.unlink()
    (kindle_db if name == "vocab.db" else koreader_db)(path, [])
    if name == "vocab.db":
        path.unlink()
        kindle_db(path, [], ())
    with pytest.raises(InputError, match="no (German )?look-ups"):
        readers.read_file(path)


def test_a_text_file_named_vocab_db_is_not_a_database(tmp_path):
    path = tmp_path / "vocab.db"
    path.write_text(GERMAN, encoding="utf-8")
    with pytest.raises(InputError, match="not an SQLite database"):
        readers.read_file(path)


# --- the suffix table, folders ------------------------------------------------------------

def test_every_format_has_the_readers_interface():
    for fmt in readers.FORMATS:
        assert isinstance(fmt.NAME, str) and callable(fmt.sniff) and callable(fmt.read)
    assert readers.READERS[".epub"] is epub and readers.READERS[".srt"] is subtitles
    assert readers.READERS[".txt"] is text and readers.READERS[".pdf"] is pdf


def test_folder_of_mixed_formats_reads_each_and_skips_the_rest_in_one_warning(tmp_path):
    (tmp_path / "artikel.txt").write_text(GERMAN, encoding="utf-8")
    epub_file(tmp_path / "buch.epub")
    subtitle_file(tmp_path / "folge.srt", SRT)
    pdf_file(tmp_path / "bericht.pdf")
    kindle_db(tmp_path / "vocab.db")
    (tmp_path / "bild.png").write_bytes(png_bytes())
    (tmp_path / "notiz.docx").write_bytes(b"PK\x03\x04" + bytes(40))
    with pytest.warns(SkippedFileWarning) as caught:
        found = readers.read_articles([tmp_path])
    assert len(caught) == 1
    assert "skipped 2 file(s)" in str(caught[0].message)
    assert "bild.png" in str(caught[0].message) and "notiz.docx" in str(caught[0].message)
    titles = {a.title for a in found}
    assert {"artikel", CHAPTER_1, "folge.srt 00:00:01", PDF_TITLE, BOOK_TITLE} <= titles


@pytest.mark.parametrize("make", [
    lambda p: p.with_suffix(".epub").write_bytes(b"PK\x03\x04kaputt"),
    lambda p: p.with_suffix(".pdf").write_bytes(b"%PDF-1.4\n1 0 obj"),
    lambda p: p.with_suffix(".srt").write_bytes(bytes(range(256))),
    lambda p: p.with_suffix(".db").write_bytes(b""),
])
def test_bad_file_in_a_folder_is_a_warning_and_the_rest_is_read(tmp_path, make):
    (tmp_path / "artikel.txt").write_text(GERMAN, encoding="utf-8")
    make(tmp_path / "kaputt")
    with pytest.warns(SkippedFileWarning, match="skipped .*kaputt"):
        found = readers.read_articles([tmp_path])
    assert [a.title for a in found] == ["artikel"]


def test_subtitles_in_english_are_warned_about(tmp_path):
    english = "1\n00:00:01,000 --> 00:00:02,000\n" + (
        "The weather was fine and we went to the beach with our friends. " * 4) + "\n"
    with pytest.warns(NotGermanWarning):
        subtitles.read(subtitle_file(tmp_path / "en.srt", english))


def test_pdf_deck_is_named_after_the_file_not_its_metadata(tmp_path):
    from learner import build

    report = pdf_file(tmp_path / "bericht-mai.pdf", title="Microsoft Word - entwurf3.docx")
    assert build.deck_name_for([report]) == "bericht-mai"
    assert pdf.read(report)[0].title == "Microsoft Word - entwurf3.docx"


def test_epub_html_entities_are_characters_not_glue(tmp_path):
    chapters = {"a.xhtml": ("x", "<p>Das&nbsp;Haus &amp; der&#160;Garten &auml;rgern "
                                 "&bdquo;mich&ldquo; &unbekannt;.</p>")}
    (article,) = epub.read(epub_file(tmp_path / "b.epub", chapters))
    assert article.text == "Das Haus & der Garten ärgern „mich“ ."


def test_epub2_chapters_titled_from_the_ncx(tmp_path):
    # Headings that differ from the table of contents show which one named the chapter.
    chapters = {"kap1.xhtml": ("x", "<h1>I.</h1><p>Der Zug hielt am kleinen Bahnhof.</p>"),
                "kap2.xhtml": ("y", "<h1>II.</h1><p>Niemand stieg aus dem Wagen.</p>")}
    found = epub.read(epub_file(tmp_path / "alt.epub", chapters, epub2=True))
    assert [a.title for a in found] == [CHAPTER_1, CHAPTER_2]


def test_an_ellipsis_at_a_cues_end_runs_on_into_the_next():
    assert subtitles.sentences([(0, "Ich wollte..."), (2000, "dir etwas sagen."),
                                (4000, "Was denn?")]) == [
        (0, "Ich wollte... dir etwas sagen."), (4000, "Was denn?")]


def test_a_closing_quote_stays_with_its_sentence():
    assert [t for _, t in subtitles.sentences([(0, "Sie rief: „Komm sofort!“ Dann ging sie.")])] \
        == ["Sie rief: „Komm sofort!“", "Dann ging sie."]
