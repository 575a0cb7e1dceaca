"""HanTa's two searches over a word's letters, giving the same results in half the time.

HanTa (1.2.1) analyses a word form it does not list with two Viterbi searches over its
letters: `analyze_forward`, for the form's tag probabilities, and `analyze_viterbi`, for the
morphemes that give the lemma once the sentence is tagged. They take most of the tagging time.
Each extends every kept state of a row of the table by every segment of the word that follows
it and every morpheme tag that may follow the state, asking `lp_m_t` for the segment's
log-probability under the tag, which is -inf for most: a closed-class tag (article, suffix,
linking element) scores only the segments its lexicon lists, and an open class (noun stem,
verb stem) guesses only segments of three letters or more.

`ExactSearch` runs the same searches and skips those pairs without asking:

- the lexicon is read the other way round, from a segment to the tags that list it, so a
  segment no tag lists is only tried with the open-class tags, and only where HanTa guesses;
- the guess is computed inline, with the same float additions in the same order;
- the rows are filled segment by segment instead of state by state. Each cell of the table
  then receives the same candidates in the same order, and a pair with -inf never enters it
  (the searches keep only values above -1e6), so every value, every backpointer and the
  order of every row (which breaks ties) are HanTa's own.

The sentence's own search, `tag_sent_viterbi`, extends each kept state by the word's few
tags instead of by all 56 that may follow a state, in the same order, so its rows and ties are
HanTa's too.

tests/test_nlp_speed.py compares them on words and sentences written for the test; a build's
words are byte-identical either way. Another HanTa version keeps its own searches (`install`).

Licence: this module is derived from HanTa's HanoverTagger.py (HanTa 1.2.1, © Christian
Wartena, LGPL-3.0-or-later), whose two searches it restates, and so is itself licensed under
the GNU Lesser General Public License, version 3 or later, unlike the rest of learner (MIT).
"""

# SPDX-License-Identifier: LGPL-3.0-or-later

from __future__ import annotations

import math
from functools import cache
from importlib import metadata
from operator import itemgetter

from numpy import logaddexp

# The version whose searches ExactSearch reproduces.
HANTA_VERSION = "1.2.1"

# HanTa's reserved tag numbers (HanTa.HanoverTagger: EMPTY, START, END, UNKNOWN, END_UNKNOWN).
_EMPTY, _START, _END, _UNKNOWN, _END_UNKNOWN = 0, 1, 2, 3, -3
# The searches keep a candidate only above this log-probability.
_LOWER_BOUND = -1e6
# Each row keeps its best three states (and ties with the third).
_KEPT_STATES = 3
# HanTa guesses an unknown morpheme's tag from its last four letters at most, and its length
# up to 24, and takes 4.6 off a guess that spans the whole word.
_SUFFIX_LETTERS = 4
_MAX_LENGTH = 24
_WHOLE_WORD_PENALTY = 4.6


class ExactSearch:
    """`analyze_forward` and `analyze_viterbi` of one HanTa tagger, with its results."""

    def __init__(self, tagger) -> None:
        self.tagger = tagger
        # Each segment HanTa's lexicon lists, with its log-probability under each tag listing it.
        self.tags_of: dict[str, dict[int, float]] = {}
        for tag, morphemes in tagger.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                self.tags_of.setdefault(morpheme, {})[tag] = lp
        # The open classes: the tags HanTa guesses unknown segments for.
        self.open = frozenset(set(tagger.LP_hapax_t) & set(tagger.LP_s_t))
        # A guess less its suffix's term, by tag and length, summed in lp_m_t's order.
        self._base = {t: [tagger.Int_t + tagger.LP_hapax_t[t] + lp for lp in tagger.LP_len_t[t]]
                      for t in self.open}
        # What a guess reads, by open class: the suffixes' terms and `_base`.
        self._guessers = {t: (tagger.LP_s_t[t], self._base[t]) for t in self.open}
        self._followers: dict[tuple, tuple[list, list]] = {}
        self._orders: dict[tuple[int, int], dict[int, int] | None] = {}
        # Each state's steps to an unknown word, which may have any tag.
        self._any_tag: dict[tuple[int, int], list[tuple[int, float, int]]] = {}

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        """HanTa's `analyze_forward`: the word's tags with their log-probabilities, best first."""
        tagger = self.tagger
        table = [{(_EMPTY, _START): 0}] + [{} for _ in range(len(word) + 1)]
        self._fill(word, table, None, tagger.strict, None)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lpt in tagger.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > _LOWER_BOUND:
                    new = (state[1], tag)
                    if new not in last or lp1 > last[new]:
                        last[new] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            # HanTa sums with numpy's logaddexp, and keeps its float64.
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        found = sorted(results.items(), key=itemgetter(1), reverse=True)
        return found or [(_UNKNOWN, 0)]

    def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """HanTa's `analyze_viterbi`: the word's best morphemes for the tag, as (tag, end)."""
        tagger = self.tagger
        wlen = len(word)
        reachable = tagger.reachability.get(targetpos, frozenset())
        # A first search with the lexicon's morphemes only, a second with guesses if it fails.
        for strict in (True, False):
            table = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
            backpointer: list[dict] = [{} for _ in range(wlen + 2)]
            self._fill(word, table, backpointer, strict, reachable)
            last = table[-1]
            for state, lp in table[-2].items():
                for tag, lpt in tagger.LP_trans_final.get(state, []):
                    if tag == targetpos:
                        lp1 = lp + lpt
                        if lp1 > _LOWER_BOUND:
                            new = (state[1], tag)
                            if new not in last or lp1 > last[new]:
                                last[new] = lp1
                                backpointer[-1][new] = (state, wlen)
                        break
            if last:
                break
        best_lp, best = -math.inf, (_EMPTY, _EMPTY)
        for state, lp in table[-1].items():
            if lp > best_lp:
                best_lp, best = lp, state
        i = len(backpointer) - 1
        if best == (_EMPTY, _EMPTY):
            states = [((_UNKNOWN, _END_UNKNOWN), i), ((_START, _UNKNOWN), i - 1)]
        else:
            states = [(best, i)]
            state = best
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], end) for state, end in states[::-1]]

    def tag_sent_viterbi(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        """HanTa's `tag_sent_viterbi`: the sentence's best tags. HanTa extends each kept state
        by each of the 56 tags that may follow it and skips those the word cannot have; this
        extends it by the word's own few tags, taken in the order of the state's transitions,
        so every row receives the same candidates in the same order."""
        tagger = self.tagger
        transitions = tagger.LP_trans_word
        table: list[dict] = []
        backpointer: list[dict] = []
        cs = False
        for i, w in enumerate(sent):
            if i == 0:
                cs = False
            elif casesensitive:
                cs = True
            wprobs = dict(tagger._tag_word(w, cutoff=5, casesensitive=cs, conditional=True))
            wprobs_empty = len(wprobs) == 0
            if len(wprobs) == 1 and _UNKNOWN in wprobs:
                wprobs = {}
                wprobs_empty = True
            # The word's tags in ascending order: the order of every state whose transitions
            # come in that order (all of HanTa 1.2.1's German model), sorted once per word
            # instead of once per kept state.
            ascending = sorted(c for c in wprobs if c != _END)
            row: dict = {}
            back: dict = {}
            backpointer.append(back)
            prevrow = {(_EMPTY, _START): 0.0} if i == 0 else table[i - 1]
            rowbound = (sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5
                        else _LOWER_BOUND)
            for state in prevrow:
                lp0 = prevrow[state]
                if lp0 < rowbound:
                    continue
                lp_t = transitions[state]
                if wprobs_empty:  # an unknown word may have any tag
                    steps = self._any_tag.get(state)
                    if steps is None:
                        steps = self._any_tag[state] = [
                            (c, lp_tc, 0) for c, lp_tc in lp_t.items() if c != _END]
                else:
                    order = self._transition_order(state, lp_t)
                    if order is None:
                        steps = [(c, lp_t[c], wprobs[c]) for c in ascending if c in lp_t]
                    else:
                        steps = [(c, lp_t[c], wprobs[c])
                                 for _, c in sorted((order[c], c) for c in wprobs if c in order)]
                for c, lp_tc, lpwc in steps:
                    lp = lp0 + lp_tc + lpwc
                    if lp > _LOWER_BOUND:
                        newstate = (state[1], c)
                        if newstate not in row or lp > row[newstate]:
                            row[newstate] = lp
                            back[newstate] = state
            table.append(row)
        # The last row, as HanTa has it.
        finalstate = (_END, _EMPTY)
        prevrow = table[-1]
        row = {}
        backpointer.append({})
        for state in prevrow:
            lp0 = prevrow[state]
            lp_t = dict(transitions[state])
            lp = lp0 + lp_t.get(_END, -math.inf)
            if lp > row.get(finalstate, -math.inf):
                row[finalstate] = lp
                backpointer[-1][finalstate] = state
        table.append(row)
        tags = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]

    def _transition_order(self, state: tuple[int, int], lp_t: dict) -> dict[int, int] | None:
        """Where each tag but the end comes among the state's transitions; None where they
        come in ascending tag order."""
        order = self._orders.get(state, False)
        if order is False:
            tags = [c for c in lp_t if c != _END]
            order = self._orders[state] = (
                None if tags == sorted(tags) else {c: k for k, c in enumerate(tags)})
        return order

    def _follow(self, state: tuple[int, int], reachable: frozenset | None) -> tuple[list, list]:
        """The morpheme tags that may follow `state` (those that can reach the target tag,
        when there is one), with their transition log-probabilities, in HanTa's order; and
        the open classes among them."""
        key = (state, reachable)
        found = self._followers.get(key)
        if found is None:
            every = self.tagger.LP_trans_nonfinal.get(state, [])
            if reachable is not None:
                every = [(t, lp) for t, lp in every if t in reachable]
            found = self._followers[key] = (every, [(t, lp) for t, lp in every if t in self.open])
        return found

    def _fill(self, word: str, table: list[dict], backpointer: list[dict] | None, strict: bool,
              reachable: frozenset | None) -> None:
        """Fill the rows of the table (and the backpointers, when given) as HanTa does."""
        wlen = len(word)
        tags_of, open_classes, guessers = self.tags_of, self.open, self._guessers
        for i in range(wlen + 1):
            row = table[i]
            bound = (sorted(row.values(), reverse=True)[_KEPT_STATES] - 1
                     if len(row) > _KEPT_STATES else _LOWER_BOUND)
            kept = []
            for state, lp in row.items():
                if lp < bound:
                    continue
                every, opened = self._follow(state, reachable)
                if every:
                    kept.append((state, lp, every, opened))
            if not kept:
                continue
            for j in range(i + 1, wlen + 1):
                segment = word[i:j]
                listed = tags_of.get(segment)
                guess = not strict and (wlen < 4 or j - i > 2)
                if listed is None and not guess:
                    continue  # every tag scores -inf
                whole = j - i == wlen
                cells = table[j]
                back = backpointer[j] if backpointer is not None else None
                # A tag's guess for the segment is the same from every kept state: each is
                # computed once.
                guessed: dict[int, float] = {}
                # The endings a guess reads, made at the first guess: for a quarter of the
                # segments no kept state is followed by an open class.
                endings = None
                for state, lp, every, opened in kept:
                    previous = state[1]
                    for tag, lpt in (every if listed is not None else opened):
                        if listed is not None and tag in listed:
                            lpm = listed[tag]
                        elif guess and tag in open_classes:
                            lpm = guessed.get(tag)
                            if lpm is None:
                                # lp_m_t's guess, inline (a call per guess cost more than
                                # the guess): by the segment's length and its longest ending
                                # (up to four letters) the tag has seen.
                                if endings is None:
                                    endings = _endings(segment)
                                suffixes, base = guessers[tag]
                                for ending in endings:
                                    lps = suffixes.get(ending)
                                    if lps is not None:
                                        break
                                else:
                                    lps = suffixes[""]
                                lpm = base[min(j - i, _MAX_LENGTH)] + lps
                                if whole:
                                    lpm -= _WHOLE_WORD_PENALTY
                                guessed[tag] = lpm
                        else:
                            continue  # -inf
                        lp1 = lp + lpt + lpm
                        if lp1 > _LOWER_BOUND:
                            new = (previous, tag)
                            old = cells.get(new)
                            if old is None or lp1 > old:
                                cells[new] = lp1
                                if back is not None:
                                    back[new] = (state, i)


def _endings(segment: str) -> list[str]:
    """The endings of a segment HanTa guesses its tag by, longest first: up to four letters,
    each shorter than the segment."""
    return [segment[-letters:] for letters in range(min(_SUFFIX_LETTERS, len(segment) - 1), 0, -1)]


@cache
def _restated_version() -> bool:
    """Whether the installed HanTa is the version this module restates."""
    try:
        return metadata.version("HanTa") == HANTA_VERSION
    except metadata.PackageNotFoundError:
        return False


def reachability(transitions: dict, tag_names: dict) -> dict[int, frozenset]:
    """HanTa's `reachable()`: for each final state (a negative tag number), every state from
    which a chain of transitions leads to it. The same sets, found by following the
    transitions backwards from each final state; HanTa scans the list of every transition
    again for each state it adds (~25 ms of every load of the model, against ~1 ms)."""
    into: dict[int, set[int]] = {}
    for (_, state), followers in transitions.items():
        for follower in followers:
            into.setdefault(follower, set()).add(state)
    found: dict[int, frozenset] = {}
    for final in tag_names:
        if final >= 0:
            continue
        before, todo = set(), [final]
        while todo:
            for state in into.get(todo.pop(), ()):
                if state not in before:
                    before.add(state)
                    todo.append(state)
        found[final] = frozenset(before)
    return found


def tagger_class(shipped: type) -> type:
    """HanTa's tagger class, with `reachable` as `reachability` computes it where HanTa is
    the version this module restates (it runs when the model is loaded)."""
    if not _restated_version():
        return shipped

    class Tagger(shipped):
        def reachable(self) -> None:
            self.reachability = reachability(self.LP_trans, self.int2tag)

    return Tagger


def install(tagger) -> bool:
    """Give the tagger the exact searches, where its HanTa is the version they reproduce;
    whether it got them."""
    if not _restated_version():
        return False
    search = ExactSearch(tagger)
    # HanTa calls both through `self.`, so instance attributes shadow the methods.
    tagger.analyze_forward = search.analyze_forward
    tagger.analyze_viterbi = search.analyze_viterbi
    tagger.tag_sent_viterbi = search.tag_sent_viterbi
    return True
