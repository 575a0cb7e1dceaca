"""The lexicon look-ups the verb, participle and tag rules share: whether HanTa's lexicon
and wordfreq attest an infinitive (`lexicon_infinitive`, `infinitive_reading`,
`attested_infinitive`, `listed_verb` for Wiktionary's), the shapes German gives a past
participle (`participle_shaped`, `past_participle_shaped`, with the `INSEPARABLE_PREFIXES`),
the weak verb of a form in -t (`weak_verb`), and wordfreq's frequency of a word's forms
together (`zipf_sum`).

Reads no other module of the package.
"""

from __future__ import annotations

import math

from learner.lexicon import definitions
from learner.nlp.lexicon import best_reading, is_guessed, known, lexicon_verb, word_readings

# Prefixes that take no ge- in the past participle ("beeinsprucht", "unterschlagen"); with
# -ieren verbs ("signiert") the only participles without ge-.
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter",
                        "durch", "um", "hinter", "wider")


def participle_shaped(participle: str, verb: str) -> bool:
    """Whether a past participle is formed from the verb as German forms it: ge- after any
    particle, or no ge- after an inseparable prefix, also behind a particle ("an-ver-traut":
    anvertrauen), and in -ieren verbs."""
    if verb.endswith("ieren") or verb.startswith(INSEPARABLE_PREFIXES):
        return True
    if any(verb.startswith(INSEPARABLE_PREFIXES, i) and participle[:i] == verb[:i]
           for i in range(2, 7)):
        return True
    return "ge" in participle[: len(participle) - 3]


def _inseparable_inside(word: str) -> bool:
    """Whether an inseparable prefix follows the word's first letters, where a particle
    would stand ("anvertraut", "vorenthalten")."""
    return any(word.startswith(prefix, i) for i in range(2, 7)
               for prefix in ("ver", "be", "er", "ent", "zer", "emp"))


def past_participle_shaped(word: str) -> bool:
    """Whether a word ends like a past participle and has its ge-, an inseparable prefix or
    -iert ("eingeräumt", "beeinsprucht", "signiert"); "leicht" and "selten" have none."""
    return word.endswith(("t", "en")) and (
        "ge" in word[:-3] or word.startswith(INSEPARABLE_PREFIXES) or word.endswith("iert")
        or _inseparable_inside(word))


def listed_verb(verb: str) -> bool:
    """Whether German Wiktionary defines the infinitive as a headword of its own ("erküren",
    "niederstoßen", "verkalkulieren", which wordfreq has never seen): German writes some verbs
    mostly in their perfect, so a news corpus may hold the participle and never the
    infinitive. HanTa must read it as a verb too (its lexicon's verb, or an infinitive
    reading among others). A compound only the participle makes ("hochverehrt": no
    "hochverehren") has no entry."""
    return (verb.islower() and verb.endswith("n") and bool(definitions.living_definition(verb))
            and (lexicon_verb(verb) == verb
                 or infinitive_reading(verb)))


def attested_infinitive(verb: str) -> bool:
    """Whether a present participle's verb is attested: wordfreq knows it and HanTa's lexicon
    has an infinitive reading of it, not only its best ("lauten" is first the declined
    adjective laut): the participle's -end already shows a verb."""
    return lexicon_infinitive(verb) or bool(known(verb)) and (
        infinitive_reading(verb)
        or any(lexicon_verb(form) == verb and not is_guessed(form)
               for form in third_persons(verb)))


def third_persons(verb: str) -> tuple[str, ...]:
    """The third person singular a regular verb may have ("grenzen": grenzt, "arbeiten":
    arbeitet, "wandeln": wandelt). HanTa's lexicon reads an infinitive spelt as a noun's
    plural only as the noun ("grenzen": die Grenzen), but its finite forms only as the verb's."""
    if verb.endswith(("eln", "ern")):
        return (verb[:-1] + "t",)
    if verb.endswith("en"):
        return (verb[:-2] + "t", verb[:-2] + "et")
    return ()


def lexicon_infinitive(verb: str) -> bool:
    """Whether wordfreq knows the verb and HanTa's lexicon reads it as an infinitive."""
    return bool(known(verb)) and (lexicon_verb(verb) == verb or best_reading(verb) == "VV(INF)")


def infinitive_reading(word: str) -> bool:
    """Whether HanTa's lexicon reads the word as an infinitive among its readings, not only
    as its best ("lauten" is first the declined adjective laut, "gestehen" first stehen's
    participle)."""
    return any(tag == "VV(INF)" for tag, _ in word_readings(word))


def weak_verb(form: str) -> str:
    """The weak verb whose participle or third person a form in -t is, for verbs HanTa's
    lexicon lacks: the stem, without a participle's ge-, plus -en (or -n after -el/-er), where
    wordfreq knows that infinitive ("beeinsprucht": beeinspruchen, "verfinstert":
    verfinstern)."""
    if not form.endswith("t") or len(form) < 6:
        return ""
    stem = form[:-1]
    # ge- stands first or right after a verb particle ("ein-ge-räumt"), not inside a noun
    # ("Mauer-ge-teilt" is no "mauerteilen").
    stems = [stem] + [stem[:i] + stem[i + 2:] for i in range(len(stem) - 3)
                      if stem.startswith("ge", i) and (
                          i == 0 or any(tag == "PTKVZ" for tag, _ in word_readings(stem[:i])))]
    for candidate in stems:
        for verb in (candidate + "en", candidate + "n"):
            if verb.endswith(("en", "eln", "ern")) and known(verb) and participle_shaped(
                    form, verb):
                return verb
    return ""


def zipf_sum(forms) -> float:
    total = sum(10 ** known(form) for form in forms if known(form))
    return math.log10(total) if total else 0.0
