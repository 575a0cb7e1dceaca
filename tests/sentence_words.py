"""The words learner finds in a sentence written for a test, through the NLP pipeline and
`collect_words`: what the tests of the NLP rules and of the vocabulary stage assert on."""

from __future__ import annotations

from learner.vocabulary import Word, collect_words


def words_of(nlp, text: str) -> dict[str, Word]:
    """The words of `text`, tagged by `nlp`, by lemma."""
    return {w.lemma: w for w in collect_words([(nlp(text), "test")])}


def lemmas(nlp, text: str) -> set[str]:
    """The lemmas of the words of `text`, tagged by `nlp`."""
    return set(words_of(nlp, text))
