"""Senses in context: which of an entry's senses a card shows first, given the word's use in
its articles: the verb's frame ("sich X" or "X", `in_frame`), the articles' subject field
(`in_field`), the nouns, prepositions and idioms of its sentences (`in_context`), the kind
of its clauses' subject, a person or a thing (`by_subject`), a plural the articles use
alone (`in_plural`), a compound hint's part as the articles' other compounds read it
(`in_discourse`), an adverb's line for a word the articles decline (`as_attribute`).
Plain functions of a `Dictionary` and an `Entry`; each returns the entry as it was where
nothing decides.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from learner.dictionary.compound_hints import ADJECTIVE_ENDINGS, OWN_SENSE_SHARE, is_function_word
from learner.dictionary.compound_senses import MIN_PART_EVIDENCE, part_nouns, renders_head
from learner.dictionary.contexts import CONTRACTIONS, noun_stem, verb_clause
from learner.dictionary.english import english_adjective_of, english_singular
from learner.dictionary.entry import Entry
from learner.dictionary.fields import word_field
from learner.dictionary.form_entries import participle_entry
from learner.dictionary.index_rows import (
    ENGLISH_FUNCTION_WORDS,
    HAS_COMPLEMENT,
    NO_COMPLEMENT,
    NOUN_IDIOM,
    OBJECT_PHRASE,
    PHRASE_END,
    SINGULAR_OF_PLURAL,
    TAKES_COMPLEMENT,
)
from learner.dictionary.parsing import (
    ANY_PREPOSITION,
    CAPITALISED,
    DATIVE_OBJECT,
    MIN_PART,
    PARTICIPLE,
    THING_OBJECT,
    has_dative_object,
    is_object_marker,
    lookup_key,
    sense_key,
    strip_groups,
    upper_first,
)
from learner.dictionary.part_words import part_word_senses
from learner.dictionary.ranking import MAX_SENSES, MIN_COMPOUND_SENSE, phrase_zipf
from learner.dictionary.reflexive import is_reflexive
from learner.lexicon import definitions, nouns

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary
    from learner.vocabulary import Word


# A labelled sense the card did not show comes in only where English writes it at least this
# often (wordfreq's Zipf, a phrase lowered as in the ranking): "goalpost" 2.3, but
# "redoublement" 0.
FIELD_SENSE_ZIPF = 2.0
# How much commoner (wordfreq Zipf, 0.5: about three times as frequent) a field line's English
# is than the plain sense a compound hint took for its part, for the field's to replace it
# (`_field_hint`): "referee" 3.9 against "arbitrator" 3.0, "deficit" 4.1 against
# "backlog" 3.2, "goal" 5.1 against "gate" 4.5; not the shot put's "shot" 5.2 against "ball" 5.0.
FIELD_PART_ZIPF_MARGIN = 0.5


def in_frame(dictionary: Dictionary, entry: Entry, word: Word) -> Entry:
    """A verb's entry with the senses of its card's frame first: a card headed "sich X"
    shows first what Ding's "sich X" lines say ("sich durchschlagen": to struggle along,
    not durchschlagen's "to have an effect"), one headed "X" what its lines without
    "sich" say. Only senses on the card move, in their order; a sense that both kinds of
    line give stays where it is. A word with no verb use counted (only participles before
    nouns) shows no frame."""
    if (word.pos != "VERB" or not word.verb_uses or not entry.gloss or entry.approximate
            or not entry.frames):
        return entry
    wanted = {"sich", "dative"} if is_reflexive(word, entry) else {"plain"}
    fits: dict[str, set[bool]] = defaultdict(set)
    for frame, sense in dictionary.frame_rows(word.lemma):
        fits[sense].add(frame in wanted)
    shown = entry.gloss.split("; ")
    first = [s for s in shown if fits.get(s) == {True}]
    if not first:
        return _frame_sense(entry, fits, shown)
    if shown[0] in first or fits.get(shown[0]) != {False}:
        return entry
    return replace(entry, gloss="; ".join(first + [s for s in shown if s not in first]))


def _frame_sense(entry: Entry, fits: Mapping[str, set[bool]], shown: list[str]) -> Entry:
    """The entry with the first sense of a line of the card's frame before the card's own,
    where every sense the card shows is Ding's only for the other frame: "Facebook zieht
    sich heftige Kritik zu" is "sich etw. zuziehen", to incur sth., which the card's "to
    draw sth.; to move somewhere" (zuziehen's own lines) miss; "die Liste setzt sich aus
    ... zusammen" is "to comprise sth.", not "to piece together sth.". The ranking chose
    the card's senses from all the verb's lines, and a frame's lines are often fewer and
    shorter. Not where the frame's sense says in other words what the card says (the
    plain "to steady sth." and the reflexive "to steady": one sense either way)."""
    if fits.get(shown[0]) != {False} or any(fits.get(s, {False}) != {False} for s in shown):
        return entry
    wanted = next((s for s, fit in fits.items() if fit == {True}), "")
    said = {w for sense in shown for w in re.findall(r"\w+", sense.lower())
            if len(w) > 3 and w not in ENGLISH_FUNCTION_WORDS}
    if not wanted or said.intersection(re.findall(r"\w+", wanted.lower())):
        return entry
    return replace(entry, gloss="; ".join([wanted] + shown[:MAX_SENSES - 1]))


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


def in_field(dictionary: Dictionary, entry: Entry, word: Word, fields: Mapping[str, str]) -> Entry:
    """A word's entry with the sense of its articles' subject field first
    (`article_fields`): where more than half of the articles the word stands in are about
    a field of `TOPIC_FIELDS` and one of the word's own Ding lines carries its label,
    "den Ausgleich erzielen" in a match report is Ding's "Ausgleich {m} (Ballsport)
    [sport] :: equalizer", "traf die Stange" its "goalpost". A sense the card shows moves
    first, else the labelled line's first sense comes in first, where English uses it
    (`FIELD_SENSE_ZIPF`): Ding's fencing "Wiederholung [sport] :: redoublement" is no
    English a learner knows, and a repetition in a football report is a repetition."""
    if (not entry.gloss or entry.german
            or word.pos not in ("NOUN", "VERB", "ADJ")):
        return entry
    field = word_field(word, fields)
    if not field:
        return entry
    if entry.approximate:
        return _field_hint(dictionary, entry, word, field)
    senses = [sense for f, sense in dictionary.fetch(
        "SELECT field, sense FROM field WHERE key = ? AND pos = ?",
        (lookup_key(word.lemma), word.pos)) if f == field and sense]
    shown = entry.gloss.split("; ")
    if not senses or shown[0] in senses:
        return entry
    best = next((s for s in shown if s in senses), senses[0])
    if best not in shown and phrase_zipf(sense_key(best)) < FIELD_SENSE_ZIPF:
        return entry
    return replace(entry, gloss="; ".join(
        ([best] + [s for s in shown if s != best])[:MAX_SENSES]))


def _field_hint(dictionary: Dictionary, entry: Entry, word: Word, field: str) -> Entry:
    """A compound hint in an article of the field with a part's field sense where its
    English is the commoner word: a Handball-Schiedsrichter in a match report is
    "handball + referee", Ding's [sport] line's, not "handball + arbitrator", where the
    hint took the part's plain line. Only where English uses the field's word more than
    the plain one (wordfreq): sport gives an everyday thing an everyday English name
    (referee, goal, deficit), while a field line that says something rarer than the
    plain sense is a narrower use the compound seldom means (a gymnast's "roll" for
    Favoritenrolle's role, "whipping" for Finalniederlage's defeat, "time-out" for a
    Pause)."""
    if word.pos != "NOUN" or " + " not in entry.gloss:
        return entry
    lemma = word.lemma
    pieces = lemma.split("-") if "-" in lemma else [
        p for start in range(MIN_PART, len(lemma) - MIN_PART + 1)
        for p in (lemma[:start], lemma[start:])]
    swap: dict[str, str] = {}
    for piece in dict.fromkeys(pieces):
        for noun in part_nouns(piece):
            found = dictionary.entry(noun, "NOUN")
            if found is None or not found.gloss or found.approximate:
                continue
            sport = [sense for f, sense in dictionary.fetch(
                "SELECT field, sense FROM field WHERE key = ? AND pos = 'NOUN'",
                (lookup_key(noun),)) if f == field and sense]
            if not sport:
                continue
            best = sport[0]  # the labelled line's first sense, as `in_field` takes it
            for plain in found.gloss.split("; "):
                # "results" for "result" is the same thing; "shot" (the shot put's) is
                # commoner English than "ball", but not clearly so.
                if (plain not in sport and english_singular(best) != plain
                        and phrase_zipf(sense_key(best))
                        >= phrase_zipf(sense_key(plain)) + FIELD_PART_ZIPF_MARGIN):
                    swap.setdefault(plain.lower(), best)
    if not swap:
        return entry
    readings = [" + ".join(swap.get(part.lower(), part) for part in reading.split(" + "))
                for reading in entry.gloss.split("; ")]
    gloss = "; ".join(dict.fromkeys(readings))
    return entry if gloss == entry.gloss else replace(entry, gloss=gloss)


def in_context(dictionary: Dictionary, entry: Entry, lemma: str, pos: str, sentences: Iterable[str],
               clauses: Iterable[str] = ()) -> Entry:
    """A verb's entry with the sense its sentences call for first:

    - a sense whose Ding line has an example phrase with a noun the sentences use (the
      article "wies den Vorwurf zurück"; Ding's "den Vorwurf zurückweisen" stands in the
      line "to repudiate sth.");
    - else, a sense the card shows whose line takes a prepositional object with a
      preposition of the verb's own clause (`clauses`, see `verb_clause`): "die
      Beziehungen mit dieser Streitfrage belasten" is "jdn./etw. belasten (mit etw.)",
      "to burden sb./sth.", not "to load".

    A noun's entry likewise has first a sense the card shows whose line takes the
    preposition that follows the noun in most of its sentences (`clauses` are then
    `noun_complement`s): "einen Draht zueinander finden" is "Draht {m} (zu jdm.)",
    "rapport", not "wire".

    A noun in an idiom of Ding's that its sentences use has the idiom's sense first
    (`_noun_idiom_sense`); a hint built from the noun's parts gives way to it whole (aus
    dem Stegreif: "(etw. aus dem Stegreif tun) to improvise", not "≈ web + bloom").

    Where neither decides, or the gloss is a hint, the entry is as it was."""
    idiom_sense = {"NOUN": _noun_idiom_sense,
                   "ADJ": _adjective_idiom_sense}.get(pos)
    if idiom_sense is not None and entry.gloss and not entry.german:
        idiom = idiom_sense(dictionary, entry, lemma, sentences)
        if idiom and entry.approximate:  # a hint gives way to the idiom whole
            return replace(entry, gloss=idiom, approximate=False)
        if idiom:
            senses = [idiom] + entry.gloss.split("; ")
            return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
    if not entry.gloss or entry.approximate or pos not in ("VERB", "NOUN"):
        return entry
    if pos == "NOUN":
        # A verb's objects select its sense (den Vorwurf zurückweisen, ein Angebot
        # ablehnen). The nouns near a noun in Ding's phrases are looser company: on the
        # development samples they changed four first senses, one for the worse and none
        # for the better. The preposition after it is the noun's own complement.
        best = _governed_sense(dictionary, entry, lemma, pos, clauses)
        if not best:
            return entry
        senses = [best] + [s for s in entry.gloss.split("; ") if s != best]
        return replace(entry, gloss="; ".join(senses))
    idiom = _idiom_sense(dictionary, lemma, clauses)
    if idiom:
        senses = [idiom] + entry.gloss.split("; ")
        return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
    rows = dictionary.fetch("SELECT noun, sense FROM context WHERE key = ? AND pos = ?",
                       (lookup_key(lemma), pos))
    used = {noun_stem(w) for sentence in sentences for w in CAPITALISED.findall(sentence)}
    votes: dict[str, int] = defaultdict(int)
    for noun, sense in rows:
        if noun in used:
            votes[sense] += 1
    if votes:
        best = [max(votes, key=lambda sense: (votes[sense], sense))]
    else:
        best = (_object_phrase_senses(dictionary, entry, lemma, clauses)
                or [_reflexive_frame_sense(dictionary, entry, lemma, clauses)
                    or _governed_sense(dictionary, entry, lemma, pos, clauses)])
    if not best[0]:
        return entry
    senses = best + [s for s in entry.gloss.split("; ") if s not in best]
    return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))


def as_attribute(dictionary: Dictionary, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
    """An adjective's entry with its participle's senses first, where Ding gives the
    word only an adverb's line ("aufsässig; herausfordernd {adv} :: defiantly",
    "gefürchtet {adv} :: redoubtably") and the articles decline it (eine herausfordernde
    Zeit, ein gefürchteter Hang): declined, it stands before a noun, where no adverb
    can, and the verb's line translates it as an adjective there ("herausfordern |
    herausfordernd :: to challenge | challenging"). The adverb's first sense stays last.
    Without such a verb, the adverbs in -ly become their adjectives ("ominously":
    "ominous"). Undeclined (ausnehmend schlecht "exquisitely") the adverb's line may well
    be right."""
    if (not entry.gloss or entry.approximate or entry.german
            or dictionary.entry(lemma, "ADJ") is not None):
        return entry
    adverb = dictionary.entry(lemma, "ADV")
    if adverb is None or adverb.gloss != entry.gloss:
        return entry
    if not any(form.startswith(lemma) and form[len(lemma):] in ADJECTIVE_ENDINGS
               for form in forms):
        return entry
    participle = dictionary.entry(lemma, PARTICIPLE) or (
        participle_entry(dictionary, lemma) if lemma.endswith("nd") else None)
    if participle is None or not participle.gloss or participle.approximate:
        # No verb's line to say it: the adverb's English in -ly made the adjective it
        # is formed from ("ominös {adv} :: ominously": ein ominöses Gerät, "ominous").
        return replace(entry, gloss="; ".join(dict.fromkeys(
            english_adjective_of(sense) or sense for sense in entry.gloss.split("; "))))
    senses = participle.gloss.split("; ")[:MAX_SENSES - 1]
    return replace(entry, gloss="; ".join(senses + entry.gloss.split("; ")[:1]))


def in_plural(dictionary: Dictionary, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
    """A noun's entry with the senses Ding gives its plural as a headword of its own
    first, where the articles use the noun only in the plural: German plurals often name
    something the singular does not (Dreharbeiten "shooting", a film's, not lathe work;
    Räumlichkeiten "premises", not spaciousness; Gegebenheiten "circumstances";
    Konditionen "terms"). Only a plural-only headword of Ding's ("Dreharbeiten {pl}"),
    and only where its first English is not rarer than the noun's first sense (by
    wordfreq, a phrase lowered as in the ranking): a plural-only line's English is often
    a learned word for a plural of the same thing (Wale "cetaceans", Narben "voids"). An
    English plural of the first sense is the same sense (Ratten "rats"). A German
    definition gives way to Ding's English, and so does a hint composed from a compound's
    parts, whatever its frequency (Mietrückstände "rent arrears", not "≈ rent + backlog")."""
    plural = entry.plural
    used = set(forms)
    homograph = _other_homographs_plural(dictionary, entry, lemma, used)
    if homograph is not None:
        return homograph
    if not plural or plural == lemma or not used or not used <= {plural, plural + "n"}:
        return entry
    row = dictionary.entry_row(plural, "NOUN")
    if row is None or row[2] or row[3] != row[0] or not row[1]:
        # no plural-only headword of Ding's; a hint's head may have one
        return _plural_head_hint(dictionary, entry, lemma) if entry.approximate else entry
    senses = row[1].split("; ")
    if entry.approximate and not dictionary.entry(lemma, SINGULAR_OF_PLURAL):
        # A word Ding lacks in the singular (a compound, an -ung noun of a verb) but has as
        # the plural the articles use (Mietrückstände "rent arrears", Streitkräfte "armed
        # forces", Briefwahlstimmen "postal votes"): Ding's English for the word itself,
        # where a hint read from its parts reads each part alone ("≈ rent + backlog", "≈
        # dispute + force", "≈ postal voting + voice"). No frequency test: the hint is no
        # sense of Ding's to weigh it against.
        return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), approximate=False,
                       definition="")
    if entry.approximate:
        return entry  # Fichte "≈ spruce tree": the plural line's senses made singular already
    if entry.gloss and not entry.german:
        first = sense_key(entry.gloss.split("; ")[0])
        if (sense_key(english_singular(senses[0])) == first
                or phrase_zipf(sense_key(senses[0])) < phrase_zipf(first)):
            return entry
        senses += [s for s in entry.gloss.split("; ") if s not in senses]
    return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), german=False)


def _other_homographs_plural(dictionary: Dictionary, entry: Entry, lemma: str,
                             used: set[str]) -> Entry | None:
    """The entry of the lemma's other homograph, where the articles use only its plural.

    Wiktionary lists homographs with a plural each (der Kiefer, jaw, plural Kiefer; die
    Kiefer, pine, plural Kiefern; der Primat, primacy, plural Primate; der Primat, the
    animal, plural Primaten), and Ding's lines pick the card's (`noun_forms`): Ding's
    singular lines are the jaw's and primacy's. Ding lists the other homograph's plural as
    a plural-only headword ("Kiefern {pl} :: pines", "Primaten {pl} :: primates"): where
    every form the articles use is that plural, and the card's own plural is another word,
    the articles' noun is that homograph, and the card takes its gender, its plural and
    the plural line's senses, in the singular. None where the card's entry is no sense of
    Ding's, where two homographs share the plural (der Laster, das Laster), or where the
    plural line says the card's first sense."""
    if (not used or lemma in used or not entry.gloss or entry.approximate or entry.german
            or not entry.plural or entry.plural in used):
        return None
    others = [noun for noun in nouns.entries(lemma)
              if entry.plural not in noun.plurals and used <= set(noun.plurals)]
    if len(others) != 1 or len(used) != 1:
        return None
    form = next(iter(used))
    row = dictionary.entry_row(form, "NOUN")
    if row is None or row[0] != form or row[2] or row[3] != row[0] or not row[1]:
        return None  # no plural-only headword of Ding's for that plural
    # The card is headed by the singular (die Kiefer): the plural line's English in the
    # singular ("pine", "primate").
    senses = list(dict.fromkeys(english_singular(sense) for sense in row[1].split("; ")))
    if sense_key(senses[0]) == sense_key(entry.gloss.split("; ")[0]):
        return None
    return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), gender=others[0].gender,
                   plural=form, rare_plural="")


def _plural_head_hint(dictionary: Dictionary, entry: Entry, lemma: str) -> Entry:
    """A compound hint whose compound the articles use only in the plural, read first with a
    sense of its head's plural that Ding's plural compounds of that head use, where the
    head's card lacks it: "Ausgaben {pl} :: spending; cost; expenses" is what Ding's
    -ausgaben say (Investitionsausgaben "investment spending", Gesundheitsausgaben "health
    spending"), never "editions", so Konsumausgaben are "≈ consumption + spending;
    consumption + edition; ..."; -verhältnisse are "conditions" (Lebensverhältnisse "living
    conditions"), not a ratio.

    The head is the longest last part Ding has whose plural ends the compound's and whose
    sense the hint's first reading uses; its plural must be a plural-only headword of
    Ding's. Of that line's senses (in the line's order, Ding's commonest English first),
    the first that the head's card does not show and that Ding's nouns written in the
    plural render the head by (`renders_head`, either number) in MIN_PART_EVIDENCE of them
    and OWN_SENSE_SHARE times as many as the hint's sense. Only a sense the card lacks: Ding
    lists a plural as a headword of its own where it names something else (Wasserfälle,
    Festzüge), and its compounds favour the head's rarer senses ("fall", "procession") as
    often as a new one. -rückstände are "arrears" in three and "backlog" in two
    (Aktenrückstände): Mietrückstand's hint stays."""
    readings = entry.gloss.split("; ")
    first, plus, head_sense = readings[0].rpartition(" + ")
    if not plus or not first:
        return entry
    for start in range(MIN_PART, len(lemma) - MIN_PART + 1):
        last = lemma[start:].lstrip("-")
        head = dictionary.entry(last[:1].upper() + last[1:], "NOUN")
        if (head is None or not head.plural or not head.gloss
                or not entry.plural.lower().endswith(head.plural.lower())
                or sense_key(head_sense) not in {sense_key(s) for s in head.gloss.split("; ")}):
            continue
        row = dictionary.entry_row(head.plural, "NOUN")
        if row is None or row[2] or row[3] != row[0] or not row[1]:
            return entry
        shown = {sense_key(s) for s in head.gloss.split("; ")[:MAX_SENSES]}
        plural_senses = [sense for sense in dict.fromkeys(
            english_singular(s) for s in row[1].split("; ")) if sense_key(sense) not in shown]
        counts = dict.fromkeys([head_sense, *plural_senses], 0)
        for word, gloss, _ in dictionary.noun_rows_ending_in(lookup_key(head.plural)) or []:
            if not word.endswith(head.plural[1:]):
                continue  # Gefälle is no plural of Fall
            english = [english_singular(g.lower()) for g in gloss.split("; ") if g]
            for sense in counts:
                if any(renders_head(g, sense.lower()) for g in english):
                    counts[sense] += 1
        best = next((sense for sense in plural_senses if counts[sense] >= MIN_PART_EVIDENCE
                     and counts[sense] >= OWN_SENSE_SHARE * counts[head_sense]), "")
        if not best:
            return entry
        reading = f"{first} + {best}"
        found = [reading, *(r for r in readings if r != reading)]
        return replace(entry, gloss="; ".join(found[:MAX_SENSES]))
    return entry


def in_discourse(dictionary: Dictionary, entry: Entry, lemma: str,
                 neighbours: Iterable[str], lowered: Iterable[str] | None = None) -> Entry:
    """A compound hint whose part the other compounds of its articles read in another of the
    part's own senses, with that sense in its first reading: one sense per discourse (Gale,
    Church and Yarowsky 1992), as a reader takes it. An article on a *Terroranschlag*
    ("terrorist attack") that speaks of an *Anschlagserie* means a series of attacks, not
    of Anschlag's "stop"; one on a *Werbeagentur* ("advertising agency") that names a
    *Marketingagentur* means an agency, not an agent.

    `neighbours` are the other nouns of the word's articles (`fields.word_neighbours`, which
    gives them in `lowered` case too; the word's own and repeats are let through and do not
    count); only those Ding has, of more than two letters besides the part, count. A part's
    reading changes where
    - it is one of the part's own senses its card shows (`part_word_senses`, the head's
      entry), and fewer than OWN_SENSE_SHARE * MIN_COMPOUND_SENSE (9) of Ding's compounds
      read the part in it: where many do (Landes- "state" in 22), one neighbour does not
      outweigh them;
    - no neighbour renders the part by it, and one renders it by another sense the card
      shows: as its head (`renders_head`: "terrorist attack"), or, where the part opens the
      neighbour, at the start of its English or after "of" at its end ("committee of
      inquiry" for Untersuchungsausschuss is the head's; "Ausschussvorsitzende ::
      committee chairman" the first part's).
    Its other readings follow."""
    if not entry.approximate or entry.german or " + " not in entry.gloss:
        return entry
    readings = entry.gloss.split("; ")
    first, _, head_sense = readings[0].rpartition(" + ")
    neighbours = list(neighbours)
    if not first or not neighbours:
        return entry
    split = next(((start, head) for start in range(MIN_PART, len(lemma) - MIN_PART + 1)
                  if (head := dictionary.entry(upper_first(lemma[start:].lstrip("-")), "NOUN"))
                  is not None and head.gloss), None)
    if split is None:
        return entry
    start, head = split
    part, last = lemma[:start].rstrip("-"), lemma[start:].lstrip("-")
    lowered = ([noun.lower() for noun in neighbours] if lowered is None
               else list(lowered))
    last_low = last.lower()
    heads = _ding_nouns(dictionary, list(dict.fromkeys(
        noun for noun, low in zip(neighbours, lowered, strict=True)
        if low.endswith(last_low) and len(low) > len(last) + 2 and noun != lemma)))
    new_head = ""
    if heads:
        counts: dict[str, int] = {}
        for role in ("head", "last"):  # as `compound_glosses` counts a head's senses
            for sense, count in dictionary.part_counts(upper_first(last), role).items():
                counts[sense] = max(counts.get(sense, 0), count)
        new_head = _discourse_sense(head.gloss.split("; ")[:MAX_SENSES], head_sense, counts,
                                    _as_head, heads)
    forms = [p.lower() for p in part_nouns(part)]
    # The tuple's test in C first: a word's articles hold hundreds of nouns, few of them
    # sharing the part.
    ends = tuple(forms)
    firsts = _ding_nouns(dictionary, list(dict.fromkeys(
        noun for noun, low in zip(neighbours, lowered, strict=True) if (
        low.startswith(ends) or low.endswith(ends)) and any(
        (low.startswith(f) or low.endswith(f)) and len(low) > len(f) + 2 for f in forms)
        and noun != lemma)))

    def renders_part(noun: tuple[str, list[str]], sense: str) -> bool:
        return (any(noun[0].startswith(f) for f in forms) and _as_first(noun, sense)
                or any(noun[0].endswith(f) for f in forms) and _as_head(noun, sense))

    new_first = _discourse_sense(part_word_senses(dictionary, part)[:MAX_SENSES], first,
                                 dictionary.part_counts(part, "first"), renders_part,
                                 firsts) if firsts else ""
    if not (new_head or new_first):
        return entry
    reading = f"{new_first or first} + {new_head or head_sense}"
    found = [reading, *(r for r in readings if r != reading)]
    return replace(entry, gloss="; ".join(found[:MAX_SENSES]))


def _ding_nouns(dictionary: Dictionary, nouns: list[str]) -> list[tuple[str, list[str]]]:
    """The nouns Ding has, lower case, each with its English senses in lower case."""
    found = [(noun, dictionary.entry(noun, "NOUN")) for noun in nouns]
    return [(noun.lower(), [s.lower() for s in entry.gloss.split("; ")])
            for noun, entry in found if entry is not None and entry.gloss]


def _as_head(noun: tuple[str, list[str]], sense: str) -> bool:
    return any(renders_head(english, sense.lower()) for english in noun[1])


def _as_first(noun: tuple[str, list[str]], sense: str) -> bool:
    sense = sense.lower()
    return any(english.startswith(sense + " ")
               or re.search(r" of (?:the |an? )?" + re.escape(sense) + "$", english)
               for english in noun[1])


def _discourse_sense(shown: list[str], current: str, counts: Mapping[str, int],
                     renders: Callable[[tuple[str, list[str]], str], bool],
                     nouns: list[tuple[str, list[str]]]) -> str:
    """The sense of `shown` (a part's card senses) that `nouns` render the part by instead of
    `current`, "" where none or where `current` stands (see `in_discourse`)."""
    if (current not in shown or counts.get(current, 0) >= OWN_SENSE_SHARE * MIN_COMPOUND_SENSE
            or any(renders(noun, current) for noun in nouns)):
        return ""
    return next((sense for sense in shown if sense != current
                 and any(renders(noun, sense) for noun in nouns)), "")


def _noun_idiom_sense(dictionary: Dictionary, entry: Entry, lemma: str,
                      sentences: Iterable[str]) -> str:
    """The first sense of a noun's idiom (`noun_idioms`: "(die Flinte ins Korn werfen)
    to throw in the towel") where more than half of the card's sentences hold its
    preposition, article and noun ("ins Korn"), a form of its verb (werfen, wirft,
    warf, geworfen) and its other nouns (Flinte): the noun's own senses ("grain") miss
    what the idiom means. Not where the idiom's English says one of the card's senses
    (a collocation: "ins Exil gehen :: to go into exile"), and "" where none fits."""
    texts = [sentence.lower() for sentence in sentences if sentence]
    if not texts:
        return ""
    rows = [row for key in dict.fromkeys(lookup_key(w) for w in (lemma, entry.plural) if w)
            for row in dictionary.fetch(
                "SELECT word, gloss, gender, plural FROM entry WHERE key = ? AND pos = ?",
                (key, NOUN_IDIOM))]
    if not rows:
        return ""
    own = {w for sense in entry.gloss.split("; ") for w in sense.lower().split()
           if len(w) > 3 and w not in ENGLISH_FUNCTION_WORDS}
    words = [set(re.findall(r"\w+", text)) for text in texts]
    stems = [{noun_stem(w) for w in found} for found in words]
    for before, gloss, forms, others in rows:
        english = gloss.partition(") ")[2].lower()
        if own.intersection(english.split()):
            continue
        complement = forms == TAKES_COMPLEMENT
        verbs = set() if complement else set(forms.split())
        phrase = re.compile(r"\b" + re.escape(before) + r"\b" + (
            HAS_COMPLEMENT if complement else "" if verbs else NO_COMPLEMENT))
        # An adverbial idiom has no verb ("dem Vernehmen nach"): the phrase is all.
        fits = sum(bool(phrase.search(text)) and (not verbs or bool(verbs & found))
                   and all(noun_stem(o) in nouns for o in others.split())
                   for text, found, nouns in zip(texts, words, stems, strict=True))
        if 2 * fits > len(texts):
            return gloss
    return ""


def _adjective_idiom_sense(dictionary: Dictionary, entry: Entry, lemma: str,
                           sentences: Iterable[str]) -> str:
    """The first sense of a phrase Ding heads with the adjective before its verb ("sich
    (an etw.) schadlos halten {vr} :: to take advantage", indexed under the verb as
    `PHRASE_END`) where more than half of the card's sentences hold the adjective as
    written, the verb within three words after it (a subordinate clause's infinitive or
    finite verb: "dass sie sich an ihnen schadlos halten") and every other word of the
    phrase ("sich"): the adjective's own line ("harmless") misses what the phrase
    means. Not where the phrase's English says one of the card's senses (a collocation:
    "offen lassen :: to leave open")."""
    texts = [sentence for sentence in sentences if sentence]
    if not texts:
        return ""
    own = {w for sense in entry.gloss.split("; ") for w in sense.lower().split()
           if len(w) > 3 and w not in ENGLISH_FUNCTION_WORDS}
    votes: Counter[str] = Counter()
    for text in texts:
        words = re.findall(r"\w+", text)
        lower = {w.lower() for w in words}
        found: dict[str, int] = {}
        for i, word in enumerate(words):
            if word != lemma:
                continue
            for verb in dict.fromkeys(w.lower() for w in words[i + 1:i + 4]):
                for phrase, gloss, cls in dictionary.fetch(
                        "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
                        (verb, PHRASE_END)):
                    tokens = [t for t in strip_groups(phrase).split()
                              if not is_object_marker(t)]
                    english = gloss.partition(") ")[2].lower()
                    if (cls != "VERB" or len(tokens) < 2 or tokens[-2] != lemma
                            or own.intersection(english.split())
                            or not all(t.lower() in lower for t in tokens)):
                        continue
                    found.setdefault(gloss.split("; ")[0], len(tokens))
        if found:
            votes[max(found, key=lambda g: found[g])] += 1
    if not votes:
        return ""
    gloss, count = votes.most_common(1)[0]
    return gloss if 2 * count > len(texts) else ""


def _idiom_sense(dictionary: Dictionary, lemma: str, clauses: Iterable[str]) -> str:
    """The first sense of a phrase Ding heads with the verb as its last word ("den Bach
    runtergehen {vi} :: to go down the tubes", "sich den Kopf zerbrechen"), written as
    `phrase_end_entry` writes it, "(den Bach runtergehen) to go down the tubes", where
    every noun of the phrase stands in more than half of the verb's clauses: an idiom
    means what its words do not, and the card's senses, the verb's own, miss it. "" where
    none does."""
    used = [{noun_stem(w) for w in CAPITALISED.findall(clause)}
            for clause in clauses if clause]
    if not used:
        return ""
    for phrase, gloss, cls in dictionary.fetch(
            "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(lemma), PHRASE_END)):
        nouns_of = {noun_stem(w) for w in CAPITALISED.findall(THING_OBJECT.sub("", phrase))}
        if cls != "VERB" or not nouns_of:
            continue
        if 2 * sum(nouns_of <= words for words in used) > len(used):
            return gloss.split("; ")[0]
    return _frame_idiom_sense(dictionary, lemma, clauses)


def _frame_idiom_sense(dictionary: Dictionary, lemma: str, clauses: Iterable[str]) -> str:
    """The first sense of a phrase of Ding's without a noun whose other words all stand
    in more than half of the verb's clauses: "über etw. nicht hinauskommen" (not to get
    beyond sth.) where the article writes "kam nicht über Platz neun hinaus", "jdm. sauer
    aufstoßen" (to rub sb. the wrong way) where it writes "ist vielen Fans sauer
    aufgestoßen". Such a phrase is Ding's sub-entry for a frame of the verb, which the
    verb's own senses (push open, belch) miss. The words must say something: two of
    them, or one that is neither a function word nor a preposition: a lone preposition
    ("über etw. hinauskommen", "ohne etw. auskommen") also heads a place, a time or
    another frame, and is `_governed_sense`'s to weigh.
    Placeholders (etw., jdm., einer Sache) and "sich" are no words here. The phrase
    with most words wins; "" where none fits."""
    used = [{CONTRACTIONS.get(t, t) for t in clause.lower().split()}
            for clause in clauses if clause]
    if not used:
        return ""
    best, best_size = "", 0
    for phrase, gloss, cls in dictionary.fetch(
            "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(lemma), PHRASE_END)):
        if cls != "VERB" or any(c in phrase for c in "/()…"):
            continue
        tokens = THING_OBJECT.sub("jdm.", phrase).split()
        if len(tokens) < 2 or lookup_key(tokens[-1]) != lookup_key(lemma):
            continue
        words = {t.lower() for t in tokens[:-1]
                 if not is_object_marker(t) and t != "sich"}
        if (not words or any(w[:1].isupper() for w in tokens[:-1] if w.lower() in words)
                or (len(words) < 2 and words != {"nicht"} and (
                    words & ANY_PREPOSITION or all(map(is_function_word, words))))):
            continue
        if words == {"nicht"} and not gloss.partition(") ")[2].startswith("not "):
            # "nicht abreißen :: not to stop" is an idiom of the negated verb, where the English
            # keeps the negation; "nicht vollstrecken :: to waive" is the verb's own sense
            # negated, which the card's "to enforce" says.
            continue
        if 2 * sum(words <= clause for clause in used) > len(used) and len(words) > best_size:
            best, best_size = gloss.split("; ")[0], len(words)
    return best


def _object_phrase_senses(dictionary: Dictionary, entry: Entry, lemma: str,
                          clauses: Iterable[str]) -> list[str]:
    """The first senses of the verb's object phrases from other words' lines
    (`object_phrases`: "(Kritik einstecken) to take criticism", in the line of Kritik)
    whose nouns stand in at least half of the verb's clauses, the most of them first:
    "muss viel Kritik einstecken" takes criticism, which none of the verb's own senses
    (to pocket, to put in) says. Half, not more: a verb's card often has two sentences,
    each with another object, and then each object's phrase comes ("Kritik einstecken",
    "eine Niederlage einstecken": to take a beating). Not where the phrase's English says
    one of the card's senses (a collocation, "eine Rechnung begleichen :: to settle an
    invoice", where the card's "to settle" fits); [] where none fits."""
    used = [{noun_stem(w) for w in CAPITALISED.findall(clause)}
            for clause in clauses if clause]
    if not used:
        return []
    # A German definition's words are no English to compare (vertändeln: "verlieren (Zeit,
    # Geld, den Ball ...)" is no collocation of "(den Ball vertändeln) to give the ball away").
    own = set() if entry.german else {
        w for sense in entry.gloss.split("; ") for w in re.findall(r"\w+", sense.lower())
        if len(w) > 3 and w not in ENGLISH_FUNCTION_WORDS}
    by_noun: dict[str, tuple[int, int, str]] = {}  # (hits, words, gloss) by noun
    for phrase, gloss, noun in dictionary.fetch(
            "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(lemma), OBJECT_PHRASE)):
        if own.intersection(re.findall(r"\w+", gloss.partition(") ")[2].lower())):
            continue
        stem = noun_stem(noun)
        hits = sum(stem in words for words in used)
        # Of two phrases with the noun, the longer says more of the use: "einer Sache einen
        # Riegel vorschieben" (to put a stop to sth.), not "den Riegel vorschieben" (to
        # shoot the bolt), where the article's police "schob dem Auftritt einen Riegel vor".
        fit = (hits, len(phrase.split()), gloss)
        if 2 * hits >= len(used) and fit[:2] > by_noun.get(stem, (0, 0, ""))[:2]:
            by_noun[stem] = fit
    # The most clauses first, then the clauses' order.
    order = sorted(by_noun, key=lambda stem: (-by_noun[stem][0], next(
        i for i, words in enumerate(used) if stem in words)))
    return [by_noun[stem][2] for stem in order]


# The reflexive pronouns of every person: "wir freuen uns auf", "man muss sich mit ...
# herumschlagen".
_REFLEXIVE_PRONOUNS = frozenset({"sich", "mich", "dich", "uns", "euch"})


def _reflexive_frame_sense(dictionary: Dictionary, entry: Entry, lemma: str,
                           clauses: Iterable[str]) -> str:
    """The first sense of a line of Ding's that writes the verb with "sich" and a
    prepositional object ("sich auf etw. versteifen {vr} :: to become set on sth."), where
    more than half of the verb's clauses hold both a reflexive pronoun and that
    preposition ("werde man sich nicht auf Lederhosen versteifen"), and no sense the card
    shows comes from such a line: "" otherwise.

    A preposition alone also heads places and times, so `_governed_sense` moves only
    senses the ranking put on the card; a reflexive pronoun beside it is the frame
    itself, which Ding spells out as a sub-entry of its own, often shorter and so ranked
    off the card (the card's "to harden; to strengthen" are the plain verb's and "sich
    versteifen (Gegensätze)"'s)."""
    tokens = [[CONTRACTIONS.get(t, t) for t in clause.lower().split()]
              for clause in clauses if clause]
    if not tokens:
        return ""
    # The senses only a line with "sich" gives: a plain line's sense is no frame's.
    frames: dict[str, set[str]] = defaultdict(set)
    for frame, sense in dictionary.frame_rows(lemma):
        frames[sense].add(frame)
    reflexive = {sense for sense, kinds in frames.items() if kinds <= {"sich", "dative"}}
    first: dict[str, str] = {}  # the first such sense of each preposition, in Ding's order
    for preposition, sense in dictionary.fetch(
            "SELECT preposition, sense FROM governs WHERE key = ? AND pos = 'VERB'",
            (lookup_key(lemma),)):
        if sense in reflexive and preposition != DATIVE_OBJECT:
            first.setdefault(preposition, sense)
    used = [set(words) for words in tokens]
    framed = [p for p in first if 2 * sum(
        p in words and bool(words & _REFLEXIVE_PRONOUNS) for words in used) > len(used)]
    if not framed:
        return ""
    # Of two prepositions, the first after the pronoun, where the frame's object stands: a
    # later one mostly belongs to that object ("sich auf eine Lösung mit ihm einlassen" is
    # "sich auf etw. einlassen"), an earlier one heads an adjunct ("Mit dem Ergebnis hat sich
    # ...").
    preposition = min(framed, key=lambda p: min(
        _after_pronoun(words, p) for words in tokens if p in words))
    shown = entry.gloss.split("; ")
    if any(s in reflexive and s in _senses_governing(dictionary, lemma, preposition)
           for s in shown):
        return ""
    return first[preposition]


def _after_pronoun(words: list[str], preposition: str) -> int:
    """How far the preposition stands after the clause's first reflexive pronoun (before
    it: further than any word after it)."""
    at = words.index(preposition)
    pronoun = next((i for i, w in enumerate(words) if w in _REFLEXIVE_PRONOUNS), len(words))
    return at - pronoun if at > pronoun else len(words) + at


def _senses_governing(dictionary: Dictionary, lemma: str, preposition: str) -> set[str]:
    return {sense for (sense,) in dictionary.fetch(
        "SELECT sense FROM governs WHERE key = ? AND pos = 'VERB' AND preposition = ?",
        (lookup_key(lemma), preposition))}


def _governed_sense(dictionary: Dictionary, entry: Entry, lemma: str, pos: str,
                    clauses: Iterable[str]) -> str:
    """The sense the card shows whose Ding line takes a preposition that most of the
    verb's clauses use, "" where none does or the first sense's line fits as well.

    A preposition also heads a place, a time or a manner ("auf dem Flughafen ankommen"
    is no "auf etw. ankommen", to depend on sth.), so one clause in several decides
    nothing, and only senses already on the card move: the ranking's evidence keeps a
    rare sense off it."""
    used = [{CONTRACTIONS.get(t, t) for t in clause.lower().split()}
            | ({DATIVE_OBJECT} if pos == "VERB" and has_dative_object(clause) else set())
            for clause in clauses if clause]
    if not used:
        return ""
    governs: dict[str, set[str]] = defaultdict(set)
    for preposition, sense in dictionary.fetch(
            "SELECT preposition, sense FROM governs WHERE key = ? AND pos = ?",
            (lookup_key(lemma), pos)):
        governs[sense].add(preposition)
    shown = entry.gloss.split("; ")
    hits = [sum(bool(governs[sense] & words) for words in used) for sense in shown]
    best = max(range(len(shown)), key=lambda i: (hits[i], -i))
    if hits[best] * 2 <= len(used) or hits[best] == hits[0]:
        return ""
    return shown[best]
