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
    english_senses,
    lookup_key,
    parse_headword,
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
    function_words = wordlists.frequent_words("de", FUNCTION_WORD_ZIPF)
    nouns = {word.casefold() for word, pos in by_key if pos == "NOUN"}
    for (word, pos), candidates in by_key.items():
        for c in candidates:
            if c.context and not c.in_subentry:
                for noun in sorted(c.context & nouns):  # sorted: a set's order changes per run
                    if noun != word.casefold() and noun not in function_words:
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
# are in that field (`field_senses.in_field`). Only [sport]: sport reuses everyday words for
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


# Ding's labels for the kind of thing a verb line is said of, written after the headword
# ("zittern; beben; schlottern {vi} (Person)", "jdn. empören {vt} (Sache)", "sich abwechseln
# (Personen)", "an etw. mangeln {vi} (Person, Sache)") or on the English side ("to outrage
# sb. (of a thing)"). Over all of Ding some 600 lines say (Person), 500 (Sache). A label
# naming both kinds says neither.
_PERSON_LABELS = frozenset({"Person", "Personen", "Mensch", "Menschen", "Tier", "Tiere",
                            "Tieren", "Lebewesen", "person", "persons", "people"})
_THING_LABELS = frozenset({"Sache", "Sachen", "Ding", "Dinge", "Dingen", "Gegenstand",
                           "Gegenstände", "Gegenständen", "thing", "things", "matter"})
_SUBJECT_LABEL = re.compile(
    r"\((?:of |von |bei )?(?:an? |the )?((?:%s)(?:, (?:%s))*)\)" % (("|".join(
        sorted(_PERSON_LABELS | _THING_LABELS)),) * 2))
# A line that spells out what its subject falls into is about a thing: "sich (in seine
# Bestandteile) auflösen", "in Stücke brechen".
_PARTS = re.compile(r"Bestandteil|in Stücke|in (?:seine|ihre) Teile")
_PERSON_PLACEHOLDER = re.compile(
    r"(?<!\w)(?:jd\.|jdm\.|jdn\.|jds\.|jemand\w*|sb\.|somebody|someone)")
_THING_PLACEHOLDER = re.compile(r"(?<!\w)(?:etw\.|etwas|einer Sache|sth\.|something)")
_ACCUSATIVE_PLACEHOLDER = re.compile(r"(?<!\w)(?:etw\.|jdn\.|etwas|jemanden)\s")
_VERB_TAG = re.compile(r"\{(v[tir]?)\}")
_WORD = re.compile(r"[^\W\d_]+")


def _label_kind(label: str) -> str:
    words = set(label.split(", "))
    person, thing = bool(words & _PERSON_LABELS), bool(words & _THING_LABELS)
    return "person" if person and not thing else "thing" if thing and not person else ""


def subject_rows(lines: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """Rows (verb, sense, kind) for the verbs Ding says some line of is said of persons or
    of things, each of their lines' senses with what the line says of its subject:

    - "person" or "thing": the line's label (`_SUBJECT_LABEL`) for the headword: on its own
      synonym ("zum Einsatz kommen (Person); ... zum Einsatz kommen (Dinge)"), else the one
      label at the end of the headwords; or a line that spells out its subject's parts
      ("auseinanderfallen; sich (in seine Bestandteile) auflösen": a thing); "plain" for
      a line with neither;
    - "sb" or "sth": the line's sub-entries name a person ("sich von jdm. trennen", "to
      part from sb."), or only things ("etw. pendeln lassen");
    - "vt": the headword takes an accusative object here ("jdn. empören", {vt}), whose
      own kind the clause's nouns cannot be told from the subject's.

    Only for verbs with a labelled line: the rule that reads these (`subject_senses.
    by_subject`) moves a labelled first sense only."""
    verb_lines = [line for line in lines if "{v" in line
                  and "{v" in line.partition(" :: ")[0].partition(" | ")[0]]
    keys: set[str] = set()
    for line in verb_lines:
        german, _, english = line.partition(" :: ")
        head = german.partition(" | ")[0]
        if (_SUBJECT_LABEL.search(head) or _PARTS.search(head)
                or _SUBJECT_LABEL.search(english.partition(" | ")[0])):
            keys.update(lookup_key(h.word) for h in map(parse_headword, split_top(head, ";"))
                        if h.word)
    for line in verb_lines:
        if keys.isdisjoint(_WORD.findall(line.partition(" | ")[0].partition(" :: ")[0].lower())):
            continue
        german, _, english = line.strip().partition(" :: ")
        head = split_top(german, " | ")[0]
        segments = split_top(head, ";")
        words = [parse_headword(s).word for s in segments]
        if not keys.intersection(map(lookup_key, filter(None, words))):
            continue
        english_head = split_top(english, " | ")[0]
        senses = english_senses(english_head)
        labels = [[_label_kind(m.group(1)) for m in _SUBJECT_LABEL.finditer(s)]
                  for s in segments]
        # A label after the word class that closes the synonyms, none before, is the
        # line's ("mit etw. im Einklang stehen; ...; einer Sache entsprechen {vi}
        # (Sache)"); one before it is the last synonym's ("jdn. angreifen; attackieren;
        # anfallen (Tier) {vt}": animals anfallen).
        tail = segments[-1].rpartition("}")[2] if "}" in segments[-1] else ""
        closing = [_label_kind(m.group(1)) for m in _SUBJECT_LABEL.finditer(tail)]
        whole = (closing[0] if len(segments) > 1 and not any(labels[:-1])
                 and len(set(closing)) == 1 and len(closing) == len(labels[-1]) else "")
        english_kinds = {_label_kind(m.group(1)) for m in _SUBJECT_LABEL.finditer(english_head)}
        evidence = set()
        if _PERSON_PLACEHOLDER.search(german) or _PERSON_PLACEHOLDER.search(english):
            evidence.add("sb")
        elif _THING_PLACEHOLDER.search(german) or _THING_PLACEHOLDER.search(english):
            evidence.add("sth")
        for at, word in enumerate(words):
            if not word or lookup_key(word) not in keys:
                continue
            if labels[at]:
                kind = labels[at][0] if len(set(labels[at])) == 1 else ""
            else:
                kind = whole
            if not kind and not any(labels) and len(english_kinds) == 1:
                kind = next(iter(english_kinds))
            if not kind and _PARTS.search(head):
                kind = "thing"
            kinds = {kind or "plain"} | evidence
            # Ding tags a group of synonyms once, after the last ("etw. abweisen;
            # zurückweisen {vt}").
            tags = [t for s in segments[at:] for t in _VERB_TAG.findall(s)]
            if _ACCUSATIVE_PLACEHOLDER.search(segments[at] + " ") or tags[:1] == ["vt"]:
                kinds.add("vt")
            for sense in senses:
                for k in sorted(kinds):
                    yield lookup_key(word), sense, k


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
