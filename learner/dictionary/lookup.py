"""Look-up: `Dictionary`, which opens the index and answers each word's `Entry`, and
`look_up_words`, which gives a build's words their entries (with Wiktionary's genders,
plurals and definitions where Ding has none).
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from learner import wordlists
from learner.cache import read_only_uri
from learner.dictionary.adjective_hints import SHARED_PREFIXES, derived_adjective_entry, head_frame
from learner.dictionary.compound_hints import (
    ADJECTIVE_ENDINGS,
    INCLUSIVE_FORM,
    OWN_SENSE_SHARE,
    PHRASE_WORD_ZIPF,
    alternative_readings,
    distinct_own_readings,
    doubtful_hint,
    german_lexicons_list,
    german_word,
    is_function_word,
    noun_definition,
    own_readings,
    spelled_out,
    split_points,
)
from learner.dictionary.compound_senses import (
    ALTERNATIVE_SHARE,
    MIN_PART_EVIDENCE,
    part_nouns,
    renders_head,
)
from learner.dictionary.context_senses import (
    as_attribute,
    in_context,
    in_field,
    in_frame,
    in_plural,
)
from learner.dictionary.contexts import noun_complement, verb_clause
from learner.dictionary.derived_nouns import derived_noun_entry, taxon_diminutive
from learner.dictionary.english import (
    ENGLISH_WORD_MARGIN,
    ENGLISH_WORD_ZIPF,
    english_cognate,
    english_ing,
    english_loanword,
    listed_loanword,
)
from learner.dictionary.entry import EMPTY, Entry, first_sense
from learner.dictionary.fields import article_fields
from learner.dictionary.index import build_index, find_source, index_is_current, index_path
from learner.dictionary.index_rows import (
    ABBREVIATION,
    APART,
    COMBINING_FORM,
    ENGLISH_ABBREVIATION,
    PHRASE_END,
    SINGULAR_OF_PLURAL,
    SPELLING,
    class_of,
)
from learner.dictionary.noun_forms import (
    adjective_stem,
    declined_like_adjective,
    head_declined_like_adjective,
    present_participle_noun,
    with_noun_forms,
    with_plural_in_use,
)
from learner.dictionary.parsing import (
    GENDERS,
    MIN_PART,
    PARTICIPLE,
    PLACEHOLDERS,
    SUPPORT_PHRASE,
    lookup_key,
    phrase_once,
    upper_first,
)
from learner.dictionary.ranking import (
    MAX_SENSES,
    MIN_COMPOUND_SENSE,
    sense_family,
    spelling_key,
)
from learner.errors import DictionaryError
from learner.lexicon import definitions, nouns
from learner.lexicon.nouns import Noun
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.vocabulary import Word



# How many of Ding's compounds must open with a noun, and how many times as many as end in it,
# for it to be read
# as a prefix to the word after it inside a compound (`Dictionary._opens_only`: Ober-).
_OPENING_COMPOUNDS = 20
_OPENING_SHARE = 10

# A compound of Ding's counts as one German readers meet at this German Zipf (wordfreq; about
# one use in ten million words) or more, for reading a new compound's head as they read it
# (`Dictionary._common_compound_senses`); and a head with more compounds than
# _MAX_HEAD_COMPOUNDS keeps its first sense rather than cost a query for each.
COMMON_COMPOUND_ZIPF = 2.0
_MAX_HEAD_COMPOUNDS = 400
# How many heads `_noun_rows_ending_in` finds by scanning the entry table (~20 ms each) before
# it reads and sorts every noun key once (~0.45 s) and bisects: the demo asks for one or two.
_SCANS_BEFORE_SORT = 20


def _ending_in(reversed_keys: Sequence[str], key: str) -> tuple[int, int]:
    """The slice (first, last) of `reversed_keys` (keys spelt backwards, sorted) whose keys end
    in `key`: past the key itself (the word alone), up to the last key that starts with it
    spelt backwards."""
    end = key[::-1]
    first = bisect.bisect_right(reversed_keys, end)
    return first, bisect.bisect_left(reversed_keys, end + "\U0010ffff", first)


def _is_nominalised_participle(noun: str) -> bool:
    """Der/die Einreisende, Vorsitzende: a present participle used as a noun."""
    return noun.endswith("ende") and len(noun) > 6


# The fewest letters of a last part read through its German definition alone
# (`Dictionary._defined_head_entry`): shorter ones are as often a word's ending (Wahl|sprengel
# has -engel, -gel).
_MIN_HEAD = 6

# The prefixes read before a hyphen (Ex-Präsident, Anti-Terror-): `SHARED_PREFIXES` and ex-.
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
        self.compound_heads: dict[str, tuple[str, Noun] | None] = {}
        # `_suffix_sense` by last part: every adjective compound Ding lacks asks it of each of
        # its ends, and the same suffixes (-los, -frei) end many of them, each time splitting
        # the glosses of hundreds of adjectives (570 questions of 600 gnad articles).
        self.suffix_senses: dict[str, str] = {}
        # `head_frame` by last part, asked again for each adjective compound ending in it.
        self.head_frames: dict[str, tuple[str, str] | None] = {}
        # Ding's row for a word and part of speech (`entry_row`), as found. Compound hints try
        # every split of every compound, and the same parts recur across a corpus's
        # compounds: over 150 gnad articles, 27,000 questions of 15,000 words.
        self._rows: dict[tuple[str, str], tuple[str, str, str, str] | None] = {}
        # The rows of the other questions asked of the index (`fetch`), by query and
        # parameters: a compound's parts are asked about again for each compound they open or
        # end (whether Ding knows the part, how its compounds translate it).
        self._fetched: dict[tuple[str, tuple], list[tuple]] = {}
        # The words that name a subject field (`field_words`), by field, read once.
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
        if not index_is_current(index, source):
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

    def entry_row(self, word: str, pos: str) -> tuple[str, str, str, str] | None:
        try:
            return self._rows[word, pos]
        except KeyError:
            pass
        rows = self._db.execute(
            "SELECT word, gloss, gender, plural FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(word), pos),
        ).fetchall()
        # Exact spelling first ("US" before "Us"), then the richer entry.
        found = max(rows, key=lambda r: (r[0] == word, len(r[1]))) if rows else None
        self._rows[word, pos] = found
        return found

    def fetch(self, sql: str, parameters: tuple) -> list[tuple]:
        """The rows of a query of the index, which is read-only: asked once per process.
        Callers must not change the list."""
        try:
            return self._fetched[sql, parameters]
        except KeyError:
            rows = self._fetched[sql, parameters] = self._db.execute(sql, parameters).fetchall()
            return rows

    def entry(self, word: str, pos: str) -> Entry | None:
        """Ding's own entry for the word, or None."""
        row = self.entry_row(word, pos)
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
            found = taxon_diminutive(self, lemma, found) or found
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
                found = replace(found, gloss=phrase_once(found.gloss))
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
            found = derived_noun_entry(self, lemma)
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
            found = derived_adjective_entry(self, lemma)
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
        key = lookup_key(word.replace("-", ""))
        # Ding's spellings without hyphens under their own key; its hyphenated ones under
        # SPELLING, with their class in the gloss column.
        others = [other for other, in self.fetch(
            "SELECT word FROM entry WHERE key = ? AND pos = ?", (key, pos))]
        others += [other for other, cls in self.fetch(
            "SELECT word, gloss FROM entry WHERE key = ? AND pos = ?", (key, SPELLING))
            if cls == pos]
        for other in others:
            if other != word and other[:1] == word[:1] and class_of(other) == pos:
                found = self.entry(other, pos)
                if found is not None and found.gloss:
                    return Entry(gloss=found.gloss)
        return None

    def apart_entry(self, word: str) -> Entry | None:
        """Ding's gloss of an adjective or adverb it writes as two words, for the word
        written as one (buntgemischt: "bunt gemischt" "motley"; see `spellings_apart`):
        the same word. Of several lines, Ding's first."""
        rows = self.fetch("SELECT gloss FROM entry WHERE key = ? AND pos = ?",
                           (lookup_key(word), APART))
        return Entry(gloss=rows[0][0]) if rows else None

    def phrase_end_entry(self, word: str, pos: str) -> Entry | None:
        """The senses of the phrase Ding lists a word in, as its last word, where it lists
        the word nowhere else (see `phrase_ends`): "(noch nie dagewesen) unprecedented".
        Of the same class, a verb's, a noun's or an adjective's (an adverb's alike); of
        several phrases, Ding's first."""
        word_class = pos if pos in ("VERB", "NOUN") else "ADJ"
        rows = [gloss for gloss, cls in self.fetch(
            "SELECT gloss, gender FROM entry WHERE key = ? AND pos = ?",
            (lookup_key(word), PHRASE_END)) if cls == word_class]
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
        return " ".join(sorted({f for f, _ in self.frame_rows(verb)}))

    def frame_rows(self, verb: str) -> list[tuple[str, str]]:
        return self.fetch("SELECT frame, sense FROM frame WHERE key = ?",
                           (lookup_key(verb),))

    def field_words(self, field: str) -> frozenset[tuple[str, str]]:
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
        for start in range(MIN_PART, len(word) - MIN_PART):
            rest = upper_first(word[start:])
            # Ding's own noun where it has one, even without a gender (Event, listed inside
            # another line), or with its accent; else the English word.
            head = self.entry(rest, "NOUN") or (
                self.entry(rest[:-1] + "é", "NOUN") if rest.endswith("e") else None)
            last = first_sense(head)
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
        `adjectives_ending_in` does for adjectives."""
        keys, plural_keys = self._reversed_nouns()
        key = lookup_key(head)
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
        return bool(self.fetch(
            "SELECT 1 FROM entry WHERE key = ? AND pos NOT IN (?, ?, ?, ?) LIMIT 1",
            (lookup_key(word), ABBREVIATION, ENGLISH_ABBREVIATION, APART, PHRASE_END)))

    def english_writes(self, abbreviation: str) -> bool:
        """Whether English writes these capital letters as an abbreviation: Ding has them,
        as written, on the English side of some line (ATP: "adenosine triphosphate /ATP/";
        the tennis tour's letters too). German Wiktionary may spell them out as a German word
        (ATP: Adenosintriphosphat), and which sense an article means the card cannot tell;
        but kept as written they are the letters English news writes, no German left in the
        gloss: "≈ ATP + tennis tournament"."""
        row = self.entry_row(abbreviation, ENGLISH_ABBREVIATION)
        return row is not None and row[0] == abbreviation

    def singular_row(self, plural: str) -> tuple[str] | None:
        """Ding's row of the singular whose plural `plural` is written like, or None."""
        rows = self.fetch("SELECT word FROM plural WHERE key = ?", (lookup_key(plural),))
        return rows[0] if rows else None

    def participle_entry(self, participle: str) -> Entry | None:
        """A present participle used as an adjective (sinkend, basierend), which Ding lists
        under its verb: the verb's senses in -ing form, "≈ sinking", marked approximate."""
        verb = self.entry(participle[:-1], "VERB")
        for start in range(MIN_PART, len(participle) - 2 * MIN_PART):
            if verb is not None and verb.gloss:
                break
            # A verb with a noun incorporated (augenzwinkernd, kopfschüttelnd: the eyes'
            # winking) that Ding lacks: the participle of its last verb, "≈ winking".
            if definitions.definition(participle):
                break  # Wiktionary defines it (abendfüllend): no reading of its parts
            if nouns.is_noun(upper_first(participle[:start])) or any(
                    participle[:start].endswith(link) and nouns.is_noun(
                        upper_first(participle[:start - len(link)])) for link in LINKING):
                verb = self.entry(participle[start:-1], "VERB")
        if verb is None or not verb.gloss:
            return None
        senses = [english_ing(s) for s in verb.gloss.split("; ")[:2]]
        return Entry(gloss="; ".join(s for s in senses if s), approximate=True)

    def adjectives_ending_in(self, head: str) -> list[str]:
        """The glosses, lower case, of Ding's adjectives that end in `head` (not it alone)."""
        key = lookup_key(head)
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

    def adjective_rows_ending_in(self, head: str) -> list[tuple[str, str]]:
        """(the first part, the gloss in lower case) of each of Ding's adjectives that end in
        `head` (not it alone), as `adjectives_ending_in` finds them."""
        glosses = self.adjectives_ending_in(head)
        key = lookup_key(head)
        keys = self._adjectives_reversed[0]
        first, last = _ending_in(keys, key)
        return [(k[::-1][: -len(key)], g) for k, g in zip(keys[first:last], glosses, strict=True)]

    def in_context(self, entry: Entry, lemma: str, pos: str, sentences: Iterable[str],
                   clauses: Iterable[str] = ()) -> Entry:
        """`context_senses.in_context`: the entry with the sense its sentences call for
        first."""
        return in_context(self, entry, lemma, pos, sentences, clauses)

    def in_field(self, entry: Entry, word: Word, fields: Mapping[str, str]) -> Entry:
        """`context_senses.in_field`: the entry with the sense of its articles' subject field
        first."""
        return in_field(self, entry, word, fields)

    def as_attribute(self, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
        """`context_senses.as_attribute`: an adverb's entry as the adjective the articles
        decline."""
        return as_attribute(self, entry, lemma, forms)

    def in_plural(self, entry: Entry, lemma: str, forms: Iterable[str]) -> Entry:
        """`context_senses.in_plural`: a noun's entry with its plural headword's senses first
        where the articles use only the plural."""
        return in_plural(self, entry, lemma, forms)

    def taxon_diminutive(self, noun: str, found: Entry) -> Entry | None:
        """`derived_nouns.taxon_diminutive`: "≈ little …" for a diminutive Ding gives only a
        species' name."""
        return taxon_diminutive(self, noun, found)

    def head_frame(self, head: str) -> tuple[str, str] | None:
        """`adjective_hints.head_frame`: the English frame Ding's adjectives ending in
        `head` put around their first part's English."""
        return head_frame(self, head)

    def adjective_glosses_starting_with(self, part: str) -> list[str]:
        """The glosses of Ding's adjectives whose key starts with `part`'s (not it alone), as
        Ding wrote them. Not remembered: each part is asked once or twice."""
        key = lookup_key(part)
        return [gloss for (gloss,) in self._db.execute(
            "SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'ADJ'",
            (key, key + "\uffff")).fetchall()]

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
                     gender=spelt.gender if spelt.gender in GENDERS else "")

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
        for start in range(MIN_PART, len(noun) - 3):
            head = noun[start:].capitalize()
            loanword = english_loanword(head)
            if not loanword or not nouns.entries(head) or self.entry(head, "NOUN"):
                continue
            first = noun[:start]
            part = self.entry(first, "NOUN")
            if part is None and first.endswith("s"):
                part = self.entry(first[:-1], "NOUN")
            sense = first_sense(part)
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
                   for start in range(0, len(lowered) - MIN_PART + 1)):
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
            short = len(last) < MIN_PART and not last.isupper()
            gloss = "" if short or definitions.definition(noun) else self.compound_gloss(
                noun, readings=MAX_SENSES)
            if gloss:
                return Entry(gloss=gloss, approximate=True)
            # A last part Ding lacks in every reading that German Wiktionary defines as a
            # common noun (App, Browser, Zweitligist, Landesrätin): the compound names a kind
            # of what its last part names (a Drittanbieter-App is an app), so the last part's
            # definition, marked German, says what the word is, where no English hint can.
            defined = "" if short or definitions.definition(noun) else noun_definition(last)
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
        for start in range(2, len(noun) - MIN_PART + 1):
            last = noun[start:]
            head = self.entry(last[:1].upper() + last[1:], "NOUN")
            if head is None or not (head.gender or head.plural):
                continue
            # A three-letter last part is often a mere ending (Medi-ale, Fict-ion): it counts
            # only when the first part is a word too.
            if len(last) <= MIN_PART and not self.prefix_gloss(noun[:start]):
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
        for start in range(MIN_PART, len(noun) - _MIN_HEAD + 1):
            last = noun[start:]
            if (self.entry(upper_first(last), "NOUN") is None
                    and (self.is_noun_part(noun[:start])
                         or self.entry(noun[:start].lower(), "ADJ") is not None)
                    and not any(self.entry(noun[:end], "NOUN") is not None
                                for end in range(start + 1, len(noun)))):
                defined = noun_definition(last)
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
        (`german_word`), not a name or a phrase."""
        if (not part.isalpha() or not part[:1].isupper() or not head.gloss
                or definitions.definition(part + "-" + last) or not german_word(part)):
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
        counts = self.part_counts(noun, "first")
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
        rows = self.fetch(
            "SELECT sense FROM part WHERE key = ? AND role = ? ORDER BY count DESC, sense",
            (part.casefold(), role),
        )
        return [r[0] for r in rows]

    def part_counts(self, part: str, role: str) -> dict[str, int]:
        rows = self.fetch("SELECT sense, count FROM part WHERE key = ? AND role = ?",
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
            right_gloss = ((self.entry(upper_first(right), "NOUN") is None
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
            head = self.entry(noun, "NOUN") if len(right) >= MIN_PART else None
            counts = self.part_counts(left, "first")
            kept = "-" in left or left_gloss == left + "-"
            own_heads = head.gloss.split("; ") if head is not None and head.gloss else []
            return self._readings(
                [left_gloss] if kept else self._other_senses(left_gloss, counts),
                self._other_senses(right_gloss, self._head_senses(noun)) if own_heads
                else [right_gloss],
                [] if kept else self.part_word_senses(left), own_heads, counts,
                self._head_senses(noun), readings)
        starts = split_points(word, lambda part: self.entry(part, "NOUN") is not None)
        for start in starts:
            rest = word[start:]
            if self._linking_s_before(word, start) or as_first and self._opens_only(rest):
                continue
            if self._splits_a_noun(word, start, starts):
                continue
            head = self.entry(rest[:1].upper() + rest[1:], "NOUN")
            last = ""
            if head is not None and head.gloss:
                last = (self.last_part_sense(rest, head) if self.is_noun_part(word[:start])
                        else self._compounds_own_sense(rest, head.gloss.split("; ")))
            if not last:
                continue
            first = self.first_part_gloss(word[:start], depth - 1)
            if first and readings > 1:
                counts = self.part_counts(word[:start], "first")
                head_counts = self._head_senses(rest, self.is_noun_part(word[:start]))
                return self._readings(
                    self._other_senses(first, counts), self._other_senses(last, head_counts),
                    self.part_word_senses(word[:start]), head.gloss.split("; "), counts,
                    head_counts, readings)
            if first:
                return f"{first} + {last}"
        if depth > 0:
            for start in range(MIN_PART, len(word) - 2 * MIN_PART + 1):
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
        entries, best first; `own_readings`). A reading Ding's compounds back is never
        displaced by one of these."""
        firsts, heads = self.attested_reading(firsts, heads, own_heads, first_counts)
        found = alternative_readings(firsts, heads, size)
        if not own_heads:
            return "; ".join(found)
        for reading in [*own_readings(firsts, heads, own_firsts, own_heads, first_counts,
                                       head_counts),
                        *distinct_own_readings(found, own_firsts, own_heads, first_counts,
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
        benchmark") and English writes it at least `ENGLISH_WORD_ZIPF` often and not
        `ENGLISH_WORD_MARGIN` less often than German; "" otherwise. Asked of a word Ding
        lacks as a German noun before it is read as a German compound: German has borrowed
        it whole (Hipster, Hyperlink, Benchmark), and no split of it is a German reading.
        Not a word German writes far more often than English: a German compound that
        happens to spell an English word would lose its parts' reading."""
        lower = word.lower()
        if (not lower.isalpha() or len(lower) < 2 * MIN_PART
                or not wordlists.leans_english(lower, ENGLISH_WORD_ZIPF,
                                               -ENGLISH_WORD_MARGIN)):
            return ""
        return lower if self.fetch("SELECT 1 FROM english WHERE sense = ? LIMIT 1",
                                    (lower,)) else ""

    def _english_has(self, first: str, head: str) -> bool:
        """Whether Ding translates some German word with the pair as one English phrase."""
        a, b = first.lower(), head.lower()
        if not (a and b) or a.endswith("-") or " " in a + b and len((a + " " + b).split()) > 3:
            return False
        forms = (f"{a} {b}", f"{a}{b}", f"{a}-{b}", f"{b} of {a}", f"{b} of the {a}")
        marks = ", ".join("?" * len(forms))
        return bool(self.fetch(f"SELECT 1 FROM english WHERE sense IN ({marks}) LIMIT 1",
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
        if (self.is_noun_part(part) or self._part_senses(part, "first")
                or self.entry(part.lower(), "ADJ") or self.entry(part.lower(), "ADV")):
            return False  # Hinter|mannschaft, Süd|bahnstrecke: a first part of its own
        return any(later > start and self.is_noun_part(word[:later])
                   and self.entry(word[later:][:1].upper() + word[later + 1:], "NOUN")
                   is not None for later in starts)

    def _opens_only(self, part: str) -> bool:
        """Whether Ding's compounds use a noun to open a compound, hardly ever to end one: at
        least _OPENING_COMPOUNDS readings of it as a first part (Ober-: Oberarzt "senior
        physician", Oberbürgermeister "Lord Mayor"...), and _OPENING_SHARE times as many as
        of it as a last part (-ober: Herzober "queen of hearts", a playing card). Such a part
        is a prefix to the word after it (Ober|kommissar)."""
        opening = sum(self.part_counts(part, "first").values())
        ending = sum(self._head_senses(part).values())
        return opening >= max(_OPENING_COMPOUNDS, _OPENING_SHARE * ending)

    def _linking_s_before(self, word: str, start: int) -> bool:
        """Whether the -s that opens `word[start:]` is rather the linking -s of the part before
        it: Ding's compounds write that part with an -s (Bezirks-: Bezirksgericht,
        Bezirksrat) and what follows the -s is a noun Ding knows. Bezirksamt is a district's
        office, not a district's velvet (Samt)."""
        rest = word[start + 1:]
        return (word[start:start + 1] == "s" and len(rest) >= MIN_PART
                and bool(self.part_counts(word[: start + 1], "first"))
                and self.entry(rest[:1].upper() + rest[1:], "NOUN") is not None)

    def _head_senses(self, part: str, after_noun: bool = True) -> dict[str, int]:
        """The senses Ding's own compounds give a last part (roles "head" and, after a noun,
        "last" of `part_senses`), with how many compounds give each: Treffer is "goal" in
        four of Ding's compounds (Anschlusstreffer, Ehrentreffer...) and "hit" in two; Sender
        "station" and "transmitter" in eleven each."""
        counts: dict[str, int] = {}
        for role in ("head", "last") if after_noun else ("head",):
            for sense, count in self.part_counts(part, role).items():
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
        families = [spelling_key(sense_family(chosen))]
        top = max(counts.values(), default=0)
        for sense in sorted(counts, key=lambda sense: (-counts[sense], sense)):
            if counts[sense] < max(MIN_PART_EVIDENCE, top / ALTERNATIVE_SHARE):
                break
            family = spelling_key(sense_family(sense))
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
        if len(part) < MIN_PART:
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
        return first_sense(found)

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
        counts = self.part_counts(part, "last")
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
        (Zipf COMMON_COMPOUND_ZIPF or more) render the part by it (`renders_head`), and how
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
        rows = self._noun_rows_ending_in(lookup_key(part))
        if rows is None:
            return found, compounds  # a head of hundreds of compounds (-wagen): a query each
        lowered = [sense.lower() for sense in senses]
        for word, gloss, weight in rows:
            if wordlists.zipf_frequency(word.lower(), "de") < COMMON_COMPOUND_ZIPF:
                continue
            compounds += weight
            english = [g.lower() for g in gloss.split("; ")]
            for i, sense in enumerate(lowered):
                if any(renders_head(g, sense) for g in english):
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
                for word, gloss in self.fetch(
                    "SELECT word, gloss FROM entry WHERE key = ? AND pos = 'NOUN'",
                    (keys[i][::-1],))]

    def is_noun_part(self, part: str) -> bool:
        """Whether a compound's first part is a noun Ding has, as written or before a linking
        element (Bombe-n-), rather than an adjective (Groß-)."""
        return any(self.entry(word, "NOUN") is not None for word in part_nouns(part))

    def _written_form_gloss(self, part: str) -> str:
        """The English of a word before a hyphen in a form Ding does not list, "" if none:

        - an adjective inflected in a hyphenated phrase (Kalter-Krieg-Thriller: kalt "cold"),
          read only where the word is capitalized as a phrase's first word is;
        - a noun whose -e German drops in compounds (Achtelfinal-Spiel: Achtelfinale);
        - a noun in the inclusive form with a capital I (ArbeitnehmerInnen-: Arbeitnehmer).
        """
        if "-" in part or len(part) <= MIN_PART or not part[:1].isupper():
            return ""
        inclusive = INCLUSIVE_FORM.fullmatch(part)
        if inclusive:
            return self.prefix_gloss(inclusive.group(1))
        tries = [(part[: -len(ending)].lower(), "ADJ") for ending in ADJECTIVE_ENDINGS
                 if part.endswith(ending) and len(part) - len(ending) >= MIN_PART]
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
        rare one (below Zipf PHRASE_WORD_ZIPF): phrases of everyday words are read word by
        word, and one with a rare word is more often wordplay or a title (Vier-Goschen-Oper,
        after the Dreigroschenoper, with Austrian Goschen "gob") than a thing described."""
        glosses = []
        for word in phrase.split("-"):
            if (len(word) < 2 or not word.isalpha() or is_function_word(word)
                    or wordlists.zipf_frequency(word.lower(), "de") < PHRASE_WORD_ZIPF):
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
        FUNCTION_WORD_ZIPF or more). Several words joined by hyphens are a name only where
        each one is (Hans-Peter-, not Links-rechts-, Zwei-Welten-), or is in lower case a
        function word or no German word at all (Van-der-Bellen-, GPA-djp-)."""
        if "-" in part:
            pieces = [p for p in part.split("-") if p]
            return all(len(p) == 1 or (p.islower() and is_function_word(p)) or self._is_name(p)
                       for p in pieces)
        if any(c.isdigit() for c in part) or sum(c.isupper() for c in part) > 1:
            return True
        if is_function_word(part.lower()):
            return False
        return not self.knows(part) and not self.compound_gloss(part, 0) and not german_word(part)

    def first_part_gloss(self, part: str, depth: int = 1) -> str:
        """The English of a compound's first part, "" if it has none. In this order:

        - the part as a word (`part_word_senses`): the first of its senses that Ding's own
          compounds starting with it use most (where at least MIN_PART_EVIDENCE agree:
          Landes- is "state", not "country"), else what those compounds use (Bundes-
          "federal", Grenz- "border"), else its first sense;
        - the part read as a compound itself, `depth` levels down (Kurzbotschaften-).
        """
        if len(part) < MIN_PART or not part.replace("-", "").isalpha():
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
            counts = self.part_counts(part, "first")
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
            if part.endswith(ending) and len(stem) >= 2 * MIN_PART:
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
        row = self.entry_row(part, "NOUN")
        return row is not None and row[0] != part

    def _english_homograph(self, part: str, own: list[str]) -> str:
        """The English word a first part is (Talk-: "talk"), where German has borrowed it
        (`english_loanword`), none of the part's own senses is it (Ding's Talk is talc) and
        one of Ding's compounds opening with the part reads it so (Talkshow "talk show"); ""
        otherwise."""
        loanword = english_loanword(part) if part[1:].islower() else ""
        if not loanword or any(loanword in sense.lower().split() for sense in own):
            return ""
        key = lookup_key(part)
        rows = self.fetch("SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'NOUN'",
                           (key, key + "\uffff"))
        return loanword if any(sense.lower().startswith(loanword + " ")
                               for (gloss,) in rows for sense in gloss.split("; ")) else ""

    def _singular_part(self, part: str) -> str:
        """The English of a first part that is a noun Ding lists only by its plural headword
        (Grabung-s-: "Grabungen {pl} :: digs; excavations"), as `derived_noun_entry` reads the
        noun alone: its first sense made singular, "dig" (Grabungsstelle "≈ dig + place").
        As written or before a linking element."""
        for word in part_nouns(part):
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
        key = lookup_key(stem)
        rows = self.fetch("SELECT gloss FROM entry WHERE key > ? AND key < ? AND pos = 'NOUN'",
                           (key, key + "\uffff"))
        if not rows:
            return senses
        words = [{w.strip("(),").lower() for w in gloss.replace(";", " ").split()}
                 for (gloss,) in rows]

        def nouns(sense: str) -> int:
            if " " in sense or len(sense) < MIN_PART:
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
        if len(prefix) < MIN_PART:
            return []  # Re-, Ex-: prefixes, glossed badly as words
        noun = prefix[:1].upper() + prefix[1:]
        lower = prefix.lower()
        stripped = [noun[: -len(s)] for s in LINKING
                    if noun.endswith(s) and len(noun) - len(s) > MIN_PART]
        tries = ([(noun, "NOUN"), (lower, "ADJ")] + [(word, "NOUN") for word in stripped]
                 + [(lower, "ADV")])
        if len(prefix) > MIN_PART:
            # The compass points lose their noun's -en in compounds: Süd-, Südwest- (Süden,
            # Südwesten); so do a few other nouns (Nord-, Ost-, West-). Only a noun Ding has
            # in that form, not a plural (Wirt|schaft- is no Schaften).
            tries.append((noun + "en", "NOUN-EN"))
        if len(prefix) > MIN_PART:
            tries += [(lower + "en", "VERB"), (lower + "n", "VERB")]
        for word, pos in tries:
            found = self.entry(word, "NOUN" if pos == "NOUN-EN" else pos)
            if pos == "NOUN-EN" and found is not None and found.gender not in ("m", "n"):
                continue  # der Süden, not the plural die Medien (Medi-ale)
            if found is None and pos == "NOUN":
                row = self.singular_row(word)
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
                plain = [" ".join(w for w in s if w not in PLACEHOLDERS) for s in senses]
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
    if len(place) < MIN_PART or not any("Toponym" in n.kinds for n in nouns.entries(place)):
        return None
    return Entry(gloss=f"from {place}; of {place}", approximate=True)




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
        found = in_context(dictionary, dictionary.lookup(w.lemma, w.pos), w.lemma, w.pos,
                                      sentences, clauses)
        found = in_frame(dictionary, found, w)
        found = in_field(dictionary, found, w, fields)
        if w.pos == "NOUN":
            found = in_plural(dictionary, with_plural_in_use(found, w.forms), w.lemma, w.forms)
        elif w.pos == "ADJ":
            found = as_attribute(dictionary, found, w.lemma, w.forms)
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
    if not (declined_like_adjective(lemma)
            or dictionary is not None and adjective_stem(lemma, dictionary)
            or present_participle_noun(lemma, dictionary)
            or head_declined_like_adjective(lemma, dictionary)):
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
