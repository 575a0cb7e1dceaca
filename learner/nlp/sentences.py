"""Where a token's sentence starts and ends, found once per Doc.

`Token.sent` walks back and forth to the sentence's boundaries and makes a Span at every call
(~5 us); the rules ask it for tens of thousands of tokens per hundred articles. The sentencizer
runs first in the pipeline and nothing after it moves a boundary, so each Doc's sentences are
read once, on the first question, and kept beside the Doc while it lives.

`sentence_initial` tells the first word of its sentence, where a capital letter says nothing
of the word: the lemma checks (`learner.nlp.lemmas`) and the name rules (`names`, `titles`)
ask it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:  # vocabulary imports this without spaCy, as it imports the tag tables
    from spacy.tokens import Doc, Span, Token

# Each Doc's (start, end) of the sentence of every token, by the token's index.
_BOUNDS: WeakKeyDictionary[Doc, list[tuple[int, int]]] = WeakKeyDictionary()


def sentence_bounds(token: Token) -> tuple[int, int]:
    """The indices in its Doc of the token's sentence's first token and of the token after its
    last: `token.sent.start` and `token.sent.end`."""
    doc = token.doc
    bounds = _BOUNDS.get(doc)
    if bounds is None:
        bounds = []
        for sent in doc.sents:
            bounds.extend([(sent.start, sent.end)] * (sent.end - sent.start))
        _BOUNDS[doc] = bounds
    return bounds[token.i]


def sentence_of(token: Token) -> Span:
    """The token's sentence, as `token.sent` gives it."""
    start, end = sentence_bounds(token)
    return token.doc[start:end]


def sentence_initial(token: Token) -> bool:
    """First word of its sentence, after any opening quotes or brackets."""
    for t in sentence_of(token):
        if t.i == token.i:
            return True
        if not (t.is_punct or t.is_space):
            return False
    return False
