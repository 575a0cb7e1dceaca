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

import hashlib
import math
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from learner.cache import CACHE_VARIABLE, cache_dir  # noqa: F401  (the index lives there)
from learner.errors import DictionaryError
from learner.morphology import LINKING


@dataclass(frozen=True)
class Entry:
    """What the dictionary knows of one (lemma, part of speech)."""

    gloss: str = ""
    gender: str = ""  # "m", "f" or "n"; empty when unknown or not a noun
    plural: str = ""  # the plural form, e.g. "Einmischungen"; empty when unknown
    # True when the gloss is a hint built from the word's parts (a compound's, a participle's
    # verb), not Ding's own entry for the word; the deck shows it with "≈ ".
    approximate: bool = False


EMPTY = Entry()

# Where Debian's trans-de-en installs Ding, and the variables that point elsewhere.
DEFAULT_SOURCE = Path("/usr/share/trans/de-en")
SOURCE_VARIABLE = "LEARNER_DICTIONARY"
# Bump when the parser or the ranking changes: every cached index is then rebuilt.
INDEX_VERSION = "9"

# How many senses a card shows. One sense hides the word's range; more than three crowds
# the card and the later ones are rarely what the article meant.
MAX_SENSES = 3

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


# --- parsing ---------------------------------------------------------------------------------

_OPEN = "([{<"
_GROUPS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>")
_ABBREVIATION = re.compile(r"(?<=\s)/[^/\s][^/]*/(?=[\s;|]|$)")  # "solution /soltn/"
_BRACES = re.compile(r"\{([^{}]*)\}")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is outside any brackets."""
    if separator not in text:
        return [text.strip()]
    masked = text
    if any(c in text for c in _OPEN):
        previous = None
        while previous != masked:  # blank out bracketed text, innermost groups first
            previous = masked
            masked = _GROUPS.sub(lambda m: "\0" * len(m.group()), masked)
    if " /" in masked:  # and abbreviations: "government /Gov.; Govt./"
        masked = _ABBREVIATION.sub(lambda m: "\0" * len(m.group()), masked)
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
    if any(c in text for c in _OPEN):
        previous = None
        while previous != text:  # inner groups first: "(Vorteil (alt))"
            previous, text = text, _GROUPS.sub(" ", text)
    if "/" in text:
        text = _ABBREVIATION.sub(" ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Headword:
    """One German synonym of a Ding sub-entry, read for indexing."""

    word: str  # the single word it stands for ("zubewegen"), or "" for a phrase
    pos: str  # NOUN, VERB, ADJ, ADV, or "" when Ding gives no usable class
    gender: str  # m/f/n for a singular noun, "pl" for a plural-only noun
    labels: tuple[str, ...]
    reflexive: bool


def parse_headword(segment: str) -> Headword:
    """Read one synonym: "sich auf etw. zubewegen {vr}" -> zubewegen, VERB, reflexive."""
    tags = _BRACES.findall(segment) if "{" in segment else ()
    labels = tuple(lb.strip() for lb in _BRACKETS.findall(segment)) if "[" in segment else ()
    pos = gender = ""
    for tag in tags:
        for part in tag.split(","):  # "{m,f}": either gender; the first is Ding's main one
            part = part.strip()
            if part in _TAG_POS and not pos:
                pos = _TAG_POS[part]
                gender = part if pos == "NOUN" else ""
    tokens = strip_groups(segment).split()
    reflexive = "sich" in tokens
    core = []
    for i, token in enumerate(tokens):
        if all(p in _OBJECT_MARKERS for p in token.split("/")):
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _PREPOSITIONS and following and all(
            p in _OBJECT_MARKERS for p in following.split("/")
        ):
            continue
        core.append(token)
    word = core[0] if len(core) == 1 else ""
    if word and not any(c.isalpha() for c in word):
        word = ""
    return Headword(word, pos, gender, labels, reflexive)


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


@dataclass(frozen=True)
class Candidate:
    """One place in Ding where a word is a headword: a line, or a sub-entry of a line."""

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


def _plausible_plural(singular: str, plural: str) -> bool:
    """Whether `plural` can be the plural of `singular` (Vorwurf/Vorwürfe, Thema/Themen).

    Ding aligns plurals with headwords by position, but not always; this catches the slips.
    """
    def plain(s: str) -> str:
        return s.lower().replace("ä", "a").replace("ö", "o").replace("ü", "u")

    a, b = plain(singular), plain(plural)
    common = len(os.path.commonprefix([a, b]))
    return common >= max(len(a) - 2, 2) and b[common:] in _PLURAL_ENDINGS


# What a plural adds after the part it shares with the singular (umlauts aside): Vorwurf/
# Vorwürfe "e", Thema/Themen "en", Visum/Visa "a", Komma/Kommata "ta". Anything else is a
# misaligned neighbour ("Regie" and "Regisseure").
_PLURAL_ENDINGS = frozenset({"", "e", "en", "n", "er", "s", "se", "nen", "es", "ien", "a", "i",
                             "ta", "ten", "ina"})


def _plurals(segments: list[str]) -> list[str]:
    """The plural forms of a sub-entry made only of plurals ("Vorwürfe {pl}; ..."), or []."""
    words = []
    for segment in segments:
        head = parse_headword(segment)
        if head.gender != "pl":
            return []
        words.append(head.word)
    return words


def _pick_plural(word: str, index: int, plurals: list[str]) -> str:
    if not plurals:
        return ""
    if index < len(plurals) and plurals[index] and _plausible_plural(word, plurals[index]):
        return plurals[index]
    fits = [p for p in plurals if p and _plausible_plural(word, p)]
    return max(fits, key=lambda p: len(os.path.commonprefix([word, p]))) if fits else ""


def parse_line(line: str) -> Iterator[Candidate]:
    """The candidates one Ding line offers: its headwords, and compounds listed under it."""
    line = line.strip()
    if not line or line.startswith("#") or " :: " not in line:
        return
    german, english = line.split(" :: ", 1)
    german_parts = split_top(german, " | ")
    english_parts = split_top(english, " | ")
    size = len(german_parts)
    for i, part in enumerate(german_parts):
        if i >= len(english_parts):
            break
        if i > 0 and "{" not in part:
            continue  # verb forms and example phrases carry no word class
        segments = split_top(part, ";")
        if i > 0 and "{pl}" in part and _plurals(segments):
            continue  # plurals are read with the singulars they follow
        heads = [parse_headword(s) for s in segments]
        if i > 0 and not all(h.pos for h in heads):
            continue  # verb forms and example phrases, not compounds with their own class
        if not any(h.word for h in heads):
            continue
        following = german_parts[i + 1] if i + 1 < size else ""
        plurals = _plurals(split_top(following, ";")) if "{pl}" in following else []
        senses = tuple(s for s in (parse_sense(s) for s in split_top(english_parts[i], ";")) if s)
        if not senses:
            continue
        tagged = {h.pos for h in heads if h.pos}
        specialist = any(label not in _MARKED_LABELS and label not in _EVERYDAY_FIELDS
                         for h in heads for label in h.labels)
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
            yield Candidate(
                word=head.word,
                pos=pos,
                gender=head.gender,
                plural=plural,
                senses=senses,
                position=position,
                in_subentry=i > 0,
                marked=any(label in _MARKED_LABELS for label in head.labels),
                specialist=specialist,
                size=size,
            )


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
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en", wordlist="best")
    cache: dict[str, float] = {}

    def zipf(sense: str) -> float:
        words = [w for w in sense.lower().split() if w not in _ENGLISH_NOISE]
        text = " ".join(words)
        if text not in cache:
            tokens = _ENGLISH_WORD.findall(text)
            inverse = 0.0
            for token in tokens:
                f = frequencies.get(token, 0.0)
                if not f:
                    inverse = 0.0
                    break
                inverse += 1 / f
            cache[text] = math.log10(1 / inverse) + 9 if inverse else 0.0
        return cache[text]

    return zipf


def sense_family(sense: str) -> str:
    """The English word a sense is built on: its verb ("to meet up with sb." -> meet) or the
    head of its noun phrase ("criminal charge" -> charge, "head of state" -> head)."""
    words = (sense if sense == sense_key(sense) else sense_key(sense)).split()
    if not words:
        return ""
    if words[0] == "to" and len(words) > 1:
        return words[1]
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1]


def _sense_scores(
    candidates: list[Candidate], english_zipf: Callable[[str], float]
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
    support: dict[str, float] = defaultdict(float)  # per sense, to pick a family's member
    family_support: dict[str, float] = defaultdict(float)
    shown: dict[str, str] = {}
    for c in candidates:
        weight = candidate_weight(c)
        in_line: dict[str, float] = {}
        for place, sense in enumerate(c.senses):
            key = sense_key(sense)
            if not key:
                continue
            support[key] += weight / (1 + place)
            shown.setdefault(key, sense)
            family = sense_family(key)
            in_line[family] = max(in_line.get(family, 0.0), weight / (1 + place))
        for family, value in in_line.items():
            family_support[family] += value
    families: dict[str, list[str]] = defaultdict(list)
    for key in support:
        families[sense_family(key)].append(key)
    ranked = []
    for family, members in families.items():
        plainest = min(members, key=lambda k: (len(k.split()), -support[k], len(k)))
        ranked.append((family_support[family] + english_zipf(shown[plainest]),
                       shown[plainest]))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    # Fewer families than senses to show: the families' other members fill the gloss.
    rest = sorted((k for k in support if shown[k] not in {s for _, s in ranked}),
                  key=lambda k: -support[k])
    return ranked + [(0.0, shown[k]) for k in rest]


def _vote(candidates: list[Candidate], attribute: str) -> str:
    """The value most lines give; ties go to the heavier lines. One line in Ding can be
    wrong ("Unmut {f}"), so each line counts once however rich it is."""
    votes: dict[str, tuple[int, float]] = {}
    for c in candidates:
        value = getattr(c, attribute)
        if value:
            count, weight = votes.get(value, (0, 0.0))
            votes[value] = (count + 1, weight + candidate_weight(c))
    return max(votes, key=lambda v: (votes[v], v)) if votes else ""


def rank(candidates: list[Candidate], english_zipf: Callable[[str], float]) -> Entry:
    """The entry the candidates of one (word, part of speech) add up to."""
    gender = _vote(candidates, "gender")
    if gender:
        # Homographs differ in gender (der See "lake", die See "sea"): the gloss follows the
        # gender shown.
        candidates = [c for c in candidates if c.gender == gender]
    plural = _vote(candidates, "plural")
    senses = [s for _, s in _sense_scores(candidates, english_zipf)]
    chosen: list[str] = []
    seen: set[str] = set()
    for sense in senses:
        # "south-western" and "southwestern" are one sense.
        key = sense_key(sense).replace(" ", "")
        if key not in seen:
            seen.add(key)
            chosen.append(sense)
        if len(chosen) == MAX_SENSES:
            break
    if gender == "pl":
        # A plural-only noun (Belange, Leute): no der/die/das, and the word is its own plural.
        gender, plural = "", candidates[0].word
    return Entry(gloss="; ".join(chosen), gender=gender, plural=plural)


# --- the index -------------------------------------------------------------------------------


def _signature(source: Path) -> str:
    """What identifies the source's content for the cache: path, size, mtime, version."""
    stat = source.stat()
    return f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{INDEX_VERSION}"


def index_path(source: Path) -> Path:
    digest = hashlib.sha256(str(source.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"ding-{digest}.sqlite"


def _lookup_key(word: str) -> str:
    return word.casefold()


def read_candidates(lines: Iterable[str]) -> dict[tuple[str, str], list[Candidate]]:
    by_key: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for line in lines:
        for candidate in parse_line(line):
            by_key[(candidate.word, candidate.pos)].append(candidate)
    return by_key


def _entries(source: Path) -> Iterator[tuple[str, str, str, str, str, str]]:
    with open(source, encoding="utf-8", errors="replace") as lines:
        by_key = read_candidates(lines)
    english_zipf = _english_zipf()
    for (word, pos), candidates in by_key.items():
        singular = [c for c in candidates if c.gender != "pl"]
        # A noun that Ding has in the singular takes nothing from plural headwords of the
        # same spelling ("Lenker {pl} :: handlebars" is not what "der Lenker" means).
        entry = rank(singular or candidates, english_zipf)
        yield (_lookup_key(word), pos, word, entry.gloss, entry.gender, entry.plural)


def build_index(source: Path, target: Path) -> None:
    """Write the ranked index of `source` to `target`, atomically.

    The index is written to a temporary file beside the target and renamed into place, so a
    run that is interrupted, or two runs at once, never leave a half-written index behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                "CREATE TABLE entry (key TEXT, pos TEXT, word TEXT, gloss TEXT, gender TEXT,"
                " plural TEXT);"
                "CREATE TABLE plural (key TEXT, word TEXT);"
            )
            rows = list(_entries(source))
            db.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?)", rows)
            db.executemany(
                "INSERT INTO plural VALUES (?, ?)",
                [(_lookup_key(r[5]), r[2]) for r in rows if r[1] == "NOUN" and r[5]],
            )
            db.executescript(
                "CREATE INDEX entry_key ON entry (key, pos);"
                "CREATE INDEX plural_key ON plural (key);"
            )
            db.execute("INSERT INTO meta VALUES ('source', ?)", (_signature(source),))
            db.commit()
        finally:
            db.close()
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _index_is_current(index: Path, source: Path) -> bool:
    if not index.is_file():
        return False
    try:
        db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
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


# Feminine suffixes whose plural is always -en (die Lösung, die Lösungen).
_FEMININE_EN = ("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei")
# A final part shorter than three letters is a suffix more often than a word ("-ei", "-in").
_MIN_PART = 3


class Dictionary:
    """Ding's German-English list, read through the ranked index."""

    def __init__(self, index: Path, source: Path) -> None:
        self.index = index
        self.source = source
        self._db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)

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
        rows = self._db.execute(
            "SELECT word, gloss, gender, plural FROM entry WHERE key = ? AND pos = ?",
            (_lookup_key(word), pos),
        ).fetchall()
        if not rows:
            return None
        # Exact spelling first ("US" before "Us"), then the richer entry.
        return max(rows, key=lambda r: (r[0] == word, len(r[1])))

    def entry(self, word: str, pos: str) -> Entry | None:
        """Ding's own entry for the word, or None."""
        row = self._row(word, pos)
        return Entry(gloss=row[1], gender=row[2], plural=row[3]) if row else None

    def lookup(self, lemma: str, pos: str) -> Entry:
        """Gloss, gender and plural of a lemma with a part of speech (EMPTY if unknown).

        German uses most adjectives as adverbs unchanged ("erfolglos"), and taggers disagree
        on which one a word is: when one class is missing the other is tried. A noun Ding
        lacks is read as a compound (see `compound_entry`).
        """
        found = self.entry(lemma, pos)
        if found is None and pos in ("ADJ", "ADV"):
            found = self.entry(lemma, "ADV" if pos == "ADJ" else "ADJ")
        if found is None and pos in ("ADJ", "ADV") and lemma.endswith("end"):
            found = self.participle_entry(lemma)
        if found is None and pos == "NOUN" and lemma.endswith("e"):
            found = self.adjective_noun_entry(lemma)
        if found is None and pos == "NOUN":
            found = self.compound_entry(lemma)
        if found is not None and found.gender in ("m", "f", "n") and not found.plural:
            found = replace(found, plural=self.inferred_plural(lemma, found.gender))
        return found or EMPTY

    def inferred_plural(self, noun: str, gender: str) -> str:
        """A plural Ding does not give, from the word's parts (Staatschef: der Chef, die Chefs
        -> Staatschefs) or from a suffix that fixes the plural (-ung, -heit, -keit, -schaft,
        -ion, -tät, -ik, -ei are feminine and take -en; -in takes -nen). "" when neither says.

        The part must have the word's own gender: a compound is inflected like its last
        part, and a part of another gender is a false split.
        """
        for start in range(1, len(noun) - _MIN_PART + 1):
            last = noun[start:].lstrip("-")
            if not last:
                continue
            part = self.entry(last[:1].upper() + last[1:], "NOUN")
            if part is not None and part.gender == gender and part.plural:
                prefix = noun[: len(noun) - len(last)]
                if prefix.endswith("-"):
                    return prefix + part.plural
                return prefix + part.plural[:1].lower() + part.plural[1:]
        if gender == "f":
            if noun.endswith(_FEMININE_EN):
                return noun + ("n" if noun.endswith("e") else "en")
            if noun.endswith("in"):
                return noun + "nen"
        return ""

    def participle_entry(self, participle: str) -> Entry | None:
        """A present participle used as an adjective (sinkend, basierend), which Ding lists
        under its verb: the verb's senses in -ing form, "≈ sinking", marked approximate."""
        verb = self.entry(participle[:-1], "VERB")
        if verb is None or not verb.gloss:
            return None
        senses = [english_ing(s) for s in verb.gloss.split("; ")[:2]]
        return Entry(gloss="; ".join(s for s in senses if s), approximate=True)

    def adjective_noun_entry(self, noun: str) -> Entry | None:
        """An adjective used as a noun (der/die Minderjährige), which Ding lists in its strong
        masculine form (Minderjähriger). The card shows it with the definite article, so the
        plural is the weak one: die Minderjährigen."""
        found = self.entry(noun + "r", "NOUN")
        if found is None or found.gender != "m" or not found.gloss:
            return None
        return Entry(gloss=found.gloss, gender="m", plural=noun + "n")

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
                return self._combine(prefix, head, gloss_prefix=False)
        if _is_nominalised_participle(noun) and self.entry(noun[:-3].lower() + "n", "VERB"):
            return None  # der/die Einreisende is "einreisen" + -end-, not "Einreis" + "Ende"
        for start in range(2, len(noun) - _MIN_PART + 1):
            last = noun[start:]
            head = self.entry(last[:1].upper() + last[1:], "NOUN")
            if head is None or not (head.gender or head.plural):
                continue
            # A three-letter last part is often a mere ending (Medi-ale, Fict-ion): it counts
            # only when the first part is a word too.
            if len(last) <= _MIN_PART and not self.prefix_gloss(noun[:start]):
                continue
            return self._combine(noun[:start], head)
        return None

    def _combine(self, prefix: str, head: Entry, *, gloss_prefix: bool = True) -> Entry:
        plural = ""
        if head.plural:
            plural = prefix + (head.plural if prefix.endswith("-")
                               else head.plural[:1].lower() + head.plural[1:])
        first = head.gloss.split("; ")[0] if head.gloss else ""
        if not first:
            return Entry(gender=head.gender, plural=plural)
        bare = prefix.rstrip("-")
        hint = self.prefix_gloss(bare) if gloss_prefix else ""
        gloss = f"{hint or bare + '-'} + {first}"
        return Entry(gloss=gloss, gender=head.gender, plural=plural, approximate=True)

    def prefix_gloss(self, prefix: str) -> str:
        """The first sense of a compound's first part, tried in this order: a noun as written
        or in the plural (Staaten-), an adjective (Privat-), a noun before a linking element
        (Präsidentschaft-s-), an adverb (Innen-), a verb stem (Lenk-). "" if none."""
        if len(prefix) < _MIN_PART:
            return ""  # Re-, Ex-: prefixes, glossed badly as words
        noun = prefix[:1].upper() + prefix[1:]
        lower = prefix.lower()
        stripped = [noun[: -len(s)] for s in LINKING
                    if noun.endswith(s) and len(noun) - len(s) > _MIN_PART]
        tries = ([(noun, "NOUN"), (lower, "ADJ")] + [(word, "NOUN") for word in stripped]
                 + [(lower, "ADV"), (lower + "en", "VERB"), (lower + "n", "VERB")])
        for word, pos in tries:
            found = self.entry(word, pos)
            if found is None and pos == "NOUN":
                row = self._db.execute(
                    "SELECT word FROM plural WHERE key = ?", (_lookup_key(word),)
                ).fetchone()
                found = self.entry(row[0], "NOUN") if row is not None else None
            if found is not None and found.gloss:
                first = found.gloss.split("; ")[0].removeprefix("to ").split()
                return " ".join(w for w in first if w not in _PLACEHOLDERS)  # "direct sth."
        return ""


_VOWELS = "aeiou"


def english_ing(sense: str) -> str:
    """ "to sink" -> "sinking", "to be based on sth." -> "being based on sth."; the English
    spelling rules for -ing that matter most (make -> making, die -> dying, stop ->
    stopping). A sense that is not "to <verb> ..." is returned as it is."""
    words = sense.split()
    if len(words) < 2 or words[0] != "to":
        return sense
    verb = words[1]
    if verb == "be":
        ing = "being"
    elif verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        ing = verb[:-1] + "ing"
    elif (len(verb) <= 4 and len(verb) >= 3 and verb[-1] not in _VOWELS + "wxy"
          and verb[-2] in _VOWELS and verb[-3] not in _VOWELS):
        ing = verb + verb[-1] + "ing"  # one-syllable consonant-vowel-consonant: stopping
    else:
        ing = verb + "ing"
    return " ".join([ing, *words[2:]])


def look_up_words(
    words: Iterable, dictionary: Dictionary | None
) -> dict[tuple[str, str], Entry]:
    """Entries for the words' (lemma, part of speech); all EMPTY without a dictionary."""
    if dictionary is None:
        return {w.key: EMPTY for w in words}
    return {w.key: dictionary.lookup(w.lemma, w.pos) for w in words}
