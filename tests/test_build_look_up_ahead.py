"""Looking words up while the workers tag (`Glossed.look_up_ahead`): the same words and
entries as looking them up after the tagging, and only when worker processes tag."""

from __future__ import annotations

import pytest

from learner import build, frequency
from learner.dictionary import Dictionary
from learner.nlp import DEFAULT_MODEL

# Written for this test. Each article repeats its paragraph until the four are more text
# than `PARALLEL_MIN_CHARS`, so that worker processes tag them; the words Ding's test list
# knows (Einmischung, Vorwurf, Lösung, Rakete, Wahlkampf, Entschlossenheit) are met first in
# different articles, and "Präsident" and "Staat" are above the threshold.
PARAGRAPHS = [
    "Der Vorwurf der Einmischung wurde vom Präsidenten zurückgewiesen.",
    "Im Wahlkampf suchte der Staat eine Lösung für die Kosten.",
    "Die Rakete stieg trotz aller Entschlossenheit nicht auf.",
    "Der Unmut über die Attacke des Staatschefs wuchs im Land.",
]


@pytest.fixture
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    repeats = build.PARALLEL_MIN_CHARS // (len(PARAGRAPHS) * 60) + 1
    for i, sentence in enumerate(PARAGRAPHS):
        text = "\n\n".join([sentence] * repeats)
        (corpus / f"{i}.txt").write_text(f"title Artikel {i}\n\n{text}", encoding="utf-8")
    assert sum(len(p.read_text()) for p in corpus.iterdir()) > build.PARALLEL_MIN_CHARS
    return corpus


def glossed_build(folder, ding, monkeypatch, cores: int, **options):
    """The words, the Glossed that chose them, the (lemma, part of speech) looked up ahead
    and every `Dictionary.lookup` asked, with `cores` cores."""
    monkeypatch.setattr(build.workers, "available_cores", lambda: cores)
    asked: list[tuple[str, str]] = []
    lookup = Dictionary.lookup
    monkeypatch.setattr(Dictionary, "lookup", lambda self, lemma, pos: asked.append(
        (lemma, pos)) or lookup(self, lemma, pos))
    ahead: list[tuple[str, str]] = []
    look_up_ahead = build.Glossed.look_up_ahead
    monkeypatch.setattr(build.Glossed, "look_up_ahead", lambda self, lemma, pos: ahead.append(
        (lemma, pos)) or look_up_ahead(self, lemma, pos))
    glossed = build.Glossed(ding, DEFAULT_MODEL)
    words = build.find_words([folder], usable=glossed, **options)
    glossed.save()
    return words, glossed, ahead, asked


def test_words_looked_up_ahead_get_the_entries_they_get_after_the_tagging(
        folder, ding, monkeypatch):
    words, glossed, ahead, asked = glossed_build(folder, ding, monkeypatch, cores=2,
                                                 use_cache=False)
    assert ahead  # the workers tagged, and this process looked words up meanwhile
    chosen = {w.key for w in words}
    assert {("Einmischung", "NOUN"), ("Rakete", "NOUN"), ("Entschlossenheit", "NOUN")} <= chosen
    assert glossed.entries[("Einmischung", "NOUN")].gloss.startswith("interference")
    # Every chosen word was looked up ahead, each once, and no word above the threshold.
    assert chosen <= set(ahead)
    assert sorted(asked) == sorted(set(asked))
    assert ("Präsident", "NOUN") not in ahead and ("Staat", "NOUN") not in ahead
    assert all(frequency.zipf_of(lemma, pos, ()) <= frequency.DEFAULT_MAX_ZIPF
               for lemma, pos in ahead)

    monkeypatch.undo()
    one, alone, none_ahead, _ = glossed_build(folder, ding, monkeypatch, cores=1,
                                              use_cache=False)
    assert none_ahead == []  # tagged in this process: nothing to fill a wait with
    assert one == words
    assert alone.entries == glossed.entries


def test_the_entries_remembered_are_those_asked_for(folder, ding, monkeypatch):
    # With the article cache, the context-free entries stored for later builds are those of
    # the words asked about, not of every word looked up ahead.
    words, glossed, ahead, _ = glossed_build(folder, ding, monkeypatch, cores=2)
    assert ahead
    stored = build.glosses._entries_memo(ding, DEFAULT_MODEL).memo
    assert set(stored) == set(glossed.entries) >= {w.key for w in words}
    assert stored == {key: ding.lookup(*key) for key in stored}

    remembered = build.glosses._RememberedEntries(ding, {})
    remembered.look_up_ahead("Rakete", "NOUN")
    remembered.look_up_ahead("Vorwurf", "NOUN")
    assert remembered.lookup("Rakete", "NOUN") == ding.lookup("Rakete", "NOUN")
    assert remembered.lookup("Rakete", "NOUN").gloss == "rocket"
    assert set(remembered.added) == {("Rakete", "NOUN")}
    assert set(remembered.ahead) == {("Vorwurf", "NOUN")}  # never asked for: not stored


def test_max_cards_looks_nothing_up_ahead(folder, ding, monkeypatch):
    # `most_useful` looks words up from the most frequent down until it has enough: looking
    # every word below the threshold up ahead would be work it never asks for.
    words, _, ahead, asked = glossed_build(folder, ding, monkeypatch, cores=2,
                                           use_cache=False, max_cards=2)
    assert len(words) == 2
    assert ahead == []
    assert len(asked) < 10


def test_a_first_run_builds_the_index_after_the_tagging(folder, tmp_path, monkeypatch):
    # The dictionary is opened at the first word looked up ahead; where its index is still to
    # be built, nothing is looked up ahead, and the index is built when the first word is
    # asked for, once the workers have ended, as before.
    from tests.test_dictionary import DING

    source = tmp_path / "fresh" / "de-en"
    source.parent.mkdir()
    source.write_text(DING, encoding="utf-8")
    opened: list[Dictionary] = []
    built: list[str] = []

    def open_dictionary():
        found = Dictionary.open(source, on_build=lambda path: built.append(path.name))
        opened.append(found)
        return found

    words, glossed, ahead, asked = glossed_build(folder, open_dictionary, monkeypatch,
                                                 cores=2, use_cache=False)
    try:
        assert ahead  # asked to look words up ahead, but the index was not there yet
        assert glossed._remembered.ahead == {}
        assert built == ["de-en"] and len(opened) == 1
        assert glossed.entries[("Rakete", "NOUN")].gloss == "rocket"
        assert {("Einmischung", "NOUN"), ("Rakete", "NOUN")} <= {w.key for w in words}
    finally:
        for found in opened:
            found.close()


def test_more_text_than_merging_work_max_chars_looks_nothing_up_ahead(folder, ding,
                                                                        monkeypatch):
    # The look-ups' memos beside the workers' peak would take a large build's memory past
    # its target: past MERGING_WORK_MAX_CHARS of new text they wait for the tagging's end.
    monkeypatch.setattr(build.corpus, "MERGING_WORK_MAX_CHARS", build.PARALLEL_MIN_CHARS)
    words, glossed, ahead, _ = glossed_build(folder, ding, monkeypatch, cores=2,
                                             use_cache=False)
    assert ahead == []
    assert glossed.entries[("Rakete", "NOUN")].gloss == "rocket"
