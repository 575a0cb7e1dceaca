"""The tokens of a Doc with a given tag, part of speech or text, found without making a Token
of every other.

The name and title rules are each one pass over the Doc, and most look further only at a few
tokens: the nouns, the articles, a bracket. But `for token in doc` makes a new Token object at
every step, and `token.tag_` or `token.text` is a look-up in the string store: ~120 us per
pass over a 400-token article, ~15 ms per hundred gnad articles for each of some seventy
passes. `Doc.to_array` copies one attribute of every token out in a single C loop, and numpy
picks the indices of the wanted values: ~30 us, Tokens made only for those.

The attributes are read at the call, and a pass that retags as it goes would see a later
token's old tag here where `for token in doc` sees the new. A pass that only ever gives
tokens tags it does not ask for (the name rules turn nouns into names, NN to NE) may scan
for its tags all the same, and tests each token's tag again as it comes: a token it retagged
is then passed over as before, and none it did not ask for can have come to need a look.
Any other pass keeps its plain loop.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

import numpy
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What `Doc.to_array` holds for each attribute: the hash of the string for a tag, a text and
# its lower case, the symbol's number for a universal part of speech.
_ATTRIBUTES = ("TAG", "POS", "ORTH", "LOWER")


@lru_cache(maxsize=256)
def _wanted(attr: str, values: frozenset[str]) -> numpy.ndarray:
    if attr not in _ATTRIBUTES:
        raise ValueError(f"tokens_with reads {', '.join(_ATTRIBUTES)}, not {attr!r}")
    if attr == "POS":
        return numpy.array([_POS_IDS[v] for v in values], dtype=numpy.uint64)
    return numpy.array([get_string_id(v) for v in values], dtype=numpy.uint64)


def tokens_with(doc: Doc, attr: str, values: Collection[str], start: int = 0,
                stop: int | None = None) -> list[Token]:
    """The tokens of `doc[start:stop]`, in order, whose `attr` is one of `values`: "TAG"
    (`token.tag_`), "POS" (`token.pos_`), "ORTH" (`token.text`) or "LOWER" (`token.lower_`).
    `start` and `stop` count as a slice's do (`-1` stops before the last token)."""
    bounds = range(len(doc))[start:stop]
    if not bounds:
        return []
    wanted = _wanted(attr, values if isinstance(values, frozenset) else frozenset(values))
    column = doc.to_array(attr)[bounds.start:bounds.stop]
    found = (column == wanted[0]) if len(wanted) == 1 else numpy.isin(column, wanted)
    return [doc[i] for i in (numpy.flatnonzero(found) + bounds.start).tolist()]


# Each Doc's token texts, by index (`token_texts`).
_TEXTS: WeakKeyDictionary[Doc, tuple[str, ...]] = WeakKeyDictionary()


def token_texts(doc: Doc) -> tuple[str, ...]:
    """Every token's text, by its index: `tuple(t.text for t in doc)`, read once per Doc and
    kept beside it while it lives (strings, which hold no reference to the Doc). Only the
    first component splits tokens (learner.nlp.years); should a Doc be split after its texts
    were read, its length tells, and they are read again."""
    texts = _TEXTS.get(doc)
    if texts is None or len(texts) != len(doc):
        texts = _TEXTS[doc] = tuple([t.text for t in doc])
    return texts


def in_order(*found: list[Token]) -> list[Token]:
    """The tokens of several `tokens_with` lists, each once, in the Doc's order."""
    by_index = {token.i: token for tokens in found for token in tokens}
    return [by_index[i] for i in sorted(by_index)]
