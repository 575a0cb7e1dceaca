"""The index's rows besides a headword's ranked senses: the entries themselves
(`entry_rows`), abbreviations, short forms, combining forms, spellings, phrase ends, noun
idioms and the genders Ding gives single senses; and the English-phrase counts the ranking
reads while they are written.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping

from learner import wordlists
from learner.dictionary.compound_senses import NOT_MODIFIER, CompoundLexicon, PartEnglish
from learner.dictionary.english import english_ing, english_past, english_singular
from learner.dictionary.parsing import (
    BRACKETS,
    GENDERS,
    MIN_PART,
    PREPOSITIONS,
    THING_OBJECT,
    Candidate,
    english_senses,
    is_object_marker,
    is_specialist,
    lookup_key,
    opens_group,
    parse_sense,
    phrase_once,
    split_top,
    strip_groups,
    without_groups,
)
from learner.dictionary.ranking import MAX_SENSES, english_sense_zipf, rank

# The class under which the index keeps a singular Ding shows only through its plural
# headword (Eiche, from "Eichen {pl}"; see `_singular_in_line`).
SINGULAR_OF_PLURAL = "SG"

# How much a noun's English sense loses per doubling of the German headwords Ding translates
# with it (see `translation_breadth`). Set over the 600 news articles: at 0.15 it changes 143
# nouns' first sense, 58 for the better and 26 for the worse as read (0.3 changed 497 words).
BREADTH_WEIGHT = 0.15

# The longest English phrase the index keeps to check a compound's reading against
# (`english_phrases`): "violation of the law" is four words.
ENGLISH_PHRASE_WORDS = 4


def translation_breadth(by_key: dict[tuple[str, str], list[Candidate]]) -> dict[str, int]:
    """For each English sense, in lower case, how many German headwords Ding translates
    with it: "land" a dozen (Land, Festland, Gelände...), "mainland" one. (A word's
    candidates are walked together, so a sense counts a word once however many of its lines
    give it; a word of two classes, Land and land, may count twice.)"""
    count: dict[str, int] = defaultdict(int)
    last: dict[str, str] = {}
    for (word, _), candidates in by_key.items():
        for c in candidates:
            for sense in c.senses:
                key = sense.lower()  # "Act" and "act" (Gesetz) are one translation
                if last.get(key) != word:
                    last[key] = word
                    count[key] += 1
    return count


def english_phrases(breadth: Iterable[str]) -> Iterator[str]:
    """The English noun phrases Ding translates with (the keys of `translation_breadth`),
    one to ENGLISH_PHRASE_WORDS words, no verb ("to ..."): the collocations English uses,
    which say which reading of a compound's parts English has a word for
    (`attested_readings.attested_reading`)."""
    for sense in breadth:
        if sense.count(" ") < ENGLISH_PHRASE_WORDS and not sense.startswith("to "):
            yield sense


def _noun_zipf(english_zipf: Callable[[str], float],
               breadth: Mapping[str, int]) -> Callable[[str], float]:
    """`english_zipf` for a noun's senses, lowered by BREADTH_WEIGHT per doubling of the
    German words Ding translates with the sense. wordfreq counts an English word in all its
    senses and classes: "land" (a verb too, and a country) or "note" is frequent because it
    means many things, and Ding gives it for a dozen German words; what it says of any one of
    them is less than its frequency says. A translation proper to the word ("mainland" for
    Festland, "banknote" for Banknote, "grenade" for Granate) is no longer outweighed."""

    known: dict[str, float] = {}  # a sense is asked for once per word that has it

    def zipf(sense: str) -> float:
        found = known.get(sense)
        if found is None:
            found = known[sense] = english_zipf(sense) - BREADTH_WEIGHT * math.log2(
                breadth.get(sense.lower(), 1))
        return found

    return zipf


# How much more frequent, as wordfreq counts words, an English verb's base form may be than
# its commoner of -ing and past forms before the base is read as another word class's too:
# the 80th percentile over Ding's one-word verb senses whose base has a Zipf frequency of 3
# or more (2,004 verbs; median 0.52). "near" (1.9), "top" (1.65), "table" (2.1) lie beyond
# it; "afford" (1.1), "approach" (0.8), "range" (0.9) within.
VERB_FORM_GAP = 1.23


def _verb_zipf(english_zipf: Callable[[str], float]) -> Callable[[str], float]:
    """`english_zipf` for a verb's senses ("to near"), at most what its -ing or past form
    says ("nearing", "neared") plus VERB_FORM_GAP. wordfreq counts a word in all its
    classes: "near", "top" and "table" are frequent as a preposition, an adjective or a
    noun, and rarely verbs, where "approaching" is about as frequent as "approach" leads
    one to expect. The inflected forms are verbs (or a gerund or participle) whatever else
    the base is, so they measure how often English uses the verb: "to approach" then
    outranks "to near" as a translation of sich nähern."""

    known: dict[str, float] = {}

    def zipf(sense: str) -> float:
        found = known.get(sense)
        if found is None:
            found = english_zipf(sense)
            if found and sense.startswith("to "):
                # Forms wordfreq lacks say nothing: mostly ones the spelling rules get
                # wrong ("overlaping", "maked"), not verbs English never uses.
                forms = max(english_zipf(english_ing(sense)), english_zipf(english_past(sense)))
                if forms:
                    found = min(found, forms + VERB_FORM_GAP)
            known[sense] = found
        return found

    return zipf


def entry_rows(
    by_key: dict[tuple[str, str], list[Candidate]],
    in_compounds: Mapping[str, Mapping[str, int]],
    lexicon: CompoundLexicon | None = None,
    breadth: Mapping[str, int] | None = None,
    as_last_part: Mapping[str, Mapping[str, int]] | None = None,
    combining: Mapping[str, str] | None = None,
) -> Iterator[tuple[str, str, str, str, str, str]]:
    english_zipf = english_sense_zipf()
    # The verbs' -ing and -ed forms (`_verb_zipf`, `english_ing`) ask wordlists for some 3,000
    # English words: answered from the list `english_zipf` holds already, not from an SQLite
    # copy of it written for them (0.5 s; the same frequencies, so the same rows).
    wordlists.frequencies("en").read_whole()
    # Only nouns: for verbs and adjectives the same weight changed 100 more first senses
    # over the 600 news articles, with fewer gains (the demo's drängen: "to crowd").
    noun_zipf = _noun_zipf(english_zipf,
                           translation_breadth(by_key) if breadth is None else breadth)
    verb_zipf = _verb_zipf(english_zipf)
    by_class = {"NOUN": noun_zipf, "VERB": verb_zipf}
    part_english = PartEnglish(by_key, lexicon, combining) if lexicon is not None else None
    for (word, pos), candidates in by_key.items():
        singular = [c for c in candidates if c.gender != "pl"]
        # A noun that Ding has in the singular takes nothing from plural headwords of the
        # same spelling ("Lenker {pl} :: handlebars" is not what "der Lenker" means).
        used = in_compounds.get(word.casefold()) if pos == "NOUN" else None
        parts = part_english.of if part_english is not None and pos == "NOUN" else None
        last = as_last_part.get(word.casefold()) if as_last_part and pos == "NOUN" else None
        entry = rank(singular or candidates, by_class.get(pos, english_zipf),
                     used, parts, word, last)
        yield (lookup_key(word), pos, word, entry.gloss, entry.gender, entry.plural)
        # In Ding's order (a set's order would follow Python's string hashes, which change
        # from run to run, and so would the index's rows).
        for shown in dict.fromkeys(c.singular for c in candidates if c.singular):
            # A singular Ding shows only inside a compound of its plural's line (die Eiche,
            # from "Eichen {pl} :: oaks; oak trees | Korkeiche {f}"), under its own class.
            plural = rank([c for c in candidates if c.singular == shown], english_zipf)
            gloss = "; ".join(dict.fromkeys(english_singular(g) for g in plural.gloss.split("; ")))
            yield (lookup_key(shown), SINGULAR_OF_PLURAL, shown, gloss, "", word)


# The class under which the index keeps a German abbreviation Ding gives after a headword
# ("Bruttoinlandsprodukt {n} /BIP/ :: gross domestic product /GDP/").
ABBREVIATION = "ABBR"
# The class under which the index keeps an abbreviation Ding writes on its English side
# ("Adenosintriphosphat {n} :: adenosine triphosphate /ATP/"): English writes those letters.
ENGLISH_ABBREVIATION = "ABBR-EN"
_CAPITAL_ABBREVIATION = re.compile(r"(?<=\s)/([A-ZÄÖÜ][A-ZÄÖÜ0-9]+)/(?=[\s;|]|$)")


# The class under which the index keeps a combining form, a first part Ding gives as such
# ("Hightech…; High-Tech… :: high-tech …", "Innen… :: interior; inner").
COMBINING_FORM = "PART"
_COMBINING = re.compile(r"([A-ZÄÖÜ][\w-]*[a-zäöüß])…")


def combining_forms(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Index rows for the first parts of compounds that Ding lists as such, with "…" where
    the rest of the compound stands: their English, without the "…". From a line that is
    the form's own entry (the form is its first headword), else from the first line that
    lists it among synonyms ("Ober…; Haupt…; Spitzen… :: head")."""
    own: dict[str, str] = {}
    later: dict[str, str] = {}
    for line in lines:
        german, _, english = line.partition(" :: ")
        first_german = split_top(german, " | ")[0]
        if "…" not in first_german:
            continue
        senses = [s for s in (parse_sense(t).replace("…", "").strip()
                              for t in split_top(split_top(english, " | ")[0], ";")) if s]
        if not senses:
            continue
        for position, segment in enumerate(split_top(first_german, ";")):
            form = _COMBINING.fullmatch(strip_groups(segment).strip())
            if form is None:
                continue
            found = own if position == 0 else later
            found.setdefault(form.group(1), "; ".join(dict.fromkeys(senses[:MAX_SENSES])))
    for form, gloss in {**later, **own}.items():
        yield (lookup_key(form), COMBINING_FORM, form, gloss, "", "")


def _is_common_noun_phrase(sense: str) -> bool:
    """Whether an English sense names a thing, not one institution or place: it has a word in
    lower case beyond the function words ("world championship", "European championship";
    not "Federal Court of Justice", "Kazakhstan")."""
    return any(word[:1].islower() and word not in NOT_MODIFIER for word in sense.split())


def abbreviations(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Index rows for the German abbreviations Ding writes after a headword (/BIP/): their
    English. An abbreviation English writes too (/EU/, /TV/, /VR/: Ding has it on some
    line's English side) stands for itself, "EU; European Union"; another one is given as
    the English abbreviation of its own sub-entry and the sense ("GDP; gross domestic
    product"), or, where its sub-entry's English has none, as the sense alone ("world
    championship" for WM). One Ding gives for several things it translates differently (/IS/, /ESM/)
    has no entry: which one an article means, the card cannot tell."""
    lines = list(lines)
    in_english: set[str] = set()
    for line in lines:
        in_english.update(_CAPITAL_ABBREVIATION.findall(line.partition(" :: ")[2]))
    glosses: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        german, _, english = line.partition(" :: ")
        if "/" not in german:
            continue
        english_parts = split_top(english, " | ")
        for i, part in enumerate(split_top(german, " | ")[: len(english_parts)]):
            found = _CAPITAL_ABBREVIATION.findall(part)
            if not found:
                continue
            sense = parse_sense(split_top(english_parts[i], ";")[0])
            own = _CAPITAL_ABBREVIATION.findall(english_parts[i])
            for abbreviation in found:
                if abbreviation in in_english:
                    glosses[abbreviation].add(f"{abbreviation}; {sense}" if sense else "")
                elif len(found) == 1 and len(own) == 1 and sense:
                    glosses[abbreviation].add(f"{own[0]}; {sense}")
                elif (len(found) == 1 and not own and _is_common_noun_phrase(sense)
                      and not is_specialist(tuple(BRACKETS.findall(part)))):
                    # English has no abbreviation for it (Weltmeisterschaft /WM/ :: world
                    # championship): the sense itself, or the German letters stay on the
                    # card. Not a name (ADAC, ÖVP: English news writes the letters too), nor
                    # a country's code (Kasachstan /KZ/, where German writes KZ for a camp),
                    # nor a specialist's letters (Vorwärmer /VW/ [techn.]: VW is a carmaker).
                    glosses[abbreviation].add(sense)
                else:
                    glosses[abbreviation].add("")  # no English to pair it with
    for abbreviation, found in glosses.items():
        shown = {gloss.split("; ")[0] for gloss in found}
        if len(shown) == 1 and "" not in shown:
            yield (lookup_key(abbreviation), ABBREVIATION, abbreviation, min(found), "", "")
    for abbreviation in sorted(in_english):
        # Letters English writes, whatever German word they also shorten: kept as written
        # before a hyphen they are no German on the card (see `english_writes`).
        yield (lookup_key(abbreviation), ENGLISH_ABBREVIATION, abbreviation, abbreviation,
               "", "")


# "Staatssicherheitsdienst {m} (Stasi)": a noun's headword, then a capitalized word in
# parentheses, with nothing between (Ding's /BIP/ abbreviations have their own slashes).
_SHORT_FORM = re.compile(r"([A-ZÄÖÜ][^\W\d_]+) \{[mfn]\} \(([A-ZÄÖÜ][^\W\d_]+)\)")


def _letters_within(short: str, word: str) -> bool:
    """Whether `short`'s letters appear in `word` in order (casefolded): Stasi in
    Staatssicherheitsdienst, Drehko in Drehkondensator."""
    letters = iter(word.casefold())
    return all(letter in letters for letter in short.casefold())


def short_forms(lines: Iterable[str], known: Container[str]
                ) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Index rows (as ABBREVIATION) for the short words (Kurzwörter) Ding writes in
    parentheses right after a noun headword: "Staatssicherheitsdienst {m} (Stasi) (der DDR)
    :: state security service" gives Stasi "state security service", so that a compound
    (Stasi-Mitarbeiter) reads its part in English. Ding writes a subject field in the same
    place ("Bahnhofshalle {f} (Bahn)", "Audiomastering {n} (Audio)"); a short form is told
    from a field by its form: one word in lower case after its capital, shorter than the
    headword, opening with its letter and made of its letters in order, not itself a word
    Ding lists (`known`, casefolded: a field is a noun Ding has, Bahn), and not the headword's
    first part before another noun Ding has (Audio|mastering). A Latin genus named beside
    its German name ("Curcuma-Ingwer {m} (Curcuma)") is a hyphenated headword: not read."""
    found: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        german, _, english = line.partition(" :: ")
        if " {" not in german or " (" not in german:
            continue
        match = _SHORT_FORM.match(split_top(german, " | ")[0])
        if match is None:
            continue
        word, short = match.groups()
        if (len(short) >= len(word) or short[0] != word[0] or not short[1:].islower()
                or not _letters_within(short, word) or short.casefold() in known):
            continue
        rest = word[len(short):]
        if word.casefold().startswith(short.casefold()) and rest.casefold() in known:
            continue
        sense = parse_sense(split_top(split_top(english, " | ")[0], ";")[0])
        found[short].add(sense)
    for short, senses in sorted(found.items()):
        if len(senses) == 1 and "" not in senses:  # one short word for two things: none
            yield (lookup_key(short), ABBREVIATION, short, senses.pop(), "", "")


# The class under which the index keeps Ding's hyphenated nouns and adjectives by their
# letters without hyphens ("ubahnlinie" for U-Bahn-Linie): see `unhyphenated_spellings`.
SPELLING = "SPELL"


def unhyphenated_spellings(rows: Iterable[tuple[str, str, str, str, str, str]]
                           ) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Ding's hyphenated noun and adjective headwords again under their letters without
    hyphens, class `SPELLING`, the word alone (its entry is read under its own key): German
    writes a compound with or without a hyphen at will (Callcenter, Call-Center; U-Bahn-Linie,
    U-Bahnlinie), and Ding lists one spelling. A headword without hyphens is found under its
    own key already. Looked up as `form_entries.respelled_entry`."""
    for _key, pos, word, gloss, _gender, _plural in rows:
        if pos in ("NOUN", "ADJ") and gloss and "-" in word:
            yield (lookup_key(word.replace("-", "")), SPELLING, word, pos, "", "")


# The class under which the index keeps Ding's adjectives and adverbs written as two words
# by their letters run together ("buntgemischt" for bunt gemischt): see `spellings_apart`.
APART = "APART"
# One synonym of a line's first sub-entry: two small words, each letters only ("bunt
# gemischt", "weit verbreitet"), once Ding's braces, brackets and parentheses are dropped.
_TWO_SMALL_WORDS = re.compile(r"[a-zäöüß]+ [a-zäöüß]+")


def spellings_apart(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Ding's adjectives and adverbs of two words again under their letters run together,
    class `APART`, with the senses of the line that lists them ("bunt; bunt gemischt;
    kunterbunt {adj} :: motley; ragtag": "buntgemischt" -> "motley; ragtag").

    German writes an adverb or adjective and the participle or adjective it qualifies apart
    or as one word (bunt gemischt or buntgemischt, weit verbreitet or weitverbreitet: the
    official rules leave the choice to the writer where the first part is graded or
    qualified), and Ding indexes only the one it lists; a phrase headword counts for none of
    its words (`parse_line`). Only synonyms of the first sub-entry of a line whose class is
    {adj} or {adv}: later sub-entries are examples ("eine bunt gemischte Sammlung"). Looked up
    as `form_entries.apart_entry`, where Ding has no entry for the word as written."""
    for line in lines:
        german, separator, english = line.strip().partition(" :: ")
        first = split_top(german, " | ")[0] if separator else ""
        if not first.endswith(("{adj}", "{adv}")):
            continue
        senses = english_senses(split_top(english, " | ")[0])
        for synonym in split_top(first, ";"):
            words = strip_groups(synonym)
            if senses and _TWO_SMALL_WORDS.fullmatch(words):
                joined = words.replace(" ", "")
                yield (lookup_key(joined), APART, words, "; ".join(senses[:MAX_SENSES]),
                       "", "")


# The class under which the index keeps a small word Ding lists only as the last word of a
# phrase headword ("noch nie dagewesen", "von vornherein", "eine Summe für etw.
# hinblättern"), the word's class (VERB or ADJ) in the gender column: see `phrase_ends`.
PHRASE_END = "PEND"
# A line's first sub-entry ends in the class of a verb, an adjective or an adverb.
PHRASE_CLASS = re.compile(r"\{(?:v|vt|vi|vr|adj|adv)\}(?: \[[^\]]*\])*$")


def phrase_ends(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str, str, str]]:
    """The small words Ding lists only at the end of a phrase headword of a verb's,
    adjective's or adverb's line, under their own key, class `PHRASE_END`, with the line's
    senses after the phrase: "(noch nie dagewesen) unprecedented", "(eine Summe für etw.
    hinblättern) to shell out". German uses such a word (dagewesen, vornherein,
    hinblättern) in that phrase, or as its head (viel Geld hinblättern), and Ding gives the
    phrase, never the word alone: its meaning is the phrase's, as a support verb's word is
    (`_support_phrases`). Only synonyms of the line's first sub-entry (later ones are
    examples), and not where the English repeats the word: a phrase English borrowed whole
    ("pro bono", "ex aequo") is Latin, and its last word alone no German word. A capitalized
    last word is a noun's ("ohne Umschweife": "(ohne Umschweife) without further ado").
    Looked up as `form_entries.phrase_end_entry`, only for a word with no entry of its own."""
    for line in lines:
        german, _, english = line.strip().partition(" :: ")
        first = split_top(german, " | ")[0]
        line_class = "VERB" if "{v" in first else "ADJ"
        # The English is read once a synonym ends in such a word: most are one word.
        senses: tuple[str, ...] | None = None
        for synonym in split_top(first, ";"):
            text = without_groups(synonym, " ") if opens_group(synonym) else synonym
            tokens = [t for t in text.split() if not is_object_marker(t)]
            last = tokens[-1] if tokens else ""
            if (len(tokens) < 2 or len(last) < MIN_PART + 2 or not last.isalpha()
                    or not (last.islower() or last[1:].islower())):
                continue
            if senses is None:
                senses = english_senses(split_top(english, " | ")[0])
            if not senses or any(last.lower() in sense.lower().split() for sense in senses):
                continue
            phrase = " ".join(text.split())
            gloss = phrase_once("; ".join(f"({phrase}) {sense}"
                                           for sense in senses[:MAX_SENSES]))
            # A capitalized last word is a noun in the phrase ("ohne Umschweife"), whatever
            # the line's class.
            word_class = line_class if last.islower() else "NOUN"
            yield (lookup_key(last), PHRASE_END, phrase, gloss, word_class, "")


# The class under which the index keeps a noun's idiom: a phrase of Ding's in which the noun
# follows a preposition and article and a verb ends ("die Flinte ins Korn werfen", "auf der
# Kippe stehen"), keyed by the noun; see `noun_idioms`.
NOUN_IDIOM = "NIDM"
# A preposition fused with the article (ins = in das): the noun follows it directly.
_FUSED = frozenset({"im", "ins", "am", "ans", "zum", "zur", "vom", "beim", "aufs", "übers"})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
                       "einen", "einer", "eines"})
# Prepositions that follow their noun ("dem Vernehmen nach", "den Umständen entsprechend").
_POSTPOSITIONS = frozenset({"nach", "zufolge", "halber", "wegen", "gemäß", "entsprechend"})
# Verbs that make a phrase of any noun after a preposition ("im Koma sein", "in der
# Überzahl sein"): the noun keeps its own sense there.
_COPULAS = frozenset({"sein", "werden", "haben", "bleiben"})
# The lookahead on the first letters lets the search skip the other positions of a line
# before it tries each of the alternatives there (the same matches, in less time).
# A noun after a preposition, bare ("in Abrede"), or after an article (the article itself
# after a preposition, or before a postposition: "dem Vernehmen nach").
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?=[" + "".join(sorted({word[0] for word in _FUSED | PREPOSITIONS | _ARTICLES}))
    + r"])(?:(?:" + "|".join(sorted(_FUSED | PREPOSITIONS)) + r")(?: (?:"
    + "|".join(sorted(_ARTICLES)) + r"))? [A-ZÄÖÜ]|(?:" + "|".join(sorted(_ARTICLES))
    + r") [A-ZÄÖÜ]\w* (?:" + "|".join(sorted(_POSTPOSITIONS)) + r")\b)")


# How Ding's verb lines name the person of a finite form ("er/sie steht | ich/er/sie stand").
_PERSONS = frozenset({"er/sie", "ich/er/sie", "er/sie/es", "ich/er/sie/es", "es"})


def verb_forms(lines: Iterable[str]) -> dict[str, set[str]]:
    """The forms Ding's verb lines list for each verb (werfen: werfend, geworfen, wirft,
    warf), the last word of each column's synonym in the headword's place."""
    forms: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        if "{v" not in line:  # most lines; the same test again on the German below
            continue
        german = line.partition(" :: ")[0]
        if "{v" not in german:
            continue
        columns = split_top(german, " | ")
        if len(columns) < 3 or "{v" not in columns[0]:
            continue
        heads = [strip_groups(h).split() for h in split_top(columns[0], ";")]
        for column in columns[1:5]:
            # The present and past columns name the person: "er/sie steht", "ich/er/sie
            # stand"; the form is the word after it.
            cells = [[t for t in strip_groups(c).split()
                      if not is_object_marker(t) and t not in _PERSONS]
                     for c in split_top(column, ";")]
            # The forms' columns come first; a column of phrases is an example's.
            if not all(len(cell) == 1 and cell[0].isalpha() and cell[0].islower()
                       for cell in cells):
                break
            for head, cell in zip(heads, cells, strict=False):
                if head:
                    forms[head[-1]].add(cell[0])
    return forms


def noun_idioms(lines: Iterable[str], forms: dict[str, set[str]]
                ) -> Iterator[tuple[str, str, str, str, str, str]]:
    """A noun's idioms, class `NOUN_IDIOM`: every phrase of Ding's, in any sub-entry, of at
    most five words (less placeholders) that ends in a verb and holds the noun right after
    a preposition and article ("die Flinte ins Korn werfen :: to throw in the towel", "auf
    der Kippe stehen :: to hang by a thread"). Kept under the noun, with what stands before
    it ("ins korn") in the word column, the verb's forms in the gender column, the phrase's
    other nouns in the plural column, and the phrase's first sense after the phrase:
    "(die Flinte ins Korn werfen) to throw in the towel". Not after a copula ("im Koma
    sein"), where the noun keeps its sense. Read by `idiom_senses.noun_idiom_sense`."""
    for line in lines:
        german, _, english = line.strip().partition(" :: ")
        if not _NOUN_AFTER_PREPOSITION.search(german):
            continue
        # The English is split, and a column's senses read, only once a phrase of it makes
        # a row: of the 36,000 columns that pass the search, 28,000 make none, and reading
        # their English first cost ~0.08 s of a first run's indexing.
        englishes: list[str] | None = None
        for at, column in enumerate(split_top(german, " | ")):
            if not _NOUN_AFTER_PREPOSITION.search(column):
                continue
            senses: tuple[str, ...] | None = None
            for synonym in split_top(column, ";"):
                idiom = _noun_idiom(synonym, forms)
                if idiom is None:
                    continue
                if senses is None:
                    if englishes is None:
                        englishes = split_top(english, " | ")
                    # A column with no English of its own (past the English columns) has
                    # no senses, as one whose English is empty.
                    senses = english_senses(englishes[at]) if at < len(englishes) else ()
                if not senses:
                    break
                key, word, phrase, forms_of_verb, others = idiom
                yield (key, NOUN_IDIOM, word, f"({phrase}) {senses[0]}", forms_of_verb, others)


def _noun_idiom(synonym: str, forms: dict[str, set[str]]
                ) -> tuple[str, str, str, str, str] | None:
    """`noun_idioms`' row of one German synonym of a column, less its class and senses: (key,
    word, phrase, gender column, plural column); None for a synonym that is no idiom."""
    plain = strip_groups(synonym)
    phrase = " ".join(plain.split())
    adverbial = _adverbial_idiom(phrase)
    if adverbial:
        # No verb: the phrase itself stands in the sentence, whole.
        return (lookup_key(adverbial), phrase.lower(), phrase,
                TAKES_COMPLEMENT if "{+Gen.}" in synonym else "", "")
    bare = _without_complement(phrase)
    adverbial = _adverbial_idiom(bare) if bare else ""
    if adverbial:
        # "im Gefolge von etw." (in the wake of sth.): the phrase and its complement stand
        # in the sentence.
        return (lookup_key(adverbial), bare.lower(), phrase, TAKES_COMPLEMENT, "")
    # A placeholder stays in place (as "") so that "für etw. Sorge tragen" does not read as
    # "für Sorge".
    placed = ["" if is_object_marker(t) else t for t in plain.split() if t != "/"]
    tokens = [t for t in placed if t]
    if not 3 <= len(tokens) <= 5:
        return None
    verb = tokens[-1]
    if (not verb.isalpha() or not verb.islower() or not verb.endswith("n")
            or verb in _COPULAS or verb in _ARTICLES):
        return None
    for j in range(1, len(placed) - 1):
        noun = placed[j]
        if not noun[:1].isupper() or not noun.isalpha():
            continue
        before = placed[j - 1].lower()
        if before in _FUSED or before in PREPOSITIONS:
            # "ins Korn", and a bare noun: "in Abrede stellen", "auf Hochtouren arbeiten".
            start = j - 1
        elif before in _ARTICLES and j >= 2 and placed[j - 2].lower() in PREPOSITIONS:
            start = j - 2
        else:
            continue
        others = [t for t in placed[:start] if t[:1].isupper()]
        return (lookup_key(noun), " ".join(placed[start:j + 1]).lower(), phrase,
                " ".join(sorted(forms.get(verb, set()) | {verb})), " ".join(others))
    return None


# The class under which the index keeps a verb's object phrase from another word's line: a
# sub-entry of two words, an object noun and the verb ("Kritik einstecken", "den Notstand
# ausrufen"), keyed by the verb; see `object_phrases`.
OBJECT_PHRASE = "VOBJ"
# Determiners an object phrase may hold before its noun ("eine Niederlage einstecken", "seine
# Notdurft verrichten"): they say nothing of the sense.
_DETERMINERS = _ARTICLES | frozenset({"seine", "seinen", "seiner", "ihre", "ihren", "ihrer",
                                      "keine", "keinen", "jds."})


def object_phrases(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Verbs' object phrases, class `OBJECT_PHRASE`: every sub-entry after a line's first of
    Ding's that is a noun and a verb, less placeholders, determiners and "sich" ("Kritik
    einstecken :: to take criticism" in the line of Kritik, "eine Niederlage einstecken ::
    to take a beating" in Niederlage's), where the line's headwords are not the verb's own
    (its own lines' phrases are `context_rows`'). Kept under the verb, with the phrase in
    the word column, the phrase's first sense after it ("(Kritik einstecken) to take
    criticism") and the noun in the gender column. Ding lists a verb's collocations under
    the noun as often as under the verb, and there the noun's line, not the verb's, says
    what the verb means with it. Not a copula's ("Zeit haben"): its noun is the sense."""
    for line in lines:
        german, _, english = line.strip().partition(" :: ")
        if " | " not in german or not _may_hold_object_phrase(german):
            continue
        columns = split_top(german, " | ")
        if len(columns) < 2:
            continue
        # The line's headwords and English columns are read only for a line with a phrase:
        # this pass reads all of Ding's lines while the first run builds its index, and
        # reading both for every line cost ~0.5 s of its CPU.
        heads: set[str] | None = None
        englishes: list[str] | None = None
        for at, column in enumerate(columns[1:], 1):
            if "{" in column and "{v" not in column:
                continue  # a compound or a form of the headword, no phrase
            for synonym in split_top(column, ";"):
                if " " not in synonym and "/" not in synonym and not opens_group(synonym):
                    continue  # one word: a form of the headword ("auseinandergehend")
                plain = strip_groups(synonym)
                if plain.islower():
                    continue  # no noun
                tokens = [t for t in THING_OBJECT.sub("", plain).split()
                          if not is_object_marker(t) and t != "sich"
                          and t.lower() not in _DETERMINERS]
                if len(tokens) != 2:
                    continue
                noun, verb = tokens
                if (not noun[:1].isupper() or not noun.isalpha() or len(noun) < MIN_PART
                        or not verb.isalpha() or not verb.islower() or not verb.endswith("n")
                        or verb in _COPULAS):
                    continue
                if heads is None:
                    heads = {h.lower()
                             for h in strip_groups(columns[0]).replace(";", " ").split()}
                    englishes = split_top(english, " | ")
                if verb in heads or at >= len(englishes):
                    continue
                senses = english_senses(englishes[at])
                if not senses:
                    continue
                yield (lookup_key(verb), OBJECT_PHRASE, " ".join(plain.split()),
                       f"({' '.join(plain.split())}) {senses[0]}", noun, "")


def _may_hold_object_phrase(german: str) -> bool:
    """Whether a line's German may hold an object phrase (`object_phrases`): a sub-entry
    after the first with no word class, or a verb's, and an upper-case letter (its noun)
    after the first. Split at every " | ", brackets or not, a sub-entry is one piece or
    several, and one of them passes the first test where the sub-entry does: so the test
    leaves out only lines without a phrase, two in three of those with sub-entries, before
    `split_top` reads their brackets (~0.1 s of a first run's indexing)."""
    rest = german.partition(" | ")[2]
    return not rest.islower() and any("{" not in piece or "{v" in piece
                                      for piece in rest.split(" | "))


# English words that say nothing of a sense: "from" in "learning sth. from sb." does not
# make "(dem Vernehmen nach) from what we hear" a collocation of the card's sense.
ENGLISH_FUNCTION_WORDS = frozenset({"from", "with", "into", "onto", "over", "upon", "that",
                                     "this", "what", "your", "their", "them", "than", "about",
                                     "sth.", "sb.", "sb.’s", "sth.’s", "sb.'s"})


# After an adverbial idiom, no genitive or "von" that makes its noun a literal one's head:
# "am Rand" is "peripheral", "am Rand der Stadt" the edge of the town.
NO_COMPLEMENT = r"(?! (?:der|des|eines|einer|von|vom)\b)"
# An adverbial idiom that takes a complement ("im Gefolge von etw.", "im Zuge {+Gen.}",
# "zur Vorbereitung {+Gen.}") is a complex preposition: it means what Ding says only with its
# genitive or "von" after it, and the index marks it so (in the gender column, where a
# verb's idiom keeps the verb's forms).
TAKES_COMPLEMENT = "+complement"
HAS_COMPLEMENT = (r"(?= (?:der|des|eines|einer|von|vom|dieser|dieses|seiner|seines|ihrer|"
                  r"ihres|jener|jenes)\b)")


def _without_complement(phrase: str) -> str:
    """An adverbial phrase of Ding's without the complement placeholder it ends in: "im
    Gefolge von etw." -> "im Gefolge", "im Lichte einer Sache" -> "im Lichte"; "" where it
    ends in none."""
    tokens = phrase.split()
    if len(tokens) >= 4 and tokens[-2:] == ["einer", "Sache"]:
        return " ".join(tokens[:-2])
    if len(tokens) >= 4 and tokens[-2] == "von" and is_object_marker(tokens[-1]):
        return " ".join(tokens[:-2])
    return ""


def _adverbial_idiom(phrase: str) -> str:
    """The noun of an adverbial phrase of Ding's without a verb, made only of a preposition
    or article and the noun: "auf Hochtouren", "in der Tat", "dem Vernehmen nach"; "" for
    anything else. Such a phrase stands whole in a sentence that means it."""
    tokens = phrase.split()
    if not 2 <= len(tokens) <= 3:
        return ""
    nouns = [i for i, t in enumerate(tokens) if t[:1].isupper()]
    if len(nouns) != 1 or not tokens[nouns[0]].isalpha():
        return ""
    i = nouns[0]
    before, after = [t.lower() for t in tokens[:i]], tokens[i + 1:]
    if after:  # "dem Vernehmen nach"
        return tokens[i] if (before and before[0] in _ARTICLES and after[0] in _POSTPOSITIONS
                             and len(tokens) == 3) else ""
    if before in ([p] for p in PREPOSITIONS | _FUSED) or (
            len(before) == 2 and before[0] in PREPOSITIONS and before[1] in _ARTICLES):
        return tokens[i]
    return ""


def class_of(word: str) -> str:
    """A noun or an adjective by its first letter, as German writes them."""
    return "NOUN" if word[:1].isupper() else "ADJ"


# The `part` table's role for a noun of two genders whose Ding lines give it different
# senses: "gender-n" for "Gehalt {n} :: salary", "gender-m" for "Gehalt {m} :: content".
SENSE_GENDER = "gender-"


def sense_genders(by_key: Mapping[tuple[str, str], list[Candidate]]
                  ) -> Iterator[tuple[str, str, str, int]]:
    """For each noun Ding heads with two genders (das Gehalt "salary", der Gehalt "content";
    der Leiter "leader", die Leiter "ladder"), each sense with the gender of the lines that
    give it, as `part` rows (key, SENSE_GENDER + gender, sense, 1): which gender a compound
    of it takes follows the sense it means (das Spielergehalt, der Nikotingehalt). A sense
    lines of both genders give says nothing and is left out."""
    for (word, pos), candidates in by_key.items():
        # Most of Ding's nouns have one line, or lines of one gender: passed over first, as
        # this walks every key of the index being built.
        if (pos != "NOUN" or len(candidates) < 2
                or len({c.gender for c in candidates if c.gender in GENDERS}) < 2):
            continue
        genders: dict[str, set[str]] = defaultdict(set)
        for candidate in candidates:
            if candidate.gender in GENDERS:
                for sense in candidate.senses:
                    genders[sense.lower()].add(candidate.gender)
        if len({g for found in genders.values() for g in found}) < 2:
            continue
        for sense, found in genders.items():
            if len(found) == 1:
                yield word.casefold(), SENSE_GENDER + next(iter(found)), sense, 1
