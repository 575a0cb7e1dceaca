"""Senses by the kind of a verb's subject, a person or a thing (`by_subject`), as its clauses'
noun phrases say (`clause_subject`, `noun_kind`). A plain function of a `Dictionary` and an
`Entry`; it returns the entry as it was where nothing decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.contexts import CONTRACTIONS, verb_clause
from learner.dictionary.entry import Entry
from learner.dictionary.parsing import (
    ANY_PREPOSITION,
    lookup_key,
    sense_key,
)
from learner.lexicon import definitions, nouns

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def by_subject(dictionary: Dictionary, entry: Entry, lemma: str,
               examples: Iterable[tuple[str, tuple[tuple[int, int], ...]]]) -> Entry:
    """A verb's entry with a sense said of its clauses' kind of subject first, where Ding says
    the card's first sense is said of the other kind (`subject_rows`): "gingen die beiden
    Präsidenten auseinander" is "to part" (the line of "sich trennen; auseinandergehen",
    whose sub-entries name a person: "sich von jdm. trennen"), not "to break up; to
    disintegrate" (the line of "auseinanderfallen; sich (in seine Bestandteile)
    auflösen", things that fall apart); "pendelte der Stimmenanteil zwischen 64 und 50
    Prozent" is "to oscillate", not "(zwischen zwei Orten) pendeln (Person) :: to
    commute".

    Only senses the card shows move, to the first place; only where every line of the
    first sense carries the label, and the other sense's line has evidence of the
    clauses' kind: the other label, or its sub-entries' placeholders (jdm., sb. for a
    person; etw., sth. and no person for a thing). Ding's labels say how the German line
    is used, and its English is often as good for the other kind ("jdn. ermutigen (Sache)
    :: to encourage sb." fits a person who encourages), so an unlabelled line alone
    weighs nothing. Not for a line with an accusative object ("jdn. empören (Sache)"):
    without case, a clause's object cannot be told from its subject. Each example's
    subject is `clause_subject`'s; more than half must be of the kind."""
    if not entry.gloss or entry.approximate or entry.german:
        return entry
    rows = dictionary.fetch("SELECT sense, kind FROM subject WHERE key = ?",
                            (lookup_key(lemma),))
    if not rows:
        return entry
    kinds: dict[str, set[str]] = defaultdict(set)
    for sense, kind in rows:
        kinds[sense_key(sense)].add(kind)
    shown = entry.gloss.split("; ")
    first = kinds.get(sense_key(shown[0]), set())
    said_of = first & {"person", "thing"}
    if len(said_of) != 1 or first & {"plain", "vt"}:
        return entry
    other = said_of.pop()
    wanted, placeholder = ("person", "sb") if other == "thing" else ("thing", "sth")
    better = next((s for s in shown[1:] if (k := kinds.get(sense_key(s), set()))
                   and k & {wanted, placeholder} and not k & {other, "vt"}), "")
    if not better:
        return entry
    subjects = [clause_subject(verb_clause(sentence, highlights),
                               [sentence[a:b] for a, b in highlights], lemma)
                for sentence, highlights in examples]
    if 2 * subjects.count(wanted) <= len(subjects):
        return entry
    return replace(entry, gloss="; ".join([better] + [s for s in shown if s != better]))


# Personal pronouns only ever nominative, so a clause's subject where they stand: a person.
# (sie and es are accusatives too, ihr a dative and a possessive.)
_PERSON_PRONOUNS = frozenset({"ich", "du", "er", "wir", "man", "jemand", "niemand"})
# "die beiden", "beide" without a noun after it: two people.
_BOTH = frozenset({"beide", "beiden"})
_WERDEN = frozenset({"werde", "wirst", "wird", "werden", "werdet", "wurde", "wurden",
                     "wurdest", "worden", "würde", "würden"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                       "einem", "einer", "eines"})
# A noun's first German definition (Wiktionary) whose head is one of these names a person or
# another living being ("Frau: erwachsener, weiblicher Mensch"; "Lehrer: Person, die ...";
# "Bauer: jemand, der ..."; "Koralle: Meerestier ...").
_BEINGS = frozenset({"Mensch", "Menschen", "Person", "Personen", "Lebewesen", "Tier"})


def clause_subject(clause: str, forms: list[str], lemma: str) -> str:
    """The kind of the subject of a verb's clause (`verb_clause`, without the verb, whose
    `forms` are the verb's words as the sentence writes them): "person", "thing" or "" (not
    known). It is the kind of the clause's noun phrases outside a prepositional phrase
    (a noun joined to a preposition's by "und" or a genitive is the preposition's too),
    where all are of one kind and each is known (`noun_kind`): a nominative pronoun (er,
    wir, man) or "die beiden" alone is a person. Not known: a passive (its subject is the
    verb's object), a present participle before its noun, a clause with a name Wiktionary
    does not list (Merkel, RTL) or with persons and things."""
    written = " ".join(forms).lower().split()
    if any(f.startswith(lemma + "d") for f in written):
        # A present participle before its noun ("mit schlotternden Knien"): the noun is
        # its subject, which the clause does not show.
        return ""
    tokens = re.findall(r"[^\W\d_][\w-]*", clause)
    lowered = [t.lower() for t in tokens]
    if lemma not in written and not _WERDEN.isdisjoint(lowered):
        return ""
    found: set[str] = set()
    in_phrase = False
    for i, (token, low) in enumerate(zip(tokens, lowered, strict=True)):
        if low in ANY_PREPOSITION or low in CONTRACTIONS:
            in_phrase = True
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if low in _PERSON_PRONOUNS or low in _BOTH and not nxt[:1].isupper():
            if not in_phrase:
                found.add("person")
            continue
        if not token[:1].isupper() or low in _ARTICLES:
            continue
        kind = noun_kind(token)
        if kind is None:
            continue  # no noun: a sentence's first word, a name
        if not in_phrase:
            found.add(kind)
        # "nach zwei Stunden und 16 Minuten": a noun joined on shares the preposition, and
        # so does a genitive after it ("vor Auszählung des Ergebnisses").
        in_phrase = in_phrase and nxt.lower() in ("und", "oder", "sowie", "des", "eines")
    return found.pop() if len(found) == 1 else ""


def noun_kind(word: str) -> str | None:
    """The kind of a noun as written in a sentence: "person" (a first name that is no
    common noun, or a noun that names one: `_names_person`), "thing" (another noun
    Wiktionary defines, itself or its last part), "" (a noun it lists but does not define);
    None for a word it lists as no common noun. A compound Wiktionary lacks is its head's
    kind (Stimmen|anteil: Anteil)."""
    common = nouns.entry(word) is not None
    if word in nouns.first_names() and not common:  # not Ernst, August, Iris, Abo
        return "person"
    lemmas = [word] if common else list(nouns.lemmas_of(word))
    if not lemmas and word not in nouns.listed_names():
        lemmas = next(([part] for part in nouns.last_parts(word)
                       if len(part) >= _HEAD_LETTERS and nouns.entry(part) is not None), [])
    if not lemmas:
        return None
    if any(_names_person(lemma) for lemma in lemmas):
        return "person"
    for lemma in lemmas:
        head = next((part for part in (lemma, *nouns.last_parts(lemma))
                     if definitions.senses(part)), "")
        if head:
            return "person" if _names_person(head) else "thing"
    return ""


# A compound's head read alone for its kind has at least this many letters: "Anteil", not
# "Eil" or "Teil" of a name.
_HEAD_LETTERS = 5


def _names_person(lemma: str, depth: int = 2) -> bool:
    """Whether Wiktionary's noun names a person: a masculine with a feminine in -in
    (Präsident, Präsidentin; Kollege, Kollegin), that feminine itself, a noun declined like
    an adjective in both genders (der/die Abgeordnete), or one whose first definition's
    head is a person or a being (`_BEINGS`; "Frau: erwachsener, weiblicher Mensch"; "Bauer:
    jemand, der ..."), or a noun that names one (Mädchen: "weibliches Kind")."""
    found = nouns.entry(lemma, "m")
    if found is not None and found.gender == "m":
        if nouns.ADJECTIVAL in found.kinds and "f" in found.genders:
            return True
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        feminine = nouns.entry(stem + "in", "f")
        if feminine is not None and feminine.gender == "f":
            return True
    if lemma.endswith("in") and depth and _names_person(lemma[:-2], 0):
        return True  # Lehrerin, of Lehrer
    senses = definitions.senses(lemma)
    if not senses or not depth:
        return False
    text = senses[0].rpartition(": ")[2] if ": " in senses[0][:40] else senses[0]
    if text.startswith("jemand"):
        return True
    head = next(iter(re.findall(r"\b[A-ZÄÖÜ]\w*", text)), "")
    # A group of people ("Leute: eine Gruppe von Personen, Menschen ..."): the group's
    # members are its kind.
    members = head and re.match(r"[^,;]*?\b" + re.escape(head) + r" (?:von|aus) (\w+)", text)
    if members and members.group(1) in _BEINGS:
        return True
    return (head in _BEINGS or head.endswith("tier")
            or head != lemma and bool(head) and _names_person(head, depth - 1))
