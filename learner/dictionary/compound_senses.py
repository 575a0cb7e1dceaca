"""What Ding's compounds say about their parts: a compound's split into first part and
head, and which English each part takes in the compounds Ding translates (`part_senses`,
`PartEnglish`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from learner import wordlists
from learner.dictionary.parsing import MIN_PART, Candidate
from learner.dictionary.ranking import majority_vote
from learner.morphology import LINKING


def renders_head(english: str, sense: str) -> bool:
    """Whether a compound's English (lower case) renders its head by `sense`: as its last
    word ("drug consumption"), as the end of a word English writes closed, after at least
    MIN_PART letters ("banknote", "fingertip"), or first, before "of", "to" or "for" ("tip
    of the tongue")."""
    return (english.endswith(" " + sense)
            or " " not in english and len(english) >= len(sense) + MIN_PART
            and english.endswith(sense)
            or english.startswith(tuple(f"{sense} {word} " for word in _HEAD_FIRST)))


# A first part's English is learnt only from compounds whose English is "<modifier> <head>"
# with a modifier of one or two words ("state library", "federal office"); a longer one is a
# paraphrase, not a translation of the part.
_MODIFIER_WORDS = 2
# The words after which English names what a compound's head names first: "code of conduct",
# "willingness to talk", "request for asylum".
_HEAD_FIRST = frozenset({"of", "to", "for"})
NOT_MODIFIER = frozenset({"of", "the", "a", "an", "to", "for", "and", "or", "in", "on"})
# How many of Ding's compounds must agree before a part's sense is taken from them: one
# compound is an anecdote (Landeskauderwelsch), two are a pattern.
MIN_PART_EVIDENCE = 2
# A compound hint offers a part's other sense where Ding's compounds use it at least a
# quarter as often as the part's commonest: Landes- "regional" (12 against "state" 23) and
# Rolle "role" (15 against "roll" 25) are readings a compound may well mean; Protest-
# "remonstrative" (2 against 14) and Boot "craft" (3 against 31) are Ding's rarities.
ALTERNATIVE_SHARE = 4


def compound_split(word: str, nouns: Iterable[str] | dict, words: set[str]) -> tuple[str, str]:
    """Where a compound (casefolded) splits into a first part and a noun Ding knows, longest
    noun first: ("landes", "bibliothek"); ("", "") when it does not.

    The first part must be a word itself (in `words`: Ding's headwords and wordfreq's German
    words), as written or before a linking element (Staat-s-, Hilfe-s-, Kind-er-) or as a
    verb stem (lenk- from lenken): a split inside a morpheme (Volleyb + aller) leaves no
    word on the left."""
    for start in range(MIN_PART, len(word) - MIN_PART + 1):
        rest = word[start:]
        if rest in nouns and is_first_part(word[:start], words):
            return word[:start], rest
    return "", ""


def is_first_part(part: str, words: set[str]) -> bool:
    """Whether a (casefolded) compound's first part is a word: as written, before a linking
    element, or as a verb's stem."""
    if len(part) < MIN_PART:
        return False
    if part in words or part + "en" in words or part + "n" in words:
        return True
    # A loop, not `any` over a generator: asked ~150,000 times while indexing.
    for s in LINKING:
        if part.endswith(s) and len(part) - len(s) >= MIN_PART and part[: -len(s)] in words:
            return True
    return False


# The German words wordfreq knows at least this often (Zipf) count as words for a compound's
# first part when Ding has no headword of their own (Internet-, Online-): Zipf 3 is about
# once in a million words, above the noise of fragments and typos.
_LEXICON_ZIPF = 3.0


def _german_words() -> set[str]:
    """German words wordfreq knows at Zipf _LEXICON_ZIPF or more, casefolded."""
    return wordlists.frequent_words("de", _LEXICON_ZIPF)


class CompoundLexicon(NamedTuple):
    """What a compound split needs at indexing: Ding's nouns, each spelling (casefolded) with
    its candidate lists (Ding may write a noun twice), and the words a first part may be
    (Ding's headwords and wordfreq's German words, casefolded)."""

    nouns: dict[str, list[list[Candidate]]]
    words: set[str]
    # `compound_split` of each noun asked so far: `part_senses` and `PartEnglish` split
    # many of the same nouns.
    splits: dict[str, tuple[str, str]]

    def split(self, word: str) -> tuple[str, str]:
        """`compound_split` of a (casefolded) noun against this lexicon, remembered."""
        found = self.splits.get(word)
        if found is None:
            found = self.splits[word] = compound_split(word, self.nouns, self.words)
        return found


def compound_lexicon(by_key: dict[tuple[str, str], list[Candidate]]) -> CompoundLexicon:
    nouns: dict[str, list[list[Candidate]]] = defaultdict(list)
    for (word, pos), candidates in by_key.items():
        if pos == "NOUN":
            nouns[word.casefold()].append(candidates)
    return CompoundLexicon(nouns, {word.casefold() for word, _ in by_key} | _german_words(), {})


def part_senses(
    by_key: dict[tuple[str, str], list[Candidate]],
    lexicon: CompoundLexicon | None = None,
) -> Iterator[tuple[str, str, str, int]]:
    """How Ding's own compounds translate their parts: rows (part, role, sense, compounds).

    For every noun Ding lists that splits into a first part and a noun Ding knows
    (Landes|bibliothek), each English sense that ends in one of the noun's senses ("state
    library", "regional library" end in "library") says two things: the head is used in that
    sense in compounds (role "head": -bereitschaft is "willingness" in compounds, not
    "standby"), and the first part is translated by what stands before it (role "first":
    Landes- is "state" or "regional", never "country"). A part's senses are counted over the
    compounds, each compound once, and kept where at least MIN_PART_EVIDENCE agree.

    Read the other way, an English that starts with a sense of the first part says what the
    last part means in compounds (role "last"), whether or not Ding's own entry for it has
    that sense: Geigenbauer "violin maker", Bootsbauer "boat builder" make -bauer "maker"
    and "builder", which Bauer's entry ("farmer", "pawn") lacks.
    """
    lexicon = lexicon or compound_lexicon(by_key)
    nouns = lexicon.nouns
    noun_senses: dict[str, set[str]] = {}  # filled as heads are met: most nouns never are
    first: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    head: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    last: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    part_words: dict[str, set[str]] = {}  # a first part's senses as a noun, as parts are met
    head_genders: dict[str, str] = {}
    for (word, pos), candidates in by_key.items():
        if pos != "NOUN" or len(word) < 2 * MIN_PART + 1:
            continue
        senses = {s for c in candidates for s in c.senses if " " in s}
        if not senses:
            continue  # no "<modifier> <head>" to learn from
        part, rest = lexicon.split(word.casefold())
        if not part:
            continue
        rest_senses = noun_senses.get(rest)
        if rest_senses is None:
            rest_senses = noun_senses[rest] = {s.lower() for listed in nouns[rest]
                                               for c in listed for s in c.senses}
        modifiers, heads = set(), set()
        for sense in senses:
            tokens = sense.split()
            lowered = sense.lower().split()  # no letter lowers to a space
            # The head's sense is the sense's last one to three words ("court of audit"),
            # or its first one or two before "of", "to" or "for", where English puts the
            # head first ("violation of the law", Gesetzesverletzung; "willingness to
            # talk", Gesprächsbereitschaft; "attempt to escape", Fluchtversuch).
            for size in range(min(3, len(tokens) - 1), 0, -1):
                if " ".join(lowered[-size:]) in rest_senses:
                    modifier = tokens[:-size]
                    if (len(modifier) <= _MODIFIER_WORDS
                            and not NOT_MODIFIER.intersection(lowered[:-size])):
                        modifiers.add(" ".join(modifier))
                        heads.add(" ".join(lowered[-size:]))
                    break
            else:
                for size in (1, 2):
                    if (lowered[size:size + 1] and lowered[size] in _HEAD_FIRST
                            and " ".join(lowered[:size]) in rest_senses):
                        heads.add(" ".join(lowered[:size]))
                        break
        # Sorted: the counters' order breaks `most_common`'s ties, and a set's order follows
        # Python's string hashes, which change from run to run.
        for modifier in sorted(modifiers):
            first[part][modifier] += 1
        for head_sense in sorted(heads):
            head[rest][head_sense] += 1
        gender = head_genders.get(rest)
        if gender is None:
            # The head's gender, or "" where it may follow a linking element instead
            # (see below): worked out once per head, which thousands of compounds share.
            gender = head_genders[rest] = "" if any(
                rest.startswith(link) and rest[len(link):] in nouns for link in LINKING) else (
                majority_vote([c for listed in nouns[rest] for c in listed], "gender") or "-")
        if gender != (majority_vote(candidates, "gender") or "-"):
            # A compound of the head's homograph of another gender (der Alkoholgehalt
            # "content", das Monatsgehalt "salary") says nothing of its sense; nor does one
            # that may split after a linking element instead (Aussicht-s-turm, not
            # Aussicht-sturm).
            continue
        if part not in part_words:
            part_words[part] = _noun_part_senses(part, nouns)
        for tail in sorted(_after_first_part(senses, part_words[part])):
            last[rest][tail] += 1
    for role, table in (("first", first), ("head", head), ("last", last)):
        for part, counts in table.items():
            # "federal" and "Federal" (Bundesamt, Federal Office) are one sense, written as
            # most compounds write it.
            # So are "victim" and "victims’" (Opferzahl "victim count", Opferschutz "victims’
            # protection"): English marks a noun modifier possessive or not as the phrase
            # goes, and the part means one thing. Shown as the noun, where a compound has it.
            spellings: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for sense, count in counts.items():
                spellings[_possessed(sense.lower())].append((count, sense))
            for forms in spellings.values():
                count = sum(n for n, _ in forms)
                if count >= MIN_PART_EVIDENCE:
                    shown = max(forms, key=lambda form: (
                        _possessed(form[1]) == form[1], form[0], form[1]))[1]
                    yield part, role, shown, count


_POSSESSIVE = re.compile(r"(?<=\w)(?:s[’']|[’']s)$")


def _possessed(sense: str) -> str:
    """An English possessive modifier as the noun it is made of: "victims’" and "victim's"
    -> "victim"; any other sense as it is. (An irregular plural stays one: "children's" ->
    "children".)"""
    return _POSSESSIVE.sub("", sense)


def part_nouns(part: str) -> list[str]:
    """The nouns a compound's first part may be, capitalized: as written, then before each
    linking element it ends in (Arbeit-s-, Bombe-n-), leaving at least MIN_PART letters."""
    noun = part[:1].upper() + part[1:]
    return [noun, *(noun[: -len(s)] for s in LINKING
                    if noun.endswith(s) and len(noun) - len(s) >= MIN_PART)]


def _noun_part_senses(part: str, nouns: Mapping[str, list[list[Candidate]]]) -> set[str]:
    """A (casefolded) first part's English as a noun, lower case, as written or before a
    linking element (Geige-n-). Only nouns: an adjective before a head picks another sense
    of it than a noun does (Kleinbauer "small farmer", Geigenbauer "violin maker")."""
    found: set[str] = set()
    for word in [part] + [part[: -len(s)] for s in LINKING if part.endswith(s)]:
        for listed in nouns.get(word, ()):
            for c in listed:
                found.update(s.lower() for s in c.senses)
    return found


def _after_first_part(senses: Iterable[str], first: set[str]) -> set[str]:
    """What a compound's English says after a sense of its first part ("violin maker" after
    "violin": "maker"), one to three words; or before "of" and a sense of its first part,
    which is how English puts many a German compound ("code of honour", Ehrenkodex: "code";
    "code of conduct", Verhaltenskodex)."""
    tails = set()
    for sense in senses:
        tokens = sense.lower().split()
        for size in (2, 1):
            if len(tokens) > size and " ".join(tokens[:size]) in first:
                if len(tokens) - size <= 3:
                    tails.add(" ".join(tokens[size:]))
                break
        else:
            if "of" in tokens[1:4]:
                at = tokens.index("of", 1)
                rest = tokens[at + 2:] if tokens[at + 1:at + 2] == ["the"] else tokens[at + 1:]
                if rest and " ".join(rest) in first:
                    tails.add(" ".join(tokens[:at]))
    return tails


class PartEnglish:
    """The English of compounds' parts at indexing, each part's worked out once (a part such
    as Land- has hundreds of senses, and thousands of compounds)."""

    def __init__(self, by_key: dict[tuple[str, str], list[Candidate]],
                 lexicon: CompoundLexicon, combining: Mapping[str, str] | None = None) -> None:
        self.by_key, self.lexicon = by_key, lexicon
        # Ding's combining forms' English by casefolded form (`combining_forms`: "Sonder… ::
        # special"): a first part that is no word of its own but such a form (Sonder-zug).
        self.combining = combining or {}
        self._first: dict[str, set[str]] = {}
        self._last: dict[str, set[str]] = {}

    def of(self, word: str) -> tuple[set[str], set[str]] | None:
        """For a noun that splits into a first part and a noun Ding knows (Streit|frage), the
        English of its first part alone (as a noun, before a linking element too, or as an
        adjective: "dispute", "quarrel"...) and of its last part ("question", "issue"...),
        lower case; None for a word that does not split. A first part that is neither, nor a
        verb's stem, but that Ding lists as a combining form, has that form's English:
        Sonderzug "special; special train" rendered Sonder- alone ("Sonder… :: special") by
        its first sense, a clipping English uses for the whole, which left a compound on it
        without its train ("ÖBB- + special")."""
        part, rest = self.lexicon.split(word.casefold())
        if not part:
            return None
        first = self._first.get(part)
        if first is None:
            first = _noun_part_senses(part, self.lexicon.nouns)
            for stem in (part, *[part[: -len(s)] for s in LINKING if part.endswith(s)]):
                for c in self.by_key.get((stem, "ADJ"), ()):
                    first.update(s.lower() for s in c.senses)
            if not first and not any((part + end, "VERB") in self.by_key for end in ("en", "n")):
                # Only for a part that is no noun, adjective or verb stem of its own: their
                # compounds English clips as German does (Notfall "emergency", not
                # "emergency case", Not… :: emergency; Sprengstoff "explosive" of sprengen).
                for stem in (part, *[part[: -len(s)] for s in LINKING if part.endswith(s)]):
                    first.update(s.lower() for s in self.combining.get(stem, "").split("; ") if s)
            self._first[part] = first
        last = self._last.get(rest)
        if last is None:
            last = self._last[rest] = {s.lower() for listed in self.lexicon.nouns[rest]
                                       for c in listed for s in c.senses}
        return first, last
