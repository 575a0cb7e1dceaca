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
`ranking._sense_scores`.

The modules, each importing only those before it (tests/test_layers.py checks the order;
a module that needs a `Dictionary` takes it as an argument and imports the class only for
type checking):

- `entry` (the record), `parsing` (Ding's lines), `english` (English word forms), `ranking`
  (a headword's senses in order), `compound_senses` (what Ding's compounds say about their
  parts), `contexts` (senses by subject field, verb frame, the kind of subject a line is
  said of, and sentence), `index_rows` and `index` (building and opening the index): the
  index is built from these alone;
- `compound_hints` (rules that weigh a compound's readings without reading the index),
  `reflexive`, `fields` (an article's subject fields);
- the readings of a word Ding lacks, plain functions of a `Dictionary`: a compound's parts,
  in `abbreviations` (letters and short forms), `part_words` (a part read as a word),
  `compound_heads` (the sense a head is read in, and a head alone as the gloss),
  `like_compounds` (the votes of compounds with a like first part on a head's sense),
  `attested_readings` (the part senses English has a phrase for) and `compound_glosses` (a
  compound's entry and its "part + part" hint); `adjective_hints` (an adjective's form and
  parts; reads first parts as `compound_glosses` does), `derived_nouns` (a noun's
  derivation), `form_entries` (the word under another form or spelling);
- gender and plural: `noun_suffixes` (by a noun's suffix), `adjectival_nouns` (nouns
  declined like adjectives), `noun_heads` (a compound's first part and head),
  `head_homographs` (which of a head's homographs a compound takes), `seldom_plurals`
  (plurals German hardly uses), `noun_forms` (a noun's gender and plural, in order);
- the sense a card's articles call for first: `frame_senses` (a verb's frame),
  `subject_senses` (the kind of its subject), `field_senses` (the articles' subject field),
  `idiom_senses`, `object_senses` and `governed_senses` (idioms, object phrases and
  prepositional objects in its sentences), `context_senses` (`in_context`: the nouns of
  Ding's example phrases, then those), `plural_senses` (a plural the articles use alone),
  `discourse_senses` (a compound hint's part as the articles' other compounds read it),
  `adverb_senses` (an adjective's adverb line where the articles use it only as an adverb,
  and the reverse where they decline a word Ding has only as an adverb);
- `word_entry` (`look_up`: a word's entry and its fallbacks in order);
- `lookup`: `Dictionary`, the opened index and its remembered queries (`entry`, `fetch`,
  `knows`, `part_counts`, ...), whose `lookup`, `in_context` and the like are the calls
  `build`, the tests and the benches make; and `look_up_words`.
"""

from learner.dictionary.compound_hints import spelled_out
from learner.dictionary.contexts import verb_clause
from learner.dictionary.entry import EMPTY, ENTRY_FIELDS, Entry, entry_values
from learner.dictionary.fields import article_fields, article_nouns, article_sentences, word_field
from learner.dictionary.index import (
    DEFAULT_SOURCE,
    SOURCE_VARIABLE,
    build_index,
    current_index_path,
    find_source,
    read_candidates,
)
from learner.dictionary.index_rows import ABBREVIATION
from learner.dictionary.lookup import (
    Dictionary,
    IndexNotBuilt,
    index_builds_deferred,
    look_up_words,
)
from learner.dictionary.noun_heads import compound_parts
from learner.dictionary.parsing import Candidate
from learner.dictionary.reflexive import is_reflexive
from learner.dictionary.seldom_plurals import seldom_plural

__all__ = [
    "ABBREVIATION",
    "DEFAULT_SOURCE",
    "EMPTY",
    "ENTRY_FIELDS",
    "SOURCE_VARIABLE",
    "Candidate",
    "Dictionary",
    "Entry",
    "IndexNotBuilt",
    "article_fields",
    "article_nouns",
    "article_sentences",
    "build_index",
    "compound_parts",
    "current_index_path",
    "entry_values",
    "find_source",
    "index_builds_deferred",
    "is_reflexive",
    "look_up_words",
    "read_candidates",
    "seldom_plural",
    "spelled_out",
    "verb_clause",
    "word_field",
]
