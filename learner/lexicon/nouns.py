"""German nouns as Wiktionary (and Wikidata) list them: genus, plural, names.

Read from `data/nouns.tsv.gz`, which `python -m learner.lexicon.build` makes from the
`german-nouns` package (German Wiktionary, CC BY-SA 4.0) and Wikidata's German lexemes (CC0);
see data/README.md. Each file is read on first use and kept for the process.

    >>> nouns.entry("Utopie")
    Noun(lemma='Utopie', gender='f', genders=('f',), plurals=('Utopien',), ...)
    >>> nouns.entry("Frömmigkeit").singular_only
    True
    >>> nouns.singular("Lipide")
    'Lipid'
"""

from __future__ import annotations

import gzip
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path

from learner.memo import memo_one

TABLE = Path(__file__).parent / "data" / "nouns.tsv.gz"
FORMS = TABLE.with_name("forms.tsv.gz")
NAMES = TABLE.with_name("names.tsv.gz")

# Wiktionary's kinds of proper name, as german-nouns labels its rows.
NAME_KINDS = frozenset({"Toponym", "Eigenname", "Nachname", "Vorname"})
FIRST_NAME = "Vorname"
ADJECTIVAL = "adjektivische Deklination"  # der/die Abgeordnete: declined like an adjective
WIKIDATA = "Wikidata"  # a noun only Wikidata's lexemes list, with no genus or forms
_SINGULAR_ONLY = "-"


@dataclass(frozen=True)
class Noun:
    """One Wiktionary entry for a noun (homographs of another genus are entries of their own:
    der See, die See)."""

    lemma: str
    gender: str  # "m", "f" or "n": the entry's own genus; "" for plural-only nouns, names
    genders: tuple[str, ...]  # every genus Wiktionary allows (Joghurt: m, f, n), first = own
    plurals: tuple[str, ...]  # the nominative plurals, the usual one first; () if none/unknown
    singular_only: bool  # Wiktionary says German has no plural (Frömmigkeit)
    kinds: tuple[str, ...]  # Wiktionary's labels besides Substantiv: Toponym, Vorname...

    @property
    def plural(self) -> str:
        """The usual plural, "" when there is none or Wiktionary gives none."""
        return self.plurals[0] if self.plurals else ""

    @property
    def plural_only(self) -> bool:
        """A noun German uses only in the plural (die Eltern, die Leute)."""
        return not self.gender and self.lemma in self.plurals

    @property
    def is_name(self) -> bool:
        """A place, surname, first name or other proper name (Toponym, Nachname...)."""
        # The same answer as asking each kind, without a generator per call: every noun
        # looked up is asked (`is_common`, `is_noun`), ~30,000 times per 100 articles.
        return not NAME_KINDS.isdisjoint(self.kinds)

    @property
    def is_common(self) -> bool:
        """A common noun (Wiktionary's entry is no name; or Wikidata lists it as a noun)."""
        return not self.is_name


def _split(field: str, separator: str) -> tuple[str, ...]:
    return tuple(field.split(separator)) if field else ()


def _lines(path: Path) -> list[str]:
    """A sorted table's lines, unparsed: a look-up bisects them (reading 230,000 rows into
    objects would take a second and a half; this takes a few hundredths)."""
    # Whole-file decompression: twice as fast as reading through gzip's text stream.
    return gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")


class _Table:
    """A sorted table (rows sorted by their first field, so its lines sorted as text), looked
    up by its first field.

    An article asks a few hundred words, a corpus a few hundred thousand: so the first
    `SPLIT_AFTER` look-ups bisect the decompressed bytes themselves (~8 us each, UTF-8 sorts
    as the text does), and after that an index of the lines (`index`, ~0.04 s) makes them
    ~4 us. The index is the bytes, the lines' starts and every `SAMPLE`-th line: 15 MB for
    both tables, where their 400,000 lines as strings (~3 us a look-up) were 34 MB in each
    process that made them; and a process forked after the index is made shares its pages
    with the others, which only read them (a string's reference count is written whenever
    it is read, so a shared list of strings became each worker's own). All three give the
    same rows (tests/test_lexicon.py compares them).
    """

    # About where the look-ups' extra time reaches the cost of making the index.
    SPLIT_AFTER = 4_000
    # One line in this many is kept whole in the index, to bisect at the speed of a list.
    SAMPLE = 8

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: bytes | None = None
        self._lines: list[str] | None = None
        self._starts: array | None = None
        self._sample: list[bytes] = []
        self._asked = 0

    def lines(self) -> list[str]:
        """Every line, in order, as strings (look-ups then bisect them; the tests compare)."""
        if self._lines is None:
            self._lines = self._decoded_lines()
        return self._lines

    def text_lines(self) -> list[str]:
        """Every line, in order, as strings made for the caller and not kept (`lines` keeps
        them, for look-ups)."""
        return self._lines if self._lines is not None else self._decoded_lines()

    def _decoded_lines(self) -> list[str]:
        # The table ends in a newline: no line after it.
        return self._bytes().decode("utf-8").removesuffix("\n").split("\n")

    def _bytes(self) -> bytes:
        if self._data is None:
            # Whole-file decompression: twice as fast as reading through gzip's stream.
            self._data = gzip.decompress(self.path.read_bytes())
        return self._data

    def index(self) -> None:
        """Index the lines now (see above): for a process about to fork workers that will
        each ask the table thousands of words (tagging a corpus)."""
        if self._starts is None:
            data = self._bytes()
            lines = data.split(b"\n")
            if lines[-1] == b"":  # the table ends in a newline: no line after it
                lines.pop()
            starts = array("I", [0])
            starts.extend(accumulate(len(line) + 1 for line in lines))
            # The sampled lines are cut again from the bytes once the split lines are freed,
            # not kept from the split: kept, every SAMPLE-th object of the split stood alone
            # among the freed ones, 50,000 objects spread over 17 MB of pages, and since a
            # look-up's bisection writes the reference count of each line it compares, a
            # forked worker made most of those pages its own within 25 articles (pagemap's
            # exclusive bit). Cut one after another, they fill ~4 MB of pages.
            del lines
            self._sample = [data[starts[i]:starts[i + 1] - 1]
                            for i in range(0, len(starts) - 1, self.SAMPLE)]
            self._starts = starts

    def lines_from(self, prefix: str) -> Iterator[str]:
        """The lines from the first that is not before `prefix` on, in order."""
        self._asked += 1
        if self._lines is not None:
            lines = self._lines
            return (lines[i] for i in range(bisect_left(lines, prefix), len(lines)))
        if self._starts is None and self._asked > self.SPLIT_AFTER:
            self.index()
        if self._starts is not None:
            return self._indexed_lines_from(prefix.encode("utf-8"))
        return self._byte_lines_from(prefix.encode("utf-8"))

    def _indexed_lines_from(self, key: bytes) -> Iterator[str]:
        data, starts = self._data, self._starts
        count = len(starts) - 1
        # The first sampled line not before the key, `block`: the first line not before it
        # is in the block of lines just before that one, or is that one.
        block = bisect_left(self._sample, key)
        lo, hi = max(block - 1, 0) * self.SAMPLE, min(block * self.SAMPLE, count)
        first = lo + bisect_left(data[starts[lo]:starts[hi]].split(b"\n"), key, 0, hi - lo)
        for i in range(first, count):
            yield data[starts[i]:starts[i + 1] - 1].decode("utf-8")

    def _byte_lines_from(self, key: bytes) -> Iterator[str]:
        data = self._bytes()
        # The first line that is not before `key`: `lo` is always a line's start, every line
        # before it sorts before the key, and none from `hi` on does.
        lo, hi = 0, len(data)
        while lo < hi:
            start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            if data[start:end] < key:
                lo = end + 1
            else:
                hi = start
        while lo < len(data):
            end = data.find(b"\n", lo)
            end = len(data) if end < 0 else end
            yield data[lo:end].decode("utf-8")
            lo = end + 1

    def rows(self, key: str) -> list[list[str]]:
        """The fields after the key of every line that starts with `key` and a tab."""
        prefix = key + "\t"
        rows = []
        for line in self.lines_from(prefix):
            if not line.startswith(prefix):
                break
            rows.append(line.split("\t")[1:])
        return rows


def index_tables() -> None:
    """Index the noun and form tables now (`_Table.index`), in a process about to fork
    workers that will each ask them a few hundred thousand words: they then share the index
    instead of each making its own lines."""
    _noun_table().index()
    _form_table().index()
    # And the compounds' table of reversed lemmas (`_ends`, ~0.3 s), which a worker's lemma
    # checks ask for a head's counted compounds and the parent's dictionary stage asks again:
    # made once before the fork, not once in each worker and again in the parent.
    _ends()


@cache
def _noun_table() -> _Table:
    return _Table(TABLE)


@cache
def _form_table() -> _Table:
    return _Table(FORMS)


def _noun(lemma: str, genders: str, plurals: str, kinds: str) -> Noun:
    gender_list = _split(genders, ",")
    singular_only = plurals == _SINGULAR_ONLY
    return Noun(lemma, gender_list[0] if gender_list else "", gender_list,
                () if singular_only else _split(plurals, "|"), singular_only,
                _split(kinds, ","))


# A build asks for every last part of every compound it reads: 150 gnad articles ask 22,000
# different words, most of them no noun (an empty tuple), which 16,384 entries kept evicting;
# 65,536 keep a worker's share of 600 articles.
@memo_one(1 << 16)
def entries(lemma: str) -> tuple[Noun, ...]:
    """Every entry for the lemma as written (case matters: "Weg" is a noun, "weg" is not), in
    Wiktionary's order, common nouns and names alike; () if neither source lists it."""
    if not lemma or "\t" in lemma or "\n" in lemma:
        return ()
    return tuple(_noun(lemma, *row) for row in _noun_table().rows(lemma))


def entry(lemma: str, gender: str = "") -> Noun | None:
    """The lemma's common-noun entry from Wiktionary: the one of `gender` when given and
    Wiktionary has one (die See, not der See), else its first. None when Wiktionary has no
    common noun of that spelling (a name alone, or a word Wikidata alone lists)."""
    common = [n for n in entries(lemma) if n.is_common and WIKIDATA not in n.kinds]
    if not common:
        return None
    if gender:
        for noun in common:
            if noun.gender == gender:
                return noun
        for noun in common:
            if gender in noun.genders:
                return noun
    return common[0]


def lemmas_starting(prefix: str, limit: int = 200) -> list[str]:
    """Up to `limit` lemmas of Wiktionary's entries that start with `prefix`, in order."""
    if not prefix or "\t" in prefix or "\n" in prefix:
        return []
    found: list[str] = []
    for line in _noun_table().lines_from(prefix):
        if not line.startswith(prefix) or len(found) >= limit:
            break
        lemma, _, rest = line.partition("\t")
        if not rest.endswith(WIKIDATA) and (not found or found[-1] != lemma):
            found.append(lemma)
    return found


def singular(form: str) -> str | None:
    """The lemma of a noun form: the form itself when it is a lemma (a singular, or a noun
    used only in the plural), else the lemma whose plural or case form it is ("Lipide" ->
    "Lipid", "Häusern" -> "Haus"); None when no entry has that form."""
    found = entries(form)
    if any(n.is_common and not (n.plurals == (form,) and n.gender) for n in found):
        return form
    lemmas = lemmas_of(form)
    if lemmas:
        return lemmas[0]
    return form if found else None


# Asked as often as `entries`, mostly for the same words (every noun's last part, every
# capitalized word the name rules weigh): kept as many.
@memo_one(1 << 16)
def lemmas_of(form: str) -> tuple[str, ...]:
    """Every lemma that has `form` as a plural or case form (Bande: Band), form itself aside."""
    if not form or "\t" in form or "\n" in form:
        return ()
    rows = _form_table().rows(form)
    return _split(rows[0][0], "|") if rows else ()


# A compound's head, its last part, has at least this many letters ("Rat", "Amt", "Tal").
HEAD_LETTERS = 3


def last_parts(word: str) -> Iterator[str]:
    """A compound's possible heads, longest first, capitalized as nouns are: each last part of
    at least HEAD_LETTERS letters, the whole word aside ("Seeufer": "Eeufer", "Eufer", "Ufer",
    "Fer"). German compounds take their head noun's gender and inflection, so the longest last
    part a lexicon lists is the head."""
    for start in range(1, len(word) - HEAD_LETTERS + 1):
        yield word[start].upper() + word[start + 1:]


def is_noun(word: str) -> bool:
    """Whether Wiktionary or Wikidata lists the word, as written, as a common noun."""
    return any(n.is_common for n in entries(word))


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    only, first = [], []
    for line in _lines(NAMES):
        word, _, labels = line.partition("\t")
        if "only" in labels:
            only.append(word)
        if "first" in labels:
            first.append(word)
    return frozenset(only), frozenset(first)


def listed_names() -> frozenset[str]:
    """Words that German Wiktionary lists only as names: places, surnames, first names and
    other proper names ("Steiermark", "Strache"), with no common-noun entry beside them
    ("Koller", "Borg" and "Montag" have one)."""
    return _names()[0]


def first_names() -> frozenset[str]:
    """Words German Wiktionary lists as first names ("Michael", "Nick"), whatever else."""
    return _names()[1]


class PackedStrings:
    """A list of strings held as one string and each one's start, for `bisect` and indexing
    only (no slices): the 190,000 reversed lemmas and plurals of `_ends` as two strings of
    ~2 MB, where as lists of strings they took ~31 MB in each process that read them (and the
    dictionary's reversed noun keys, `Dictionary._reversed_nouns`). A worker's lemma
    checks read them (`compound_genders`), and a list of strings made before the fork became
    each worker's own, since reading a string writes its reference count (see `_Table`)."""

    __slots__ = ("_text", "_starts")

    def __init__(self, items: list[str]) -> None:
        self._text = "".join(items)
        self._starts = array("I", [0])
        self._starts.extend(accumulate(map(len, items)))

    def parts(self) -> tuple[str, bytes]:
        """The joined text and the starts' bytes, as `from_parts` takes them: how the
        dictionary's index stores its reversed noun keys."""
        return self._text, self._starts.tobytes()

    @classmethod
    def from_parts(cls, text: str, starts: bytes) -> PackedStrings:
        """The strings `parts` gave, without joining or counting them again."""
        packed = cls.__new__(cls)
        packed._text = text
        packed._starts = array("I")
        packed._starts.frombytes(starts)
        return packed

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i: int) -> str:
        return self._text[self._starts[i]:self._starts[i + 1]]


@cache
def _ends() -> tuple[PackedStrings, list[str], PackedStrings]:
    """Every gendered common noun's lemma written backwards in lower case, sorted, its
    gender and its plurals as the table has them ("-" for none): the compounds that end in
    a head are then one bisected run (`compound_genders`, `compound_plurals`). Made on the
    first call, from the noun table's text (~0.5 s), whose lines are not kept as strings
    (`_Table.lines` would keep them, 17 MB in each worker)."""
    rows = []
    for line in _noun_table().text_lines():
        lemma, genders, plurals, kinds = (line.split("\t") + ["", "", ""])[:4]
        gender = genders.partition(",")[0]
        if gender and not any(kind in NAME_KINDS or kind == WIKIDATA
                              for kind in _split(kinds, ",")):
            # A noun declined like an adjective counts with no plural of its own for
            # `compound_plurals`: Arbeitsloser's "Arbeitslosen" is the weak form of der
            # Arbeitslose, no plural of a head Loser.
            if ADJECTIVAL in _split(kinds, ","):
                plurals = _SINGULAR_ONLY
            rows.append((lemma[::-1].lower(), gender, plurals))
    rows.sort()
    return (PackedStrings([key for key, _, _ in rows]), [gender for _, gender, _ in rows],
            PackedStrings([plurals for _, _, plurals in rows]))


def _compounds(head: str) -> Iterator[int]:
    """The rows of `_ends` that are compounds of `head`: nouns that end in it after a first
    part of at least HEAD_LETTERS letters, hyphenated or not."""
    keys = _ends()[0]
    end = head[::-1].lower()
    for i in range(bisect_left(keys, end), len(keys)):
        if not keys[i].startswith(end):
            break
        if len(keys[i][len(end):].lstrip("-")) >= HEAD_LETTERS:
            yield i


def compound_genders(head: str) -> Counter[str]:
    """How many of Wiktionary's compounds of `head` (a first part of at least HEAD_LETTERS
    letters before it, hyphenated or not) take each gender: der/das Schnitzel's compounds
    are das Jägerschnitzel, das Putenschnitzel... (8 neuter, 2 masculine)."""
    _, genders, _ = _ends()
    return Counter(genders[i] for i in _compounds(head))


def compound_plurals(head: str, gender: str, endings: Iterable[str]) -> Counter[str]:
    """How many of Wiktionary's compounds of `head` (as `compound_genders` counts them) of
    `gender` have a plural that ends in each of `endings` (the plurals of the head's
    homographs of that gender): der Star's compounds are der Popstar, die Popstars; der
    Fußballstar, die Fußballstars..., none in -stare (der Star, the starling). A compound
    counts for the longest ending each of its plurals ends in, and once for each such ending:
    der Häuserblock lists die Häuserblocks and die Häuserblöcke, and counts for both -blocks
    and -blöcke (it used to count for whichever of the two endings, equally long, came first
    in a set's order, which Python's string hashes change from run to run). One declined like
    an adjective (der Arbeitsloser, "ein Arbeitsloser") counts for none."""
    _, genders, plurals = _ends()
    # Longest first (a plural counts for the longest ending it ends in), then alphabetical:
    # the counter lists the endings as the compounds, in the table's order, first show them,
    # each compound's in this order, so its order (most_common's among equal counts) is the
    # same in every run. A set's order is not: Python's string hashes change it.
    lowered = sorted({ending.lower() for ending in endings}, key=lambda e: (-len(e), e))
    found: Counter[str] = Counter()
    for i in _compounds(head):
        if genders[i] != gender or plurals[i] == _SINGULAR_ONLY:
            continue
        forms = [form.lower() for form in _split(plurals[i], "|")]
        matched = {next((e for e in lowered if form.endswith(e)), None) for form in forms}
        found.update(e for e in lowered if e in matched)
    return found
