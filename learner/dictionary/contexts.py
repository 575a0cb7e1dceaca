"""Senses that depend on a word's context: the sense a line's example phrases give a word
beside a noun, a verb's senses by governed preposition and by frame (with or without "sich"
and an object), the subject fields Ding labels (`TOPIC_FIELDS`), and the parts of a sentence
(a noun's complement, a verb's clause) the look-up matches them against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from learner import wordlists
from learner.dictionary.parsing import (
    MIN_PART,
    PREPOSITIONS,
    Candidate,
    lookup_key,
    parse_line,
    split_top,
)


def context_rows(
    by_key: dict[tuple[str, str], list[Candidate]],
) -> Iterator[tuple[str, str, str, str]]:
    """Rows (word, class, noun, sense): a line where the word is a headword and whose example
    phrases use the noun gives the sense its first English sense ("den Vorwurf zurückweisen"
    is in the line "to repudiate sth."). Only nouns Ding knows count: a phrase's first word
    is capitalised too ("Ich muss ...")."""
    frequencies = wordlists.frequency_dict("de")
    most = 10 ** (FUNCTION_WORD_ZIPF - 9)
    nouns = {word.casefold() for word, pos in by_key if pos == "NOUN"}
    for (word, pos), candidates in by_key.items():
        for c in candidates:
            if c.context and not c.in_subentry:
                for noun in sorted(c.context & nouns):  # sorted: a set's order changes per run
                    if noun != word.casefold() and frequencies.get(noun, 0.0) < most:
                        yield lookup_key(word), pos, noun_stem(noun), c.senses[0]


def governed_rows(
    by_key: dict[tuple[str, str], list[Candidate]],
) -> Iterator[tuple[str, str, str, str]]:
    """Rows (verb, class, preposition, sense): a verb line whose headwords take a
    prepositional object gives its senses for that preposition ("jdn./etw. belasten;
    beschweren (mit etw.)": "to burden sb./sth.")."""
    for (word, pos), candidates in by_key.items():
        for c in candidates:
            for preposition in sorted(c.governs):
                for sense in c.senses:
                    yield lookup_key(word), pos, preposition, sense


# Subject fields whose label on a line decides a word's sense where the word's own sentences
# are in that field (`context_senses.in_field`). Only [sport]: sport reuses everyday words for
# its own things (Satz "set", Ausgleich "equaliser", Partie "match", Aufschlag "serve"), and
# a sport sentence names them. Over the 600 gnad articles, [pol.], [econ.], [fin.], [jur.]
# and [art] moved as many first senses to a learned or narrower English for the worse
# (Kommissar "commissar", Anleihe "debenture", Staatenbund "league") as for the better.
TOPIC_FIELDS = ("sport",)


def subject_fields(
    by_key: dict[tuple[str, str], list[Candidate]], lines: Iterable[str],
) -> Iterator[tuple[str, str, str, str]]:
    """Rows (word, class, field, sense) of the `TOPIC_FIELDS`: each sense of a line whose
    headwords Ding labels with the field ("Ausgleichstreffer {m}; Ausgleich {m} (Ballsport)
    [sport] :: equalizing goal; equalizer"), and (word, class, field, "") for a word all of
    whose lines carry it (Elfmeter, Achtelfinale, Abseitsstellung): a word that names the
    field wherever it stands, so a sentence using it is about the field. A label on a
    sub-entry's compound or on the English side is no label of the headwords'."""
    for field in TOPIC_FIELDS:
        label = f"[{field}]"
        labelled: dict[Candidate, None] = {}
        for line in lines:
            german = line.partition(" :: ")[0]
            if label in split_top(german, " | ")[0]:
                for c in parse_line(line):
                    if not c.in_subentry:
                        labelled[c] = None
        words: dict[tuple[str, str], None] = {}
        for c in labelled:
            words[c.word, c.pos] = None
            for sense in c.senses:
                yield lookup_key(c.word), c.pos, field, sense
        for word, pos in words:
            if all(c in labelled for c in by_key.get((word, pos), ())):
                yield lookup_key(word), pos, field, ""


def verb_frames(
    by_key: dict[tuple[str, str], list[Candidate]],
) -> Iterator[tuple[str, str, str]]:
    """Rows (verb, frame, sense): each way Ding's lines write a verb, with or without "sich"
    and with or without an accusative beside it (`Candidate.frame`), with the line's senses
    ("sich durchschlagen": "to struggle along/on"; "durchschlagen {vi}": "to have an
    effect")."""
    for (word, pos), candidates in by_key.items():
        if pos == "VERB":
            for c in candidates:
                if c.frame:
                    for sense in c.senses:
                        yield lookup_key(word), c.frame, sense


# A preposition fused with the article that follows it: "am" is "an dem", "zum" "zu dem".
CONTRACTIONS = {"am": "an", "ans": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu",
                 "vom": "von", "beim": "bei", "aufs": "auf", "fürs": "für", "übers": "über",
                 "ums": "um", "durchs": "durch", "vors": "vor", "unters": "unter"}
# What ends a clause, as far as a verb's objects go: punctuation and quotation marks.
_CLAUSE_END = re.compile(r"[,;:()\[\]„“”\"«»–—.!?]")
# A short aside in brackets, without a clause's punctuation inside: a party, a minute, a
# date (`verb_clause`).
_ASIDE = re.compile(r"\([^()\[\],;:!?]{1,40}\)")


# The reciprocal pronoun joined to a preposition (zueinander, miteinander, aufeinander): the
# preposition's complement, as "zu jdm." is.
_RECIPROCAL = re.compile(r"(\w+?)einander")


def noun_complement(sentence: str, highlights: Iterable[tuple[int, int]]) -> str:
    """The word after a noun in its sentence, lower case, where it may open the noun's
    prepositional complement ("einen Draht zueinander": "zu"; "Interesse am Film": "an"), ""
    where a punctuation mark or the sentence's end follows."""
    ends = [end for _, end in highlights]
    if not ends:
        return ""
    following = re.match(r"\s+([^\W\d_]+)", sentence[max(ends):])
    if following is None:
        return ""
    word = following.group(1).lower()
    reciprocal = _RECIPROCAL.fullmatch(word)
    if reciprocal and reciprocal.group(1) in PREPOSITIONS:
        return reciprocal.group(1)
    return CONTRACTIONS.get(word, word)


def verb_clause(sentence: str, highlights: Iterable[tuple[int, int]]) -> str:
    """The clause of a sentence that holds a verb, without the verb itself: from the
    punctuation before its first highlighted part to the punctuation after its last one
    (a separable verb's particle: "Wir bewegen uns auf einen Prozess zu" keeps "uns auf
    einen Prozess"). A highlighted particle is left out, as it is no preposition of an
    object ("zu" of zubewegen), and so is the "zu" of an infinitive. "" without
    highlights."""
    spans = sorted(highlights)
    if not spans:
        return ""
    start, end = spans[0][0], max(e for _, e in spans)
    # A short aside in brackets ("Kanzler Werner Faymann (SPÖ) und Vize ... dämpften die
    # Erwartungen", "Raldes (86.) fixierte") is no clause's end, nor part of the clause.
    sentence = _ASIDE.sub(lambda m: m.group() if any(
        m.start() < e and s < m.end() for s, e in spans) else " " * len(m.group()), sentence)
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = _CLAUSE_END.search(sentence, end)
    pieces, at = [], left
    for s, e in spans:
        # "zu" just before the verb marks its infinitive ("mit dieser Frage zu belasten").
        before = sentence[at:s].rstrip()
        pieces.append(before[:-3] if before.endswith(" zu") else before)
        at = e
    pieces.append(sentence[at:right.start() if right else len(sentence)])
    return " ".join(" ".join(pieces).split())


# German words this frequent (Zipf) are function words, capitalised only at the start of a
# sentence (ich 6.5, sie, das); Ding lists a few as nouns (das Ich "the ego"). The most
# frequent real nouns stay below (Jahr 5.7, Zeit 5.6).
FUNCTION_WORD_ZIPF = 6.0


def noun_stem(noun: str) -> str:
    """A German noun with case and number endings and umlauts levelled, for matching a
    sentence's form with a dictionary's (Vorwürfe, Vorwurf -> vorwurf)."""
    plain = noun.casefold().replace("ä", "a").replace("ö", "o").replace("ü", "u")
    for ending in ("en", "er", "es", "e", "n", "s"):
        if plain.endswith(ending) and len(plain) - len(ending) >= MIN_PART + 1:
            return plain[: -len(ending)]
    return plain
