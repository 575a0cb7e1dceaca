"""Decks from every format, imported into the real Anki: lemmas, examples and sources, and no
markup, timestamp, page number or hyphenation break on any card. Then the command line: bad
input is one line, a non-zero exit and no deck; --deck; web addresses served from 127.0.0.1."""

from __future__ import annotations

import functools
import html
import http.server
import re
import threading
import zipfile

import pytest

from learner import build
from tests.anki_collection import import_package, new_collection, notes_by_lemma
from tests.command_line import run_cli
from tests.reader_samples import (
    ASS,
    BOOK_TITLE,
    CHAPTER_1,
    CHAPTER_2,
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
from tests.samples import GERMAN

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Neue Fähre für die Insel – Inselbote</title></head>
<body><nav><a href="/">Startseite</a> | <a href="/region">Region</a></nav>
<article><h1>Neue Fähre für die Insel</h1>
<p>Die Gemeinde hat eine neue Fähre bestellt, die ab dem Sommer zwischen Festland und Insel
pendeln soll. Der Bürgermeister sprach von einer <em>Entlastung</em> für die Pendler.</p>
<p>Die alte Fähre wird nach vierzig Jahren ausgemustert und an ein Museum verkauft.</p>
</article><footer>Impressum Datenschutz</footer></body></html>"""

_TAG = re.compile(r"<[^>]+>")
# Our own HTML on the card (the example list, the highlighted word) is taken off first; what
# is left must hold none of the input's markup.
_LEFTOVERS = re.compile(r"<|>|\{\\|\\N|\[[^\]]*\]|\((?:lacht|seufzt|Musik)|-->|\d\d:\d\d:\d\d,"
                        r"|Seite \d"
                        # a hyphenation break; "Ein- und Ausfahrt" is a compound's shared part
                        r"|[^\W\d_]-\s(?!und |oder )|[^\W\d_]\u00ad")


def _plain(field: str) -> str:
    """A field's text as a learner reads it: our own tags off, spaces collapsed."""
    text = re.sub(r"</?(?:b|span)[^>]*>", "", field)  # the highlight sits inside a word's text
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _deck(tmp_path, source, **options) -> dict[str, dict[str, str]]:
    """Build a deck from `source`, import it into a fresh Anki collection, return its notes."""
    output = tmp_path / "deck.apkg"
    build.build_deck([source], output, **options)
    col = new_collection(tmp_path)
    try:
        assert import_package(col, output)["new"] > 0
        notes = notes_by_lemma(col)
    finally:
        col.close()
    for fields in notes.values():
        for name in ("Examples", "Source", "Lemma", "Forms"):
            assert not _LEFTOVERS.search(_plain(fields.get(name, ""))), (name, fields[name])
    return notes


pytestmark = pytest.mark.slow


def test_epub_deck(tmp_path):
    notes = _deck(tmp_path, epub_file(tmp_path / "buch.epub"))
    assert {"Anlegestelle", "Hafenmeister", "Sturmflut", "Fischkutter"} <= set(notes)
    assert "Leuchtturmwärter" not in notes  # only in a footnote
    assert _plain(notes["Anlegestelle"]["Source"]) == CHAPTER_1
    assert _plain(notes["Sturmflut"]["Source"]) == CHAPTER_2
    assert "die schmale Anlegestelle des Dorfes." in _plain(notes["Anlegestelle"]["Examples"])
    assert "12" not in _plain(notes["Sturmflut"]["Examples"])


@pytest.mark.parametrize(("name", "content", "lemma", "sentence", "source"), [
    ("folge.srt", SRT, "Fußmatte", "Er lag unter der Fußmatte.", "folge.srt 00:01:10"),
    ("folge.srt", SRT, "verfallen", "Wir müssen die Vereinbarung noch heute unterschreiben, "
     "sonst verfällt das Angebot.", "folge.srt 00:00:01"),
    ("folge.vtt", VTT, "vertagen", "Die Bürgermeisterin hat die Sitzung vertagt, weil die "
     "Unterlagen fehlten.", "folge.vtt 00:00:02"),
    ("folge.vtt", VTT, "Weinlese", "Morgen beginnt die Weinlese im Tal.", "folge.vtt 00:02:05"),
    ("folge.ass", ASS, "Pflug", "Der Schmied reparierte den zerbrochenen Pflug noch vor dem "
     "Gewitter.", "folge.ass 00:00:03"),
])
def test_subtitle_decks(tmp_path, name, content, lemma, sentence, source):
    notes = _deck(tmp_path, subtitle_file(tmp_path / name, content))
    assert _plain(notes[lemma]["Examples"]) == sentence
    assert _plain(notes[lemma]["Source"]) == source


def test_pdf_deck(tmp_path):
    notes = _deck(tmp_path, pdf_file(tmp_path / "bericht.pdf"))
    assert {"Bürgerbeteiligung", "Hafenbehörde", "Umgehungsstraße", "Kaimauer"} <= set(notes)
    assert "Kritiker bemängeln die fehlende Bürgerbeteiligung bei der Planung der " \
        "Umgehungsstraße." in _plain(notes["Bürgerbeteiligung"]["Examples"])
    assert _plain(notes["Kaimauer"]["Source"]) == PDF_TITLE
    # The halves of hyphenated words are no words of their own.
    assert not {"Bürgerbeteili", "Hafenbehör", "barung", "Verein"} & set(notes)


def test_kindle_deck_has_every_german_look_up_whatever_the_threshold(tmp_path):
    notes = _deck(tmp_path, kindle_db(tmp_path / "vocab.db"), max_zipf=3.0)
    # "Haus" (Zipf 5.4) and "Verbeugung" (3.0) are above or at any threshold; the sentences'
    # other words (Fähre, Hafenmeister) were not looked up, the English word is not German.
    assert set(notes) == {"Anlegestelle", "Verbeugung", "Haus"}
    assert _plain(notes["Haus"]["Source"]) == "Am Deich"
    assert _plain(notes["Anlegestelle"]["Examples"]) == \
        "Die Fähre erreichte am Morgen die schmale Anlegestelle."
    assert _plain(notes["Anlegestelle"]["Source"]) == BOOK_TITLE


def test_kindle_look_ups_obey_a_threshold_that_is_given(tmp_path):
    words = build.find_words([kindle_db(tmp_path / "vocab.db")], max_zipf=4.0,
                             threshold_for_looked_up=True)
    assert {w.lemma for w in words} == {"Anlegestelle", "Verbeugung"}


def test_koreader_deck(tmp_path):
    notes = _deck(tmp_path, koreader_db(tmp_path / "vocabulary_builder.sqlite3"))
    # "ging ... hinunter" was looked up as "ging": its card is the separable verb.
    assert set(notes) == {"Sturmflut", "Muschel", "hinuntergehen"}
    assert _plain(notes["Muschel"]["Examples"]) == \
        "Das Meer beruhigte sich, und die Kinder sammelten Muscheln am Strand."
    assert _plain(notes["hinuntergehen"]["Source"]) == "Am Deich"


def test_looked_up_form_rule():
    assert build.words._looked_up_form("hinunterging", "hinuntergehen", "VERB", {"ging"})
    assert build.words._looked_up_form("gingen", "gehen", "VERB", {"gingen"})
    # A compound's head is another word than the compound: only verbs carry a particle.
    assert not build.words._looked_up_form("hausflur", "hausflur", "NOUN", {"flur"})


# --- the command line -----------------------------------------------------------------------

def _corrupt_zip(path):
    data = epub_file(path.with_name("ganz.epub")).read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncated_pdf(path):
    data = pdf_file(path.with_name("ganz.pdf")).read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _encrypted_pdf(path):
    encrypted_pdf(path, pdf_file(path.with_name("offen.pdf")))


def _binary_srt(path):
    path.write_bytes(bytes(range(256)) * 4)


def _empty_db(path):
    path.write_bytes(b"")


def _foreign_db(path):
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (id INTEGER, flds TEXT)")


def _drm_epub(path):
    epub_file(path, extra={"META-INF/rights.xml": "<rights/>"})


def _scanned_pdf(path):
    pdf_file(path, text_layer=False)


BAD = [
    ("kaputt.epub", _corrupt_zip, "not a readable EPUB book"),
    ("drm.epub", _drm_epub, "DRM-protected EPUB"),
    ("halb.pdf", _truncated_pdf, "not a readable PDF document"),
    ("geheim.pdf", _encrypted_pdf, "password-protected PDF"),
    ("scan.pdf", _scanned_pdf, "no text layer"),
    ("film.srt", _binary_srt, "binary data"),
    ("vocab.db", _empty_db, "the file is empty"),
    ("vocabulary_builder.sqlite3", _foreign_db, "not a KOReader vocabulary builder database"),
    ("vocab.db", _foreign_db, "not a Kindle Vocabulary Builder database"),
]


@pytest.mark.parametrize(("name", "make", "fragment"), BAD,
                         ids=[f"{b[0]}-{b[1].__name__}" for b in BAD])
def test_bad_lone_file_is_one_line_a_nonzero_exit_and_no_deck(tmp_path, capsys, name, make,
                                                              fragment):
    path = tmp_path / name
    make(path)
    output = tmp_path / "deck.apkg"
    code, out, err = run_cli(capsys, "build", path, "-o", output)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("learner: error: "), err
    assert str(path) in lines[0] and fragment in lines[0]
    assert "Traceback" not in err and out == ""
    assert not output.exists()


@pytest.mark.parametrize(("name", "make", "fragment"), BAD,
                         ids=[f"{b[0]}-{b[1].__name__}" for b in BAD])
def test_bad_file_in_a_folder_is_a_warning_and_the_rest_is_built(tmp_path, capsys, name, make,
                                                                 fragment):
    folder = tmp_path / "mappe"
    folder.mkdir()
    (folder / "artikel.txt").write_text(GERMAN, encoding="utf-8")
    make(folder / name)
    for helper in ("ganz.epub", "ganz.pdf", "offen.pdf"):
        (folder / helper).unlink(missing_ok=True)
    output = tmp_path / "deck.apkg"
    code, out, err = run_cli(capsys, "build", folder, "-o", output)
    assert code == 0, err
    lines = [line for line in err.strip().splitlines() if "german-nouns" not in line]
    assert len(lines) == 1 and lines[0].startswith("learner: warning: skipped "), err
    assert fragment in lines[0]
    assert out.startswith("wrote ") and zipfile.is_zipfile(output)


def test_deck_option_sets_the_name_with_levels(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(GERMAN, encoding="utf-8")
    code, out, err = run_cli(capsys, "build", article, "--deck", "Deutsch:: Zeitung ::Mai",
                             "-o", tmp_path / "d.apkg")
    assert code == 0, err
    assert "deck 'Deutsch::Zeitung::Mai'" in out
    code, _, err = run_cli(capsys, "build", article, "--deck", "Deutsch::", "-o",
                           tmp_path / "e.apkg")
    assert code == 2 and "empty level" in err and not (tmp_path / "e.apkg").exists()


def test_one_deck_across_builds_from_a_file_and_its_folder(tmp_path):
    folder = tmp_path / "zeitung"
    folder.mkdir()
    (folder / "a.txt").write_text(GERMAN, encoding="utf-8")
    output = tmp_path / "zeitung.apkg"
    first, _ = build.build_deck([folder / "a.txt"], output, deck_name="German::Zeitung")
    second, _ = build.build_deck([folder], output, deck_name="German::Zeitung")
    assert first.deck_name == second.deck_name == "German::Zeitung"
    col = new_collection(tmp_path)
    try:
        import_package(col, output)
        import_package(col, output)
        assert [d.name for d in col.decks.all_names_and_ids() if d.name != "Default"] == \
            ["German", "German::Zeitung"]
    finally:
        col.close()


def test_book_deck_is_named_after_its_title(tmp_path, capsys):
    book = epub_file(tmp_path / "x17.epub")
    summary, _ = build.build_deck([book], tmp_path / "d.apkg")
    assert summary.deck_name == f"German::{BOOK_TITLE}"


# --- web addresses ---------------------------------------------------------------------------

@pytest.fixture
def server(tmp_path):
    """A web server on 127.0.0.1 serving a folder: no test reaches the internet."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "artikel.html").write_text(PAGE, encoding="utf-8")
    (site / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20))
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:  # the test's stderr is learner's only
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_web_address_is_read_as_a_saved_page(tmp_path, server):
    from learner import readers

    (article,) = readers.read_input(f"{server}/artikel.html")
    assert article.title.startswith("Neue Fähre für die Insel")
    assert "Die Gemeinde hat eine neue Fähre bestellt" in article.text
    assert "Startseite" not in article.text and "Impressum" not in article.text
    notes = _deck(tmp_path, f"{server}/artikel.html")
    assert "ausmustern" in notes
    assert _plain(notes["ausmustern"]["Source"]).startswith("Neue Fähre für die Insel")


@pytest.mark.parametrize(("page", "fragment"), [
    ("fehlt.html", "HTTP 404"),
    ("bild.png", "answers with image/png, not a web page"),
])
def test_bad_web_address_is_one_line(tmp_path, capsys, server, page, fragment):
    output = tmp_path / "d.apkg"
    code, out, err = run_cli(capsys, "build", f"{server}/{page}", "-o", output)
    assert code == 2 and fragment in err and len(err.strip().splitlines()) == 1, err
    assert not output.exists()


def test_unreachable_address_is_one_line(tmp_path, capsys):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = run_cli(capsys, "words", f"http://127.0.0.1:{port}/x.html")
    assert code == 2 and "cannot fetch the page" in err and len(err.strip().splitlines()) == 1


def test_silent_server_times_out(monkeypatch):
    import socket

    from learner.errors import InputError
    from learner.readers import web

    with socket.socket() as s:  # listens but never answers
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(InputError, match="no answer within 0.5 s"):
            web.fetch(f"http://127.0.0.1:{s.getsockname()[1]}/", timeout=0.5)


def test_words_lists_every_look_up_unless_a_threshold_is_given(tmp_path, capsys):
    db = kindle_db(tmp_path / "vocab.db")
    code, out, err = run_cli(capsys, "words", db)
    assert code == 0, err
    assert {line.split()[-1] for line in out.splitlines()} == \
        {"Anlegestelle", "Verbeugung", "Haus"}
    code, out, err = run_cli(capsys, "words", db, "--max-zipf", "4")
    assert code == 0, err
    assert {line.split()[-1] for line in out.splitlines()} == {"Anlegestelle", "Verbeugung"}


def test_a_subtitle_files_cards_carry_one_tag_for_the_file(tmp_path):
    from learner import deck

    words = build.find_words([subtitle_file(tmp_path / "folge.srt", SRT)])
    assert {t for w in words for t in deck.note_tags(w) if t.startswith("article::")} == \
        {"article::folge.srt"}
