"""Ding's lines parsed: headwords, senses, labels, plurals and the `Candidate` records the
index ranks.

A Ding line is `German :: English`. Each side is split by " | " into aligned sub-entries: the
first holds the headwords and their senses, the next ones plurals, verb forms, compounds or
example phrases. Within a sub-entry "; " separates synonyms. Braces carry the word class
({m} {f} {n} {pl} {vt} {vi} {vr} {adj} {adv}), brackets labels ([ugs.] [chem.]).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from learner.morphology import DATIVE_DETERMINERS

# Word classes in Ding's braces, mapped to the parts of speech the vocabulary uses.
GENDERS = {"m": "m", "f": "f", "n": "n"}
_VERB_TAGS = frozenset({"vt", "vi", "vr", "v"})
_TAG_POS = {"adj": "ADJ", "adv": "ADV", **{t: "VERB" for t in _VERB_TAGS},
            **{g: "NOUN" for g in GENDERS}, "pl": "NOUN"}
# Placeholders for a verb's objects: "jdn./etw. belasten", "sich auf etw. zubewegen". A
# preposition directly before one belongs to it ("auf etw."), not to the headword.
_OBJECT_MARKERS = frozenset({"etw.", "jdn.", "jdm.", "jds.", "jd.", "sich", "etwas", "jemanden",
                             "jemandem"})
PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "durch", "für", "gegen", "in", "mit",
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


_GROUPS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>")
_ABBREVIATION = re.compile(r"(?<=\s)/[^/\s][^/]*/(?=[\s;|]|$)")  # "solution /soltn/"
# "einer Sache", alone or after another placeholder ("jdm./einer Sache"): one object.
THING_OBJECT = re.compile(r"\beiner Sache\b")
_BRACES = re.compile(r"\{([^{}]*)\}")
BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def opens_group(text: str) -> bool:
    """Whether `text` opens a bracketed group, (, [, { or <: four substring tests take a
    quarter of a regex search's time, and the index build asks millions of times."""
    return "(" in text or "[" in text or "{" in text or "<" in text


def _blank(match: re.Match) -> str:
    return "\0" * (match.end() - match.start())


def without_groups(text: str, replace: str | Callable[[re.Match], str]) -> str:
    """`text` with its bracketed groups replaced, innermost first ("(Vorteil (alt))"), until
    none is left: every group opens with a bracket, so once none is left there is nothing
    more to replace."""
    while True:
        replaced = _GROUPS.sub(replace, text)
        if replaced == text or not opens_group(replaced):
            return replaced
        text = replaced


def split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is outside any brackets."""
    if separator not in text:
        return [text.strip()]
    grouped = opens_group(text)
    if not grouped and " /" not in text:
        return [part.strip() for part in text.split(separator)]
    # Brackets and abbreviations ("government /Gov.; Govt./") each made one blank: where the
    # separator is no less frequent than before, none stood inside them (the separators hold
    # no bracket or slash, so none straddles an edge), and a plain split is the answer.
    compact = without_groups(text, "\0") if grouped else text
    if " /" in compact:
        compact = _ABBREVIATION.sub("\0", compact)
    if compact.count(separator) == text.count(separator):
        return [part.strip() for part in text.split(separator)]
    # Else blank them out character for character, and split where the separator stands in
    # what is left.
    masked = without_groups(text, _blank) if grouped else text
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
    if "(" in text or "[" in text or "{" in text or "<" in text:  # `opens_group`, inlined
        text = without_groups(text, " ")
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


def is_object_marker(token: str) -> bool:
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
    if "}" not in segment or segment.endswith("}"):
        return ""  # no word class, or nothing after it (most headwords: "Haus {n}")
    tail = segment.rpartition("}")[2]
    if "[" in tail:  # most tails are empty: no labels to take out
        tail = BRACKETS.sub(" ", tail)
    words = tail.split()
    word = words[0].removeprefix("(").removesuffix(")") if len(words) == 1 else ""
    return word if word in PREPOSITIONS else ""


def parse_headword(segment: str) -> Headword:
    """Read one synonym: "sich auf etw. zubewegen {vr}" -> zubewegen, VERB, reflexive."""
    plain = _PLAIN_HEADWORD.fullmatch(segment)
    if plain is not None:
        word, tag, labelled = plain.groups()
        pos = _TAG_POS.get(tag, "") if tag else ""
        labels = tuple(lb.strip() for lb in BRACKETS.findall(labelled)) if labelled else ()
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
    labels = tuple(lb.strip() for lb in BRACKETS.findall(segment)) if "[" in segment else ()
    # The words outside brackets and abbreviations (as `strip_groups`, without joining them).
    text = without_groups(segment, " ") if opens_group(segment) else segment
    if "/" in text:
        text = _ABBREVIATION.sub(" ", text)
    if "einer Sache" in text:
        # "einer Sache vorausgehen", "jdm./einer Sache zusetzen": Ding's placeholder for a
        # thing as a dative or genitive object, two words where "jdm." is one. Read as one
        # placeholder, the verb is the headword of its line ("to precede sth."), as it is in
        # "jdm. helfen"; read as words, the line gave the verb nothing.
        text = THING_OBJECT.sub("jdm.", text)
    tokens = text.split()
    if len(tokens) > 1 and _trailing_preposition(segment):
        # "umsteigen {vi} nach", "anpassen {vt} an": the preposition the verb governs,
        # written after the word class with no object; not part of the headword.
        tokens = tokens[:-1]
    if len(tokens) == 1:  # most headwords are one word, with no object to leave out
        word = tokens[0]
        reflexive = word == "sich"
        dative = False
        if reflexive or is_object_marker(word):
            word = ""
    else:
        reflexive = "sich" in tokens
        dative = reflexive and any(
            _is_accusative_marker(t) and not (i and tokens[i - 1] in PREPOSITIONS)
            for i, t in enumerate(tokens))
        core = []
        for i, token in enumerate(tokens):
            if is_object_marker(token):
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token in PREPOSITIONS and following and is_object_marker(following):
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
PLACEHOLDERS = frozenset({"sth.", "sb.", "sb./sth.", "sth./sb."})


@lru_cache(maxsize=1 << 18)
def sense_key(sense: str) -> str:
    """What makes two senses the same one: case, "sth."/"sb." and punctuation aside."""
    words = [w for w in sense.lower().split() if w not in PLACEHOLDERS]
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
    a, b = singular.translate(UMLAUTS), plural.translate(UMLAUTS)
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
                                GERMAN_VOWEL_GROUPS.findall(singular[at + 1:].lstrip("aeiouy"))):
            return False
    return True


UMLAUTS = str.maketrans("äöü", "aou")


def _common_length(a: str, b: str) -> int:
    """The length of the longest prefix `a` and `b` share."""
    if b.startswith(a) or a.startswith(b):
        # Most plurals (umlauts aside) are the singular and an ending: no walk needed.
        return min(len(a), len(b))
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
CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}\b")


def _singular_in_line(plural: str, german: str) -> str:
    """The singular of a plural headword, where a compound in the same line ends in it:
    "Eichen {pl} ... | Korkeiche {f}" gives Eiche. A plural-only word can mean something
    its singular does not (die Belange "interests", der Belang "importance"), so a singular
    is taken only where Ding itself writes it."""
    for word in _SINGULAR_NOUN.findall(german):
        for size in range(max(len(plural) - 3, MIN_PART + 1), len(plural) + 1):
            tail = word[-size:].lower()
            if len(word) > size and _plausible_plural(tail, plural.lower()):
                return tail[:1].upper() + tail[1:]
    return ""


# {m} {f} {n}, as one search: `parse_line` asks of every line, and a generator over the
# three substring tests cost several times the search.
_GENDER_TAG = re.compile("|".join(re.escape(f"{{{g}}}") for g in GENDERS))
_NO_CONTEXT: frozenset[str] = frozenset()


def english_senses(english: str) -> tuple[str, ...]:
    """The senses of an English sub-entry, as a card shows them; empty ones left out."""
    if ";" not in english:
        # One sense, as three sub-entries in four have (of ~400,000 read while indexing):
        # `split_top`'s answer, without the splitting and the tuple built through a filter.
        sense = parse_sense(english.strip())
        return (sense,) if sense else ()
    return tuple(filter(None, map(parse_sense, split_top(english, ";"))))


def _labelled_senses(english: str, specialist: bool = False) -> frozenset[str]:
    """The `sense_key`s of the senses of an English sub-entry that carry a label of
    `_ENGLISH_MARKED` (of `_SPECIALIST_MARKED` on a `specialist` line)."""
    if "[" not in english:
        return _NO_LABELS
    marked = _SPECIALIST_MARKED if specialist else _ENGLISH_MARKED
    found = frozenset(
        sense_key(parse_sense(raw)) for raw in split_top(english, ";")
        if "[" in raw and not marked.isdisjoint(lb.strip() for lb in BRACKETS.findall(raw)))
    return (found - {""}) or _NO_LABELS


_NO_LABELS: frozenset[str] = frozenset()


def is_specialist(labels: tuple[str, ...]) -> bool:
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
        for w in CAPITALISED.findall(strip_groups(part))
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

    synonyms = split_top(german_parts[0], ";")  # split once, for the prepositions too
    parsed[0] = [parse_headword(s) for s in synonyms]
    first_classes = {h.pos for h in parsed[0]}
    verb_line = "VERB" in first_classes
    noun_line = _GENDER_TAG.search(german_parts[0]) is not None
    # A noun's headword takes a prepositional complement as a verb's does: "Draht {m} (zu
    # jdm.)" is the rapport with someone, "Interesse {n} (an etw.)".
    governs = (governed_prepositions(german_parts[0], verb_line, synonyms)
               if verb_line or noun_line else _NO_CONTEXT)
    adjective_line = not noun_line and "ADJ" in first_classes
    # A verb line's first English, read once: its support phrases take it too.
    first_senses = english_senses(english_parts[0]) if verb_line and english_parts else None
    if first_senses is not None:
        yield from _support_phrases(synonyms, first_senses, size, context)
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
        senses = (first_senses if i == 0 and first_senses is not None
                  else english_senses(english_parts[i]))
        if not senses:
            continue
        tagged = {h.pos for h in heads if h.pos}
        specialist = any(is_specialist(h.labels) for h in heads if h.labels)
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
            if head.gender in GENDERS:
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


# What each object placeholder (`_OBJECT_MARKERS`, "einer Sache") begins with: a headword
# part holding none of these has no object for a preposition to govern, nor a dative one.
_PLACEHOLDER_STARTS = ("etw", "jd", "jem", "sich", "einer Sache")
_ANY_PLACEHOLDER = re.compile("|".join(map(re.escape, _PLACEHOLDER_STARTS)))


def governed_prepositions(headwords: str, verb: bool = False,
                          synonyms: list[str] | None = None) -> frozenset[str]:
    """The prepositions a verb line's headwords write before an object placeholder: "mit"
    in "jdn./etw. belasten; beschweren (mit etw.) {vt}", "auf" in "sich auf etw. zubewegen".
    Ding writes the object in parentheses after the last synonym when all of them take it,
    as it writes the word class there; so the whole headword part is read.

    A verb's line with a dative object, a placeholder "jdm." or "einer Sache" that no
    preposition governs ("einer Sache vorausgehen", "jdm. etw. zuschreiben"), also gives
    `DATIVE_OBJECT`: the sense for a clause with a dative of its own (`has_dative_object`).

    `synonyms` are the headwords split at ";" (`split_top`), where the caller has them.
    Most lines asked (149,000 of 163,000: nouns, verbs with no object) hold no placeholder:
    their tokens, three substitutions and a search away, are read only where one may
    stand; the prepositions after a word class are read in every line."""
    found: set[str] = set()
    if _ANY_PLACEHOLDER.search(headwords):  # one search, not a generator of five tests
        tokens = _TOKEN.findall(THING_OBJECT.sub("jdm.", BRACKETS.sub(
            " ", _BRACES.sub(" ", headwords))))
        found.update(
            token for token, following in zip(tokens, tokens[1:], strict=False)
            if token in PREPOSITIONS and all(p in _OBJECT_MARKERS for p in following.split("/"))
        )
        if verb and any(
                _DATIVE_MARKERS & set(token.split("/"))
                and not (i and tokens[i - 1] in PREPOSITIONS)
                for i, token in enumerate(tokens)):
            found.add(DATIVE_OBJECT)
    if synonyms is None:
        synonyms = split_top(headwords, ";")
    found.update(filter(None, map(_trailing_preposition, synonyms)))
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
_DATIVE_PREPOSITIONS = PREPOSITIONS | frozenset({
    "ab", "außer", "binnen", "dank", "entgegen", "entsprechend", "gegenüber", "gemäß",
    "hinter", "laut", "mitsamt", "nahe", "neben", "nebst", "ob", "samt", "seit", "trotz",
    "wegen", "zufolge", "zuliebe", "von", "vor", "bis", "als", "wie", "all"})


# Every preposition, whichever case it governs: a phrase's lone preposition is no evidence
# of the phrase (`idiom_senses._frame_idiom_sense`).
ANY_PREPOSITION = _DATIVE_PREPOSITIONS | frozenset({
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
    senses = english_senses(english)
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


def _support_phrases(synonyms: list[str], senses: tuple[str, ...], size: int,
                     context: frozenset[str]) -> Iterator[Candidate]:
    """The words of a verb line's headwords that stand in a phrase of one word and a support
    verb ("jdn. ausfindig machen", "vorstellig werden [adm.]"), with the line's English
    after the phrase: "(ausfindig machen) to locate sb.". German uses such words (ausfindig,
    vorstellig) only in the phrase; Ding gives the phrase, never the word alone, and its
    meaning is the phrase's. `synonyms` are the line's headwords split at ";", `senses` its
    first English (`english_senses`)."""
    if not senses:
        return
    for position, segment in enumerate(synonyms):
        text = without_groups(segment, " ") if opens_group(segment) else segment
        tokens = [t for t in text.split() if not is_object_marker(t)]
        if (len(tokens) != 2 or tokens[1] not in _SUPPORT_VERBS or not tokens[0].isalpha()
                or not tokens[0].islower()):
            continue
        phrase = " ".join(tokens)
        yield Candidate(word=tokens[0], pos=SUPPORT_PHRASE, gender="", plural="",
                        senses=tuple(f"({phrase}) {sense}" for sense in senses),
                        position=position, in_subentry=False, marked=False, specialist=False,
                        size=size, context=context)


def phrase_once(gloss: str) -> str:
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
    # The English is read at the first such word: most of these sub-entries are example
    # phrases ("den Vorwurf zurückweisen"), with none.
    senses: tuple[str, ...] | None = None
    for position, segment in enumerate(split_top(part, ";")):
        word = strip_groups(segment)
        if not _ONE_NOUN.fullmatch(word):
            continue
        if senses is None:
            senses = english_senses(english)
        if not senses:
            return
        yield _untagged_candidate(segment, word, "NOUN", senses, position, size, context)


def _untagged_candidate(segment: str, word: str, pos: str, senses: tuple[str, ...],
                        position: int, size: int, context: frozenset[str]) -> Candidate:
    """A word of a sub-entry that Ding gives without a class, as `pos`, with the subject
    labels of its segment ("[med.]")."""
    labels = tuple(lb.strip() for lb in BRACKETS.findall(segment)) if "[" in segment else ()
    return Candidate(word=word, pos=pos, gender="", plural="", senses=senses,
                     position=position, in_subentry=True, marked=_is_marked(labels),
                     specialist=is_specialist(labels), size=size, context=context)


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
    senses: tuple[str, ...] | None = None  # read at the first compound, as above
    stems = [h.word for h in heads if h.word and h.word.islower()]
    for position, segment in enumerate(split_top(part, ";")):
        word = strip_groups(segment)
        if not word.isalpha() or not word.islower():
            continue
        if not any(word.endswith(stem) and len(word) >= len(stem) + _FIRST_PART_LETTERS
                   for stem in stems):
            continue
        if senses is None:
            senses = english_senses(english)
        if not senses:
            return
        yield _untagged_candidate(segment, word, "ADJ", senses, position, size, context)


def lookup_key(word: str) -> str:
    return word.casefold()


def upper_first(word: str) -> str:
    """The word with its first letter capital, as German writes a noun (a compound's last
    part read as a noun of its own: Bundes|wahl, Wahl)."""
    return word[:1].upper() + word[1:]


# A final part shorter than three letters is a suffix more often than a word ("-ei", "-in").
MIN_PART = 3

# A German word's syllable nuclei, umlauts included (Schutz, Rind: one); `_VOWEL_GROUPS`
# above counts an English verb's.
GERMAN_VOWEL_GROUPS = re.compile("[aeiouyäöü]+")
