from learner.cli import entry

entry()
