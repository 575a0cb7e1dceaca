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
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

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
        return any(kind in NAME_KINDS for kind in self.kinds)

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


@cache
def _noun_lines() -> list[str]:
    return _lines(TABLE)


@cache
def _form_lines() -> list[str]:
    return _lines(FORMS)


def _rows(lines: list[str], key: str) -> list[list[str]]:
    """The fields after the key of every line that starts with `key` and a tab."""
    prefix = key + "\t"
    rows = []
    at = bisect_left(lines, prefix)
    while at < len(lines) and lines[at].startswith(prefix):
        rows.append(lines[at].split("\t")[1:])
        at += 1
    return rows


def _noun(lemma: str, genders: str, plurals: str, kinds: str) -> Noun:
    gender_list = _split(genders, ",")
    singular_only = plurals == _SINGULAR_ONLY
    return Noun(lemma, gender_list[0] if gender_list else "", gender_list,
                () if singular_only else _split(plurals, "|"), singular_only,
                _split(kinds, ","))


@lru_cache(maxsize=1 << 14)
def entries(lemma: str) -> tuple[Noun, ...]:
    """Every entry for the lemma as written (case matters: "Weg" is a noun, "weg" is not), in
    Wiktionary's order, common nouns and names alike; () if neither source lists it."""
    if not lemma or "\t" in lemma or "\n" in lemma:
        return ()
    return tuple(_noun(lemma, *row) for row in _rows(_noun_lines(), lemma))


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
    lines = _noun_lines()
    found: list[str] = []
    at = bisect_left(lines, prefix)
    while at < len(lines) and lines[at].startswith(prefix) and len(found) < limit:
        lemma, _, rest = lines[at].partition("\t")
        if not rest.endswith(WIKIDATA) and (not found or found[-1] != lemma):
            found.append(lemma)
        at += 1
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


def lemmas_of(form: str) -> tuple[str, ...]:
    """Every lemma that has `form` as a plural or case form (Bande: Band), form itself aside."""
    if not form or "\t" in form or "\n" in form:
        return ()
    rows = _rows(_form_lines(), form)
    return _split(rows[0][0], "|") if rows else ()


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
