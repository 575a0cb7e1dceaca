"""Idioms in a card's sentences: the first sense of a phrase of Ding's whose words the
sentences or the verb's clauses hold, for a noun (`noun_idiom_sense`), an adjective before
its verb (`adjective_idiom_sense`) and a verb (`verb_idiom_sense`; a phrase of the verb's
frame without a noun, `_frame_idiom_sense`). Each gives "" where none fits;
`context_senses.in_context` puts the sense first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from learner.dictionary.compound_hints import is_function_word
from learner.dictionary.contexts import CONTRACTIONS, noun_stem
from learner.dictionary.entry import Entry
from learner.dictionary.index_rows import (
    ENGLISH_FUNCTION_WORDS,
    HAS_COMPLEMENT,
    NO_COMPLEMENT,
    NOUN_IDIOM,
    PHRASE_END,
    TAKES_COMPLEMENT,
)
from learner.dictionary.parsing import (
    ANY_PREPOSITION,
    CAPITALISED,
    THING_OBJECT,
    is_object_marker,
    lookup_key,
    strip_groups,
)

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


def noun_idiom_sense(dictionary: Dictionary, entry: Entry, lemma: str,
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


def adjective_idiom_sense(dictionary: Dictionary, entry: Entry, lemma: str,
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


def verb_idiom_sense(dictionary: Dictionary, lemma: str, clauses: Iterable[str]) -> str:
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
    another frame, and is `governed_senses.governed_sense`'s to weigh.
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
