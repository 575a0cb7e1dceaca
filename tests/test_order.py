"""Card order: --order frequency or article reaches Anki through each note's `due` number."""

from __future__ import annotations

import pytest

from learner import build, deck
from tests.conftest import DEMO_ARTICLE


def test_notes_are_due_in_the_order_of_the_words():
    words = build.find_words([DEMO_ARTICLE], order="article")
    package = deck.build_package(words, {}, "German::order")
    notes = package.decks[0].notes
    assert [n.due for n in notes] == list(range(len(words)))
    assert [n.fields[0] for n in notes] == [w.lemma for w in words]


def test_unknown_order_is_a_usage_error():
    from learner.errors import UsageError

    with pytest.raises(UsageError, match="--order"):
        build.order_words([], "alphabetical")


def test_i_plus_one_order_is_the_same_words_with_more_i_plus_one_sentences():
    frequent = build.find_words([DEMO_ARTICLE], max_zipf=4.5)
    ordered = build.order_words(frequent, "i+1")
    assert sorted(w.key for w in ordered) == sorted(w.key for w in frequent)

    def i_plus_one(words) -> int:
        learned: set[str] = set()
        count = 0
        for w in words:
            count += deck.unknown_after(deck.choose_examples(w, learned=learned)[0],
                                        learned) == 0
            learned.add(w.lemma)
        return count

    assert i_plus_one(ordered) >= i_plus_one(frequent) > 0


@pytest.mark.slow
@pytest.mark.parametrize("order", ["frequency", "article"])
def test_anki_shows_new_cards_in_the_chosen_order(tmp_path, order):
    anki = pytest.importorskip("tests.anki_collection")
    path = tmp_path / f"{order}.apkg"
    _, words = build.build_deck([DEMO_ARTICLE], path, order=order, max_cards=12,
                                card_kinds=("recognition",))
    col = anki.new_collection(tmp_path)
    try:
        anki.import_package(col, path)
        # New cards are studied in ascending `due` (their position in the new queue).
        rows = col.db.all(
            "select n.sfld, c.due from cards c join notes n on c.nid = n.id "
            "where c.type = 0 order by c.due, c.id")
    finally:
        col.close()
    assert [lemma for lemma, _ in rows] == [w.lemma for w in words]
    # Anki keeps the deck's numbers; without them every card would be due 0 and the
    # order left to chance.
    assert [due for _, due in rows] == list(range(len(words)))
    if order == "frequency":
        zipfs = [w.zipf for w in words]
        assert zipfs == sorted(zipfs, reverse=True)
