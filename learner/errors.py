"""The errors a user can cause. The CLI turns each into one line and a non-zero exit code.

Anything else that escapes is a bug and keeps its traceback.
"""


class LearnerError(Exception):
    """Base of every error caused by input or environment rather than by a bug."""

    exit_code = 1


class InputError(LearnerError):
    """An article path is missing, unreadable, empty, or not text."""

    exit_code = 2


class OutputError(LearnerError):
    """The deck cannot be written where the user asked."""

    exit_code = 3


class ModelError(LearnerError):
    """The requested spaCy pipeline is not installed or not German."""

    exit_code = 4


class UsageError(LearnerError):
    """An option value is out of range (a threshold that is not a number, say)."""

    exit_code = 2


class KnownWordsError(LearnerError):
    """A --known file is missing, unreadable, or not a word list, .apkg or Anki collection."""

    exit_code = 2


class DictionaryError(LearnerError):
    """The dictionary named by --dictionary or $LEARNER_DICTIONARY is missing or unusable,
    or its index cannot be written."""

    exit_code = 5
class LearnerWarning(UserWarning):
    """Something in the input looks wrong, but a deck can still be made. The CLI prints each
    as one line on stderr and goes on."""


class NotGermanWarning(LearnerWarning):
    """An article's words do not look German (an English article, say)."""


class SkippedFileWarning(LearnerWarning):
    """A file in a folder is not a readable article and was left out."""


class DamagedTextWarning(LearnerWarning):
    """A UTF-8 file holds a few invalid bytes; they were replaced and the rest was read."""


class CacheWarning(LearnerWarning):
    """The article cache cannot be read or written (a read-only or full cache folder, a
    damaged entry): the articles are analysed afresh and the output is the same."""
