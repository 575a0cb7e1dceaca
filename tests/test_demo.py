"""The demo article, end to end: the deck a learner imports into the real Anki."""

from __future__ import annotations

import zipfile

import pytest

from learner import build
from tests.anki_collection import import_package, new_collection, notes_by_lemma
from tests.conftest import DEMO_ARTICLE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_deck(tmp_path_factory):
    out = tmp_path_factory.mktemp("deck") / "demo.apkg"
    summary, words = build.build_deck([DEMO_ARTICLE.parent], out)
    return out, summary, words


def test_deck_file_is_an_anki_package(demo_deck):
    path, summary, _ = demo_deck
    assert summary.path == path and path.is_file()
    with zipfile.ZipFile(path) as package:
        assert "collection.anki2" in package.namelist()
    assert not list(path.parent.glob("*.tmp")), "a temporary file was left behind"


def test_anki_imports_the_words_a_learner_needs_and_no_names(demo_deck, tmp_path):
    path, summary, _ = demo_deck
    col = new_collection(tmp_path)
    try:
        log = import_package(col, path)
        notes = notes_by_lemma(col)
        assert log["new"] == summary.notes == col.note_count()
        for lemma in ("Einmischung", "Waffenstillstand", "Abrüstung", "zurückweisen"):
            assert lemma in notes, f"{lemma} missing from the deck"
        for name in ("Trump", "Putin", "Hamburg", "Tillerson"):
            assert not any(name.lower() in lemma.lower() for lemma in notes), name
        # The header line "date 2017-07" is metadata, never vocabulary.
        assert "date" not in notes
        einmischung = notes["Einmischung"]
        assert einmischung["PartOfSpeech"] == "noun"
        assert "<b>Einmischung</b>" in einmischung["Examples"]
        assert "2017-07" in einmischung["Source"]
        assert col.card_count() == summary.cards
    finally:
        col.close()


def test_reimporting_a_rebuilt_deck_updates_instead_of_duplicating(demo_deck, tmp_path):
    path, summary, _ = demo_deck
    rebuilt = tmp_path / "rebuilt.apkg"
    build.build_deck([DEMO_ARTICLE], rebuilt)
    col = new_collection(tmp_path)
    try:
        import_package(col, path)
        second = import_package(col, rebuilt)
        assert second["new"] == 0
        assert col.note_count() == summary.notes
        notes_by_lemma(col)  # asserts no lemma appears twice
    finally:
        col.close()


def test_separated_verb_is_joined_and_highlighted_where_it_stands(demo_deck):
    _, _, words = demo_deck
    by_lemma = {w.lemma: w for w in words}
    assert "auseinandergehen" in by_lemma
    example = by_lemma["auseinandergehen"].examples[0]
    marked = [example.sentence[a:b] for a, b in example.highlights]
    assert marked == ["gingen", "auseinander"]
