"""Names defined by their acronym: the `acronym_names` spaCy component.

German news introduces an organisation, an authority or a law with its full name and its
acronym in parentheses: "der Verein gegen Tierfabriken (VGT)", "die Zentralanstalt für
Meteorologie und Geodynamik (ZAMG)". The full name is a name, and its words are no vocabulary
there; a recognizer trained on a few thousand sentences misses many of them, but the acronym
says where the name starts.

The long form is found as Schwartz and Hearst find it ("A simple algorithm for identifying
abbreviation definitions in biomedical text", PSB 2003): the acronym's letters are matched
from its end backwards against the words before the parenthesis, its first letter at the
start of a word, within at most min(len + 5, 2 × len) words. German compounds give acronyms
letters from inside a word (Zentral-Anstalt: ZA), which the matching allows.

The same words elsewhere in the article are that name too. A single word defined by an
acronym is a term as often as a name ("das Bruttoinlandsprodukt (BIP)"), and a term is
vocabulary: it becomes a name only as one institution, with its definite article, that German
Wiktionary lists with no plural or not at all ("das Arbeitsmarktservice (AMS)"). The
span becomes one of `doc.ents` (label ORG), next to the recognizer's, which the vocabulary
stage reads (see `learner.nlp.entities`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from learner.lexicon import nouns
from learner.nlp.scan import tokens_with
from learner.nlp.sentences import sentence_bounds

# An acronym: 2 to 8 characters, capital letters first, at least two of them ("VGT", "ZAMG",
# "WKÖ", "AfD"); digits and & may follow inside ("G7" is no definition, "F&E" is).
_MIN_LETTERS, _MAX_LENGTH = 2, 8
# What may not stand inside a long form: a sentence's or clause's punctuation.
_BREAKS = frozenset({".", ";", ":", "!", "?", "(", ")", "[", "]", "–", "—"})


def is_acronym(text: str) -> bool:
    """Whether a token in parentheses is an acronym that can define a name."""
    return (_MIN_LETTERS <= len(text) <= _MAX_LENGTH and text[0].isupper()
            and sum(c.isupper() for c in text) >= _MIN_LETTERS
            and all(c.isalpha() or c in "&-" for c in text))


def long_form_start(acronym: str, words: list[str]) -> int | None:
    """The index in `words` where the long form of `acronym` starts, by Schwartz and Hearst's
    backward match, or None where the words cannot spell it."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    text = " ".join(words)
    # Where each word starts in the joined text, to map a character back to its word.
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word) + 1
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        # The acronym's first letter must start a word; the others may be inside one.
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1] != " ")):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    first = i + 1
    return max(n for n, start in enumerate(starts) if start <= first)


def acronym_spans(doc: Doc) -> list[Span]:
    """The long forms that an acronym in parentheses defines: two words or more, or one
    institution's name (`_one_named`)."""
    spans = []
    for bracket in tokens_with(doc, "ORTH", ("(",), 1, -2):
        token = doc[bracket.i + 1]
        if doc[token.i + 1].text != ")":
            continue
        if not is_acronym(token.text):
            continue
        end = token.i - 1
        letters = sum(c.isalnum() for c in token.text)
        begin = max(sentence_bounds(token)[0], end - min(letters + 5, 2 * letters))
        window = doc[begin:end]
        for t in reversed(window):
            if t.text in _BREAKS:
                begin = t.i + 1
                break
        words = [t.text for t in doc[begin:end]]
        start = long_form_start(token.text, words) if words else None
        if start is None:
            if _translated_name(doc[end - 1]):
                spans.append(Span(doc, end - 1, end, label="ORG"))
            continue
        span = doc[begin + start:end]
        if span[0].text[:1].isupper() and (len(span) >= 2 or _one_named(span[0])):
            spans.append(Span(doc, span.start, span.end, label="ORG"))
    spans += expanded_acronyms(doc) + word_acronyms(doc)
    return spans + repeated(doc, spans)


# A word acronym's length: "Kiwi", "Wifo", "Kripo".
_MIN_WORD_ACRONYM, _MAX_WORD_ACRONYM = 3, 8


def word_acronyms(doc: Doc) -> list[Span]:
    """Acronyms written as a word, with a capital only at their start, in parentheses after
    the name they shorten: "Kinder in Wien (Kiwi)". German builds these from the first
    letters or syllables of the name's capitalized words, skipping the small words between
    them (Ki-nder in Wi-en), and says them as a word; the acronym then reads as a common noun
    ("Kiwi", the fruit) and would make a card. Both the long form and the acronym are the
    name. The match is strict, as a word's letters are loose evidence: every capitalized word
    of the long form, two or more, starts a piece of the acronym, in order, and nothing else
    does (`spells_by_prefixes`)."""
    spans = []
    for bracket in tokens_with(doc, "ORTH", ("(",), 1, -2):
        token = doc[bracket.i + 1]
        text = token.text
        if (doc[token.i + 1].text != ")"
                or not _MIN_WORD_ACRONYM <= len(text) <= _MAX_WORD_ACRONYM
                or not text.isalpha() or not text[0].isupper() or not text[1:].islower()):
            continue
        end = token.i - 1
        begin = max(sentence_bounds(token)[0], end - _EXPANSION_WORDS)
        for t in reversed(doc[begin:end]):
            if t.text in _BREAKS or not t.is_alpha:
                begin = t.i + 1
                break
        for start in range(end - 2, begin - 1, -1):
            words = [t.text for t in doc[start:end]]
            if words[0][:1].isupper() and spells_by_prefixes(text, words):
                spans.append(Span(doc, start, end, label="ORG"))
                spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
                break
    return spans


def spells_by_prefixes(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the first letters of each capitalized word in `words`, one or
    more of each, in order, with the lowercase words between them left out, and at least
    two such words: "Kiwi" from "Kinder in Wien" (Ki + Wi), "Wifo" from "Wirtschafts
    Forschung" (Wi + Fo)."""
    capitalized = [w.lower() for w in words if w[:1].isupper()]
    if len(capitalized) < 2:
        return False

    def spell(rest: str, k: int) -> bool:
        if k == len(capitalized):
            return not rest
        word = capitalized[k]
        return any(rest[:n] == word[:n] and spell(rest[n:], k + 1)
                   for n in range(1, min(len(rest), len(word)) + 1))

    return spell(acronym.lower(), 0)


# The most words a long form in parentheses after its acronym may have.
_EXPANSION_WORDS = 15


def expanded_acronyms(doc: Doc) -> list[Span]:
    """Long forms in parentheses after their acronym: "TTIP (Transatlantische Handels- und
    Investitionspartnerschaft)". Schwartz and Hearst match this order too; here the whole of
    the parenthesis must spell the acronym from its first word, two words or more: a
    parenthesis that only contains the words somewhere is a description ("IOPS (Messzahl für
    Input- und Output-Operationen pro Sekunde)")."""
    spans = []
    for bracket in tokens_with(doc, "ORTH", ("(",), 1, -2):
        token = doc[bracket.i - 1]
        if not is_acronym(token.text):
            continue
        start = token.i + 2
        end = next((k for k in range(start, min(start + _EXPANSION_WORDS + 1, len(doc)))
                    if doc[k].text in _BREAKS), None)
        if end is None or doc[end].text != ")" or end - start < 2:
            continue
        if (doc[start].text[:1].isupper()
                and long_form_start(token.text, [t.text for t in doc[start:end]]) == 0):
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


def _one_named(word: Token) -> bool:
    """Whether a single noun an acronym defines is a name: one institution or body, with its
    definite article (adjectives may come between: "der Wiener Krankenanstaltenverbund
    (KAV)"), that German Wiktionary lists with no plural or not at all. A term is a kind of
    thing, with a plural ("das Bruttoinlandsprodukt (BIP)", die Bruttoinlandsprodukte), and
    German Wiktionary lists the terms a reader meets; an institution has one referent ("das
    Arbeitsmarktservice (AMS)"), and no plural, or no entry of its own (Wikidata's lexemes
    list nouns without their forms). A noun after "und" may be the last of a coordination
    whose first part the acronym spells too ("die Elektro- und Elektronikindustrie (E&E)")."""
    if not _defined_noun(word):
        return False
    return not any(entry.plurals for entry in nouns.entries(word.lemma_))


def _defined_noun(word: Token) -> bool:
    """Whether a word is a noun after its definite article, adjectives between or none ("der
    Wiener Krankenanstaltenverbund", "den sogenannten Volksverteidigungseinheiten")."""
    if word.tag_ not in ("NN", "NE") or not word.text.replace("-", "").isalpha():
        return False
    before = word.i - 1
    while before > 0 and word.doc[before].tag_ == "ADJA":
        before -= 1
    article = word.doc[before]
    return (article.tag_ == "APPRART"
            or article.tag_ == "ART" and article.lemma_.lower() == "der")


def _translated_name(word: Token) -> bool:
    """Whether a noun right before an acronym its words cannot spell is a foreign body's name
    in German translation: "der kurdischen Volksverteidigungseinheiten (YPG)" (Kurdish
    Yekîneyên Parastina Gel). German keeps a foreign organisation's own acronym and
    translates its name, so the letters match nothing in the German; the translation is one
    body's name, made for it, which no dictionary lists, and it is no vocabulary there. A
    term with a foreign acronym is a word German Wiktionary lists ("die Hirnströme (EEG)",
    "die Nichtregierungsorganisationen (NGO)") and stays a card; so does a noun with no
    definite article, which names a kind ("Verbot von Chemiewaffen (OPCW)")."""
    return (_defined_noun(word) and not nouns.entries(word.lemma_)
            and not nouns.entries(word.text) and not nouns.lemmas_of(word.text))


def repeated(doc: Doc, spans: list[Span]) -> list[Span]:
    """The same names where the text writes them again without the acronym: an article
    defines "die Zentralanstalt für Meteorologie und Geodynamik (ZAMG)" once, and may write it
    out again later."""
    # In the order the article defines them, not a set's: Python's string hashes change
    # that from run to run, and the spans come back in this order.
    names = dict.fromkeys(tuple(t.text for t in span) for span in spans)
    if not names:
        return []
    found = []
    for name in names:
        size = len(name)
        for first in tokens_with(doc, "ORTH", (name[0],), 0, max(len(doc) - size + 1, 0)):
            i = first.i
            if tuple(t.text for t in doc[i:i + size]) == name:
                found.append(Span(doc, i, i + size, label="ORG"))
    return found


class AcronymNames:
    """Adds the names acronyms define to `doc.ents`; see the module's docstring."""

    def __call__(self, doc: Doc) -> Doc:
        found = acronym_spans(doc)
        if found:
            doc.ents = filter_spans([*doc.ents, *found])
        return doc


@Language.factory("acronym_names")
def make_acronym_names(nlp: Language, name: str) -> AcronymNames:
    return AcronymNames()
