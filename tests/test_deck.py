"""The deck: notes, card kinds, examples, tags and note times, down to what Anki renders."""

from __future__ import annotations

import os
import sqlite3
import time
import zipfile
from collections import Counter
from dataclasses import replace

import pytest

from learner import deck
from learner.dictionary import Entry
from learner.errors import UsageError
from learner.vocabulary import Example, Word

SUMMIT = "Gipfel in Hamburg (2017-07-07)"
CLIMATE = "Streit um den Klimaschutz (2017-08-02)"
EINMISCHUNG = Entry(gloss="interference", gender="f", plural="Einmischungen")


def example(sentence: str, word: str, article: str = SUMMIT, nth: int = 0) -> Example:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(word, start + 1)
    return Example(sentence, ((start, start + len(word)),), article)


def word(lemma: str, *examples: Example, pos: str = "NOUN", zipf: float = 3.42) -> Word:
    articles = tuple(dict.fromkeys(e.article for e in examples))
    return Word(lemma=lemma, pos=pos, count=len(examples), forms=(lemma,),
                examples=examples, articles=articles, zipf=zipf)


EINMISCHUNG_WORD = word(
    "Einmischung",
    example("Die Regierung wies jede Einmischung in den Wahlkampf entschieden zurück.",
            "Einmischung"),
    example("Die Umweltverbände kritisierten die Einmischung der Industrie scharf.",
            "Einmischung", CLIMATE),
)


def fields_of(note) -> dict[str, str]:
    return dict(zip(deck.FIELDS, note.fields, strict=True))


# --- what a noun card says --------------------------------------------------------------------

@pytest.mark.parametrize("singular, plural, shown", [
    ("Einmischung", "Einmischungen", "-en"),
    ("Vorwurf", "Vorwürfe", "¨-e"),
    ("Mutter", "Mütter", "¨-"),
    ("Haus", "Häuser", "¨-er"),
    ("Lehrer", "Lehrer", "-"),
    ("Museum", "Museen", "Museen"),
])
def test_plural_in_dictionary_notation(singular, plural, shown):
    assert deck.plural_suffix(singular, plural) == shown


def test_noun_note_shows_article_plural_gender_and_source():
    fields = fields_of(deck.make_note(EINMISCHUNG_WORD, EINMISCHUNG))
    assert fields["Headword"] == "die Einmischung, -en"
    assert fields["Gender"] == "f" and fields["Gloss"] == "interference"
    assert fields["Source"] == f"{SUMMIT}; {CLIMATE}"
    # Two articles: each example names its own.
    assert f'<span class="from">({CLIMATE})</span>' in fields["Examples"]
    assert fields["Cloze"].count('class="blank"') == 1 and "Einmischung" not in fields["Cloze"]
    assert fields["ClozeAnswer"] == "Einmischung"


def test_a_noun_german_hardly_uses_in_the_plural_says_so_instead_of_a_plural():
    # The plural a lexicon lists but German hardly uses is not shown as the noun's plural:
    # the headword says "meist ohne Plural", as Duden's "Plural selten" does.
    rare = Entry(gloss="interference", gender="f", plural="", rare_plural="Einmischungen")
    fields = fields_of(deck.make_note(EINMISCHUNG_WORD, rare))
    assert fields["Headword"] == "die Einmischung (meist ohne Plural)"
    assert fields["Plural"] == ""
    # A noun with neither says nothing of its plural.
    none = Entry(gloss="interference", gender="f")
    assert fields_of(deck.make_note(EINMISCHUNG_WORD, none))["Headword"] == "die Einmischung"


def test_a_noun_german_uses_only_in_the_plural_shows_the_plurals_article():
    # die Sechzigerjahre: no gender of its own, its plural the lemma. The plural's "die",
    # and "nur Plural", so the "die" is not read as a feminine singular's.
    sixties = word("Sechzigerjahre",
                   example("In den Sechzigerjahren wuchs die Stadt rasch.", "Sechzigerjahren"))
    entry = Entry(gloss="the sixties", gender="", plural="Sechzigerjahre")
    fields = fields_of(deck.make_note(sixties, entry))
    assert fields["Headword"] == "die Sechzigerjahre (nur Plural)"


def test_tags_name_part_of_speech_frequency_band_and_articles():
    note = deck.make_note(EINMISCHUNG_WORD, EINMISCHUNG)
    assert note.tags == ["pos::noun", "zipf::3.0-3.5",
                         "article::Gipfel_in_Hamburg_2017-07-07",
                         "article::Streit_um_den_Klimaschutz_2017-08-02"]
    assert all(" " not in t for t in note.tags)


def test_article_text_is_escaped_everywhere():
    evil = '<img src=x onerror="alert(1)">'
    w = word("Einmischung", example(f"Die Einmischung {evil} war groß und ärgerlich.",
                                    "Einmischung", article=f"{evil} (2020)"))
    fields = fields_of(deck.make_note(w, Entry(gloss=evil, gender="f")))
    for name in ("Examples", "Cloze", "Source", "Gloss"):
        assert "<img" not in fields[name] and "&lt;img" in fields[name], name
    assert all("<" not in t for t in deck.note_tags(w))


# --- choosing examples ------------------------------------------------------------------------

def test_examples_prefer_other_articles_and_readable_sentences():
    caption = example("Einmischung (Foto: dpa)", "Einmischung")
    long_one = example("Die Einmischung " + "und noch ein Nebensatz, der nichts sagt, " * 4
                       + "war das Thema.", "Einmischung")
    readable = example("Die Regierung wies jede Einmischung in den Wahlkampf zurück.",
                       "Einmischung")
    second = example("Die Verbände kritisierten die Einmischung der Industrie scharf.",
                     "Einmischung", CLIMATE)
    third = example("Viele lehnten jede Einmischung von außen entschieden ab.",
                    "Einmischung", "Drittes (2018)")
    w = word("Einmischung", caption, long_one, readable, second, third)
    chosen = deck.choose_examples(w)
    assert [e.sentence for e in chosen] == [readable.sentence, second.sentence,
                                            third.sentence]
    # With one article only, all three, the most readable first (the card's context sentence
    # and its cloze) and the caption last.
    one = deck.choose_examples(word("Einmischung", caption, long_one, readable))
    assert one == [readable, long_one, caption]
    fields = fields_of(deck.make_note(word("Einmischung", caption, long_one, readable),
                                      EINMISCHUNG))
    assert fields["Examples"].startswith("<ul><li>Die Regierung wies jede <b>Einmischung")
    assert "wies jede" in fields["Cloze"]


def test_the_sentence_where_the_word_is_the_only_unknown_one_comes_first():
    # Counted by known.count_unknown: the other words of each sentence the learner lacks.
    two_new = replace(example("Die Regierung wies jede Einmischung in den Wahlkampf zurück.",
                              "Einmischung"), unknown=("Wahlkampf", "zurückweisen"))
    one_new = replace(example("Der Minister kritisierte die Einmischung der Industrie.",
                              "Einmischung", CLIMATE), unknown=("Industrie",))
    i_plus_one = replace(example("Niemand will eine Einmischung von außen.",
                                 "Einmischung", "Drittes (2018)"), unknown=())
    # A headline is i+1 as easily as it is short: real sentences still come first.
    headline = replace(example("Einmischung verboten", "Einmischung", "Viertes (2019)"),
                       unknown=())
    w = word("Einmischung", two_new, headline, one_new, i_plus_one)
    chosen = deck.choose_examples(w)
    assert chosen == [i_plus_one, one_new, two_new]
    assert chosen[0].is_i_plus_one and not chosen[1].is_i_plus_one
    fields = fields_of(deck.make_note(w, EINMISCHUNG))
    assert fields["Examples"].startswith("<ul><li>Niemand will eine <b>Einmischung")
    assert fields["Cloze"].startswith("Niemand will eine")
    # Uncounted examples (no --known, no count) rank by readability alone.
    assert deck.example_rank(example("Die Einmischung war gross.", "Einmischung"))[1] == 0


def test_words_of_earlier_cards_count_as_learned():
    wahlkampf = word("Wahlkampf", replace(example("Der Wahlkampf beginnt im Herbst wieder.",
                                                  "Wahlkampf"), unknown=()))
    # Its only unknown word is the deck's first card: i+1 once that card is learned.
    after_wahlkampf = replace(example("Die Regierung wies jede Einmischung in den Wahlkampf "
                                      "zurück.", "Einmischung"), unknown=("Wahlkampf",))
    other = replace(example("Der Minister kritisierte die Einmischung der Industrie.",
                            "Einmischung", CLIMATE), unknown=("Industrie", "kritisieren"))
    einmischung = word("Einmischung", other, after_wahlkampf)
    assert deck.choose_examples(einmischung, learned={"Wahlkampf"})[0] == after_wahlkampf
    assert deck.choose_examples(einmischung)[0] == after_wahlkampf  # 1 unknown beats 2
    package = deck.build_package([wahlkampf, einmischung], {}, "German::test")
    notes = {n.fields[0]: n for n in package.decks[0].notes}
    assert deck.unknown_after(after_wahlkampf, {"Wahlkampf"}) == 0
    assert "Die Regierung wies" in fields_of(notes["Einmischung"])["Cloze"]


def test_i_plus_one_order_learns_a_sentences_words_before_it():
    # Most frequent first: Anschlag's sentence holds Zünder, Bombe's holds Zünder and a word
    # no card teaches, Zünder's holds nothing new.
    anschlag = word("Anschlag", replace(example("Der Anschlag scheiterte am Zünder.",
                                                "Anschlag"), unknown=("Zünder",)), zipf=3.9)
    bombe = word("Bombe", replace(example("Die Bombe hatte einen Zünder aus Quabbelwurz.",
                                          "Bombe"), unknown=("Zünder", "Quabbelwurz")),
                 zipf=3.8)
    zuender = word("Zünder", replace(example("Der Zünder war kaputt und alt.", "Zünder"),
                                     unknown=()), zipf=2.5)
    assert deck.i_plus_one_order([anschlag, bombe, zuender]) == [zuender, anschlag, bombe]
    # Ties keep the given (frequency) order.
    assert deck.i_plus_one_order([zuender, anschlag]) == [zuender, anschlag]


def test_a_sentence_is_used_once_and_cloze_blanks_every_occurrence():
    sentence = "Die Einmischung von heute ist die Einmischung von morgen, sagte sie."
    w = word("Einmischung", example(sentence, "Einmischung"),
             example(sentence, "Einmischung", nth=1))
    chosen = deck.choose_examples(w)
    assert len(chosen) == 1 and len(chosen[0].highlights) == 2
    text, answer = deck.cloze(chosen[0])
    assert "Einmischung" not in text and text.count("[…]") == 2
    assert answer == "Einmischung … Einmischung"


# --- card kinds -------------------------------------------------------------------------------

@pytest.mark.parametrize("kinds, gloss, expected", [
    (deck.CARD_KINDS, "interference", {0, 1, 2}),
    (deck.CARD_KINDS, "", {0, 2}),  # no meaning known: nothing to produce the word from
    (("production",), "interference", {1}),
    (("recognition", "cloze"), "interference", {0, 2}),
])
def test_card_kinds_make_exactly_those_cards(kinds, gloss, expected):
    note = deck.make_note(EINMISCHUNG_WORD, Entry(gloss=gloss, gender="f"), kinds)
    assert {card.ord for card in note.cards} == expected


def test_a_word_no_chosen_card_kind_applies_to_makes_no_note():
    # Production cards need a gloss: with --cards production, an unglossed word has no card.
    glossless = word("Staatenlenker", example("Die Staatenlenker trafen sich.", "Staatenlenker"))
    entries = {EINMISCHUNG_WORD.key: Entry(gloss="interference", gender="f")}
    package = deck.build_package([EINMISCHUNG_WORD, glossless], entries, "German::t",
                                 ("production",))
    assert [n.fields[0] for n in package.decks[0].notes] == ["Einmischung"]


@pytest.mark.parametrize("given", [[], ["flashcards"], ["recognition", "typing"]])
def test_unknown_card_kind_is_refused(given):
    with pytest.raises(UsageError, match="--cards"):
        deck.check_card_kinds(given)


def test_cli_cards_flag(tmp_path, capsys):
    from learner.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Die Regierung wies jede Einmischung in den Wahlkampf zurück.\n",
                       encoding="utf-8")
    out = tmp_path / "d.apkg"
    assert main(["build", str(article), "-o", str(out), "--cards", "cloze"]) == 0
    assert "cards" in capsys.readouterr().out
    with zipfile.ZipFile(out) as z, z.open("collection.anki2") as db:
        (tmp_path / "c.db").write_bytes(db.read())
    con = sqlite3.connect(tmp_path / "c.db")
    ords = Counter(o for (o,) in con.execute("SELECT ord FROM cards"))
    notes = con.execute("SELECT count(*) FROM notes").fetchone()[0]
    con.close()
    assert notes >= 1 and ords == {2: notes}
    with pytest.raises(SystemExit):
        main(["build", str(article), "--cards", "recognition,flashcards"])
    assert "flashcards" in capsys.readouterr().err


# --- note times -------------------------------------------------------------------------------

def test_note_time_is_now_for_a_new_file_and_later_than_the_file_it_replaces(tmp_path):
    path = tmp_path / "deck.apkg"
    assert deck.note_timestamp(path, now=1_000) == 1_000
    package = deck.build_package([EINMISCHUNG_WORD], {}, "German::t")
    deck.write_package(package, path, timestamp=5_000)
    assert deck.newest_note_time(path) == 5_000
    assert deck.note_timestamp(path, now=1_000) == 5_001  # clock set back, or same second
    assert deck.note_timestamp(path, now=9_000) == 9_000
    deck.write_package(package, path)  # no explicit time: the rule above
    assert deck.newest_note_time(path) >= max(5_001, int(time.time()) - 1)


def test_unreadable_old_file_does_not_stop_a_build(tmp_path):
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"not a zip")
    assert deck.note_timestamp(path, now=1_000) == 1_000
    deck.write_package(deck.build_package([EINMISCHUNG_WORD], {}, "German::t"), path)
    assert deck.newest_note_time(path) is not None


# --- what Anki renders ------------------------------------------------------------------------

@pytest.mark.slow
def test_anki_renders_each_card_kind(tmp_path):
    from tests.anki_collection import import_package, new_collection

    path = tmp_path / "deck.apkg"
    deck.write_package(deck.build_package([EINMISCHUNG_WORD], {EINMISCHUNG_WORD.key:
                                                                EINMISCHUNG}, "German::t"),
                       path)
    col = new_collection(tmp_path)
    try:
        import_package(col, path)
        cards = {col.get_card(c).template()["name"]: col.get_card(c)
                 for c in col.find_cards("")}
        assert set(cards) == {"Recognition", "Production", "Cloze"}
        recognition = cards["Recognition"]
        question = recognition.question()
        assert 'class="word f"' in question and "die Einmischung, -en" in question
        assert "<b>Einmischung</b>" in question and "interference" not in question
        answer = recognition.answer()
        assert "interference" in answer and SUMMIT in answer and CLIMATE in answer
        production = cards["Production"]
        assert "interference" in production.question()
        assert "Einmischung" not in production.question()
        assert "die Einmischung, -en" in production.answer()
        assert "no gloss in the dictionary" not in answer
        cloze = cards["Cloze"]
        assert "[…]" in cloze.question() and "Einmischung" not in cloze.question()
        # The back fills the gap in the same sentence.
        assert "jede <b>Einmischung</b> in den Wahlkampf" in cloze.answer()
        assert "die Einmischung, -en" in cloze.answer() and SUMMIT in cloze.answer()
    finally:
        col.close()


def test_opening_quote_of_the_next_sentence_is_not_shown():
    w = word("Einmischung", example("Die Einmischung lag wie ein Schatten über dem Gespräch. „",
                                    "Einmischung"))
    (chosen,) = deck.choose_examples(w)
    assert chosen.sentence == "Die Einmischung lag wie ein Schatten über dem Gespräch."
    assert deck.highlight(chosen).startswith("Die <b>Einmischung</b>")


@pytest.mark.slow
def test_anki_says_when_the_dictionary_had_no_gloss(tmp_path):
    from tests.anki_collection import import_package, new_collection

    path = tmp_path / "deck.apkg"
    deck.write_package(deck.build_package([EINMISCHUNG_WORD], {}, "German::t"), path)
    col = new_collection(tmp_path)
    try:
        import_package(col, path)
        names = sorted(col.get_card(c).template()["name"] for c in col.find_cards(""))
        assert names == ["Cloze", "Recognition"]  # nothing to produce the word from
        card = col.get_card(col.find_cards("card:Recognition")[0])
        assert '<span class="missing">no gloss in the dictionary</span>' in card.answer()
    finally:
        col.close()


def collection_rows(database: sqlite3.Connection) -> dict[str, list[tuple]]:
    tables = [t for (t,) in database.execute("SELECT name FROM sqlite_master WHERE type = "
                                             "'table' ORDER BY name")]
    rows = {t: database.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    # The schema itself, indexes included: Anki's queries count on them.
    rows["schema"] = database.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                      "ORDER BY name").fetchall()
    return rows


def test_the_collection_holds_the_rows_genanki_writes(tmp_path):
    import itertools

    words = [EINMISCHUNG_WORD, word("Vorwurf", example("Der Vorwurf wog schwer.", "Vorwurf"))]
    package = deck.build_package(words, {EINMISCHUNG_WORD.key: EINMISCHUNG}, "German::t",
                                 deck.CARD_KINDS)
    package.decks[0].notes[1].cards[0].suspend = True  # a suspended card keeps its queue
    genankis = sqlite3.connect(tmp_path / "genanki.anki2")
    package.write_to_db(genankis.cursor(), 5_000.5, itertools.count(5_000_500))
    genankis.commit()
    ours = sqlite3.connect(":memory:")
    ours.deserialize(deck.collection_bytes(package, 5_000.5))
    assert collection_rows(ours) == collection_rows(genankis)
    assert len(collection_rows(ours)["cards"]) == 5  # no audio, no gloss: fewer kinds


@pytest.mark.parametrize("many", [False, True])
def test_the_package_zip_is_byte_for_byte_zipfiles(tmp_path, monkeypatch, many):
    # write_stored_zip writes the headers zipfile writes, at a fraction of its cost per member;
    # past the classic format's member limit it leaves the file to zipfile (Zip64).
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    count = deck._ZIP_MAX_MEMBERS + 1 if many else 50
    members = [("collection.anki2", b"SQLite format 3\0" * 100)]
    members += [(str(i), bytes([i % 256]) * (i % 300)) for i in range(count)]
    members.append(("media", b'{"0": "learner-a.mp3"}'))
    deck.write_stored_zip(tmp_path / "ours.apkg", members)
    with zipfile.ZipFile(tmp_path / "zipfile.apkg", "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    assert (tmp_path / "ours.apkg").read_bytes() == (tmp_path / "zipfile.apkg").read_bytes()
    with zipfile.ZipFile(tmp_path / "ours.apkg") as archive:
        assert archive.testzip() is None
        assert [(i.filename, archive.read(i)) for i in archive.infolist()] == members


def test_the_package_zip_is_whole_when_the_system_writes_less_than_asked(tmp_path, monkeypatch):
    # os.writev may write fewer bytes than its buffers hold (a signal, a full pipe): the rest
    # is written, in order, so the file is the same as when it writes them all at once.
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    members = [("collection.anki2", b"SQLite format 3\0" * 100)]
    members += [(str(i), bytes([i]) * (50 + i)) for i in range(40)]
    deck.write_stored_zip(tmp_path / "whole.apkg", members)
    real = os.writev
    monkeypatch.setattr(os, "writev", lambda fd, buffers: real(fd, [bytes(buffers[0])[:7]]))
    monkeypatch.setattr(deck, "_WRITE_PIECES", 5)
    deck.write_stored_zip(tmp_path / "short.apkg", members)
    assert (tmp_path / "short.apkg").read_bytes() == (tmp_path / "whole.apkg").read_bytes()


def test_a_reflexive_headword_shows_a_sentence_with_its_pronoun_first():
    plain = example("Viele Reisende scheuen die langen Wege.", "scheuen")
    own = example("Vor dieser langen und mühsamen Reise hatten sich die Leute lange gescheut.",
                  "gescheut")
    verb = word("scheuen", plain, own, pos="VERB")
    assert deck.choose_examples(verb)[0] == plain  # the shorter, more readable one
    assert deck.choose_examples(verb, reflexive=True)[0] == own
