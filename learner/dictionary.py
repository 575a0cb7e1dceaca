"""Dictionary: what a card says about a word besides the word itself.

`Entry` is the record the deck reads: gloss, gender and plural. They come from Ding's
German-English list (Frank Richter, TU Chemnitz; GPL-2+), which Debian ships as package
`trans-de-en` at /usr/share/trans/de-en. Its data is never copied into the repository: the
first run reads the user's copy and writes a compact SQLite index to the user's cache folder,
already ranked, so a later run answers each word with one indexed query.

A Ding line is `German :: English`. Each side is split by " | " into aligned sub-entries: the
first holds the headwords and their senses, the next ones plurals, verb forms, compounds or
example phrases. Within a sub-entry "; " separates synonyms. Braces carry the word class
({m} {f} {n} {pl} {vt} {vi} {vr} {adj} {adv}), brackets labels ([ugs.] [chem.]):

    Einmischung {f} (in) | Einmischungen {pl} :: interference; intervention (in)

Ding lists a headword's senses in no useful order (Lösung's first line says "lotion"), so the
index ranks them with a rule that can be measured (`bench/gloss_quality.py`); see
`_sense_scores`.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import operator
import os
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from learner import wordlists
from learner.cache import (  # noqa: F401
    CACHE_VARIABLE,
    PACKAGE_ROOT,
    cache_dir,
    gc_paused,
    package_file_digests,
    read_only_uri,
    write_atomically,
)
from learner.errors import DictionaryError
from learner.lexicon import definitions, nouns
from learner.lexicon.nouns import Noun
from learner.morphology import DATIVE_DETERMINERS, LINKING

if TYPE_CHECKING:
    from learner.vocabulary import Word


@dataclass(frozen=True)
class Entry:
    """What the dictionary knows of one (lemma, part of speech)."""

    gloss: str = ""
    gender: str = ""  # "m", "f" or "n"; empty when unknown or not a noun
    plural: str = ""  # the plural form, e.g. "Einmischungen"; empty when unknown
    # True when the gloss is a hint built from the word's parts (a compound's, a participle's
    # verb), not Ding's own entry for the word; the deck shows it with "≈ ".
    approximate: bool = False
    # True when the gloss is German Wiktionary's German definition, shown where Ding has no
    # English gloss; the deck marks it as German.
    german: bool = False
    # German Wiktionary's definition of the word, shown after an approximate English hint
    # that is unsure of its parts (`doubtful_hint`), marked as German like `german`.
    definition: str = ""
    # A plural German hardly uses (Markenschutze, Verzweiflungen: `seldom_plural`), where
    # the noun is shown as "meist ohne Plural"; `plural` is then empty.
    rare_plural: str = ""
    # For a verb, the frames Ding's lines give it (`verb_frames`), space-separated: "plain"
    # ("rühmen {vt}"), "sich" ("sich durchschlagen"), "dative" ("sich etw. vorstellen");
    # `deck.is_reflexive` weighs the articles' uses with them.
    frames: str = ""


EMPTY = Entry()
# Entry's fields in order: the article cache's memos store an entry as its values
# (`entry_values`), and the deck's memo of notes hashes them.
ENTRY_FIELDS = tuple(f.name for f in fields(Entry))
# The fields read in one call (C, not a generator of getattr calls): a rebuild reads the
# values of 13,000 entries twice over, for the notes' memo and the entries' memo.
_ENTRY_VALUES = operator.attrgetter(*ENTRY_FIELDS)


def _first_sense(entry: Entry | None) -> str:
    """The first of an entry's "; "-separated senses; "" for no entry or no gloss."""
    return entry.gloss.split("; ")[0] if entry is not None else ""


def _plain_words(sense: str) -> bool:
    """Whether a sense is words of letters only, with spaces and hyphens between them (no
    parenthesis, abbreviation dot or slash): one a hint can be built on."""
    return sense.replace(" ", "").replace("-", "").isalpha()


def entry_values(entry: Entry) -> tuple:
    """The entry's field values in `ENTRY_FIELDS` order (`Entry(*values)` makes it again)."""
    return _ENTRY_VALUES(entry)


# Where Debian's trans-de-en installs Ding, and the variables that point elsewhere.
DEFAULT_SOURCE = Path("/usr/share/trans/de-en")
SOURCE_VARIABLE = "LEARNER_DICTIONARY"
# Bump when the parser or the ranking changes: every cached index is then rebuilt. The
# index's name also carries a hash of the code that writes it (`index_code_fingerprint`), so
# a change whose author forgot the bump still gets a new index, never a stale one.
INDEX_VERSION = "58"
# What the index is computed from besides Ding: this module and the ones it builds rows with
# (linking elements, wordfreq's English phrase frequencies, Wiktionary's noun table and
# definitions, with their data files). Paths relative to the learner package.
_INDEX_CODE = ("dictionary.py", "morphology.py", "wordlists.py", "lexicon")

# The class under which the index keeps a singular Ding shows only through its plural
# headword (Eiche, from "Eichen {pl}"; see `_singular_in_line`).
SINGULAR_OF_PLURAL = "SG"

# How much a noun's sense gains from the compounds Ding translates with it, per doubling of
# their number (Quartett: "quartet" in Streichquartett and others, the card game "Happy
# Families" in none). Tuned on the development samples (bench/gloss_sample.py, seed 11).
COMPOUND_WEIGHT = 1.0

# How much a noun's English sense loses per doubling of the German headwords Ding translates
# with it (see `translation_breadth`). Set over the 600 news articles: at 0.15 it changes 143
# nouns' first sense, 58 for the better and 26 for the worse as read (0.3 changed 497 words).
BREADTH_WEIGHT = 0.15

# How much less frequent a phrase is than wordfreq's estimate, per word beyond its first
# (see `_english_zipf`). Tuned on the development samples (bench/gloss_sample.py, seed 11).
PHRASE_PENALTY = 1.0

# A first part's own sense is shown rather than the one its compounds use most only where at
# least a third as many compounds use it (see `Dictionary.first_part_gloss`): Landes- "state"
# (the compounds' favourite), Dauer- "permanent" (23 compounds) rather than Dauer's own
# "duration" (2). Set on the development samples (bench/card_quality.py, seeds 41 and 42).
OWN_SENSE_SHARE = 3
# English suffixes that make an adjective of a noun as a German adjective suffix does in a
# compound (konsequenzlos "consequence + -less", holzschnittartig "woodcut + -like",
# arbeitsbezogen "work + -related"): written joined or after a hyphen, they keep the noun's
# sense, so "noun + -suffix" is a hint a learner reads. Derivational endings that change the
# stem (-ous, -ic, -al) say nothing of a German part and are not among them.
# English prefixes written with a hyphen before an adjective, as German first parts are
# before theirs in Ding's adjectives (selbstbewusst "self-confident", nichtöffentlich
# "non-public", wohlgeordnet "well-ordered"): "prefix + word" is how English writes the word.
ENGLISH_PREFIXES = ("self-", "non-", "well-", "ill-", "half-", "semi-", "co-", "multi-",
                    "over-", "under-", "counter-", "pre-", "post-")
# English prepositions an adjective takes its noun with ("close to", "critical of", "rich in";
# see `Dictionary._head_preposition`).
ENGLISH_PREPOSITIONS = frozenset({"to", "of", "from", "with", "in", "on", "for", "at", "about"})
# A German adjective suffix is productive where Ding lists at least this many adjectives
# ending in it (-los 371, -artig 306, -bezogen 54; -polizeilich 4).
MIN_SUFFIX_EVIDENCE = 10
ENGLISH_SUFFIXES = ("less", "like", "ful", "free", "proof", "related", "based", "shaped")

# What the other members of a family of senses add to the one shown (see `_sense_scores`).
# Tuned on the development samples (bench/gloss_sample.py, seeds 11 and 12).
FAMILY_SHARE = 0.5

# The longest English phrase the index keeps to check a compound's reading against
# (`english_phrases`): "violation of the law" is four words.
ENGLISH_PHRASE_WORDS = 4

# How many of Ding's compounds must open with a noun, and how many times as many as end in it,
# for it to be read
# as a prefix to the word after it inside a compound (`Dictionary._opens_only`: Ober-).
_OPENING_COMPOUNDS = 20
_OPENING_SHARE = 10

# How many of Ding's compounds must agree on an English for their last part, which the
# part's own lines lack, for it to join the part's senses on its card, and how many for it
# to come first (`with_compound_sense`: Verbrauch "consumption", 17 compounds).
MIN_COMPOUND_SENSE = 3
COMPOUND_SENSE_FIRST = 6
# A compound of Ding's counts as one German readers meet at this German Zipf (wordfreq; about
# one use in ten million words) or more, for reading a new compound's head as they read it
# (`Dictionary._common_compound_senses`); and a head with more compounds than
# _MAX_HEAD_COMPOUNDS keeps its first sense rather than cost a query for each.
COMMON_COMPOUND_ZIPF = 2.0
_MAX_HEAD_COMPOUNDS = 400
# How many heads `_noun_rows_ending_in` finds by scanning the entry table (~20 ms each) before
# it reads and sorts every noun key once (~0.45 s) and bisects: the demo asks for one or two.
_SCANS_BEFORE_SORT = 20

# How many senses a card shows. One sense hides the word's range; more than three crowds
# the card and the later ones are rarely what the article meant.
MAX_SENSES = 3
# Below this English Zipf (wordfreq; about one use in a hundred million words) a
# diminutive's senses are a species' name no reader means (`Dictionary.taxon_diminutive`).
RARE_DIMINUTIVE_ZIPF = 1.0
# ... where German uses the diminutive itself at least this often (wordfreq's German Zipf).
COMMON_DIMINUTIVE_ZIPF = 2.0

# Word classes in Ding's braces, mapped to the parts of speech the vocabulary uses.
_GENDERS = {"m": "m", "f": "f", "n": "n"}
_VERB_TAGS = frozenset({"vt", "vi", "vr", "v"})
_TAG_POS = {"adj": "ADJ", "adv": "ADV", **{t: "VERB" for t in _VERB_TAGS},
            **{g: "NOUN" for g in _GENDERS}, "pl": "NOUN"}
# Placeholders for a verb's objects: "jdn./etw. belasten", "sich auf etw. zubewegen". A
# preposition directly before one belongs to it ("auf etw."), not to the headword.
_OBJECT_MARKERS = frozenset({"etw.", "jdn.", "jdm.", "jds.", "jd.", "sich", "etwas", "jemanden",
                             "jemandem"})
_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "durch", "für", "gegen", "in", "mit",
                           "nach", "über", "um", "unter", "von", "vor", "zu", "zwischen"})
# Labels that make a sense a poor first choice for a learner of standard German: register
# (colloquial, dated, rare, elevated...) and region (Austria, Switzerland, South Germany...).
_MARKED_LABELS = frozenset({
    "ugs.", "slang", "vulg.", "pej.", "humor.", "geh.", "poet.", "veraltet", "veraltend",
    "altertümlich", "selten", "rare", "obs.", "archaic", "Ös.", "Schw.", "Süddt.", "Norddt.",
    "Mittelwestdt.", "Ostdt.", "Westdt.", "BW", "Bayr.", "Lie.", "Lux.", "Dt.", "Jugendsprache",
    "übtr.", "fig.", "iron.", "euphem.", "Kindersprache", "dialekt.", "alt", "Mitteldt.",
})
# Subject fields a news reader meets every day: a sense labelled with one of these is as
# good a first sense as an unlabelled one. Every other subject field ([chem.], [techn.],
# [ornith.]...) marks a specialist sense, rarely the one a teacher gives first.
_EVERYDAY_FIELDS = frozenset({
    "pol.", "econ.", "fin.", "soc.", "adm.", "mil.", "sport", "geogr.", "cook.", "auto",
    "transp.", "school", "relig.", "art", "envir.", "telco.", "jur.",
})
_NOT_SPECIALIST = _MARKED_LABELS | _EVERYDAY_FIELDS
# Regions whose German a learner of the standard language, reading Austrian and German news,
# does not meet: Switzerland, Liechtenstein, Luxembourg and German dialect areas. Not [Ös.]
# (the news of ../shared is Austrian: derStandard's Landesrat, Matura) nor [Dt.].
_OTHER_REGIONS = frozenset({
    "Schw.", "Lie.", "Lux.", "Süddt.", "Norddt.", "Mittelwestdt.", "Ostdt.", "Westdt.", "BW",
    "Bayr.", "Mitteldt.", "dialekt.", "Südtirol",
})
_ARTICLES_REGIONS = frozenset({"Ös.", "Dt."})
# Labels Ding puts on an English translation that make it a poor first sense for a learner:
# the English word is itself colloquial, dated, rare or regional ("Haschisch :: hashish;
# hash; shit [slang]", "Komiker :: card [becoming dated]"). Not [Br.] and [Am.]: Ding
# marks with them mostly spellings ("square metre [Br.]; square meter"), or the word of a
# country whose affairs the news reports ("primary [Am.]" for a Vorwahl). Not [fig.]: it
# mostly renders a figurative German use, which the German side's [übtr.] already weighs
# (`Candidate.marked`), and news German is figurative often ("Dramatik :: drama [fig.]").
_ENGLISH_MARKED = frozenset({
    "coll.", "slang", "vulg.", "pej.", "humor.", "dated", "becoming dated", "archaic", "arch.",
    "obs.", "rare", "poet.", "literary", "euphem.", "prov.", "children’s speech",
    "hunters’ parlance", "hunter’s parlance", "former name", "Sc.", "NZ", "Can.", "Ir.", "Irl.",
    "Austr.", "Aus.", "South Africa", "India", "Northern English", "Wales",
})
# Under a specialist subject field ([med.], [chem.]) the colloquial English is the everyday
# word, not a marked one: "cardiac infarction; heart attack [coll.]".
_SPECIALIST_MARKED = _ENGLISH_MARKED - {"coll."}


# --- parsing ---------------------------------------------------------------------------------

_GROUPS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>")
_ABBREVIATION = re.compile(r"(?<=\s)/[^/\s][^/]*/(?=[\s;|]|$)")  # "solution /soltn/"
# "einer Sache", alone or after another placeholder ("jdm./einer Sache"): one object.
_THING_OBJECT = re.compile(r"\beiner Sache\b")
_BRACES = re.compile(r"\{([^{}]*)\}")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def _grouped(text: str) -> bool:
    """Whether `text` opens a bracketed group, (, [, { or <: four substring tests take a
    quarter of a regex search's time, and the index build asks millions of times."""
    return "(" in text or "[" in text or "{" in text or "<" in text


def _blank(match: re.Match) -> str:
    return "\0" * (match.end() - match.start())


def _without_groups(text: str, replace: str | Callable[[re.Match], str]) -> str:
    """`text` with its bracketed groups replaced, innermost first ("(Vorteil (alt))"), until
    none is left: every group opens with a bracket, so once none is left there is nothing
    more to replace."""
    while True:
        replaced = _GROUPS.sub(replace, text)
        if replaced == text or not _grouped(replaced):
            return replaced
        text = replaced


def split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is outside any brackets."""
    if separator not in text:
        return [text.strip()]
    grouped = _grouped(text)
    if not grouped and " /" not in text:
        return [part.strip() for part in text.split(separator)]
    # Brackets and abbreviations ("government /Gov.; Govt./") each made one blank: where the
    # separator is no less frequent than before, none stood inside them (the separators hold
    # no bracket or slash, so none straddles an edge), and a plain split is the answer.
    compact = _without_groups(text, "\0") if grouped else text
    if " /" in compact:
        compact = _ABBREVIATION.sub("\0", compact)
    if compact.count(separator) == text.count(separator):
        return [part.strip() for part in text.split(separator)]
    # Else blank them out character for character, and split where the separator stands in
    # what is left.
    masked = _without_groups(text, _blank) if grouped else text
    if " /" in masked:
        masked = _ABBREVIATION.sub(_blank, masked)
    parts, start = [], 0
    at = masked.find(separator)
    while at != -1:
        parts.append(text[start:at].strip())
        start = at + len(separator)
        at = masked.find(separator, start)
    parts.append(text[start:].strip())
    return parts


def strip_groups(text: str) -> str:
    """The text without (...), [...], {...}, <...> and /abbreviations/, spaces collapsed."""
    if "(" in text or "[" in text or "{" in text or "<" in text:  # `_grouped`, inlined
        text = _without_groups(text, " ")
    if "/" in text:
        text = _ABBREVIATION.sub(" ", text)
    return " ".join(text.split())


class Headword(NamedTuple):
    """One German synonym of a Ding sub-entry, read for indexing. (A named tuple: the index
    build makes half a million of them, and a tuple is made in half a frozen dataclass's
    time.)"""

    word: str  # the single word it stands for ("zubewegen"), or "" for a phrase
    pos: str  # NOUN, VERB, ADJ, ADV, or "" when Ding gives no usable class
    gender: str  # m/f/n for a singular noun, "pl" for a plural-only noun
    labels: tuple[str, ...]
    reflexive: bool
    # A reflexive beside an accusative object placeholder: "sich etw. vorstellen" (to imagine
    # sth.), where "sich" is the dative; "sich auf etw. zubewegen" has none.
    dative: bool = False


# Placeholders for an accusative object ("jdn./etw." has it in either spelling); "jdm." is a
# dative, "jds." and "einer Sache" genitives.
_ACCUSATIVE_MARKERS = frozenset({"etw.", "jdn.", "etwas", "jemanden"})


def _is_accusative_marker(token: str) -> bool:
    return all(p in _ACCUSATIVE_MARKERS for p in token.split("/"))


def _is_object_marker(token: str) -> bool:
    """ "etw.", "jdn./etw.": a placeholder for a verb's object, alone or with its
    alternatives."""
    if token in _OBJECT_MARKERS:
        return True
    return "/" in token and all(p in _OBJECT_MARKERS for p in token.split("/"))


# A synonym that is one word, with one word class or none, and labels or none ("Einmischung
# {f}", "abweisen", "Vorhaltung {f} [geh.]"): three in four are, and need none of the reading
# below.
_PLAIN_HEADWORD = re.compile(r"([^\s(){}\[\]<>/]+)(?: \{([a-z]+)\})?((?: \[[^\[\]{}]*\])*)")


def _has_letter(word: str) -> bool:
    return word.isalpha() or any(map(str.isalpha, word))


def _trailing_preposition(segment: str) -> str:
    """The preposition a headword writes after its word class with no object ("umsteigen
    {vi} nach", "sich aufregen {vr} über", "duften; riechen {vi} (nach)"), "" where there
    is none."""
    if "}" not in segment:
        return ""
    tail = _BRACKETS.sub(" ", segment.rpartition("}")[2]).split()
    word = tail[0].removeprefix("(").removesuffix(")") if len(tail) == 1 else ""
    return word if word in _PREPOSITIONS else ""


def parse_headword(segment: str) -> Headword:
    """Read one synonym: "sich auf etw. zubewegen {vr}" -> zubewegen, VERB, reflexive."""
    plain = _PLAIN_HEADWORD.fullmatch(segment)
    if plain is not None:
        word, tag, labelled = plain.groups()
        pos = _TAG_POS.get(tag, "") if tag else ""
        labels = tuple(lb.strip() for lb in _BRACKETS.findall(labelled)) if labelled else ()
        reflexive = word == "sich"
        # No slash in it: a placeholder only as written ("etw."; "sich" is one).
        if word in _OBJECT_MARKERS or not (word.isalpha() or any(map(str.isalpha, word))):
            word = ""
        return Headword(word, pos, tag if pos == "NOUN" else "", labels, reflexive)
    pos = gender = ""
    if "{" in segment:
        for tag in _BRACES.findall(segment):
            # "{m,f}": either gender; the first is Ding's main one. The first class found
            # is the word's.
            for part in (tag,) if tag in _TAG_POS else tag.split(","):
                part = part.strip()
                if part in _TAG_POS:
                    pos = _TAG_POS[part]
                    gender = part if pos == "NOUN" else ""
                    break
            if pos:
                break
    labels = tuple(lb.strip() for lb in _BRACKETS.findall(segment)) if "[" in segment else ()
    # The words outside brackets and abbreviations (as `strip_groups`, without joining them).
    text = _without_groups(segment, " ") if _grouped(segment) else segment
    if "/" in text:
        text = _ABBREVIATION.sub(" ", text)
    if "einer Sache" in text:
        # "einer Sache vorausgehen", "jdm./einer Sache zusetzen": Ding's placeholder for a
        # thing as a dative or genitive object, two words where "jdm." is one. Read as one
        # placeholder, the verb is the headword of its line ("to precede sth."), as it is in
        # "jdm. helfen"; read as words, the line gave the verb nothing.
        text = _THING_OBJECT.sub("jdm.", text)
    tokens = text.split()
    if len(tokens) > 1 and _trailing_preposition(segment):
        # "umsteigen {vi} nach", "anpassen {vt} an": the preposition the verb governs,
        # written after the word class with no object; not part of the headword.
        tokens = tokens[:-1]
    if len(tokens) == 1:  # most headwords are one word, with no object to leave out
        word = tokens[0]
        reflexive = word == "sich"
        dative = False
        if reflexive or _is_object_marker(word):
            word = ""
    else:
        reflexive = "sich" in tokens
        dative = reflexive and any(
            _is_accusative_marker(t) and not (i and tokens[i - 1] in _PREPOSITIONS)
            for i, t in enumerate(tokens))
        core = []
        for i, token in enumerate(tokens):
            if _is_object_marker(token):
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token in _PREPOSITIONS and following and _is_object_marker(following):
                continue
            core.append(token)
        word = core[0] if len(core) == 1 else ""
    if word and not _has_letter(word):
        word = ""
    return Headword(word, pos, gender, labels, reflexive, dative)


def parse_sense(text: str) -> str:
    """An English sense as a card shows it: labels, notes and abbreviations left out."""
    return strip_groups(text).strip(" ,;")


_NOT_WORD = re.compile(r"[^\w ]|_")
_PLACEHOLDERS = frozenset({"sth.", "sb.", "sb./sth.", "sth./sb."})


@lru_cache(maxsize=1 << 18)
def sense_key(sense: str) -> str:
    """What makes two senses the same one: case, "sth."/"sb." and punctuation aside."""
    words = [w for w in sense.lower().split() if w not in _PLACEHOLDERS]
    return " ".join(_NOT_WORD.sub("", " ".join(words)).split())


class Candidate(NamedTuple):
    """One place in Ding where a word is a headword: a line, or a sub-entry of a line. (A
    named tuple, as `Headword` is: the index build makes a third of a million.)"""

    word: str
    pos: str
    gender: str
    plural: str
    senses: tuple[str, ...]
    position: int  # the word's place among the synonyms: 0 when the line is its own entry
    in_subentry: bool  # listed under another headword's line ("Merkliste" under "Liste")
    marked: bool  # the synonym carries a register or region label ([ugs.], [Ös.])
    specialist: bool  # the sub-entry carries a subject-field label ([chem.], [jur.])
    size: int  # sub-entries in the line: a word's main entry has plurals, forms, examples
    # For a plural headword: its singular, where the line shows it inside a compound of the
    # line ("Eichen {pl} ... | Korkeiche {f}" shows die Eiche); "" otherwise.
    singular: str = ""
    # The nouns of the line's example phrases ("den Vorwurf zurückweisen"), casefolded: the
    # company the word keeps in this sense.
    context: frozenset[str] = frozenset()
    # The prepositions a verb's headwords take with an object placeholder ("jdn./etw.
    # belasten; beschweren (mit etw.)", "sich auf etw. zubewegen"): the line's sense is the
    # one for that prepositional object.
    governs: frozenset[str] = frozenset()
    # A verb's frame in this line: "plain" ("rühmen {vt}"), "sich" ("sich durchschlagen"),
    # "dative" ("sich etw. vorstellen"); "" for other words.
    frame: str = ""
    # The senses (as `sense_key`s) whose English Ding labels as a register or a region
    # ("shit [slang]", "card [becoming dated]"; see `_ENGLISH_MARKED`).
    labelled: frozenset[str] = frozenset()
    # The synonym carries the label of a region whose German the articles are not in (see
    # `_OTHER_REGIONS`): "Landtag {m} [Lie.]" in the line "National Council".
    other_region: bool = False


def _plausible_plural(singular: str, plural: str) -> bool:
    """Whether `plural` can be the plural of `singular` (Vorwurf/Vorwürfe, Thema/Themen).

    Ding aligns plurals with headwords by position, but not always; this catches the slips.
    """
    singular, plural = singular.lower(), plural.lower()
    a, b = singular.translate(_UMLAUTS), plural.translate(_UMLAUTS)
    common = _common_length(a, b)
    return (common >= max(len(a) - 2, 2) and b[common:] in _PLURAL_ENDINGS
            and _umlaut_in_place(singular, plural[:common]))


def _umlaut_in_place(singular: str, plural: str) -> bool:
    """Whether every umlaut the plural adds falls on the singular's last full vowel, as a
    plural's umlaut does: Haus/Häuser, Vater/Väter, Kloster/Klöster (only the unstressed e of
    -er, -el, -en after it). One on an earlier vowel is a slip of the pen, not a plural: Ding
    writes "Verkaufserlös {m} | Verkäufserlöse {pl}" (the plural is Verkaufserlöse: a
    compound's first part never changes)."""
    if plural == singular[:len(plural)]:
        return True  # no letter differs: no umlaut added (most plurals; skips the walk)
    for at, (own, other) in enumerate(zip(singular, plural, strict=False)):
        if own != other and any(group != "e" for group in
                                _GERMAN_VOWEL_GROUPS.findall(singular[at + 1:].lstrip("aeiouy"))):
            return False
    return True


_UMLAUTS = str.maketrans("äöü", "aou")


def _common_length(a: str, b: str) -> int:
    """The length of the longest prefix `a` and `b` share."""
    shorter = min(len(a), len(b))
    for at in range(shorter):
        if a[at] != b[at]:
            return at
    return shorter


# What a plural adds after the part it shares with the singular (umlauts aside): Vorwurf/
# Vorwürfe "e", Thema/Themen "en", Visum/Visa "a", Komma/Kommata "ta". Anything else is a
# misaligned neighbour ("Regie" and "Regisseure").
_PLURAL_ENDINGS = frozenset({"", "e", "en", "n", "er", "s", "se", "nen", "es", "ien", "a", "i",
                             "ta", "ten", "ina"})


def _plurals(heads: list[Headword]) -> list[str]:
    """The plural forms of a sub-entry made only of plurals ("Vorwürfe {pl}; ..."), or []."""
    if all(head.gender == "pl" for head in heads):
        return [head.word for head in heads]
    return []


def _pick_plural(word: str, index: int, plurals: list[str]) -> str:
    if not plurals:
        return ""
    if index < len(plurals) and plurals[index] and _plausible_plural(word, plurals[index]):
        return plurals[index]
    fits = [p for p in plurals if p and _plausible_plural(word, p)]
    return max(fits, key=lambda p: _common_length(word, p)) if fits else ""


_SINGULAR_NOUN = re.compile(r"(\w+) \{[mfn]\}")
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}\b")


def _singular_in_line(plural: str, german: str) -> str:
    """The singular of a plural headword, where a compound in the same line ends in it:
    "Eichen {pl} ... | Korkeiche {f}" gives Eiche. A plural-only word can mean something
    its singular does not (die Belange "interests", der Belang "importance"), so a singular
    is taken only where Ding itself writes it."""
    for word in _SINGULAR_NOUN.findall(german):
        for size in range(max(len(plural) - 3, _MIN_PART + 1), len(plural) + 1):
            tail = word[-size:].lower()
            if len(word) > size and _plausible_plural(tail, plural.lower()):
                return tail[:1].upper() + tail[1:]
    return ""


_GENDER_TAGS = tuple(f"{{{g}}}" for g in _GENDERS)  # {m} {f} {n}
_NO_CONTEXT: frozenset[str] = frozenset()


def _senses(english: str) -> tuple[str, ...]:
    """The senses of an English sub-entry, as a card shows them; empty ones left out."""
    return tuple(filter(None, map(parse_sense, split_top(english, ";"))))


def _labelled_senses(english: str, specialist: bool = False) -> frozenset[str]:
    """The `sense_key`s of the senses of an English sub-entry that carry a label of
    `_ENGLISH_MARKED` (of `_SPECIALIST_MARKED` on a `specialist` line)."""
    if "[" not in english:
        return _NO_LABELS
    marked = _SPECIALIST_MARKED if specialist else _ENGLISH_MARKED
    found = frozenset(
        sense_key(parse_sense(raw)) for raw in split_top(english, ";")
        if "[" in raw and not marked.isdisjoint(lb.strip() for lb in _BRACKETS.findall(raw)))
    return (found - {""}) or _NO_LABELS


_NO_LABELS: frozenset[str] = frozenset()


def _is_specialist(labels: tuple[str, ...]) -> bool:
    """Whether a label is a subject field other than the everyday ones ([chem.], [techn.])."""
    return not _NOT_SPECIALIST.issuperset(labels)


def _is_marked(labels: tuple[str, ...]) -> bool:
    """Whether a label marks a register or region ([ugs.], [Ös.])."""
    return not _MARKED_LABELS.isdisjoint(labels)


_SENTENCE_END = (".", "!", "?", ".“", "!“", "?“")


def _example_sentences(german_parts: list[str]) -> list[str]:
    """The sub-entries of a line that are example sentences ("Ihr Unmut ist berechtigt."),
    casefolded: a sentence ends in a full stop, as no headword, form or phrase does."""
    return [part.casefold() for part in german_parts[1:]
            if "{" not in part and part.rstrip().endswith(_SENTENCE_END)]


def _sentences_without(word: str, sentences: list[str]) -> int:
    """How many of a line's example sentences do not use `word` (in any inflected form: its
    letters but the last two, at least four)."""
    stem = word.casefold()[: max(4, len(word) - 2)]
    return sum(stem not in sentence for sentence in sentences)


def parse_line(line: str) -> Iterator[Candidate]:
    """The candidates one Ding line offers: its headwords, and compounds listed under it."""
    line = line.strip()
    if not line or line.startswith("#"):
        return
    german, separator, english = line.partition(" :: ")
    if not separator or "{" not in german:
        return  # no word class: no headword to index, nor a verb's or a noun's line
    german_parts = split_top(german, " | ")
    english_parts = split_top(english, " | ")
    size = len(german_parts)
    context = frozenset(
        w.casefold() for part in german_parts[1:] if "{" not in part
        for w in _CAPITALISED.findall(strip_groups(part))
    ) if size > 1 else _NO_CONTEXT
    # Each sub-entry's synonyms, read once: a plural sub-entry is read with the headwords
    # before it and again as a sub-entry of its own.
    parsed: list[list[Headword] | None] = [None] * size
    sentences: list[str] = []  # the line's example sentences, read where needed

    def heads_of(i: int) -> list[Headword]:
        heads = parsed[i]
        if heads is None:
            heads = parsed[i] = [parse_headword(s) for s in split_top(german_parts[i], ";")]
        return heads

    first_classes = {h.pos for h in heads_of(0)}
    verb_line = "VERB" in first_classes
    noun_line = any(tag in german_parts[0] for tag in _GENDER_TAGS)
    # A noun's headword takes a prepositional complement as a verb's does: "Draht {m} (zu
    # jdm.)" is the rapport with someone, "Interesse {n} (an etw.)".
    governs = (governed_prepositions(german_parts[0], verb_line) if verb_line or noun_line
               else _NO_CONTEXT)
    adjective_line = not noun_line and "ADJ" in first_classes
    if verb_line and english_parts:
        yield from _support_phrases(german_parts[0], english_parts[0], size, context)
    for i, part in enumerate(german_parts):
        if i >= len(english_parts):
            break
        if verb_line and i in (1, 2) and "{" not in part:
            # A verb's line lists its present and past participle next ("inhaftieren {vt} |
            # inhaftierend | inhaftiert :: to take into custody | taking into custody | taken
            # into custody"): Ding's own English for a participle used as an adjective.
            yield from _participles(part, english_parts[i], i, size, context)
            continue
        if i > 0 and "{" not in part:
            # Verb forms and example phrases carry no word class; but under a noun, a
            # synonym that is one capitalized word is a noun Ding lists without its gender
            # ("Studium der Rechtswissenschaft; Jurastudium; Jusstudium [Ös.]").
            if noun_line:
                yield from _untagged_nouns(part, english_parts[i], size, context)
            elif adjective_line:
                yield from _untagged_adjectives(part, english_parts[i], heads_of(0), size,
                                                context)
            continue
        heads = heads_of(i)
        if i > 0 and "{pl}" in part and _plurals(heads):
            continue  # plurals are read with the singulars they follow
        if i > 0 and not all(h.pos for h in heads):
            continue  # verb forms and example phrases, not compounds with their own class
        if not any(h.word for h in heads):
            continue
        following = german_parts[i + 1] if i + 1 < size else ""
        plurals = _plurals(heads_of(i + 1)) if "{pl}" in following else []
        senses = _senses(english_parts[i])
        if not senses:
            continue
        tagged = {h.pos for h in heads if h.pos}
        specialist = any(_is_specialist(h.labels) for h in heads if h.labels)
        labelled = _labelled_senses(english_parts[i], specialist)
        if i == 0 and size > 1 and noun_line and len(heads) > 1:
            # A later synonym's line is another word's entry, and its example sentences
            # mostly show that word ("Missfallen; Unmut :: chagrin | Sie wurde Schauspielerin,
            # sehr zum Leidwesen ihrer Eltern."): they speak for a noun synonym only where
            # they use it. Only nouns: a verb's sentences separate and inflect it beyond
            # recognition (heizte ihm ein), and for adjectives the rule changed as many first
            # senses for the worse as for the better over the 600 news articles.
            sentences = _example_sentences(german_parts)
        for position, head in enumerate(heads):
            pos = head.pos
            if not pos and len(tagged) == 1 and next(iter(tagged)) in ("VERB", "ADJ", "ADV"):
                # "etw. abweisen; zurückweisen {vt}": Ding tags only the last synonym.
                pos = next(iter(tagged))
            if not head.word or not pos:
                continue
            plural = ""
            if head.gender in _GENDERS:
                plural = _pick_plural(head.word, position, plurals)
            # Positional, in the fields' order: a third of a million are made, and keywords
            # cost a named tuple's constructor a fifth more.
            yield Candidate(
                head.word,
                pos,
                head.gender,
                plural,
                senses,
                position,
                i > 0,  # in_subentry
                bool(head.labels) and _is_marked(head.labels),  # marked
                specialist,
                size - _sentences_without(head.word, sentences) if (
                    position > 0 and sentences and i == 0 and pos == "NOUN") else size,
                _singular_in_line(head.word, german) if head.gender == "pl" else "",
                context,
                governs if i == 0 and (pos == "VERB" or pos == "NOUN" and not (
                    head.labels and _is_marked(head.labels))) else _NO_CONTEXT,
                ("" if pos != "VERB" else "dative" if head.dative
                 else "sich" if head.reflexive else "plain"),  # frame
                labelled,
                # other_region: a word labelled for Austria or Germany too (Spital [Ös.]
                # [Schw.], Geldautomat [Dt.] [Schw.]) is the articles' own.
                not _OTHER_REGIONS.isdisjoint(head.labels) and _ARTICLES_REGIONS.isdisjoint(
                    head.labels),
            )


_TOKEN = re.compile(r"[\w./]+")


def governed_prepositions(headwords: str, verb: bool = False) -> frozenset[str]:
    """The prepositions a verb line's headwords write before an object placeholder: "mit"
    in "jdn./etw. belasten; beschweren (mit etw.) {vt}", "auf" in "sich auf etw. zubewegen".
    Ding writes the object in parentheses after the last synonym when all of them take it,
    as it writes the word class there; so the whole headword part is read.

    A verb's line with a dative object, a placeholder "jdm." or "einer Sache" that no
    preposition governs ("einer Sache vorausgehen", "jdm. etw. zuschreiben"), also gives
    `DATIVE_OBJECT`: the sense for a clause with a dative of its own (`has_dative_object`)."""
    tokens = _TOKEN.findall(_THING_OBJECT.sub("jdm.", _BRACKETS.sub(
        " ", _BRACES.sub(" ", headwords))))
    found = {
        token for token, following in zip(tokens, tokens[1:], strict=False)
        if token in _PREPOSITIONS and all(p in _OBJECT_MARKERS for p in following.split("/"))
    }
    found.update(p for p in map(_trailing_preposition, split_top(headwords, ";")) if p)
    if verb and any(
            _DATIVE_MARKERS & set(token.split("/")) and not (i and tokens[i - 1] in _PREPOSITIONS)
            for i, token in enumerate(tokens)):
        found.add(DATIVE_OBJECT)
    return frozenset(found)


# Stands in the governs table for a verb line's dative object, as a preposition stands there
# for a prepositional one (no German word is written so).
DATIVE_OBJECT = "+dat"
_DATIVE_MARKERS = frozenset({"jdm.", "jemandem"})
# Words that show a noun phrase or pronoun in the dative whatever its gender: a determiner
# in -em and the dative personal pronouns. "der" (feminine dative, but any nominative
# masculine) and uns, euch, sich (accusative as well) show nothing.
_DATIVE_WORDS = DATIVE_DETERMINERS | frozenset({
    "unserm", "solchem", "manchem", "ihm", "ihnen", "mir", "dir"})
# Prepositions that may govern such a dative ("mit dem", "nach einem"); after one, the
# dative is the preposition's, not the verb's.
_DATIVE_PREPOSITIONS = _PREPOSITIONS | frozenset({
    "ab", "außer", "binnen", "dank", "entgegen", "entsprechend", "gegenüber", "gemäß",
    "hinter", "laut", "mitsamt", "nahe", "neben", "nebst", "ob", "samt", "seit", "trotz",
    "wegen", "zufolge", "zuliebe", "von", "vor", "bis", "als", "wie", "all"})


# Every preposition, whichever case it governs: a phrase's lone preposition is no evidence
# of the phrase (`Dictionary._frame_idiom_sense`).
_ANY_PREPOSITION = _DATIVE_PREPOSITIONS | frozenset({
    "ohne", "wider", "entlang", "statt", "anstatt", "pro", "innerhalb", "außerhalb"})


def has_dative_object(clause: str) -> bool:
    """Whether a verb's clause holds a dative no preposition governs ("dem Treffer ein Foul
    vorausgegangen": dem Treffer; "das könnte ihnen zusetzen"): the verb's own dative object,
    or a free dative (of benefit or possession), which a verb with a dative line of Ding's
    mostly takes as its object."""
    words = clause.lower().split()
    return any(word in _DATIVE_WORDS and not (i and words[i - 1] in _DATIVE_PREPOSITIONS)
               for i, word in enumerate(words))


# The part of speech under which the index keeps a participle Ding lists in its verb's line
# (see `_participles`): no adjective entry of Ding's own, so looked up only where none is.
PARTICIPLE = "PTCP"


def _participles(part: str, english: str, i: int, size: int,
                 context: frozenset[str]) -> Iterator[Candidate]:
    """The participles of a verb line's second (present) or third (past) part, one word each
    ("abweisend; zurückweisend"), with the part's English senses."""
    senses = _senses(english)
    if not senses:
        return
    for position, segment in enumerate(split_top(part, ";")):
        word = parse_headword(segment).word
        shaped = word.endswith("nd") if i == 1 else word.endswith(("t", "en"))
        if not word or not word.isalpha() or not word.islower() or not shaped:
            continue
        yield Candidate(word=word, pos=PARTICIPLE, gender="", plural="", senses=senses,
                        position=position, in_subentry=True, marked=False, specialist=False,
                        size=size, context=context)


# The class under which the index keeps a word Ding writes only in a phrase with a support
# verb ("jdn. ausfindig machen {vt} :: to locate sb."; see `_support_phrases`): looked up only
# where the word has no entry of its own.
SUPPORT_PHRASE = "PHR"
# The verbs German joins to a predicative word that has no use of its own ("ausfindig
# machen", "vorstellig werden", "abhanden kommen"): Funktionsverben and the copulas.
_SUPPORT_VERBS = frozenset({"machen", "werden", "sein", "kommen", "bringen", "halten",
                            "lassen", "geben", "stellen", "setzen", "gehen", "bleiben"})


def _support_phrases(part: str, english: str, size: int,
                     context: frozenset[str]) -> Iterator[Candidate]:
    """The words of a verb line's headwords that stand in a phrase of one word and a support
    verb ("jdn. ausfindig machen", "vorstellig werden [adm.]"), with the line's English
    after the phrase: "(ausfindig machen) to locate sb.". German uses such words (ausfindig,
    vorstellig) only in the phrase; Ding gives the phrase, never the word alone, and its
    meaning is the phrase's."""
    senses = _senses(english)
    if not senses:
        return
    for position, segment in enumerate(split_top(part, ";")):
        text = _without_groups(segment, " ") if _grouped(segment) else segment
        tokens = [t for t in text.split() if not _is_object_marker(t)]
        if (len(tokens) != 2 or tokens[1] not in _SUPPORT_VERBS or not tokens[0].isalpha()
                or not tokens[0].islower()):
            continue
        phrase = " ".join(tokens)
        yield Candidate(word=tokens[0], pos=SUPPORT_PHRASE, gender="", plural="",
                        senses=tuple(f"({phrase}) {sense}" for sense in senses),
                        position=position, in_subentry=False, marked=False, specialist=False,
                        size=size, context=context)


def _phrase_once(gloss: str) -> str:
    """A support phrase's senses with the phrase written once, before the first that has it:
    "(ausfindig machen) to locate sb.; to trace sb."."""
    shown, senses = "", []
    for sense in gloss.split("; "):
        phrase, _, rest = sense.partition(") ")
        if sense.startswith("(") and rest and phrase + ") " == shown:
            sense = rest
        elif sense.startswith("(") and rest:
            shown = phrase + ") "
        senses.append(sense)
    return "; ".join(senses)


_ONE_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]*)*")


def _untagged_nouns(part: str, english: str, size: int,
                    context: frozenset[str]) -> Iterator[Candidate]:
    """The nouns of a noun line's sub-entry that Ding gives without a class: each synonym
    that is a single capitalized word, glossed by the sub-entry's English."""
    senses = _senses(english)
    if not senses:
        return
    for position, segment in enumerate(split_top(part, ";")):
        word = strip_groups(segment)
        if not _ONE_NOUN.fullmatch(word):
            continue
        yield _untagged_candidate(segment, word, "NOUN", senses, position, size, context)


def _untagged_candidate(segment: str, word: str, pos: str, senses: tuple[str, ...],
                        position: int, size: int, context: frozenset[str]) -> Candidate:
    """A word of a sub-entry that Ding gives without a class, as `pos`, with the subject
    labels of its segment ("[med.]")."""
    labels = tuple(lb.strip() for lb in _BRACKETS.findall(segment)) if "[" in segment else ()
    return Candidate(word=word, pos=pos, gender="", plural="", senses=senses,
                     position=position, in_subentry=True, marked=_is_marked(labels),
                     specialist=_is_specialist(labels), size=size, context=context)


# The shortest first part of an adjective compound read off an adjective line: "un-" in
# "unschön"; a shorter one is an inflection's letter, not a word before the headword.
_FIRST_PART_LETTERS = 2


def _untagged_adjectives(part: str, english: str, heads: list[Headword], size: int,
                         context: frozenset[str]) -> Iterator[Candidate]:
    """The adjective compounds of an adjective line's sub-entry that Ding gives without a
    class: each synonym that is one lower-case word ending in a headword of the line, with a
    first part before it ("krank {adj} | ... | schwerkrank; ernsthaft krank :: ... | seriously
    ill"). A compound of the headword is an adjective as its head is; the line's other
    untagged words are its forms ("größer", "am größten") or phrases, which stay unindexed."""
    senses = _senses(english)
    if not senses:
        return
    stems = [h.word for h in heads if h.word and h.word.islower()]
    for position, segment in enumerate(split_top(part, ";")):
        word = strip_groups(segment)
        if not word.isalpha() or not word.islower():
            continue
        if not any(word.endswith(stem) and len(word) >= len(stem) + _FIRST_PART_LETTERS
                   for stem in stems):
            continue
        yield _untagged_candidate(segment, word, "ADJ", senses, position, size, context)


# --- ranking ---------------------------------------------------------------------------------


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


def _english_zipf() -> Callable[[str], float]:
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


def _phrase_zipf(sense: str) -> float:
    """`_english_zipf`'s estimate of an English sense (lower case, without placeholders) from
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
    if not word.lower().endswith(_COGNATE_ENDINGS.get(pos, ())):
        return senses
    forms = english_cognates(word, pos)
    if pos == "ADV":
        forms = [english_ly(form) for form in forms]
    cognates = {_spelling(form) for form in forms}
    if not cognates or _spelling(sense_key(senses[0])) in cognates:
        return senses
    plain = None
    if candidates:
        plain = {_spelling(key) for c in candidates if not c.marked and not c.specialist
                 for key in map(sense_key, c.senses) if key not in c.labelled}
    for i, sense in enumerate(senses):
        spelled = _spelling(sense_key(sense))
        if spelled in cognates and (plain is None or spelled in plain):
            # As for `english_cognate`: a twin rarer than _COGNATE_ZIPF is a word a learner
            # does not know either ("conceptional" for konzeptionell, beside "conceptual").
            zipf = (english_zipf(sense_key(sense)) if english_zipf is not None
                    else wordlists.zipf_frequency(sense_key(sense), "en"))
            if zipf < _COGNATE_ZIPF:
                return senses
            return [sense, *senses[:i], *senses[i + 1:]]
    return senses


def _vote(candidates: list[Candidate], attribute: str) -> str:
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
    gender = _vote(candidates, "gender")
    if gender and len(candidates) > 1:
        # Homographs differ in gender (der See "lake", die See "sea"): the gloss follows the
        # gender shown.
        candidates = [c for c in candidates if c.gender == gender]
    plural = _vote(candidates, "plural")
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
        key = _spelling(sense_key(sense)).replace(" ", "")
        if key not in seen:
            seen.add(key)
            chosen.append(sense)
        if len(chosen) == MAX_SENSES:
            break
    if not chosen:
        chosen = suffixes[:MAX_SENSES]  # …gebaut {adj} :: "-bodied": the line's only English
    if as_last_part:
        chosen = with_compound_sense(chosen, in_compounds or {}, as_last_part)
    if gender == "pl":
        # A plural-only noun (Belange, Leute): no der/die/das, and the word is its own plural.
        gender, plural = "", candidates[0].word
    return Entry(gloss="; ".join(chosen), gender=gender, plural=plural)


# --- the index -------------------------------------------------------------------------------


def _signature(source: Path) -> str:
    """What identifies the source's content for the cache: path, size, mtime, version."""
    stat = source.stat()
    return f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{INDEX_VERSION}"


def current_index_path() -> Path | None:
    """The index this install reads for the default dictionary; None without one."""
    try:
        source = find_source()
    except DictionaryError:
        return None
    return index_path(source) if source is not None else None


def index_path(source: Path) -> Path:
    """The index of `source` for this INDEX_VERSION and this code. Both are in the name so
    that two versions of learner sharing a cache folder (two virtualenvs; a benchmark running
    an older checkout beside this one) each keep their own index instead of rebuilding the
    other's at every run (~15 s of CPU each time); `learner cache clear` removes the ones no
    install reads."""
    digest = hashlib.sha256(str(source.resolve()).encode("utf-8")).hexdigest()[:16]
    code = index_code_fingerprint()
    return cache_dir() / f"ding-{digest}-v{INDEX_VERSION}-{code}.sqlite"


@cache
def index_code_fingerprint(root: Path = PACKAGE_ROOT,
                           names: tuple[str, ...] = _INDEX_CODE) -> str:
    """A hash of the files under `root` that decide the index's rows (`_INDEX_CODE`), from
    the digests `package_file_digests` reads once per process: the index was once keyed by
    INDEX_VERSION alone, and a rule merged without its bump left every existing cache
    reading rows the code no longer wrote."""
    digest = hashlib.blake2b(digest_size=6)
    for name, file_digest in package_file_digests(root):
        if any(name == top or name.startswith(top + os.sep) for top in names):
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + file_digest)
    return digest.hexdigest()


def _lookup_key(word: str) -> str:
    return word.casefold()


def _renders_head(english: str, sense: str) -> bool:
    """Whether a compound's English (lower case) renders its head by `sense`: as its last
    word ("drug consumption"), as the end of a word English writes closed, after at least
    _MIN_PART letters ("banknote", "fingertip"), or first, before "of", "to" or "for" ("tip
    of the tongue")."""
    return (english.endswith(" " + sense)
            or " " not in english and len(english) >= len(sense) + _MIN_PART
            and english.endswith(sense)
            or english.startswith(tuple(f"{sense} {word} " for word in _HEAD_FIRST)))


def _ending_in(reversed_keys: Sequence[str], key: str) -> tuple[int, int]:
    """The slice (first, last) of `reversed_keys` (keys spelt backwards, sorted) whose keys end
    in `key`: past the key itself (the word alone), up to the last key that starts with it
    spelt backwards."""
    end = key[::-1]
    first = bisect.bisect_right(reversed_keys, end)
    return first, bisect.bisect_left(reversed_keys, end + "\U0010ffff", first)


def read_candidates(lines: Iterable[str]) -> dict[tuple[str, str], list[Candidate]]:
    by_key: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for line in lines:
        for candidate in parse_line(line):
            by_key[(candidate.word, candidate.pos)].append(candidate)
    return by_key


# --- what Ding's compounds say about their parts -------------------------------------------

# A first part's English is learnt only from compounds whose English is "<modifier> <head>"
# with a modifier of one or two words ("state library", "federal office"); a longer one is a
# paraphrase, not a translation of the part.
_MODIFIER_WORDS = 2
# The words after which English names what a compound's head names first: "code of conduct",
# "willingness to talk", "request for asylum".
_HEAD_FIRST = frozenset({"of", "to", "for"})
_NOT_MODIFIER = frozenset({"of", "the", "a", "an", "to", "for", "and", "or", "in", "on"})
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
    for start in range(_MIN_PART, len(word) - _MIN_PART + 1):
        rest = word[start:]
        if rest in nouns and is_first_part(word[:start], words):
            return word[:start], rest
    return "", ""


def is_first_part(part: str, words: set[str]) -> bool:
    """Whether a (casefolded) compound's first part is a word: as written, before a linking
    element, or as a verb's stem."""
    if len(part) < _MIN_PART:
        return False
    if part in words or part + "en" in words or part + "n" in words:
        return True
    return any(part.endswith(s) and len(part) - len(s) >= _MIN_PART and part[: -len(s)] in words
               for s in LINKING)


# The German words wordfreq knows at least this often (Zipf) count as words for a compound's
# first part when Ding has no headword of their own (Internet-, Online-): Zipf 3 is about
# once in a million words, above the noise of fragments and typos.
_LEXICON_ZIPF = 3.0


def _german_words() -> set[str]:
    """German words wordfreq knows at Zipf _LEXICON_ZIPF or more, casefolded."""
    least = 10 ** (_LEXICON_ZIPF - 9)
    return {w for w, f in wordlists.frequency_dict("de").items() if f >= least}


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
        if pos != "NOUN" or len(word) < 2 * _MIN_PART + 1:
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
                            and not _NOT_MODIFIER.intersection(lowered[:-size])):
                        modifiers.add(" ".join(modifier))
                        heads.add(" ".join(lowered[-size:]))
                    break
            else:
                for size in (1, 2):
                    if (lowered[size:size + 1] and lowered[size] in _HEAD_FIRST
                            and " ".join(lowered[:size]) in rest_senses):
                        heads.add(" ".join(lowered[:size]))
                        break
        for modifier in modifiers:
            first[part][modifier] += 1
        for head_sense in heads:
            head[rest][head_sense] += 1
        gender = head_genders.get(rest)
        if gender is None:
            # The head's gender, or "" where it may follow a linking element instead
            # (see below): worked out once per head, which thousands of compounds share.
            gender = head_genders[rest] = "" if any(
                rest.startswith(link) and rest[len(link):] in nouns for link in LINKING) else (
                _vote([c for listed in nouns[rest] for c in listed], "gender") or "-")
        if gender != (_vote(candidates, "gender") or "-"):
            # A compound of the head's homograph of another gender (der Alkoholgehalt
            # "content", das Monatsgehalt "salary") says nothing of its sense; nor does one
            # that may split after a linking element instead (Aussicht-s-turm, not
            # Aussicht-sturm).
            continue
        if part not in part_words:
            part_words[part] = _noun_part_senses(part, nouns)
        for tail in _after_first_part(senses, part_words[part]):
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


def _part_nouns(part: str) -> list[str]:
    """The nouns a compound's first part may be, capitalized: as written, then before each
    linking element it ends in (Arbeit-s-, Bombe-n-), leaving at least _MIN_PART letters."""
    noun = part[:1].upper() + part[1:]
    return [noun, *(noun[: -len(s)] for s in LINKING
                    if noun.endswith(s) and len(noun) - len(s) >= _MIN_PART)]


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


def english_phrases(breadth: Iterable[str]) -> Iterator[tuple[str]]:
    """The English noun phrases Ding translates with (the keys of `translation_breadth`),
    one to ENGLISH_PHRASE_WORDS words, no verb ("to ..."): the collocations English uses,
    which say which reading of a compound's parts English has a word for
    (`Dictionary.attested_reading`)."""
    for sense in breadth:
        if sense.count(" ") < ENGLISH_PHRASE_WORDS and not sense.startswith("to "):
            yield (sense,)


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


def _entries(
    by_key: dict[tuple[str, str], list[Candidate]],
    in_compounds: Mapping[str, Mapping[str, int]],
    lexicon: CompoundLexicon | None = None,
    breadth: Mapping[str, int] | None = None,
    as_last_part: Mapping[str, Mapping[str, int]] | None = None,
    combining: Mapping[str, str] | None = None,
) -> Iterator[tuple[str, str, str, str, str, str]]:
    english_zipf = _english_zipf()
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
        yield (_lookup_key(word), pos, word, entry.gloss, entry.gender, entry.plural)
        for shown in {c.singular for c in candidates if c.singular}:
            # A singular Ding shows only inside a compound of its plural's line (die Eiche,
            # from "Eichen {pl} :: oaks; oak trees | Korkeiche {f}"), under its own class.
            plural = rank([c for c in candidates if c.singular == shown], english_zipf)
            gloss = "; ".join(dict.fromkeys(english_singular(g) for g in plural.gloss.split("; ")))
            yield (_lookup_key(shown), SINGULAR_OF_PLURAL, shown, gloss, "", word)


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
        yield (_lookup_key(form), COMBINING_FORM, form, gloss, "", "")


def _is_common_noun_phrase(sense: str) -> bool:
    """Whether an English sense names a thing, not one institution or place: it has a word in
    lower case beyond the function words ("world championship", "European championship";
    not "Federal Court of Justice", "Kazakhstan")."""
    return any(word[:1].islower() and word not in _NOT_MODIFIER for word in sense.split())


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
                      and not _is_specialist(tuple(_BRACKETS.findall(part)))):
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
            yield (_lookup_key(abbreviation), ABBREVIATION, abbreviation, min(found), "", "")
    for abbreviation in sorted(in_english):
        # Letters English writes, whatever German word they also shorten: kept as written
        # before a hyphen they are no German on the card (see `english_writes`).
        yield (_lookup_key(abbreviation), ENGLISH_ABBREVIATION, abbreviation, abbreviation,
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
            yield (_lookup_key(short), ABBREVIATION, short, senses.pop(), "", "")


def _contexts(
    by_key: dict[tuple[str, str], list[Candidate]],
) -> Iterator[tuple[str, str, str, str]]:
    """Rows (word, class, noun, sense): a line where the word is a headword and whose example
    phrases use the noun gives the sense its first English sense ("den Vorwurf zurückweisen"
    is in the line "to repudiate sth."). Only nouns Ding knows count: a phrase's first word
    is capitalised too ("Ich muss ...")."""
    frequencies = wordlists.frequency_dict("de")
    most = 10 ** (_FUNCTION_WORD_ZIPF - 9)
    nouns = {word.casefold() for word, pos in by_key if pos == "NOUN"}
    for (word, pos), candidates in by_key.items():
        for c in candidates:
            if c.context and not c.in_subentry:
                for noun in c.context & nouns:
                    if noun != word.casefold() and frequencies.get(noun, 0.0) < most:
                        yield _lookup_key(word), pos, noun_stem(noun), c.senses[0]


def _governed(
    by_key: dict[tuple[str, str], list[Candidate]],
) -> Iterator[tuple[str, str, str, str]]:
    """Rows (verb, class, preposition, sense): a verb line whose headwords take a
    prepositional object gives its senses for that preposition ("jdn./etw. belasten;
    beschweren (mit etw.)": "to burden sb./sth.")."""
    for (word, pos), candidates in by_key.items():
        for c in candidates:
            for preposition in c.governs:
                for sense in c.senses:
                    yield _lookup_key(word), pos, preposition, sense


# Subject fields whose label on a line decides a word's sense where the word's own sentences
# are in that field (`Dictionary.in_field`). Only [sport]: sport reuses everyday words for
# its own things (Satz "set", Ausgleich "equaliser", Partie "match", Aufschlag "serve"), and
# a sport sentence names them. Over the 600 gnad articles, [pol.], [econ.], [fin.], [jur.]
# and [art] moved as many first senses to a learned or narrower English for the worse
# (Kommissar "commissar", Anleihe "debenture", Staatenbund "league") as for the better.
TOPIC_FIELDS = ("sport",)


def subject_fields(
    by_key: dict[tuple[str, str], list[Candidate]], lines: Iterable[str],
) -> Iterator[tuple[str, str, str, str]]:
    """Rows (word, class, field, sense) of the `TOPIC_FIELDS`: each sense of a line whose
    headwords Ding labels with the field ("Ausgleichstreffer {m}; Ausgleich {m} (Ballsport)
    [sport] :: equalizing goal; equalizer"), and (word, class, field, "") for a word all of
    whose lines carry it (Elfmeter, Achtelfinale, Abseitsstellung): a word that names the
    field wherever it stands, so a sentence using it is about the field. A label on a
    sub-entry's compound or on the English side is no label of the headwords'."""
    for field in TOPIC_FIELDS:
        label = f"[{field}]"
        labelled: dict[Candidate, None] = {}
        for line in lines:
            german = line.partition(" :: ")[0]
            if label in split_top(german, " | ")[0]:
                for c in parse_line(line):
                    if not c.in_subentry:
                        labelled[c] = None
        words: dict[tuple[str, str], None] = {}
        for c in labelled:
            words[c.word, c.pos] = None
            for sense in c.senses:
                yield _lookup_key(c.word), c.pos, field, sense
        for word, pos in words:
            if all(c in labelled for c in by_key.get((word, pos), ())):
                yield _lookup_key(word), pos, field, ""


def verb_frames(
    by_key: dict[tuple[str, str], list[Candidate]],
) -> Iterator[tuple[str, str, str]]:
    """Rows (verb, frame, sense): each way Ding's lines write a verb, with or without "sich"
    and with or without an accusative beside it (`Candidate.frame`), with the line's senses
    ("sich durchschlagen": "to struggle along/on"; "durchschlagen {vi}": "to have an
    effect")."""
    for (word, pos), candidates in by_key.items():
        if pos == "VERB":
            for c in candidates:
                if c.frame:
                    for sense in c.senses:
                        yield _lookup_key(word), c.frame, sense


# A preposition fused with the article that follows it: "am" is "an dem", "zum" "zu dem".
_CONTRACTIONS = {"am": "an", "ans": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu",
                 "vom": "von", "beim": "bei", "aufs": "auf", "fürs": "für", "übers": "über",
                 "ums": "um", "durchs": "durch", "vors": "vor", "unters": "unter"}
# What ends a clause, as far as a verb's objects go: punctuation and quotation marks.
_CLAUSE_END = re.compile(r"[,;:()\[\]„“”\"«»–—.!?]")


# The reciprocal pronoun joined to a preposition (zueinander, miteinander, aufeinander): the
# preposition's complement, as "zu jdm." is.
_RECIPROCAL = re.compile(r"(\w+?)einander")


def noun_complement(sentence: str, highlights: Iterable[tuple[int, int]]) -> str:
    """The word after a noun in its sentence, lower case, where it may open the noun's
    prepositional complement ("einen Draht zueinander": "zu"; "Interesse am Film": "an"), ""
    where a punctuation mark or the sentence's end follows."""
    ends = [end for _, end in highlights]
    if not ends:
        return ""
    following = re.match(r"\s+([^\W\d_]+)", sentence[max(ends):])
    if following is None:
        return ""
    word = following.group(1).lower()
    reciprocal = _RECIPROCAL.fullmatch(word)
    if reciprocal and reciprocal.group(1) in _PREPOSITIONS:
        return reciprocal.group(1)
    return _CONTRACTIONS.get(word, word)


def verb_clause(sentence: str, highlights: Iterable[tuple[int, int]]) -> str:
    """The clause of a sentence that holds a verb, without the verb itself: from the
    punctuation before its first highlighted part to the punctuation after its last one
    (a separable verb's particle: "Wir bewegen uns auf einen Prozess zu" keeps "uns auf
    einen Prozess"). A highlighted particle is left out, as it is no preposition of an
    object ("zu" of zubewegen), and so is the "zu" of an infinitive. "" without
    highlights."""
    spans = sorted(highlights)
    if not spans:
        return ""
    start, end = spans[0][0], max(e for _, e in spans)
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = _CLAUSE_END.search(sentence, end)
    pieces, at = [], left
    for s, e in spans:
        # "zu" just before the verb marks its infinitive ("mit dieser Frage zu belasten").
        before = sentence[at:s].rstrip()
        pieces.append(before[:-3] if before.endswith(" zu") else before)
        at = e
    pieces.append(sentence[at:right.start() if right else len(sentence)])
    return " ".join(" ".join(pieces).split())


# German words this frequent (Zipf) are function words, capitalised only at the start of a
# sentence (ich 6.5, sie, das); Ding lists a few as nouns (das Ich "the ego"). The most
# frequent real nouns stay below (Jahr 5.7, Zeit 5.6).
_FUNCTION_WORD_ZIPF = 6.0


def noun_stem(noun: str) -> str:
    """A German noun with case and number endings and umlauts levelled, for matching a
    sentence's form with a dictionary's (Vorwürfe, Vorwurf -> vorwurf)."""
    plain = noun.casefold().replace("ä", "a").replace("ö", "o").replace("ü", "u")
    for ending in ("en", "er", "es", "e", "n", "s"):
        if plain.endswith(ending) and len(plain) - len(ending) >= _MIN_PART + 1:
            return plain[: -len(ending)]
    return plain


def build_index(source: Path, target: Path) -> None:
    """Write the ranked index of `source` to `target`, atomically.

    The index is written to a temporary file beside the target and renamed into place, so a
    run that is interrupted, or two runs at once, never leave a half-written index behind.
    """
    with gc_paused():
        write_atomically(target, lambda path: _write_index(source, path))


def _write_index(source: Path, path: str) -> None:
    db = sqlite3.connect(path)
    try:
        db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE entry (key TEXT, pos TEXT, word TEXT, gloss TEXT, gender TEXT,"
            " plural TEXT);"
            "CREATE TABLE plural (key TEXT, word TEXT);"
            "CREATE TABLE part (key TEXT, role TEXT, sense TEXT, count INTEGER);"
            "CREATE TABLE context (key TEXT, pos TEXT, noun TEXT, sense TEXT);"
            "CREATE TABLE governs (key TEXT, pos TEXT, preposition TEXT, sense TEXT);"
            "CREATE TABLE frame (key TEXT, frame TEXT, sense TEXT);"
            "CREATE TABLE field (key TEXT, pos TEXT, field TEXT, sense TEXT);"
            "CREATE TABLE english (sense TEXT PRIMARY KEY) WITHOUT ROWID;"
        )
        with open(source, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()  # 25 MB: read at once, and walked twice
        by_key = read_candidates(lines)
        abbreviated = [line for line in lines if " /" in line]
        combining = [line for line in lines if "…" in line]
        adjective_lines = [line for line in lines if "{adj}" in line or "{adv}" in line]
        short_form_lines = [line for line in lines if "} (" in line]
        phrase_lines = [line for line in lines if " :: " in line and _PHRASE_CLASS.search(
            line.partition(" :: ")[0].partition(" | ")[0])]
        labels = [f"[{field}]" for field in TOPIC_FIELDS]  # formatted once, not per line
        field_lines = [line for line in lines if any(label in line for label in labels)]
        idioms = list(noun_idioms(lines, verb_forms(lines)))
        del lines
        lexicon = compound_lexicon(by_key)
        parts = list(part_senses(by_key, lexicon))
        in_compounds: dict[str, dict[str, int]] = defaultdict(dict)
        as_last_part: dict[str, dict[str, int]] = defaultdict(dict)
        for part, role, sense, count in parts:
            if role == "head":
                in_compounds[part][sense.lower()] = count
            elif role == "last":
                as_last_part[part][sense.lower()] = count
        breadth = translation_breadth(by_key)
        combining_rows = list(combining_forms(combining))
        forms = {row[2].casefold(): row[3] for row in combining_rows}
        rows = (list(_entries(by_key, in_compounds, lexicon, breadth, as_last_part, forms))
                + list(abbreviations(abbreviated)) + combining_rows)
        # Ding's short words in parentheses, where no abbreviation row has the same letters.
        taken = {row[0] for row in rows if row[1] == ABBREVIATION}
        rows += [row for row in short_forms(short_form_lines, {w.casefold() for w, _ in by_key})
                 if row[0] not in taken]
        rows += list(unhyphenated_spellings(rows))
        rows += list(spellings_apart(adjective_lines))
        rows += list(phrase_ends(phrase_lines))
        rows += idioms
        # In key order: SQLite appends each to the table's B-tree, where in Ding's order it
        # inserts it in the middle (the same rows).
        db.executemany("INSERT INTO english VALUES (?)", sorted(english_phrases(breadth)))
        db.executemany("INSERT INTO context VALUES (?, ?, ?, ?)", _contexts(by_key))
        db.executemany("INSERT INTO governs VALUES (?, ?, ?, ?)", _governed(by_key))
        db.executemany("INSERT INTO frame VALUES (?, ?, ?)", verb_frames(by_key))
        db.executemany("INSERT INTO field VALUES (?, ?, ?, ?)",
                       subject_fields(by_key, field_lines))
        db.executemany("INSERT INTO part VALUES (?, ?, ?, ?)", parts)
        db.executemany("INSERT INTO part VALUES (?, ?, ?, ?)", sense_genders(by_key))
        db.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.executemany(
            "INSERT INTO plural VALUES (?, ?)",
            [(_lookup_key(r[5]), r[2]) for r in rows if r[1] == "NOUN" and r[5]],
        )
        db.executescript(
            "CREATE INDEX entry_key ON entry (key, pos);"
            "CREATE INDEX plural_key ON plural (key);"
            "CREATE INDEX part_key ON part (key, role);"
            "CREATE INDEX context_key ON context (key, pos);"
            "CREATE INDEX governs_key ON governs (key, pos);"
            "CREATE INDEX frame_key ON frame (key);"
            "CREATE INDEX field_key ON field (key, pos);"
        )
        db.execute("INSERT INTO meta VALUES ('source', ?)", (_signature(source),))
        db.commit()
    finally:
        db.close()


# The class under which the index keeps Ding's hyphenated nouns and adjectives by their
# letters without hyphens ("ubahnlinie" for U-Bahn-Linie): see `unhyphenated_spellings`.
SPELLING = "SPELL"


def unhyphenated_spellings(rows: Iterable[tuple[str, str, str, str, str, str]]
                           ) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Ding's hyphenated noun and adjective headwords again under their letters without
    hyphens, class `SPELLING`, the word alone (its entry is read under its own key): German
    writes a compound with or without a hyphen at will (Callcenter, Call-Center; U-Bahn-Linie,
    U-Bahnlinie), and Ding lists one spelling. A headword without hyphens is found under its
    own key already. Looked up as `Dictionary.respelled_entry`."""
    for _key, pos, word, gloss, _gender, _plural in rows:
        if pos in ("NOUN", "ADJ") and gloss and "-" in word:
            yield (_lookup_key(word.replace("-", "")), SPELLING, word, pos, "", "")


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
    as `Dictionary.apart_entry`, where Ding has no entry for the word as written."""
    for line in lines:
        german, separator, english = line.strip().partition(" :: ")
        first = split_top(german, " | ")[0] if separator else ""
        if not first.endswith(("{adj}", "{adv}")):
            continue
        senses = _senses(split_top(english, " | ")[0])
        for synonym in split_top(first, ";"):
            words = strip_groups(synonym)
            if senses and _TWO_SMALL_WORDS.fullmatch(words):
                joined = words.replace(" ", "")
                yield (_lookup_key(joined), APART, words, "; ".join(senses[:MAX_SENSES]),
                       "", "")


# The class under which the index keeps a small word Ding lists only as the last word of a
# phrase headword ("noch nie dagewesen", "von vornherein", "eine Summe für etw.
# hinblättern"), the word's class (VERB or ADJ) in the gender column: see `phrase_ends`.
PHRASE_END = "PEND"
# A line's first sub-entry ends in the class of a verb, an adjective or an adverb.
_PHRASE_CLASS = re.compile(r"\{(?:v|vt|vi|vr|adj|adv)\}(?: \[[^\]]*\])*$")


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
    Looked up as `Dictionary.phrase_end_entry`, only for a word with no entry of its own."""
    for line in lines:
        german, _, english = line.strip().partition(" :: ")
        first = split_top(german, " | ")[0]
        line_class = "VERB" if "{v" in first else "ADJ"
        senses = _senses(split_top(english, " | ")[0])
        for synonym in split_top(first, ";"):
            text = _without_groups(synonym, " ") if _grouped(synonym) else synonym
            tokens = [t for t in text.split() if not _is_object_marker(t)]
            last = tokens[-1] if tokens else ""
            if (len(tokens) < 2 or len(last) < _MIN_PART + 2 or not last.isalpha()
                    or not (last.islower() or last[1:].islower()) or not senses
                    or any(last.lower() in sense.lower().split() for sense in senses)):
                continue
            phrase = " ".join(text.split())
            gloss = _phrase_once("; ".join(f"({phrase}) {sense}"
                                           for sense in senses[:MAX_SENSES]))
            # A capitalized last word is a noun in the phrase ("ohne Umschweife"), whatever
            # the line's class.
            word_class = line_class if last.islower() else "NOUN"
            yield (_lookup_key(last), PHRASE_END, phrase, gloss, word_class, "")


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
    r"\b(?=[" + "".join(sorted({word[0] for word in _FUSED | _PREPOSITIONS | _ARTICLES}))
    + r"])(?:(?:" + "|".join(sorted(_FUSED | _PREPOSITIONS)) + r")(?: (?:"
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
                      if not _is_object_marker(t) and t not in _PERSONS]
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
    sein"), where the noun keeps its sense. Read by `Dictionary._noun_idiom_sense`."""
    for line in lines:
        german, _, english = line.strip().partition(" :: ")
        if not _NOUN_AFTER_PREPOSITION.search(german):
            continue
        columns = split_top(german, " | ")
        englishes = split_top(english, " | ")
        for column, translated in zip(columns, englishes, strict=False):
            if not _NOUN_AFTER_PREPOSITION.search(column):
                continue
            senses = _senses(translated)
            if not senses:
                continue
            for synonym in split_top(column, ";"):
                plain = strip_groups(synonym)
                phrase = " ".join(plain.split())
                adverbial = _adverbial_idiom(phrase)
                if adverbial:
                    # No verb: the phrase itself stands in the sentence, whole.
                    yield (_lookup_key(adverbial), NOUN_IDIOM, phrase.lower(),
                           f"({phrase}) {senses[0]}", "", "")
                    continue
                # A placeholder stays in place (as "") so that "für etw. Sorge tragen" does
                # not read as "für Sorge".
                placed = ["" if _is_object_marker(t) else t for t in plain.split() if t != "/"]
                tokens = [t for t in placed if t]
                if not 3 <= len(tokens) <= 5:
                    continue
                verb = tokens[-1]
                if (not verb.isalpha() or not verb.islower() or not verb.endswith("n")
                        or verb in _COPULAS or verb in _ARTICLES):
                    continue
                for j in range(1, len(placed) - 1):
                    noun = placed[j]
                    if not noun[:1].isupper() or not noun.isalpha():
                        continue
                    before = placed[j - 1].lower()
                    if before in _FUSED or before in _PREPOSITIONS:
                        # "ins Korn", and a bare noun: "in Abrede stellen", "auf
                        # Hochtouren arbeiten".
                        start = j - 1
                    elif before in _ARTICLES and j >= 2 and placed[j - 2].lower() in (
                            _PREPOSITIONS):
                        start = j - 2
                    else:
                        continue
                    others = [t for t in placed[:start] if t[:1].isupper()]
                    yield (_lookup_key(noun), NOUN_IDIOM,
                           " ".join(placed[start:j + 1]).lower(),
                           f"({phrase}) {senses[0]}",
                           " ".join(sorted(forms.get(verb, set()) | {verb})),
                           " ".join(others))
                    break


# English words that say nothing of a sense: "from" in "learning sth. from sb." does not
# make "(dem Vernehmen nach) from what we hear" a collocation of the card's sense.
_ENGLISH_FUNCTION_WORDS = frozenset({"from", "with", "into", "onto", "over", "upon", "that",
                                     "this", "what", "your", "their", "them", "than", "about",
                                     "sth.", "sb.", "sb.’s", "sth.’s", "sb.'s"})


# After an adverbial idiom, no genitive or "von" that makes its noun a literal one's head:
# "am Rand" is "peripheral", "am Rand der Stadt" the edge of the town.
_NO_COMPLEMENT = r"(?! (?:der|des|eines|einer|von|vom)\b)"


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
    if before in ([p] for p in _PREPOSITIONS | _FUSED) or (
            len(before) == 2 and before[0] in _PREPOSITIONS and before[1] in _ARTICLES):
        return tokens[i]
    return ""


def _class_of(word: str) -> str:
    """A noun or an adjective by its first letter, as German writes them."""
    return "NOUN" if word[:1].isupper() else "ADJ"


def _index_is_current(index: Path, source: Path) -> bool:
    if not index.is_file():
        return False
    try:
        db = sqlite3.connect(read_only_uri(index), uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'source'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == _signature(source)


def find_source(path: str | Path | None = None) -> Path | None:
    """The Ding file to use: `path`, else $LEARNER_DICTIONARY, else Debian's; None if none.

    A path the user named that does not exist is an error; a missing default is not.
    """
    named = path if path is not None else os.environ.get(SOURCE_VARIABLE) or None
    if named is not None:
        source = Path(named)
        if not source.is_file():
            where = "--dictionary" if path is not None else f"${SOURCE_VARIABLE}"
            raise DictionaryError(f"{where} {source}: no such dictionary file")
        return source
    return DEFAULT_SOURCE if DEFAULT_SOURCE.is_file() else None


# --- look-up ---------------------------------------------------------------------------------


def _is_nominalised_participle(noun: str) -> bool:
    """Der/die Einreisende, Vorsitzende: a present participle used as a noun."""
    return noun.endswith("ende") and len(noun) > 6


# A final part shorter than three letters is a suffix more often than a word ("-ei", "-in").
_MIN_PART = 3
# The fewest letters of a last part read through its German definition alone
# (`Dictionary._defined_head_entry`): shorter ones are as often a word's ending (Wahl|sprengel
# has -engel, -gel).
_MIN_HEAD = 6

# Prefixes German took from Latin and Greek that English writes and uses alike, before a noun
# ("Ex-Präsidentin", an ex-president) or an adjective ("ultrakalt", ultra-cold). German makes
# such words freely, so Ding lists few of them; the prefix's English is itself (quasi-, as
# in "quasi-mystisch", quasi-mystical, a quasi-monopoly). Ex- makes nouns only, read only
# before a hyphen: "Export" is no ex-port.
SHARED_PREFIXES = ("anti", "pro", "pseudo", "quasi", "super", "ultra")
# Latin and Greek prefixes German and English both put before learned nouns, with their
# English spelling (Ko- is co-, Prä- is pre-): a noun Ding lacks made of one and a noun it has
# means what English writes the same way (Deradikalisierung, de-radicalization). Not Post-:
# German Post is the mail (Postfiliale is a post office, not a "post-branch").
LEARNED_PREFIXES = (("anti", "anti"), ("de", "de"), ("ko", "co"), ("co", "co"),
                    ("inter", "inter"), ("neo", "neo"), ("prä", "pre"),
                    ("pseudo", "pseudo"), ("re", "re"), ("super", "super"), ("ultra", "ultra"))
HYPHENED_PREFIXES = (*SHARED_PREFIXES, "ex")


class Dictionary:
    """Ding's German-English list, read through the ranked index."""

    def __init__(self, index: Path, source: Path) -> None:
        self.index = index
        self.source = source
        self._db = sqlite3.connect(read_only_uri(index), uri=True)
        # Ding's adjectives ending in a word, by the word's key (`_head_sense`,
        # `_suffix_sense`), asked again for every compound with that last part.
        self._adjectives_ending: dict[str, list[str]] = {}
        # Ding's adjectives (20,000), keys reversed and sorted, with their glosses in lower
        # case, read once when first asked for: a key's end is then a prefix of the reversed
        # keys, found by bisection. A LIKE '%key' query scans the whole entry table each time
        # (12 ms); the 600 gnad articles asked it for 600 different last parts, 7.6 s.
        self._adjectives_reversed: tuple[list[str], list[str]] | None = None
        # Ding's noun rows (189,000), keys reversed and sorted, and those of the rows that
        # give a plural, read once when first asked for (`_reversed_nouns`): ~0.45 s to read,
        # sort and pack, where a LIKE '%head' query scanned the table each time, 12-20 ms,
        # asked for ~220 heads over the 600 gnad articles (3-4 s in the parent).
        self._nouns_reversed: tuple[nouns.PackedStrings, nouns.PackedStrings] | None = None
        self._ending_scans = 0  # heads `_noun_rows_ending_in` found by a table scan so far
        # `_common_compound_senses` by last part and senses: asked again for each hint with
        # that head, and each time reading every compound ending in it.
        self._common_compounds: dict[tuple[str, tuple[str, ...]], tuple[list[int], int]] = {}
        # `compound_head` by noun: a noun's head is asked for its gender, its plural, its
        # counted family and its IPA, each trying every seam against the lexicons.
        self._compound_heads: dict[str, tuple[str, Noun] | None] = {}
        # `_suffix_sense` by last part: every adjective compound Ding lacks asks it of each of
        # its ends, and the same suffixes (-los, -frei) end many of them, each time splitting
        # the glosses of hundreds of adjectives (570 questions of 600 gnad articles).
        self._suffix_senses: dict[str, str] = {}
        # `head_frame` by last part, asked again for each adjective compound ending in it.
        self._head_frames: dict[str, tuple[str, str] | None] = {}
        # Ding's row for a word and part of speech (`_row`), as found. Compound hints try
        # every split of every compound, and the same parts recur across a corpus's
        # compounds: over 150 gnad articles, 27,000 questions of 15,000 words.
        self._rows: dict[tuple[str, str], tuple[str, str, str, str] | None] = {}
        # The rows of the other questions asked of the index (`_fetch`), by query and
        # parameters: a compound's parts are asked about again for each compound they open or
        # end (whether Ding knows the part, how its compounds translate it).
        self._fetched: dict[tuple[str, tuple], list[tuple]] = {}
        # The words that name a subject field (`_field_words`), by field, read once.
        self._field_names: dict[str, frozenset[tuple[str, str]]] = {}

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        on_build: Callable[[Path], None] | None = None,
    ) -> Dictionary | None:
        """The dictionary at `path` (or found as `find_source` says), its index built first
        if it is missing or older than the source; None when there is no dictionary."""
        source = find_source(path)
        if source is None:
            return None
        index = index_path(source)
        if not _index_is_current(index, source):
            if on_build:
                on_build(source)
            try:
                build_index(source, index)
            except OSError as exc:
                raise DictionaryError(
                    f"{index.parent}: cannot write the dictionary index "
                    f"({exc.strerror or exc})"
                ) from None
        return cls(index, source)

    def close(self) -> None:
        self._db.close()

    def _row(self, word: str, pos: str) -> tuple[str, str, str, str] | None:
        try:
            return self._rows[word, pos]
        except KeyError:
            pass
        rows = self._db.execute(
            "SELECT word, gloss, gender, plural FROM entry WHERE key = ? AND pos = ?",
            (_lookup_key(word), pos),
        ).fetchall()
        # Exact spelling first ("US" before "Us"), then the richer entry.
        found = max(rows, key=lambda r: (r[0] == word, len(r[1]))) if rows else None
        self._rows[word, pos] = found
        return found

    def _fetch(self, sql: str, parameters: tuple) -> list[tuple]:
        """The rows of a query of the index, which is read-only: asked once per process.
        Callers must not change the list."""
        try:
            return self._fetched[sql, parameters]
        except KeyError:
            rows = self._fetched[sql, parameters] = self._db.execute(sql, parameters).fetchall()
            return rows

    def entry(self, word: str, pos: str) -> Entry | None:
        """Ding's own entry for the word, or None."""
        row = self._row(word, pos)
        return Entry(gloss=row[1], gender=row[2], plural=row[3]) if row else None

    def lookup(self, lemma: str, pos: str) -> Entry:
        """Gloss, gender and plural of a lemma with a part of speech (EMPTY if unknown).

        German uses most adjectives as adverbs unchanged ("erfolglos"), and taggers disagree
        on which one a word is: when one class is missing the other is tried. A noun Ding
        lacks is read as a compound (see `compound_entry`). A noun's gender and plural are
        Wiktionary's where it knows the word (see `noun_forms`); a word Ding has no English
        gloss for gets Wiktionary's German definition, marked `german`.
        """
        found = self.entry(lemma, pos)
        if found is not None and pos == "NOUN":
            found = self.taxon_diminutive(lemma, found) or found
        if found is None and pos in ("ADJ", "ADV"):
            found = self.entry(lemma, "ADV" if pos == "ADJ" else "ADJ")
        if found is None and pos == "ADJ" and lemma.endswith("t"):
            # An adjective German uses only declined, a superlative or ordinal compound
            # (zweitbeste, vorletzte), Ding lists by its declined forms ("zweitbeste;
            # zweitbester; zweitbestes {adj}"); the tagger's lemma has no ending (zweitbest).
            found = self.entry(lemma + "e", "ADJ")
        if found is None and pos in ("ADJ", "ADV"):
            # A participle used as an adjective, glossed as Ding's verb line translates it
            # ("inhaftiert": taken into custody).
            found = self.entry(lemma, PARTICIPLE)
        if found is None and pos in ("ADJ", "ADV") and lemma.endswith(("end", "ernd", "elnd")):
            # Verbs in -ern and -eln make their participle without an -e- (zwinkernd, lächelnd).
            found = self.participle_entry(lemma)
        if found is None and pos in ("ADJ", "ADV") and lemma.islower():
            # A word German uses only with a support verb, as Ding gives it: "ausfindig"
            # "(ausfindig machen) to locate sb.".
            found = self.entry(lemma, SUPPORT_PHRASE)
            if found is not None:
                found = replace(found, gloss=_phrase_once(found.gloss))
        if found is None and pos in ("NOUN", "ADJ"):
            found = self.respelled_entry(lemma, pos)
        if found is None and pos in ("ADJ", "ADV"):
            found = self.syncopated_entry(lemma)
        if found is None and pos in ("ADJ", "ADV"):
            found = self.apart_entry(lemma)
        if found is None and pos in ("ADJ", "ADV", "VERB") and not definitions.definition(lemma):
            # Only where German Wiktionary does not define the word: Ding's phrase is often
            # one narrow use of a word that has others ("das Land bebauen" to farm the land;
            # bebauen is to build on), which Wiktionary's definition names.
            found = self.phrase_end_entry(lemma, pos)
        if found is None and pos == "NOUN" and lemma.isupper():
            found = self.entry(lemma, ABBREVIATION)  # BIP: "GDP; gross domestic product"
        if found is None and pos == "NOUN" and lemma.endswith("e"):
            found = self.adjective_noun_entry(lemma)
        if found is None and pos == "NOUN":
            found = self.derived_noun_entry(lemma)
        if found is None and pos == "NOUN":
            found = self.compound_entry(lemma)
            if (found is not None and found.gloss and lemma.endswith("er")
                    and not found.gloss.rpartition(" + ")[2][:1].isupper()):
                # A word in -er of a place's name (der Salzburger) is the place's, whatever
                # nouns its letters also spell: read as a compound, Salz|burger splits the
                # name (`place_entry`). A head English writes capitalized is a place's word
                # already (Nieder|österreicher "Lower + Austrian").
                place = place_entry(lemma)
                if place is not None:
                    found = replace(found, gloss=place.gloss)
            adjective = self.entry(lemma.lower(), "ADJ") if lemma[1:].islower() else None
            if (found is not None and found.approximate and " + " in found.gloss
                    and adjective is not None and adjective.gloss):
                # A word Ding lists whole as an adjective, tagged a noun (capitalized at a
                # sentence's start, or the tagger's lemma of a nominalised form without its
                # ending: Abertausende, a Stinkreicher), is that adjective, not its parts:
                # Ding's "abertausend :: thousands upon thousands of", not "≈ but +
                # thousand"; "achtfach :: eightfold", not "eight + compartment".
                found = replace(found, gloss=adjective.gloss)
            if found is not None and doubtful_hint(found.gloss):
                # Where Ding's compounds read a part in several senses, or a part is kept as
                # written, German Wiktionary's definition of the compound itself says which
                # one it means: Übersee "≈ excess + lake; excess + sea" is "Länder oder
                # Gebiete jenseits eines Ozeans". It comes after the English readings, which
                # are right more often than not (Immobilienpreis "≈ real estate + price;
                # property + price"), in place of the last.
                defined = definitions.definition(lemma)
                if defined:
                    readings = found.gloss.split("; ")[: MAX_SENSES - 1]
                    found = replace(found, gloss="; ".join(readings), definition=defined)
        if pos == "NOUN" and (found is None or found.approximate or not found.gloss):
            # An English loanword Ding lacks (Framework, Hipster, Playoff) is its English
            # word, before any reading of it as a German compound (Hip|ster).
            loanword = english_loanword(lemma)
            if loanword and not german_lexicons_list(lemma):
                # An English word that no German lexicon lists as a noun (Wiktionary,
                # Wikidata's lexemes, Wiktionary's definitions) is English where the text
                # has it: a title, a product or a term quoted (Notification, Username). Its
                # gloss would only repeat it, and no reading of its parts as German is right.
                return EMPTY
            if loanword:
                found = replace(found or EMPTY, gloss=loanword, approximate=True)
        if found is None and pos in ("ADJ", "ADV"):
            found = self.derived_adjective_entry(lemma)
        if found is None and pos == "VERB":
            found = self.colloquial_verb_entry(lemma)
        if found is None and pos == "VERB":
            # Only where German Wiktionary does not define the verb: a spatial particle may
            # still make a word of its own (herunterladen is to download, not "to load down").
            found = (self.spatial_particle_verb_entry(lemma) or self.shared_verb_entry(lemma)
                     if not definitions.definition(lemma) else None)
        if pos == "NOUN" and (found is None or not found.gloss or found.approximate):
            found = self.adjectival_noun_entry(lemma, found)
        if (found is None or not found.gloss) and not definitions.definition(lemma):
            # Hints from the word's form, where Wiktionary has no definition of the word
            # itself (übersät is defined; verwebt, a verb form the tagger left, is not).
            hint = self.form_hint(lemma, pos)
            if hint is not None:
                found = replace(found or EMPTY, gloss=hint.gloss, german=hint.german,
                                approximate=hint.approximate)
        if pos == "NOUN" and (found is None or not found.gloss):
            # An English head Ding lacks (Fitness|tracker), where nothing else glosses the
            # word: the parts' reading above ("video + player") names the parts as well.
            found = (self.loanword_head_entry(lemma) or self.defined_verb_noun_entry(lemma)
                     or self.unit_symbol_entry(lemma) or found)
        if pos == "NOUN" and (found is None or not found.gloss):
            # A last part only Wiktionary defines (Umwelt|landesrat), where nothing else
            # glosses the word.
            found = self._defined_head_entry(lemma) or found
        if pos == "NOUN" and (found is None or not found.gloss):
            loanword = listed_loanword(lemma)
            if loanword:
                found = replace(found or EMPTY, gloss=loanword, approximate=True)
        if pos == "NOUN" and (found is None or not found.gloss) \
                and not definitions.definition(lemma):
            # A noun German uses in one phrase, as Ding lists it ("ohne Umschweife").
            phrase = self.phrase_end_entry(lemma, pos)
            if phrase is not None:
                found = replace(found or EMPTY, gloss=phrase.gloss, approximate=False)
        if pos == "NOUN":
            found = with_noun_forms(lemma, found, self)
        found = with_german_definition(lemma, pos, found) or EMPTY
        defined = self.infinitive_definition(lemma) if pos == "NOUN" and not found.gloss else ""
        if defined:
            # A verb's infinitive as a noun is neuter and has no plural (das Hantieren),
            # whatever head a reading as a compound found (Schlen|dern), unless Wiktionary
            # lists the noun itself.
            if not nouns.entries(lemma):
                found = replace(found, gender="n", plural="", rare_plural="")
            found = replace(found, gloss=defined, german=True)
        if pos == "VERB":
            frames = self.frames(lemma)
            if frames:
                found = replace(found, frames=frames)
        return found

    def respelled_entry(self, word: str, pos: str) -> Entry | None:
        """Ding's gloss of the word written with or without the hyphens it has, where Ding
        lists it so and not as written (Call-Center: Callcenter "call centre"; U-Bahnlinie:
        U-Bahn-Linie "underground line"): the same word, whose own senses say more than a
        reading of its parts ("call + center"). Of the same class, capitalized as written (a
        noun's letters are no adjective's); its gender and plural are read off the word as
        written (`with_noun_forms`), so only the gloss is taken."""
        key = _lookup_key(word.replace("-", ""))
        # Ding's spellings without hyphens under their own key; its hyphenated ones under
        # SPELLING, with their class in the gloss column.
        others = [other for other, in self._fetch(
            "SELECT word FROM entry WHERE key = ? AND pos = ?", (key, pos))]
        others += [other for other, cls in self._fetch(
            "SELECT word, gloss FROM entry WHERE key = ? AND pos = ?", (key, SPELLING))
            if cls == pos]
        for other in others:
            if other != word and other[:1] == word[:1] and _class_of(other) == pos:
                found = self.entry(other, pos)
                if found is not None and found.gloss:
                    return Entry(gloss=found.gloss)
        return None

    def apart_entry(self, word: str) -> Entry | None:
        """Ding's gloss of an adjective or adverb it writes as two words, for the word
        written as one (buntgemischt: "bunt gemischt" "motley"; see `spellings_apart`):
        the same word. Of several lines, Ding's first."""
        rows = self._fetch("SELECT gloss FROM entry WHERE key = ? AND pos = ?",
                           (_lookup_key(word), APART))
        return Entry(gloss=rows[0][0]) if rows else None

    def phrase_end_entry(self, word: str, pos: str) -> Entry | None:
        """The senses of the phrase Ding lists a word in, as its last word, where it lists
        the word nowhere else (see `phrase_ends`): "(noch nie dagewesen) unprecedented".
        Of the same class, a verb's, a noun's or an adjective's (an adverb's alike); of
        several phrases, Ding's first."""
        word_class = pos if pos in ("VERB", "NOUN") else "ADJ"
        rows = [gloss for gloss, cls in self._fetch(
            "SELECT gloss, gender FROM entry WHERE key = ? AND pos = ?",
            (_lookup_key(word), PHRASE_END)) if cls == word_class]
        return Entry(gloss=rows[0]) if rows else None

    def syncopated_entry(self, adjective: str) -> Entry | None:
        """Ding's adjective written with the unstressed e before -rig or -lig that the word
        drops, or without the one it has (bettlägrig: bettlägerig "bedridden"; schwindelig,
        schwindlig): German writes both, and Ding lists one. The same word: Ding's gloss."""
        for ending in ("rig", "lig"):
            if adjective.endswith("e" + ending):
                variant = adjective[: -len(ending) - 1] + ending
            elif adjective.endswith(ending) and len(adjective) > len(ending) + 3:
                variant = adjective[: -len(ending)] + "e" + ending
            else:
                continue
            found = self.entry(variant, "ADJ")
            if found is not None and found.gloss:
                return Entry(gloss=found.gloss)
        return None

    def infinitive_definition(self, noun: str) -> str:
        """German Wiktionary's definition of the verb a noun is the infinitive of (das
        Hantieren: "geschäftig (mit den Händen) mit einer Sache umgehen"), "" if none. German
        makes a noun of any verb's infinitive, meaning the action (das Bejagen is the hunting
        of game), and Wiktionary defines few of them: the verb's definition is what the noun
        means, as Ding's verb in -ing form is for the nominalised infinitives of the verbs it
        has (`derived_noun_entry`). Only a capitalized word in -en whose verb wordfreq knows
        in its third person (hantiert), and which Ding has as no adjective or adverb:
        Wiktionary's lower-case headwords are adjectives too (offen, eigen), and wordfreq has
        stray words spelt as their third person ("offt"). Not the infinitives in -ern and
        -eln (das Tüfteln), which the judges call wrong forms as often as good (docs/
        dictionary.md), and which are as often a dative plural (den Stöpseln)."""
        if not noun[:1].isupper() or "-" in noun or not noun.endswith("en"):
            return ""
        verb = noun.lower()
        if (wordlists.zipf_frequency(verb[:-2] + "t", "de") <= 0 or self.entry(verb, "ADJ")
                or self.entry(verb, "ADV")):
            return ""
        return definitions.definition(verb)

    def frames(self, verb: str) -> str:
        """The frames Ding's lines give a verb (`Entry.frames`), "" where it has none."""
        return " ".join(sorted({f for f, _ in self._frame_rows(verb)}))

    def _frame_rows(self, verb: str) -> list[tuple[str, str]]:
        return self._fetch("SELECT frame, sense FROM frame WHERE key = ?",
                           (_lookup_key(verb),))

    def in_frame(self, entry: Entry, word: Word) -> Entry:
        """A verb's entry with the senses of its card's frame first: a card headed "sich X"
        shows first what Ding's "sich X" lines say ("sich durchschlagen": to struggle along,
        not durchschlagen's "to have an effect"), one headed "X" what its lines without
        "sich" say. Only senses on the card move, in their order; a sense that both kinds of
        line give stays where it is. A word with no verb use counted (only participles before
        nouns) shows no frame."""
        if (word.pos != "VERB" or not word.verb_uses or not entry.gloss or entry.approximate
                or not entry.frames):
            return entry
        wanted = {"sich", "dative"} if is_reflexive(word, entry) else {"plain"}
        fits: dict[str, set[bool]] = defaultdict(set)
        for frame, sense in self._frame_rows(word.lemma):
            fits[sense].add(frame in wanted)
        shown = entry.gloss.split("; ")
        first = [s for s in shown if fits.get(s) == {True}]
        if not first or shown[0] in first or fits.get(shown[0]) != {False}:
            return entry
        return replace(entry, gloss="; ".join(first + [s for s in shown if s not in first]))

    def in_field(self, entry: Entry, word: Word, fields: Mapping[str, str]) -> Entry:
        """A word's entry with the sense of its articles' subject field first
        (`article_fields`): where more than half of the articles the word stands in are about
        a field of `TOPIC_FIELDS` and one of the word's own Ding lines carries its label,
        "den Ausgleich erzielen" in a match report is Ding's "Ausgleich {m} (Ballsport)
        [sport] :: equalizer", "traf die Stange" its "goalpost". A sense the card shows moves
        first, else the labelled line's first sense comes in first, where English uses it
        (`FIELD_SENSE_ZIPF`): Ding's fencing "Wiederholung [sport] :: redoublement" is no
        English a learner knows, and a repetition in a football report is a repetition."""
        if (not entry.gloss or entry.german
                or word.pos not in ("NOUN", "VERB", "ADJ")):
            return entry
        field = word_field(word, fields)
        if not field:
            return entry
        if entry.approximate:
            return self._field_hint(entry, word, field)
        senses = [sense for f, sense in self._fetch(
            "SELECT field, sense FROM field WHERE key = ? AND pos = ?",
            (_lookup_key(word.lemma), word.pos)) if f == field and sense]
        shown = entry.gloss.split("; ")
        if not senses or shown[0] in senses:
            return entry
        best = next((s for s in shown if s in senses), senses[0])
        if best not in shown and _phrase_zipf(sense_key(best)) < FIELD_SENSE_ZIPF:
            return entry
        return replace(entry, gloss="; ".join(
            ([best] + [s for s in shown if s != best])[:MAX_SENSES]))

    def _field_hint(self, entry: Entry, word: Word, field: str) -> Entry:
        """A compound hint in an article of the field with a part's field sense where its
        English is the commoner word: a Handball-Schiedsrichter in a match report is
        "handball + referee", Ding's [sport] line's, not "handball + arbitrator", where the
        hint took the part's plain line. Only where English uses the field's word more than
        the plain one (wordfreq): sport gives an everyday thing an everyday English name
        (referee, goal, deficit), while a field line that says something rarer than the
        plain sense is a narrower use the compound seldom means (a gymnast's "roll" for
        Favoritenrolle's role, "whipping" for Finalniederlage's defeat, "time-out" for a
        Pause)."""
        if word.pos != "NOUN" or " + " not in entry.gloss:
            return entry
        lemma = word.lemma
        pieces = lemma.split("-") if "-" in lemma else [
            p for start in range(_MIN_PART, len(lemma) - _MIN_PART + 1)
            for p in (lemma[:start], lemma[start:])]
        swap: dict[str, str] = {}
        for piece in dict.fromkeys(pieces):
            for noun in _part_nouns(piece):
                found = self.entry(noun, "NOUN")
                if found is None or not found.gloss or found.approximate:
                    continue
                sport = [sense for f, sense in self._fetch(
                    "SELECT field, sense FROM field WHERE key = ? AND pos = 'NOUN'",
                    (_lookup_key(noun),)) if f == field and sense]
                if not sport:
                    continue
                best = sport[0]  # the labelled line's first sense, as `in_field` takes it
                for plain in found.gloss.split("; "):
                    # "results" for "result" is the same thing; "shot" (the shot put's) is
                    # commoner English than "ball", but not clearly so.
                    if (plain not in sport and english_singular(best) != plain
                            and _phrase_zipf(sense_key(best))
                            >= _phrase_zipf(sense_key(plain)) + FIELD_PART_ZIPF_MARGIN):
                        swap.setdefault(plain.lower(), best)
        if not swap:
            return entry
        readings = [" + ".join(swap.get(part.lower(), part) for part in reading.split(" + "))
                    for reading in entry.gloss.split("; ")]
        gloss = "; ".join(dict.fromkeys(readings))
        return entry if gloss == entry.gloss else replace(entry, gloss=gloss)

    def _field_words(self, field: str) -> frozenset[tuple[str, str]]:
        """The (key, class) of the words all of whose Ding lines carry the field's label."""
        found = self._field_names.get(field)
        if found is None:
            found = self._field_names[field] = frozenset(self._db.execute(
                "SELECT key, pos FROM field WHERE field = ? AND sense = ''", (field,)))
        return found

    def form_hint(self, lemma: str, pos: str) -> Entry | None:
        """A gloss read off the form of a word neither Ding nor Wiktionary defines:

        - a word in -er of a place (Innsbrucker: `place_entry`);
        - a verb form the tagger left as a lemma (verwebt: `verb_form_entry`);
        - a word with a learned suffix English shares (budgetär "≈ budgetary":
          `english_cognate`);
        - a compound whose last part is an English loanword Wiktionary has as a German noun
          (Großevent "≈ large + event"), unless Wiktionary lists the word as a name.
        """
        if lemma.endswith("er") and lemma[:1].isupper():
            found = place_entry(lemma)
            if found is not None:
                return found
        if pos in ("VERB", "ADJ", "ADV"):
            found = self.verb_form_entry(lemma)
            if found is not None or pos == "VERB":
                return found
        learned = english_cognate(lemma, pos)
        if learned:
            return Entry(gloss=learned, approximate=True)
        if pos == "NOUN" and "-" not in lemma and not any(n.is_name
                                                         for n in nouns.entries(lemma)):
            composed = self.loanword_compound_gloss(lemma)
            if composed:
                return Entry(gloss=composed, approximate=True)
        return None

    def loanword_compound_gloss(self, word: str) -> str:
        """The hint for a compound whose head is a loanword Ding lacks (Groß|event), where
        Wiktionary has the head as a German noun (not Asylwerber|in: "Erin" is a name) and
        English as its word, or writes it with the accent Ding's entry has (Internet|cafe:
        Café); the first part read as in `compound_gloss`. Only four letters or more: a
        shorter last part is mostly an ending (Medi|ale). No reading of a participle used
        as a noun (der Durchreisende is no Durchreis|ende)."""
        if _is_nominalised_participle(word) and self.entry(word[:-3].lower() + "n", "VERB"):
            return ""
        for start in range(_MIN_PART, len(word) - _MIN_PART):
            rest = _capitalized(word[start:])
            # Ding's own noun where it has one, even without a gender (Event, listed inside
            # another line), or with its accent; else the English word.
            head = self.entry(rest, "NOUN") or (
                self.entry(rest[:-1] + "é", "NOUN") if rest.endswith("e") else None)
            last = _first_sense(head)
            if not last and head is None and nouns.entry(rest) is not None:
                last = english_loanword(rest)
            first = self.first_part_gloss(word[:start], 1) if last else ""
            if first:
                return f"{first} + {last}"
        return ""

    def compounds_with_plural(self, head: str) -> tuple[int, int]:
        """(how many of Ding's noun rows end in `head`, the head alone left out; how many of
        them Ding gives a plural). Asked only of a compound `seldom_plural` has found no
        plural in use for; answered by bisection in the reversed noun keys, as
        `_adjectives_ending_in` does for adjectives."""
        keys, plural_keys = self._reversed_nouns()
        key = _lookup_key(head)
        first, last = _ending_in(keys, key)
        first_plural, last_plural = _ending_in(plural_keys, key)
        return last - first, last_plural - first_plural

    def _reversed_nouns(self) -> tuple[nouns.PackedStrings, nouns.PackedStrings]:
        """Ding's noun keys spelt backwards and sorted, all rows' and those of the rows that
        give a plural (`_nouns_reversed`), read on the first call."""
        if self._nouns_reversed is None:
            # Two lists of plain strings, all rows' keys and those of the rows with a plural,
            # each sorted on its own: a list of strings sorts several times faster than one of
            # (key, flag) pairs, and a slice's count is the same either way (0.36 s -> ~0.15 s).
            rows = self._db.execute(
                "SELECT key, plural FROM entry WHERE pos = 'NOUN'").fetchall()
            keys = [k[::-1] for k, _ in rows]
            plural_keys = [k[::-1] for k, p in rows if p]
            keys.sort()
            plural_keys.sort()
            # Packed, as the noun lexicon's are: held to the end of the build, 290,000
            # strings would be ~25 MB of the parent's peak.
            self._nouns_reversed = (nouns.PackedStrings(keys), nouns.PackedStrings(plural_keys))
        return self._nouns_reversed

    def knows(self, word: str) -> bool:
        """Whether Ding has the word as a headword of any class, whatever its case (an
        abbreviation after a headword, /LKW/, is no headword; nor is a phrase's last word,
        "Hause" of "nach Hause", nor two words run together)."""
        return bool(self._fetch(
            "SELECT 1 FROM entry WHERE key = ? AND pos NOT IN (?, ?, ?, ?) LIMIT 1",
            (_lookup_key(word), ABBREVIATION, ENGLISH_ABBREVIATION, APART, PHRASE_END)))

    def english_writes(self, abbreviation: str) -> bool:
        """Whether English writes these capital letters as an abbreviation: Ding has them,
        as written, on the English side of some line (ATP: "adenosine triphosphate /ATP/";
        the tennis tour's letters too). German Wiktionary may spell them out as a German word
        (ATP: Adenosintriphosphat), and which sense an article means the card cannot tell;
        but kept as written they are the letters English news writes, no German left in the
        gloss: "≈ ATP + tennis tournament"."""
        row = self._row(abbreviation, ENGLISH_ABBREVIATION)
        return row is not None and row[0] == abbreviation

    def _singular_row(self, plural: str) -> tuple[str] | None:
        """Ding's row of the singular whose plural `plural` is written like, or None."""
        rows = self._fetch("SELECT word FROM plural WHERE key = ?", (_lookup_key(plural),))
        return rows[0] if rows else None

    def participle_entry(self, participle: str) -> Entry | None:
        """A present participle used as an adjective (sinkend, basierend), which Ding lists
        under its verb: the verb's senses in -ing form, "≈ sinking", marked approximate."""
        verb = self.entry(participle[:-1], "VERB")
        for start in range(_MIN_PART, len(participle) - 2 * _MIN_PART):
            if verb is not None and verb.gloss:
                break
            # A verb with a noun incorporated (augenzwinkernd, kopfschüttelnd: the eyes'
            # winking) that Ding lacks: the participle of its last verb, "≈ winking".
            if definitions.definition(participle):
                break  # Wiktionary defines it (abendfüllend): no reading of its parts
            if nouns.is_noun(_capitalized(participle[:start])) or any(
                    participle[:start].endswith(link) and nouns.is_noun(
                        _capitalized(participle[:start - len(link)])) for link in LINKING):
                verb = self.entry(participle[start:-1], "VERB")
        if verb is None or not verb.gloss:
            return None
        senses = [english_ing(s) for s in verb.gloss.split("; ")[:2]]
        return Entry(gloss="; ".join(s for s in senses if s), approximate=True)

    def in_context(self, entry: Entry, lemma: str, pos: str, sentences: Iterable[str],
                   clauses: Iterable[str] = ()) -> Entry:
        """A verb's entry with the sense its sentences call for first:

        - a sense whose Ding line has an example phrase with a noun the sentences use (the
          article "wies den Vorwurf zurück"; Ding's "den Vorwurf zurückweisen" stands in the
          line "to repudiate sth.");
        - else, a sense the card shows whose line takes a prepositional object with a
          preposition of the verb's own clause (`clauses`, see `verb_clause`): "die
          Beziehungen mit dieser Streitfrage belasten" is "jdn./etw. belasten (mit etw.)",
          "to burden sb./sth.", not "to load".

        A noun's entry likewise has first a sense the card shows whose line takes the
        preposition that follows the noun in most of its sentences (`clauses` are then
        `noun_complement`s): "einen Draht zueinander finden" is "Draht {m} (zu jdm.)",
        "rapport", not "wire".

        A noun in an idiom of Ding's that its sentences use has the idiom's sense first
        (`_noun_idiom_sense`); a hint built from the noun's parts gives way to it whole (aus
        dem Stegreif: "(etw. aus dem Stegreif tun) to improvise", not "≈ web + bloom").

        Where neither decides, or the gloss is a hint, the entry is as it was."""
        idiom_sense = {"NOUN": self._noun_idiom_sense,
                       "ADJ": self._adjective_idiom_sense}.get(pos)
        if idiom_sense is not None and entry.gloss and not entry.german:
            idiom = idiom_sense(entry, lemma, sentences)
            if idiom and entry.approximate:  # a hint gives way to the idiom whole
                return replace(entry, gloss=idiom, approximate=False)
            if idiom:
                senses = [idiom] + entry.gloss.split("; ")
                return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
        if not entry.gloss or entry.approximate or pos not in ("VERB", "NOUN"):
            return entry
        if pos == "NOUN":
            # A verb's objects select its sense (den Vorwurf zurückweisen, ein Angebot
            # ablehnen). The nouns near a noun in Ding's phrases are looser company: on the
            # development samples they changed four first senses, one for the worse and none
            # for the better. The preposition after it is the noun's own complement.
            best = self._governed_sense(entry, lemma, pos, clauses)
            if not best:
                return entry
            senses = [best] + [s for s in entry.gloss.split("; ") if s != best]
            return replace(entry, gloss="; ".join(senses))
        idiom = self._idiom_sense(lemma, clauses)
        if idiom:
            senses = [idiom] + entry.gloss.split("; ")
            return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))
        rows = self._fetch("SELECT noun, sense FROM context WHERE key = ? AND pos = ?",
                           (_lookup_key(lemma), pos))
        used = {noun_stem(w) for sentence in sentences for w in _CAPITALISED.findall(sentence)}
        votes: dict[str, int] = defaultdict(int)
        for noun, sense in rows:
            if noun in used:
                votes[sense] += 1
        best = max(votes, key=lambda sense: (votes[sense], sense)) if votes else (
            self._governed_sense(entry, lemma, pos, clauses))
        if not best:
            return entry
        senses = [best] + [s for s in entry.gloss.split("; ") if s != best]
        return replace(entry, gloss="; ".join(senses[:MAX_SENSES]))

    def as_attribute(self, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
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
                or self.entry(lemma, "ADJ") is not None):
            return entry
        adverb = self.entry(lemma, "ADV")
        if adverb is None or adverb.gloss != entry.gloss:
            return entry
        if not any(form.startswith(lemma) and form[len(lemma):] in _ADJECTIVE_ENDINGS
                   for form in forms):
            return entry
        participle = self.entry(lemma, PARTICIPLE) or (
            self.participle_entry(lemma) if lemma.endswith("nd") else None)
        if participle is None or not participle.gloss or participle.approximate:
            # No verb's line to say it: the adverb's English in -ly made the adjective it
            # is formed from ("ominös {adv} :: ominously": ein ominöses Gerät, "ominous").
            return replace(entry, gloss="; ".join(dict.fromkeys(
                english_adjective_of(sense) or sense for sense in entry.gloss.split("; "))))
        senses = participle.gloss.split("; ")[:MAX_SENSES - 1]
        return replace(entry, gloss="; ".join(senses + entry.gloss.split("; ")[:1]))

    def in_plural(self, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
        """A noun's entry with the senses Ding gives its plural as a headword of its own
        first, where the articles use the noun only in the plural: German plurals often name
        something the singular does not (Dreharbeiten "shooting", a film's, not lathe work;
        Räumlichkeiten "premises", not spaciousness; Gegebenheiten "circumstances";
        Konditionen "terms"). Only a plural-only headword of Ding's ("Dreharbeiten {pl}"),
        and only where its first English is not rarer than the noun's first sense (by
        wordfreq, a phrase lowered as in the ranking): a plural-only line's English is often
        a learned word for a plural of the same thing (Wale "cetaceans", Narben "voids"). An
        English plural of the first sense is the same sense (Ratten "rats"). A German
        definition gives way to Ding's English."""
        plural = entry.plural
        used = set(forms)
        if (not plural or plural == lemma or not used or entry.approximate
                or not used <= {plural, plural + "n"}):
            return entry
        row = self._row(plural, "NOUN")
        if row is None or row[2] or row[3] != row[0] or not row[1]:
            return entry  # no plural-only headword of Ding's
        senses = row[1].split("; ")
        if entry.gloss and not entry.german:
            first = sense_key(entry.gloss.split("; ")[0])
            if (sense_key(english_singular(senses[0])) == first
                    or _phrase_zipf(sense_key(senses[0])) < _phrase_zipf(first)):
                return entry
            senses += [s for s in entry.gloss.split("; ") if s not in senses]
        return replace(entry, gloss="; ".join(senses[:MAX_SENSES]), german=False)

    def _noun_idiom_sense(self, entry: Entry, lemma: str, sentences: Iterable[str]) -> str:
        """The first sense of a noun's idiom (`noun_idioms`: "(die Flinte ins Korn werfen)
        to throw in the towel") where more than half of the card's sentences hold its
        preposition, article and noun ("ins Korn"), a form of its verb (werfen, wirft,
        warf, geworfen) and its other nouns (Flinte): the noun's own senses ("grain") miss
        what the idiom means. Not where the idiom's English says one of the card's senses
        (a collocation: "ins Exil gehen :: to go into exile"), and "" where none fits."""
        texts = [sentence.lower() for sentence in sentences if sentence]
        if not texts:
            return ""
        rows = [row for key in dict.fromkeys(_lookup_key(w) for w in (lemma, entry.plural) if w)
                for row in self._fetch(
                    "SELECT word, gloss, gender, plural FROM entry WHERE key = ? AND pos = ?",
                    (key, NOUN_IDIOM))]
        if not rows:
            return ""
        own = {w for sense in entry.gloss.split("; ") for w in sense.lower().split()
               if len(w) > 3 and w not in _ENGLISH_FUNCTION_WORDS}
        words = [set(re.findall(r"\w+", text)) for text in texts]
        stems = [{noun_stem(w) for w in found} for found in words]
        for before, gloss, forms, others in rows:
            english = gloss.partition(") ")[2].lower()
            if own.intersection(english.split()):
                continue
            verbs = set(forms.split())
            phrase = re.compile(r"\b" + re.escape(before) + r"\b" + (
                "" if verbs else _NO_COMPLEMENT))
            # An adverbial idiom has no verb ("dem Vernehmen nach"): the phrase is all.
            fits = sum(bool(phrase.search(text)) and (not verbs or bool(verbs & found))
                       and all(noun_stem(o) in nouns for o in others.split())
                       for text, found, nouns in zip(texts, words, stems, strict=True))
            if 2 * fits > len(texts):
                return gloss
        return ""

    def _adjective_idiom_sense(self, entry: Entry, lemma: str, sentences: Iterable[str]) -> str:
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
               if len(w) > 3 and w not in _ENGLISH_FUNCTION_WORDS}
        votes: Counter[str] = Counter()
        for text in texts:
            words = re.findall(r"\w+", text)
            lower = {w.lower() for w in words}
            found: dict[str, int] = {}
            for i, word in enumerate(words):
                if word != lemma:
                    continue
                for verb in dict.fromkeys(w.lower() for w in words[i + 1:i + 4]):
                    for phrase, gloss, cls in self._fetch(
                            "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
                            (verb, PHRASE_END)):
                        tokens = [t for t in strip_groups(phrase).split()
                                  if not _is_object_marker(t)]
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

    def _idiom_sense(self, lemma: str, clauses: Iterable[str]) -> str:
        """The first sense of a phrase Ding heads with the verb as its last word ("den Bach
        runtergehen {vi} :: to go down the tubes", "sich den Kopf zerbrechen"), written as
        `phrase_end_entry` writes it, "(den Bach runtergehen) to go down the tubes", where
        every noun of the phrase stands in more than half of the verb's clauses: an idiom
        means what its words do not, and the card's senses, the verb's own, miss it. "" where
        none does."""
        used = [{noun_stem(w) for w in _CAPITALISED.findall(clause)}
                for clause in clauses if clause]
        if not used:
            return ""
        for phrase, gloss, cls in self._fetch(
                "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
                (_lookup_key(lemma), PHRASE_END)):
            nouns_of = {noun_stem(w) for w in _CAPITALISED.findall(_THING_OBJECT.sub("", phrase))}
            if cls != "VERB" or not nouns_of:
                continue
            if 2 * sum(nouns_of <= words for words in used) > len(used):
                return gloss.split("; ")[0]
        return self._frame_idiom_sense(lemma, clauses)

    def _frame_idiom_sense(self, lemma: str, clauses: Iterable[str]) -> str:
        """The first sense of a phrase of Ding's without a noun whose other words all stand
        in more than half of the verb's clauses: "über etw. nicht hinauskommen" (not to get
        beyond sth.) where the article writes "kam nicht über Platz neun hinaus", "jdm. sauer
        aufstoßen" (to rub sb. the wrong way) where it writes "ist vielen Fans sauer
        aufgestoßen". Such a phrase is Ding's sub-entry for a frame of the verb, which the
        verb's own senses (push open, belch) miss. The words must say something: two of
        them, or one that is neither a function word nor a preposition: a lone preposition
        ("über etw. hinauskommen", "ohne etw. auskommen") also heads a place, a time or
        another frame, and is `_governed_sense`'s to weigh.
        Placeholders (etw., jdm., einer Sache) and "sich" are no words here. The phrase
        with most words wins; "" where none fits."""
        used = [{_CONTRACTIONS.get(t, t) for t in clause.lower().split()}
                for clause in clauses if clause]
        if not used:
            return ""
        best, best_size = "", 0
        for phrase, gloss, cls in self._fetch(
                "SELECT word, gloss, gender FROM entry WHERE key = ? AND pos = ?",
                (_lookup_key(lemma), PHRASE_END)):
            if cls != "VERB" or any(c in phrase for c in "/()…"):
                continue
            tokens = _THING_OBJECT.sub("jdm.", phrase).split()
            if len(tokens) < 2 or _lookup_key(tokens[-1]) != _lookup_key(lemma):
                continue
            words = {t.lower() for t in tokens[:-1]
                     if not _is_object_marker(t) and t != "sich"}
            if (not words or any(w[:1].isupper() for w in tokens[:-1] if w.lower() in words)
                    or (len(words) < 2 and (words & _ANY_PREPOSITION
                                            or all(map(_is_function_word, words))))):
                continue
            if 2 * sum(words <= clause for clause in used) > len(used) and len(words) > best_size:
                best, best_size = gloss.split("; ")[0], len(words)
        return best

    def _governed_sense(self, entry: Entry, lemma: str, pos: str, clauses: Iterable[str]) -> str:
        """The sense the card shows whose Ding line takes a preposition that most of the
        verb's clauses use, "" where none does or the first sense's line fits as well.

        A preposition also heads a place, a time or a manner ("auf dem Flughafen ankommen"
        is no "auf etw. ankommen", to depend on sth.), so one clause in several decides
        nothing, and only senses already on the card move: the ranking's evidence keeps a
        rare sense off it."""
        used = [{_CONTRACTIONS.get(t, t) for t in clause.lower().split()}
                | ({DATIVE_OBJECT} if pos == "VERB" and has_dative_object(clause) else set())
                for clause in clauses if clause]
        if not used:
            return ""
        governs: dict[str, set[str]] = defaultdict(set)
        for preposition, sense in self._fetch(
                "SELECT preposition, sense FROM governs WHERE key = ? AND pos = ?",
                (_lookup_key(lemma), pos)):
            governs[sense].add(preposition)
        shown = entry.gloss.split("; ")
        hits = [sum(bool(governs[sense] & words) for words in used) for sense in shown]
        best = max(range(len(shown)), key=lambda i: (hits[i], -i))
        if hits[best] * 2 <= len(used) or hits[best] == hits[0]:
            return ""
        return shown[best]

    def derived_noun_entry(self, noun: str) -> Entry | None:
        """A noun Ding lacks that is a regular form or derivation of a word it has:

        - a plural form of a Ding noun (the plural column: Landeshauptleute -> the senses
          of Landeshauptmann);
        - a singular whose plural is Ding's only entry (Eiche, from "Eichen {pl} :: oaks",
          where the line shows the singular in a compound: `_singular_in_line`): the senses
          made singular, "≈ oak";
        - a nominalised infinitive (das Beschimpfen): the verb's senses in -ing form;
        - an -ung noun of a verb Ding has (Anstachelung from anstacheln): the same,
          "≈ inciting"; -ung nouns are feminine (of a verb only Wiktionary defines, see
          `defined_verb_noun_entry`);
        - a learned prefix English writes alike before a noun Ding has (`LEARNED_PREFIXES`:
          Deradikalisierung "≈ de-radicalization", Koproduzent "≈ co-producer");
        - an agent noun in -er of a verb Ding has (Vermarkter from vermarkten): "≈ someone
          who markets"; German makes these from nearly any verb, always masculine;
        - a -heit/-keit noun of an adjective Ding has (Heimeligkeit from heimelig): "≈ being
          homely", the quality the adjective names; always feminine.
        All but the first are marked approximate.
        """
        row = self._singular_row(noun)
        if row is not None and row[0] != noun:
            singular = self.entry(row[0], "NOUN")
            if singular is not None and singular.gloss:
                return Entry(gloss=singular.gloss)
        found = self.entry(noun, SINGULAR_OF_PLURAL)
        if found is not None and found.gloss:
            return Entry(gloss=found.gloss, approximate=True)
        verb = None
        if noun[:1].isupper() and noun.endswith("en"):
            verb = self.entry(noun.lower(), "VERB")  # das Beschimpfen
            gender = "n"
        elif noun.endswith("ung") and len(noun) > 6:
            stem = noun[:-3].lower()  # Anstachel-ung, Skandalisier-ung
            verb = self.entry(stem + "en", "VERB") or self.entry(stem + "n", "VERB")
            gender = "f"
        if verb is not None and verb.gloss:
            return Entry(gloss=_action_senses(verb), gender=gender, approximate=True)
        if definitions.definition(noun):
            # Wiktionary's own definition beats a reading of the form (Juchzer is a whoop,
            # not "someone who whoops"), as it does for the other form hints.
            return None
        return (self._prefixed_noun(noun) or self._agent_noun(noun) or self._quality_noun(noun)
                or self._diminutive_noun(noun) or self._collective_noun(noun)
                or self._making_noun(noun))

    def learned_prefix_split(self, noun: str) -> tuple[str, str, str, Entry] | None:
        """(the prefix as written, its English, the noun after it, Ding's entry for that
        noun) where `noun` is a `LEARNED_PREFIXES` prefix before a noun Ding glosses in one
        word (Ko|produzent, Neo-|Bischof); None otherwise."""
        low = noun.lower()
        for prefix, english in LEARNED_PREFIXES:
            rest = noun[len(prefix):].lstrip("-")
            if not low.startswith(prefix) or len(rest) < _MIN_PART + 2:
                continue
            base = self.entry(_capitalized(rest), "NOUN")
            first = _first_sense(base)
            if first and first.replace("-", "").isalpha():  # one word: "de-radicalization"
                return noun[:len(noun) - len(rest)], english, _capitalized(rest), base
        return None

    def _prefixed_noun(self, noun: str) -> Entry | None:
        split = self.learned_prefix_split(noun)
        if split is None:
            return None
        _, english, _, base = split
        return Entry(gloss=f"{english}-{base.gloss.split('; ')[0]}", approximate=True)

    def _agent_noun(self, noun: str) -> Entry | None:
        if not noun.endswith("er") or len(noun) < 7 or "-" in noun:
            return None
        stem = noun[:-2].lower()  # Vermarkt-er, Blockier-er; Tüftl-er from tüfteln
        candidates = [stem + "en", stem + "n"]
        if stem.endswith(("l", "r")):
            candidates.append(stem[:-1] + "e" + stem[-1] + "n")
        for infinitive in candidates:
            verb = self.entry(infinitive, "VERB")
            if verb is None or not verb.gloss:
                continue
            senses = [english_doer(s) for s in verb.gloss.split("; ")[:2]]
            senses = [s for s in dict.fromkeys(senses) if s]
            if senses:
                return Entry(gloss="; ".join(senses), gender="m", approximate=True)
        return None

    def _quality_noun(self, noun: str) -> Entry | None:
        if not noun.endswith(("heit", "keit")) or len(noun) < 9:
            return None
        if any(self.entry(_capitalized(noun[start:]), "NOUN") is not None
               for start in range(_MIN_PART, len(noun) - 6)):
            return None  # a compound on a -heit noun Ding has: Wahl|freiheit, not wahlfrei-heit
        stem = noun[:-4].lower()  # Heimelig-keit, Unsicher-heit, Genau-igkeit
        for adjective in (stem, stem.removesuffix("ig")):
            found = self.entry(adjective, "ADJ")
            senses = ([f"being {s}" for s in found.gloss.split("; ")[:2]
                       if s.replace("-", " ").replace(" ", "").isalpha()]
                      if found is not None and found.gloss else [])
            if senses:
                return Entry(gloss="; ".join(senses), gender="f", approximate=True)
        return None

    def _collective_noun(self, noun: str) -> Entry | None:
        """A noun of ge- and a verb's stem that names its action going on and on (Gequengel of
        quengeln, Gehupe of hupen, Geschrei of schreien; often with a grumble): the verb's
        senses in -ing form, "≈ whining", neuter with no plural, as German makes these of
        nearly any verb of sound or motion. The stem as the verb's, with its -e or -el/-er."""
        if not noun.startswith("Ge") or len(noun) < 7 or "-" in noun:
            return None
        stem = noun[2:].lower()
        for infinitive in (stem + "n", stem + "en"):
            verb = self.entry(infinitive, "VERB")
            if verb is not None and verb.gloss:
                return Entry(gloss=_action_senses(verb), gender="n", approximate=True)
        return None

    def _making_noun(self, noun: str) -> Entry | None:
        """An -isierung noun of an adjective Ding has, where Ding has no -isieren verb for it
        (Barbarisierung of barbarisch, Autonomisierung of autonom): "≈ making barbaric",
        feminine with its plural in -en, as every -ung noun. German makes -isieren verbs
        of adjectives (and -isierung nouns of them) to mean making or becoming what the
        adjective says (radikal: radikalisieren, to radicalize); where Ding has the verb, the
        -ung branch of `derived_noun_entry` reads it. The adjective is the stem with -isch
        (barbar-isch) or the stem itself (autonom), and must have a first sense of one
        plain word: "making" before a phrase ("making of the state") misreads."""
        stem = noun.removesuffix("isierung").lower()
        if stem == noun.lower() or len(stem) < 4 or not stem.isalpha():
            return None
        for adjective in (stem + "isch", stem):
            first = _first_sense(self.entry(adjective, "ADJ"))
            if first.isalpha() and first.islower():
                return Entry(gloss=f"making {first}", gender="f", plural=noun + "en",
                             approximate=True)
        return None

    def _diminutive_noun(self, noun: str) -> Entry | None:
        """An Austrian and Bavarian diminutive in -erl of a noun Ding has (Kreuz-erl, Hak-erl
        of Haken): "≈ little cross", neuter, as every diminutive is, with its plural written
        as the singular (die Kreuzerl). Ding lists the common ones itself (Sackerl, Stockerl),
        which never reach here; the -e or -en of the noun drops before the suffix."""
        if not noun.endswith("erl") or len(noun) < 6 or "-" in noun:
            return None
        stem = noun[:-3]
        for base in (stem, stem + "e", stem + "en"):
            found = self.entry(base, "NOUN")
            first = _first_sense(found)
            if first and first.replace(" ", "").isalpha():
                return Entry(gloss=f"little {first}", gender="n", plural=noun,
                             approximate=True)
        return None

    def taxon_diminutive(self, noun: str, found: Entry) -> Entry | None:
        """A diminutive in -chen or -lein whose every English sense is one English hardly
        uses (wordfreq's Zipf, a phrase's lowered as in the ranking, below
        RARE_DIMINUTIVE_ZIPF), of a noun Ding has, where German uses the diminutive
        (COMMON_DIMINUTIVE_ZIPF): "≈ little" and the noun's first sense.
        Ding lists many a diminutive only as a species' name, a synonym inside a [zool.]
        or [bot.] line ("Steinchen {n} (Nucella lapillus) :: Atlantic dog whelk"), never
        in the sense every German reader meets first, the small thing itself (a small
        stone). A diminutive whose English a reader knows (Tröpfchen "droplet", Veilchen
        "violet", Häuschen "small house") keeps it. The noun is the diminutive's letters
        before the suffix, its umlaut undone (Bäch-lein, Bach), or with the -e German
        drops (Kätz-chen, Katze)."""
        if (not noun.endswith(("chen", "lein")) or len(noun) < 7 or "-" in noun
                or wordlists.zipf_frequency(noun, "de") < COMMON_DIMINUTIVE_ZIPF
                or self.entry(noun.lower(), "VERB") is not None):
            # Only a diminutive German readers meet (Ding's rare word for a rare one, as
            # Würzelchen "rootlet", is likely right), and no infinitive used as a noun
            # (das Schleichen, not a little Schlei).
            return None
        senses = found.gloss.split("; ") if found.gloss else []
        if not senses or max(map(_phrase_zipf, senses)) >= RARE_DIMINUTIVE_ZIPF:
            return None
        stem = noun[:-4]
        plain = stem.translate(_UMLAUTS)
        for base in dict.fromkeys((stem, plain, plain + "e", stem + "e")):
            first = _first_sense(self.entry(base, "NOUN"))
            if first and first.replace(" ", "").isalpha() and first[:1].islower():
                return Entry(gloss=f"little {first}", gender="n", plural=noun,
                             approximate=True)
        return None

    def derived_adjective_entry(self, adjective: str) -> Entry | None:
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
        ranked = self._ordinal_superlative(low) or self._ordinal_participle(low)
        if ranked:
            return Entry(gloss=ranked, approximate=True)
        for prefix in SHARED_PREFIXES:
            rest = low[len(prefix):].removeprefix("-")
            base = self.entry(rest, "ADJ") if low.startswith(prefix) and rest else None
            if base is not None and base.gloss:
                first = base.gloss.split("; ")[0]
                return Entry(gloss=f"{prefix}-{first}", approximate=True)
        # Where Wiktionary defines the word (unverschlüsselt: "nicht verschlüsselt",
        # hocheffizient: "sehr effizient"), its definition beats every reading of the parts
        # below. Asked once: each reading would ask the same row again.
        defined = bool(definitions.definition(low))
        negated = "" if defined else self.negated_adjective_gloss(low)
        if negated:
            return Entry(gloss=negated, approximate=True)
        if low.endswith("isch"):
            for start in range(_MIN_PART, len(low) - 5):
                base = self.entry(low[start:], "ADJ")
                if base is None or not base.gloss:
                    continue
                first = self.first_part_gloss(low[:start], 0)
                if first:
                    # The adjective's sense Ding's adjectives ending in it use (biologisch
                    # "organic; biological": mikrobiologisch "microbiological"...), else its
                    # first.
                    last = (self._head_sense(low[start:], base.gloss)
                            or base.gloss.split("; ")[0])
                    return Entry(gloss=f"{first} {last}", approximate=True)
        if "-" in low.strip("-"):
            # türkisch-syrisch, deutsch-französisch: each side an adjective of its own, joined
            # as English joins them ("Turkish-Syrian").
            sides = [self.entry(side, "ADJ") or self.derived_adjective_entry(side)
                     for side in low.split("-")]
            if all(side is not None and side.gloss and not side.german for side in sides):
                return Entry(gloss="-".join(side.gloss.split("; ")[0] for side in sides),
                             approximate=True)
            # nicht-militärisch: a first part English renders as a prefix ("non-military").
            prefixed = "" if defined else self._prefixed_adjective(low)
            return Entry(gloss=prefixed, approximate=True) if prefixed else None
        intensified = "" if defined else self._intensified_adjective(low)
        if intensified:
            return Entry(gloss=intensified, approximate=True)
        compound = "" if defined else self._adjective_compound(low)
        if compound:
            return Entry(gloss=compound, approximate=True)
        # After the parts' reading, which names the parts a learner sees (geschmackslos "≈
        # taste + -less", where Ding's geschmacklos starts with the food's "flat").
        variant = None if defined else self._linking_variant(low)
        if variant is not None:
            return variant
        prefixed = "" if defined else self._prefixed_adjective(low)
        if prefixed:
            return Entry(gloss=prefixed, approximate=True)
        if low.endswith("bar") and len(low) > 6:
            verb = self.entry(low[:-3] + "en", "VERB") or self.entry(low[:-3] + "n", "VERB")
            senses = [english_able(s) for s in verb.gloss.split("; ")] if verb else []
            senses = [s for s in dict.fromkeys(senses) if s]
            if senses:
                return Entry(gloss="; ".join(senses[:2]), approximate=True)
        relational = "" if defined else self.relational_adjective_gloss(low)
        if relational:
            return Entry(gloss=relational, approximate=True)
        # After the relational reading: a -lich adjective of a noun Ding has is that noun's
        # (grundrechtlich: Grundrecht "basic right"), which a frame around the first part
        # would misread ("under basic law").
        framed = "" if defined else self._framed_adjective(low)
        if framed:
            return Entry(gloss=framed, approximate=True)
        return None

    def _ordinal_superlative(self, adjective: str) -> str:
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
                first = _first_sense(self.entry(positive, "ADJ"))
                superlative = english_est(first)
                if superlative and wordlists.zipf_frequency(superlative, "en") >= _EST_ZIPF:
                    return f"{ordinal} {superlative}"
                if superlative:
                    # English's longer adjectives take "most" (second most important).
                    return f"{ordinal} most {first}"
        return ""

    def _ordinal_participle(self, adjective: str) -> str:
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
            first = _first_sense(self.entry(rest[:-1] + "en", "VERB"))
            words = first.split()
            if len(words) < 2 or words[0] != "to" or not words[1].isalpha():
                return ""
            past = english_past(f"to {words[1]}")
            if wordlists.zipf_frequency(past, "en") >= _EST_ZIPF:
                return f"{ordinal}-{past}"
        return ""

    def negated_adjective_gloss(self, adjective: str) -> str:
        """The hint for an adjective Ding lacks made of un- and one it has: German un- negates
        adjectives and participles as regularly as English not (unakzeptabel "≈ not
        acceptable", unmodifiziert "≈ not modified"). English un- or in- is not always the
        word (inacceptable?), so the hint says "not". Only a rest of five letters or more
        that Ding glosses in plain words: un- before a shorter one is rarely the prefix
        (Ungarn, unten)."""
        rest = adjective.removeprefix("un")
        if rest == adjective or len(rest) < 5:
            return ""
        base = self.entry(rest, "ADJ") or self.entry(rest, PARTICIPLE)
        first = _first_sense(base)
        if first and _plain_words(first):
            return f"not {first}"
        return ""

    def relational_adjective_gloss(self, adjective: str) -> str:
        """The hint for a relational adjective in -lich Ding lacks, made of a noun it has:
        German makes such adjectives of nouns, often compounds, to mean "of, concerning the
        noun" (nationalstaatlich: Nationalstaat, insolvenzrechtlich: Insolvenzrecht), the
        noun's -e dropped before -lich (Sprache: sprachlich). Only a noun of six letters or
        more whose first sense is a plain common word (not a name): the noun before a short
        stem is often no noun at all (ähn-lich, fröh-lich). An -isch adjective is read by
        `_relational_isch_gloss`."""
        if adjective.endswith("isch"):
            return self._relational_isch_gloss(adjective.removesuffix("isch"))
        stem = adjective.removesuffix("lich")
        if stem == adjective or len(stem) < 6 or not stem.isalpha():
            return ""
        for noun in (stem, stem + "e"):
            found = self.entry(noun[:1].upper() + noun[1:], "NOUN")
            first = _first_sense(found)
            if first[:1].islower() and _plain_words(first):
                return f"relating to {first}"
        return ""

    def _relational_isch_gloss(self, stem: str) -> str:
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
            first = _first_sense(self.entry(noun[:1].upper() + noun[1:], "NOUN"))
            if first[:1].islower() and _plain_words(first):
                return f"relating to {first}"
        return ""

    def _intensified_adjective(self, adjective: str) -> str:
        """An adjective made of a degree adverb or a superlative and an adjective Ding has
        (hochprofitabel = hoch + profitabel: "highly profitable"; meistgenutzt: "most
        used"). The first part counts as a degree adverb where Ding translates it as an
        adverb with the -ly form of its adjective's first sense ("hoch {adv} :: high;
        highly"); a part that is no degree adverb (rechts- "right", not "rightly":
        rechtskonservativ) gives no hint."""
        for start in range(_MIN_PART + 1, len(adjective) - _MIN_PART):
            base = self.entry(adjective[start:], "ADJ")
            if base is None or not base.gloss:
                continue
            part = adjective[:start]
            superlative = self.entry(part + "e", "ADJ") if part.endswith("st") else None
            if superlative is not None and superlative.gloss.split("; ")[0].isalpha() and (
                    superlative.gloss.split("; ")[0].endswith("st")):  # most, best; not "top"
                # A superlative before a participle (meistgenutzt, meistgelesen): "most used",
                # as Ding translates the superlative's declined form (meiste: "most").
                return f"{superlative.gloss.split('; ')[0]} {base.gloss.split('; ')[0]}"
            first = self.entry(part, "ADJ")
            adverb = self.entry(part, "ADV")
            if first is None or adverb is None or not first.gloss:
                continue
            degree = english_ly(first.gloss.split("; ")[0])
            if degree and degree in adverb.gloss.split("; ") and (
                    self._adjectives_led_by(part, degree) >= MIN_PART_EVIDENCE):
                return f"{degree} {base.gloss.split('; ')[0]}"
        return ""

    def _linking_variant(self, adjective: str) -> Entry | None:
        """Ding's entry for the same adjective compound with another linking element, or
        none, after the same noun (punktegleich: punktgleich, Punkt; bildungsnah:
        bildungnah), marked approximate; None where Ding has no such variant. German varies
        the element between a noun and its head without changing the compound's meaning
        (Punkte- and Punkt- are both Punkt), so where the parts give no hint Ding's own
        reading of the compound does."""
        for start in range(_MIN_PART, len(adjective) - _MIN_PART + 1):
            first, head = adjective[:start], adjective[start:]
            for noun in _part_nouns(first):
                if self.entry(noun, "NOUN") is None:
                    continue
                for link in ("", *LINKING):
                    variant = noun.lower() + link + head
                    found = self.entry(variant, "ADJ") if variant != adjective else None
                    if found is not None and found.gloss:
                        return Entry(gloss=found.gloss, approximate=True)
        return None

    def _adjective_compound(self, adjective: str) -> str:
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
        for start in range(_MIN_PART + 1, len(adjective) - _MIN_PART + 1):
            last = adjective[start:]
            head = None
            if len(last) > _MIN_PART or (
                    len(self._adjectives_ending_in(last)) >= MIN_PART_EVIDENCE):
                head = self.entry(last, PARTICIPLE) or self.entry(last, "ADJ")
            sense = self._head_sense(last, head.gloss) if head is not None else ""
            preposition = self._head_preposition(last, sense) if sense else ""
            sense = f"{sense} {preposition}" if preposition else sense
            sense = sense or self._suffix_sense(last)
            first = adjective[:start]
            if sense and self._is_noun_part(first):
                gloss = self.first_part_gloss(first, 0)
                if sense.endswith("-"):
                    # An English element before the noun (cross-party, low-noise) takes the
                    # noun itself, not the adjective Ding's noun compounds may give its part
                    # (Saison- "seasonal": saisonübergreifend "≈ cross- + season").
                    gloss = self._noun_part_sense(first) or gloss
                # A noun Ding translates by a capitalized name (Aller, a river) is no part
                # of a common adjective: "allerletzter" is aller- + letzter.
                if gloss[:1].islower():
                    return f"{sense} + {gloss}" if sense.endswith("-") else f"{gloss} + {sense}"
        return ""

    def _framed_adjective(self, adjective: str) -> str:
        """The hint for an adjective compound Ding lacks whose last part Ding's adjectives
        render by one English phrase around their first part's English (`head_frame`):
        schulrechtlich "≈ under school law" (as handelsrechtlich "under commercial law"),
        softwareseitig "≈ on the software side" (as einnahmenseitig "on the revenue side"),
        vertragsgemäß "according to contract". The first part is glossed as a compound's
        first part is (`first_part_gloss`), and must be a noun Ding has, as written, before a
        linking element, or with the -e German drops before a head (Schul(e)-); the longest
        last part with a frame first."""
        for start in range(_MIN_PART + 1, len(adjective) - _MIN_PART + 1):
            first, last = adjective[:start], adjective[start:]
            frame = self.head_frame(last)
            if frame is None or not first.isalpha():
                continue
            if not (self._is_noun_part(first) or self.entry(_capitalized(first) + "e", "NOUN")):
                continue
            gloss = self.first_part_gloss(first, 0) or self.first_part_gloss(first + "e", 0)
            # One lower-case word or two (a name's capital, Aller, or a phrase is no part).
            if gloss[:1].islower() and len(gloss.split()) <= 2:
                before, after = frame
                return " ".join(w for w in (before, gloss, after) if w)
        return ""

    def head_frame(self, head: str) -> tuple[str, str] | None:
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
        if head in self._head_frames:
            return self._head_frames[head]
        frame = None
        if len(head) > _MIN_PART and (self.knows(head) or self.knows("…" + head)):
            counts: Counter = Counter()
            filled: Counter = Counter()
            for first, gloss in self._adjective_rows_ending_in(head):
                frames = {found: slot for sense in gloss.split("; ")
                          for found, slot in _sense_frames(sense).items()}
                counts.update(frames.keys())
                if any(frames.values()):
                    english = self._part_english(first)
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
        self._head_frames[head] = frame
        return frame

    def _part_english(self, part: str) -> set[str]:
        """The English, lower case, of a compound's first part: as `first_part_gloss` gives
        it, and every sense Ding gives it as a noun (as written or before a linking
        element), adjective or adverb."""
        found = {self.first_part_gloss(part, 0).lower()}
        entries = [self.entry(noun, "NOUN") for noun in _part_nouns(part)]
        entries += [self.entry(part, "ADJ"), self.entry(part, "ADV")]
        for entry in entries:
            if entry is not None:
                found.update(s.lower() for s in entry.gloss.split("; "))
        return found - {""}

    def _noun_part_sense(self, part: str) -> str:
        """The first sense of the noun a compound's first part is, as written or before a
        linking element (Saison-, Arbeit-s-), "" if Ding has none."""
        senses = (_first_sense(self.entry(word, "NOUN")) for word in _part_nouns(part))
        return next((sense for sense in senses if sense), "")

    def _head_sense(self, head: str, gloss: str) -> str:
        """The sense of an adjective as the last part of Ding's adjectives ending in it: the
        one of its senses most of them use, where at least one in OWN_SENSE_SHARE uses one of
        its senses; its first sense where fewer than MIN_PART_EVIDENCE end in it; else ""."""
        senses = [s for s in gloss.split("; ") if s][:MAX_SENSES]
        if not senses:
            return ""
        rows = self._adjectives_ending_in(head)
        if len(rows) < MIN_PART_EVIDENCE:
            return senses[0]
        uses = [{s for s in senses if _uses_sense(g, s)} for g in rows]
        counts = {s: sum(s in used for used in uses) for s in senses}
        best = max(senses, key=lambda s: counts[s])
        # Compounds that render the head by any of its senses keep its meaning: -nah is
        # "close" in some (bürgernah "close to the citizen") and "near" in others (erdnah
        # "near Earth"), synonyms Ding lists side by side; the one most use is shown.
        return best if OWN_SENSE_SHARE * sum(map(bool, uses)) >= len(rows) else ""

    def _head_preposition(self, head: str, sense: str) -> str:
        """The English preposition that follows `sense` in most of Ding's adjectives ending in
        `head` that use it, where one does (bürgernah "close to the citizen", grenznah
        "close to the border": "to"); else "". An English adjective that takes its noun
        through a preposition says so in the hint: staatsnah "≈ state + close to"."""
        rows = self._adjectives_ending_in(head)
        found = Counter(m.group(1) for g in rows
                        for m in [re.search(re.escape(sense.lower()) + r" (\w+)\b", g)] if m)
        uses = sum(_uses_sense(g, sense) for g in rows)
        preposition, count = next(iter(found.most_common(1)), ("", 0))
        if preposition in ENGLISH_PREPOSITIONS and 2 * count > uses:
            return preposition
        return ""

    def _prefixed_adjective(self, adjective: str) -> str:
        """An adjective or participle Ding glosses in one word after a first part Ding's own
        adjectives translate by one English prefix (`_prefix_sense`): the prefix and the
        word, as English writes them (selbstentwickelt "≈ self-developed", wohlbegründet
        "≈ well-founded"), also with a hyphen between them (nicht-öffentlich "≈
        non-public")."""
        for start in range(_MIN_PART, len(adjective) - _MIN_PART):
            # German may set the part off with a hyphen (nicht-militärisch, as nichtmilitärisch
            # "non-military"): the same word, written as English writes it.
            part, rest = adjective[:start].removesuffix("-"), adjective[start:]
            if rest.startswith("-") or part.endswith("-"):
                continue
            head = self.entry(rest, PARTICIPLE) or self.entry(rest, "ADJ")
            sense = head.gloss.split("; ")[0] if head is not None else ""
            if sense.isalpha() and sense.islower():
                prefix = self._prefix_sense(part)
                if prefix:
                    return prefix + sense
        return ""

    def _prefix_sense(self, part: str) -> str:
        """The English prefix, one of ENGLISH_PREFIXES, that at least one in OWN_SENSE_SHARE
        of Ding's adjectives starting with `part` begin a sense with, where at least
        MIN_SUFFIX_EVIDENCE of them start with it (selbst-: "self-" in 76 of 95); else ""."""
        key = _lookup_key(part)
        rows = [g.lower() for (g,) in self._db.execute(
            "SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'ADJ'",
            (key, key + "\uffff")).fetchall()]
        if len(rows) < MIN_SUFFIX_EVIDENCE:
            return ""
        counts = {prefix: sum(any(s.startswith(prefix) for s in g.split("; ")) for g in rows)
                  for prefix in ENGLISH_PREFIXES}
        best = max(ENGLISH_PREFIXES, key=lambda prefix: counts[prefix])
        return best if OWN_SENSE_SHARE * counts[best] >= len(rows) else ""

    def _adjectives_ending_in(self, head: str) -> list[str]:
        """The glosses, lower case, of Ding's adjectives that end in `head` (not it alone)."""
        key = _lookup_key(head)
        rows = self._adjectives_ending.get(key)
        if rows is None:
            if self._adjectives_reversed is None:
                found = sorted((k[::-1], g.lower()) for k, g in self._db.execute(
                    "SELECT key, gloss FROM entry WHERE pos = 'ADJ'"))
                self._adjectives_reversed = ([k for k, _ in found], [g for _, g in found])
            keys, glosses = self._adjectives_reversed
            first, last = _ending_in(keys, key)
            rows = self._adjectives_ending[key] = glosses[first:last]
        return rows

    def _adjective_rows_ending_in(self, head: str) -> list[tuple[str, str]]:
        """(the first part, the gloss in lower case) of each of Ding's adjectives that end in
        `head` (not it alone), as `_adjectives_ending_in` finds them."""
        glosses = self._adjectives_ending_in(head)
        key = _lookup_key(head)
        keys = self._adjectives_reversed[0]
        first, last = _ending_in(keys, key)
        return [(k[::-1][: -len(key)], g) for k, g in zip(keys[first:last], glosses, strict=True)]

    def _suffix_sense(self, head: str) -> str:
        """The English suffix that translates an adjective as the last part of Ding's
        adjectives ending in it, where it is a suffix with a meaning of its own there
        (`_head_sense` gives none): one of ENGLISH_SUFFIXES, "-less" for -los (arbeitslos
        "jobless", hilflos "helpless"), "-like" for -artig, "-related" for -bezogen, ending
        the last word of a sense in at least one in OWN_SENSE_SHARE of them; else "". Only
        for a word Ding lists (a suffix is a word of its own: los, artig), which at least
        MIN_SUFFIX_EVIDENCE of its adjectives end in: a productive suffix, not the end of a
        few compounds that share an English word by chance (-ifrei, -polizeilich). Where no
        suffix of ENGLISH_SUFFIXES is shared so widely, an English element written with a
        hyphen that one in COMBINING_SHARE of them use (`_combining_element`): "-related"
        for -bezogen, "cross-" for -übergreifend, which then stands before the noun."""
        sense = self._suffix_senses.get(head)
        if sense is None:
            sense = self._suffix_senses[head] = self._new_suffix_sense(head)
        return sense

    def _new_suffix_sense(self, head: str) -> str:
        rows = self._adjectives_ending_in(head)
        if len(rows) < MIN_SUFFIX_EVIDENCE or not self.knows(head):
            return ""
        last_words = [[re.split(r"[ -]", s)[-1] for s in gloss.split("; ") if s]
                      for gloss in rows]
        counts = {suffix: sum(any(w.endswith(suffix) for w in words) for words in last_words)
                  for suffix in ENGLISH_SUFFIXES}
        best = max(ENGLISH_SUFFIXES, key=lambda suffix: counts[suffix])
        if OWN_SENSE_SHARE * counts[best] >= len(rows):
            return f"-{best}"
        return _combining_element(rows)

    def _adjectives_led_by(self, part: str, degree: str) -> int:
        """How many of Ding's adjectives that start with `part` it translates with `degree`
        first (hochgiftig "highly toxic", hochbegabt "highly gifted"): the evidence that the
        part is a degree adverb in compounds, not a word of its own (national|staatlich)."""
        key = _lookup_key(part)
        rows = self._db.execute(
            "SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'ADJ'",
            (key, key + "\uffff")).fetchall()
        return sum(1 for (gloss,) in rows if gloss.startswith(degree + " "))

    def colloquial_verb_entry(self, verb: str) -> Entry | None:
        """A verb with the spoken short form of a her-/hin- particle (reinpassen, rausgehen,
        runterfahren): spoken German drops the her-/hin- (herein/hinein -> rein, heraus/hinaus
        -> raus). Ding lists the written verb; its senses, marked approximate."""
        for short, full in _SHORT_PARTICLES:
            if verb.startswith(short) and len(verb) > len(short) + 3:
                rest = verb[len(short):]
                for particle in full:
                    found = self.entry(particle + rest, "VERB")
                    if found is not None and found.gloss:
                        return Entry(gloss=found.gloss, approximate=True)
        return None

    def defined_verb_noun_entry(self, noun: str) -> Entry | None:
        """An -ung noun of a verb Ding lacks and German Wiktionary defines (Monetarisierung:
        monetarisieren "in Geld umwandeln, …"): the noun names the verb's action, as with
        Ding's verbs (`derived_noun_entry`), so the verb's definition is what it means;
        German, feminine. Asked only where nothing else glosses the noun: a reading of its
        parts names them (Offen|haltung), where Wiktionary's first sense of the verb may be
        another use (offenhalten: "noch nicht entscheiden", not a border kept open)."""
        if not noun.endswith("ung") or len(noun) <= 6 or "-" in noun \
                or definitions.definition(noun):
            return None
        stem = noun[:-3].lower()  # Monetarisier-ung, Absiedel-ung
        defined = definitions.definition(stem + "en") or definitions.definition(stem + "n")
        return Entry(gloss=defined, gender="f", approximate=True, german=True) if defined \
            else None

    def unit_symbol_entry(self, symbol: str) -> Entry | None:
        """A unit written with a metric prefix's letter (k, M, G, T) before the unit's name,
        as German writes data rates and sizes (MBit, Mbit, GByte): Ding's entry for the unit
        spelt out (Megabit "megabit"), the same word, and its gender (das MBit, as das
        Megabit: the symbol is read as the unit's name). No plural: a unit after a number
        stays as it is (100 MBit). Only where Ding has that spelt-out unit, and only the
        prefixes' own letters in their own case (KWh, with a capital K, is no kilo-)."""
        prefix = _METRIC_PREFIXES.get(symbol[:1])
        rest = symbol[1:]
        if prefix is None or not 2 <= len(rest) <= 5 or not rest.isalpha():
            return None
        spelt = self.entry(prefix + rest.lower(), "NOUN")
        if spelt is None or not spelt.gloss:
            return None
        return Entry(gloss=spelt.gloss,
                     gender=spelt.gender if spelt.gender in _GENDERS else "")

    def loanword_head_entry(self, noun: str) -> Entry | None:
        """A compound written as one word of a noun Ding has and an English loanword Ding
        lacks and German Wiktionary lists as a noun (Fitness|tracker: Fitness "fitness",
        Tracker): English's noun phrase, "≈ fitness tracker". `compound_entry` reads only
        heads Ding has, and the loanword route only the whole word; German compounds an
        English head as it compounds its own nouns, the first part naming the kind. The
        first part's first sense in plain words, after a linking -s, as English writes it
        before the head."""
        if "-" in noun or not noun[:1].isupper():
            return None
        for start in range(_MIN_PART, len(noun) - 3):
            head = noun[start:].capitalize()
            loanword = english_loanword(head)
            if not loanword or not nouns.entries(head) or self.entry(head, "NOUN"):
                continue
            first = noun[:start]
            part = self.entry(first, "NOUN")
            if part is None and first.endswith("s"):
                part = self.entry(first[:-1], "NOUN")
            sense = _first_sense(part)
            if sense and sense.replace(" ", "").isalpha():
                return Entry(gloss=f"{sense} {loanword}", approximate=True)
            return None
        return None

    def spatial_particle_verb_entry(self, verb: str) -> Entry | None:
        """A verb Ding lacks of a particle that only points a way (`_SPATIAL_PARTICLES`:
        hinterher-, hindurch-, heraus-, entgegen-, auseinander-…), or of dazu- or frei-
        (`_ADVERB_PARTICLES`), and a verb Ding has: the verb's first sense with the
        particle's English adverb, marked approximate (*hinterherkommen* "≈ to come after",
        *entgegenstreben* "≈ to strive towards", *dazugewinnen* "≈ to win in addition",
        *freispielen* "≈ to play free").

        Such a particle adds its direction and nothing else, so the compound means what its
        parts say. The one-syllable particles (aus-, nach-, durch-, auf-, mit-) do not: a
        trial with them read *nachdrehen* (to reshoot) as "to turn on" and *hinblättern* (to
        shell out) as "to flip down", half the hints misleading (docs/dictionary.md). Only a
        first sense that is a bare "to" and one verb takes the adverb; "to seek after sth." would
        read "to seek after sth. towards"."""
        for particle, english in _ADVERB_PARTICLES:
            rest = verb[len(particle):]
            if not verb.startswith(particle) or len(rest) < 4:
                continue
            base = self.entry(rest, "VERB")
            if base is None or not base.gloss:
                return None
            # The first sense only: Ding's later senses of a base verb are its narrower uses,
            # which the particle seldom goes with ("to attend after" for hinterherkommen).
            first = base.gloss.split("; ")[0]
            bare = _BARE_VERB_SENSE.fullmatch(first)
            # dazu- and frei- say what is added or freed, after the object as in English
            # ("to buy sth. in addition", "to dig sth. free"); a direction after "sth." reads
            # as the object's way, not the verb's.
            if not (bare or particle in ("dazu", "frei") and _OBJECT_VERB_SENSE.fullmatch(first)):
                return None
            return Entry(gloss=f"{first} {english}", approximate=True)
        return None

    def shared_verb_entry(self, verb: str) -> Entry | None:
        """A verb Ding lacks of mit- and a verb it has (mitbedenken, mitunterzeichnen): the
        verb's first sense "also" and "jointly", marked approximate: "≈ to also consider
        sth.; to consider sth. jointly", "≈ to also sign sth.; to sign sth. jointly".

        German mit- makes a verb of nearly any verb, for doing it besides something else
        (mitbedenken, mitberücksichtigen: to take into account as well) or with others
        (mitunterzeichnen, mitproduzieren: co-sign, co-produce); the two readings name both,
        as the compound readings of a noun do. Ding's own mit- verbs render the particle by
        co-, along, with, help to, too, as well (mitfinanzieren "to co-finance", mitsingen
        "to sing along", mitessen "to eat sth. too"): no one English element, but "also" and
        "jointly" say what each of these does. The mit- verbs whose sense is not the two
        parts' (mitteilen, mitbekommen, mitnehmen) are Ding's or Wiktionary's own entries,
        which come first. Only a base verb of four letters or more whose first sense (as
        its card ranks it) is "to" and plain words."""
        rest = verb.removeprefix("mit")
        if rest == verb or len(rest) < 4 or self.entry(rest, "VERB") is None:
            return None
        base = self.lookup(rest, "VERB")
        first = base.gloss.split("; ")[0] if base.gloss and not base.german else ""
        if not _PLAIN_VERB_SENSE.fullmatch(first):
            return None
        return Entry(gloss=f"to also {first[3:]}; {first} jointly", approximate=True)

    def verb_form_entry(self, form: str) -> Entry | None:
        """A finite verb form left as a lemma by the tagger (verwebt, narrt: third person or
        participle in -t of verweben, narren), which Ding lists under the infinitive: the
        verb's senses, marked approximate. Only for a form Ding lacks in every class."""
        if not form.endswith("t") or len(form) < 5 or not form.islower() or self.knows(form):
            return None
        stem = form[:-1]
        for verb in (stem + "en", stem + "n", stem[:-1] + "en" if stem.endswith("e") else ""):
            found = self.entry(verb, "VERB") if verb else None
            if found is not None and found.gloss:
                return Entry(gloss=found.gloss, approximate=True)
        # A verb Ding lacks: German Wiktionary's definition of the infinitive (werkt: werken).
        definition = definitions.definition(stem + "en") or definitions.definition(stem + "n")
        return Entry(gloss=definition, german=True) if definition else None

    def adjectival_noun_entry(self, noun: str, found: Entry | None) -> Entry | None:
        """An adjective or participle used as a noun that Ding lists in neither form
        (der/die Gestrandete, Leidtragende, der Fliehende): German Wiktionary's definition
        of the noun, or of its strong form (Leidtragender), where Wiktionary lists it; else
        the adjective's first sense after "the" ("≈ the stranded") or the participle's
        after "someone" ("≈ someone fleeing"), where Ding has them.
        Such a noun is no compound (Leid|trag|ende), so a composed hint is dropped."""
        if not noun.endswith("e") or len(noun) < 6:
            return found
        agent = self.agent_noun_of_participle(noun)
        if agent is not None:
            # Die Steuerzahlenden are the taxpayers: German news writes a present participle
            # as a noun where the -er noun would name only men (Forschende, Forscher).
            return Entry(gloss=agent.gloss)
        adjectival = any(nouns.ADJECTIVAL in n.kinds for n in nouns.entries(noun + "r"))
        # A noun of its own (die Exekutive) is Wiktionary's, or Wikidata's with a gender: a
        # Wikidata lexeme without one, in -e, is the adjective's noun itself, which Wikidata
        # gives in its weak form for either gender (die/der Freiheitliche).
        own = any(n.genders or nouns.WIKIDATA not in n.kinds for n in nouns.entries(noun))
        stem = noun[:-1].lower()
        composed = found is not None and found.approximate and " + " in found.gloss
        if not adjectival and (found is not None and found.gloss or own) and not (
                composed and self.entry(stem, "ADJ") is not None):
            # A composed hint gives way where Ding has the adjective itself: the noun is
            # that adjective's (die Stimmberechtigte, stimmberechtigt "entitled to vote"),
            # and its parts split the adjective, not the noun (Stimm|berechtigte).
            return found
        if definitions.definition(noun):
            # Wiktionary defines the noun itself (die Unparteiische: a referee, not "the
            # impartial"): its definition, which `lookup` shows where Ding has no gloss.
            if found is not None and found.approximate:
                found = replace(found, gloss="", approximate=False)
            return found
        definition = definitions.definition(noun + "r") if adjectival else ""
        if definition:
            return replace(found or EMPTY, gloss=definition, german=True, approximate=False)
        # A past participle Ding lists only in its verb's line counts as the adjective
        # (der Festgenommene: "the arrested").
        adjective = self.entry(stem, "ADJ") or self.entry(stem, PARTICIPLE)
        if adjective is not None and adjective.gloss:
            # English nominalises an adjective with "the" as German does with the article,
            # for people (the injured) and abstractions (das Greifbare, the tangible) alike.
            return replace(found or EMPTY, gloss=f"the {adjective.gloss.split('; ')[0]}",
                           approximate=True)
        participle = self.participle_entry(stem) if stem.endswith("nd") else None
        if participle is not None and participle.gloss:
            # A present participle as a noun names who does it (der Fliehende): "someone
            # fleeing", "someone entering the country".
            return replace(found or EMPTY, gloss=f"someone {participle.gloss.split('; ')[0]}",
                           approximate=True)
        return found

    def agent_noun_of_participle(self, noun: str) -> Entry | None:
        """The -er noun Ding has for a present participle used as a noun (Steuerzahlende:
        Steuerzahler "taxpayer"; Mitarbeitende: Mitarbeiter), None if none. German makes
        both from the verb's stem (zahl-end-e, Zahl-er) and uses the participle as the
        form for people of any gender, so the two name the same people. The stem's verb
        must be Ding's, as written or as the compound's last part (zahlen): Legende is no
        participle of a verb *legen-d-. A noun Wiktionary lists as neuter is a compound of
        das Ende (Spiel|ende): people are der or die."""
        if not _is_nominalised_participle(noun) or any(
                "n" in known.genders for known in nouns.entries(noun)):
            return None  # das Spielende is the end (das Ende) of a game, not who plays
        stem = noun[:-4]
        lowered = stem.lower()
        if not any(self.entry(lowered[start:] + "en", "VERB") is not None
                   or self.entry(lowered[start:] + "n", "VERB") is not None
                   for start in range(0, len(lowered) - _MIN_PART + 1)):
            return None
        agent = self.entry(stem + "er", "NOUN")
        if agent is None or not agent.gloss or agent.gender != "m":
            return None
        return agent

    def adjective_noun_entry(self, noun: str) -> Entry | None:
        """An adjective used as a noun (der/die Minderjährige, das Vielfache), which Ding lists
        in its strong masculine or neuter form (Minderjähriger, Vielfaches). The card shows it
        with the definite article, so the plural is the weak one: die Minderjährigen."""
        found = self.entry(noun + "r", "NOUN")
        if found is not None and found.gender == "m" and found.gloss:
            return Entry(gloss=found.gloss, gender="m", plural=noun + "n")
        # An abstraction is neuter, listed in its strong form too (Vielfaches: das
        # Vielfache, a multiple).
        found = self.entry(noun + "s", "NOUN") if len(noun) > 4 else None  # not Fe, Fes
        if found is not None and found.gender == "n" and found.gloss:
            return Entry(gloss=found.gloss, gender="n", plural=noun + "n")
        return None

    def compound_entry(self, noun: str) -> Entry | None:
        """A compound Ding lacks, read through its longest final part that Ding knows as a
        noun: Präsidentschaftswahlkampf = Präsidentschaft-s + Wahlkampf.

        German compounds take gender and inflection from their last part (der Wahlkampf ->
        der Präsidentschaftswahlkampf, die -kämpfe), so gender and plural are exact; the
        gloss is the parts' first senses, "presidency + election campaign", marked as
        approximate.
        """
        parts = noun.split("-")
        if len(parts) > 1 and parts[-1]:
            # US-Festland: the hyphen is where the parts meet. What stands before a hyphen is
            # mostly a name or an abbreviation (EU-, FPÖ-, Adidas-): it is kept as written.
            prefix, last = "-".join(parts[:-1]) + "-", parts[-1]
            head = self.entry(last[:1].upper() + last[1:], "NOUN")
            if head is not None:
                return self._combine(prefix, head,
                                     self.compound_gloss(noun, readings=MAX_SENSES)
                                     or self.abbreviated_compound_gloss(prefix[:-1], last,
                                                                        head)
                                     or self.untranslated_first_part_gloss(prefix[:-1], last,
                                                                           head))
            # A last part Ding lacks may be a compound or a loanword of its own (ÖVP-Landesrat,
            # FC-Keeper): German writes a hyphen after an abbreviation or a name whatever
            # follows, so the word is as common as its last part, and its hint the same
            # reading of the parts. Gender and plural come from the head in `noun_forms`.
            # Not a last part of two lower-case letters: a word cut short ("Photos-Ap" for
            # -App), which the hint would keep as written. Where Wiktionary defines the word
            # (Eishockey-WM), its definition says more than "hockey + WM".
            short = len(last) < _MIN_PART and not last.isupper()
            gloss = "" if short or definitions.definition(noun) else self.compound_gloss(
                noun, readings=MAX_SENSES)
            if gloss:
                return Entry(gloss=gloss, approximate=True)
            # A last part Ding lacks in every reading that German Wiktionary defines as a
            # common noun (App, Browser, Zweitligist, Landesrätin): the compound names a kind
            # of what its last part names (a Drittanbieter-App is an app), so the last part's
            # definition, marked German, says what the word is, where no English hint can.
            defined = "" if short or definitions.definition(noun) else _noun_definition(last)
            if defined:
                return Entry(gloss=defined, approximate=True, german=True)
        if _is_nominalised_participle(noun) and self.entry(noun[:-3].lower() + "n", "VERB"):
            return None  # der/die Einreisende is "einreisen" + -end-, not "Einreis" + "Ende"
        english = self.english_word(noun)
        if english:
            # Hip|ster: a word English itself uses is no German compound, and a split of it
            # cuts a morpheme in two ("go-go + stère"): it is its English word. Gender and
            # plural come from the noun lexicons (`with_noun_forms`).
            return Entry(gloss=english, approximate=True)
        for start in range(2, len(noun) - _MIN_PART + 1):
            last = noun[start:]
            head = self.entry(last[:1].upper() + last[1:], "NOUN")
            if head is None or not (head.gender or head.plural):
                continue
            # A three-letter last part is often a mere ending (Medi-ale, Fict-ion): it counts
            # only when the first part is a word too.
            if len(last) <= _MIN_PART and not self.prefix_gloss(noun[:start]):
                continue
            return self._combine(noun[:start], head, self.opening_sense(noun)
                                 or self.compound_gloss(noun, readings=MAX_SENSES))
        return None

    def _defined_head_entry(self, noun: str) -> Entry | None:
        """A compound whose last part Ding lacks but German Wiktionary defines as a common
        noun, after a first part that is a noun or adjective Ding has (Umwelt|landesrat:
        Landesrat "Mitglied einer österreichischen Landesregierung"; Wahl|sprengel; Früh|
        verrentung, an early Verrentung, whatever the adjective says): the last part's
        definition, marked German and approximate, as for a hyphenated compound (the word
        is a kind of its last part). The longest such last part of `_MIN_HEAD` letters or
        more, and only where Wiktionary does not define the word itself. Not where a noun
        Ding has runs on over the split: Verwaltungsrecht|ler is an expert in
        administrative law, not a Verwaltungs|rechtler (a holder of common rights). Asked
        only for a noun nothing else glosses: an English reading of its parts comes first
        (Film|casino "film + casino")."""
        if "-" in noun or definitions.definition(noun):
            return None
        for start in range(_MIN_PART, len(noun) - _MIN_HEAD + 1):
            last = noun[start:]
            if (self.entry(_capitalized(last), "NOUN") is None
                    and (self._is_noun_part(noun[:start])
                         or self.entry(noun[:start].lower(), "ADJ") is not None)
                    and not any(self.entry(noun[:end], "NOUN") is not None
                                for end in range(start + 1, len(noun)))):
                defined = _noun_definition(last)
                if defined:
                    return Entry(gloss=defined, approximate=True, german=True)
        return None

    def abbreviated_compound_gloss(self, abbreviation: str, last: str, head: Entry) -> str:
        """The head's sense alone for a compound of an abbreviation that stands for German
        words and a noun Ding glosses (BKA-Chef, RH-Bericht), "" for any other compound.

        Such letters get no sense of their own in a composed hint (`abbreviation_gloss`):
        which German words they stand for the card cannot tell (BKA is the
        Bundeskriminalamt or the Bundeskanzleramt), and kept as written they are German on
        the card. But a German compound is a kind of its last part, whatever its first
        (a BKA-Chef is a Chef, a RH-Bericht a Bericht), and the letters stand on the front of
        the card as the article wrote them: the head's sense, marked approximate, is a true
        gloss, only less specific than the word. Names (SPÖ-, ORF-) and letters English
        writes (ATP-) keep their composed hint "SPÖ- + …"."""
        # Where German Wiktionary defines the compound itself (KZ-Häftling), its definition
        # says what the letters stand for, and more than the head alone.
        if (len(abbreviation) < 2 or not abbreviation.isupper()
                or definitions.definition(abbreviation + "-" + last)
                or self.abbreviation_gloss(abbreviation) != ""
                or self.english_writes(abbreviation) or not head.gloss):
            return ""
        return self._head_alone_gloss(last, head)

    def untranslated_first_part_gloss(self, part: str, last: str, head: Entry) -> str:
        """The head's senses alone for a hyphenated compound of a German noun Ding lacks and a
        noun Ding glosses (Europacup-Gegner: "opponent"), "" for any other compound.

        A German word left in the hint ("Europacup + opponent") is German on the back of the
        card, so `compound_gloss` gives none; but the word is a kind of its last part (a
        Europacup-Gegner is a Gegner), and its first part stands on the front as the article
        wrote it, which the learner reads there, as for letters (`abbreviated_compound_gloss`).
        Only for one capitalized word that German Wiktionary lists as a common noun
        (`_german_word`), not a name or a phrase."""
        if (not part.isalpha() or not part[:1].isupper() or not head.gloss
                or definitions.definition(part + "-" + last) or not _german_word(part)):
            return ""
        return self._head_alone_gloss(last, head)

    def _head_alone_gloss(self, last: str, head: Entry) -> str:
        """The senses of a compound's last part alone, as a composed hint offers them
        (`compound_gloss`): the sense Ding's compounds on the head use, then its others they
        use about as often (KHM-Spitze: "peak; head")."""
        noun = last[:1].upper() + last[1:]
        senses = self._other_senses(self.last_part_sense(noun, head), self._head_senses(noun))
        return "; ".join(senses[:MAX_SENSES])

    def opening_sense(self, noun: str) -> str:
        """What Ding's own compounds that open with a noun Ding lacks translate it with, where
        at least OWN_SENSE_SHARE * MIN_PART_EVIDENCE of them agree; "" otherwise. Ding has
        no Echtzeit, but a dozen compounds of it (Echtzeituhr "real-time clock",
        Echtzeitsystem "real-time system"): English has one word for it, which its parts
        read one by one (echt + Zeit) need not find."""
        counts = self._part_counts(noun, "first")
        top = max(counts, key=lambda sense: (counts[sense], sense), default="")
        return top if top and counts[top] >= OWN_SENSE_SHARE * MIN_PART_EVIDENCE else ""

    def _combine(self, prefix: str, head: Entry, gloss: str) -> Entry:
        plural = ""
        if head.plural:
            plural = prefix + (head.plural if prefix.endswith("-")
                               else head.plural[:1].lower() + head.plural[1:])
        if not gloss:
            return Entry(gender=head.gender, plural=plural)
        return Entry(gloss=gloss, gender=head.gender, plural=plural, approximate=True)

    def _part_senses(self, part: str, role: str) -> list[str]:
        """How Ding's compounds translate a part (see `part_senses`), most compounds first."""
        rows = self._fetch(
            "SELECT sense FROM part WHERE key = ? AND role = ? ORDER BY count DESC, sense",
            (part.casefold(), role),
        )
        return [r[0] for r in rows]

    def _part_counts(self, part: str, role: str) -> dict[str, int]:
        rows = self._fetch("SELECT sense, count FROM part WHERE key = ? AND role = ?",
                           (part.casefold(), role))
        return dict(rows)

    def compound_gloss(self, word: str, depth: int = 2, readings: int = 1,
                       as_first: bool = False) -> str:
        """The hint "first part + head" for a compound Ding lacks, "" when it has no sound one.

        The word splits where its last part is a noun Ding knows and what stands before it
        is a word with an English sense (`first_part_gloss`), the longest last part first:
        Landes|rechnungshof, Kabinetts|posten. The last part's sense is its first (whose
        rank counts the compounds Ding translates with it: `rank`). A split inside a
        morpheme (Volleyb|aller) leaves no word on the left, and a part with no English
        sense leaves no hint at all: a German word on the card is no gloss. Parts that are
        compounds themselves are read the same way, `depth` levels down.

        Before a hyphen stands a word (Asyl-Unterkunft, glossed) or a name or abbreviation
        (EU-, KHM-, Neos-, kept as written: Ding does not know it as a word).

        With `readings` above 1, up to that many readings, "; "-separated, the best first: a
        part's first sense is often not the one the compound means, and which one it is the
        word alone cannot tell (see `alternative_readings`).

        With `as_first`, the word is a compound's first part (Polizeiober- of
        Polizeioberkommissar), and a last part that Ding's compounds use only to open a
        compound (`_opens_only`: Ober-, never -ober) is none of its: it belongs to what
        follows (Polizei + Oberkommissar), and read as a head it is another word (der Ober,
        the waiter).
        """
        left, hyphen, right = word.rpartition("-")
        short_form = self.short_form_gloss(left) if hyphen else ""
        if (hyphen and len(left.split("-")[0]) == 1 and self.entry(left, "NOUN") is None
                and not short_form):
            # U-Ausschuss, E-Auto: a single letter that opens a compound stands for a German
            # word (Untersuchungs-, Elektro-) the card cannot tell; kept as written it is
            # German left in the gloss. (After a word it is a name: Gruppe-B-; U-Bahn is
            # a word of Ding's own.)
            return ""
        if hyphen and left and right:
            if "-" not in left and english_loanword(left) and english_loanword(right):
                # English words joined by a hyphen are an English phrase German has taken
                # whole (Play-Store, Slow-Motion, Life-Hack): each is its English word, not a
                # German homograph (der Store "net curtain", hacken "to mince").
                return f"{self._english_part(left)} + {self._english_part(right)}"
            # Akku-Bench|mark: a word English itself uses after a hyphen, where Ding lacks it
            # as a German noun, is its English word, not German parts (`english_word`).
            right_gloss = ((self.entry(_capitalized(right), "NOUN") is None
                            and self.english_word(right))
                           or self._last_part_gloss(right, depth))
            left_gloss = ("" if self._capitals_for_a_word(left)
                          else self.first_part_gloss(left, depth)) or short_form
            own = self.entry(left, "NOUN") if not left_gloss and "-" in left else None
            if own is not None and own.gloss:
                left_gloss = own.gloss.split("; ")[0]  # U-Bahn-Intervall: Ding has U-Bahn
            if not left_gloss and left.lower() in HYPHENED_PREFIXES:
                left_gloss = left.lower() + "-"  # Ex-Präsidentin: "ex- + president"
            if not left_gloss:
                # An abbreviation Ding explains is glossed (BIP- "GDP"); one it does not know
                # is taken for a name and kept as written (SPÖ-, KHM-).
                abbreviation = self.entry(left, ABBREVIATION)  # also as written: Lkw, LKW
                if abbreviation is not None and abbreviation.gloss:
                    left_gloss = abbreviation.gloss.split("; ")[0]
                else:
                    # NS- is "Nazi"; one of German words Ding cannot put in English gives
                    # no hint rather than German on the card.
                    expanded = self.abbreviation_gloss(left)
                    if expanded == "" and self.english_writes(left):
                        expanded = left  # ATP-Turnier: "ATP + tournament"
                    if expanded == "":
                        return ""
                    left_gloss = expanded or self._written_form_gloss(left)
                if not left_gloss and self._is_name(left):
                    left_gloss = left + "-"
                if not left_gloss and "-" in left:
                    left_gloss = self._phrase_gloss(left)  # Zwei-Welten-Theorie
            if not (left_gloss and right_gloss):
                return ""
            if readings <= 1:
                return f"{left_gloss} + {right_gloss}"
            noun = right[:1].upper() + right[1:]
            head = self.entry(noun, "NOUN") if len(right) >= _MIN_PART else None
            counts = self._part_counts(left, "first")
            kept = "-" in left or left_gloss == left + "-"
            own_heads = head.gloss.split("; ") if head is not None and head.gloss else []
            return self._readings(
                [left_gloss] if kept else self._other_senses(left_gloss, counts),
                self._other_senses(right_gloss, self._head_senses(noun)) if own_heads
                else [right_gloss],
                [] if kept else self.part_word_senses(left), own_heads, counts,
                self._head_senses(noun), readings)
        starts = _split_points(word, lambda part: self.entry(part, "NOUN") is not None)
        for start in starts:
            rest = word[start:]
            if self._linking_s_before(word, start) or as_first and self._opens_only(rest):
                continue
            if self._splits_a_noun(word, start, starts):
                continue
            head = self.entry(rest[:1].upper() + rest[1:], "NOUN")
            last = ""
            if head is not None and head.gloss:
                last = (self.last_part_sense(rest, head) if self._is_noun_part(word[:start])
                        else self._compounds_own_sense(rest, head.gloss.split("; ")))
            if not last:
                continue
            first = self.first_part_gloss(word[:start], depth - 1)
            if first and readings > 1:
                counts = self._part_counts(word[:start], "first")
                head_counts = self._head_senses(rest, self._is_noun_part(word[:start]))
                return self._readings(
                    self._other_senses(first, counts), self._other_senses(last, head_counts),
                    self.part_word_senses(word[:start]), head.gloss.split("; "), counts,
                    head_counts, readings)
            if first:
                return f"{first} + {last}"
        if depth > 0:
            for start in range(_MIN_PART, len(word) - 2 * _MIN_PART + 1):
                rest = word[start:]
                rest_gloss = self.compound_gloss(rest[:1].upper() + rest[1:], depth - 1)
                first = self.first_part_gloss(word[:start], 0) if rest_gloss else ""
                if first:
                    return f"{first} + {rest_gloss}"
        return ""

    def _readings(self, firsts: list[str], heads: list[str], own_firsts: list[str],
                  own_heads: list[str], first_counts: Mapping[str, int],
                  head_counts: Mapping[str, int], size: int) -> str:
        """Up to `size` readings of a compound, "; "-separated: its parts' senses in Ding's
        compounds (`firsts`, `heads`, best first; see `alternative_readings` and
        `attested_reading`), then, where those leave room, the parts' own senses that Ding's
        compounds give too little weight to offer (`own_firsts`, `own_heads`: the parts'
        entries, best first; `_own_readings`). A reading Ding's compounds back is never
        displaced by one of these."""
        firsts, heads = self.attested_reading(firsts, heads, own_heads, first_counts)
        found = alternative_readings(firsts, heads, size)
        if not own_heads:
            return "; ".join(found)
        for reading in [*_own_readings(firsts, heads, own_firsts, own_heads, first_counts,
                                       head_counts),
                        *_distinct_own_readings(found, own_firsts, own_heads, first_counts,
                                                head_counts)]:
            if len(found) >= size:
                break
            if reading not in found:
                found.append(reading)
        return "; ".join(found)

    def attested_reading(self, firsts: list[str], heads: list[str], own_heads: list[str],
                         first_counts: Mapping[str, int] | None = None,
                         ) -> tuple[list[str], list[str]]:
        """`firsts` and `heads` (a compound's part senses, best first) with the head's first
        sense English has a phrase for with the first part's best sense put first, where the
        best reading has none.

        A compound means one sense of each part, and which one English says by having a word
        for the pair: Ding translates some German word as "rainfall" or "fall of rain", none
        as "rain case"; "violation of the law", never "law injury". The head's senses tried
        are the ones the hint would offer, then its own first senses in Ding (`own_heads`:
        Fall is "case", "fall", "event"; its compounds use only "case"). A phrase counts
        written as "first head", joined or hyphenated ("rainfall"), or as "head of (the)
        first" ("breach of law").

        Where no sense of the head makes a phrase with the first part's best sense, another
        sense of the first part that makes one with the head's best goes first (Innen-
        "inside" and "interior": Innenministerin "≈ interior + minister"; Aufnahme-
        "recording" and "reception": Aufnahmelager "≈ reception + camp"), but only one at
        least MIN_COMPOUND_SENSE of Ding's compounds use (`first_counts`): a rarer one finds
        a phrase of another compound more often than the one meant (Bewerberfeld
        "application field", Festgottesdienst "banquet service", two compounds each)."""
        first_counts = first_counts or {}
        if not firsts:
            return firsts, heads
        tried = list(dict.fromkeys([*heads, *own_heads[:MAX_SENSES]]))
        for j, head in enumerate(tried[:MAX_SENSES + 1]):
            if self._english_has(firsts[0], head):
                if j:
                    return firsts, [head, *(h for h in heads if h != head)]
                return firsts, heads
        for first in firsts[1:] if heads else ():
            if (first_counts.get(first, 0) >= MIN_COMPOUND_SENSE
                    and self._english_has(first, heads[0])):
                return [first, *(f for f in firsts if f != first)], heads
        return firsts, heads

    def english_word(self, word: str) -> str:
        """The English word `word` is, lower-cased, where Ding uses it as English (some German
        word's sense is that word alone: "Hipster {m} :: hipster", "Leistungsvergleich ::
        benchmark") and English writes it at least `_ENGLISH_WORD_ZIPF` often and not
        `_ENGLISH_WORD_MARGIN` less often than German; "" otherwise. Asked of a word Ding
        lacks as a German noun before it is read as a German compound: German has borrowed
        it whole (Hipster, Hyperlink, Benchmark), and no split of it is a German reading.
        Not a word German writes far more often than English: a German compound that
        happens to spell an English word would lose its parts' reading."""
        lower = word.lower()
        if (not lower.isalpha() or len(lower) < 2 * _MIN_PART
                or not wordlists.leans_english(lower, _ENGLISH_WORD_ZIPF,
                                               -_ENGLISH_WORD_MARGIN)):
            return ""
        return lower if self._fetch("SELECT 1 FROM english WHERE sense = ? LIMIT 1",
                                    (lower,)) else ""

    def _english_has(self, first: str, head: str) -> bool:
        """Whether Ding translates some German word with the pair as one English phrase."""
        a, b = first.lower(), head.lower()
        if not (a and b) or a.endswith("-") or " " in a + b and len((a + " " + b).split()) > 3:
            return False
        forms = (f"{a} {b}", f"{a}{b}", f"{a}-{b}", f"{b} of {a}", f"{b} of the {a}")
        marks = ", ".join("?" * len(forms))
        return bool(self._fetch(f"SELECT 1 FROM english WHERE sense IN ({marks}) LIMIT 1",
                                forms))

    def _english_part(self, part: str) -> str:
        """An English word German has borrowed, read as English: Ding's sense of it that
        names it (Football "American football": German means that game) or else the word
        (Store: Ding's "net curtain" is the German homograph)."""
        english = english_loanword(part)
        found = self.entry(part[:1].upper() + part[1:], "NOUN")
        senses = found.gloss.split("; ") if found is not None and found.gloss else []
        return next((s for s in senses if english in s.lower().split()), english)

    def _splits_a_noun(self, word: str, start: int, starts: Sequence[int]) -> bool:
        """Whether splitting `word` at `start` cuts a noun in two: the first part is no noun
        of Ding's, but a few letters more of it are one, before a head Ding knows too
        (Compute|ruhr is Computer|uhr: the longest head, Ruhr "dysentery", would leave the
        verb stem compute- where German has the noun Computer). The longest head wins only
        among splits that leave whole words on both sides."""
        part = word[:start]
        if (self._is_noun_part(part) or self._part_senses(part, "first")
                or self.entry(part.lower(), "ADJ") or self.entry(part.lower(), "ADV")):
            return False  # Hinter|mannschaft, Süd|bahnstrecke: a first part of its own
        return any(later > start and self._is_noun_part(word[:later])
                   and self.entry(word[later:][:1].upper() + word[later + 1:], "NOUN")
                   is not None for later in starts)

    def _opens_only(self, part: str) -> bool:
        """Whether Ding's compounds use a noun to open a compound, hardly ever to end one: at
        least _OPENING_COMPOUNDS readings of it as a first part (Ober-: Oberarzt "senior
        physician", Oberbürgermeister "Lord Mayor"...), and _OPENING_SHARE times as many as
        of it as a last part (-ober: Herzober "queen of hearts", a playing card). Such a part
        is a prefix to the word after it (Ober|kommissar)."""
        opening = sum(self._part_counts(part, "first").values())
        ending = sum(self._head_senses(part).values())
        return opening >= max(_OPENING_COMPOUNDS, _OPENING_SHARE * ending)

    def _linking_s_before(self, word: str, start: int) -> bool:
        """Whether the -s that opens `word[start:]` is rather the linking -s of the part before
        it: Ding's compounds write that part with an -s (Bezirks-: Bezirksgericht,
        Bezirksrat) and what follows the -s is a noun Ding knows. Bezirksamt is a district's
        office, not a district's velvet (Samt)."""
        rest = word[start + 1:]
        return (word[start:start + 1] == "s" and len(rest) >= _MIN_PART
                and bool(self._part_counts(word[: start + 1], "first"))
                and self.entry(rest[:1].upper() + rest[1:], "NOUN") is not None)

    def _head_senses(self, part: str, after_noun: bool = True) -> dict[str, int]:
        """The senses Ding's own compounds give a last part (roles "head" and, after a noun,
        "last" of `part_senses`), with how many compounds give each: Treffer is "goal" in
        four of Ding's compounds (Anschlusstreffer, Ehrentreffer...) and "hit" in two; Sender
        "station" and "transmitter" in eleven each."""
        counts: dict[str, int] = {}
        for role in ("head", "last") if after_noun else ("head",):
            for sense, count in self._part_counts(part, role).items():
                counts[sense] = max(counts.get(sense, 0), count)
        return counts

    @staticmethod
    def _other_senses(chosen: str, counts: Mapping[str, int]) -> list[str]:
        """`chosen` (the sense a compound's part is read in), then the part's other senses
        that Ding's compounds use (`counts`, by how many compounds use each) about as often
        as its commonest: at least MIN_PART_EVIDENCE compounds, and at least a quarter of the
        commonest's count (ALTERNATIVE_SHARE). One sense per English family ("station",
        "transmitter"; not "station" and "radio station"). Landes- is "state" in 23 of
        Ding's compounds, "national" in 14, "regional" in 12: all three; Protest- is
        "protest" in 14, "remonstrative" in 2: only "protest"."""
        found = [chosen]
        families = [_spelling(sense_family(chosen))]
        top = max(counts.values(), default=0)
        for sense in sorted(counts, key=lambda sense: (-counts[sense], sense)):
            if counts[sense] < max(MIN_PART_EVIDENCE, top / ALTERNATIVE_SHARE):
                break
            family = _spelling(sense_family(sense))
            # "low" and "Lower" (Nieder-) are one word's forms, not two senses.
            if not any(family.startswith(f) or f.startswith(family) for f in families):
                families.append(family)
                found.append(sense)
        return found


    def _last_part_gloss(self, part: str, depth: int) -> str:
        if len(part) > 1 and part.isupper():
            # Rallye-WM: an abbreviation Ding or Wiktionary explains is glossed, one of German
            # words with no English gives no hint, a name's (Pro-EU) stays as written.
            abbreviation = self.entry(part, ABBREVIATION)
            if abbreviation is not None and abbreviation.gloss:
                return abbreviation.gloss.split("; ")[0]
            expanded = self.abbreviation_gloss(part)
            if expanded == "" and self.english_writes(part):
                return part  # Tennis-ATP: letters English writes too
            return part if expanded is None else expanded
        if len(part) < _MIN_PART:
            return part  # ÖFB-A-Team: a letter, as written
        noun = part[:1].upper() + part[1:]
        head = self.entry(noun, "NOUN")
        if head is not None and head.gloss:
            return self.last_part_sense(noun, head)
        if head is None and not _VOWEL.search(part[1:]):
            # An initialism German writes as a noun is written, capital first (Lkw, Pkw, Kfz:
            # letters with no vowel, read out one by one): no noun of Ding's, but an
            # abbreviation it explains, as before a hyphen (Elektro-Lkw "electric + HGV", as
            # Lkw-Fahrer "HGV + driver").
            abbreviation = self.entry(part, ABBREVIATION)
            if abbreviation is not None and abbreviation.gloss:
                return abbreviation.gloss.split("; ")[0]
        composed = self.compound_gloss(noun, depth - 1) if depth > 0 else ""
        return composed or english_loanword(part)

    def short_form_gloss(self, word: str) -> str:
        """The English of a short form Ding lacks, by the word German Wiktionary says it is
        short for ("U-Ausschuss: kurz für Untersuchungsausschuss", "inquiry commission"), ""
        where Wiktionary gives no such one word or Ding does not gloss it as a noun. A letter
        that opens a compound stands for a word the card cannot tell alone (U- is Untersuchungs-
        here, Unter- in U-Boot); the short form's own entry says which."""
        if "-" not in word or self.entry(word, "NOUN") is not None:
            return ""
        match = _SHORT_FOR.fullmatch(definitions.definition(word))
        found = self.entry(match.group(1), "NOUN") if match else None
        return _first_sense(found)

    def abbreviation_gloss(self, abbreviation: str) -> str | None:
        """The English of an abbreviation Ding does not explain, as German Wiktionary spells
        it out: None where it is a name, "" where it stands for German words the card cannot
        put in English, which then give no hint rather than German on the card.

        - A sense Wiktionary marks for compounds is what it means before a hyphen ("in
          Zusammensetzungen: nationalsozialistisch": NS- is "Nazi", though its first sense
          is Nachsatz), glossed as Ding glosses that word.
        - Otherwise, where Wiktionary's first sense spells it out as one German word (KZ:
          Konzentrationslager; RH: Reihenhaus, where news means the Rechnungshof), it is
          German, and which of its senses an article means the card cannot tell.
        - Where Wiktionary lacks it or spells it out as a name of several words (ÖVP:
          Österreichische Volkspartei, SPÖ), it is a name, kept as written as English news
          keeps it."""
        if sum(c.isupper() for c in abbreviation) < 2 or not abbreviation.isalpha():
            return None
        expansions = [spelled_out(sense) for sense in definitions.senses(abbreviation)]
        for word, in_compounds in expansions:
            if word and in_compounds:
                for found in (self.entry(word, "NOUN"), self.entry(word.lower(), "ADJ")):
                    if found is not None and found.gloss:
                        return found.gloss.split("; ")[0]
                return ""
        return "" if expansions and expansions[0][0] else None

    def last_part_sense(self, part: str, head: Entry) -> str:
        """The English of a compound's last part, whose Ding entry is `head`: its first sense
        (whose rank counts the compounds that use it: `rank`), unless Ding's compounds ending
        in it, after a noun's English (role "last" of `part_senses`), use a sense the entry
        does not show at least OWN_SENSE_SHARE times as often as any sense it shows, counting
        that as MIN_PART_EVIDENCE at least: a head's own entry is overruled by six compounds
        or more. Bauer's entry says "farmer" and "pawn", its compounds "maker" (Geigenbauer,
        Harfenbauer and a dozen more) and "farmer" (three): Bombenbauer is "≈ bomb + maker".
        Where the compounds use the entry's own senses too, the entry's order stands: which
        one a compound means depends on its first part (Wahl: the compounds' "selection" is
        its "choice", not its "election"); and four compounds with -lenker "driver" do not
        make Staatenlenker, a leader of states, "≈ state + driver"."""
        senses = head.gloss.split("; ")
        counts = self._part_counts(part, "last")
        shown = {sense.lower() for sense in senses}
        top = max((s for s in counts if s.lower() not in shown),
                  key=lambda sense: (counts[sense], sense), default="")
        lowered = {sense.lower(): count for sense, count in counts.items()}
        used = max((lowered.get(sense, 0) for sense in shown), default=0)
        if top and counts[top] >= OWN_SENSE_SHARE * max(used, MIN_PART_EVIDENCE):
            return top
        return self._compounds_own_sense(part, senses)

    def _compounds_own_sense(self, part: str, senses: list[str]) -> str:
        """Of a last part's senses its card shows (the first MAX_SENSES of its entry), the one
        the compounds ending in it that German readers meet use (`_common_compound_senses`),
        where they (nearly) never use its first: at least MIN_PART_EVIDENCE such compounds,
        OWN_SENSE_SHARE times as many as use the first, and a third (1 / OWN_SENSE_SHARE) of
        all of them. The word alone and the word as a compound's head are read in different
        senses: Konsum alone is first "consumerism" (its own lines' rank), but the -konsum
        compounds news uses (Alkoholkonsum, Drogenkonsum, Fleischkonsum) are
        "consumption": Cannabiskonsum "≈ cannabis + consumption". Where they use the first
        sense too, which one a new compound means depends on its first part, and the entry's
        order stands; and where most render the head by none of the senses shown, the
        compounds mean something else again (-spitze: "party leaders", "top management",
        "top of the league" beside five "tip"s of noses and fingers), and a new one may too."""
        shown = senses[:MAX_SENSES]
        if len(shown) < 2:
            return senses[0]  # one sense shown: nothing to choose, and no compounds to count
        counts, compounds = self._common_compound_senses(part, shown)
        best = max(range(1, len(shown)), key=lambda i: (counts[i], -i), default=0)
        found = counts[best]
        if (best and found >= MIN_PART_EVIDENCE
                and found >= OWN_SENSE_SHARE * max(counts[0], 1)
                and found * OWN_SENSE_SHARE >= compounds):
            return shown[best]
        return senses[0]

    def _common_compound_senses(self, part: str,
                                senses: list[str]) -> tuple[list[int], int]:
        """For each of `senses`, how many of Ding's nouns ending in `part` that German uses
        (Zipf COMMON_COMPOUND_ZIPF or more) render the part by it (`_renders_head`), and how
        many such nouns there are. Only compounds in use count, where `part_senses` counts
        all: Ding lists a trade's or a science's compounds by the dozen, and -star is
        "starling" in 27 names of birds and "star" in 9 (Filmstar, Popstar); a new compound
        in an article is read as the ones an article would use."""
        known = self._common_compounds.get((part, tuple(senses)))
        if known is None:
            known = self._common_compounds[part, tuple(senses)] = self._count_common(
                part, senses)
        return known

    def _count_common(self, part: str, senses: list[str]) -> tuple[list[int], int]:
        """`_common_compound_senses`, counted afresh."""
        found, compounds = [0] * len(senses), 0
        rows = self._noun_rows_ending_in(_lookup_key(part))
        if rows is None:
            return found, compounds  # a head of hundreds of compounds (-wagen): a query each
        lowered = [sense.lower() for sense in senses]
        for word, gloss, weight in rows:
            if wordlists.zipf_frequency(word.lower(), "de") < COMMON_COMPOUND_ZIPF:
                continue
            compounds += weight
            english = [g.lower() for g in gloss.split("; ")]
            for i, sense in enumerate(lowered):
                if any(_renders_head(g, sense) for g in english):
                    found[i] += weight
        return found, compounds

    def _noun_rows_ending_in(self, key: str) -> list[tuple[str, str, int]] | None:
        """Ding's noun rows whose key ends in `key` (the key alone left out), each (word,
        gloss, weight), None if there are more than _MAX_HEAD_COMPOUNDS. A row counts once
        for each row of its key, as `_count_common` has always counted them (a key of two
        rows, das/der Gehalt, counts each twice).

        The first few heads of a build are found by one scan of the entry table each
        (~20 ms): a small build (the demo asks for one or two) should not pay the 0.45 s of
        reading and sorting all 189,000 noun keys. From the _SCANS_BEFORE_SORT-th head on, the
        sorted keys of `_reversed_nouns` answer by bisection, as the 600 gnad articles'
        hundreds of heads need. Both give the same rows."""
        if self._nouns_reversed is None and self._ending_scans < _SCANS_BEFORE_SORT:
            self._ending_scans += 1
            scanned = self._db.execute(
                "SELECT key, word, gloss FROM entry WHERE pos = 'NOUN'"
                " AND substr(key, -?) = ? AND key != ?", (len(key), key, key)).fetchall()
            if len(scanned) > _MAX_HEAD_COMPOUNDS:
                return None
            per_key = Counter(row_key for row_key, _, _ in scanned)
            return [(word, gloss, per_key[row_key]) for row_key, word, gloss in scanned]
        keys = self._reversed_nouns()[0]
        first, last = _ending_in(keys, key)
        if last - first > _MAX_HEAD_COMPOUNDS:
            return None
        return [(word, gloss, 1) for i in range(first, last)
                for word, gloss in self._fetch(
                    "SELECT word, gloss FROM entry WHERE key = ? AND pos = 'NOUN'",
                    (keys[i][::-1],))]

    def _is_noun_part(self, part: str) -> bool:
        """Whether a compound's first part is a noun Ding has, as written or before a linking
        element (Bombe-n-), rather than an adjective (Groß-)."""
        return any(self.entry(word, "NOUN") is not None for word in _part_nouns(part))

    def _written_form_gloss(self, part: str) -> str:
        """The English of a word before a hyphen in a form Ding does not list, "" if none:

        - an adjective inflected in a hyphenated phrase (Kalter-Krieg-Thriller: kalt "cold"),
          read only where the word is capitalized as a phrase's first word is;
        - a noun whose -e German drops in compounds (Achtelfinal-Spiel: Achtelfinale);
        - a noun in the inclusive form with a capital I (ArbeitnehmerInnen-: Arbeitnehmer).
        """
        if "-" in part or len(part) <= _MIN_PART or not part[:1].isupper():
            return ""
        inclusive = _INCLUSIVE_FORM.fullmatch(part)
        if inclusive:
            return self.prefix_gloss(inclusive.group(1))
        tries = [(part[: -len(ending)].lower(), "ADJ") for ending in _ADJECTIVE_ENDINGS
                 if part.endswith(ending) and len(part) - len(ending) >= _MIN_PART]
        tries.append((part + "e", "NOUN"))
        for word, pos in tries:
            found = self.entry(word, pos)
            if found is not None and found.gloss:
                return found.gloss.split("; ")[0]
        return ""

    def _phrase_gloss(self, phrase: str) -> str:
        """The English of German words joined by hyphens before a compound's head, word by
        word ("Zwei-Welten" of Zwei-Welten-Theorie: "two + world"; "Links-rechts": "left +
        right"), "" unless each one has a sense of its own. German joins a phrase so to make
        it one part of a compound; each of its words keeps its own meaning, as English's
        "two-world theory" shows. A word is read as a noun Ding has as written (Zwei "two"),
        an adverb or adjective in lower case (links "left"), or a noun in a form Ding does
        not list (Welten, the plural; `part_word_senses`). A function word (ein, an, und:
        German's commonest words) gives none: its sense in the phrase is not Ding's first
        (An-Aus-Knopf is no "at + out + button"), nor does a word Ding lacks (raus), nor a
        rare one (below Zipf _PHRASE_WORD_ZIPF): phrases of everyday words are read word by
        word, and one with a rare word is more often wordplay or a title (Vier-Goschen-Oper,
        after the Dreigroschenoper, with Austrian Goschen "gob") than a thing described."""
        glosses = []
        for word in phrase.split("-"):
            if (len(word) < 2 or not word.isalpha() or _is_function_word(word)
                    or wordlists.zipf_frequency(word.lower(), "de") < _PHRASE_WORD_ZIPF):
                return ""
            found = [self.entry(word, "NOUN"), self.entry(word.lower(), "ADV"),
                     self.entry(word.lower(), "ADJ")]
            senses = next((e.gloss.split("; ") for e in found if e is not None and e.gloss),
                          None) or self.part_word_senses(word)
            if not senses:
                return ""
            glosses.append(senses[0])
        return " + ".join(glosses)

    def _is_name(self, part: str) -> bool:
        """Whether what stands before a hyphen is a name or an abbreviation (EU, KHM, Neos,
        Production), not a German word: Ding does not know it in any class, nor as a
        compound of words it knows, and it is no German function word (An-, Ein-: Zipf
        _FUNCTION_WORD_ZIPF or more). Several words joined by hyphens are a name only where
        each one is (Hans-Peter-, not Links-rechts-, Zwei-Welten-), or is in lower case a
        function word or no German word at all (Van-der-Bellen-, GPA-djp-)."""
        if "-" in part:
            pieces = [p for p in part.split("-") if p]
            return all(len(p) == 1 or (p.islower() and _is_function_word(p)) or self._is_name(p)
                       for p in pieces)
        if any(c.isdigit() for c in part) or sum(c.isupper() for c in part) > 1:
            return True
        if _is_function_word(part.lower()):
            return False
        return not self.knows(part) and not self.compound_gloss(part, 0) and not _german_word(part)

    def first_part_gloss(self, part: str, depth: int = 1) -> str:
        """The English of a compound's first part, "" if it has none. In this order:

        - the part as a word (`part_word_senses`): the first of its senses that Ding's own
          compounds starting with it use most (where at least MIN_PART_EVIDENCE agree:
          Landes- is "state", not "country"), else what those compounds use (Bundes-
          "federal", Grenz- "border"), else its first sense;
        - the part read as a compound itself, `depth` levels down (Kurzbotschaften-).
        """
        if len(part) < _MIN_PART or not part.replace("-", "").isalpha():
            return ""
        if "-" in part:
            return self.compound_gloss(part, depth) if depth > 0 else ""
        learnt = self._part_senses(part, "first")
        own = self.part_word_senses(part)
        if learnt and own:
            # Of the part's own senses, the one most compounds use (Land: "state", not
            # "country"; Kabinett "cabinet", not "box room"; Reform "reform", not
            # "progressive"), else what the compounds say (Bund -> "federal"). An own sense
            # that far fewer compounds use than the compounds' favourite is a coincidence:
            # Dauer- is "permanent" in 23 compounds, "duration" (its own first sense) in 2.
            counts = self._part_counts(part, "first")
            top = counts.get(learnt[0], 0)
            shown = {s.lower() for s in own[:MAX_SENSES]}
            # A part that is a noun and an adjective (der Alt "alto", alt "old") has both
            # words' senses: `own` holds only the noun's, and Alteigentümer is no "alto +
            # owner" because six compounds name the voice where sixteen say "old".
            adjective = self.entry(part.lower(), "ADJ")
            if adjective is not None and adjective.gloss:
                shown.update(s.lower() for s in adjective.gloss.split("; ")[:MAX_SENSES])
            return next((s for s in learnt if s.lower() in shown
                         and counts.get(s, 0) * OWN_SENSE_SHARE >= top), learnt[0])
        if own and not learnt:
            loanword = self._english_homograph(part, own)
            if loanword:
                return loanword
        if learnt or own:
            return (learnt or own)[0]
        # A first part Ding lists as one, with "…" for the rest (Hightech… "high-tech"):
        # Ding's own English for it, where the part is no word of its own. (Preferred to a
        # sense the compounds use it would mostly be an adjective where English puts a
        # noun: Regierungs… "governmental", Schul… "academic".)
        combining = self.entry(part[:1].upper() + part[1:], COMBINING_FORM)
        if combining is not None and combining.gloss:
            return combining.gloss.split("; ")[0]
        # A noun Ding has only in the plural (Grabungen), its singular's sense.
        singular = self._singular_part(part)
        if singular:
            return singular
        if depth <= 0:
            return ""
        composed = self.compound_gloss(part[:1].upper() + part[1:], depth - 1, as_first=True)
        if composed:
            return composed
        # A compound before a linking element or a genitive -s (Landesschulrat-s-Vize...):
        # its last part stands there in a form no noun list has. The shortest ending first
        # (Wertkarte-n-, not Wertkart-en-); not a word with a capital inside, an inclusive
        # form (ArbeitnehmerInnen-, read by `_written_form_gloss`) or a name.
        for ending in sorted(LINKING, key=len) if part[1:].islower() else ():
            stem = part[: -len(ending)]
            if part.endswith(ending) and len(stem) >= 2 * _MIN_PART:
                composed = self.compound_gloss(stem[:1].upper() + stem[1:], depth - 1)
                if composed:
                    return composed
        return ""

    def _capitals_for_a_word(self, part: str) -> bool:
        """Whether a part written in capitals (AUA-) is a noun Ding writes otherwise (Aua,
        "ouch", "boo-boo"): capitals spell an abbreviation or a name (Austrian Airlines), and
        an exclamation is no first part of "AUA-Mutter"."""
        if len(part) < 2 or not (part.isalpha() and part.isupper()):
            return False
        row = self._row(part, "NOUN")
        return row is not None and row[0] != part

    def _english_homograph(self, part: str, own: list[str]) -> str:
        """The English word a first part is (Talk-: "talk"), where German has borrowed it
        (`english_loanword`), none of the part's own senses is it (Ding's Talk is talc) and
        one of Ding's compounds opening with the part reads it so (Talkshow "talk show"); ""
        otherwise."""
        loanword = english_loanword(part) if part[1:].islower() else ""
        if not loanword or any(loanword in sense.lower().split() for sense in own):
            return ""
        key = _lookup_key(part)
        rows = self._fetch("SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'NOUN'",
                           (key, key + "\uffff"))
        return loanword if any(sense.lower().startswith(loanword + " ")
                               for (gloss,) in rows for sense in gloss.split("; ")) else ""

    def _singular_part(self, part: str) -> str:
        """The English of a first part that is a noun Ding lists only by its plural headword
        (Grabung-s-: "Grabungen {pl} :: digs; excavations"), as `derived_noun_entry` reads the
        noun alone: its first sense made singular, "dig" (Grabungsstelle "≈ dig + place").
        As written or before a linking element."""
        for word in _part_nouns(part):
            found = self.entry(word, SINGULAR_OF_PLURAL)
            if found is not None and found.gloss:
                return found.gloss.split("; ")[0]
        return ""

    def _stem_sense_first(self, stem: str, senses: list[str]) -> list[str]:
        """A verb stem's senses as a compound's first part (Verteil-: verteilen "to deal; to
        distribute; to issue"), the one Ding's nouns opening with the stem speak of first.

        A verb's first sense on its card is the one its commonest use wants; in a compound
        the stem names the action in general, as the verb's nouns do: Ding's Verteiler…,
        Verteilerkabel, Verteilerleitung, Verteilung say "distributing", "distribution",
        "distributor", none "dealer" or "issue". So the sense whose English word (less a final
        e: distribut-) opens a word of more of those nouns' English than the first sense's
        does, in at least MIN_PART_EVIDENCE nouns, goes first: Verteilsystem "≈ distribute
        + system", not "deal + system"."""
        if len(senses) < 2:
            return senses
        key = _lookup_key(stem)
        rows = self._fetch("SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'NOUN'",
                           (key, key + "\uffff"))
        if not rows:
            return senses
        words = [{w.strip("(),").lower() for w in gloss.replace(";", " ").split()}
                 for (gloss,) in rows]

        def nouns(sense: str) -> int:
            if " " in sense or len(sense) < _MIN_PART:
                return 0
            root = sense.lower().removesuffix("e")
            return sum(any(w.startswith(root) for w in english) for english in words)

        counts = [nouns(sense) for sense in senses[:MAX_SENSES]]
        best = max(range(len(counts)), key=lambda i: (counts[i], -i))
        if counts[best] < MIN_PART_EVIDENCE or counts[best] <= counts[0]:
            return senses
        return [senses[best]] + senses[:best] + senses[best + 1:]

    def prefix_gloss(self, prefix: str) -> str:
        """The first sense of a compound's first part as a word (see `part_word_senses`)."""
        senses = self.part_word_senses(prefix)
        return senses[0] if senses else ""

    def part_word_senses(self, prefix: str) -> list[str]:
        """The senses of a compound's first part as a word, tried in this order: a noun as
        written or in the plural (Staaten-), an adjective (Privat-), a noun before a linking
        element (Präsidentschaft-s-), an adverb (Innen-), a verb stem of four letters or
        more (Bezahl-, Lenk-; a three-letter one is mostly a fragment: Bet-rat), an English
        word German has borrowed (Internet-, Comic-: `english_loanword`). [] if none."""
        if len(prefix) < _MIN_PART:
            return []  # Re-, Ex-: prefixes, glossed badly as words
        noun = prefix[:1].upper() + prefix[1:]
        lower = prefix.lower()
        stripped = [noun[: -len(s)] for s in LINKING
                    if noun.endswith(s) and len(noun) - len(s) > _MIN_PART]
        tries = ([(noun, "NOUN"), (lower, "ADJ")] + [(word, "NOUN") for word in stripped]
                 + [(lower, "ADV")])
        if len(prefix) > _MIN_PART:
            # The compass points lose their noun's -en in compounds: Süd-, Südwest- (Süden,
            # Südwesten); so do a few other nouns (Nord-, Ost-, West-). Only a noun Ding has
            # in that form, not a plural (Wirt|schaft- is no Schaften).
            tries.append((noun + "en", "NOUN-EN"))
        if len(prefix) > _MIN_PART:
            tries += [(lower + "en", "VERB"), (lower + "n", "VERB")]
        for word, pos in tries:
            found = self.entry(word, "NOUN" if pos == "NOUN-EN" else pos)
            if pos == "NOUN-EN" and found is not None and found.gender not in ("m", "n"):
                continue  # der Süden, not the plural die Medien (Medi-ale)
            if found is None and pos == "NOUN":
                row = self._singular_row(word)
                found = self.entry(row[0], "NOUN") if row is not None else None
            if found is not None and found.gloss and pos == "NOUN" and word == noun:
                # A verb's infinitive as a noun (das Runden "rounding") is no first part
                # where a noun stands before a linking element (Runde-n-): German joins a
                # verb to a head by its stem (Rund-, Rundlauf), or an infinitive with -s
                # (Lebens-, Essens-), so Rundenzeit is a lap's time, not a rounding's.
                linked = self._linked_noun_before_infinitive(lower, found, stripped)
                found = linked or found
            if found is not None and found.gloss:
                senses = [s.removeprefix("to ").split() for s in found.gloss.split("; ")]
                # "direct sth." -> "direct"
                plain = [" ".join(w for w in s if w not in _PLACEHOLDERS) for s in senses]
                return self._stem_sense_first(lower, plain) if pos == "VERB" else plain
        loanword = english_loanword(prefix)
        return [loanword] if loanword else []

    def _linked_noun_before_infinitive(self, lower: str, found: Entry,
                                       stripped: list[str]) -> Entry | None:
        """The noun before a linking element -n/-en (Runde-n-) where the part as written is a
        neuter noun Ding renders only by English gerunds ("Runden {n} :: rounding") and is
        the infinitive of a verb Ding has: a nominalised infinitive, which German does not
        put bare before a head. None otherwise (das Essen "food; meal" is a thing of its
        own, and keeps its compounds)."""
        if found.gender != "n" or not lower.endswith("n"):
            return None
        if not all(s.split()[-1].endswith("ing") for s in found.gloss.split("; ") if s):
            return None
        if self.entry(lower, "VERB") is None:
            return None
        for word in stripped:
            if lower[len(word):] in ("n", "en"):
                linked = self.entry(word, "NOUN")
                if linked is not None and linked.gloss:
                    return linked
        return None


# British and American spellings of one word (organisation, organization; manoeuvre,
# maneuver; colour, color; centre, center; co-operation, cooperation) are one sense.
_SPELLINGS = ((re.compile(r"-"), ""), (re.compile(r"our\b"), "or"), (re.compile(r"oeu"), "eu"),
              (re.compile(r"is(e|ed|es|ing|ation)\b"), r"iz\1"),
              (re.compile(r"([^aeiou])re\b"), r"\1er"))


# Nouns in these suffixes always take a linking -s before another noun (Zeitung-s-stand,
# Sicherheit-s-rat, Gesellschaft-s-recht, Universität-s-klinik, Aktion-s-tag), and such a
# -s closes the compound's first part: what stands before it is one constituent, what
# follows the head (Rückzahlung-s-termin is a date of repayment, not the back of a
# Zahlungstermin; Versicherung-s-beitrag).
_LINKED_SUFFIX = re.compile(r"(?:ung|heit|keit|schaft|tät|ion)s(?=[a-zäöü])")


def _split_points(word: str, is_noun: Callable[[str], bool]) -> list[int]:
    """Where to try splitting a compound into first part and head: after a suffix's linking
    -s (`_LINKED_SUFFIX`) where what stands before it is a noun of its own (`is_noun`), the
    rightmost first, then every point from the left, the longest head first. A first part
    that is no word of Ding's is itself a compound, whose own last part may make one with
    the head: Bezirks|verwaltungsbehörde is an administrative authority of a district.

    So is an -s after a compound Ding knows as a noun (of more than 2 * _MIN_PART letters:
    Menschenrecht-s-, Urheberrecht-s-), unless the s opens a noun itself (Winter|sturm, no
    Winters|turm): a compound Ding has is the first part a longer word was made from, as
    Menschenrechts|lage is the situation of human rights, not "human + legal situation"."""
    linked = [m.end() for m in _LINKED_SUFFIX.finditer(word, _MIN_PART)
              if len(word) - m.end() >= _MIN_PART and is_noun(word[: m.end() - 1])]
    linked += [i for i in range(2 * _MIN_PART + 1, len(word) - _MIN_PART + 1)
               if word[i - 1] == "s" and i not in linked and is_noun(word[: i - 1])
               and not is_noun(word[i - 1].upper() + word[i:])]
    linked.sort()
    ordinary = [start for start in range(_MIN_PART, len(word) - _MIN_PART + 1)
                if start not in linked]
    return linked[::-1] + ordinary


def _spelling(word: str) -> str:
    """`word` lower case, in American spelling, without hyphens: one key for both spellings."""
    word = word.casefold()
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


# The endings of a German adjective's strong and weak forms (kalter, kalte, kaltes, kalten,
# kaltem), longest first.
_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")
# A noun written with a capital I for both genders (ArbeitnehmerInnen, LehrerIn): the
# masculine noun before it.
_INCLUSIVE_FORM = re.compile(r"(\w+[a-zäöüß])(?:In|Innen)")


def _german_word(word: str) -> bool:
    """Whether German Wiktionary has `word` as a German word Ding lacks, not a name: a word it
    defines that is no English one German has borrowed (Internet, Cup are their own gloss),
    written in lower case (raus) or, capitalized, listed as a common noun (Europacup,
    Hightech; Wiktionary defines surnames too: Trump, "Nachname"), or the plural or a case
    form of one of its nouns (Nazis). Names it lists as names only are none (Steiermark), nor
    are first names, whatever else they are (Hans, also "Person männlichen Geschlechts")."""
    lower = word.lower()
    english = wordlists.zipf_frequency(lower, "en")
    if word in nouns.listed_names() or word in nouns.first_names() or (
            english >= _LOANWORD_ZIPF and english >= wordlists.zipf_frequency(lower, "de")):
        return False
    if word.islower():
        return bool(definitions.senses(word))
    return bool(nouns.lemmas_of(word)) or (nouns.is_noun(word)
                                           and bool(definitions.senses(word)))


def _is_function_word(word: str) -> bool:
    """Whether wordfreq counts a German word at Zipf _FUNCTION_WORD_ZIPF or more: articles,
    prepositions, pronouns, conjunctions (der, an, ein, und). Asked of learner's copy of the
    list (`wordlists`), a word at a time: a rebuild that meets one hyphenated compound need
    not read wordfreq's whole German list."""
    found = wordlists.frequencies("de").get(word.lower(), 0.0)
    return found >= 10 ** (_FUNCTION_WORD_ZIPF - 9)


# A label before a Wiktionary sense ("Politik:", "in Zusammensetzungen:") and the words that
# say a sense spells out an abbreviation ("Abkürzung für", "Kurzwort für").
_SENSE_LABEL = re.compile(r"^([^:„“\"]{1,40}):\s*")
_SPELLS_OUT = re.compile(
    r"^(?:Kurzbezeichnung, )?(?:Abkürzung|Kurzwort|Kurzform|Akronym)(?: (?:für|von|aus))?\s+")


def spelled_out(sense: str) -> tuple[str, bool]:
    """The one German word a Wiktionary sense of an abbreviation spells it out as, and
    whether the sense is labelled for compounds: "in Zusammensetzungen:
    nationalsozialistisch" -> ("nationalsozialistisch", True), "Abkürzung für
    Arbeitsmarktservice" -> ("Arbeitsmarktservice", False); ("", False) for a name of several
    words ("Österreichische Volkspartei") or anything else."""
    label = _SENSE_LABEL.match(sense)
    text = sense[label.end():] if label else sense
    text = _SPELLS_OUT.sub("", text).strip(" „“\"'.")
    in_compounds = bool(label) and "Zusammensetzung" in label.group(1)
    return (text, in_compounds) if text.replace("-", "").isalpha() else ("", False)


def doubtful_hint(gloss: str) -> bool:
    """Whether a compound hint is unsure of its parts: it offers several readings
    (`alternative_readings`), or keeps a part as written ("ÖFB- + selection"), a name or
    abbreviation the hint does not translate."""
    return "; " in gloss or "- + " in gloss


def alternative_readings(firsts: list[str], heads: list[str], size: int) -> list[str]:
    """Up to `size` readings "first part + head" of a compound, each part's senses best
    first: the best of both, then the head's second sense, then the first part's second, then
    the rest in turn. A compound Ding lacks means one sense of each part, and Ding's order of
    a part's senses says which is commonest, not which the compound means: Treffer is "hit"
    before "goal", but a cup's Treffer is a goal; Anschlag- is "stop" before "attack". A hint
    that offers the next sense of each part lets the learner find the one the sentence
    means, where one reading alone would teach the wrong one."""
    pairs = [(0, 0), (0, 1), (1, 0), (0, 2), (1, 1), (2, 0)]
    found = [f"{firsts[i]} + {heads[j]}" for i, j in pairs if i < len(firsts) and j < len(heads)]
    return found[:size]


def _new_family(sense: str, found: Iterable[str]) -> bool:
    """Whether `sense` is of no English word family among `found` ("station" and "radio
    station" are one; "low" and "Lower" one word's forms), nor a derivation of one of their
    stems ("presidency" says in a compound hint what "presidential" says, "violence" what
    "violent" says: all but the last three letters of the shorter, five at least, shared)."""
    family = _spelling(sense_family(sense))

    def one_stem(other: str) -> bool:
        shared = len(os.path.commonprefix([family, other]))
        return shared >= max(_SHARED_STEM, min(len(family), len(other)) - 3)

    return bool(sense) and not any(
        family.startswith(f) or f.startswith(family) or one_stem(f)
        for f in (_spelling(sense_family(other)) for other in found))


# English derivations of one stem share at least five letters (violen-t, violen-ce).
_SHARED_STEM = 5


def _shown_in_compounds(found: list[str], own: list[str], counts: Mapping[str, int],
                        ) -> list[str]:
    """A compound part's senses that its Ding entry shows (`own`, its first MAX_SENSES)
    and Ding's compounds use (`counts`), not offered yet (`found`): at least
    MIN_COMPOUND_SENSE compounds and an eighth of the favourite's count. Two kinds of
    evidence, so half the share `Dictionary._other_senses` asks of the compounds alone (a
    quarter): Zug is "train" in 41 of Ding's compounds and "procession" in 9 (Festzug,
    Fackelzug, Trauerzug), and a Protestzug is a march; Gruppe is "group" in 133 and
    "category" in 6, a sense no Islamistengruppe means."""
    lowered = {sense.lower(): count for sense, count in counts.items()}
    least = max(MIN_COMPOUND_SENSE, max(counts.values(), default=0) / (2 * ALTERNATIVE_SHARE))
    extras: list[str] = []
    for sense in own[:MAX_SENSES]:
        if lowered.get(sense.lower(), 0) >= least and _new_family(sense, [*found, *extras]):
            extras.append(sense)
    return extras


def _own_readings(firsts: list[str], heads: list[str], own_firsts: list[str],
                  own_heads: list[str], first_counts: Mapping[str, int],
                  head_counts: Mapping[str, int]) -> list[str]:
    """More readings of a compound from its parts' own entries (`own_firsts`, `own_heads`,
    best first), beside the senses Ding's compounds give the parts (`firsts`, `heads`, best
    first, with how many compounds use each: `first_counts`, `head_counts`):

    - a part's own first sense, the sense the word alone has most often, where some but
      fewer than OWN_SENSE_SHARE * MIN_COMPOUND_SENSE (9) of Ding's compounds back their
      favourite. A few compounds may favour a sense of a few titles (Honorar- "honorary" in
      Honorarkonsul and Honorarprofessor; Honorar is a "fee": Honorarzahlung "≈ fee +
      payment") or of a technical field; where many agree (Grund- "basic" in 70, Gesamt-
      "total" in 72), the word's own first sense ("reason", "whole") is the rarer reading in
      a compound;
    - then a sense the part's entry shows (`_shown_in_compounds`) that at least
      MIN_COMPOUND_SENSE compounds use, the head's first: Zug is "train" in 41 of Ding's
      compounds and "procession" in 9, and a Protestzug is a march."""
    found: list[str] = []
    for own, counts, offered in ((own_firsts, first_counts, firsts),
                                 (own_heads, head_counts, heads)):
        # Only against the compounds' favourite: a part no compound reads is read in its own
        # first sense already, or deliberately not (Talk- "talk", not Ding's "talc").
        if (own and counts and max(counts.values()) < OWN_SENSE_SHARE * MIN_COMPOUND_SENSE
                and _new_family(own[0], offered)):
            found.append(f"{own[0]} + {heads[0]}" if offered is firsts
                         else f"{firsts[0]} + {own[0]}")
    found += [f"{firsts[0]} + {sense}" for sense in _shown_in_compounds(heads, own_heads,
                                                                        head_counts)]
    found += [f"{sense} + {heads[0]}" for sense in _shown_in_compounds(firsts, own_firsts,
                                                                       first_counts)]
    return found


def _distinct_own_readings(found: list[str], own_firsts: list[str], own_heads: list[str],
                           first_counts: Mapping[str, int], head_counts: Mapping[str, int],
                           ) -> list[str]:
    """Readings that fill a hint's empty places (after `found`, the readings already offered,
    best first) with a sense of a part's own entry (its first MAX_SENSES) that no reading
    offers yet in any English word family: the head's, commonest English first, in turn with
    the first part's, each beside the other part of the best reading. A hint offered the
    senses Ding's compounds give a part, and those are often one family or one field: Prozess
    is "process" in 106 compounds and "trial" in 7 (Terrorprozess "≈ terror + process; terror
    + trial"), Forderung- "claim" (Forderungskatalog "≈ claim + catalogue; demand +
    catalogue"), Rad- "wheel" (Radsaison "≈ wheel + season; bicycle + season").

    Only a sense some of Ding's compounds read the part in, or any where none reads it at all
    and the hint reads it by its entry (Schiedsrichter, Überfall: Handball-Schiedsrichter "≈
    handball + arbitrator; handball + referee; ..."; not Slip- "slip", read as the English
    word where Ding's entry has "briefs"): a sense of the entry no compound uses is mostly a
    homograph's or a specialist's (Ball "formal dance", Kapelle "fume cupboard", Raub
    "rape"), and in a compound it is noise."""
    if not found:
        return []
    best_first, _, best_head = found[0].rpartition(" + ")
    offered_firsts = [reading.rpartition(" + ")[0] for reading in found]
    offered_heads = [reading.rpartition(" + ")[2] for reading in found]

    def distinct(own: list[str], offered: list[str], counts: Mapping[str, int]) -> list[str]:
        used = {sense.lower() for sense in counts}
        if not used and not {sense.lower() for sense in offered} & {s.lower() for s in own}:
            return []  # Slip- "slip": read as another word than its entry's on purpose
        return [sense for sense in sorted(own[:MAX_SENSES], key=lambda s: -_phrase_zipf(s))
                if (not used or sense.lower() in used) and _new_family(sense, offered)]

    heads = [f"{best_first} + {sense}"
             for sense in distinct(own_heads, offered_heads, head_counts)]
    firsts = [f"{sense} + {best_head}"
              for sense in distinct(own_firsts, offered_firsts, first_counts)]
    return [reading for pair in itertools.zip_longest(heads, firsts) for reading in pair
            if reading]


# An English word German has borrowed is written as in English and is at least as frequent
# in English text as in German: wordfreq's Zipf in English at least _LOANWORD_ZIPF and not
# below its German one (Framework 4.3 vs 3.2, Comic 4.4 vs 4.1, Newsroom 3.2 vs 3.0; a
# Finnish first name, Sampo, is 1.7 in both). German words that are also English spellings
# (Gift, Rat, Hut) are in Ding and never reach this test, which is asked only of words Ding
# lacks.
_LOANWORD_ZIPF = 3.0
# The words of a hyphenated phrase before a compound's head are read one by one only where
# each is an everyday word, about once in a million words or more (`_phrase_gloss`).
_PHRASE_WORD_ZIPF = 3.0
_LOANWORD_MARGIN = 0.0


def _noun_definition(part: str) -> str:
    """German Wiktionary's definition of a compound's last part as a noun, "" unless
    Wiktionary lists it as a common noun (not a place, a surname or a word Wikidata alone
    lists: Ost-Berlin's Berlin is no kind of thing) and defines it."""
    noun = part[:1].upper() + part[1:]
    if len(noun) < _MIN_PART or not noun[1:].islower() or nouns.entry(noun) is None:
        # A last part with capitals inside is an abbreviation (GmbH, AG): one of a company's
        # legal form makes the compound its name (Beispiel-GmbH), no kind of thing.
        return ""
    return definitions.definition(noun)


def german_lexicons_list(noun: str) -> bool:
    """Whether a German lexicon besides Ding lists the noun: Wiktionary or Wikidata's lexemes
    as a noun, or Wiktionary with a definition."""
    return bool(nouns.entries(noun)) or bool(definitions.definition(noun))


# How many of Ding's adjectives ending in one part must render it by the same English frame
# around their first part (`Dictionary.head_frame`) for the frame to stand for the part: three,
# as two compounds share a phrase by chance ("not belonging to the railway/railroad" for both
# eisenbahnfremd and bahnfremd).
MIN_FRAME_EVIDENCE = 3
# German adjective suffixoids (Halbsuffixe) whose meaning after a noun is one, though Ding
# renders each of its compounds in its own words, so no frame stands out there: the frame
# that fits most of Ding's own compounds. -fremd "not belonging to the noun's domain" fits 17
# of Ding's 27 (branchenfremd, ortsfremd "non-local", haushaltsfremd "extrabudgetary"; not
# the "out of touch" sense of weltfremd, realitätsfremd), -freudig "keen on" 15 of 20
# (kontaktfreudig, prozessfreudig "litigious"; not farbenfreudig "colourful"). -betont
# (gefühlsbetont "emotional"), -mäßig and -jährig have no one reading.
SUFFIXOID_FRAMES = {"fremd": ("from outside the", ""), "freudig": ("keen on", "")}
_FRAME_SLOT = 3


def _sense_frames(sense: str) -> dict[tuple[str, str], str]:
    """The frames ("under", "law") a sense ("under commercial law") could be, with what
    fills the slot ("commercial"), as `Dictionary.head_frame` counts them: one or two words
    before a slot of one to three words, and none or one after it; a frame of one word
    before the slot has one after it."""
    words = sense.split()
    if not all(w.isalpha() for w in words):
        return {}
    found = {}
    for before in (1, 2):
        for after in (0, 1):
            slot = len(words) - before - after
            if 1 <= slot <= _FRAME_SLOT and before + after >= 2:
                found[" ".join(words[:before]), " ".join(words[len(words) - after:])] = (
                    " ".join(words[before:len(words) - after]))
    return found


def _uses_sense(gloss: str, sense: str) -> bool:
    """Whether a (lower-case) gloss uses a sense: the sense ends one of its words
    (microbiological: biological; "independent of party"), not one a word merely contains
    ("med" in "medical")."""
    return re.search(re.escape(sense.lower()) + r"\b", gloss) is not None


# An English combining element (work-related, cross-party) translates a German adjective's last
# part where at least one in COMBINING_SHARE of Ding's adjectives ending in it use it: English
# renders -bezogen by "-related" in 15 of Ding's 54 (the rest by "-oriented", "-based",
# "relevant"...), -übergreifend by "cross-" in 13 of 35, -arm by "low-" in 23 of 59.
COMBINING_SHARE = 4


def _combining_element(glosses: list[str]) -> str:
    """The English element written with a hyphen that most of `glosses` (Ding's adjectives
    ending in one part) use, "-related" at a sense's end or "cross-" at its start, where at
    least MIN_SUFFIX_EVIDENCE of them and one in COMBINING_SHARE do; else "". A gloss counts
    once for an element, however many of its senses use it."""
    counts: Counter = Counter()
    for gloss in glosses:
        elements = set()
        for sense in gloss.split("; "):
            words = sense.split(" ")
            first, last = words[0], words[-1]
            if "-" in last.strip("-") and last.rsplit("-", 1)[1].isalpha():
                elements.add("-" + last.rsplit("-", 1)[1])
            if "-" in first.strip("-") and first.split("-", 1)[0].isalpha():
                elements.add(first.split("-", 1)[0] + "-")
        counts.update(elements)
    if not counts:
        return ""
    element, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    return (element if count >= MIN_SUFFIX_EVIDENCE and COMBINING_SHARE * count >= len(glosses)
            else "")


def english_loanword(word: str) -> str:
    """The English word `word` is, lower-cased, when it is one German has borrowed as
    written (Framework -> framework); "" otherwise. Only asked of words Ding lacks."""
    lower = word.lower()
    if not lower.isalpha() or len(lower) < 4:
        return ""
    return lower if wordlists.leans_english(lower, _LOANWORD_ZIPF, _LOANWORD_MARGIN) else ""


def listed_loanword(noun: str) -> str:
    """The English word a noun is, lower-cased, where a German lexicon lists the noun
    (Wiktionary or Wikidata's lexemes: Tiebreak, Relaunch, Floater) and English writes it as
    a word of its own about as often as German does; "" otherwise. Asked only where nothing
    else glosses the noun, and only where German Wiktionary does not define it: its
    definition says what the word means in German (Tete, "Spitze einer militärischen
    Einheit"), the English word only how English writes it.

    `english_loanword` asks of a word no lexicon vouches for that English write it more often
    than German and often (Zipf 3): that tells an English word quoted in German text
    (Notification) from a German one. Where a German lexicon lists the noun, the lexicon says
    it is German already, and English need only know it as a word: Zipf _LISTED_LOANWORD_ZIPF
    or more, and not more than _LISTED_LOANWORD_MARGIN below German, which keeps out names
    German writes far more often than English (Fortuna, a club: 3.8 in German, 2.7 in English)
    and words English meets only as a name (Neos, a party: 2.2)."""
    lower = noun.lower()
    if (not lower.isalpha() or len(lower) < 4 or not nouns.entries(noun)
            or noun in nouns.listed_names() or noun in nouns.first_names()
            or definitions.definition(noun)):
        return ""
    at_least = _LISTED_LOANWORD_ZIPF
    return lower if wordlists.leans_english(lower, at_least, -_LISTED_LOANWORD_MARGIN) else ""


# A noun a German lexicon lists is glossed by its English word where English writes it at
# least this often (Tiebreak 2.35, Floater 2.6, Relaunch 2.9: words of a trade, rarer than
# everyday loanwords; Neos, a party's name, is 2.2) ...
# A word Ding uses as English is read as English, not as a German compound
# (`Dictionary.english_word`), where English writes it at least this often (Zipf; hyperlink
# 2.4, hipster 3.4) and not more than the margin less often than German (hipster 3.6 in German).
_ENGLISH_WORD_ZIPF = 2.0
_ENGLISH_WORD_MARGIN = 0.5
_LISTED_LOANWORD_ZIPF = 2.3
# ... and at most this much less often than German (Tiebreak 2.35 against 2.45, Relaunch 2.9
# against 3.05; Fortuna, a club's name, 2.7 against 3.8).
_LISTED_LOANWORD_MARGIN = 0.5

_VOWELS = "aeiou"
# German Wiktionary's definition of a short form: "kurz für: Untersuchungshaft", "Kurzform für
# Unterseeboot", "Kurzwort für Kindertagesstätte" (one word).
_SHORT_FOR = re.compile(r"(?:kurz|Kurzform|Kurzwort) für:? ([A-ZÄÖÜ][\w-]+)")
_VOWEL = re.compile("[aeiouäöüy]", re.IGNORECASE)

# The spoken short forms of the her-/hin- particles, with the written particles Ding lists
# verbs under: "rein" is herein- or hinein-, "raus" heraus- or hinaus-, and so on.
_SHORT_PARTICLES = (
    ("rein", ("hinein", "herein")), ("raus", ("heraus", "hinaus")),
    ("rauf", ("herauf", "hinauf")), ("runter", ("herunter", "hinunter")),
    ("rüber", ("herüber", "hinüber")), ("ran", ("heran", "hinan")),
    ("rum", ("herum",)), ("rab", ("herab", "hinab")),
)

# Particles of two parts (an adverb of direction, her- or hin-, with a preposition) and
# the adverbs entgegen, auseinander, zurück, voran: each adds a direction to its verb and
# nothing more, and English says it with one adverb after the verb. Not hervor-, whose verbs
# mostly mean showing or causing (hervorheben, hervorrufen, hervorkehren: to display, not
# "to sweep forth"), nor herum- (herumkommen, to get about).
_SPATIAL_PARTICLES = (
    ("auseinander", "apart"), ("hinterher", "after"), ("entgegen", "towards"),
    ("hindurch", "through"), ("herunter", "down"), ("hinunter", "down"),
    ("heraus", "out"), ("hinaus", "out"), ("herein", "in"), ("hinein", "in"),
    ("herauf", "up"), ("hinauf", "up"), ("heran", "closer"),
    ("zurück", "back"), ("voran", "ahead"), ("voraus", "ahead"),
)
# Two particles that add one thing English also says with an adverb after the verb, though
# not a direction: dazu- adds to what there is (dazugewinnen, dazukaufen: to win, to buy in
# addition), frei- says the result, something freed or cleared (freispielen, freischaufeln:
# to play, to shovel free), as English "to break free", "to cut free". Their verbs with a
# sense of their own (dazugehören "to belong", freisprechen "to acquit", freistellen "to
# exempt") are Ding's or Wiktionary's entries, which come first.
# weg- is the one one-syllable particle that only points a way: away, as English says it
# after the verb (wegtreiben, wegschleppen: to drive, to drag away). Read so, 21 of the 27
# weg- verbs Ding has with a bare first sense of their base get a hint that fits Ding's own
# sense; the misleading ones (wegtreten "to kick away", wegzoomen "to zoom away") are
# Ding's, which come first. aus-, nach-, durch- misled half the time (docs/dictionary.md).
_ADVERB_PARTICLES = _SPATIAL_PARTICLES + (
    ("dazu", "in addition"), ("frei", "free"), ("weg", "away"))
_BARE_VERB_SENSE = re.compile(r"to [a-z]+")
# A verb's sense with one object's placeholder ("to win sth."), after which dazu-'s and frei-'s
# adverb may stand.
_OBJECT_VERB_SENSE = re.compile(r"to [a-z]+(?: (?:sth\.|sb\.))?")
# A verb's sense in plain words, with its object at most a placeholder ("to sign sth.",
# "to take sth. into account"): what "also" and "jointly" can go with (`shared_verb_entry`).
_PLAIN_VERB_SENSE = re.compile(r"to [a-z]+(?: (?:[a-z]+|sth\.|sb\.))*")
# The letters of the metric prefixes German writes before a unit's name (MBit, GByte).
_METRIC_PREFIXES = {"k": "Kilo", "M": "Mega", "G": "Giga", "T": "Tera"}


# German ordinals as the first part of an adjective (zweitbeste, drittgrößte), with English's.
ORDINAL_STEMS = (("zweit", "second"), ("dritt", "third"), ("viert", "fourth"),
                 ("fünft", "fifth"))
# German superlatives not made of their positive's letters and -st (höchst of hoch, nächst of
# nah, größt of groß: the umlaut), by the superlative's stem.
IRREGULAR_SUPERLATIVES = {"höchst": "hoch", "nächst": "nah", "größt": "groß", "best": "gut",
                          "meist": "viel", "ältest": "alt", "jüngst": "jung",
                          "stärkst": "stark", "längst": "lang", "kürzest": "kurz"}
# How common in English a superlative made by the spelling rules must be to be the word:
# "highest" 5.0, "strongest" 4.0; "importantest", no word, is not in wordfreq.
_EST_ZIPF = 3.0


def english_est(adjective: str) -> str:
    """ "high" -> "highest", "large" -> "largest", "big" -> "biggest", "early" ->
    "earliest": the English superlative of a one-word adjective by the regular spelling
    rules, whether or not English makes it so; "" for a phrase. The last consonant doubles
    as before -ing and -ed (`_doubles_final_consonant`: big, biggest)."""
    if not adjective.isalpha() or not adjective.islower():
        return ""
    if adjective.endswith("e"):
        return adjective + "st"
    if adjective.endswith("y") and len(adjective) > 2 and adjective[-2] not in _VOWELS:
        return adjective[:-1] + "iest"
    if _doubles_final_consonant(adjective, "est"):
        return adjective + adjective[-1] + "est"
    return adjective + "est"


def english_ly(adjective: str) -> str:
    """ "high" -> "highly", "heavy" -> "heavily", "full" -> "fully", "simple" -> "simply":
    the English adverb of a one-word adjective by the regular spelling rules; "" for a
    phrase."""
    if not adjective.isalpha() or not adjective.islower():
        return ""
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    if adjective.endswith("ll"):
        return adjective + "y"
    if adjective.endswith("le"):
        return adjective[:-1] + "y"
    return adjective + "ly"


# How common (Zipf, English) the adjective must be that an adverb in -ly is read back to: a
# word a learner knows, not a chance string ("jolly" is no "jol" + -ly).
_LY_ADJECTIVE_ZIPF = 2.5
# A word in -ly this common (Zipf, English) is read as it is.
_COMMON_LY_ZIPF = 4.5


def english_adjective_of(adverb: str) -> str:
    """ "ominously" -> "ominous", "happily" -> "happy", "simply" -> "simple", "fully" ->
    "full": the English adjective whose adverb (`english_ly`) a one-word sense is, where
    English uses that adjective more than the adverb; "" for any other sense."""
    if not adverb.endswith("ly") or not adverb.isalpha() or not adverb.islower():
        return ""
    # The adjective English uses more than the word in -ly: "early", "likely" or "friendly"
    # are adjectives themselves, more common than "ear", and no adverb to read back.
    # Nor a common word in -ly at all ("friendly", "likely": "friend", "like" are commoner
    # still): English uses it in its own right, often as an adjective.
    used = wordlists.zipf_frequency(adverb, "en")
    if used >= _COMMON_LY_ZIPF:
        return ""
    least = max(_LY_ADJECTIVE_ZIPF, used)
    for adjective in (adverb[:-1], adverb[:-3] + "y", adverb[:-1] + "e", adverb[:-2]):
        if (len(adjective) > 3 and english_ly(adjective) == adverb
                and wordlists.zipf_frequency(adjective, "en") > least):
            return adjective
    return ""


def english_doer(sense: str) -> str:
    """ "to market" -> "someone who markets", "to fiddle around with sth." -> "someone who
    fiddles around with sth.": the agent a German -er noun names, in English's third person
    singular by its spelling rules (fix -> fixes, carry -> carries); "" for a sense that is
    not "to <verb> ..." or whose verb is "be"/"have" (an agent noun is never of those)."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to" or words[1] in ("be", "have") or not words[1].isalpha():
        return ""
    verb = words[1]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return " ".join(["someone who", third, *words[2:]])


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _action_senses(verb: Entry) -> str:
    """A noun naming a verb's action, as English names it: the verb's first two senses in
    -ing form ("to incite" -> "inciting"), each once (das Beschimpfen, Anstachelung,
    Gequengel)."""
    return "; ".join(dict.fromkeys(english_ing(s) for s in verb.gloss.split("; ")[:2]))


def _doubles_final_consonant(verb: str, ending: str) -> bool:
    """Whether English doubles the verb's last consonant before -ing/-ed. It does after a
    single stressed vowel: every one-syllable verb ending consonant-vowel-consonant (stop,
    plan), and a longer one whose last syllable is stressed (overlap, compel, embed, rebel)
    but not one stressed earlier (open, offer, visit). The stress is in no word list here, so
    for a longer verb English usage decides: the doubled form, where wordfreq knows it better
    than the single one ("overlapping" against "overlaping")."""
    if (len(verb) < 3 or verb[-1] in _VOWELS + "wxy" or verb[-2] not in _VOWELS
            or (verb[-3] in _VOWELS and verb[-4:-2] != "qu")):  # the u of qu is no vowel
        return False
    if len(_VOWEL_GROUPS.findall(verb)) == 1:
        return True
    doubled = wordlists.zipf_frequency(verb + verb[-1] + ending, "en")
    return doubled > wordlists.zipf_frequency(verb + ending, "en")


def _split_infinitive(words: list[str]) -> int:
    """Where the verb of a sense "to ..." stands: after "to", or one word later where an
    adverb splits the infinitive ("to suddenly pause": Ding writes such senses). An -ly word
    is that adverb where English never writes it with -ing; the verbs in -ly are written so
    (applying, rallying)."""
    if (len(words) > 2 and words[1].endswith("ly") and words[2].isalpha()
            and wordlists.zipf_frequency(words[1] + "ing", "en") == 0):
        return 2
    return 1


def english_ing(sense: str) -> str:
    """ "to sink" -> "sinking", "to be based on sth." -> "being based on sth.", "to suddenly
    pause" -> "suddenly pausing"; the English spelling rules for -ing that matter most (make
    -> making, die -> dying, stop -> stopping). A sense that is not "to <verb> ..." is
    returned as it is."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to":
        return sense
    at = _split_infinitive(words)
    verb = words[at]
    if verb == "be":
        ing = "being"
    elif verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        ing = verb[:-1] + "ing"
    elif _doubles_final_consonant(verb, "ing"):
        ing = verb + verb[-1] + "ing"  # stopping, overlapping
    else:
        ing = verb + "ing"
    return " ".join([*words[1:at], ing, *words[at + 1:]])


# --- gender and plural: Wiktionary, checked against Ding ------------------------------------


def english_past(sense: str) -> str:
    """ "to near" -> "neared", "to top sth." -> "topped sth.": the regular English past of a
    sense's verb by the spelling rules `english_ing` follows (make -> "maked": irregular
    verbs come out wrong, and wordfreq knows no such word). A sense that is not "to <verb>
    ..." is returned as it is."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to":
        return sense
    at = _split_infinitive(words)
    verb = words[at]
    if verb.endswith("e"):
        past = verb + "d"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        past = verb[:-1] + "ied"
    elif _doubles_final_consonant(verb, "ed"):
        past = verb + verb[-1] + "ed"  # stopped, overlapped
    else:
        past = verb + "ed"
    return " ".join([*words[1:at], past, *words[at + 1:]])


def _capitalized(word: str) -> str:
    return word[:1].upper() + word[1:]


def _plural_form(word: str) -> bool:
    """Whether Wiktionary lists `word` as the plural of a common noun (Güter: das Gut)."""
    return any(word in n.plurals for lemma in nouns.lemmas_of(word)
               for n in nouns.entries(lemma) if n.is_common)


def _is_word(part: str, dictionary: Dictionary | None, depth: int = 0) -> bool:
    """Whether a compound's first part is a German word: as written, without a linking
    element (Staat-s-, Tag-es-, Kunde-n-, Frau-en-, Kind-er-, Hund-e-), or without the final
    -e German drops before the next part (Schul(e)-reform, Sprach(e)-kurs). A noun Wiktionary
    or Wikidata lists, any headword of Ding, a verb stem Ding knows (Wohn-raum: wohnen), or
    itself a compound of such words (Bundes-auftrags-verwaltung)."""
    tries = [part] + [part[: -len(s)] for s in LINKING if part.endswith(s)] + [part + "e"]
    for word in tries:
        if len(word) < _MIN_PART:
            continue
        if nouns.is_noun(_capitalized(word)):
            return True
        if word == part and _plural_form(_capitalized(word)):
            # A noun's plural as the first part (Kulturgüter|schutz, Länder|spiel, Bücher|regal):
            # German joins many a noun to the next in its plural form, umlaut and all, which
            # no linking element cut off gives back (Kulturgüt-, Länd-).
            return True
        if dictionary is not None and (
            dictionary.knows(word) or dictionary.entry(word.lower() + "en", "VERB")
            or dictionary.entry(word.lower() + "n", "VERB")
        ):
            return True
    if _is_stem(part):
        return True
    if depth < 2:  # compounds of three or four parts are common; more are rare
        for word in tries[:-1]:
            for start in range(_MIN_PART, len(word) - _MIN_PART + 1):
                if (nouns.is_noun(_capitalized(word[start:]))
                        and _is_word(word[:start], dictionary, depth + 1)):
                    return True
    return False


# A deck asks for each noun's parts twice, for its IPA (deck.word_ipa) and for what its
# recording says (audio.spoken_compound), and trying every seam against the lexicon costs
# ~50 µs a noun: 13,000 notes spent ~0.6 s of CPU on it before this memo.
@lru_cache(maxsize=1 << 16)
def compound_parts(noun: str) -> tuple[str, str]:
    """A compound noun's first part and its head, as written: ("Staats", "Chef") for
    Staatschef; ("", "") when it is no compound the lexicon can read.

    The head is the longest final part Wiktionary lists as a noun, and the first part must be
    a word (`_is_word`, without Ding, so the answer does not depend on the dictionary being
    installed): German compounds take their meaning's core from the last part."""
    for start in range(_MIN_PART, len(noun) - _MIN_PART + 1):
        head = _capitalized(noun[start:])
        if nouns.is_noun(head) and _is_word(noun[:start].lower(), None):
            return noun[:start], head
    return "", ""


@lru_cache(maxsize=1 << 12)
def _is_stem(part: str) -> bool:
    """Whether Wiktionary has compounds starting with `part` whose rest is a noun, two or
    more: a stem that occurs only in compounds (Sexual-: Sexualkunde, Sexualstraftat)."""
    if len(part) < 4:
        return False
    found = 0
    for lemma in nouns.lemmas_starting(_capitalized(part)):
        rest = lemma[len(part):]
        if len(rest) >= _MIN_PART and rest[0].islower() and nouns.entry(_capitalized(rest)):
            found += 1
            if found == 2:
                return True
    return False


# Suffixes that fix a noun's gender, for a noun no lexicon knows, not even through its head:
# -ung, -heit, -keit, -schaft, -tät, -ion are feminine; -ismus and the agent suffixes -ator
# and -eur are masculine, as are English agent nouns in -er (der Browser); diminutives in
# -chen and -lein are neuter.
_SUFFIX_GENDERS = (("ung", "f"), ("heit", "f"), ("keit", "f"), ("schaft", "f"), ("tät", "f"),
                   ("ion", "f"), ("ismus", "m"), ("ator", "m"), ("eur", "m"), ("er", "m"),
                   ("chen", "n"), ("lein", "n"))
# Suffixes whose nouns nearly all have a plural, and always this one (die Lösung, die
# Lösungen; die Funktion, die Funktionen; der Moderator, die Moderatoren). Measured on the
# nouns Ding lists without a plural and Wiktionary knows: 93% of those in -ung have a
# plural, 90% of those in -ion, all in -ator; against 60% or fewer in -keit, -heit, -tät,
# -ismus (Frömmigkeit, Passivität, Separatismus: none), which get none from their suffix.
#
# Masculine nouns in -er (der Innsbrucker, der Abtreibungsgegner: agent and inhabitant
# nouns) mostly keep their form in the plural: 85% of those Ding lists without a plural,
# against 10% with another plural (Brüder) and 5% with none (Ärger).
_SUFFIX_PLURALS = (("ung", "f", "en"), ("ion", "f", "en"), ("ator", "m", "en"), ("er", "m", ""))


def suffix_forms(noun: str, gender: str = "") -> tuple[str, str] | None:
    """Gender, and plural where the suffix fixes it, of a noun Wiktionary does not know;
    given the gender a dictionary gives, the plural alone ("" where the suffix says none)."""
    if not gender:
        gender = next((g for suffix, g in _SUFFIX_GENDERS
                       if noun.endswith(suffix) and len(noun) > len(suffix) + 2), "")
        if not gender:
            return None
    for suffix, fixed, ending in _SUFFIX_PLURALS:
        if noun.endswith(suffix) and gender == fixed and len(noun) > len(suffix) + 2:
            return gender, noun + ending
    return gender, ""


def compound_head(noun: str, dictionary: Dictionary | None) -> tuple[str, Noun] | None:
    """A compound's first part(s) and its head, the longest last part Wiktionary has as a
    common noun with a gender, where the part before it is a word too (`_is_word`):
    Regionalparlament = Regional + Parlament. A German compound takes gender and plural from
    its head. Where a hyphen joins the parts (Funk-Hardware), the hyphen is the split and
    what stands before it is kept as written (mostly a name or an abbreviation: EU-, US-).

    Both sides must be words: "Hardware" is no "Hard" + "Ware", "Mediale" no "Medi" + "Ale".
    """
    # Remembered per dictionary (`Dictionary._compound_heads`): the answer depends only on
    # the noun, the lexicons and the dictionary.
    memo = getattr(dictionary, "_compound_heads", None)
    if memo is None:
        return _compound_head(noun, dictionary)
    try:
        return memo[noun]
    except KeyError:
        found = memo[noun] = _compound_head(noun, dictionary)
        return found


def _compound_head(noun: str, dictionary: Dictionary | None) -> tuple[str, Noun] | None:
    if "-" in noun.strip("-"):
        prefix, _, last = noun.rpartition("-")
        head = nouns.entry(_capitalized(last))
        if head is None and last.endswith("e"):
            # The accentless French loan after a hyphen too (Innenstadt-|Cafe: das Café).
            head = nouns.entry(_capitalized(last[:-1]) + "é")
        if head is not None and (head.gender or head.plural_only):
            head = _unadjectival_head(head)
            # A plural-only head too, as written together (EZB-|Daten: die Daten).
            return prefix + "-", head
        inner = compound_head(last, dictionary)
        return (prefix + "-" + inner[0], inner[1]) if inner else None
    for start in range(_MIN_PART, len(noun) - _MIN_PART + 1):
        head = nouns.entry(_capitalized(noun[start:]))
        if head is None and noun.endswith("e"):
            # A French loan written without its accent (Internet|cafe): Wiktionary has Café.
            head = nouns.entry(_capitalized(noun[start:-1]) + "é")
        if head is None or not (head.gender or head.plural_only):
            continue
        head = _unadjectival_head(head)
        if _spelled_like_suffix(head):
            continue
        if _is_word(noun[:start], dictionary):
            return noun[:start], head
    return None


def _strong_adjectival(noun: Noun) -> bool:
    """Whether an entry is the strong form of a noun declined like an adjective: Wiktionary's
    der Alter is "ein Alter", the old man (der Alte), not a lemma a compound is written on."""
    return nouns.ADJECTIVAL in noun.kinds and noun.lemma.endswith("er")


def _unadjectival_head(head: Noun) -> Noun:
    """A compound head's entry other than an adjectival noun's strong form, where Wiktionary
    has one first and an ordinary noun of the same spelling after it: Einstiegs|alter is das
    Alter, the age (die Einstiegsalter), not der Alter, "ein Alter" of der Alte, which would
    give "der Einstiegsalter, die Einstiegsalten". A compound of der Alte is written on its
    lemma, in -e (der Stammtischalte)."""
    if not _strong_adjectival(head):
        return head
    return next((noun for noun in nouns.entries(head.lemma)
                 if noun.is_common and nouns.WIKIDATA not in noun.kinds and noun.gender
                 and not _strong_adjectival(noun)), head)


def _spelled_like_suffix(head: Noun) -> bool:
    """Whether a last part is a noun-forming suffix written like a noun of another gender:
    Führer|schaft is the suffix -schaft, which makes feminine nouns (die Führerschaft, die
    Technologieführerschaft), not der Schaft, the shaft, which would give "der ...schaft,
    die ...schäfte". The suffix decides the gender (`suffix_forms`); a compound whose head
    really is the noun is one a lexicon lists with its longer head first."""
    return any(head.lemma.lower() == suffix and head.gender != gender
               for suffix, gender in _SUFFIX_GENDERS)


def _declined_like_adjective(noun: str) -> bool:
    """Whether Wiktionary has `noun` + "r" as a masculine noun declined like an adjective
    (Abgeordnete: der Abgeordnete, ein Abgeordneter), a person of either sex."""
    return noun.endswith("e") and any(
        nouns.ADJECTIVAL in n.kinds and n.gender == "m" for n in nouns.entries(noun + "r"))


def _head_declined_like_adjective(noun: str, dictionary: Dictionary | None) -> bool:
    """Whether a compound's head is a noun declined like an adjective (CHP-Abgeordnete)."""
    split = compound_head(noun, dictionary) if noun[:1].isupper() else None
    return (split is not None and nouns.ADJECTIVAL in split[1].kinds
            and _declined_like_adjective(split[1].lemma))


def _adjective_stem(noun: str, dictionary: Dictionary) -> bool:
    """Whether Ding has a noun in -e without its -e as an adjective or a past participle
    (Unerfahrene: unerfahren; Verurteilte: verurteilt), or with it as an adjective German
    uses only declined, which Ding heads by its forms ("vorletzte; vorletzter; vorletztes
    {adj}": der/die Vorletzte), so it may be one used as a noun."""
    stem = noun[:-1].lower()
    return bool(dictionary.entry(stem, "ADJ") or dictionary.entry(stem, PARTICIPLE)
                or dictionary.entry(noun.lower(), "ADJ"))


def _present_participle_noun(noun: str, dictionary: Dictionary | None) -> bool:
    """Whether a noun in -nde is a present participle used as a noun: Ding has the verb
    (der Einreisende: einreisen), not a compound such as Einreise + Ende."""
    return (noun.endswith("nde") and dictionary is not None
            and dictionary.entry(noun[:-2].lower(), "VERB") is not None)


def _joined(prefix: str, plural: str) -> str:
    return prefix + (plural if prefix.endswith("-") else plural[:1].lower() + plural[1:])


def _case_form(noun: str, form: str, split: tuple[str, Noun] | None) -> bool:
    """Whether `form` is a genitive or dative of `noun` rather than a plural: Wiktionary lists
    it among the case forms of the noun, or of the compound's head, and not among the
    plurals (Motorsports, Bootloadern)."""
    if noun in nouns.lemmas_of(form):
        return not any(form in n.plurals for n in nouns.entries(noun))
    if split is None or not form.startswith(split[0]):
        return False
    prefix, head = split
    rest = form[len(prefix):] if prefix.endswith("-") else _capitalized(form[len(prefix):])
    return head.lemma in nouns.lemmas_of(rest) and rest not in head.plurals


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
                or len({c.gender for c in candidates if c.gender in _GENDERS}) < 2):
            continue
        genders: dict[str, set[str]] = defaultdict(set)
        for candidate in candidates:
            if candidate.gender in _GENDERS:
                for sense in candidate.senses:
                    genders[sense.lower()].add(candidate.gender)
        if len({g for found in genders.values() for g in found}) < 2:
            continue
        for sense, found in genders.items():
            if len(found) == 1:
                yield word.casefold(), SENSE_GENDER + next(iter(found)), sense, 1


def noun_forms(lemma: str, ding: Entry | None,
               dictionary: Dictionary | None = None,
               head_gender: str = "") -> tuple[str, str] | None:
    """Gender and plural of a noun: ("f", "Utopien"); ("f", "") for a noun German uses only in
    the singular (Frömmigkeit); ("", "Eltern") for one used only in the plural. None when
    neither Wiktionary nor Ding knows the word nor its head.

    `ding` is Ding's own entry for the word, if any. In this order:

    - Wiktionary's entry for the word, the homograph of Ding's gender where there are several
      (der See, die See); its gender also where Ding's is none of Wiktionary's. Its plural is
      the one Ding gives where Wiktionary lists it too (Bank: Banken or Bänke, as Ding's
      sense), else the one of Wiktionary's that German uses most (`_commonest_plural`). A noun
      declined like an adjective (Abgeordnete) is
      shown with "der" like Ding's strong form, and the weak plural.
    - Ding's own entry: its gender, and its plural unless that is a case form (Wiktionary
      lists it as the genitive or dative of the word or of its head).
    - The head of a compound (`compound_head`): its gender where no lexicon has the word's,
      its plural where the genders agree (Regionalparlament: Regionalparlamente).
    - A suffix (`suffix_forms`): the gender of a noun no lexicon knows at all; the plural
      of a noun Wiktionary does not know, where the suffix all but fixes it (-ung: -en).

    Nothing comes from a suffix where Wiktionary knows the word: "-keit" takes "-en" in
    Möglichkeiten, but Frömmigkeit has no plural at all, and only a lexicon says which.
    """
    own = ding.gender if ding is not None and ding.gender in _GENDERS else ""
    gender = ""
    found = nouns.entry(lemma, own)
    written = (_written_together(lemma, own)
               if found is None or not (found.gender or found.plural_only) else None)
    if written is not None:
        # Nikotin-Gehalt: German may hyphenate any compound, and Wiktionary lists the word
        # written as one (der Nikotingehalt, -gehalte): the same noun, its gender the
        # lexicon's, not the first head sense's (das Gehalt, salary; der Gehalt, content).
        joined, noun = written
        if noun.singular_only or not noun.plurals:
            return noun.gender, ""
        return noun.gender, _rehyphenated(lemma, joined,
                                          _commonest_plural(joined, noun.plurals))
    if (found is not None and found.plurals == (lemma,) and not (ding and ding.gender)
            and _plural_only_head(lemma, dictionary)):
        # A compound of a plural-only noun (Roh|daten: die Daten), which Wiktionary's table
        # lists with the genus of a singular German hardly uses (das Rohdatum) and the
        # compound's own form as its one plural, and Ding heads, if at all, as a plural
        # ("Rohdaten {pl}"): the noun is the plural-only head's, "die Rohdaten (nur
        # Plural)". Not a noun whose plural is only spelt as its singular (der Skrupel, der
        # Stundenkilometer: Ding heads both "{pl}" too), whose head has a singular.
        return "", lemma
    if found is not None and (found.gender or found.plural_only):
        if found.plural_only:
            return "", lemma
        # Where Ding's gender is none of Wiktionary's, Wiktionary is right far more often
        # (der Burggraben, der Tofu, das Zusammenleben: Ding's lines say n, n, f).
        gender = found.gender
        if nouns.ADJECTIVAL in found.kinds and _declined_like_adjective(lemma):
            gender = "m"  # der/die Abgeordnete: the card says "der", as Ding's Abgeordneter
        if found.singular_only:
            return gender, ""
        if ding is not None and ding.plural:
            # Homographs of one gender (die Bank: Bänke, Banken): the entry whose plurals
            # include Ding's is the sense Ding glosses; its own first plural is shown.
            for noun in nouns.entries(lemma):
                if noun.gender == found.gender and ding.plural in noun.plurals:
                    return gender, noun.plurals[0]
        if found.plurals:
            return gender, _commonest_plural(lemma, found.plurals)
    if found is not None and not found.gender and not found.plurals and lemma.endswith("isch"):
        # A language named by its adjective in -isch (das Bosnisch, das Slowenisch), which
        # Wiktionary's table lists with no genus: neuter, like every language's name, and
        # without a plural.
        return "n", ""
    gender = gender or own
    # Wikidata's lexemes list many nouns with no gender (Verurteilte, Bundesbeamte): for the
    # rules below they are as unknown as a noun no lexicon has.
    unlisted = found is None or not (found.gender or found.plural_only)
    if unlisted and (_declined_like_adjective(lemma)
                     or _present_participle_noun(lemma, dictionary)):
        # der Einreisende, der Verhandelnde: a present participle used as a noun
        # (Wiktionary's Einreisender; Ding's verb verhandeln), not Einreise + Ende. "der",
        # and the weak plural.
        return "m", lemma + "n"
    if unlisted and dictionary is not None and lemma[:1].isupper():
        if ((ding is None or ding.gender == "n" and not ding.plural) and lemma.endswith("n")
                and dictionary.entry(lemma.lower(), "VERB")):
            # An infinitive used as a noun (das Tüfteln, das Weitertreiben): neuter, and no
            # plural, where no lexicon lists it as a noun of its own (das Schreiben, -), or
            # Ding's own line heads it as a neuter without a plural (das Kaputtsparen): not
            # a compound of a last part that happens to end it (Kaputtspa|ren, das Ren).
            return "n", ""
        if (ding is not None and ding.gender == "n" and not ding.plural
                and lemma.endswith("n") and _compound_infinitive(lemma, dictionary)):
            # The same for an infinitive compounded with a word before it, where Ding's own
            # line heads the noun as a neuter without a plural (das Energie|sparen): no
            # plural, not a compound of a noun that happens to end the verb (Energiespa|ren,
            # das Ren: "Energiesparens", a genitive). Only on Ding's word: a noun no lexicon
            # has may as well end in a noun spelt as a verb (der Wagen, wagen).
            return "n", ""
        if (ding is None or ding.gender == "m" and not ding.plural) and lemma.endswith("e") and (
                _adjective_stem(lemma, dictionary) or any(
                    (dictionary.entry(lemma[start:-1], "ADJ")
                     or dictionary.entry(lemma[start:], "ADJ")
                     or dictionary.entry(lemma[start:-1], PARTICIPLE)
                     or _declined_like_adjective(_capitalized(lemma[start:])))
                    and _is_word(lemma[:start], dictionary)
                    and not any(n.gender and nouns.ADJECTIVAL not in n.kinds
                                for n in nouns.entries(_capitalized(lemma[start:])))
                    for start in range(_MIN_PART, len(lemma) - 2 * _MIN_PART + 1))):
            # An adjective or a participle used as a noun (der/die Willige, der/die
            # Verurteilte), also one compounded with a word
            # before it (die Gering|qualifizierte), or with a noun declined like one (der
            # Bundes|beamte): "der", and the weak plural, also where Ding's line heads the
            # noun as a masculine with no plural (Unentschlossene {m}); not where it says
            # feminine or neuter (die Serienreife, das Landesinnere: no person). Not where
            # the last part is a noun of its own (die Wohnbau|offensive: Offensive, f).
            return "m", lemma + "n"
    split = compound_head(lemma, dictionary)
    if ding is not None and ding.plural and not _case_form(lemma, ding.plural, split):
        return gender, ding.plural  # with gender "": a plural-only noun only Ding has
    ding_head = (_ding_head(lemma, dictionary)
                 if split is None and not gender and dictionary is not None else None)
    if ding_head is not None:
        # A head only Wikidata lists, with no genus (der Wagen, das Kontingent, das
        # Doktorat: german-nouns lacks them): Ding's line for it gives the gender, and the
        # plural where it has one, as Wiktionary's would (der Servicewagen, -; das
        # Kartenkontingent). Where Ding's line has none, a suffix that all but fixes the
        # plural still gives it below (die ...begrünung, -en): Ding leaves many a counted
        # noun's plural off.
        prefix, head, head_entry = ding_head
        plural = head_entry.plural
        if plural and not _case_form(head, plural, None):
            return head_entry.gender, _joined(prefix, plural)
        gender = head_entry.gender
    if split is None:
        if found is not None and gender:
            return gender, ""  # Wiktionary knows the word but gives no plural
        return suffix_forms(lemma, gender) if gender or ding is None else None
    prefix, head = split
    if head.plural_only:
        return ("", _joined(prefix, head.plurals[0])) if not gender else (gender, "")
    if nouns.ADJECTIVAL in head.kinds and _declined_like_adjective(head.lemma):
        # der CHP-Abgeordnete, der Parteivorsitzende: a head declined like an adjective
        # names a person of either sex, shown with "der" as the simple noun is above,
        # whichever gender the compound's own line gives; and the weak plural.
        return "m", _joined(prefix, head.lemma + "n")
    if gender and gender != head.gender and not any(
            noun.gender == gender and not _strong_adjectival(noun)
            for noun in nouns.entries(head.lemma) if noun.is_common):
        if any(noun.gender == gender and _strong_adjectival(noun)
               for noun in nouns.entries(head.lemma)):
            # Ding's gender is only that of the adjectival noun's strong form, which heads
            # no compound (`_unadjectival_head`): Ding's "Einstiegsalter {m}" is das
            # Einstiegsalter, as das Alter, the age, is its head.
            gender = head.gender
    gender = gender or head_gender or _compounds_gender(head) or head.gender
    head = _head_homograph(head, gender, dictionary)
    if head.gender != gender or not head.plurals:
        return gender, ""  # a singular-only head makes a singular-only compound
    return gender, _commonest_plural(lemma, [_joined(prefix, p) for p in head.plurals])


# Of a head's compounds Wiktionary lists, at least this share, and this many, take the
# gender its first entry admits besides its own, for an unlisted compound to take it too.
_COMPOUNDS_GENDER_SHARE = 2 / 3
_COMPOUNDS_GENDER_COUNT = 3


def _ding_head(noun: str, dictionary: Dictionary) -> tuple[str, str, Entry] | None:
    """(first part(s), the head, Ding's entry of it) for a compound whose head Wikidata lists as
    a noun with no genus and Ding heads with one (Karten|kontingent: "Kontingent {n} |
    Kontingente {pl}"), the part before it a word (`_is_word`); the longest such head. Not
    a head spelt like a noun-forming suffix of another gender (`_spelled_like_suffix`)."""
    if "-" in noun.strip("-"):
        prefix, _, last = noun.rpartition("-")
        head = _capitalized(last)
        found = _ding_head_entry(head, dictionary)
        if found is not None:
            return prefix + "-", head, found
        inner = _ding_head(last, dictionary)
        return (prefix + "-" + inner[0], inner[1], inner[2]) if inner else None
    for start in range(_MIN_PART, len(noun) - _MIN_PART + 1):
        head = _capitalized(noun[start:])
        found = _ding_head_entry(head, dictionary)
        if found is not None and _is_word(noun[:start], dictionary):
            return noun[:start], head, found
    return None


def _ding_head_entry(head: str, dictionary: Dictionary) -> Entry | None:
    """Ding's entry for a noun Wikidata alone lists, without a genus; None otherwise."""
    listed = nouns.entries(head)
    if not listed or any(n.gender or n.plural_only or not n.is_common for n in listed):
        return None
    found = dictionary.entry(head, "NOUN")
    if found is None or found.gender not in _GENDERS:
        return None
    if any(head.lower() == suffix and found.gender != gender
           for suffix, gender in _SUFFIX_GENDERS):
        return None
    return found


def _unumlauted(stem: str) -> tuple[str, ...]:
    """The stem, and the stem with its last umlaut undone (Burgenländ -> Burgenland), as a
    derivation in -er may umlaut it."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "äöü":
            return stem, stem[:i] + stem[i].translate(_UMLAUTS) + stem[i + 1:]
    return (stem,)


def _plural_only_head(lemma: str, dictionary: Dictionary | None) -> bool:
    """Whether the compound ends in a plural: a noun Wiktionary lists only in the plural
    (Roh|daten: die Daten, die Kosten), or the plural of a noun, spelt otherwise than its
    singular, that no entry has as a lemma of its own (Leb|zeiten: die Zeit, die Zeiten).
    The longest last part a lexicon lists decides: Nebel|schwaden ends in der Schwaden, a
    singular, though Schwaden is also the plural of die Schwade; and a place's -er noun is a
    singular (der Burgenländer)."""
    split = compound_head(lemma, dictionary)
    if split is not None and split[1].plural_only:
        return True
    if lemma.endswith("er") and any(nouns.entries(stem) for stem in _unumlauted(lemma[:-2])):
        # A place's or a noun's -er noun, often with umlaut (der Burgenländer: Burgenland +
        # -er), a singular whose plural is spelt alike, not Burgen + die Länder.
        return False
    for start in range(_MIN_PART, len(lemma) - _MIN_PART + 1):
        tail = _capitalized(lemma[start:])
        if nouns.entries(tail):
            return False  # the longest last part is a lemma: the head is no plural
        if (any(tail in noun.plurals and tail != noun.lemma
                for singular in nouns.lemmas_of(tail) for noun in nouns.entries(singular)
                if noun.is_common)
                and _is_word(lemma[:start], dictionary)):
            return True
    return False


def _compound_infinitive(lemma: str, dictionary: Dictionary) -> bool:
    """Whether a noun is a word and a verb's infinitive after it (Energie|sparen), where
    Wiktionary has the infinitive as no noun with a gender (das Sparen is only in Wikidata,
    without one): a nominalised infinitive's compound. Not where the last part is a noun of
    its own (Stadt|graben: der Graben, though graben is a verb too), nor where a longer
    last part is (Auslieferungs|begehren: das Begehren, -; not Auslieferungsbeg|ehren)."""
    for start in range(_MIN_PART, len(lemma) - _MIN_PART + 1):
        tail = lemma[start:]
        if any(n.gender for n in nouns.entries(_capitalized(tail))):
            return False  # the longest noun ending the word is its head
        if dictionary.entry(tail.lower(), "VERB") and _is_word(lemma[:start], dictionary):
            return True
    return False


def _compounds_gender(head: Noun) -> str:
    """The gender a compound of `head` no lexicon lists takes, where the head's first
    Wiktionary entry admits two genders, another entry has the second, and the head's
    compounds Wiktionary lists mostly take that second one: Wiktionary's first Schnitzel is
    "der, das" (a scrap), its second das Schnitzel (the cutlet), and its compounds are das
    Jägerschnitzel, das Putenschnitzel (8 neuter, 2 masculine): das Hakenkreuz-Schnitzel.
    Either gender is right for the first entry's sense, and the second entry's sense has
    only that one. "" otherwise (the first entry's gender stands; no compound counts make
    der Tor's or der Kunde's compounds feminine or masculine, as their first entry admits
    one gender). Over all of Wiktionary this moves three heads: Schnitzel, Balg, Oblast."""
    if len(head.genders) < 2:
        return ""
    others = {noun.gender for noun in nouns.entries(head.lemma)
              if noun.is_common and nouns.WIKIDATA not in noun.kinds and noun.gender}
    if len(others) < 2:
        return ""
    counts = nouns.compound_genders(head.lemma)
    if not counts:
        return ""
    gender, count = counts.most_common(1)[0]
    if (gender != head.gender and gender in head.genders and gender in others
            and count >= _COMPOUNDS_GENDER_COUNT
            and count >= _COMPOUNDS_GENDER_SHARE * sum(counts.values())):
        return gender
    return ""


def _written_together(lemma: str, gender: str = "") -> tuple[str, Noun] | None:
    """(the word written as one, Wiktionary's entry for it) for a hyphenated compound that
    Wiktionary lists only so, with a gender (Nikotin-Gehalt: "Nikotingehalt", der); None
    otherwise. Not for a part of one letter or a part in capitals (E-Auto, EU-Gipfel: an
    abbreviation keeps its hyphen), nor where the joined spelling has a plural that does not
    keep the hyphenated word's first part (`_rehyphenated`)."""
    parts = lemma.split("-")
    if len(parts) < 2 or not all(len(part) > 1 and part.isalpha() for part in parts):
        return None
    if any(sum(c.isupper() for c in part) > 1 for part in parts):
        return None
    joined = parts[0] + "".join(part[:1].lower() + part[1:] for part in parts[1:])
    noun = nouns.entry(joined, gender)
    if noun is None or not noun.gender or noun.gender not in _GENDERS:
        return None
    if noun.plurals and not _rehyphenated(lemma, joined, noun.plurals[0]):
        return None
    return joined, noun


def _rehyphenated(lemma: str, joined: str, form: str) -> str:
    """A form of `joined` (the hyphenated `lemma` written as one) with the lemma's last
    hyphen put back: Nikotin-Gehalt, Nikotingehalt, Nikotingehalte -> Nikotin-Gehalte. ""
    where the form does not open with the joined word's first part."""
    prefix, _, head = lemma.rpartition("-")
    start = len(prefix.replace("-", ""))
    if form[:start] != joined[:start] or len(form) <= start:
        return ""
    rest = form[start:]
    return f"{prefix}-{head[:1] + rest[1:] if rest[:1].lower() == head[:1].lower() else rest}"


def _commonest_plural(lemma: str, plurals: Sequence[str]) -> str:
    """Of a noun's several plurals, the one German uses: wordfreq's commonest (die Seemänner,
    die Seeleute; in a compound, die US-Landsleute; die Worte, die Wörter: die Fremdwörter),
    Wiktionary's first where wordfreq knows none. Not where one of them is written as the
    singular (die Achtelfinale, die Achtelfinals; die Äcker, die Acker): wordfreq's figure
    for that one is the singular's, so wordfreq cannot weigh it, and Wiktionary's order
    stands."""
    if lemma in plurals:
        return plurals[0]
    return max(plurals, key=lambda form: wordlists.zipf_frequency(form, "de"))


def _head_homograph(head: Noun, gender: str, dictionary: Dictionary | None) -> Noun:
    """The compound head's Wiktionary entry of the compound's gender, where the first one is
    of another (die Schenkungssteuer: not das Steuer, the helm, plural Steuer, but die Steuer,
    the tax, plural Steuern). A compound takes its head's gender, so the homograph of that
    gender is its head; among several, the one whose plurals include Ding's plural of the
    head. Homographs of one gender are left as Wiktionary orders them: Ding's plural of the
    head (Banken) says which sense Ding glosses, not which one a compound means (the
    Orgelbank is a bench, the Pleitebank a bank)."""
    if not gender or head.gender == gender:
        return _compounds_homograph(head)
    same = [noun for noun in nouns.entries(head.lemma)
            if noun.gender == gender and noun.is_common and nouns.WIKIDATA not in noun.kinds
            and not _strong_adjectival(noun)]
    if not same:
        return head
    own = dictionary.entry(head.lemma, "NOUN") if dictionary is not None else None
    if own is not None and own.plural:
        return next((noun for noun in same if own.plural in noun.plurals), same[0])
    return same[0]


def _compounds_homograph(head: Noun) -> Noun:
    """Of a compound head's homographs of one gender with different plurals, the one whose
    plural the head's compounds Wiktionary lists mostly take, where at least
    _COMPOUNDS_GENDER_SHARE of them, and _COMPOUNDS_GENDER_COUNT, take it and Wiktionary's
    first homograph has another: der Star's first entry is the starling (die Stare), but its
    compounds are der Popstar, die Popstars, der Fußballstar, die Fußballstars (17 in -stars,
    none in -stare), so der Mittelfeldstar is a star, die Mittelfeldstars; der Ton's first is
    the clay (die Tone), its compounds mostly die Klingeltöne, die Farbtöne. Where the
    compounds split (die Bank: 45 in -bänke, 27 in -banken) Wiktionary's order stands."""
    same = [noun for noun in nouns.entries(head.lemma)
            if noun.gender == head.gender and noun.is_common
            and nouns.WIKIDATA not in noun.kinds and noun.plurals]
    endings = {form for noun in same for form in noun.plurals}
    if len(same) < 2 or len(endings) < 2:
        return head
    counts = nouns.compound_plurals(head.lemma, head.gender, endings)
    if not counts:
        return head
    ending, count = counts.most_common(1)[0]
    if (count < _COMPOUNDS_GENDER_COUNT
            or count < _COMPOUNDS_GENDER_SHARE * sum(counts.values())
            or any(form.lower() == ending for form in head.plurals)):
        return head
    return next((noun for noun in same
                 if any(form.lower() == ending for form in noun.plurals)), head)


def with_noun_forms(lemma: str, found: Entry | None,
                    dictionary: Dictionary | None = None) -> Entry | None:
    """`found` with the gender and plural `noun_forms` gives (a new entry if it was None)."""
    own = dictionary.entry(lemma, "NOUN") if dictionary is not None else None
    if (own is None and dictionary is not None
            and not any(noun.gender for noun in nouns.entries(lemma))
            and (dictionary._diminutive_noun(lemma) or dictionary._collective_noun(lemma))):
        # A diminutive, and a ge- noun of a verb's action, is neuter, whatever noun its end
        # spells read as a compound's head (Kreuz|erl: der Erl, die Erle; Gegr|ummel), where
        # no lexicon gives it a gender (Wikidata lists Gequengel without one):
        # `_diminutive_noun` and `_collective_noun` gave its forms.
        return found
    unit = (dictionary.unit_symbol_entry(lemma)
            if own is None and dictionary is not None and found is not None
            and not any(noun.gender for noun in nouns.entries(lemma)) else None)
    if unit is not None and unit.gender:
        # A unit's symbol (MBit), which Wikidata lists with no gender: the unit's gender
        # (das Megabit), and no plural (`unit_symbol_entry`). No split of its letters
        # (M|Bit) may stand for it.
        return replace(found, gender=unit.gender, plural="", rare_plural="")
    forms = noun_forms(lemma, own, dictionary, _shown_head_gender(lemma, found, dictionary))
    split = (dictionary.learned_prefix_split(lemma)
             if forms is None and own is None and dictionary is not None else None)
    if split is not None:
        # A learned prefix leaves the noun's gender and plural as they are (der Koproduzent,
        # die Koproduzenten), as a compound's first part does.
        lead, _, rest, base = split
        forms = noun_forms(rest, base, dictionary)
        if forms is not None:
            forms = (forms[0], _joined(lead, forms[1]) if forms[1] else "")
    if forms is None:
        if found is not None and (found.gender or found.plural):
            # Read off a last part Ding knows after a first part no lexicon has as a word
            # (Bootlo- + Ader): a false split as often as not, so no gender and no plural.
            return replace(found, gender="", plural="", rare_plural="")
        return found
    gender, plural = forms
    found = _reading_of_gender(lemma, found, gender, dictionary)
    if plural and seldom_plural(lemma, plural, gender, dictionary):
        # German uses the noun in the singular (der Markenschutz, die Verzweiflung): the
        # card says "meist ohne Plural", as Duden's "Plural selten" does, and the plural
        # Wiktionary lists is kept beside it, not shown as the noun's plural.
        return replace(found or EMPTY, gender=gender, plural="", rare_plural=plural)
    return replace(found or EMPTY, gender=gender, plural=plural, rare_plural="")


def _shown_head_gender(lemma: str, found: Entry | None,
                       dictionary: Dictionary | None) -> str:
    """The gender of the head's sense a compound hint shows first, where the head is a noun
    of two genders that mean different things: "player + salary" is das Spielergehalt
    (das Gehalt, salary; plural -gehälter), "nicotine + content" der Nikotingehalt (der
    Gehalt). A compound takes the gender of the head it means, and Ding's lines say which
    gender gives that sense ("Gehalt {n} ... :: salary", "Gehalt {m} ... :: content";
    `sense_genders`). "" where the hint is no composed reading, the head has one gender in
    Wiktionary, or Ding's lines do not tell."""
    if (dictionary is None or found is None or not found.approximate or not found.gloss
            or " + " not in found.gloss):
        return ""
    split = compound_head(lemma, dictionary)
    if split is None:
        return ""
    head = split[1]
    if len({n.gender for n in nouns.entries(head.lemma)
            if n.gender in _GENDERS and n.is_common}) < 2:
        return ""
    sense = found.gloss.split("; ")[0].rpartition(" + ")[2].lower()
    for gender in _GENDERS:
        if dictionary._part_counts(head.lemma, SENSE_GENDER + gender).get(sense):
            return gender
    return ""


def _reading_of_gender(lemma: str, found: Entry | None, gender: str,
                       dictionary: Dictionary | None) -> Entry | None:
    """`found` with the hint's first reading whose head sense is of the compound's `gender`
    put first, where a lexicon gives that gender and the head is a noun of two genders that
    mean different things (`sense_genders`): der Nikotin-Gehalt, which Wiktionary lists as
    der Nikotingehalt, is "≈ nicotine + content" (der Gehalt), not "nicotine + salary" (das
    Gehalt). The reverse of `_shown_head_gender`, which gives a compound no lexicon has the
    gender of its first reading. `found` as it was where no reading is of another gender."""
    if (dictionary is None or found is None or not gender or not found.approximate
            or " + " not in found.gloss):
        return found
    split = compound_head(lemma, dictionary)
    if split is None:
        return found
    head = split[1].lemma

    def head_gender(reading: str) -> str:
        sense = reading.rpartition(" + ")[2].lower()
        return next((g for g in _GENDERS
                     if dictionary._part_counts(head, SENSE_GENDER + g).get(sense)), "")

    readings = found.gloss.split("; ")
    if head_gender(readings[0]) in ("", gender):
        return found
    fitting = [r for r in readings if head_gender(r) == gender]
    if not fitting:
        return found
    ordered = fitting + [r for r in readings if r not in fitting]
    return replace(found, gloss="; ".join(ordered))


# Nouns of these suffixes name a state, a quality or an action (die Verzweiflung, die
# Menschlichkeit, der Antisemitismus, die Souveränität, die Dominanz, die Rhetorik), and
# most of them German uses only in the singular, although Wiktionary and Ding list a plural
# for many: a plural "of sorts" (Verzweiflungen), which a teacher marks wrong on a card. The
# counted nouns among them (die Lösung, die Lösungen) show their plural in running text
# nearly as often as the singular. Not -ie: die Linie, die Serie, die Studie are counted.
_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "ismus", "tät", "ion", "schaft", "anz", "enz",
                      "ik")
# A singular at least this common, whose plural wordfreq does not list (its German list
# stops near Zipf 1), is used at least a hundred times as often as its plural: over the 600
# gnad articles' cards, Meinungsfreiheit, Verzweiflung, Globalisierung, Souveränität, and
# a few counted nouns with few referents (Währungsunion).
_ABSTRACT_SINGULAR_ZIPF = 3.0
# How much rarer than the singular (in Zipf, a log10 of frequency) a plural is that German
# hardly uses, where wordfreq has seen the singular often enough (Zipf SEEN_SINGULAR_ZIPF)
# to see a plural in use: for an abstract noun 1.7 (the plural under 2% of the singular: die
# Dominanz 3.7, Dominanzen 0; die Sicherheit 5.1, Sicherheiten 3.2, so die Zielsicherheit),
# for any other noun 3.0 (under 0.1%: der Konsens 3.8, Konsense 0). Counted nouns stay above
# both: die Lösung 4.6, Lösungen 4.4; der Abend 5.3, Abende 3.6; die Hauptstadt 4.6,
# Hauptstädte 2.9. Measured on the plurals the card samples' teachers judged (seeds up to
# 80): 35 "no plural in use" verdicts of 135 met, against 20 plurals of counted nouns (die
# Tagesordnungen, die Kanzlerämter) among 6,244 judged right (docs/vocabulary.md).
ABSTRACT_PLURAL_GAP = 1.7
PLURAL_GAP = 3.0
SEEN_SINGULAR_ZIPF = 3.5


def seldom_plural(lemma: str, plural: str, gender: str = "",
                  dictionary: Dictionary | None = None) -> bool:
    """Whether German hardly uses the noun's plural, though a lexicon lists one: Wiktionary's
    first sense says so ("ohne Plural", "Plural selten": die Folter, die Schulpflicht), or
    wordfreq sees the plural far less often than the singular (ABSTRACT_PLURAL_GAP,
    PLURAL_GAP). A compound too rare for wordfreq to weigh (der Markenschutz) is weighed by
    its head (der Schutz), unless wordfreq has seen its own plural in use (die Weltmächte:
    die Macht's plural is rare, the world powers' is not).

    Not where the plural is spelt as the singular (wordfreq counts both as one), nor for a
    woman's title in -in (die Bundeskanzlerin: one office holder fills the singular's
    count, and every such noun is counted)."""
    if plural == lemma or plural.endswith("innen"):
        return False
    if definitions.seldom_plural(lemma):
        return True
    abstract = lemma.endswith(_ABSTRACT_SUFFIXES)
    singular = wordlists.zipf_frequency(lemma, "de")
    in_use = _plural_zipf(lemma, plural, gender)
    if abstract and in_use == 0 and singular >= _ABSTRACT_SINGULAR_ZIPF:
        return True
    if (in_use == 0 and singular >= UNSEEN_PLURAL_SINGULAR_ZIPF and dictionary is not None
            and _ding_has_no_plural(lemma, dictionary)
            and not _counted_family(lemma, dictionary)):
        return True
    gap = ABSTRACT_PLURAL_GAP if abstract else PLURAL_GAP
    if singular >= SEEN_SINGULAR_ZIPF:
        return in_use - singular <= -gap
    if in_use > 0 and in_use - singular > -gap:
        return False  # the compound's own plural is in use
    split = compound_head(lemma, dictionary) if lemma[:1].isupper() else None
    if split is None:
        return False
    prefix, head = split
    own = plural[len(prefix):] if prefix.endswith("-") else _capitalized(plural[len(prefix):])
    if not plural.startswith(prefix) or own not in head.plurals:
        return False
    head_singular = wordlists.zipf_frequency(head.lemma, "de")
    if (head_singular >= SEEN_SINGULAR_ZIPF
            and _plural_zipf(head.lemma, own, head.gender) - head_singular <= -gap):
        return True
    # The head's plural as compounds use it: die Händel (quarrels) and die Unterrichte are
    # words of their own, but der Tierhandel and der Ethikunterricht are a trade and a
    # school subject, and German hardly writes *-händel, *-unterrichte with any first part.
    family = _family_zipf(head.lemma.lower())
    family_plural = _family_zipf(own.lower())
    return (family >= FAMILY_SINGULAR_ZIPF and family_plural > 0
            and family_plural - family <= -FAMILY_PLURAL_GAP)


# A singular at least this common (Zipf; the abstract suffixes' rule above asks 3.0) whose
# plural wordfreq has never seen, and whose main entry in Ding lists none, German uses
# without a plural: Ding gives a noun's plural as a sub-entry of its main line ("Abend {m} |
# Abende {pl}"), and where its line for a noun this common has none, and wordfreq's list,
# which reaches down to Zipf 1, lacks the plural too, two sources independent of Wiktionary
# agree that the plural Wiktionary lists is a form of the paradigm, not of use: der
# Gewahrsam, das Bundesheer, die Überzeugungsarbeit (-arbeit as effort, not as a piece of
# work), die Mittäterschaft, der Schlafmangel, die Funkstille; not a compound of a counted
# head (`_counted_family`). Measured in docs/dictionary.md ("Plurals no source has seen").
UNSEEN_PLURAL_SINGULAR_ZIPF = 2.5


# A head counts as a counted noun's where at least COUNTED_FAMILY_COUNT of Ding's nouns end
# in it and Ding gives at least COUNTED_FAMILY_SHARE of them a plural: -abend 13 of 37,
# -linie 144 of 262, -sieg 9 of 16, -kampf 26 of 59 (der Sonntagabend, die Ziellinie, der
# Gruppensieg, der Abstiegskampf keep their plurals, which Ding leaves out on their own
# lines). Heads of mass and abstract nouns stay below: -arbeit 45 of 278 (die Arbeit as
# effort: Überzeugungsarbeit, Erwerbsarbeit), -recht 37 of 316, -mangel 9 of 61, -verkehr
# 0 of 166, -beginn 0 of 36. Fewer compounds than the count say nothing (-heer 6).
COUNTED_FAMILY_COUNT = 10
COUNTED_FAMILY_SHARE = 1 / 3


def _ding_has_no_plural(lemma: str, dictionary: Dictionary) -> bool:
    """Whether Ding heads the noun itself, with a gender, and gives it no plural."""
    own = dictionary.entry(lemma, "NOUN")
    return own is not None and own.gender in _GENDERS and not own.plural


def _counted_family(lemma: str, dictionary: Dictionary) -> bool:
    """Whether the compound's head is, by Ding's compounds of it, a counted noun's
    (COUNTED_FAMILY_SHARE): Ding gives no plural on many a line of a counted compound
    (Sonntagabend {m}), but on a third or more of a counted head's."""
    split = compound_head(lemma, dictionary)
    if split is None:
        return False
    count, with_plural = dictionary.compounds_with_plural(split[1].lemma)
    return count >= COUNTED_FAMILY_COUNT and with_plural >= COUNTED_FAMILY_SHARE * count


# A compound family too seldom in the plural: wordfreq's words that end in the head, the
# head itself left out, at least FAMILY_SINGULAR_ZIPF together, and those that end in the
# head's plural at least FAMILY_PLURAL_GAP less (under 0.2 %), though wordfreq has seen some
# (so the list's floor near Zipf 1 is not what hides them): -unterricht 4.4 against
# -unterrichte 1.1, -handel 4.5 / -händel 1.5, -literatur 3.9 / -literaturen 1.1. Counted
# heads stay far above: -vertrag 4.5 / -verträge 3.9, -stadt 5.4 / -städte 3.9, -abend 4.7 /
# -abende 3.6, -verbrauch 4.0 / -verbräuche 1.4 (docs/vocabulary.md).
FAMILY_SINGULAR_ZIPF = 3.5
FAMILY_PLURAL_GAP = 2.8


def _family_zipf(ending: str) -> float:
    """wordfreq's Zipf for all German words that end in `ending` (lower case), `ending` itself
    left out: how often compounds of a head are written. 0 where there are none."""
    total = wordlists.ending_frequency(ending, "de")
    return round(math.log10(total) + 9, 2) if total >= 1e-9 else 0.0


def with_plural_in_use(entry: Entry, forms: Iterable[str]) -> Entry:
    """The entry with its rare plural as the plural again where the articles themselves use
    it (nominative or dative: "die Feierlichkeiten", "nach Grausamkeiten"): what a reader
    meets is in use, whatever wordfreq or Wiktionary's note says of the word at large
    (Feierlichkeiten are festivities, Feierlichkeit a solemn mood)."""
    rare = entry.rare_plural
    if rare and not set(forms).isdisjoint({rare, rare + "n"}):
        return replace(entry, plural=rare, rare_plural="")
    return entry


def _plural_zipf(singular: str, plural: str, gender: str) -> float:
    """wordfreq's figure for a noun's plural. The plural in -e of a masculine or neuter noun
    of one syllable is spelt as its old dative singular (im Schutze der Nacht, zu Hause, im
    Grunde), which wordfreq counts with it: there the dative plural in -en stands for the
    plural (Schutzen 1.7, where Schutze is 3.2; Tagen 5.2, Tage 5.4). Longer nouns hardly
    take that -e (dem Systeme, dem Feierabende), and their dative plural would only
    understate the plural (die Feierabende 1.1, den Feierabenden unseen)."""
    if (plural == singular + "e" and gender in ("m", "n")
            and len(_GERMAN_VOWEL_GROUPS.findall(singular.lower())) == 1):
        plural += "n"
    return wordlists.zipf_frequency(plural, "de")


# A German word's syllable nuclei, umlauts included (Schutz, Rind: one); `_VOWEL_GROUPS`
# above counts an English verb's.
_GERMAN_VOWEL_GROUPS = re.compile("[aeiouyäöü]+")


def with_german_definition(lemma: str, pos: str, found: Entry | None) -> Entry | None:
    """`found` with German Wiktionary's definition as its gloss where Ding gives none.

    Wiktionary's headwords carry no part of speech, but German writes nouns, and only
    nouns, with a capital: a noun's definition is looked up only for a capitalized lemma,
    any other word's only for one in lower case (the verb "schütteln", not "Schütteln")."""
    if found is not None and found.gloss:
        return found
    if lemma[:1].isupper() != (pos == "NOUN"):
        return found
    definition = definitions.card_definition(lemma)
    if not definition:
        return found
    return replace(found or EMPTY, gloss=definition, german=True, approximate=False)


def place_entry(word: str) -> Entry | None:
    """A word in -er of a place name Wiktionary lists (der Innsbrucker, die Innsbrucker
    Polizei): German makes both the inhabitant noun and the indeclinable adjective of a
    town this way. "≈ from Innsbruck; of Innsbruck"; the place's name stays as written,
    as names do."""
    place = word[:-2]
    if len(place) < _MIN_PART or not any("Toponym" in n.kinds for n in nouns.entries(place)):
        return None
    return Entry(gloss=f"from {place}; of {place}", approximate=True)


def english_singular(sense: str) -> str:
    """ "oaks" -> "oak", "oak trees" -> "oak tree", "heads of state" -> "head of state",
    "cities" -> "city": the English plural endings that are regular. Other senses as
    they are."""
    words = sense.split()
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[at]
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("ches", "shes", "sses", "xes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    words[at] = word
    return " ".join(words)


# Learned suffixes German and English took from Latin, Greek and French, German's against
# English's (budgetär, budgetary; operationell, operational; Monetarisierung, monetization),
# longest first: a word Ding lacks that ends in one is most often the English word with the
# English suffix, where English has that word.
_COGNATE_SUFFIXES = {
    "ADJ": (("ologisch", ("ological",)), ("istisch", ("ist", "istic")),
            ("isch", ("ic", "ical")), ("är", ("ary",)), ("ell", ("al",)), ("iv", ("ive",)),
            ("ös", ("ous",)), ("al", ("al",)), ("ant", ("ant",)), ("ent", ("ent",))),
    "NOUN": (("isierung", ("ization", "isation")), ("ität", ("ity",)), ("ismus", ("ism",)),
             ("ation", ("ation",)), ("ion", ("ion",))),
}
# The German endings `english_cognate` reads, by the class of the word.
_COGNATE_ENDINGS = {pos: tuple(german for german, _ in _COGNATE_SUFFIXES[
    "ADJ" if pos == "ADV" else pos]) for pos in ("ADJ", "ADV", "NOUN")}
# The shortest word read as a cognate, and the English word's least Zipf frequency: a rarer
# one is more often a chance spelling than the word.
_COGNATE_LETTERS = 7
_COGNATE_ZIPF = 2.0


def english_cognates(word: str, pos: str) -> list[str]:
    """The English words a German word with a learned suffix may be, whether or not English
    has them: the German suffix swapped for each of English's (`_COGNATE_SUFFIXES`), and
    German's k and z read as c either way (zentristisch: centrist; Konvention: convention);
    empty for a word without such a suffix."""
    low = word.lower()
    if len(low) < _COGNATE_LETTERS or not low.isalpha():
        return []
    for german, english in _COGNATE_SUFFIXES.get("ADJ" if pos == "ADV" else pos, ()):
        if not low.endswith(german):
            continue
        stem = low[: -len(german)]
        stems = dict.fromkeys((stem, stem.replace("k", "c"), stem.replace("z", "c"),
                               stem.replace("k", "c").replace("z", "c")))
        return [s + e for s in stems for e in english]
    return []


def english_cognate(word: str, pos: str) -> str:
    """The English word a German word with a learned suffix is, where English has it (the
    first of `english_cognates` wordfreq knows). "" where English has no such word
    (poetologisch: "poetological" is none). A noun only where the noun lexicon lists it as a
    common noun: a firm's name may end alike (Activision)."""
    candidates = english_cognates(word, pos)
    if not candidates or (pos == "NOUN" and not nouns.is_noun(word)):
        return ""
    for candidate in candidates:
        if wordlists.zipf_frequency(candidate, "en") >= _COGNATE_ZIPF:
            return candidate
    return ""


def english_able(sense: str) -> str:
    """ "to develop sth." -> "developable", "to use" -> "usable": a one-word English verb
    with -able, where English has the word (wordfreq knows it); "" otherwise."""
    words = [w for w in sense.split() if w not in _PLACEHOLDERS]
    if len(words) != 2 or words[0] != "to":
        return ""
    verb = words[1]
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith(("ce", "ge", "ee")) else verb
    able = stem + "able"
    return able if wordlists.zipf_frequency(able, "en") > 0 else ""


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


# An article is about a subject field where it uses at least this many different words that
# name the field (`Dictionary._field_words`: Elfmeter, Achtelfinale, Abseitsstellung).
MIN_FIELD_WORDS = 3
# A labelled sense the card did not show comes in only where English writes it at least this
# often (wordfreq's Zipf, a phrase lowered as in the ranking): "goalpost" 2.3, but
# "redoublement" 0.
FIELD_SENSE_ZIPF = 2.0
# How much commoner (wordfreq Zipf, 0.5: about three times as frequent) a field line's English
# is than the plain sense a compound hint took for its part, for the field's to replace it
# (`Dictionary._field_hint`): "referee" 3.9 against "arbitrator" 3.0, "deficit" 4.1 against
# "backlog" 3.2, "goal" 5.1 against "gate" 4.5; not the shot put's "shot" 5.2 against "ball" 5.0.
FIELD_PART_ZIPF_MARGIN = 0.5


def article_fields(words: Iterable[Word], dictionary: Dictionary | None) -> dict[str, str]:
    """The subject field of each article about one of `TOPIC_FIELDS`, by article label: an
    article that uses `MIN_FIELD_WORDS` words or more all of whose Ding lines carry the
    field's label. `words` are all the words of the articles (`Word.articles` says where
    each stands), not only those carded: a match report's Elfmeter and Tor are common
    words."""
    if dictionary is None:
        return {}
    found: dict[str, str] = {}
    for field in TOPIC_FIELDS:
        names = dictionary._field_words(field)
        counts: Counter[str] = Counter()
        for w in words:
            if (_lookup_key(w.lemma), w.pos) in names:
                counts.update(w.articles)
        for article, count in counts.items():
            if count >= MIN_FIELD_WORDS:
                found.setdefault(article, field)
    return found


def word_field(word: Word, fields: Mapping[str, str]) -> str:
    """The field of more than half the articles the word stands in, "" where there is none."""
    if not fields or not word.articles:
        return ""
    counts = Counter(fields.get(a, "") for a in word.articles)
    field, count = counts.most_common(1)[0]
    return field if field and 2 * count > len(word.articles) else ""


def look_up_words(
    words: Iterable, dictionary: Dictionary | None, fields: Mapping[str, str] | None = None,
) -> dict[tuple[str, str], Entry]:
    """Entries for the words' (lemma, part of speech). Without Ding, nouns still get gender
    and plural from Wiktionary, and every word Wiktionary's German definition. `fields` are
    the articles' subject fields (`article_fields`), read from `words` where not given."""
    if dictionary is None:
        entries = {}
        for w in words:
            found = with_noun_forms(w.lemma, None) if w.pos == "NOUN" else None
            if found is not None:
                found = with_plural_in_use(found, w.forms)
            found = with_german_definition(w.lemma, w.pos, found) or EMPTY
            entries[w.key] = as_declined(found, w.lemma, w.pos, w.forms,
                                         [e.sentence for e in w.examples], None)
        return entries
    if fields is None:
        words = list(words)
        fields = article_fields(words, dictionary)
    entries = {}
    for w in words:
        sentences = [e.sentence for e in w.examples]
        # Only a verb's clauses and the word after a noun can select its sense
        # (`in_context`): no other word's examples are cut into clauses (22,000 examples of
        # 600 gnad articles' words).
        clauses = ([verb_clause(e.sentence, e.highlights) for e in w.examples]
                   if w.pos == "VERB" else
                   [noun_complement(e.sentence, e.highlights) for e in w.examples]
                   if w.pos == "NOUN" else [])
        found = dictionary.in_context(dictionary.lookup(w.lemma, w.pos), w.lemma, w.pos,
                                      sentences, clauses)
        found = dictionary.in_frame(found, w)
        found = dictionary.in_field(found, w, fields)
        if w.pos == "NOUN":
            found = dictionary.in_plural(with_plural_in_use(found, w.forms), w.lemma, w.forms)
        elif w.pos == "ADJ":
            found = dictionary.as_attribute(found, w.lemma, w.forms)
        entries[w.key] = as_declined(found, w.lemma, w.pos, w.forms, sentences, dictionary)
    return entries


def as_declined(entry: Entry, lemma: str, pos: str, forms: Iterable[str],
                sentences: Iterable[str], dictionary: Dictionary | None) -> Entry:
    """A noun declined like an adjective, as the article's forms decline it.

    `noun_forms` shows such a noun as a person, "der Abgeordnete, -n", because most are one,
    of either sex, and "der" is how dictionaries head them. The article may say more:
    - The neuter of an adjective used as a noun names an abstract thing, with no plural
      (das Gewohnte "the familiar", das Neue). The article says so where it writes the strong
      neuter ending -es with no article (Gewohntes, etwas Neues), or "das" before the -e form
      (das Gesagte, das eigentlich Wesentliche; not after a comma, where "das" is a
      relative pronoun), and never the masculine -er (ein Gewohnter): "das", and no plural.
    - A person: "die" or "eine" right before the -e form, with at most two adjectives
      between and no comma before it, is a woman ("die grüne Abgeordnete"); "der" or
      "ein" there, or the strong
      masculine -er (ein Abgeordneter), is a man. The feminine's genitive and dative take
      -en (der Abgeordneten), so "der ... Abgeordnete" is only ever the masculine. Where the
      article shows both, or neither, the card keeps "der".
    Only for a noun in -e whose stem is an adjective (gewohnt), a participle (gesagt,
    schlummernd), or that Wiktionary declines like one, itself or as a compound's head: a
    weak masculine noun looks alike (der Kollege, -n) but never takes -s, and a feminine in
    -e (die Reise) is "der Reise" in the genitive, so the rule must know the noun's kind.
    """
    if (pos != "NOUN" or entry.gender not in ("m", "f") or not lemma.endswith("e")
            or entry.plural != lemma + "n"):
        return entry
    forms = set(forms)
    if not (_declined_like_adjective(lemma)
            or dictionary is not None and _adjective_stem(lemma, dictionary)
            or _present_participle_noun(lemma, dictionary)
            or _head_declined_like_adjective(lemma, dictionary)):
        return entry
    masculine_strong = lemma + "r" in forms
    between = r"(?:[a-zäöüß][\w-]*\s+){0,2}"
    word = re.escape(lemma) + r"(?![\w-])"
    texts = list(sentences)
    thing = re.compile(rf"(?<!,)(?<!, )\b[Dd]as\s+{between}{word}")
    if not masculine_strong and (lemma + "s" in forms or any(thing.search(t) for t in texts)):
        return replace(entry, gender="n", plural="", rare_plural="")
    # Not after a comma, where "die" and "der" are mostly relative pronouns before a plural
    # without article ("Glide, die Obdachlose betreut": homeless people).
    woman = re.compile(rf"(?<!,)(?<!, )\b(?:[Dd]ie|[Ee]ine|[Kk]eine|[Jj]ede)\s+{between}{word}")
    man = re.compile(rf"(?<!,)(?<!, )\b(?:[Dd]er|[Ee]in|[Kk]ein|[Jj]eder)\s+{between}{word}")
    female = any(woman.search(t) for t in texts)
    male = masculine_strong or any(man.search(t) for t in texts)
    if female != male:
        return replace(entry, gender="f" if female else "m")
    return entry
