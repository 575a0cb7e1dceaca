"""Spelling and case of a lemma: the 1996 reform's ss (`modern_ss`), the text's casing
letter for letter (`text_case`, `hyphenated_text_case`), and German orthography's capital
(`orthography`: nouns capitalized, other words not, save the first word of a sentence:
`learner.nlp.sentences.sentence_initial`).

Reads no other module of the package.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from learner.memo import memo
from learner.nlp.sentences import sentence_initial

# Diphthongs and ie: vowels that are long, so a ß after them survived the 1996 reform.
_LONG_BEFORE_SZ = frozenset({"au", "ei", "eu", "äu", "ai", "ie"})


def modern_ss(lemma: str, surface: str) -> str:
    """Keep the text's ss where the tagger's lexicon has the old ß (Prozess, not Prozeß).

    Since 1996 ss follows a short vowel, ß a long one or a diphthong. A text that writes ss
    where the lemma has ß after a short vowel follows the reform; after a diphthong (au, ei,
    eu, äu, ie) ß is right in any spelling and ss is Swiss ("Aussenminister"), so it stays.
    The comparison ignores umlauts: a plural's ss stands for the singular's ß as well
    ("Gesetzesbeschlüsse": Gesetzesbeschluss), and a long vowel's plural keeps its ß (Füße).
    """
    if "ß" not in lemma or "ß" in surface:
        return lemma
    at = lemma.rfind("ß")
    if lemma[max(0, at - 2):at].lower() in _LONG_BEFORE_SZ:
        return lemma
    modern = lemma.replace("ß", "ss")
    head = without_umlauts(modern.lower()[: at + 2])
    return modern if without_umlauts(surface.lower()).startswith(head) else lemma


def without_umlauts(word: str) -> str:
    return word.translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")


def hyphenated_text_case(lemma: str, surface: str) -> str:
    """A hyphenated noun's lemma in the text's case where it spells the written form's first
    letters, and fewer of them. HanTa's guesser writes every part after a hyphen in lower
    case ("Usb-c-anschlus" for "USB-C-Anschluss"); the checks that compare the lemma with the
    written form, part by part, need the text's case to see a letter cut off a noun the
    lexicon lists (`listed_written_form`: Anschluss, not "Anschlus"). The case is the text's
    in the end anyway (`orthography`)."""
    if ("-" in surface and len(lemma) < len(surface)
            and surface.lower().startswith(lemma.lower())):
        return surface[: len(lemma)]
    return lemma


@memo(100_000)
def text_case(lemma: str, surface: str) -> str:
    """The lemma in the text's case wherever the two spell the same letters."""
    out = []
    for i, ch in enumerate(lemma):
        if i < len(surface) and surface[i].lower() == ch.lower():
            out.append(surface[i])
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=100_000)
def _is_acronym(text: str) -> bool:
    """Capitals only in the word's first part ("CDU", "US-Festland", "G20-Gipfel")."""
    letters = [c for c in text.split("-")[0] if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _shouted(token: Token, surface: str) -> bool:
    """Written in capitals amid capitals: a heading or shouting, not an acronym. `surface` is
    the token's text."""
    def caps(text: str) -> bool:
        return len(text) > 1 and text.isupper() and text.isalpha()

    if not caps(surface):
        return False
    doc = token.doc
    # Acronyms are short: a word of six capitals or more is a heading ("ALLTAGSSPRACHE").
    return len(surface) >= 6 or any(
        0 <= i < len(doc) and caps(doc[i].text) for i in (token.i - 1, token.i + 1))


# Parts of speech whose first letter German orthography fixes; others (X, FM) keep the
# tagger's. PROPN keeps the text's: names are written as their bearers write them ("al-Assad").
_CASED_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "PART",
                        "SCONJ", "CCONJ", "NUM", "INTJ"})


def orthography(lemma: str, token: Token) -> str:
    """The lemma's first letter by German rules, the rest in the text's case."""
    surface, pos = token.text, token.pos_
    if pos not in _CASED_POS and pos != "PROPN":
        return lemma
    if _shouted(token, surface):
        lemma = lemma.lower()
        return lemma[:1].upper() + lemma[1:] if pos in ("NOUN", "PROPN") else lemma
    lemma = text_case(lemma, surface)
    if not lemma or pos not in _CASED_POS:
        return lemma
    first = lemma[0]
    if pos == "NOUN":
        first = first.upper()
    elif _is_acronym(surface):
        pass
    elif (pos == "ADJ" and surface[:1].isupper() and not sentence_initial(token)
          and lemma.lower() == surface.lower() and surface.endswith("er")):
        # An adjective written with a capital inside a sentence and not declined: a place
        # adjective in -er ("Berliner Polizei"), which German writes capitalized.
        pass
    else:
        first = first.lower()
    return first + lemma[1:]
