"""Adjective hints: what an adjective or participle Ding lacks means, read off its form
(`derived_adjective_entry`): a prefix English shares, un-, an ordinal before a superlative, a
relational -lich or -isch adjective of a noun Ding has, a degree adverb or a noun before an
adjective Ding has, a suffix its compounds translate alike (-los "-less"), an English frame
its compounds share (-rechtlich "under … law"). Each rule reads the index through a
`Dictionary`; a compound's first part is read as `compound_glosses.first_part_gloss` reads
it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.compound_glosses import first_part_gloss
from learner.dictionary.compound_hints import (
    MIN_FRAME_EVIDENCE,
    MIN_SUFFIX_EVIDENCE,
    OWN_SENSE_SHARE,
    SHARED_PREFIXES,
    SUFFIXOID_FRAMES,
    combining_element,
    sense_frames,
    uses_sense,
)
from learner.dictionary.compound_senses import MIN_PART_EVIDENCE, part_nouns
from learner.dictionary.english import EST_ZIPF, english_able, english_est, english_ly, english_past
from learner.dictionary.entry import Entry, first_sense, plain_words
from learner.dictionary.parsing import MIN_PART, PARTICIPLE, upper_first
from learner.dictionary.ranking import MAX_SENSES
from learner.lexicon import definitions
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# English prefixes written with a hyphen before an adjective, as German first parts are
# before theirs in Ding's adjectives (selbstbewusst "self-confident", nichtöffentlich
# "non-public", wohlgeordnet "well-ordered"): "prefix + word" is how English writes the word.
ENGLISH_PREFIXES = ("self-", "non-", "well-", "ill-", "half-", "semi-", "co-", "multi-",
                    "over-", "under-", "counter-", "pre-", "post-")
# English prepositions an adjective takes its noun with ("close to", "critical of", "rich in";
# see `_head_preposition`).
ENGLISH_PREPOSITIONS = frozenset({"to", "of", "from", "with", "in", "on", "for", "at", "about"})

# English suffixes that make an adjective of a noun as a German adjective suffix does in a
# compound (konsequenzlos "consequence + -less", holzschnittartig "woodcut + -like",
# arbeitsbezogen "work + -related"): written joined or after a hyphen, they keep the noun's
# sense, so "noun + -suffix" is a hint a learner reads. Derivational endings that change the
# stem (-ous, -ic, -al) say nothing of a German part and are not among them.
ENGLISH_SUFFIXES = ("less", "like", "ful", "free", "proof", "related", "based", "shaped")


# German ordinals as the first part of an adjective (zweitbeste, drittgrößte), with English's.
ORDINAL_STEMS = (("zweit", "second"), ("dritt", "third"), ("viert", "fourth"),
                 ("fünft", "fifth"))
# German superlatives not made of their positive's letters and -st (höchst of hoch, nächst of
# nah, größt of groß: the umlaut), by the superlative's stem.
IRREGULAR_SUPERLATIVES = {"höchst": "hoch", "nächst": "nah", "größt": "groß", "best": "gut",
                          "meist": "viel", "ältest": "alt", "jüngst": "jung",
                          "stärkst": "stark", "längst": "lang", "kürzest": "kurz"}


def derived_adjective_entry(dictionary: Dictionary, adjective: str) -> Entry | None:
    """An adjective Ding lacks, made by a rule whose meaning is regular:

    - a prefix English shares (`SHARED_PREFIXES`) before an adjective Ding has
      (prokurdisch, ultrakalt, pseudo-kulturell): "≈ pro-Kurdish", "≈ ultra-cold";
    - a relational -isch adjective after a first part (ostafrikanisch = ost +
      afrikanisch, nordnorwegisch): the part's English before the adjective's, "≈ East
      African", as compounds of the noun are (Ostafrika, East Africa), in the sense Ding's
      adjectives ending in it use (zellbiologisch "≈ cell biological", not "organic");
    - a -bar adjective of a verb Ding has (erschließbar, erschließen "to develop"): the
      verb's senses with English -able where English has that word ("developable");
    - un- before an adjective or participle Ding has (unakzeptabel, akzeptabel
      "acceptable"): "≈ not acceptable" (`negated_adjective_gloss`);
    - a relational -lich adjective of a noun Ding has (nationalstaatlich, Nationalstaat
      "nation state"): "≈ relating to nation state" (`relational_adjective_gloss`), and
      a relational -isch adjective of a noun in -ie, -ik or -ismus Ding has
      (säkularistisch, Säkularismus "secularism"): "≈ relating to secularism";
    - a noun and a last part Ding's adjectives render by one English frame around their
      first part's English (schulrechtlich "≈ under school law", `_framed_adjective`);
    - an ordinal before a superlative (zweithöchst "≈ second highest",
      `_ordinal_superlative`) or an -ieren verb's participle (zweitplatziert
      "≈ second-placed", `_ordinal_participle`).
    """
    low = adjective.lower()
    ranked = _ordinal_superlative(dictionary, low) or _ordinal_participle(dictionary, low)
    if ranked:
        return Entry(gloss=ranked, approximate=True)
    for prefix in SHARED_PREFIXES:
        rest = low[len(prefix):].removeprefix("-")
        base = dictionary.entry(rest, "ADJ") if low.startswith(prefix) and rest else None
        if base is not None and base.gloss:
            first = base.gloss.split("; ")[0]
            return Entry(gloss=f"{prefix}-{first}", approximate=True)
    # Where Wiktionary defines the word (unverschlüsselt: "nicht verschlüsselt",
    # hocheffizient: "sehr effizient"), its definition beats every reading of the parts
    # below. Asked once: each reading would ask the same row again.
    defined = bool(definitions.definition(low))
    negated = "" if defined else negated_adjective_gloss(dictionary, low)
    if negated:
        return Entry(gloss=negated, approximate=True)
    if low.endswith("isch"):
        for start in range(MIN_PART, len(low) - 5):
            base = dictionary.entry(low[start:], "ADJ")
            if base is None or not base.gloss:
                continue
            first = first_part_gloss(dictionary, low[:start], 0)
            if first:
                # The adjective's sense Ding's adjectives ending in it use (biologisch
                # "organic; biological": mikrobiologisch "microbiological"...), else its
                # first.
                last = (_head_sense(dictionary, low[start:], base.gloss)
                        or base.gloss.split("; ")[0])
                return Entry(gloss=f"{first} {last}", approximate=True)
    if "-" in low.strip("-"):
        # türkisch-syrisch, deutsch-französisch: each side an adjective of its own, joined
        # as English joins them ("Turkish-Syrian").
        sides = [dictionary.entry(side, "ADJ") or derived_adjective_entry(dictionary, side)
                 for side in low.split("-")]
        if all(side is not None and side.gloss and not side.german for side in sides):
            return Entry(gloss="-".join(side.gloss.split("; ")[0] for side in sides),
                         approximate=True)
        # nicht-militärisch: a first part English renders as a prefix ("non-military").
        prefixed = "" if defined else _prefixed_adjective(dictionary, low)
        return Entry(gloss=prefixed, approximate=True) if prefixed else None
    for rule in _PART_READINGS:
        # Where Wiktionary defines the word its definition beats every reading of the parts
        # (above); the -bar reading is of a verb Ding has, not of parts, and stays.
        gloss = rule(dictionary, low) if not defined or rule is _able_adjective else ""
        if gloss:
            return Entry(gloss=gloss, approximate=True)
    return None


def _able_adjective(dictionary: Dictionary, adjective: str) -> str:
    """A -bar adjective of a verb Ding has (erschließbar, erschließen "to develop"): the
    verb's first two senses with English -able where English has that word
    ("developable"); "" otherwise."""
    if not adjective.endswith("bar") or len(adjective) <= 6:
        return ""
    stem = adjective[:-3]
    verb = dictionary.entry(stem + "en", "VERB") or dictionary.entry(stem + "n", "VERB")
    senses = [english_able(s) for s in verb.gloss.split("; ")] if verb else []
    senses = [s for s in dict.fromkeys(senses) if s]
    return "; ".join(senses[:2])


def _ordinal_superlative(dictionary: Dictionary, adjective: str) -> str:
    """The hint for an ordinal before a superlative (zweithöchst, drittstärkst), which Ding
    lists only for some ("zweitgrößte :: second largest"): the ordinal's English and the
    English superlative of the adjective's first sense, "≈ second highest". The
    superlative's positive is the stem without -st or -est, or the irregular one
    (`IRREGULAR_SUPERLATIVES`: höchst, hoch); the English superlative is made by
    English's spelling rules where wordfreq knows it (high: highest), else with "most"
    (zweitwichtigst "≈ second most important"); a first sense of more than one word
    gives no hint: "most …" before a phrase would misread."""
    for stem, ordinal in ORDINAL_STEMS:
        rest = adjective.removeprefix(stem)
        if rest == adjective or not rest.endswith("st"):
            continue
        positives = [IRREGULAR_SUPERLATIVES.get(rest, ""), rest[:-2], rest[:-3]]
        for positive in filter(None, positives):
            first = first_sense(dictionary.entry(positive, "ADJ"))
            superlative = english_est(first)
            if superlative and wordlists.zipf_frequency(superlative, "en") >= EST_ZIPF:
                return f"{ordinal} {superlative}"
            if superlative:
                # English's longer adjectives take "most" (second most important).
                return f"{ordinal} most {first}"
    return ""


def _ordinal_participle(dictionary: Dictionary, adjective: str) -> str:
    """An ordinal before the participle of an -ieren verb Ding has (zweitplatziert,
    drittplatziert: platzieren "to place"): the ordinal and English's participle joined
    by a hyphen, as English writes them ("≈ second-placed", "third-placed"). German
    compounds an ordinal with a participle for a rank (the one placed second), as English
    does; only the verb of the first sense, made past by English's spelling rules, and
    only where wordfreq knows that participle (placed, not a made-up form)."""
    for stem, ordinal in ORDINAL_STEMS:
        rest = adjective.removeprefix(stem)
        if rest == adjective or not rest.endswith("iert") or len(rest) < 7:
            continue
        first = first_sense(dictionary.entry(rest[:-1] + "en", "VERB"))
        words = first.split()
        if len(words) < 2 or words[0] != "to" or not words[1].isalpha():
            return ""
        past = english_past(f"to {words[1]}")
        if wordlists.zipf_frequency(past, "en") >= EST_ZIPF:
            return f"{ordinal}-{past}"
    return ""


def negated_adjective_gloss(dictionary: Dictionary, adjective: str) -> str:
    """The hint for an adjective Ding lacks made of un- and one it has: German un- negates
    adjectives and participles as regularly as English not (unakzeptabel "≈ not
    acceptable", unmodifiziert "≈ not modified"). English un- or in- is not always the
    word (inacceptable?), so the hint says "not". Only a rest of five letters or more
    that Ding glosses in plain words: un- before a shorter one is rarely the prefix
    (Ungarn, unten)."""
    rest = adjective.removeprefix("un")
    if rest == adjective or len(rest) < 5:
        return ""
    base = dictionary.entry(rest, "ADJ") or dictionary.entry(rest, PARTICIPLE)
    first = first_sense(base)
    if first and plain_words(first):
        return f"not {first}"
    return ""


def relational_adjective_gloss(dictionary: Dictionary, adjective: str) -> str:
    """The hint for a relational adjective in -lich Ding lacks, made of a noun it has:
    German makes such adjectives of nouns, often compounds, to mean "of, concerning the
    noun" (nationalstaatlich: Nationalstaat, insolvenzrechtlich: Insolvenzrecht), the
    noun's -e dropped before -lich (Sprache: sprachlich). Only a noun of six letters or
    more whose first sense is a plain common word (not a name): the noun before a short
    stem is often no noun at all (ähn-lich, fröh-lich). An -isch adjective is read by
    `_relational_isch_gloss`."""
    if adjective.endswith("isch"):
        return _relational_isch_gloss(dictionary, adjective.removesuffix("isch"))
    stem = adjective.removesuffix("lich")
    if stem == adjective or len(stem) < 6 or not stem.isalpha():
        return ""
    for noun in (stem, stem + "e"):
        found = dictionary.entry(noun[:1].upper() + noun[1:], "NOUN")
        first = first_sense(found)
        if first[:1].islower() and plain_words(first):
            return f"relating to {first}"
    return ""


def _relational_isch_gloss(dictionary: Dictionary, stem: str) -> str:
    """The hint for an -isch adjective Ding lacks, made of an abstract noun it has: German
    makes -isch adjectives of nouns in -ie and -ik by dropping the ending (Poetologie:
    poetologisch, Taktik: taktisch) and of nouns in -ismus by -istisch (Pazifismus:
    pazifistisch), to mean "of, concerning the noun", as English does with -ical. Only
    a noun whose first sense is a plain common word; a stem of four letters or more."""
    if len(stem) < 4 or not stem.isalpha():
        return ""
    nouns = [stem + "ie", stem + "ik"]
    if stem.endswith("ist"):
        nouns.append(stem.removesuffix("ist") + "ismus")
    for noun in nouns:
        first = first_sense(dictionary.entry(noun[:1].upper() + noun[1:], "NOUN"))
        if first[:1].islower() and plain_words(first):
            return f"relating to {first}"
    return ""


def _intensified_adjective(dictionary: Dictionary, adjective: str) -> str:
    """An adjective made of a degree adverb or a superlative and an adjective Ding has
    (hochprofitabel = hoch + profitabel: "highly profitable"; meistgenutzt: "most
    used"). The first part counts as a degree adverb where Ding translates it as an
    adverb with the -ly form of its adjective's first sense ("hoch {adv} :: high;
    highly"); a part that is no degree adverb (rechts- "right", not "rightly":
    rechtskonservativ) gives no hint."""
    for start in range(MIN_PART + 1, len(adjective) - MIN_PART):
        base = dictionary.entry(adjective[start:], "ADJ")
        if base is None or not base.gloss:
            continue
        part = adjective[:start]
        superlative = dictionary.entry(part + "e", "ADJ") if part.endswith("st") else None
        if superlative is not None and superlative.gloss.split("; ")[0].isalpha() and (
                superlative.gloss.split("; ")[0].endswith("st")):  # most, best; not "top"
            # A superlative before a participle (meistgenutzt, meistgelesen): "most used",
            # as Ding translates the superlative's declined form (meiste: "most").
            return f"{superlative.gloss.split('; ')[0]} {base.gloss.split('; ')[0]}"
        first = dictionary.entry(part, "ADJ")
        adverb = dictionary.entry(part, "ADV")
        if first is None or adverb is None or not first.gloss:
            continue
        degree = english_ly(first.gloss.split("; ")[0])
        if degree and degree in adverb.gloss.split("; ") and (
                _adjectives_led_by(dictionary, part, degree) >= MIN_PART_EVIDENCE):
            return f"{degree} {base.gloss.split('; ')[0]}"
    return ""


def _linking_variant(dictionary: Dictionary, adjective: str) -> str:
    """Ding's gloss of the same adjective compound with another linking element, or
    none, after the same noun (punktegleich: punktgleich, Punkt; bildungsnah:
    bildungnah); "" where Ding has no such variant. German varies
    the element between a noun and its head without changing the compound's meaning
    (Punkte- and Punkt- are both Punkt), so where the parts give no hint Ding's own
    reading of the compound does."""
    for start in range(MIN_PART, len(adjective) - MIN_PART + 1):
        first, head = adjective[:start], adjective[start:]
        for noun in part_nouns(first):
            if dictionary.entry(noun, "NOUN") is None:
                continue
            for link in ("", *LINKING):
                variant = noun.lower() + link + head
                found = dictionary.entry(variant, "ADJ") if variant != adjective else None
                if found is not None and found.gloss:
                    return found.gloss
    return ""


def _adjective_compound(dictionary: Dictionary, adjective: str) -> str:
    """The hint "noun + adjective" for an adjective compound Ding lacks whose first part
    is a noun (parteiunabhängig "≈ party + independent", staatsnah "≈ state + close
    to"), read as noun compounds are (`compound_gloss`): the longest last part that is an
    adjective or participle Ding glosses (a participle as Ding's verb line translates it:
    "finanziert", financed), after a noun Ding has, as written or before a linking
    element (Integration-s-). The last part's sense is the one Ding's own adjectives
    ending in it use most (`_head_sense`), with the preposition they give it
    (`_head_preposition`: "close to"); a part they seldom translate by any of its
    senses is a suffix with a meaning of its own and gives no hint: -los is "-less"
    there (arbeitslos "unemployed"), not los "loose"; -rechtlich "… law", not "legal"."""
    # A suffix may be as short as a part (-los); an adjective that short (nah, neu) is
    # read as one only where Ding's compounds show how they translate it, not by its
    # first sense alone: a three-letter end is as often the end of another word.
    for start in range(MIN_PART + 1, len(adjective) - MIN_PART + 1):
        last = adjective[start:]
        head = None
        if len(last) > MIN_PART or (
                len(dictionary.adjectives_ending_in(last)) >= MIN_PART_EVIDENCE):
            head = dictionary.entry(last, PARTICIPLE) or dictionary.entry(last, "ADJ")
        sense = _head_sense(dictionary, last, head.gloss) if head is not None else ""
        preposition = _head_preposition(dictionary, last, sense) if sense else ""
        sense = f"{sense} {preposition}" if preposition else sense
        sense = sense or _suffix_sense(dictionary, last)
        first = adjective[:start]
        if sense and dictionary.is_noun_part(first):
            gloss = first_part_gloss(dictionary, first, 0)
            if sense.endswith("-"):
                # An English element before the noun (cross-party, low-noise) takes the
                # noun itself, not the adjective Ding's noun compounds may give its part
                # (Saison- "seasonal": saisonübergreifend "≈ cross- + season").
                gloss = _noun_part_sense(dictionary, first) or gloss
            # A noun Ding translates by a capitalized name (Aller, a river) is no part
            # of a common adjective: "allerletzter" is aller- + letzter.
            if gloss[:1].islower():
                return f"{sense} + {gloss}" if sense.endswith("-") else f"{gloss} + {sense}"
    return ""


def _framed_adjective(dictionary: Dictionary, adjective: str) -> str:
    """The hint for an adjective compound Ding lacks whose last part Ding's adjectives
    render by one English phrase around their first part's English (`head_frame`):
    schulrechtlich "≈ under school law" (as handelsrechtlich "under commercial law"),
    softwareseitig "≈ on the software side" (as einnahmenseitig "on the revenue side"),
    vertragsgemäß "according to contract". The first part is glossed as a compound's
    first part is (`first_part_gloss`), and must be a noun Ding has, as written, before a
    linking element, or with the -e German drops before a head (Schul(e)-); the longest
    last part with a frame first."""
    for start in range(MIN_PART + 1, len(adjective) - MIN_PART + 1):
        first, last = adjective[:start], adjective[start:]
        frame = head_frame(dictionary, last)
        if frame is None or not first.isalpha():
            continue
        if not (dictionary.is_noun_part(first)
                or dictionary.entry(upper_first(first) + "e", "NOUN")):
            continue
        gloss = (first_part_gloss(dictionary, first, 0)
                 or first_part_gloss(dictionary, first + "e", 0))
        # One lower-case word or two (a name's capital, Aller, or a phrase is no part).
        if gloss[:1].islower() and len(gloss.split()) <= 2:
            before, after = frame
            return " ".join(w for w in (before, gloss, after) if w)
    return ""


def head_frame(dictionary: Dictionary, head: str) -> tuple[str, str] | None:
    """The English words before and after the first part's English with which Ding's
    adjectives ending in `head` most often render it, where at least
    MIN_FRAME_EVIDENCE of them do and `head` is a word or combining form Ding lists:
    ("under", "law") for -rechtlich (10 of 30: "under commercial law", "under private
    law"), ("on the", "side") for -seitig (4 of 48), ("according to", "") for -gemäß
    (6 of 21). Where Ding's compounds share none, the suffixoid's frame
    (`SUFFIXOID_FRAMES`: -fremd "from outside the …"), else None (-betont, -mäßig: Ding
    renders each compound in its own words, "emotional", "functional").

    A frame opens with at least one word, and has one after the slot or two before it:
    an English relational adjective is a phrase led by a preposition, and "of …" or
    "under …" alone would fit any word. The slot holds one to three words."""
    if head in dictionary.head_frames:
        return dictionary.head_frames[head]
    frame = None
    if len(head) > MIN_PART and (dictionary.knows(head) or dictionary.knows("…" + head)):
        counts: Counter = Counter()
        filled: Counter = Counter()
        for first, gloss in dictionary.adjective_rows_ending_in(head):
            frames = {found: slot for sense in gloss.split("; ")
                      for found, slot in sense_frames(sense).items()}
            counts.update(frames.keys())
            if any(frames.values()):
                english = _part_english(dictionary, first)
                filled.update(f for f, slot in frames.items() if slot in english)
        # The frame most compounds fill with their first part's own English (einnahmen-
        # "revenue": "on the revenue side"); a frame no compound fills so is a phrase
        # the compounds share for another reason (benutzerfreundlich "easy to use": not
        # "easy to user").
        ranked = sorted(filled, key=lambda f: (
            -filled[f], -counts[f], -len(" ".join(f).split()), f))
        if ranked and counts[ranked[0]] >= MIN_FRAME_EVIDENCE:
            frame = ranked[0]
    frame = frame or SUFFIXOID_FRAMES.get(head)
    dictionary.head_frames[head] = frame
    return frame


def _part_english(dictionary: Dictionary, part: str) -> set[str]:
    """The English, lower case, of a compound's first part: as `first_part_gloss` gives
    it, and every sense Ding gives it as a noun (as written or before a linking
    element), adjective or adverb."""
    found = {first_part_gloss(dictionary, part, 0).lower()}
    entries = [dictionary.entry(noun, "NOUN") for noun in part_nouns(part)]
    entries += [dictionary.entry(part, "ADJ"), dictionary.entry(part, "ADV")]
    for entry in entries:
        if entry is not None:
            found.update(s.lower() for s in entry.gloss.split("; "))
    return found - {""}


def _noun_part_sense(dictionary: Dictionary, part: str) -> str:
    """The first sense of the noun a compound's first part is, as written or before a
    linking element (Saison-, Arbeit-s-), "" if Ding has none."""
    senses = (first_sense(dictionary.entry(word, "NOUN")) for word in part_nouns(part))
    return next((sense for sense in senses if sense), "")


def _head_sense(dictionary: Dictionary, head: str, gloss: str) -> str:
    """The sense of an adjective as the last part of Ding's adjectives ending in it: the
    one of its senses most of them use, where at least one in OWN_SENSE_SHARE uses one of
    its senses; its first sense where fewer than MIN_PART_EVIDENCE end in it; else ""."""
    senses = [s for s in gloss.split("; ") if s][:MAX_SENSES]
    if not senses:
        return ""
    rows = dictionary.adjectives_ending_in(head)
    if len(rows) < MIN_PART_EVIDENCE:
        return senses[0]
    uses = [{s for s in senses if uses_sense(g, s)} for g in rows]
    counts = {s: sum(s in used for used in uses) for s in senses}
    best = max(senses, key=lambda s: counts[s])
    # Compounds that render the head by any of its senses keep its meaning: -nah is
    # "close" in some (bürgernah "close to the citizen") and "near" in others (erdnah
    # "near Earth"), synonyms Ding lists side by side; the one most use is shown.
    return best if OWN_SENSE_SHARE * sum(map(bool, uses)) >= len(rows) else ""


def _head_preposition(dictionary: Dictionary, head: str, sense: str) -> str:
    """The English preposition that follows `sense` in most of Ding's adjectives ending in
    `head` that use it, where one does (bürgernah "close to the citizen", grenznah
    "close to the border": "to"); else "". An English adjective that takes its noun
    through a preposition says so in the hint: staatsnah "≈ state + close to"."""
    rows = dictionary.adjectives_ending_in(head)
    found = Counter(m.group(1) for g in rows
                    for m in [re.search(re.escape(sense.lower()) + r" (\w+)\b", g)] if m)
    uses = sum(uses_sense(g, sense) for g in rows)
    preposition, count = next(iter(found.most_common(1)), ("", 0))
    if preposition in ENGLISH_PREPOSITIONS and 2 * count > uses:
        return preposition
    return ""


def _prefixed_adjective(dictionary: Dictionary, adjective: str) -> str:
    """An adjective or participle Ding glosses in one word after a first part Ding's own
    adjectives translate by one English prefix (`_prefix_sense`): the prefix and the
    word, as English writes them (selbstentwickelt "≈ self-developed", wohlbegründet
    "≈ well-founded"), also with a hyphen between them (nicht-öffentlich "≈
    non-public")."""
    for start in range(MIN_PART, len(adjective) - MIN_PART):
        # German may set the part off with a hyphen (nicht-militärisch, as nichtmilitärisch
        # "non-military"): the same word, written as English writes it.
        part, rest = adjective[:start].removesuffix("-"), adjective[start:]
        if rest.startswith("-") or part.endswith("-"):
            continue
        head = dictionary.entry(rest, PARTICIPLE) or dictionary.entry(rest, "ADJ")
        sense = head.gloss.split("; ")[0] if head is not None else ""
        if sense.isalpha() and sense.islower():
            prefix = _prefix_sense(dictionary, part)
            if prefix:
                return prefix + sense
    return ""


def _prefix_sense(dictionary: Dictionary, part: str) -> str:
    """The English prefix, one of ENGLISH_PREFIXES, that at least one in OWN_SENSE_SHARE
    of Ding's adjectives starting with `part` begin a sense with, where at least
    MIN_SUFFIX_EVIDENCE of them start with it (selbst-: "self-" in 76 of 95); else ""."""
    rows = [g.lower() for g in dictionary.adjective_glosses_starting_with(part)]
    if len(rows) < MIN_SUFFIX_EVIDENCE:
        return ""
    counts = {prefix: sum(any(s.startswith(prefix) for s in g.split("; ")) for g in rows)
              for prefix in ENGLISH_PREFIXES}
    best = max(ENGLISH_PREFIXES, key=lambda prefix: counts[prefix])
    return best if OWN_SENSE_SHARE * counts[best] >= len(rows) else ""


def _suffix_sense(dictionary: Dictionary, head: str) -> str:
    """The English suffix that translates an adjective as the last part of Ding's
    adjectives ending in it, where it is a suffix with a meaning of its own there
    (`_head_sense` gives none): one of ENGLISH_SUFFIXES, "-less" for -los (arbeitslos
    "jobless", hilflos "helpless"), "-like" for -artig, "-related" for -bezogen, ending
    the last word of a sense in at least one in OWN_SENSE_SHARE of them; else "". Only
    for a word Ding lists (a suffix is a word of its own: los, artig), which at least
    MIN_SUFFIX_EVIDENCE of its adjectives end in: a productive suffix, not the end of a
    few compounds that share an English word by chance (-ifrei, -polizeilich). Where no
    suffix of ENGLISH_SUFFIXES is shared so widely, an English element written with a
    hyphen that one in COMBINING_SHARE of them use (`combining_element`): "-related"
    for -bezogen, "cross-" for -übergreifend, which then stands before the noun."""
    sense = dictionary.suffix_senses.get(head)
    if sense is None:
        sense = dictionary.suffix_senses[head] = _new_suffix_sense(dictionary, head)
    return sense


def _new_suffix_sense(dictionary: Dictionary, head: str) -> str:
    rows = dictionary.adjectives_ending_in(head)
    if len(rows) < MIN_SUFFIX_EVIDENCE or not dictionary.knows(head):
        return ""
    last_words = [[re.split(r"[ -]", s)[-1] for s in gloss.split("; ") if s]
                  for gloss in rows]
    counts = {suffix: sum(any(w.endswith(suffix) for w in words) for words in last_words)
              for suffix in ENGLISH_SUFFIXES}
    best = max(ENGLISH_SUFFIXES, key=lambda suffix: counts[suffix])
    if OWN_SENSE_SHARE * counts[best] >= len(rows):
        return f"-{best}"
    return combining_element(rows)


def _adjectives_led_by(dictionary: Dictionary, part: str, degree: str) -> int:
    """How many of Ding's adjectives that start with `part` it translates with `degree`
    first (hochgiftig "highly toxic", hochbegabt "highly gifted"): the evidence that the
    part is a degree adverb in compounds, not a word of its own (national|staatlich)."""
    return sum(1 for gloss in dictionary.adjective_glosses_starting_with(part)
               if gloss.startswith(degree + " "))


# The readings of an adjective's parts `derived_adjective_entry` tries after the prefixes, un-,
# -isch and hyphens, in this order, the first that gives a hint winning:
_PART_READINGS = (
    _intensified_adjective,
    _adjective_compound,
    # After the parts' reading, which names the parts a learner sees (geschmackslos "≈
    # taste + -less", where Ding's geschmacklos starts with the food's "flat").
    _linking_variant,
    _prefixed_adjective,
    _able_adjective,
    relational_adjective_gloss,
    # After the relational reading: a -lich adjective of a noun Ding has is that noun's
    # (grundrechtlich: Grundrecht "basic right"), which a frame around the first part
    # would misread ("under basic law").
    _framed_adjective,
)
