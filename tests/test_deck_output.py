"""Writing the .apkg: atomic replacement, nothing partial or left behind, safe file names.

(deck.write_package and build's file naming; the cards' content is tested elsewhere.)
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import genanki
import pytest

from learner import build, cli, deck
from learner.errors import OutputError
from learner.vocabulary import Example, Word
from tests.samples import GERMAN


def small_package(lemma: str = "Einmischung") -> genanki.Package:
    sentence = f"Die {lemma} wurde zurückgewiesen."
    word = Word(lemma=lemma, pos="NOUN", count=1, forms=(lemma,),
                examples=(Example(sentence, ((4, 4 + len(lemma)),), "a"),), articles=("a",),
                zipf=3.0)
    return deck.build_package([word], {}, "German::test")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The system's temporary folder, redirected so that leftovers can be counted."""
    folder = tmp_path / "systmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_written_deck_is_a_complete_anki_package(tmp_path, private_tmp):
    path = tmp_path / "out" / "deck.apkg"  # the folder is made
    deck.write_package(small_package(), path, timestamp=1_700_000_000)
    with zipfile.ZipFile(path) as apkg:
        assert sorted(apkg.namelist()) == ["collection.anki2", "media"]
        apkg.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        (fields,) = db.execute("select flds from notes").fetchone()
    assert fields.startswith("Einmischung\x1f")
    assert leftovers(path.parent) == []
    assert list(private_tmp.iterdir()) == []  # genanki's own writer leaves its SQLite here


def test_deck_file_is_an_ordinary_file_not_a_private_one(tmp_path):
    old = os.umask(0o022)
    try:
        deck.write_package(small_package(), tmp_path / "deck.apkg")
    finally:
        os.umask(old)
    assert (tmp_path / "deck.apkg").stat().st_mode & 0o777 == 0o644


def _fail_midway(exc: BaseException):
    real_write = deck.write_stored_zip

    def write(path, members):
        # Half a zip is on disk when the failure comes.
        real_write(path, members[:1])
        raise exc

    return write


@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_failure_midway_keeps_the_previous_deck(tmp_path, monkeypatch, private_tmp, exc):
    path = tmp_path / "deck.apkg"
    deck.write_package(small_package("Einmischung"), path)
    before = path.read_bytes()
    monkeypatch.setattr(deck, "write_stored_zip", _fail_midway(exc))
    with pytest.raises(OutputError if isinstance(exc, OSError) else KeyboardInterrupt) as info:
        deck.write_package(small_package("Vorwurf"), path)
    if isinstance(exc, OSError):
        assert str(info.value) == f"{path}: cannot write the deck (No space left on device)"
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert list(private_tmp.iterdir()) == []


def test_genanki_failing_midway_keeps_the_previous_deck(tmp_path, monkeypatch):
    path = tmp_path / "deck.apkg"
    deck.write_package(small_package(), path)
    before = path.read_bytes()

    def broken(self, cursor, timestamp, id_gen):
        cursor.execute("create table half (x)")
        raise sqlite3.OperationalError("disk I/O error")

    # learner writes the notes itself, and genanki the deck's and note type's JSON.
    monkeypatch.setattr(genanki.Deck, "write_to_db", broken)
    with pytest.raises(OutputError, match="cannot write the deck"):
        deck.write_package(small_package("Vorwurf"), path)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("exc", "code", "message"), [
    (OSError(28, "No space left on device"), 3, "cannot write the deck (No space left"),
    (KeyboardInterrupt(), 130, "interrupted; no deck was written"),
])
def test_cli_build_failing_midway(tmp_path, monkeypatch, capsys, exc, code, message):
    article = tmp_path / "artikel.txt"
    article.write_text(GERMAN, encoding="utf-8")
    out = tmp_path / "deck.apkg"
    assert cli.main(["build", str(article), "-o", str(out)]) == 0
    before = out.read_bytes()
    capsys.readouterr()
    monkeypatch.setattr(deck, "write_stored_zip", _fail_midway(exc))
    assert cli.main(["build", str(article), "-o", str(out), "--max-zipf", "6"]) == code
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err
    assert out.read_bytes() == before
    assert leftovers(tmp_path) == []


# --- file names ------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("Trump trifft Putin", "Trump-trifft-Putin"),
    ("Größe", "Größe"),
    ("Gro\u0308\u00dfe", "Größe"),  # composed, as file systems on macOS would not do it
    ("../../etc/passwd", "etc-passwd"),
    ("a\\b/c", "a-b-c"),
    ("zeile\neins\x00\x1b[31m", "zeile-eins-31m"),
    ("...", "deck"),
    (".versteckt", "versteckt"),
    ("", "deck"),
    ("CON", "deck-CON"),
    ("nul.txt", "deck-nul.txt"),
])
def test_file_safe_names(name, expected):
    assert build.deck_names.file_safe(name) == expected


def test_file_safe_names_fit_a_file_system():
    for name in ("ä" * 300, "𝐀" * 300, "東京" * 200):
        safe = build.deck_names.file_safe(name)
        assert 0 < len(safe.encode("utf-8")) <= 200
        assert safe[0] == name[0]


def test_deck_name_has_no_control_characters_or_subdeck_separator(tmp_path):
    folder = tmp_path / "Kurs\tB1::Zeitung\nneu"
    folder.mkdir()
    assert build.deck_name_for([folder]) == "Kurs B1:Zeitung neu"


def test_default_deck_file_from_an_awkward_folder_name(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "Zeitung: Politik\x7f/"
    folder.mkdir()
    (folder / "a.txt").write_text(GERMAN, encoding="utf-8")
    assert cli.main(["build", str(folder)]) == 0
    written = [p.name for p in (tmp_path / "decks").iterdir()]
    assert written == ["Zeitung-Politik.apkg"]
    assert "German::Zeitung: Politik" in capsys.readouterr().out


# --- the package a rebuild replaces: its media copied as they lie --------------------------

RECORDINGS = {"learner-a.mp3": b"\xff\xf3" + bytes(range(256)) * 4, "learner-b.mp3": b"b" * 700}


def test_media_copied_from_the_package_written_before_are_the_bytes_a_fresh_write_has(
        tmp_path, monkeypatch):
    monkeypatch.setattr(deck.time, "time", lambda: 1_700_000_000.0)  # the zip's member times
    first = tmp_path / "first.apkg"
    written = deck.write_package(small_package(), first, timestamp=1_700_000_000,
                                 media=RECORDINGS)
    assert written.note_time == 1_700_000_000
    packaged = deck.packaged_media(first, written)
    assert {name: bytes(p.data) for name, p in packaged.items()} == RECORDINGS
    # A new recording sorts first, so every member the deck had moves to another number.
    fresh = {"learner-0.mp3": b"new" * 50, **RECORDINGS}
    copied = {"learner-0.mp3": fresh["learner-0.mp3"], **packaged}
    deck.write_package(small_package(), tmp_path / "fresh.apkg", timestamp=1_700_000_001,
                       media=fresh)
    deck.write_package(small_package(), tmp_path / "copied.apkg", timestamp=1_700_000_001,
                       media=copied)
    assert (tmp_path / "copied.apkg").read_bytes() == (tmp_path / "fresh.apkg").read_bytes()
    with zipfile.ZipFile(tmp_path / "copied.apkg") as apkg:
        assert apkg.testzip() is None  # every member's CRC-32 checks


def test_a_package_edited_or_replaced_since_it_was_written_gives_nothing_to_copy(tmp_path):
    path = tmp_path / "deck.apkg"
    written = deck.write_package(small_package(), path, media=RECORDINGS)
    assert deck.packaged_media(path, written, with_media=False) == {}
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert deck.packaged_media(path, written) is None
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert deck.packaged_media(path, written) is not None
    again = deck.write_package(small_package(), path, media=RECORDINGS)  # another file
    assert deck.packaged_media(path, written) is None
    assert deck.packaged_media(path, again) is not None
    path.unlink()
    assert deck.packaged_media(path, again) is None
