"""A headword's senses ranked: Ding lists them in no useful order (Lösung's first line says
"lotion"), so the index orders them with a rule that can be measured
(`bench/gloss_quality.py`); see `_sense_scores`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from learner import wordlists
from learner.dictionary.english import COGNATE_ENDINGS, COGNATE_ZIPF, english_cognates, english_ly
from learner.dictionary.entry import Entry
from learner.dictionary.parsing import Candidate, sense_key

# How much a noun's sense gains from the compounds Ding translates with it, per doubling of
# their number (Quartett: "quartet" in Streichquartett and others, the card game "Happy
# Families" in none). Tuned on the development samples (bench/gloss_sample.py, seed 11).
COMPOUND_WEIGHT = 1.0

# How much less frequent a phrase is than wordfreq's estimate, per word beyond its first
# (see `english_sense_zipf`). Tuned on the development samples (bench/gloss_sample.py, seed 11).
PHRASE_PENALTY = 1.0

# What the other members of a family of senses add to the one shown (see `_sense_scores`).
# Tuned on the development samples (bench/gloss_sample.py, seeds 11 and 12).
FAMILY_SHARE = 0.5

# How many of Ding's compounds must agree on an English for their last part, which the
# part's own lines lack, for it to join the part's senses on its card, and how many for it
# to come first (`with_compound_sense`: Verbrauch "consumption", 17 compounds).
MIN_COMPOUND_SENSE = 3
COMPOUND_SENSE_FIRST = 6

# How many senses a card shows. One sense hides the word's range; more than three crowds
# the card and the later ones are rarely what the article meant.
MAX_SENSES = 3


def candidate_weight(c: Candidate) -> float:
    """How much a Ding line speaks for its senses being the word's main ones.

    - A line where the word is the first headword is its own entry; where it is a later
      synonym the line belongs to another word (Einmischung under "Einflussnahme"): half.
    - A compound listed inside another word's line: half.
    - A register or region label on the word ([ugs.], [Ös.]): half.
    - A specialist subject field on the line ([chem.], [techn.]; not [pol.], [jur.]...): 0.6.
    - The main entry of a word lists plurals, forms and example phrases: 1 + log2(sub-entries).
    """
    weight = 1.0 + math.log2(c.size)
    if c.position > 0:
        weight *= 0.5
    if c.in_subentry:
        weight *= 0.5
    if c.marked:
        weight *= 0.5
    if c.specialist:
        weight *= 0.6
    return weight


_ENGLISH_NOISE = frozenset({"to", "a", "an", "the", "sth.", "sb.", "sb./sth.", "sth./sb.",
                            "one's", "sb.'s", "oneself"})


_ENGLISH_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def english_sense_zipf() -> Callable[[str], float]:
    """Zipf frequency of an English sense, as wordfreq computes a phrase's: the tokens'
    frequencies combined as 1/f = sum(1/f_i), from the word list read once (calling
    wordfreq per sense would tokenize each of some 300,000 senses the slow way)."""
    frequencies = wordlists.frequency_dict("en")
    cache: dict[str, float] = {}
    by_sense: dict[str, float] = {}  # the same, by the sense as written

    def zipf(sense: str) -> float:
        found = by_sense.get(sense)
        if found is not None:
            return found
        words = [w for w in sense.lower().split() if w not in _ENGLISH_NOISE]
        text = " ".join(words)
        if text not in cache:
            cache[text] = _combined_zipf(
                frequencies.get(token, 0.0) for token in _ENGLISH_WORD.findall(text))
        by_sense[sense] = cache[text]
        return cache[text]

    return zipf


def _combined_zipf(frequencies: Iterable[float]) -> float:
    """The Zipf frequency of a phrase from its words' frequencies, combined as wordfreq
    combines them (1/f = sum(1/f_i)); 0.0 where a word has none (the rest are not asked).
    A phrase is rarer than its rarest word: wordfreq's estimate (the harmonic sum) is an
    upper bound, and "Happy Families" or "to knock back" are far rarer than "happy" or
    "back". Each word beyond the first lowers it by PHRASE_PENALTY."""
    inverse, words = 0.0, 0
    for f in frequencies:
        if not f:
            return 0.0
        inverse += 1 / f
        words += 1
    if not inverse:
        return 0.0
    return math.log10(1 / inverse) + 9 - PHRASE_PENALTY * max(words - 1, 0)


def phrase_zipf(sense: str) -> float:
    """`english_sense_zipf`'s estimate of an English sense (lower case, without placeholders) from
    wordfreq's words one at a time, for a deck's few look-ups (`_combined_zipf`)."""
    return _combined_zipf(
        10 ** (zipf - 9) if (zipf := wordlists.zipf_frequency(token, "en")) > 0 else 0.0
        for token in _ENGLISH_WORD.findall(sense.lower()))


def sense_family(sense: str) -> str:
    """The English word a sense is built on: its verb ("to meet up with sb." -> meet) or the
    head of its noun phrase ("criminal charge" -> charge, "head of state" -> head)."""
    return _key_family(sense_key(sense))


def _key_family(key: str) -> str:
    """`sense_family` of a sense already made a `sense_key` (which a second time changes
    nothing)."""
    words = key.split()
    if not words:
        return ""
    if words[0] == "to" and len(words) > 1:
        return words[1]
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1]


def _sense_scores(
    candidates: list[Candidate],
    english_zipf: Callable[[str], float],
    in_compounds: Mapping[str, int] | None = None,
) -> list[tuple[float, str]]:
    """One sense per family of senses, with its score, best first.

    Senses built on the same English word form a family (treffen: "to meet", "to meet with
    sb.", "to meet up with sb."). A line supports a family with weight(line) / (1 + the
    place of the family's first sense in the line); a family's support is what the lines
    give it, each line once. The family is shown by its plainest member: fewest words, then
    the most supported.

    score = family support + the shown sense's Zipf frequency in English.

    Summing over lines rewards senses that several entries share (Druck: "pressure" in the
    physics and the politics entries, "buffeting" in one); the place in the line keeps Ding's
    own order within an entry; English frequency prefers the word a teacher says
    (interference, 4.0) over the rare one (meddling, 3.3).
    """
    support: dict[str, float] = {}  # per sense, to pick a family's member
    family_support: dict[str, float] = {}
    shown: dict[str, str] = {}
    family_of: dict[str, str] = {}  # per sense, in the order of `support`
    # Senses every line that gives them labels in English ([slang], [dated]; see
    # `_ENGLISH_MARKED`): those some line labels, less those another gives plain.
    labelled: set[str] = set()
    regional: set[str] = set()
    for c in candidates:
        if c.labelled:
            labelled.update(c.labelled)
        if c.other_region:
            regional.update(map(sense_key, c.senses))
        weight = candidate_weight(c)
        in_line: dict[str, float] = {}
        for place, sense in enumerate(c.senses):
            key = sense_key(sense)
            if not key:
                continue
            value = weight / (1 + place)
            family = family_of.get(key)
            if family is None:
                support[key] = value
                shown[key] = sense
                family = family_of[key] = _key_family(key)
            else:
                support[key] += value
            if value > in_line.get(family, 0.0):
                in_line[family] = value
        if len(candidates) == 1:
            family_support = in_line  # one line: the families' support is what it gives
            break
        for family, value in in_line.items():
            family_support[family] = family_support.get(family, 0.0) + value
    # Most words' senses are each a family of their own: the family is the sense.
    families: dict[str, Sequence[str]]
    if len(family_support) == len(support):
        families = {family: (key,) for key, family in family_of.items()}
    else:
        families = {}
        for key, family in family_of.items():
            if family in families:
                families[family].append(key)  # type: ignore[union-attr]
            else:
                families[family] = [key]
    ranked = []
    for family, members in families.items():
        plainest = members[0] if len(members) == 1 else min(
            members, key=lambda k: (len(k.split()), -support[k], len(k)))
        used = max((in_compounds.get(shown[k].lower(), 0) for k in members), default=0) if (
            in_compounds) else 0
        # The sense shown counts fully; the rest of its family half: "to act in concert"
        # says less for "to act jointly" than a second line with "to act jointly" would.
        own = min(support[plainest], family_support[family])
        family_score = own + FAMILY_SHARE * (family_support[family] - own)
        score = family_score + english_zipf(shown[plainest])
        if used:  # log2(1) adds nothing
            score += COMPOUND_WEIGHT * math.log2(1 + used)
        ranked.append((score, shown[plainest]))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    if labelled:
        labelled -= {key for c in candidates for key in map(sense_key, c.senses)
                     if key not in c.labelled}
    if regional:
        regional -= {key for c in candidates if not c.other_region
                     for key in map(sense_key, c.senses)}
    if regional and sense_key(ranked[0][1]) in regional:
        # A sense the word has only in another region's German (Landtag [Lie.], Liechtenstein's
        # parliament: "National Council"; Kitsch [Westdt.], an apple's core) is no first sense
        # for the articles: the best sense of the standard language's goes before it.
        plain = next((i for i, (_, s) in enumerate(ranked) if sense_key(s) not in regional), 0)
        ranked.insert(0, ranked.pop(plain))
    if labelled:
        # A sense Ding marks as slang, dated or regional English comes after every plain one,
        # however frequent the English word is ("shit" is, as an oath).
        ranked.sort(key=lambda pair: sense_key(pair[1]) in labelled)
    if len(ranked) == len(support):
        return ranked  # each sense is a family of its own
    # Fewer families than senses to show: the families' other members fill the gloss.
    shown_first = {s for _, s in ranked}
    rest = sorted((k for k in support if shown[k] not in shown_first), key=lambda k: -support[k])
    return ranked + [(0.0, shown[k]) for k in rest]


def head_first(senses: list[str], first: set[str], last: set[str]) -> list[str]:
    """A compound's senses with its first sense moved behind a translation of the whole,
    where the first only renders its first part: a German compound names a kind of what its
    last part names (eine Streitfrage is a question, a Barzahlung a payment), so "dispute",
    Streit's own English, says less than "controversial question". `first` and `last` are
    the parts' English, lower case. The sense put first is the best-ranked of those the card
    shows (MAX_SENSES) that ends in the last part's English after a modifier; the card shows
    the same senses, in another order. A first sense that is a sense of the first part and
    ends in the last part's too ("turning point": Wende, Punkt) stays."""
    if not senses or senses[0].lower() not in first or _names_last_part(senses[0], last):
        return senses
    for i, sense in enumerate(senses[1:MAX_SENSES], 1):
        if _names_last_part(sense, last):
            return [sense, *senses[:i], *senses[i + 1:]]
    return senses


def _names_last_part(sense: str, last: set[str]) -> bool:
    """Whether an English sense ends in one of `last` after a modifier ("controversial
    question" after "question")."""
    tokens = sense.lower().split()
    return any(" ".join(tokens[-size:]) in last for size in range(1, min(3, len(tokens) - 1) + 1))


def with_compound_sense(senses: list[str], in_compounds: Mapping[str, int],
                        as_last_part: Mapping[str, int]) -> list[str]:
    """A noun's senses with the English its compounds give it, where Ding's own lines for it
    lack that English and its compounds use none of the senses they give.

    Ding's lines for a word are not all its senses: Verbrauch has lines for a car's mileage
    and for wastage, and "consumption" only in its compounds (Energieverbrauch "energy
    consumption", Kraftstoffverbrauch, and fifteen more). Where at least
    MIN_COMPOUND_SENSE compounds ending in the noun translate it by one English word
    (`as_last_part`, lower case) and none translates it by a sense the card shows
    (`in_compounds` and `as_last_part` both count none of them), that word is one of its
    senses the card lacks: first where COMPOUND_SENSE_FIRST compounds or more agree (they
    say what the word commonly means), else second. A shown sense of the same English
    family ("driver of a/the vehicle", "driver") gives way to it. A noun whose compounds
    use a sense it shows keeps its senses: Bauer is a farmer in three compounds, a maker in
    a dozen (Geigenbauer), and alone a farmer."""
    lowered = [sense.lower() for sense in senses]
    if any(in_compounds.get(sense) or as_last_part.get(sense) for sense in lowered):
        return senses
    best = max((sense for sense in as_last_part if sense not in lowered),
               key=lambda sense: (as_last_part[sense], sense), default="")
    if not best or as_last_part[best] < MIN_COMPOUND_SENSE:
        return senses
    family = sense_family(best)
    same = [i for i, sense in enumerate(senses) if sense_family(sense) == family]
    if same:
        return [*senses[:same[0]], best, *senses[same[0] + 1:]]
    place = 0 if as_last_part[best] >= COMPOUND_SENSE_FIRST else 1
    return [*senses[:place], best, *senses[place:]][:MAX_SENSES]


def cognate_first(senses: list[str], word: str, pos: str,
                  candidates: Iterable[Candidate] = (),
                  english_zipf: Callable[[str], float] | None = None) -> list[str]:
    """A word's senses with its English cognate first, where Ding gives the cognate among
    them: the German word with its learned suffix swapped for English's (`english_cognates`:
    pragmatisch -> pragmatic, exzessiv -> excessive, Harmonisierung -> harmonization; an
    adverb's with -ly). A learner reads such a word as its English twin, and Ding listing
    the twin at all says it is no false friend (Ding gives aktuell no "actual", eventuell no
    "eventual"); other senses Ding puts first are narrower uses ("bottom-line") or another
    word's (a synonym's line). A first sense that is already one of the cognates, in either
    spelling, stays ("tropical" before "tropic", "organization" before "organisation"); a
    twin English rarely uses stays where it is (by `english_zipf`, the index's, or
    wordfreq's).

    Where `candidates` are given, the cognate must come from a line that marks neither a
    register or region on the word nor a specialist field, and carry no label in English:
    "ganz gewöhnlich; ordinär [geh.] :: ordinary" is an elevated use (ordinär is otherwise
    vulgar, a false friend), "quadratisch [math.] :: quadratic" the mathematician's word for
    what is otherwise square, and "Billion :: trillion; billion [Br.] [obs.]" an obsolete
    one."""
    if not word.lower().endswith(COGNATE_ENDINGS.get(pos, ())):
        return senses
    forms = english_cognates(word, pos)
    if pos == "ADV":
        forms = [english_ly(form) for form in forms]
    cognates = {spelling_key(form) for form in forms}
    if not cognates or spelling_key(sense_key(senses[0])) in cognates:
        return senses
    plain = None
    if candidates:
        plain = {spelling_key(key) for c in candidates if not c.marked and not c.specialist
                 for key in map(sense_key, c.senses) if key not in c.labelled}
    for i, sense in enumerate(senses):
        spelled = spelling_key(sense_key(sense))
        if spelled in cognates and (plain is None or spelled in plain):
            # As for `english_cognate`: a twin rarer than COGNATE_ZIPF is a word a learner
            # does not know either ("conceptional" for konzeptionell, beside "conceptual").
            zipf = (english_zipf(sense_key(sense)) if english_zipf is not None
                    else wordlists.zipf_frequency(sense_key(sense), "en"))
            if zipf < COGNATE_ZIPF:
                return senses
            return [sense, *senses[:i], *senses[i + 1:]]
    return senses


def majority_vote(candidates: list[Candidate], attribute: str) -> str:
    """The value most lines give; ties go to the heavier lines. One line in Ding can be
    wrong ("Unmut {f}"), so each line counts once however rich it is."""
    if len(candidates) == 1:  # most words have one line: its value, nothing to weigh
        return getattr(candidates[0], attribute) or ""
    votes: dict[str, tuple[int, float]] = {}
    for c in candidates:
        value = getattr(c, attribute)
        if value:
            count, weight = votes.get(value, (0, 0.0))
            votes[value] = (count + 1, weight + candidate_weight(c))
    return max(votes, key=lambda v: (votes[v], v)) if votes else ""


def rank(
    candidates: list[Candidate],
    english_zipf: Callable[[str], float],
    in_compounds: Mapping[str, int] | None = None,
    parts: Callable[[str], tuple[set[str], set[str]] | None] | None = None,
    word: str = "",
    as_last_part: Mapping[str, int] | None = None,
) -> Entry:
    """The entry the candidates of one (word, part of speech) add up to; `in_compounds`
    counts, for a noun, the compounds Ding translates with each of its senses (see
    `part_senses`); `parts` gives, for a compound `word`, the English of its first and last
    parts (`PartEnglish.of`), asked only where the word has several senses; `as_last_part`
    counts the compounds that translate a noun, as their last part, with each English (role
    "last" of `part_senses`), for `with_compound_sense`."""
    gender = majority_vote(candidates, "gender")
    if gender and len(candidates) > 1:
        # Homographs differ in gender (der See "lake", die See "sea"): the gloss follows the
        # gender shown.
        candidates = [c for c in candidates if c.gender == gender]
    plural = majority_vote(candidates, "plural")
    if len(candidates) == 1 and len(candidates[0].senses) == 1:
        # One line with one sense, as 130,000 of Ding's 245,000 entries have: nothing to
        # rank, and `_sense_scores` would give the sense alone (none where it has no words).
        senses = [s for s in candidates[0].senses if sense_key(s)]
    else:
        senses = [s for _, s in _sense_scores(candidates, english_zipf, in_compounds)]
    if parts is not None and len(senses) > 1:
        english = parts(word)
        if english is not None:
            senses = head_first(senses, *english)
    if len(senses) > 1 and word:
        senses = cognate_first(senses, word, candidates[0].pos, candidates, english_zipf)
    if candidates[0].pos == "VERB" and len(senses) > 1:
        # A verb's English that ends in "…" waits for an object Ding leaves out ("erkranken
        # {vi} an :: to get …; to come down with"): "get", so frequent in English, ranked
        # it first. It goes after the senses that are whole. (An adjective's "Sunday …" is
        # how English says it: sonntäglich.)
        senses = sorted(senses, key=lambda sense: sense.endswith("…"))
    # One sense (most entries) has no other to be the same as, and is shown whatever it is.
    chosen = _distinct_senses(senses) if len(senses) > 1 else senses
    if as_last_part:
        chosen = with_compound_sense(chosen, in_compounds or {}, as_last_part)
    if gender == "pl":
        # A plural-only noun (Belange, Leute): no der/die/das, and the word is its own plural.
        gender, plural = "", candidates[0].word
    return Entry(gloss="; ".join(chosen), gender=gender, plural=plural)


def _distinct_senses(senses: list[str]) -> list[str]:
    """The first MAX_SENSES of `senses`, less each that only spells one before it again
    (`spelling_key`); English suffixes only where there is nothing else."""
    chosen: list[str] = []
    seen: set[str] = set()
    suffixes: list[str] = []
    for sense in senses:
        if sense[:1] == "-":
            # An English suffix is no word (später, darauffolgend {adj} :: "-to-be", as in
            # "bride-to-be"), though wordfreq scores it as "to be": shown only where the
            # entry has no word at all.
            suffixes.append(sense)
            continue
        # "south-western" and "southwestern" are one sense, and so are a British and an
        # American spelling ("to atomize; to atomise", "tumour; tumor"): a card that showed
        # both gave one of its three places to a spelling, and the word's next sense none.
        key = spelling_key(sense_key(sense)).replace(" ", "")
        if key not in seen:
            seen.add(key)
            chosen.append(sense)
        if len(chosen) == MAX_SENSES:
            break
    # …gebaut {adj} :: "-bodied": the line's only English
    return chosen or suffixes[:MAX_SENSES]


# British and American spellings of one word (organisation, organization; manoeuvre,
# maneuver; colour, color; centre, center; co-operation, cooperation) are one sense.
_SPELLINGS = ((re.compile(r"-"), ""), (re.compile(r"our\b"), "or"), (re.compile(r"oeu"), "eu"),
              (re.compile(r"is(e|ed|es|ing|ation)\b"), r"iz\1"),
              (re.compile(r"([^aeiou])re\b"), r"\1er"))


# Any of _SPELLINGS' patterns, to leave at once the most words, which have none: `rank` asks
# for the key of nearly every sense of Ding's 245,000 entries while indexing, and five
# substitutions each cost ~0.9 s of the first run's indexing, one search ~0.2 s. Where none
# matches the word, none of the substitutions in turn changes it.
_ANY_SPELLING = re.compile("|".join(pattern.pattern for pattern, _ in _SPELLINGS))


def spelling_key(word: str) -> str:
    """`word` lower case, in American spelling, without hyphens: one key for both spellings."""
    word = word.casefold()
    if _ANY_SPELLING.search(word) is None:
        return word
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word
