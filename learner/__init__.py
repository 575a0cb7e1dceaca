"""learner: German vocabulary decks for Anki from real articles.

The data flows one way, one module per stage:

    articles -> nlp -> vocabulary -> frequency -> dictionary -> deck

`learner.build` strings the stages together; `learner.cli` only parses arguments, calls it and
prints.
"""

__version__ = "0.1.0"
