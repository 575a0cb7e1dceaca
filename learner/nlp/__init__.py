"""The NLP layer: a spaCy pipeline that tokenizes, splits sentences, tags and lemmatizes German.

Its contract with the rest of learner is the set of Doc/Token attributes it fills:
`sent`, `tag_` (STTS), `pos_` (UPOS), `lemma_`, and, where a parser runs, `dep_`/`head`.
Later stages read nothing else, so an official spaCy German pipeline (`de_core_news_sm/md/lg`)
and the embedded default are interchangeable.

The embedded default needs only PyPI packages: spaCy's German tokenizer, spaCy's rule-based
sentencizer, and components of learner's own, one module each:

- `hanta`: the `hanta_tagger` component, which runs the Hanover Tagger (HanTa, whose German
  model ships inside its wheel) over each sentence, with HanTa's two word searches restated by
  `hanta_search` (the same results, faster);
- `lemmas`: the `lexicon_check` component, lexicon checks that correct HanTa's tags and lemmas;
- `names`: the `name_check` component, which tags the names HanTa left as nouns;
- `entities`: the `name_recognizer` component, which runs the name recognizer learner trains
  (`python -m learner.train_ner`) and keeps the names the tags and lexicons confirm, and
  `entity_check`, the same checks after an official pipeline's own `ner`, and
  `mark_article_names`, which a build runs over each article's Docs: a word tagged a name
  once is that name in the article's other sentences;
- `lexicon`: the wordfreq and HanTa look-ups those components share;
- `tags`: the tag tables;
- `pipeline`: the embedded pipeline, and loading an official one.

The modules depend one way: tags, hanta_search <- hanta <- lexicon <- lemmas <- names <-
pipeline, and lexicon, names <- entities <- pipeline.
"""

from learner.nlp.tags import FINITE_VERB_TAGS, stts_tag, upos

# The name of the embedded pipeline, as `--model` takes it.
DEFAULT_MODEL = "embedded"


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
