"""Derived nouns: what a noun Ding lacks means where it is a regular form or derivation of a
word Ding has (`derived_noun_entry`): a plural, a nominalised infinitive, an -ung, agent
(-er), quality (-heit, -keit), ge- collective, -isierung or -erl diminutive noun, a learned
prefix before a noun (Ko|produzent), and the "little …" of a diminutive Ding gives only a
species' name (`taxon_diminutive`). Plain functions of a `Dictionary`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from learner import wordlists
from learner.dictionary.english import action_senses, english_doer
from learner.dictionary.entry import Entry, first_sense
from learner.dictionary.index_rows import SINGULAR_OF_PLURAL
from learner.dictionary.parsing import MIN_PART, UMLAUTS, upper_first
from learner.dictionary.ranking import phrase_zipf
from learner.lexicon import definitions

if TYPE_CHECKING:
    from learner.dictionary.lookup import Dictionary


# Latin and Greek prefixes German and English both put before learned nouns, with their
# English spelling (Ko- is co-, Prä- is pre-): a noun Ding lacks made of one and a noun it has
# means what English writes the same way (Deradikalisierung, de-radicalization). Not Post-:
# German Post is the mail (Postfiliale is a post office, not a "post-branch").
LEARNED_PREFIXES = (("anti", "anti"), ("de", "de"), ("ko", "co"), ("co", "co"),
                    ("inter", "inter"), ("neo", "neo"), ("prä", "pre"),
                    ("pseudo", "pseudo"), ("re", "re"), ("super", "super"), ("ultra", "ultra"))

# Below this English Zipf (wordfreq; about one use in a hundred million words) a
# diminutive's senses are a species' name no reader means (`taxon_diminutive`).
RARE_DIMINUTIVE_ZIPF = 1.0
# ... where German uses the diminutive itself at least this often (wordfreq's German Zipf).
COMMON_DIMINUTIVE_ZIPF = 2.0


def derived_noun_entry(dictionary: Dictionary, noun: str) -> Entry | None:
    """A noun Ding lacks that is a regular form or derivation of a word it has:

    - a plural form of a Ding noun (the plural column: Landeshauptleute -> the senses
      of Landeshauptmann);
    - a singular whose plural is Ding's only entry (Eiche, from "Eichen {pl} :: oaks",
      where the line shows the singular in a compound: `_singular_in_line`): the senses
      made singular, "≈ oak";
    - a nominalised infinitive (das Beschimpfen): the verb's senses in -ing form;
    - an -ung noun of a verb Ding has (Anstachelung from anstacheln): the same,
      "≈ inciting"; -ung nouns are feminine (of a verb only Wiktionary defines, see
      `defined_verb_noun_entry`);
    - a learned prefix English writes alike before a noun Ding has (`LEARNED_PREFIXES`:
      Deradikalisierung "≈ de-radicalization", Koproduzent "≈ co-producer");
    - an agent noun in -er of a verb Ding has (Vermarkter from vermarkten): "≈ someone
      who markets"; German makes these from nearly any verb, always masculine;
    - a -heit/-keit noun of an adjective Ding has (Heimeligkeit from heimelig): "≈ being
      homely", the quality the adjective names; always feminine.
    All but the first are marked approximate.
    """
    row = dictionary.singular_row(noun)
    if row is not None and row[0] != noun:
        singular = dictionary.entry(row[0], "NOUN")
        if singular is not None and singular.gloss:
            return Entry(gloss=singular.gloss)
    found = dictionary.entry(noun, SINGULAR_OF_PLURAL)
    if found is not None and found.gloss:
        return Entry(gloss=found.gloss, approximate=True)
    verb = None
    if noun[:1].isupper() and noun.endswith("en"):
        verb = dictionary.entry(noun.lower(), "VERB")  # das Beschimpfen
        gender = "n"
    elif noun.endswith("ung") and len(noun) > 6:
        stem = noun[:-3].lower()  # Anstachel-ung, Skandalisier-ung
        verb = dictionary.entry(stem + "en", "VERB") or dictionary.entry(stem + "n", "VERB")
        gender = "f"
    if verb is not None and verb.gloss:
        return Entry(gloss=action_senses(verb), gender=gender, approximate=True)
    if definitions.definition(noun):
        # Wiktionary's own definition beats a reading of the form (Juchzer is a whoop,
        # not "someone who whoops"), as it does for the other form hints.
        return None
    return (_prefixed_noun(dictionary, noun) or _agent_noun(dictionary, noun)
            or _quality_noun(dictionary, noun) or diminutive_noun(dictionary, noun)
            or collective_noun(dictionary, noun) or _making_noun(dictionary, noun))


def learned_prefix_split(dictionary: Dictionary, noun: str) -> tuple[str, str, str, Entry] | None:
    """(the prefix as written, its English, the noun after it, Ding's entry for that
    noun) where `noun` is a `LEARNED_PREFIXES` prefix before a noun Ding glosses in one
    word (Ko|produzent, Neo-|Bischof); None otherwise."""
    low = noun.lower()
    for prefix, english in LEARNED_PREFIXES:
        rest = noun[len(prefix):].lstrip("-")
        if not low.startswith(prefix) or len(rest) < MIN_PART + 2:
            continue
        base = dictionary.entry(upper_first(rest), "NOUN")
        first = first_sense(base)
        if first and first.replace("-", "").isalpha():  # one word: "de-radicalization"
            return noun[:len(noun) - len(rest)], english, upper_first(rest), base
    return None


def _prefixed_noun(dictionary: Dictionary, noun: str) -> Entry | None:
    split = learned_prefix_split(dictionary, noun)
    if split is None:
        return None
    _, english, _, base = split
    return Entry(gloss=f"{english}-{base.gloss.split('; ')[0]}", approximate=True)


def _agent_noun(dictionary: Dictionary, noun: str) -> Entry | None:
    if not noun.endswith("er") or len(noun) < 7 or "-" in noun:
        return None
    stem = noun[:-2].lower()  # Vermarkt-er, Blockier-er; Tüftl-er from tüfteln
    candidates = [stem + "en", stem + "n"]
    if stem.endswith(("l", "r")):
        candidates.append(stem[:-1] + "e" + stem[-1] + "n")
    for infinitive in candidates:
        verb = dictionary.entry(infinitive, "VERB")
        if verb is None or not verb.gloss:
            continue
        senses = [english_doer(s) for s in verb.gloss.split("; ")[:2]]
        senses = [s for s in dict.fromkeys(senses) if s]
        if senses:
            return Entry(gloss="; ".join(senses), gender="m", approximate=True)
    return None


def _quality_noun(dictionary: Dictionary, noun: str) -> Entry | None:
    if not noun.endswith(("heit", "keit")) or len(noun) < 9:
        return None
    if any(dictionary.entry(upper_first(noun[start:]), "NOUN") is not None
           for start in range(MIN_PART, len(noun) - 6)):
        return None  # a compound on a -heit noun Ding has: Wahl|freiheit, not wahlfrei-heit
    stem = noun[:-4].lower()  # Heimelig-keit, Unsicher-heit, Genau-igkeit
    for adjective in (stem, stem.removesuffix("ig")):
        found = dictionary.entry(adjective, "ADJ")
        senses = ([f"being {s}" for s in found.gloss.split("; ")[:2]
                   if s.replace("-", " ").replace(" ", "").isalpha()]
                  if found is not None and found.gloss else [])
        if senses:
            return Entry(gloss="; ".join(senses), gender="f", approximate=True)
    return None


def collective_noun(dictionary: Dictionary, noun: str) -> Entry | None:
    """A noun of ge- and a verb's stem that names its action going on and on (Gequengel of
    quengeln, Gehupe of hupen, Geschrei of schreien; often with a grumble): the verb's
    senses in -ing form, "≈ whining", neuter with no plural, as German makes these of
    nearly any verb of sound or motion. The stem as the verb's, with its -e or -el/-er."""
    if not noun.startswith("Ge") or len(noun) < 7 or "-" in noun:
        return None
    stem = noun[2:].lower()
    for infinitive in (stem + "n", stem + "en"):
        verb = dictionary.entry(infinitive, "VERB")
        if verb is not None and verb.gloss:
            return Entry(gloss=action_senses(verb), gender="n", approximate=True)
    return None


def _making_noun(dictionary: Dictionary, noun: str) -> Entry | None:
    """An -isierung noun of an adjective Ding has, where Ding has no -isieren verb for it
    (Barbarisierung of barbarisch, Autonomisierung of autonom): "≈ making barbaric",
    feminine with its plural in -en, as every -ung noun. German makes -isieren verbs
    of adjectives (and -isierung nouns of them) to mean making or becoming what the
    adjective says (radikal: radikalisieren, to radicalize); where Ding has the verb, the
    -ung branch of `derived_noun_entry` reads it. The adjective is the stem with -isch
    (barbar-isch) or the stem itself (autonom), and must have a first sense of one
    plain word: "making" before a phrase ("making of the state") misreads."""
    stem = noun.removesuffix("isierung").lower()
    if stem == noun.lower() or len(stem) < 4 or not stem.isalpha():
        return None
    for adjective in (stem + "isch", stem):
        first = first_sense(dictionary.entry(adjective, "ADJ"))
        if first.isalpha() and first.islower():
            return Entry(gloss=f"making {first}", gender="f", plural=noun + "en",
                         approximate=True)
    return None


def diminutive_noun(dictionary: Dictionary, noun: str) -> Entry | None:
    """An Austrian and Bavarian diminutive in -erl of a noun Ding has (Kreuz-erl, Hak-erl
    of Haken): "≈ little cross", neuter, as every diminutive is, with its plural written
    as the singular (die Kreuzerl). Ding lists the common ones itself (Sackerl, Stockerl),
    which never reach here; the -e or -en of the noun drops before the suffix."""
    if not noun.endswith("erl") or len(noun) < 6 or "-" in noun:
        return None
    stem = noun[:-3]
    for base in (stem, stem + "e", stem + "en"):
        found = dictionary.entry(base, "NOUN")
        first = first_sense(found)
        if first and first.replace(" ", "").isalpha():
            return Entry(gloss=f"little {first}", gender="n", plural=noun,
                         approximate=True)
    return None


def taxon_diminutive(dictionary: Dictionary, noun: str, found: Entry) -> Entry | None:
    """A diminutive in -chen or -lein whose every English sense is one English hardly
    uses (wordfreq's Zipf, a phrase's lowered as in the ranking, below
    RARE_DIMINUTIVE_ZIPF), of a noun Ding has, where German uses the diminutive
    (COMMON_DIMINUTIVE_ZIPF): "≈ little" and the noun's first sense.
    Ding lists many a diminutive only as a species' name, a synonym inside a [zool.]
    or [bot.] line ("Steinchen {n} (Nucella lapillus) :: Atlantic dog whelk"), never
    in the sense every German reader meets first, the small thing itself (a small
    stone). A diminutive whose English a reader knows (Tröpfchen "droplet", Veilchen
    "violet", Häuschen "small house") keeps it. The noun is the diminutive's letters
    before the suffix, its umlaut undone (Bäch-lein, Bach), or with the -e German
    drops (Kätz-chen, Katze)."""
    if (not noun.endswith(("chen", "lein")) or len(noun) < 7 or "-" in noun
            or wordlists.zipf_frequency(noun, "de") < COMMON_DIMINUTIVE_ZIPF
            or dictionary.entry(noun.lower(), "VERB") is not None):
        # Only a diminutive German readers meet (Ding's rare word for a rare one, as
        # Würzelchen "rootlet", is likely right), and no infinitive used as a noun
        # (das Schleichen, not a little Schlei).
        return None
    senses = found.gloss.split("; ") if found.gloss else []
    if not senses or max(map(phrase_zipf, senses)) >= RARE_DIMINUTIVE_ZIPF:
        return None
    stem = noun[:-4]
    plain = stem.translate(UMLAUTS)
    for base in dict.fromkeys((stem, plain, plain + "e", stem + "e")):
        first = first_sense(dictionary.entry(base, "NOUN"))
        if first and first.replace(" ", "").isalpha() and first[:1].islower():
            return Entry(gloss=f"little {first}", gender="n", plural=noun,
                         approximate=True)
    return None
