"""The one note-type change (audio, IPA and the fields foreseen), in the real Anki.

A learner has studied a deck built by learner before the change (commit 053d043, the last
one with fifteen fields), then imports a deck built by this version with the choices the
README names: "Merge note types" ticked, "Update notes: Always". Every card keeps its
scheduling, review history, flag and deck, and the notes gain the new fields in place.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from learner import build, deck
from tests.samples import summit_corpus

pytestmark = pytest.mark.slow
pytest.importorskip("anki.collection")

from tests.anki_collection import import_package, new_collection, notes_by_lemma  # noqa: E402
from tests.anki_helpers import schedule, study  # noqa: E402
from tests.test_regeneration import import_with  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# The last commit before the note type changed: its decks are what learners have today.
BEFORE = "053d043"
DECK_NAME = "German::corpus"


def old_learner(folder: Path) -> Path:
    """The `learner` package as it was at BEFORE, unpacked into `folder`."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", BEFORE, "learner"],
                                 capture_output=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        pytest.skip(f"commit {BEFORE} is not in this checkout's history (git archive failed)")
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True, timeout=60)
    return folder


def build_with_old_learner(code: Path, corpus: Path, output: Path) -> None:
    script = ("import sys; from learner import build; "
              "build.build_deck([sys.argv[1]], sys.argv[2], max_zipf=3.5)")
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run([sys.executable, "-c", script, str(corpus), str(output)], env=env,
                          capture_output=True, text=True, timeout=600, cwd=code)
    assert done.returncode == 0, done.stderr
    assert "IPA" not in done.stderr


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    root = tmp_path_factory.mktemp("note-type-change")
    corpus = summit_corpus(root, "a-gipfel.txt")
    code = old_learner(tmp_path_factory.mktemp("learner-053d043"))
    old_deck, new_deck = root / "old.apkg", root / "new.apkg"
    build_with_old_learner(code, corpus, old_deck)

    col = new_collection(root)
    import_package(col, old_deck)  # as the learner did, with the dialog's defaults
    # Read from the database: the Python side's note-type cache would outlive the import.
    old_type = col.db.scalar("SELECT id FROM notetypes WHERE name = ?", deck.NOTE_TYPE_NAME)
    assert col.db.list("SELECT name FROM fields WHERE ntid = ? ORDER BY ord", old_type) == \
        list(deck.FIELDS[:15])
    studied = study(col, DECK_NAME, 4)
    col.set_user_flag_for_cards(3, [studied[0]])
    col.sched.suspend_cards([studied[1]])
    col.set_deck([studied[2]], col.decks.id("Hard words"))
    time.sleep(1.1)  # a new deck is newer than the old one by whole seconds
    cards_before = {cid: schedule(col, cid) for cid in col.find_cards("")}
    notes_before = {nid: col.get_note(nid).guid for nid in col.find_notes("")}

    summary, _ = build.build_deck([corpus], new_deck, max_zipf=3.5)
    # Merging rewrites the collection's notes with the import's time, and "Always" updates a
    # note whose time differs from the deck's: a learner imports minutes after building, a
    # test must not do it in the same second.
    time.sleep(1.1)
    log = import_with(col, new_deck, merge_notetypes=True, update_notes="always")
    # Opened afresh, as the desktop program shows it: the Python side of `anki` caches note
    # types, and the import changed one behind its back.
    col.close()
    col = new_collection(root)
    yield {"col": col, "cards_before": cards_before, "notes_before": notes_before,
           "studied": studied, "log": log, "summary": summary, "old_type_id": old_type}
    col.close()


def test_every_card_keeps_its_schedule_history_flag_and_deck(migrated):
    col = migrated["col"]
    assert set(col.find_cards("")) == set(migrated["cards_before"])
    for cid, before in migrated["cards_before"].items():
        assert schedule(col, cid) == before, cid
    flagged, suspended, moved, _ = migrated["studied"]
    assert col.get_card(flagged).flags == 3
    assert col.get_card(suspended).queue == -1
    assert col.decks.name(col.get_card(moved).did) == "Hard words"
    studied = [migrated["cards_before"][cid] for cid in migrated["studied"]]
    assert all(s["reps"] == 1 and len(s["revlog"]) == 1 for s in studied)


def test_notes_are_updated_in_place_under_one_note_type(migrated):
    col = migrated["col"]
    assert migrated["log"]["updated"] == len(migrated["notes_before"])
    assert migrated["log"]["new"] == migrated["log"]["conflicting"] == 0
    assert {nid: col.get_note(nid).guid for nid in col.find_notes("")} == \
        migrated["notes_before"]
    in_use = [m for m in col.models.all() if col.models.use_count(m)]
    assert [m["name"] for m in in_use] == [deck.NOTE_TYPE_NAME]
    assert in_use[0]["id"] == migrated["old_type_id"] == deck.NOTE_TYPE_ID
    assert [f["name"] for f in in_use[0]["flds"]] == list(deck.FIELDS)
    assert [t["name"] for t in in_use[0]["tmpls"]] == [
        "Recognition", "Production", "Cloze", "Listening"]
    assert col.models.by_name(deck.NOTE_TYPE_NAME + "+") is None


def test_the_notes_gain_ipa_and_audio(migrated):
    col = migrated["col"]
    notes = notes_by_lemma(col)
    assert notes["Einmischung"]["IPA"].startswith("ˈaɪ̯n")
    if migrated["summary"].notes and any(n["Audio"] for n in notes.values()):
        for fields in notes.values():
            name = fields["Audio"][len("[sound:"):-1]
            assert os.path.isfile(os.path.join(col.media.dir(), name))
    elif os.environ.get("CI"):
        pytest.fail("no audio in CI, where .ci/run installs espeak-ng")


def test_no_card_is_added_by_the_new_card_kind(migrated):
    # The listening card is made only on request (--cards ...,listening).
    col = migrated["col"]
    assert col.card_count() == len(migrated["cards_before"])
