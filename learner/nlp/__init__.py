"""The NLP layer: a spaCy pipeline that tokenizes, splits sentences, tags and lemmatizes German.

Its contract with the rest of learner is the set of Doc/Token attributes it fills:
`sent`, `tag_` (STTS), `pos_` (UPOS), `lemma_`, and, where a parser runs, `dep_`/`head`,
and the custom attributes its own components judge in context: `token._.participle_of`,
`token._.infinitive_of` and `token._.copula_phrase` (`lemmas`), `token._.institution_noun`
(`entities`). Later stages read nothing else, so an official spaCy German pipeline
(`de_core_news_sm/md/lg`) and the embedded default are interchangeable. Pure facts about a
word string (wordfreq's Zipf, a noun's genus) are in `learner.lexicon`, which this layer and
the later stages both read.

The embedded default needs only PyPI packages: spaCy's German tokenizer, spaCy's rule-based
sentencizer, and components of learner's own, one module each:

- `hanta`: the `hanta_tagger` component, which runs the Hanover Tagger (HanTa, whose German
  model ships inside its wheel) over each sentence, with HanTa's two word searches restated by
  `hanta_search` (the same results, faster);
- `lemmas`: the `lexicon_check` component, lexicon checks that correct HanTa's tags and lemmas
  (a package, one module per concern; its docstring lists them);
- `names`: the `name_check` component, which tags the names HanTa left as nouns;
- `entities`: the `name_recognizer` component, which runs the name recognizer learner trains
  (`python -m learner.train_ner`) and keeps the names the tags and lexicons confirm, and
  `entity_check`, the same checks after an official pipeline's own `ner`, and
  `mark_article_names`, which a build runs over each article's Docs: a word tagged a name
  once is that name in the article's other sentences;
- `lexicon`: the wordfreq (`learner.lexicon.zipf`) and HanTa look-ups those components share;
- `tags`: the tag tables;
- `sentences`: each token's sentence's bounds, read once per Doc, and whether it opens its
  sentence (for the rules);
- `pipeline`: the embedded pipeline, and loading an official one.

The modules depend one way: tags, hanta_search <- hanta <- lexicon <- lemmas, names <-
pipeline, and lexicon, names <- entities <- pipeline; sentences imports none of them.
"""

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from importlib.util import find_spec
from pathlib import Path

from learner.nlp.tags import FINITE_VERB_TAGS, stts_tag, upos

# The name of the embedded pipeline, as `--model` takes it.
DEFAULT_MODEL = "embedded"


# spaCy's package imports its command line (`from .cli.info import info`), and with it typer,
# weasel, requests and every command's module: 0.25-0.3 s of CPU of the 0.6-0.9 s its import
# takes, in every process that tags (the demo, the worker of a rebuild), for commands learner
# never runs. So the first import of `spacy.cli` and `spacy.cli.info` gives stand-ins (a
# finder asked before the others, once): the first attribute asked of `spacy.cli`
# (`spacy.cli.download`) or a call of `spacy.info` imports the real package, which then takes
# the stand-ins' place; its submodules import from the real folder as ever.

class _DeferredCli(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system's questions (is it a package?)
            raise AttributeError(name)
        return getattr(_real_cli(), name)


def _real_cli() -> types.ModuleType:
    for stand_in in ("spacy.cli.info", "spacy.cli"):
        if isinstance(sys.modules.get(stand_in), _DeferredCli):
            del sys.modules[stand_in]
    real = importlib.import_module("spacy.cli")
    sys.modules["spacy"].cli = real
    return real


def _info(*args, **kwargs):  # spacy.info, as spaCy's own
    return _real_cli().info(*args, **kwargs)


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, name, path, target=None):
        if name not in ("spacy.cli", "spacy.cli.info"):
            return None
        if name == "spacy.cli.info":  # the last one: later imports find the real files
            sys.meta_path.remove(self)
        return importlib.machinery.ModuleSpec(name, self, is_package=name == "spacy.cli")

    def create_module(self, spec):
        module = _DeferredCli(spec.name)
        if spec.name == "spacy.cli":
            module.__path__ = [str(self.folder)]
        else:
            module.info = _info
        return module

    def exec_module(self, module) -> None:
        pass


def _defer_spacy_cli() -> None:
    if "spacy" in sys.modules or any(isinstance(f, _StandIns) for f in sys.meta_path):
        return
    try:
        spec = find_spec("spacy")
    except (ImportError, ValueError):
        return
    if spec is None or not spec.submodule_search_locations:
        return
    folder = Path(next(iter(spec.submodule_search_locations))) / "cli"
    if (folder / "info.py").is_file():
        sys.meta_path.insert(0, _StandIns(folder))


_defer_spacy_cli()


def __getattr__(name: str):
    # The pipeline module imports spaCy (0.8 s): only what loads a pipeline pays for it, not a
    # build whose articles the article cache answers.
    if name in ("embedded_pipeline", "load_pipeline"):
        from learner.nlp import pipeline

        return getattr(pipeline, name)
    if name == "mark_article_names":
        from learner.nlp import entities

        return entities.mark_article_names
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_MODEL", "FINITE_VERB_TAGS", "embedded_pipeline", "load_pipeline",
           "mark_article_names", "stts_tag", "upos"]
