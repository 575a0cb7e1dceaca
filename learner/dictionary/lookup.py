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
from learner.dictionary.adjective_hints import derived_adjective_entry, head_frame
from learner.dictionary.compound_glosses import (
    compound_entry,
    compound_gloss,
    defined_head_entry,
    first_part_gloss,
    is_nominalised_participle,
    part_word_senses,
    untranslated_first_part_gloss,
)
from learner.dictionary.compound_hints import (
    doubtful_hint,
    german_lexicons_list,
)
from learner.dictionary.compound_senses import (
    part_nouns,
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
    ENGLISH_ABBREVIATION,
    PHRASE_END,
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
    SUPPORT_PHRASE,
    lookup_key,
    phrase_once,
    upper_first,
)
from learner.dictionary.ranking import (
    MAX_SENSES,
)
from learner.errors import DictionaryError
from learner.lexicon import definitions, nouns
from learner.lexicon.nouns import Noun
from learner.morphology import LINKING

if TYPE_CHECKING:
    from learner.vocabulary import Word



# A head with more of Ding's compounds than this keeps its first sense rather than cost a
# query for each (`noun_rows_ending_in`, for `compound_glosses.COMMON_COMPOUND_ZIPF`).
_MAX_HEAD_COMPOUNDS = 400
# How many heads `noun_rows_ending_in` finds by scanning the entry table (~20 ms each) before
# it reads and sorts every noun key once (~0.45 s) and bisects: the demo asks for one or two.
_SCANS_BEFORE_SORT = 20


def _ending_in(reversed_keys: Sequence[str], key: str) -> tuple[int, int]:
    """The slice (first, last) of `reversed_keys` (keys spelt backwards, sorted) whose keys end
    in `key`: past the key itself (the word alone), up to the last key that starts with it
    spelt backwards."""
    end = key[::-1]
    first = bisect.bisect_right(reversed_keys, end)
    return first, bisect.bisect_left(reversed_keys, end + "\U0010ffff", first)




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
        self._ending_scans = 0  # heads `noun_rows_ending_in` found by a table scan so far
        # `_common_compound_senses` by last part and senses: asked again for each hint with
        # that head, and each time reading every compound ending in it.
        self.common_compounds: dict[tuple[str, tuple[str, ...]], tuple[list[int], int]] = {}
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
            found = compound_entry(self, lemma)
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
            found = defined_head_entry(self, lemma) or found
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
        if is_nominalised_participle(word) and self.entry(word[:-3].lower() + "n", "VERB"):
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
            first = first_part_gloss(self, word[:start], 1) if last else ""
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

    def compound_gloss(self, word: str, depth: int = 2, readings: int = 1,
                       as_first: bool = False) -> str:
        """`compound_glosses.compound_gloss`: "first part + head" for a compound Ding
        lacks."""
        return compound_gloss(self, word, depth, readings, as_first)

    def first_part_gloss(self, part: str, depth: int = 1) -> str:
        """`compound_glosses.first_part_gloss`: the English of a compound's first part."""
        return first_part_gloss(self, part, depth)

    def part_word_senses(self, prefix: str) -> list[str]:
        """`compound_glosses.part_word_senses`: the senses of a compound's first part as a
        word."""
        return part_word_senses(self, prefix)

    def untranslated_first_part_gloss(self, part: str, last: str, head: Entry) -> str:
        """`compound_glosses.untranslated_first_part_gloss`: the head's senses alone after a
        German noun Ding lacks."""
        return untranslated_first_part_gloss(self, part, last, head)

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
        if not is_nominalised_participle(noun) or any(
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

    def part_counts(self, part: str, role: str) -> dict[str, int]:
        rows = self.fetch("SELECT sense, count FROM part WHERE key = ? AND role = ?",
                           (part.casefold(), role))
        return dict(rows)

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


    def noun_rows_ending_in(self, key: str) -> list[tuple[str, str, int]] | None:
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
