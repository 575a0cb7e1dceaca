"""An adjective the articles use only as an adverb takes Ding's adverb line first (issue 13).

German uses an adjective's bare form as its adverb ("der Preis stieg sprunghaft an", "sie
forderten nachdrücklich"), where English says another word ("sharply", "strongly"), and Ding
gives that use a line of its own ("sprunghaft {adv} :: dramatically"). The card showed the
adjective's senses ("erratic; volatile; jumpy") for an adverb's use. `as_adverb` reads the
word's clauses for the adverbial use and, where every use is one, puts the adverb's line
first. `as_attribute` does the reverse: a word Ding gives only an adverb's line, which the
articles decline, takes the senses of its verb's participle or adjective.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.compound_hints import ADJECTIVE_ENDINGS
from learner.dictionary.english import english_adjective_of
from learner.dictionary.entry import Entry
from learner.dictionary.form_entries import participle_entry
from learner.dictionary.parsing import PARTICIPLE
from learner.dictionary.ranking import MAX_SENSES

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary

# The verbs that make an adjective their subject's predicate (sein, bleiben, scheinen, wirken,
# erscheinen), in the forms a clause writes them: beside one the bare adjective is a predicate
# ("der Mann war ansprechbar"), for which the adjective's own senses are right. werden is
# mostly the passive's or the future's auxiliary in news ("wurde millionenfach verkauft"), so
# it counts only right after the word or with the word last (`_predicative`).
_COPULA_FORMS = frozenset(
    "bin bist ist sind seid war warst waren wart sei seien seiest wäre wären gewesen sein "
    "bleibe bleibst bleibt bleiben blieb blieben bliebe geblieben scheint scheinen schien "
    "schienen erscheint erscheinen erschien erschienen wirkt wirken wirkte wirkten gewirkt".split())
_WERDEN_FORMS = frozenset("werde wirst wird werden werdet wurde wurden würde würden".split())
# The stems of the verbs that make an adjective their object's predicate or their own
# subject's with "sich": etw. unverschämt nennen, vielversprechend finden, als instabil
# bezeichnen, für nötig halten, sich kämpferisch zeigen/geben, unberührt lassen, publik
# machen, als sicher gelten, etw. kritisch sehen, als unangemessen empfinden. Matched at the
# start of a lower-case word; a participle in -end before a noun ("die Donner machende
# Pedale") is no such verb.
_OBJECT_PREDICATE_STEMS = (
    "nenn", "nann", "genannt", "find", "fand", "gefunden", "bezeichn", "hält", "halt", "hielt",
    "gehalten", "zeig", "gezeigt", "gab", "gibt", "geb", "gegeben", "lass", "läss", "ließ",
    "gelassen", "mach", "gemacht", "gilt", "galt", "gelt", "gegolten", "sieht", "sah", "seh",
    "gesehen", "empfind", "empfand", "empfunden")
# A clause ends at these marks: a comma, a colon, a dash, a bracket. Not a quotation mark: a
# word quoted alone (Polizei will "rigoros" vorgehen) stays in its clause.
_CLAUSE_MARKS = ",;:–()"
_WORD = re.compile(r"\w+")
# An adverb's first sense leads the card only where English writes it at least this often
# (wordfreq Zipf): Ding coins adverbs English hardly uses ("untouchedly" 0, "supportingly" 0,
# "unprejudicedly" 0), where the adjective's senses say more.
ADVERB_SENSE_ZIPF = 2.5


def as_adverb(dictionary: Dictionary, entry: Entry, lemma: str, forms: Iterable[str],
              examples: Iterable[tuple[str, tuple[tuple[int, int], ...]]]) -> Entry:
    """An adjective's entry with Ding's adverb line first, where the articles use the word
    only undeclined and never as a predicate (`_predicative`): then it modifies a verb or
    another adjective, an adverb's use, which English often says with another word than the
    adjective's ("unvermittelt ein Gefühl ... entsteht": "suddenly", not "immediate";
    "stieg sprunghaft an": "dramatically", not "erratic"; "nachdrücklich fordern":
    "strongly"). Only where the adverb line's first sense is no -ly form of a sense the card
    shows (abrupt {adv} "abruptly" beside "abrupt" says nothing new) and English writes it
    (`ADVERB_SENSE_ZIPF`). The adverb's senses come first, the card's first sense stays last,
    as `as_attribute` does the other way round."""
    if not entry.gloss or entry.approximate or entry.german:
        return entry
    forms = set(forms)
    examples = list(examples)
    if not examples or forms != {lemma}:
        # A declined or compared form stands before a noun or is a comparative: an adjective.
        return entry
    adverb = dictionary.entry(lemma, "ADV")
    if adverb is None or not adverb.gloss or adverb.gloss == entry.gloss:
        return entry
    shown = entry.gloss.split("; ")
    senses = adverb.gloss.split("; ")
    first = senses[0]
    if (_ly_of_shown(first, shown)
            or " " not in first and wordlists.zipf_frequency(first, "en") < ADVERB_SENSE_ZIPF):
        return entry
    if any(_predicative(sentence, highlights, lemma) for sentence, highlights in examples):
        return entry
    return replace(entry, gloss="; ".join(dict.fromkeys(senses[:MAX_SENSES - 1] + shown[:1])))


def _ly_of_shown(adverb: str, shown: list[str]) -> bool:
    """Whether an adverb is the -ly form of a sense the card shows ("proficiently" of
    "proficient", "happily" of "happy", "dramatically" of "dramatic"): the same sense."""
    return any(len(sense) >= 4 and adverb.startswith(sense[:-1]) for sense in shown)


def _predicative(sentence: str, highlights: tuple[tuple[int, int], ...], lemma: str) -> bool:
    """Whether the word may be a predicate in its clause (the text between the nearest clause
    marks): a copula in the clause (ist, war, bleibt, scheint, wirkt), werden right after the
    word or the word last in its clause ("weil es knapp wird", "Das wäre mir zutiefst
    zuwider"), "als" before it or "für" right before it (als instabil bezeichnen, für
    vordringlich halten), or a verb that makes its object's predicate (`_OBJECT_PREDICATE_STEMS`).
    Unsure counts as a predicate: the adjective's own senses stay."""
    if not highlights:
        return True
    start, end = highlights[0]
    if sentence[start:end].lower() != lemma.lower():
        return True
    left = max(sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    ends = [i for i in (sentence.find(mark, end) for mark in _CLAUSE_MARKS + ".?!") if i >= 0]
    before = _WORD.findall(sentence[left:start])
    after = _WORD.findall(sentence[end:min(ends) if ends else len(sentence)])
    lowered = [w.lower() for w in before + after]
    if _COPULA_FORMS.intersection(lowered) or not after:
        return True
    if after[0].lower() in _WERDEN_FORMS:
        return True
    if "als" in (w.lower() for w in before) or before and before[-1].lower() == "für":
        return True
    return any(w.islower() and w.startswith(_OBJECT_PREDICATE_STEMS)
               and not re.search(r"ende[mnrs]?$", w) for w in before + after)


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
