"""Vocabulary: the words of tagged articles, merged by lemma, each with its example sentences.

Reads only Doc/Token attributes set by the NLP layer (`tag_`, `pos_`, `lemma_`, `sent`, and
`dep_`/`head` where a parser ran), so it serves the embedded default and official spaCy
pipelines alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

# Parts of speech that become cards: what a learner studies as vocabulary. Proper nouns
# (PROPN), auxiliaries and modals (AUX) and closed classes are left out.
CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")

# STTS tags a separated verb particle PTKVZ ("gingen ... auseinander"); spaCy's German models
# label its arc `svp`, UD `compound:prt`.
PARTICLE_TAG = "PTKVZ"
PARTICLE_DEPS = frozenset({"svp", "compound:prt"})
# Finite and imperative full verbs are the only forms that leave their particle behind: an
# infinitive or participle keeps it attached ("auseinandergehen", "zurückgewiesen").
_SEPARATED_VERB_TAGS = frozenset({"VVFIN", "VVIMP"})
# Pronominal and interrogative adverbs ("damit", "wo") are function words although UPOS
# calls them ADV.
_FUNCTION_ADVERB_TAGS = frozenset({"PROAV", "PAV", "PWAV"})


@dataclass(frozen=True)
class Example:
    """One sentence where a word occurs, with the characters to highlight in it.

    `highlights` are (start, end) offsets into `sentence`; a separable verb has two
    ("gingen" and "auseinander").
    """

    sentence: str
    highlights: tuple[tuple[int, int], ...]
    article: str


@dataclass(frozen=True)
class Word:
    """A lemma with one part of speech, and everything the articles showed of it."""

    lemma: str
    pos: str
    count: int
    forms: tuple[str, ...]
    examples: tuple[Example, ...]
    articles: tuple[str, ...]
    zipf: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.lemma, self.pos)


@dataclass
class _Tally:
    count: int = 0
    forms: dict[str, None] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    articles: dict[str, None] = field(default_factory=dict)


def normalize_lemma(lemma: str, pos: str) -> str:
    """German orthography: nouns are capitalized, other words are not.

    Hyphenated compounds keep their parts' casing after the first letter ("US-Präsident").
    """
    if not lemma:
        return lemma
    if pos == "NOUN":
        return lemma[0].upper() + lemma[1:]
    return lemma.lower()


def separated_particle(verb: Token) -> Token | None:
    """The particle a finite verb left behind ("gingen ... auseinander"), if any."""
    if verb.doc.has_annotation("DEP"):
        # Only a parsed doc has children: spaCy 3.8 can crash (segfault) walking
        # `Token.children` of a doc whose sentences came from the sentencizer alone.
        for child in verb.children:
            if child.dep_ in PARTICLE_DEPS:
                return child
        return None
    if verb.tag_ not in _SEPARATED_VERB_TAGS:
        return None
    # No parser: the particle is the first PTKVZ after the verb in the same sentence, before
    # another finite verb starts a new clause.
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.tag_ == PARTICLE_TAG:
            return token
        if token.tag_ in _SEPARATED_VERB_TAGS or token.tag_ in ("VAFIN", "VMFIN"):
            return None
    return None


def is_candidate(token: Token) -> bool:
    """Whether a token may become a card, before frequency is considered."""
    if token.pos_ not in CONTENT_POS or token.tag_ == "NE":
        return False
    text = token.text
    if not any(c.isalpha() for c in text) or any(c.isdigit() for c in text):
        return False
    if token.like_num or token.like_url or token.like_email:
        return False
    if token.tag_ in _FUNCTION_ADVERB_TAGS:
        return False
    # Adverbs are half closed class ("auch", "noch", "dort"): spaCy's German stop list names
    # those. It also lists content words ("ehrlich", "gehen"), so it is not applied to others.
    return token.pos_ != "ADV" or token.lemma_.lower() not in STOP_WORDS


def word_lemma(token: Token) -> tuple[str, Token | None]:
    """The dictionary form of a token in context, and the separated particle it joined."""
    lemma = token.lemma_ or token.text
    particle = separated_particle(token) if token.pos_ == "VERB" else None
    if particle is not None:
        lemma = particle.text.lower() + lemma.lower()
    return normalize_lemma(lemma, token.pos_), particle


def _example(sent: Span, tokens: Iterable[Token], article: str) -> Example:
    base = sent.start_char
    spans = sorted((t.idx - base, t.idx - base + len(t.text)) for t in tokens)
    return Example(sentence=sent.text.rstrip(), highlights=tuple(spans),
                   article=article)


def collect_words(tagged: Iterable[tuple[Doc, str]]) -> list[Word]:
    """Merge the candidate words of tagged docs into one Word per (lemma, part of speech).

    `tagged` pairs each Doc with the label of the article it came from. Words come back in
    the order they first appear.
    """
    tallies: dict[tuple[str, str], _Tally] = {}
    for doc, article in tagged:
        for token in doc:
            if not is_candidate(token):
                continue
            lemma, particle = word_lemma(token)
            tally = tallies.setdefault((lemma, token.pos_), _Tally())
            tally.count += 1
            # A separated verb's form is written joined, as a subordinate clause has it
            # ("dass sie auseinandergingen"): "gingen" alone is a form of gehen, not of
            # auseinandergehen, and must not lend it its frequency.
            form = token.text if particle is None else particle.text.lower() + token.text
            tally.forms[form] = None
            tally.articles[article] = None
            parts = [token] if particle is None else [token, particle]
            tally.examples.append(_example(token.sent, parts, article))
    return [
        Word(lemma=lemma, pos=pos, count=t.count, forms=tuple(t.forms),
             examples=tuple(t.examples), articles=tuple(t.articles))
        for (lemma, pos), t in tallies.items()
    ]
