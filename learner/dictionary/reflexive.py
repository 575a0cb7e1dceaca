"""Whether a card heads a verb "sich X": the articles' reflexive uses weighed with the frames
Ding gives the verb, and the way construction ("sich durch die Serie spielen"), whose "sich"
makes no reflexive verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from learner.dictionary.contexts import verb_clause
from learner.dictionary.entry import Entry

if TYPE_CHECKING:
    from learner.vocabulary import Word


def is_reflexive(word: Word, entry: Entry) -> bool:
    """Whether the card heads a verb "sich X": the articles' reflexive uses (`Word.reflexive`)
    weighed with the frames Ding gives the verb (`Entry.frames`).

    - A "sich" beside an accusative object is a dative (`Word.dative_uses`): a free one ("sich
      die Hände waschen" is waschen) unless Ding lists the verb as "sich etw. X" ("sich etw.
      vorstellen", "sich etw. zuziehen").
    - A verb Ding has only with "sich" (sich weigern) is reflexive wherever the articles use
      it so: a use without the pronoun is the tagger's or the clause reading's miss.
    - Otherwise at least half the verb's uses must be reflexive (`Word.reflexive`). Ding's
      lack of a "sich X" line does not break a tie: it lacks many reflexive uses (sich
      stemmen gegen, sich zurückmelden, sich zerlegen); over the 600 articles ties going to
      the plain verb changed ten cards, one for the better by the judged samples (rühmen)
      and two for the worse (antreiben, zerlegen).
    - A "sich" with a phrase of direction through or into something ("blödeln sich durch die
      Serie", "grantelt sich ins Exil", "sich durchs Jahr schnupfen") is the way
      construction's: German lets an intransitive verb take "sich" and a path, the way
      English does ("joke one's way through"), so where every reflexive use is one and Ding
      has no "sich X" line the card is the plain verb (`way_construction`).
    Without Ding's frames (no dictionary, a verb it lacks) the articles' uses decide alone."""
    frames = entry.frames.split()
    if word.pos == "VERB" and "sich" not in frames and only_way_constructions(word):
        return False
    if word.pos != "VERB" or not frames:
        return word.reflexive
    uses = word.reflexive_uses - (0 if "dative" in frames else word.dative_uses)
    if uses <= 0:
        return False
    if "plain" not in frames:
        return True
    return 2 * uses >= word.verb_uses


# A reflexive pronoun of any person, as a verb's clause writes it.
_REFLEXIVE = re.compile(r"\b(?:sich|mich|dich|uns|euch)\b")
# A reflexive pronoun and, after it in the same conjunct (no "und" or "oder" between), the
# path of the way construction: durch with its accusative, in with the accusative of
# direction ("ins", "in die", "in eine", "in einen"; "in den" is the dative plural too).
_REFLEXIVE_PATH = re.compile(r"\b(?:sich|mich|dich|uns|euch)\b(?:(?!\b(?:und|oder)\b).)*?"
                             r"\b(?:durch|durchs|ins|in (?:die|eine|einen))\b")


def way_construction(clause: str) -> bool:
    """Whether a verb's clause (`verb_clause`) holds a reflexive pronoun and after it a path
    through or into something: "sich die beiden durch die Serie", "er sich ins Exil"; not
    "sich im Hier und Jetzt und flaniert durch Salzburg", whose path is another verb's."""
    return bool(_REFLEXIVE_PATH.search(clause))


def only_way_constructions(word: Word) -> bool:
    """Whether the verb's examples show "sich" only in the way construction: at least one
    clause does, and every clause with a reflexive pronoun does."""
    clauses = [verb_clause(e.sentence, e.highlights) for e in word.examples]
    reflexive = [c for c in clauses if _REFLEXIVE.search(c)]
    return bool(reflexive) and all(way_construction(c) for c in reflexive)
