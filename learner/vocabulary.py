"""Vocabulary: the words of tagged articles, merged by lemma, each with its example sentences.

Reads only Doc/Token attributes set by the NLP layer (`tag_`, `pos_`, `lemma_`, `sent`,
`ent_type_` where names were recognized, and `dep_`/`head` where a parser ran), so it serves
the embedded default and official spaCy pipelines alike.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from learner.morphology import is_fraction, is_number, is_ordinal
from learner.nlp import FINITE_VERB_TAGS
from learner.nlp.sentences import sentence_bounds, sentence_of

if TYPE_CHECKING:
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
    # The (lemma, part of speech) of every word in the sentence that could be a card, the
    # word itself included, in order: what a later stage needs to tell which of the
    # sentence's words a learner does not know yet. Names, numbers and function words are
    # not listed: a reader understands those. One tuple is shared by all the examples cut
    # from one sentence, so it costs a pointer per example.
    words: tuple[tuple[str, str], ...] = ()
    # The sentence's words, besides the word itself, that the learner does not know (below
    # the threshold and not in --known); None until they are counted (known.count_unknown).
    unknown: tuple[str, ...] | None = None

    @property
    def is_i_plus_one(self) -> bool:
        """Whether the word is the only unknown one in the sentence (Krashen's i+1)."""
        return self.unknown is not None and not self.unknown


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
    # How often the articles use the word as a verb that can take a reflexive pronoun of its
    # own (a finite verb, an infinitive, a participle; not an adjective carded as its verb),
    # and how often with one ("die Präsidenten trafen sich").
    verb_uses: int = 0
    reflexive_uses: int = 0
    # Of the reflexive uses, those whose pronoun is a dative beside an accusative object
    # ("sie wischt sich den Schweiß ab", "er stellt sich das Haus vor"): a free dative unless
    # the lexicon lists the verb as "sich etw. X" (`deck.is_reflexive` asks it).
    dative_uses: int = 0

    @property
    def reflexive(self) -> bool:
        """Whether the card says "sich treffen": the articles use the verb with a reflexive
        pronoun at least as often as without. Many verbs are both ("er zierte das Titelblatt",
        "er hatte sich lange geziert"; "eine Ebene herausnehmen", "sich Freiheiten
        herausnehmen"), each with a sense of its own; the card names the use its examples
        mostly show. The lemma stays the key."""
        return self.reflexive_uses > 0 and 2 * self.reflexive_uses >= self.verb_uses

    @property
    def display(self) -> str:
        """The headword as a learner says it: "sich treffen" for a reflexive verb."""
        return f"sich {self.lemma}" if self.reflexive else self.lemma

    @property
    def key(self) -> tuple[str, str]:
        return (self.lemma, self.pos)


def replaced(record: Word | Example, **changes: object) -> Word | Example:
    """`dataclasses.replace` for a Word or an Example, the fields named in `changes` set
    anew: the copy is made without calling `__init__` again (neither class has a
    `__post_init__` to skip), ~1 µs against ~4 µs. A rebuild copies some 70,000 of them
    (each word's Zipf, each example's unknown words)."""
    copy = object.__new__(type(record))
    values = copy.__dict__
    values.update(record.__dict__)
    values.update(changes)
    return copy


@dataclass
class _Tally:
    count: int = 0
    forms: dict[str, None] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    articles: dict[str, None] = field(default_factory=dict)
    verb_uses: int = 0
    reflexive_uses: int = 0
    dative_uses: int = 0


def normalize_lemma(lemma: str, pos: str, text: str = "") -> str:
    """German orthography: nouns are capitalized, other words are not.

    Only the first letter changes: hyphenated compounds keep their parts' casing
    ("US-Präsident"). An adjective written as its capitalized lemma ("Berliner", `text`) is an
    indeclinable place adjective, which German capitalizes.
    """
    if not lemma:
        return lemma
    if pos == "NOUN":
        return lemma[0].upper() + lemma[1:]
    if pos == "ADJ" and lemma == text and lemma[:1].isupper() and lemma.endswith("er"):
        return lemma
    return lemma[0].lower() + lemma[1:]


# Words that open a subordinate clause after a comma: conjunctions ("weil", "wenn"), relative
# and interrogative pronouns ("der", "wer", "wo"). Such a clause ends with its own finite verb,
# which does not close the main clause the particle belongs to ("Im Schrank wählt der Gast,
# wenn er möchte, seinen Wein aus").
_SUBORDINATOR_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAT", "PWAV"})


# Punctuation inside a sentence that ends a clause for good, unlike a comma, after which the
# main clause may go on.
_CLAUSE_ENDS = frozenset({":", ";"})


def separated_particle(verb: Token, parsed: bool | None = None) -> Token | None:
    """The particle a finite verb left behind ("ruft ... an", "gingen ... auseinander").

    With a parser the particle is the verb's child on an `svp` (spaCy's German models) or
    `compound:prt` (UD) arc. Without one it is the last PTKVZ of the verb's clause: German puts
    the particle in the right bracket, the clause's end, so the search runs until the sentence
    ends, a colon or semicolon ends the clause, or another main-clause finite verb starts,
    skipping subordinate clauses set off by commas, whose own verbs keep their particles
    attached. `parsed` is `verb.doc.has_annotation("DEP")`, when the caller has it (the
    question scans the whole Doc).
    """
    if verb.doc.has_annotation("DEP") if parsed is None else parsed:
        # Only a parsed Doc has arcs to read (spaCy 3.8 can crash reading the children of a
        # token in an unparsed Doc).
        return next((c for c in verb.children if c.dep_ in PARTICLE_DEPS), None)
    if verb.tag_ not in _SEPARATED_VERB_TAGS or ends_subordinate_clause(verb):
        return None
    found = None
    in_subclause = False
    doc = verb.doc
    for token in doc[verb.i + 1 : sentence_bounds(verb)[1]]:
        if token.text in _CLAUSE_ENDS:
            # A colon or semicolon ends the clause: what follows is a clause of its own, whose
            # "hin" may close a circumposition ("sehen das anders: Auf die Gefahr hin, ...").
            break
        if token.text == ",":
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            in_subclause = nxt is not None and nxt.tag_ in _SUBORDINATOR_TAGS
            continue
        if in_subclause:
            continue
        if token.tag_ == PARTICLE_TAG:
            found = token
        elif token.tag_ in FINITE_VERB_TAGS or token.tag_ == "KON" and found is not None:
            break
    return found


# Words that open a subordinate clause wherever they stand: subordinating conjunctions and
# relative pronouns. Interrogatives open one only after a comma ("..., wo die Filme laufen,"):
# first in a sentence they open a direct question, whose finite verb stands second.
_OPENERS_ANYWHERE = frozenset({"KOUS", "PRELS", "PRELAT"})
_INTERROGATIVE_TAGS = frozenset({"PWS", "PWAT", "PWAV"})


def ends_subordinate_clause(verb: Token) -> bool:
    """Whether a finite verb stands last in a subordinate clause ("Filme, die im Fernsehen
    laufen, nehme ich auf"): German puts the finite verb of a subordinate clause at its end,
    with its particle attached (", die im Fernsehen auflaufen,"), so no particle later in the
    sentence is its own; it belongs to the main clause's verb (nehme ... auf). The verb is
    followed by punctuation or the sentence's end, and the clause before it, back to the last
    punctuation, opens with a conjunction, a relative pronoun or, after a comma, an
    interrogative."""
    doc = verb.doc
    start, end = sentence_bounds(verb)
    if verb.i + 1 < end and not doc[verb.i + 1].is_punct:
        return False
    for at in range(verb.i - 1, start - 1, -1):
        token = doc[at]
        if token.is_punct:
            return False
        if token.tag_ in _OPENERS_ANYWHERE:
            return True
        if token.tag_ in _INTERROGATIVE_TAGS:
            return at > start and doc[at - 1].text == ","
    return False


def reflexive_pronoun(verb: Token, parsed: bool | None = None) -> Token | None:
    """The reflexive pronoun of a verb in its clause ("trafen sich", "dass wir uns treffen").

    STTS tags reflexive pronouns PRF; HanTa lemmatizes every one of them ("uns", "mich")
    "sich". With a parser it is the verb's child; without one, the first PRF between the verb
    and the clause's end or the next verb, or, for a verb at a clause's end, since the clause
    began. A pronoun another word governs is skipped (`_governed_elsewhere`). `parsed` as for
    `separated_particle`.
    """
    if verb.doc.has_annotation("DEP") if parsed is None else parsed:
        for child in verb.children:
            if _reflexive_form(child):
                return child if _reflexive(child, verb) else None
        return None
    sent = sentence_of(verb)
    for token in verb.doc[verb.i + 1 : sent.end]:
        if _reflexive_form(token) and not _governed_elsewhere(token, verb):
            return token if _reflexive(token, verb) else None
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.tag_ == "KON":
            break
    for token in reversed(verb.doc[sent.start : verb.i]):
        if _reflexive_form(token) and not _governed_elsewhere(token, verb):
            return token if _reflexive(token, verb) else None
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.tag_ in (
                "KON", *_SUBORDINATOR_TAGS):
            break
    return None


# The first- and second-person reflexives are the personal pronouns' object forms ("er sieht
# uns"): one is reflexive only in a clause whose subject is its own person ("wir treffen
# uns"), and the tagger mostly tags them PPER even then. The third person's "sich" is
# reflexive whatever its subject. "mir" and "dir" are datives ("ich stelle mir vor").
_PERSON_OF_REFLEXIVE = {"mich": "ich", "dich": "du", "uns": "wir", "euch": "ihr",
                        "mir": "ich", "dir": "du"}
DATIVE_REFLEXIVES = frozenset({"mir", "dir"})


def _reflexive_form(token: Token) -> bool:
    """Whether a token may be a reflexive pronoun: tagged PRF, or a first- or second-person
    object pronoun (`_reflexive` checks its person)."""
    return token.tag_ == "PRF" or token.tag_ == "PPER" and token.lower_ in _PERSON_OF_REFLEXIVE

# Reciprocal pronouns: "einander" (STTS tags it PRF as it tags "sich") and "sich" with
# "gegenseitig" or "einander" in its clause ("ahmen sich gegenseitig nach"): the plural subject's
# members act on each other, and the verb is the transitive one (nachahmen, not "sich
# nachahmen"). An inherently reciprocal verb (sich verbünden) is in the lexicon as "sich X"
# and is mostly used without "gegenseitig".
_RECIPROCALS = frozenset({"einander", "gegenseitig"})


def _reflexive(pronoun: Token, verb: Token) -> bool:
    """Whether a PRF pronoun of the verb's clause makes a reflexive use: not a reciprocal, and
    of the subject's person."""
    text = pronoun.lower_
    if text in _RECIPROCALS:
        return False
    clause = _clause(verb)
    # "gegenseitig" anywhere in the clause: "loben sich nach dem Spiel gegenseitig".
    if any(t.lower_ in _RECIPROCALS for t in clause):
        return False
    person = _PERSON_OF_REFLEXIVE.get(text)
    if person is None:
        return True
    # An infinitive clause's subject is its matrix clause's: "wir sind gut beraten, uns
    # nicht darauf zu fokussieren".
    if not any(t.tag_ in FINITE_VERB_TAGS for t in clause):
        clause = list(sentence_of(verb))
    return any(t.lower_ == person and t.tag_ == "PPER" for t in clause)


# Tags that end a clause: punctuation, a coordinating conjunction and the words that open a
# subordinate clause (`_SUBORDINATOR_TAGS`).
def _clause_boundary(token: Token) -> bool:
    return token.is_punct or token.tag_ == "KON" or token.tag_ in _SUBORDINATOR_TAGS


def _clause(verb: Token) -> list[Token]:
    """The tokens of the verb's clause, up to the nearest boundary on either side (the
    subordinator that opens a subordinate clause included: "weil er sich ..."), verbs of the
    same clause (an auxiliary, a modal) included."""
    doc, sent = verb.doc, sentence_of(verb)
    start = verb.i
    while start > sent.start and not doc[start - 1].is_punct and doc[start - 1].tag_ != "KON":
        start -= 1
        if doc[start].tag_ in _SUBORDINATOR_TAGS:
            # A relative or interrogative phrase keeps its preposition: "auf welchen Betrag
            # sich die Kosten summieren", "an dem sich ...".
            while start > sent.start and doc[start - 1].tag_ in ("APPR", "APPRART"):
                start -= 1
            break
    end = verb.i + 1
    while end < sent.end and not _clause_boundary(doc[end]):
        end += 1
    return list(doc[start:end])


# Determiners whose every case is other than the accusative: dative and genitive forms
# ("dem", "einem", "des", "seines", "dieser" of a feminine), and the masculine nominative
# "der"/"dieser" (told from the feminine dative by the noun's gender, `_nominative`).
_NOT_ACCUSATIVE_ENDINGS = ("em", "er")
_GENITIVE_ONLY = frozenset({"des", "eines", "keines", "meines", "deines", "seines", "ihres",
                            "unseres", "eures", "Ihres"})
# Masculine determiners without an ending: "ein"/"kein"/"sein" before a masculine noun are
# its nominative (the accusative is "einen").
_BARE_DETERMINERS = frozenset({"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer"})
# Personal pronouns only ever nominative, and "man": a subject.
_NOMINATIVE_PRONOUNS = frozenset({"ich", "du", "er", "wir", "man"})
# Personal pronouns only ever accusative.
_ACCUSATIVE_PRONOUNS = frozenset({"ihn", "mich", "dich"})
# Where a noun phrase is an argument on its own: the heads of a nominal phrase.
_NOMINAL_HEADS = frozenset({"NN", "NE", "PPER", "PDS", "PIS", "PPOSS"})
# Words that make the next noun phrase theirs: prepositions, and "als"/"wie" of a comparison
# or a predicative ("gilt sich als ...").
_GOVERNORS = frozenset({"APPR", "APPRART", "APPO", "KOKOM"})


def beside_accusative_object(verb: Token, pronoun: Token) -> bool:
    """Whether the verb's reflexive pronoun stands beside an accusative object, and so is a
    dative: "sie wischt sich den Schweiß ab", "er wäscht sich die Hände", "sich etw.
    vorstellen". A "sich" that is the verb's only object is its accusative ("die Präsidenten
    trafen sich").

    Without a parser or case features, the clause's noun phrases outside prepositional phrases
    are read by their determiners: "dem", "des", "einer" ... are never accusative, "den",
    "die", "das", "einen", a bare plural may be. One of them is the subject unless a pronoun
    only ever nominative ("er", "wir", "man") or a masculine noun after "der"/"ein" is; so a
    finite clause needs two accusative-capable phrases, or one beside a certain subject. A
    clause without a finite verb ("um sich die Hände zu waschen") has no subject of its own.
    """
    from learner.lexicon import nouns

    clause = _clause(verb)
    doc = verb.doc
    accusative = 0
    subject = False
    governed = False
    determiner: Token | None = None
    adjective: Token | None = None
    previous = -2
    for token in clause:
        if token.i == pronoun.i or token.tag_ == "PRF":
            continue
        tag = token.tag_
        if tag in ("PRELS", "PWS"):
            # A relative or interrogative pronoun opening the clause is one of its phrases:
            # "der" mostly the masculine subject, "die"/"das"/"was" subject or object, "dem",
            # "dessen" neither.
            text = token.lower_
            if text in ("der", "welcher", "wer"):
                subject = True
            elif text in ("die", "das", "welche", "welches", "was", "den", "wen"):
                accusative += 1
            continue
        if tag in _GOVERNORS:
            governed = True
            determiner = adjective = None
            continue
        if tag in ("ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "PRELAT"):
            determiner = determiner or token
            continue
        if tag == "ADJA":
            adjective = token
            continue
        if tag not in _NOMINAL_HEADS:
            continue
        # Nouns and names side by side are one phrase: "der Experte Casey Anderson".
        adjacent, previous = previous == token.i - 1 and tag in ("NN", "NE"), token.i
        if adjacent:
            continue
        head, det, adj = token, determiner, adjective
        determiner = adjective = None
        if governed:
            # A measure inside the phrase's adjective ("nach einer drei Kilometer langen
            # Anreise") is not its head: the phrase goes on.
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            governed = following is not None and following.tag_ == "ADJA"
            continue
        text = head.lower_
        if tag == "PPER":
            if text in _NOMINATIVE_PRONOUNS:
                subject = True
            elif text in _ACCUSATIVE_PRONOUNS or text in ("sie", "es"):
                accusative += 1
            continue
        if tag == "PIS" and text == "man":
            subject = True
            continue
        if det is None:
            # Without a determiner the adjective shows the case: strong -em and -er are
            # never accusative ("kommender Woche", "mit großem Erfolg").
            if adj is None or not adj.lower_.endswith(_NOT_ACCUSATIVE_ENDINGS):
                accusative += 1
            continue
        form = det.lower_
        if form == "den" and head.text != head.lemma_:
            continue  # "den Wählern": a dative plural (the accusative plural is "die")
        masculine = tag == "NN" and head.text == head.lemma_ and (
            (noun := nouns.entry(head.lemma_)) is not None and noun.gender == "m")
        if form == "der" or form in _BARE_DETERMINERS or form.endswith("er"):
            subject = subject or (masculine and form in ("der", *_BARE_DETERMINERS))
            if form in _BARE_DETERMINERS and not masculine:
                accusative += 1  # "ein Haus": neuter nominative or accusative
            continue
        if form in _GENITIVE_ONLY or form.endswith(_NOT_ACCUSATIVE_ENDINGS):
            continue
        accusative += 1
    # Only an infinitive clause with "zu" ("um sich die Hände zu waschen") lacks a subject;
    # the tagger takes some finite verbs at a clause's end for infinitives ("die sich auf
    # 512 GB summieren"), so a clause without "zu" is taken to have one.
    subjectless = not any(t.tag_ in FINITE_VERB_TAGS for t in clause) and any(
        t.tag_ in ("PTKZU", "VVIZU", "KOUI") for t in clause)
    # A clause that opens with its finite verb after "und"/"oder" or a bracket shares its
    # subject with what came before: "er lächelte und wischte sich den Schweiß ab", a stage
    # direction "DER MANN (wischt sich Tränen aus dem Gesicht)". After "doch" or "aber" the
    # verb mostly follows an adverbial use of them, its subject after it ("doch schlug sich
    # das nur in Dosen nieder").
    first = clause[0]
    if first.tag_ in FINITE_VERB_TAGS and first.i > 0 and (
            doc[first.i - 1].lower_ in ("und", "oder") or doc[first.i - 1].text == "("):
        subjectless = True
    if subjectless or subject:
        return accusative >= 1
    return accusative >= 2


# Tags of the words after which a reflexive pronoun opens a phrase of its own: articles and
# other determiners ("der sich selbst zerfleischenden Partei": an attributive participle's
# pronoun) and prepositions ("für sich", "an sich", "von sich aus": an object, no reflexive).
_PHRASE_OPENER_TAGS = frozenset({"ART", "APPR", "APPRART", "PDAT", "PIAT", "PPOSAT", "PWAT",
                                 "PRELAT"})


def _zu_infinitive(verb: Token) -> bool:
    """Whether the verb is an infinitive with zu ("zu erholen", "aufzuhören")."""
    return verb.tag_ == "VVIZU" or verb.i > 0 and verb.doc[verb.i - 1].tag_ == "PTKZU"


def _governed_elsewhere(pronoun: Token, verb: Token) -> bool:
    """Whether a reflexive pronoun in the verb's clause belongs to another word.

    After a determiner or a preposition it is inside a phrase (see `_PHRASE_OPENER_TAGS`).
    Right after another finite full verb it is that verb's, unless the verb is a
    zu-infinitive ("zeigte sich die ... moderierte Gala"; "begann sich zu erholen"). Before
    a bare infinitive at the clause's end, with a finite lassen in the clause, it is lassen's
    object: "das Gerät lässt sich entsperren" is "can be unlocked", and entsperren is no
    reflexive verb.
    """
    doc = pronoun.doc
    if pronoun.i > 0 and doc[pronoun.i - 1].tag_ in _PHRASE_OPENER_TAGS:
        return True
    if (pronoun.i > 0 and pronoun.i - 1 != verb.i and doc[pronoun.i - 1].tag_ == "VVFIN"
            and not _zu_infinitive(verb)):
        # Right after a finite full verb, the pronoun is that verb's: German puts it next to
        # the finite verb ("zeigte sich die von ihm moderierte Gala": sich zeigen, and the
        # participle moderierte is no reflexive use). Not a zu-infinitive's, which the finite
        # verb governs with its pronoun ("begann sich zu erholen": sich erholen).
        return True
    if verb.tag_ != "VVINF" or pronoun.i > verb.i:
        return False
    after = verb.i + 1
    if after < sentence_bounds(verb)[1] and doc[after].tag_ == "PTKZU":
        after += 1
    if after < sentence_bounds(verb)[1] and doc[after].lemma_ == "lassen":
        # The infinitive and lassen right after it form one verb cluster, whatever verb is
        # finite: "darf sich nicht blenden lassen", "hat sich blenden lassen", "ohne sich
        # blenden zu lassen" (lassen's object, as above).
        return True
    for token in reversed(doc[sentence_bounds(verb)[0] : pronoun.i]):
        if token.is_punct or token.tag_ in ("KON", *_SUBORDINATOR_TAGS):
            break
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_ == "lassen" and token.tag_ in FINITE_VERB_TAGS
    # In a subordinate clause the finite verb ends it ("weil sich das Gerät entsperren lässt").
    for token in doc[verb.i + 1 : sentence_bounds(verb)[1]]:
        if token.is_punct:
            return False
        if token.tag_ in FINITE_VERB_TAGS:
            return token.lemma_ == "lassen"
    return False


def is_candidate(token: Token) -> bool:
    """Whether a token may become a card, before frequency is considered."""
    if is_institution_noun(token):
        return True
    if token.pos_ not in CONTENT_POS or token.tag_ == "NE":
        return False
    if token.ent_type_:
        # A word inside a name ("Max-Planck-Institut für Astronomie", "Frankfurter
        # Rundschau") is part of the name there, not vocabulary: that sentence is no example
        # of it, and a word the articles show only inside names makes no card.
        return False
    # A separated particle belongs to its verb's card ("nahm ... fest" -> festnehmen), never to
    # one of its own; UD-trained pipelines call some particles ADV ("fest", "zusammen").
    if token.tag_ == PARTICLE_TAG or token.dep_ in PARTICLE_DEPS:
        return False
    text = token.text
    # A word is letters, with hyphens inside compounds: no digits, and quotes or slashes
    # inside a token ('Haider-Erben"-Truppe') are scraps of punctuation the tokenizer left on.
    # (A token of hyphens alone is no word either.)
    if not text.replace("-", "").isalpha():
        return False
    if text.isupper():
        # A word in capitals alone is an abbreviation ("KUB", "ORF") or a heading, not a
        # word to learn; in a compound it may be ("US-Festland").
        return False
    if token.like_num or token.like_url or token.like_email:
        return False
    if token.pos_ == "NOUN" and text[:1].islower() and not text[1:2].isupper():
        # German writes every noun with a capital: a word tagged a noun but written small is
        # a name its bearer styles so ("des kicker", "vom Büro freiland"), an English or
        # Latin word ("lingua franca"), or another word class misread (an adjective with a
        # typo, "in den heilgen Hallen"), no noun card. A brand's small first letter before
        # a capital ("iPhone-Verkaufszahlen") is a name's spelling inside a German compound.
        return False
    if token.lemma_.startswith("-") or token.lemma_.endswith("-"):
        # A compound cut off in a coordination ("Ein- und Ausfuhr", "Betrug und -vermeidung")
        # that the NLP layer could not rebuild from its partner: a fragment, no word.
        return False
    if token.tag_ in _FUNCTION_ADVERB_TAGS:
        return False
    if infinitive_verb(token) and token._.copula_phrase:
        # "nach Bekanntwerden der Vorwürfe": bekannt werden, two words with cards of their own,
        # nominalized as one; no verb card ("bekanntwerden") and no noun card. The NLP layer
        # judged it (`lemmas.adjective_and_copula`), where it set `infinitive_of`.
        return False
    if is_number_word(token):
        return False
    if token.pos_ == "ADV" and text[:1].isupper() and token.i > sentence_bounds(token)[0]:
        # An adverb written with a capital inside a sentence is a noun in a phrase
        # ("im Nachhinein", "im Voraus"): the phrase, not a lower-case adverb, is the word.
        return False
    if token.pos_ == "ADJ" and token.lemma_[:1].isupper():
        # German adjectives are lower-case; one written with a capital inside a sentence is a
        # place adjective made from a name ("Berliner", "Kiewer"), which goes with the name.
        return False
    # Adverbs are half closed class ("auch", "noch", "dort"): spaCy's German stop list names
    # those. It also lists content words ("ehrlich", "gehen"), so it is not applied to others.
    return token.pos_ != "ADV" or token.lemma_.lower() not in _stop_words()


def is_number_word(token: Token) -> bool:
    """Whether an adjective or noun is a number: "der neunte Titel", "zu neunt", "auf dem
    zehnten Platz", "ist Zwölfter", "ist Tabellenelfter". German declines ordinals, and
    numbers used as nouns, like adjectives; a reader understands them from the number they
    spell, and a card would teach only the number (or, for a noun, a rare homograph: der
    Zehnte, the tithe). So is a fraction written lower-case before its noun ("ein dreiviertel
    Jahr"). A noun is a number when it is a nominalized ordinal alone ("der Dritte"), or
    an ordinal's compound in the strong -er form the tagger cut ("Tabellenelfter":
    "Tabellenelft"); das Jahrzehnt is no ordinal, and "der Gruppendritte" is a noun of its
    own (below)."""
    word = token.lemma_.lower()
    if token.pos_ == "ADJ":
        return is_number(word)
    if token.pos_ != "NOUN":
        return False
    if token.text.islower() and is_fraction(token.text):
        # A fraction numeral before its noun, which the tagger read as the noun das Viertel.
        return True
    if word.endswith("e"):
        stem, cut = word[:-1], False
    elif token.text.lower() == word + "er":
        stem, cut = word, True
    else:
        return False
    if not stem.endswith("t"):
        # Every ordinal ends in t ("erst", "dritt", "zwanzigst"; `morphology.ORDINAL`), and so
        # does each of the stem's ends tried below: a stem in another letter has none, and the
        # pattern's match at each of its ends is skipped.
        return False
    # Imported on first use, like the stop words: its look-ups load wordfreq's tables.
    from learner.lexicon.zipf import known_first_part

    # A first part has three letters or more: "G|erste" is no ordinal's compound. Such a
    # compound in its -e form is a noun of its own, not a number: its first part names what is
    # ranked ("der Gruppendritte", the team third in its group, as "der Gruppensieger"), and
    # the card teaches that; cut to its stem ("Tabellenelft") it is a wrong form.
    return any(is_ordinal(stem[start:])
               and (not start or cut and start >= 3 and known_first_part(stem[:start]))
               for start in range(len(stem) - 3))


@cache
def _stop_words() -> frozenset[str]:
    # Read on first use: Word and Example are needed without spaCy (0.8 s to import) when the
    # article cache answers every article.
    from spacy.lang.de.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def participle_verb(token: Token) -> str:
    """The verb an adjective is only the participle of ("die eingeräumten Rechte": einräumen),
    as the NLP layer found it (`token._.participle_of`), else ""."""
    if token.pos_ != "ADJ" or not type(token).has_extension("participle_of"):
        return ""
    return token._.participle_of


def infinitive_verb(token: Token) -> str:
    """The verb a noun is only the nominalized infinitive of ("das Aktivieren": aktivieren),
    as the NLP layer found it (`token._.infinitive_of`), else "". Not where the names
    component made the word part of a name."""
    if token.pos_ != "NOUN" or not type(token).has_extension("infinitive_of"):
        return ""
    return token._.infinitive_of


def verb_of(token: Token) -> str:
    """The verb whose card a participle or nominalized infinitive joins, else ""."""
    return participle_verb(token) or infinitive_verb(token)


def is_institution_noun(token: Token) -> bool:
    """Whether the word alone names an institution by a compound common noun ("die
    Volksrepublik", "das Europaparlament"): a name in the tags (PROPN, as UD has it), a
    common noun on the card, which teaches the noun. The NLP layer judges it in its
    sentence (`token._.institution_noun`, `entities.institution_noun`)."""
    if token.pos_ not in ("PROPN", "NOUN") or not token.ent_type_:
        return False
    return type(token).has_extension("institution_noun") and token._.institution_noun


def word_pos(token: Token) -> str:
    """The part of speech of the token's card: a participle that only means its verb, and a
    plain nominalized infinitive, are the verb's card."""
    if is_institution_noun(token):
        return "NOUN"
    return "VERB" if verb_of(token) else token.pos_


def word_lemma(token: Token, parsed: bool | None = None) -> tuple[str, Token | None]:
    """The dictionary form of a token in context, and the separated particle it joined.
    `parsed` as for `separated_particle`."""
    verb = verb_of(token)
    if verb:
        return verb, None
    lemma = token.lemma_ or token.text
    particle = separated_particle(token, parsed) if token.pos_ == "VERB" else None
    if particle is not None:
        lemma = particle.text.lower() + lemma.lower()
    pos = "NOUN" if is_institution_noun(token) else token.pos_
    return normalize_lemma(lemma, pos, token.text), particle


# Quotation marks that open a quote in German (and Swiss) typography, and the straight one.
_QUOTES = frozenset({"„", "‚", "»", "«", "›", "‹", '"'})


def _opens_quote(token: Token) -> bool:
    # An opening mark is glued to the word after it and not to the one before.
    doc = token.doc
    return (token.text in _QUOTES and not token.whitespace_ and token.i + 1 < len(doc)
            and (token.i == 0 or bool(doc[token.i - 1].whitespace_)))


def example_sentence(sent: Span) -> Span:
    """The sentence with its own quotation marks. spaCy's German sentence splitter hands the
    opening quote of a sentence to the sentence before: "... über dem Gespräch. „" and
    "Präsident Trump hat das Thema klar angesprochen“, sagte Tillerson". The mark moves back."""
    doc, start, end = sent.doc, sent.start, sent.end
    if start > 0 and _opens_quote(doc[start - 1]):
        start -= 1
    if end - start > 1 and _opens_quote(doc[end - 1]):
        end -= 1
    return doc[start:end]


def _example(sentence: str, base: int, tokens: Iterable[Token], article: str,
             words: tuple[tuple[str, str], ...] = ()) -> Example:
    """An example of the tokens: `sentence` is the text of their sentence
    (`example_sentence`), which starts at character `base` of their Doc."""
    spans = sorted((t.idx - base, t.idx - base + len(t.text)) for t in tokens)
    return Example(sentence=sentence, highlights=tuple(spans), article=article, words=words)


# Separators of a listing: a TV guide's programmes, a site's menu ("Zuglegenden | Banditen |
# Kurzschluss"). Each item is a title, and the line is no sentence to learn from.
_LIST_SEPARATORS = frozenset({"|", "•", "·"})
# `Doc.user_data` key under which `stats.tally_running_words` leaves, per token, the
# `is_candidate` verdict it worked out (None where it did not ask), for `collect_words` to
# take instead of asking again: a build tallies and collects every token of every Doc, and
# the verdict reads a dozen token attributes and, for a name's noun, the noun lexicon.
CANDIDATE_VERDICTS = "learner.is_candidate"


def is_listing(sent: Span) -> bool:
    """Whether a "sentence" is a list of titles or menu items: two separators or more."""
    return sum(t.text in _LIST_SEPARATORS for t in sent) >= 2


def collect_words(tagged: Iterable[tuple[Doc, str]]) -> list[Word]:
    """Merge the candidate words of tagged docs into one Word per (lemma, part of speech).

    `tagged` pairs each Doc with the label of the article it came from. Words come back in
    the order they first appear.
    """
    tallies: dict[tuple[str, str], _Tally] = {}
    for doc, article in tagged:
        parsed = doc.has_annotation("DEP")
        # Taken, not read: a verdict is about the Doc as it was tallied, right before.
        verdicts = doc.user_data.pop(CANDIDATE_VERDICTS, None)
        for sent in doc.sents:
            if is_listing(sent):
                continue
            if verdicts is None:
                candidates = [token for token in sent if is_candidate(token)]
            else:
                candidates = [token for token in sent if (
                    is_candidate(token) if verdicts[token.i] is None else verdicts[token.i])]
            found = [(token, *word_lemma(token, parsed), word_pos(token))
                     for token in candidates]
            if not found:
                continue
            # The sentence's words, one tuple for all its examples; interned, so the many
            # sentences that share a word share its strings.
            words = tuple((sys.intern(lemma), sys.intern(pos)) for _, lemma, _, pos in found)
            # The sentence as its examples show it, made once for all its words (a Span's
            # text is joined from its tokens at each call).
            shown = example_sentence(sent)
            sentence, base = shown.text.rstrip(), shown.start_char
            for token, lemma, particle, pos in found:
                tally = tallies.setdefault((lemma, pos), _Tally())
                tally.count += 1
                # A separated verb's form is written joined, as a subordinate clause has it
                # ("dass sie auseinandergingen"): "gingen" alone is a form of gehen, not of
                # auseinandergehen, and must not lend it its frequency.
                form = token.text if particle is None else particle.text.lower() + token.text
                tally.forms[form] = None
                tally.articles[article] = None
                # Only a finite verb or an infinitive has a reflexive pronoun of its own: a
                # participle carded as its verb stands before a noun ("ein hantierendes
                # System"), and a "sich" in its clause belongs to another verb ("dazu gesellt
                # sich ...").
                if token.pos_ == "VERB":
                    tally.verb_uses += 1
                    pronoun = reflexive_pronoun(token, parsed)
                    if pronoun is not None:
                        tally.reflexive_uses += 1
                        tally.dative_uses += (pronoun.lower_ in DATIVE_REFLEXIVES
                                              or beside_accusative_object(token, pronoun))
                parts = [token] if particle is None else [token, particle]
                tally.examples.append(_example(sentence, base, parts, article, words))
    return [
        Word(lemma=lemma, pos=pos, count=t.count, forms=tuple(t.forms),
             examples=tuple(t.examples), articles=tuple(t.articles), verb_uses=t.verb_uses,
             reflexive_uses=t.reflexive_uses, dative_uses=t.dative_uses)
        for (lemma, pos), t in tallies.items()
    ]
