"""The `year_periods` component: a year and the period that ends its sentence, as two tokens.

spaCy's German tokenizer keeps a number and the period after it together ("3." is an ordinal:
"am 3. Mai", "der 1000. Besucher"), so a sentence that ends on a year ("Die Zahlen stammen von
2011. Die Schulen ...") ends on the token "2011.", the sentencizer sees no period, and two
sentences run together: the next one's first word is read as mid-sentence, and an example
holds both. A four-digit number in a year's range with a period, before a capitalized word, a
figure or the end of the text, is split into the year and a sentence-final period, unless a
determiner or a contracted preposition stands before it: that one opens a noun phrase the
number is the ordinal of ("der 1000. Besucher", "zum 2000. Mal", "ihr 1500. Spiel").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from learner.nlp.hanta import hanover_tagger
from learner.nlp.tags import stts_tag

# Years news writes with four digits: from the Middle Ages to this century's.
_YEAR_WITH_PERIOD = re.compile(r"(1\d\d\d|20\d\d)\.")

# STTS tags of the words that open a noun phrase an ordinal can stand in: articles, contracted
# prepositions (APPRART: "zum", "am") and the attributive pronouns (dieser, sein, jeder, welcher).
_ORDINAL_OPENERS = frozenset({"ART", "APPRART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT"})


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The first token from `i` on in the direction `step` that is not whitespace."""
    while 0 <= i < len(doc):
        if not doc[i].is_space:
            return doc[i]
        i += step
    return None


def opens_ordinal(word: Token) -> bool:
    """Whether HanTa's lexicon reads the word most likely as an article, a contracted
    preposition or an attributive pronoun: a number after it is an ordinal."""
    tags = hanover_tagger().tag_word(word.text)
    return bool(tags) and stts_tag(tags[0][0]) in _ORDINAL_OPENERS


def ends_sentence_on_year(token: Token) -> bool:
    """Whether the token is a year and the period that ends its sentence ("2011." before
    "Die Schulen ..." or the end of the text), not an ordinal ("der 1000. Besucher")."""
    if not _YEAR_WITH_PERIOD.fullmatch(token.text):
        return False
    after = _neighbour(token.doc, token.i + 1, 1)
    # A sentence may open with a bracket or a quotation mark before its first word.
    while after is not None and (after.is_left_punct or after.is_quote):
        after = _neighbour(token.doc, after.i + 1, 1)
    # An ordinal goes before a noun or an adjective in lower case; a capital or a figure
    # ("13.984 Straftaten") after the period opens the next sentence.
    if after is not None and not (after.text[:1].isupper() or after.text[:1].isdigit()):
        return False
    before = _neighbour(token.doc, token.i - 1, -1)
    return before is None or not opens_ordinal(before)


class YearPeriods:
    """Splits each year that ends its sentence from the period after it, before the
    sentencizer (or parser) looks for sentence-final punctuation."""

    def __call__(self, doc: Doc) -> Doc:
        # Most paragraphs hold no year with a period: one search of the text spares asking
        # every token (which spaCy makes an object of) of them.
        if _YEAR_WITH_PERIOD.search(doc.text) is None:
            return doc
        years = [token for token in doc if ends_sentence_on_year(token)]
        if years:
            with doc.retokenize() as retokenizer:
                for token in years:
                    # No parse yet: the period hangs on the year, which heads itself.
                    retokenizer.split(token, [token.text[:-1], "."],
                                      heads=[(token, 0), (token, 0)])
        return doc


@Language.factory("year_periods")
def make_year_periods(nlp: Language, name: str) -> YearPeriods:
    return YearPeriods()
