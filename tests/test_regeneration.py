"""A deck that lives in Anki for weeks: build, import, study, add an article, rebuild, import.

Everything goes through the real `anki` package with the desktop import dialog's defaults
("update notes: if newer"), so a note time that did not grow would show as missing updates.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest

from learner import build, deck
from tests.anki_collection import import_package, new_collection, notes_by_lemma
from tests.anki_helpers import cards_by_note, schedule, study
from tests.samples import summit_corpus

pytestmark = pytest.mark.slow

DECK_NAME = "German::corpus"


CLIMATE = """title Streit um den Klimaschutz
date 2017-08-02

Die Umweltverbände kritisierten die Einmischung der Industrie in die Klimapolitik scharf. \
Viele Gemeinden fordern mehr Bürgerbeteiligung bei neuen Windparks.
Die Ministerin versprach eine rasche Aufforstung der Wälder und eine strengere Überwachung der \
Emissionen.
"""


@pytest.fixture(scope="module")
def weeks_later(tmp_path_factory):
    """The whole sequence, run once; each test reads one aspect of the outcome."""
    root = tmp_path_factory.mktemp("regeneration")
    corpus = summit_corpus(root, "a-gipfel.txt")
    output = root / "decks" / "corpus.apkg"

    first, first_words = build.build_deck([corpus], output, max_zipf=3.5)
    first_time = deck.newest_note_time(output)
    col = new_collection(root)
    log1 = import_package(col, output)
    studied = study(col, DECK_NAME, 3)
    # What else a learner does to cards: suspend one, flag another.
    col.sched.suspend_cards([studied[0]])
    col.set_user_flag_for_cards(2, [studied[1]])
    col.set_deck([studied[2]], col.decks.id("Hard words"))  # and move one to a deck of their own
    before = {cid: schedule(col, cid) for cid in studied}
    notes_before = notes_by_lemma(col)

    (corpus / "b-klima.txt").write_text(CLIMATE, encoding="utf-8")
    second, second_words = build.build_deck([corpus], output, max_zipf=4.0)
    log2 = import_package(col, output)
    result = {
        "col": col, "first": first, "second": second, "first_words": first_words,
        "second_words": second_words, "log1": log1, "log2": log2, "studied": studied,
        "before": before, "notes_before": notes_before, "first_time": first_time,
        "second_time": deck.newest_note_time(output),
    }
    yield result
    col.close()


def test_the_sequence_is_what_the_test_means(weeks_later):
    first = {w.lemma for w in weeks_later["first_words"]}
    second = {w.lemma for w in weeks_later["second_words"]}
    assert {"Einmischung", "Abrüstung", "Rahmenvereinbarung"} <= first
    # The second build adds words of the new article and words the higher threshold lets in.
    assert {"Bürgerbeteiligung", "Aufforstung"} <= second - first
    assert "Waffenstillstand" in second - first  # Zipf ~3.6: only above the first threshold
    assert first <= second
    assert len(weeks_later["studied"]) == 3
    assert weeks_later["log1"]["new"] == weeks_later["first"].notes


def test_note_time_grows_between_builds(weeks_later):
    # The two builds run within a second or two of each other: without the guarantee they
    # often share a second, and Anki would skip every update.
    assert weeks_later["second_time"] > weeks_later["first_time"]


def test_no_note_is_duplicated(weeks_later):
    col = weeks_later["col"]
    notes = notes_by_lemma(col)  # fails on a lemma seen twice
    guids = Counter(col.get_note(nid).guid for nid in col.find_notes(""))
    assert max(guids.values()) == 1
    assert col.note_count() == weeks_later["second"].notes == len(notes)
    assert weeks_later["log2"]["duplicate"] == 0 and weeks_later["log2"]["conflicting"] == 0
    # Anki's default deck, the parent "German" and ours: no second copy of the deck.
    assert sorted(d.name for d in col.decks.all_names_and_ids()) == [
        "Default", "German", DECK_NAME, "Hard words"]


def test_existing_notes_gain_the_new_articles_examples(weeks_later):
    col = weeks_later["col"]
    old = weeks_later["notes_before"]["Einmischung"]
    new = notes_by_lemma(col)["Einmischung"]
    assert "Klimapolitik" not in old["Examples"]
    assert "Industrie in die Klimapolitik" in new["Examples"]
    assert "Wahlkampf" in new["Examples"]  # the first article's sentence stays
    assert "Streit um den Klimaschutz (2017-08-02)" in new["Source"]
    assert "Gipfel in Hamburg (2017-07-07)" in new["Source"]
    note = col.get_note(col.find_notes("Lemma:Einmischung")[0])
    assert "article::Streit_um_den_Klimaschutz_2017-08-02" in note.tags
    assert weeks_later["log2"]["updated"] >= weeks_later["first"].notes


def test_studied_cards_keep_schedule_and_review_history(weeks_later):
    col = weeks_later["col"]
    for cid, before in weeks_later["before"].items():
        after = schedule(col, cid)
        assert after == before
        assert after["reps"] == 1 and len(after["revlog"]) == 1
        assert after["type"] != 0  # no longer a new card
    suspended, flagged, moved = weeks_later["studied"]
    assert col.get_card(suspended).queue == -1 and col.get_card(flagged).flags == 2
    assert col.decks.name(col.get_card(moved).did) == "Hard words"


def test_new_words_arrive_as_new_cards(weeks_later):
    col = weeks_later["col"]
    cards = cards_by_note(col)
    first = {w.lemma for w in weeks_later["first_words"]}
    arrived = [lemma for lemma in cards if lemma not in first]
    assert "Bürgerbeteiligung" in arrived and "Waffenstillstand" in arrived
    deck_id = col.decks.id_for_name(DECK_NAME)
    for lemma in arrived:
        for cid in cards[lemma]:
            card = col.get_card(cid)
            assert (card.type, card.reps, card.did) == (0, 0, deck_id)
    assert col.card_count() == weeks_later["second"].cards


def test_two_builds_in_the_same_second_still_update(tmp_path, monkeypatch):
    corpus = summit_corpus(tmp_path)
    output = tmp_path / "deck.apkg"
    frozen = time.time()
    monkeypatch.setattr(deck.time, "time", lambda: frozen)
    build.build_deck([corpus], output, max_zipf=3.5)
    first = deck.newest_note_time(output)
    (corpus / "b.txt").write_text(CLIMATE, encoding="utf-8")
    build.build_deck([corpus], output, max_zipf=3.5)
    assert deck.newest_note_time(output) == first + 1
    monkeypatch.undo()

    # And in Anki: the second file, one second newer, does update the notes.
    col = new_collection(tmp_path)
    try:
        other = tmp_path / "first.apkg"
        (corpus / "b.txt").unlink()
        package = deck.build_package(build.find_words([corpus], max_zipf=3.5), {}, DECK_NAME)
        deck.write_package(package, other, timestamp=first)
        assert import_package(col, other)["new"] > 0
        log = import_package(col, output)
        assert log["updated"] > 0 and log["new"] > 0
        assert "Klimapolitik" in notes_by_lemma(col)["Einmischung"]["Examples"]
    finally:
        col.close()


def test_same_note_time_is_skipped_by_anki(tmp_path):
    """Why the note time must grow: the same time twice and Anki keeps the old note."""
    corpus = summit_corpus(tmp_path)
    stamp = int(time.time())
    old, new = tmp_path / "old.apkg", tmp_path / "new.apkg"
    deck.write_package(deck.build_package(build.find_words([corpus], max_zipf=3.5), {},
                                          DECK_NAME), old, timestamp=stamp)
    (corpus / "b.txt").write_text(CLIMATE, encoding="utf-8")
    deck.write_package(deck.build_package(build.find_words([corpus], max_zipf=3.5), {},
                                          DECK_NAME), new, timestamp=stamp)
    col = new_collection(tmp_path)
    try:
        import_package(col, old)
        assert import_package(col, new)["updated"] == 0
        assert "Klimapolitik" not in notes_by_lemma(col)["Einmischung"]["Examples"]
    finally:
        col.close()


def test_switching_a_card_kind_on_later_adds_only_those_cards(tmp_path):
    corpus = summit_corpus(tmp_path)
    output = tmp_path / "deck.apkg"
    summary, _ = build.build_deck([corpus], output, max_zipf=3.5, card_kinds=["recognition"])
    col = new_collection(tmp_path)
    try:
        import_package(col, output)
        assert col.card_count() == summary.notes  # one recognition card per note
        studied = study(col, DECK_NAME, 2)
        before = {cid: schedule(col, cid) for cid in studied}
        build.build_deck([corpus], output, max_zipf=3.5, card_kinds=["recognition", "cloze"])
        import_package(col, output)
        templates = Counter(col.get_card(cid).template()["name"] for cid in col.find_cards(""))
        assert templates == {"Recognition": summary.notes, "Cloze": summary.notes}
        assert {cid: schedule(col, cid) for cid in studied} == before
        # Switched off again: Anki keeps the cards but finds them empty, and its
        # Tools > Empty Cards removes them (what docs/anki.md tells users).
        build.build_deck([corpus], output, max_zipf=3.5, card_kinds=["recognition"])
        import_package(col, output)
        empty = [cid for note in col.get_empty_cards().notes for cid in note.card_ids]
        assert sorted(col.get_card(cid).template()["name"] for cid in empty) == \
            ["Cloze"] * summary.notes
    finally:
        col.close()


def import_with(col, path, *, merge_notetypes: bool, update_notes: str) -> dict[str, int]:
    """Import with the choices a user makes in Anki's import dialog."""
    from anki import import_export_pb2
    from anki.collection import ImportAnkiPackageRequest

    options = col._backend.get_import_anki_package_presets()
    options.merge_notetypes = merge_notetypes
    options.update_notes = import_export_pb2.ImportAnkiPackageUpdateCondition.Value(
        f"IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_{update_notes.upper()}")
    log = col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)).log
    return {kind: len(getattr(log, kind)) for kind in ("new", "updated", "duplicate",
                                                        "conflicting")}


def _future_package(today, path, stamp: int, marker: str) -> None:
    """`today`'s notes as a future learner might write them: the same note type id with one
    more field, and the examples rewritten (`marker` appended)."""
    import genanki

    future_type = genanki.Model(deck.NOTE_TYPE_ID, deck.NOTE_TYPE_NAME,
                                fields=[{"name": n} for n in (*deck.FIELDS, "Future")],
                                templates=deck.NOTE_TYPE.templates, css=deck.CSS)
    future = genanki.Deck(deck.deck_id(DECK_NAME), DECK_NAME)
    for note in today.decks[0].notes:
        fields = [*note.fields, ""]
        fields[deck.FIELDS.index("Examples")] += f"<p>{marker}</p>"
        future.add_note(genanki.Note(model=future_type, fields=fields, guid=note.guid,
                                     tags=note.tags))
    deck.write_package(genanki.Package(future), path, timestamp=stamp)


@pytest.mark.parametrize("first_try", ["merge+always", "defaults, then a rebuild"])
def test_a_changed_note_type_needs_merge_and_update_always(tmp_path, first_try):
    """What docs/anki.md tells users to pick if a future learner changes the note
    type: "Merge note types" and "Update notes: Always"."""
    corpus = summit_corpus(tmp_path)
    words = build.find_words([corpus], max_zipf=3.5)
    today = deck.build_package(words, {}, DECK_NAME)
    # Built before they are imported, as a learner does: merging a changed note type
    # rewrites the collection's notes at import time, and Anki compares note times after that.
    now = int(time.time())
    deck.write_package(today, tmp_path / "v1.apkg", timestamp=now - 30)
    _future_package(today, tmp_path / "v2.apkg", now - 20, "future")
    _future_package(today, tmp_path / "v3.apkg", now - 10, "rebuilt")

    col = new_collection(tmp_path)
    try:
        import_package(col, tmp_path / "v1.apkg")
        studied = study(col, DECK_NAME, 2)
        before = {cid: schedule(col, cid) for cid in studied}

        def examples_say(marker: str) -> bool:
            return all(marker in n["Examples"] for n in notes_by_lemma(col).values())

        if first_try == "merge+always":
            log = import_with(col, tmp_path / "v2.apkg", merge_notetypes=True,
                              update_notes="always")
            assert log["updated"] == len(words) and examples_say("future")
            in_use = [m for m in col.models.all() if col.models.use_count(m)]
            assert "Future" in [f["name"] for f in in_use[0]["flds"]]
        else:
            # The dialog's defaults: Anki sets the changed note type aside as "...+" and
            # updates nothing, silently for the learner.
            log = import_package(col, tmp_path / "v2.apkg")
            assert log["updated"] == 0 and log["conflicting"] == len(words)
            assert not examples_say("future")
            assert col.models.by_name(deck.NOTE_TYPE_NAME + "+") is not None
            # Rebuilt and imported with both choices, the notes are updated after all.
            log = import_with(col, tmp_path / "v3.apkg", merge_notetypes=True,
                              update_notes="always")
            assert log["updated"] == len(words) and examples_say("rebuilt")
        assert col.note_count() == len(words)
        in_use = [m["name"] for m in col.models.all() if col.models.use_count(m)]
        assert in_use == [deck.NOTE_TYPE_NAME]
        assert {cid: schedule(col, cid) for cid in studied} == before
    finally:
        col.close()


def test_merge_alone_does_not_update_a_changed_note_type(tmp_path):
    """Merging rewrites the collection's notes with the time of the import, so "update notes:
    if newer" then finds every note newer than the deck and keeps it."""
    corpus = summit_corpus(tmp_path)
    today = deck.build_package(build.find_words([corpus], max_zipf=3.5), {}, DECK_NAME)
    now = int(time.time())
    deck.write_package(today, tmp_path / "v1.apkg", timestamp=now - 30)
    _future_package(today, tmp_path / "v2.apkg", now - 20, "future")
    col = new_collection(tmp_path)
    try:
        import_package(col, tmp_path / "v1.apkg")
        log = import_with(col, tmp_path / "v2.apkg", merge_notetypes=True,
                          update_notes="if_newer")
        assert log["updated"] == 0
        assert not any("future" in n["Examples"] for n in notes_by_lemma(col).values())
    finally:
        col.close()


def test_known_words_never_take_words_out_of_the_deck_being_rebuilt(tmp_path):
    corpus = summit_corpus(tmp_path)
    output = tmp_path / "corpus.apkg"
    _, first = build.build_deck([corpus], output, max_zipf=3.5)
    assert "Einmischung" in {w.lemma for w in first}
    (corpus / "b.txt").write_text(CLIMATE, encoding="utf-8")
    known_list = tmp_path / "known.txt"
    known_list.write_text("Einmischung\nBürgerbeteiligung\n", encoding="utf-8")
    _, second = build.build_deck([corpus], output, max_zipf=3.5, known_words=[known_list])
    lemmas = {w.lemma for w in second}
    # Already in this deck: stays, so its note gains the new article's sentence.
    assert "Einmischung" in lemmas
    assert "Klimapolitik" in " ".join(
        e.sentence for w in second if w.lemma == "Einmischung" for e in w.examples)
    assert "Bürgerbeteiligung" not in lemmas  # new and known: skipped
    assert "Aufforstung" in lemmas  # new and unknown
    # The deck itself given as --known (an easy slip) leaves it whole, not empty.
    _, third = build.build_deck([corpus], output, max_zipf=3.5, known_words=[output])
    assert {w.lemma for w in third} == lemmas | {"Bürgerbeteiligung"}
    assert {w.lemma for w in third} == {w.lemma for w in build.find_words([corpus],
                                                                          max_zipf=3.5)}


def test_new_card_templates_and_css_reach_the_collection(tmp_path):
    """Changing how cards look (templates, CSS) needs no choice in the import dialog: the note
    type's time grows with the notes', and Anki takes the newer note type."""
    import genanki

    corpus = summit_corpus(tmp_path)
    words = build.find_words([corpus], max_zipf=3.5)
    now = int(time.time())
    deck.write_package(deck.build_package(words, {}, DECK_NAME), tmp_path / "v1.apkg",
                       timestamp=now - 20)
    restyled = genanki.Model(deck.NOTE_TYPE_ID, deck.NOTE_TYPE_NAME,
                             fields=[{"name": n} for n in deck.FIELDS],
                             templates=[dict(t, qfmt=t["qfmt"] + "<!-- v2 -->")
                                        for t in deck.NOTE_TYPE.templates],
                             css=deck.CSS + "/* v2 */")
    restyled_deck = genanki.Deck(deck.deck_id(DECK_NAME), DECK_NAME)
    for note in deck.build_package(words, {}, DECK_NAME).decks[0].notes:
        restyled_deck.add_note(genanki.Note(model=restyled, fields=note.fields, guid=note.guid,
                                            tags=note.tags))
    deck.write_package(genanki.Package(restyled_deck), tmp_path / "v2.apkg", timestamp=now - 10)
    col = new_collection(tmp_path)
    try:
        import_package(col, tmp_path / "v1.apkg")
        import_package(col, tmp_path / "v2.apkg")
        note_types = [m for m in col.models.all() if m["name"].startswith(deck.NOTE_TYPE_NAME)]
        assert len(note_types) == 1
        assert note_types[0]["css"].endswith("/* v2 */")
        assert all(t["qfmt"].endswith("<!-- v2 -->") for t in note_types[0]["tmpls"])
    finally:
        col.close()
