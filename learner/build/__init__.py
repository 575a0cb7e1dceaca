"""The whole path from article files to words and to a deck, as plain functions.

`learner.cli` calls these; tests and other programs can too, as `learner.build.find_words`,
`learner.build.build_deck` and the other names below.

The modules, each importing only those before it and no private name of another
(tests/test_layers.py checks both):

- `kept`: what a command made, kept alive until the process ends (`keep_until_exit`);
- `tagging`: an article's paragraphs in bounded pieces, and the NLP pipeline run over them;
- `analysis`: an article's analysis as plain data (what the article cache stores) and the
  merge of analyses into one word per lemma (`MergedWords`, `merge_words`);
- `workers`: the parallel tagging: worker processes, their pool, the chunks they take, the
  background worker a rebuild starts early;
- `corpus`: the articles under some paths read through the article cache (`analyse_paths`,
  `Corpus`), with the memos of the merge, of the Zipf values and of the files' entry keys;
- `glosses`: the dictionary (`open_dictionary`, `look_up`), the entries of earlier builds it
  remembers, and `Glossed`, which keeps the words a dictionary knows;
- `words`: finding and selecting a corpus's words (`find_words`, `select_words`,
  `find_stats`);
- `deck_names`: a deck's name and its file's name;
- `deck_memos`: what the build of a deck keeps for the next one: the package written, the
  words' sounds, the notes;
- `deck_stamp`: a deck that is already what the build would write;
- `decks`: `build_deck`.

A test that patches a name patches it in the module that reads it (`build.workers`,
`build.corpus`, ...): a patch of the name re-exported here reaches no module.
"""

from learner.build.analysis import (
    EXAMPLES_KEPT,
    MergedWords,
    analyse_article,
    analyse_articles,
    merge_words,
    record_digest,
)
from learner.build.corpus import Corpus, analyse_paths
from learner.build.deck_names import check_deck_name, deck_name_for
from learner.build.decks import DEFAULT_DECK_FOLDER, build_deck
from learner.build.glosses import (
    Glossed,
    find_dictionary,
    look_up,
    look_up_remembered,
    open_dictionary,
)
from learner.build.kept import keep_until_exit
from learner.build.tagging import (
    MAX_CHUNK_CHARS,
    PIPE_BATCH,
    ProgressCallback,
    bounded_chunks,
    paragraphs,
    tag_articles,
)
from learner.build.words import ORDERS, find_stats, find_words, order_words, select_words
from learner.build.workers import (
    PARALLEL_MIN_CHARS,
    WORKER_GC_THRESHOLD,
    analyses,
    article_words,
    available_cores,
    in_background,
    start_tagging_early,
    stop_tagging_early,
)

__all__ = [
    "DEFAULT_DECK_FOLDER",
    "EXAMPLES_KEPT",
    "MAX_CHUNK_CHARS",
    "ORDERS",
    "PARALLEL_MIN_CHARS",
    "PIPE_BATCH",
    "WORKER_GC_THRESHOLD",
    "Corpus",
    "Glossed",
    "MergedWords",
    "ProgressCallback",
    "analyse_article",
    "analyse_articles",
    "analyse_paths",
    "analyses",
    "article_words",
    "available_cores",
    "bounded_chunks",
    "build_deck",
    "check_deck_name",
    "deck_name_for",
    "find_dictionary",
    "find_stats",
    "find_words",
    "in_background",
    "keep_until_exit",
    "look_up",
    "look_up_remembered",
    "merge_words",
    "open_dictionary",
    "order_words",
    "paragraphs",
    "record_digest",
    "select_words",
    "start_tagging_early",
    "stop_tagging_early",
    "tag_articles",
]
