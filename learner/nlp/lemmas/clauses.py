"""A sentence's clauses, roughly: the words between punctuation marks (`sentence_clauses`,
found once per sentence), those cut again at a conjunction (`coordinated_clauses`), the clause
around a token (`clause_around`), and whether a modal or werden governs a word there
(`governs_bare_infinitive`).

Reads no other module of the package.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from learner.nlp.sentences import sentence_of


def clause_around(token: Token) -> list[Token]:
    """The words between the punctuation marks before and after the token, the token aside."""
    doc, sent = token.doc, sentence_of(token)
    before = next((t.i + 1 for t in reversed(doc[sent.start : token.i]) if t.is_punct),
                  sent.start)
    after = next((t.i for t in doc[token.i + 1 : sent.end] if t.is_punct), sent.end)
    return [t for t in doc[before:after] if t.i != token.i and not t.is_space]


def governs_bare_infinitive(token: Token) -> bool:
    """Whether the token's clause (between punctuation marks) has a finite modal or a finite
    werden before it and no conjunction of an infinitive clause (um, ohne, statt: KOUI)."""
    clause = clause_around(token)
    if any(t.tag_ == "KOUI" for t in clause):
        return False
    return any(t.i < token.i and (t.tag_ == "VMFIN" or t.tag_ == "VAFIN" and t.lemma_ == "werden")
               for t in clause)


# The last Doc's clauses (`sentence_clauses`), by their sentence's bounds. One Doc's only:
# the Tokens keep their Doc alive.
_clauses_of: tuple[Doc | None, dict[tuple[int, int], tuple[tuple[Token, ...], ...]]] = (None, {})


def sentence_clauses(sent) -> tuple[tuple[Token, ...], ...]:
    """The words of a sentence in runs between punctuation marks: its clauses, roughly.
    Five passes ask for each sentence's clauses; they depend on the words' spelling alone,
    which no pass changes, so each sentence's are found once."""
    global _clauses_of
    doc, found = _clauses_of
    if doc is not sent.doc:
        found = {}
        _clauses_of = (sent.doc, found)
    clauses = found.get((sent.start, sent.end))
    if clauses is None:
        runs, current = [], []
        for token in sent:
            if token.is_punct:
                if current:
                    runs.append(tuple(current))
                current = []
            elif not token.is_space:
                current.append(token)
        if current:
            runs.append(tuple(current))
        clauses = found[sent.start, sent.end] = tuple(runs)
    return clauses


def coordinated_clauses(sent) -> list[list[Token]]:
    """`sentence_clauses`, each cut again at "und" and "oder" (KON): the conjuncts of a coordinated
    main clause ("bleichen die Riffe aus und sterben ab") each have a finite verb."""
    parts = []
    for clause in sentence_clauses(sent):
        current: list[Token] = []
        for token in clause:
            if token.tag_ == "KON":
                if current:
                    parts.append(current)
                current = []
            else:
                current.append(token)
        if current:
            parts.append(current)
    return parts
