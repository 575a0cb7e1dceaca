"""--known: word lists, decks built earlier and Anki collections, matched by lemma."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from learner import build, known, nlp
from learner.cli import main
from learner.errors import KnownWordsError
from tests.samples import SUMMIT as ARTICLE


@pytest.fixture(scope="module")
def pipeline():
    return nlp.load_pipeline()


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "gipfel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def lemmas_of(tmp_path, article, *known_paths, **options) -> set[str]:
    return {w.lemma for w in build.find_words([article], max_zipf=5.0,
                                              known_words=list(known_paths), **options)}


def fingerprint(*paths: Path) -> list[tuple[str, int]]:
    """Content hash and modification time of each file that exists."""
    return [(hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in paths if p.exists()]


# --- word lists -------------------------------------------------------------------------------

def test_word_list_matches_any_inflected_form_by_lemma(tmp_path, article):
    words = tmp_path / "known.txt"
    words.write_text("# words I know\nVorwürfe\n\ndie Einmischung\nunterzeichneten\n"
                     "rahmenvereinbarung  # lower case still names the noun\n",
                     encoding="utf-8")
    everything = lemmas_of(tmp_path, article)
    assert {"Vorwurf", "Einmischung", "unterzeichnen", "Rahmenvereinbarung",
            "Abrüstung"} <= everything
    left = lemmas_of(tmp_path, article, words)
    assert not {"Vorwurf", "Einmischung", "unterzeichnen", "Rahmenvereinbarung"} & left
    assert everything - left == {"Vorwurf", "Einmischung", "unterzeichnen",
                                 "Rahmenvereinbarung"}


def test_entries_are_cleaned_and_phrases_are_not_taken_word_by_word(pipeline):
    assert known.clean_entry("<b>Vorwurf</b>, -e") == "Vorwurf"
    assert known.clean_entry("gehen (ging, gegangen)") == "gehen"
    assert known.clean_entry("{{c1::Abrüstung::noun}}&nbsp;[sound:a.mp3]") == "Abrüstung"
    found = known.lemmatize(["sich treffen", "Vorwürfe",
                             "Ich habe heute leider keine Zeit für dich."], pipeline)
    assert {"treffen", "Vorwurf"} <= found
    assert "Zeit" not in found and "sich" not in found  # a sentence names no known word


def test_known_files_accumulate(tmp_path, article):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Abrüstung\n", encoding="utf-8")
    b.write_text("Waffenstillstand\n", encoding="utf-8")
    left = lemmas_of(tmp_path, article, a, b)
    assert "Abrüstung" not in left and "Waffenstillstand" not in left
    assert "Einmischung" in left


# --- unknown words in example sentences ------------------------------------------------------

def test_unknown_words_of_examples_are_those_below_the_threshold_and_not_known():
    from learner.vocabulary import Example, Word

    sentence = (("Regierung", "NOUN"), ("Einmischung", "NOUN"), ("Wahlkampf", "NOUN"),
                ("zurückweisen", "VERB"), ("Quabbelwurz", "NOUN"), ("Einmischung", "NOUN"))
    example = Example("…", ((0, 1),), "a", words=sentence)

    def word(lemma: str, pos: str, zipf: float) -> Word:
        return Word(lemma, pos, 1, (lemma,), (example,), ("a",), zipf=zipf)

    words = [word("Regierung", "NOUN", 5.2), word("Einmischung", "NOUN", 3.4),
             word("Wahlkampf", "NOUN", 3.9), word("zurückweisen", "VERB", 3.8),
             word("Quabbelwurz", "NOUN", 0.0)]
    unknown = known.unknown_words(words, 4.0, frozenset({"wahlkampf"}))
    # Above the threshold or in --known: known. Zipf 0: never known (as `learner stats`).
    assert unknown == {("Einmischung", "NOUN"), ("zurückweisen", "VERB"),
                       ("Quabbelwurz", "NOUN")}
    counted = {w.lemma: w.examples[0] for w in known.count_unknown(words, unknown)}
    # The word itself is never one of its sentence's unknown words, however often it occurs.
    assert counted["Einmischung"].unknown == ("zurückweisen", "Quabbelwurz")
    assert counted["Regierung"].unknown == ("Einmischung", "zurückweisen", "Quabbelwurz")
    assert not counted["Einmischung"].is_i_plus_one
    one = known.count_unknown(words[1:2], frozenset({("Einmischung", "NOUN")}))
    assert one[0].examples[0].is_i_plus_one


# --- an .apkg built earlier -------------------------------------------------------------------

def test_deck_built_earlier_skips_its_words(tmp_path, article):
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Die Abrüstung kam voran. Der Waffenstillstand hielt.\n",
                       encoding="utf-8")
    old_deck = tmp_path / "old.apkg"
    _, old_words = build.build_deck([earlier], old_deck, max_zipf=4.5)
    assert {"Abrüstung", "Waffenstillstand"} <= {w.lemma for w in old_words}
    source = known.read_source(old_deck)
    assert {"Abrüstung", "Waffenstillstand"} <= set(source.lemmas) and not source.texts
    left = lemmas_of(tmp_path, article, old_deck)
    assert "Abrüstung" not in left and "Waffenstillstand" not in left
    assert {"Einmischung", "Rahmenvereinbarung"} <= left


def test_zip_without_a_collection_is_refused(tmp_path):
    bogus = tmp_path / "photos.apkg"
    with zipfile.ZipFile(bogus, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(KnownWordsError, match="without an Anki collection"):
        known.read_source(bogus)


def test_new_format_export_is_read_or_explained(tmp_path):
    # Anki 2.1.50+ exports collection.anki21b (zstd) next to a stub collection.anki2 that only
    # asks to upgrade Anki: the stub must never be taken for the user's words.
    package = tmp_path / "exported.apkg"
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("collection.anki21b", b"not zstd data")
        z.writestr("collection.anki2", b"")
    with pytest.raises(KnownWordsError, match="collection.anki2|damaged"):
        known.read_source(package)


# --- an Anki collection -----------------------------------------------------------------------

anki_collection = pytest.importorskip("tests.anki_collection")


def make_collection(folder: Path, deck: Path | None = None):
    """A real Anki collection with mature Basic notes (HTML in the first field) and,
    optionally, an imported learner deck, all of whose notes are mature too. Returned open,
    as Anki desktop would hold it."""
    col = anki_collection.new_collection(folder)
    basic = col.models.by_name("Basic")
    for front in ("<b>Vorwürfe</b>", "die&nbsp;Einmischung", "Ich kenne dieses Wort nicht."):
        note = col.new_note(basic)
        note["Front"], note["Back"] = front, "…"
        col.add_note(note, col.decks.id("Default"))
    if deck is not None:
        anki_collection.import_package(col, deck)
    for note_id in col.find_notes(""):
        anki_collection.review(col, col.get_note(note_id), 30)
    return col


def test_collection_notes_of_any_type_are_known(tmp_path, article):
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Die Abrüstung kam voran.\n", encoding="utf-8")
    old_deck = tmp_path / "old.apkg"
    build.build_deck([earlier], old_deck, max_zipf=4.5)
    profile = tmp_path / "profile"
    profile.mkdir()
    col = make_collection(profile, old_deck)
    col.close()
    path = profile / "collection.anki2"
    source = known.read_source(path)
    assert known.read_source(profile) == source  # the profile folder names its collection
    assert "Abrüstung" in source.lemmas  # learner's note type: the Lemma field as it is
    assert {"Vorwürfe", "die Einmischung"} <= set(source.texts)  # others: first field, no HTML
    left = lemmas_of(tmp_path, article, path)
    assert not {"Vorwurf", "Einmischung", "Abrüstung"} & left
    assert {"Waffenstillstand", "Rahmenvereinbarung"} <= left


def shared_deck_note_type(col, name: str = "4000 German words"):
    """A note type as shared decks have them: English first, the German word second."""
    models = col.models
    model = models.new(name)
    for field in ("English", "German"):
        models.add_field(model, models.new_field(field))
    template = models.new_template("Card 1")
    template["qfmt"], template["afmt"] = "{{English}}", "{{FrontSide}}<hr id=answer>{{German}}"
    models.add_template(model, template)
    models.add(model)
    return models.by_name(name)


def test_only_words_learned_in_review_are_known(tmp_path, article):
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Die Abrüstung kam voran. Der Waffenstillstand hielt. Die "
                       "Rahmenvereinbarung steht.\n", encoding="utf-8")
    old_deck = tmp_path / "old.apkg"
    build.build_deck([earlier], old_deck, max_zipf=4.5)
    profile = tmp_path / "profile"
    profile.mkdir()
    col = anki_collection.new_collection(profile)
    try:
        anki_collection.import_package(col, old_deck)
        notes = {col.get_note(n)["Lemma"]: col.get_note(n) for n in col.find_notes("")}
        anki_collection.review(col, notes["Abrüstung"], 21)  # mature
        anki_collection.review(col, notes["Waffenstillstand"], 20)  # young
        anki_collection.review(col, notes["Rahmenvereinbarung"], 60, suspended=True)
        # A shared deck's note type, the German word in its second field.
        shared = shared_deck_note_type(col)
        for english, german, interval in (("to sign", "<i>unterzeichnen</i>", 40),
                                          ("reproach", "Vorwürfe", None)):  # a new card
            note = col.new_note(shared)
            note["English"], note["German"] = english, german
            col.add_note(note, col.decks.id("Default"))
            if interval:
                anki_collection.review(col, note, interval)
        # Another note type, with two cards: one mature card makes the note known.
        note = col.new_note(col.models.by_name("Basic (and reversed card)"))
        note["Front"], note["Back"] = "die Einmischung", "interference"
        col.add_note(note, col.decks.id("Default"))
        col.sched.set_due_date(note.card_ids()[1:], "30!")
    finally:
        col.close()
    path = profile / "collection.anki2"
    left = lemmas_of(tmp_path, article, path)
    assert not {"Abrüstung", "Einmischung"} & left
    # Young, suspended and new cards do not count; nor does a field in English.
    assert {"Waffenstillstand", "Rahmenvereinbarung", "Vorwurf", "unterzeichnen"} <= left
    assert "unterzeichnen" not in lemmas_of(tmp_path, article, path, known_field="german")
    assert "Waffenstillstand" not in lemmas_of(tmp_path, article, path,
                                               known_min_interval=20)
    # 0: every note, as before reviews counted.
    assert not {"Waffenstillstand", "Rahmenvereinbarung", "Vorwurf", "Abrüstung"} & lemmas_of(
        tmp_path, article, path, known_min_interval=0, known_field="German")


def test_cli_known_min_interval_and_field(tmp_path, article, capsys):
    profile = tmp_path / "profile"
    profile.mkdir()
    col = anki_collection.new_collection(profile)
    try:
        note = col.new_note(shared_deck_note_type(col))
        note["English"], note["German"] = "disarmament", "Abrüstung"
        col.add_note(note, col.decks.id("Default"))
        anki_collection.review(col, note, 10)
    finally:
        col.close()
    path = str(profile / "collection.anki2")

    def words(*options: str) -> set[str]:
        assert main(["words", str(article), "--max-zipf", "4.5", "--known", path,
                     "--known-field", "German", *options]) == 0
        return {line.split()[-1] for line in capsys.readouterr().out.splitlines()}

    assert "Abrüstung" in words()
    assert "Abrüstung" not in words("--known-min-interval", "10")
    with pytest.raises(SystemExit):
        main(["words", str(article), "--known-min-interval", "-1"])
    assert "0 or more" in capsys.readouterr().err


def test_collection_open_in_anki_is_read_without_touching_it(tmp_path, article):
    profile = tmp_path / "profile"
    profile.mkdir()
    col = make_collection(profile)
    try:
        # Added while "Anki" runs: it may sit only in the write-ahead log so far.
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"] = "Waffenstillstand"
        col.add_note(note, col.decks.id("Default"))
        anki_collection.review(col, note, 25)
        path = profile / "collection.anki2"
        files = (path, profile / "collection.anki2-wal", profile / "collection.anki2-shm")
        before = fingerprint(*files)
        left = lemmas_of(tmp_path, article, path)
        assert fingerprint(*files) == before
        assert not {"Vorwurf", "Einmischung", "Waffenstillstand"} & left
        assert "Rahmenvereinbarung" in left
        assert sorted(p.name for p in profile.iterdir()) == sorted(
            p.name for p in files if p.exists()) + ["collection.media"]
    finally:
        col.close()


def test_collection_locked_by_another_writer_is_still_read(tmp_path, article):
    path = tmp_path / "collection.anki2"
    col = make_collection(tmp_path)
    col.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # no other connection may read now
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0).execute(
                "SELECT count(*) FROM notes").fetchone()
        before = fingerprint(path)
        assert "Vorwürfe" in known.read_source(path).texts
        assert fingerprint(path) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_corrupt_collection_is_one_line_and_nonzero(tmp_path, article, capsys):
    broken = tmp_path / "collection.anki2"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 3000)
    before = fingerprint(broken)
    code = main(["build", str(article), "-o", str(tmp_path / "d.apkg"),
                 "--known", str(broken)])
    err = capsys.readouterr().err
    assert code == KnownWordsError.exit_code != 0
    assert err.count("\n") == 1 and "collection.anki2" in err and "Traceback" not in err
    assert "not a readable Anki collection" in err
    assert fingerprint(broken) == before
    assert not (tmp_path / "d.apkg").exists()


@pytest.mark.parametrize("make, message", [
    (lambda p: p, "no such file"),
    (lambda p: (p.mkdir(), p)[1], "is a folder"),
    (lambda p: (p.write_bytes(b"\xff\xfeV\x00o\x00"), p)[1], "not a UTF-8 word list"),
])
def test_unreadable_known_files_are_one_line(tmp_path, article, capsys, make, message):
    target = make(tmp_path / "known-words")
    code = main(["words", str(article), "--known", str(target)])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and message in err and "Traceback" not in err


def test_cli_known_is_repeatable_and_applies_to_build(tmp_path, article, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Vorwürfe\n", encoding="utf-8")
    b.write_text("Abrüstung\n", encoding="utf-8")
    out = tmp_path / "deck.apkg"
    assert main(["build", str(article), "-o", str(out), "--known", str(a),
                 "--known", str(b), "--max-zipf", "4.5"]) == 0
    capsys.readouterr()
    lemmas = set(known.read_source(out).lemmas)
    assert "Einmischung" in lemmas and not {"Vorwurf", "Abrüstung"} & lemmas


@pytest.mark.parametrize("legacy", [True, False])
def test_packages_exported_by_anki_itself(tmp_path, legacy):
    from anki.collection import ExportAnkiPackageOptions

    col = make_collection(tmp_path)
    out = tmp_path / "exported.apkg"
    try:
        col.export_anki_package(out_path=str(out), limit=None, options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy))
    finally:
        col.close()
    try:
        import zstandard  # noqa: F401
        readable = True
    except ImportError:
        readable = legacy
    if readable:
        assert "Vorwürfe" in known.read_source(out).texts
    else:
        # Anki's own new format: one line that says what to do instead, never the stub
        # collection.anki2 ("please update Anki") read as if it were the user's words.
        with pytest.raises(KnownWordsError, match="Support older Anki versions"):
            known.read_source(out)
