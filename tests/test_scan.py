"""learner.nlp.scan: the tokens with given tags or texts, as a plain loop finds them."""

import pytest
import spacy
from spacy.tokens import Doc

from learner.nlp.scan import in_order, token_texts, tokens_with

WORDS = ["Die", "Zentralanstalt", "für", "Meteorologie", "(", "ZAMG", ")", "meldet",
         "Regen", "in", "Wien", "."]
TAGS = ["ART", "NN", "APPR", "NN", "$(", "NE", "$(", "VVFIN", "NN", "APPR", "NE", "$."]
POS = ["DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN", "ADP", "PROPN",
       "PUNCT"]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Doc(spacy.blank("de").vocab, words=WORDS, tags=TAGS, pos=POS)


def _indices(tokens) -> list[int]:
    return [t.i for t in tokens]


def test_by_tag_part_of_speech_text_and_lower_case(doc):
    assert _indices(tokens_with(doc, "TAG", ("NN",))) == [1, 3, 8]
    assert _indices(tokens_with(doc, "TAG", frozenset({"NN", "NE"}))) == [1, 3, 5, 8, 10]
    assert _indices(tokens_with(doc, "POS", ("ADP", "VERB"))) == [2, 7, 9]
    assert _indices(tokens_with(doc, "ORTH", ("(",))) == [4]
    assert _indices(tokens_with(doc, "ORTH", ("die",))) == []
    assert _indices(tokens_with(doc, "LOWER", ("die",))) == [0]
    assert [t.text for t in tokens_with(doc, "ORTH", {"(": ")", ")": "("})] == ["(", ")"]


@pytest.mark.parametrize("start, stop", [(0, None), (1, None), (2, -1), (0, -3), (5, 9),
                                         (-4, None), (0, 0), (11, 40), (30, None), (3, -20)])
def test_bounds_as_a_slice_of_the_doc(doc, start, stop):
    plain = [t.i for t in doc[start:stop] if t.tag_ in ("NN", "NE")]
    assert _indices(tokens_with(doc, "TAG", ("NN", "NE"), start, stop)) == plain


def test_tags_read_at_the_call(doc):
    """A tag set before the call is found; the Tokens read their attributes live."""
    changed = Doc(doc.vocab, words=WORDS, tags=TAGS, pos=POS)
    changed[8].tag_ = "NE"
    assert _indices(tokens_with(changed, "TAG", ("NE",))) == [5, 8, 10]
    found = tokens_with(changed, "TAG", ("NE",))
    changed[10].tag_ = "NN"
    assert found[-1].tag_ == "NN"


def test_empty_doc_and_unknown_attribute(doc):
    assert tokens_with(Doc(doc.vocab, words=[]), "TAG", ("NN",)) == []
    with pytest.raises(ValueError):
        tokens_with(doc, "LEMMA", ("Regen",))


def test_token_texts_read_once_and_again_after_a_split():
    nlp = spacy.blank("de")
    doc = nlp("Der Wetterdienst meldete 2015.")
    assert token_texts(doc) == ("Der", "Wetterdienst", "meldete", "2015.")
    assert token_texts(doc) is token_texts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[3], ["2015", "."], heads=[doc[3], doc[3]])
    assert token_texts(doc) == ("Der", "Wetterdienst", "meldete", "2015", ".")


def test_in_order_joins_lists_each_token_once(doc):
    joined = in_order(tokens_with(doc, "TAG", ("NN",)), tokens_with(doc, "POS", ("NOUN", "ADP")),
                      tokens_with(doc, "LOWER", ("die",)))
    assert _indices(joined) == [0, 1, 2, 3, 8, 9]
