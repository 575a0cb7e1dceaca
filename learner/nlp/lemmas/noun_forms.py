"""The lemma of a noun form, from the words alone: a compound's last part lemmatized alone
(`noun_lemma`, `listed_head`, `agent_noun`), a case form checked against the lexicons
(`listed_written_form`, `listed_genitive`, `english_written_form`,
`cut_nominalized_infinitive`), the singular of a plural (`singular`, `plural_lemma`,
`plural_only_compound`, `classical_singular`), the linking s (`with_linking_s`), and
nominalized adjectives (`adjectival_head`, `nominalized_adjective_compound`). The checks that
read the noun's determiner and case are in `noun_phrases`.

Reads `spelling` and `lookups`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from learner import wordlists
from learner.lexicon import nouns
from learner.morphology import S_LINKING_SUFFIXES
from learner.nlp.lemmas.lookups import lexicon_infinitive
from learner.nlp.lemmas.spelling import without_umlauts
from learner.nlp.lexicon import (
    ADJECTIVE_ENDINGS,
    COMMON_ZIPF,
    GUESSED_SCORE,
    HEAD_ZIPF,
    best_reading,
    is_guessed,
    known,
    known_first_part,
    lexicon_lemma,
    lexicon_verb,
    shared_tagger,
    word_readings,
)


def noun_lemma(lemma: str, surface: str) -> str:
    """A noun lemma German knows, re-derived from the compound's last part where the tagger's
    guess is doubtful.

    HanTa's lexicon holds simple words; a compound it does not know it either guesses,
    cutting an ending and maybe too much ("Cyberattack" from "Cyberattacken"), or leaves as
    written ("Innenhöfe"); hyphenated compounds it reads as one unknown word ("Flint-Flus").
    In those cases (lemma unknown to wordfreq, lemma as written, or a hyphen) the written
    form's longest last part that is a known word ("Attacken", "Höfe", "Fluss") is lemmatized
    alone, where the tagger's lexicon knows it ("Attacke", "Hof", "Fluss"), and the first part
    put back: "Cyberattacke", "Innenhof", "Flint-Fluss". A compound the tagger got right
    ("Arbeiterunruhe") comes out the same.
    """
    if (surface == lemma + "e" and known(surface) > known(lemma) > 0 and surface.isalpha()
            and is_guessed(surface) and not _plural_of_known_head(lemma, surface)):
        # A singular in -e the lexicon lacks, whose -e the guesser took for an ending
        # ("Tricolore" -> "Tricolor"): German writes the form with -e more often.
        return surface
    # A known lemma the guesser made ("Vorstadtweiber" from "Vorstadtweibern") is checked
    # against its last part like one left as written.
    unchanged = known(lemma) and "-" not in surface
    if known(lemma) and not unchanged and "-" not in surface or len(surface) < 5:
        return lemma
    for start in range(1, len(surface) - 3):
        head = surface[start:]
        if not head.isalpha() or surface[start - 1].isdigit():
            continue
        if unchanged and (start < 3 or not known_first_part(surface[:start])):
            continue
        head = head[0].upper() + head[1:]
        if known(head) < HEAD_ZIPF:
            continue
        if unchanged and (known(surface) >= COMMON_ZIPF or not is_guessed(surface)):
            # A word left as written is re-read only when the tagger's lexicon lacks it (a
            # common word never does), and only as two known words ("Innen" + "Höfe"), never
            # as a fragment and a foreign word ("K" + "Rise").
            return lemma
        head_lemma = lexicon_lemma(head)
        # The tagger's (or HanTa's alone) reading of the head as another noun's form.
        read_as = head_lemma or (lemma[start:] if lemma[:start] == surface[:start] else "")
        if read_as and read_as.capitalize() != head and _commoner_head_as_written(
                head, read_as.capitalize()):
            head_lemma = head
        if head_lemma:
            first = surface[:start]
            return first + (head_lemma if first.endswith("-") else head_lemma.lower())
        return lemma
    first, hyphen, last = surface.rpartition("-")
    if (hyphen and first and last.isalpha() and not lexicon_lemma(last)
            and any(n.gender for n in nouns.entries(last))):
        # A short last part (three letters, too short for the search above) that HanTa's
        # lexicon lacks but Wiktionary lists as a noun with a gender is that noun as written
        # ("Oriental-Pop": der Pop), not the guesser's cut of it ("Oriental-Po", whose "Po"
        # is another noun).
        return surface
    return lemma


def _commoner_head_as_written(head: str, lemma: str) -> bool:
    """Whether a compound's last part as written is a noun of its own (die Halle) that heads
    more of Wiktionary's compounds than the noun HanTa reads it as a form of (der Hall, whose
    plural Wiktionary gives as "Halle"): a head is read as the noun compounds are made of
    (Sporthalle, Messehalle... 44; Nachhall, Widerhall... 13), "Taekwondo-Halle" as a hall."""
    if not any(n.is_common and n.gender and nouns.WIKIDATA not in n.kinds
               for n in nouns.entries(head)):
        return False
    return nouns.compound_genders(head).total() > nouns.compound_genders(lemma).total()


def listed_written_form(lemma: str, surface: str) -> str:
    """The noun as written where the tagger cut a letter or two off a word the noun lexicon
    lists, and its lemma is no noun the lexicon lists: HanTa's guesser takes the final -e,
    -er or -n of an unknown word for an ending ("Formalie" -> "Formali", "VW-Rivale" ->
    "VW-Rival", "Geheimwissen" -> "Geheimwisse"). Compared part by part from a compound's last
    part the lexicon knows, so a case form of a listed noun ("Präsidenten": Präsident) keeps
    its lemma."""
    if (lemma == surface or not surface.startswith(lemma) or len(surface) - len(lemma) > 2
            or not surface.replace("-", "").isalpha()):
        return lemma
    for start in range(len(lemma) - 2):
        if start and surface[start - 1] != "-" and not known_first_part(surface[:start]):
            continue
        written, cut = surface[start:], lemma[start:]
        written, cut = written[0].upper() + written[1:], cut[0].upper() + cut[1:]
        found = nouns.entries(written)
        # Wiktionary's entry, with a gender: Wikidata also lists plurals as lexemes
        # ("Hilfsgelder"), and a place's name is no evidence of a common noun ("Wels").
        own = any(n.gender for n in found) and not any("Toponym" in n.kinds for n in found)
        # Wikidata's lexemes carry no forms, so one of the cut's spelling ("Epo", the drug)
        # cannot show that the written form is its case form; Wiktionary's lemma as written
        # (das Epos, which HanTa cut like a genitive) is the evidence then.
        if (any(nouns.WIKIDATA not in n.kinds for n in nouns.entries(cut))
                or nouns.lemmas_of(cut)):
            return surface if own and no_form_of(written, cut) else lemma
        if own:
            return surface
    return lemma


def listed_genitive(lemma: str, surface: str) -> str:
    """The noun as written, or as written before its genitive -s, where the tagger cut a
    letter more off a word it lacks ("des Rechtshilfeersuchens", "nach einem
    Rechtshilfeersuchen" -> "Rechtshilfeersuche", taking "-n" or "-ns" for an ending): the
    form is a common noun a lexicon lists, Wikidata's lexemes too, which carry no gender
    (`listed_written_form` asks for Wiktionary's), and the tagger's lemma is neither a listed
    noun nor a word wordfreq knows. Wikidata lists a few plurals as lexemes, but a plural
    takes no genitive -s, and the tagger's singular of one is a word ("Hilfsgelder":
    Hilfsgeld)."""
    if (not surface.isalpha() or not surface.startswith(lemma) or lemma == surface
            or known(lemma) or nouns.entries(lemma)):
        return lemma
    for noun in (surface, surface[:-1] if surface.endswith("s") else ""):
        if len(noun) - len(lemma) == 1 and any(n.is_common for n in nouns.entries(noun)):
            return noun
    return lemma


# An English word: wordfreq's English list has it at least this often (Zipf) and no less
# often than its German list (Charger 3.6 vs 2.6); as `dictionary.english.english_loanword`
# reads one.
_ENGLISH_ZIPF = 3.0


def english_written_form(lemma: str, surface: str) -> str:
    """The noun as written where the tagger cut an English noun's ending to reach a German
    noun ("Charger" -> "Charge", which Wiktionary declines die Charge, die Chargen): the
    written word is none of the lemma's forms nor any listed noun's, and English uses it at
    least as often as German. The card is then the English word's, which the lexicons judge
    as they judge any loan word; German's inflection of a declined noun says what its forms
    are, and an English word outside them is not one."""
    if (lemma == surface or not surface.isalpha() or not surface.startswith(lemma)
            or nouns.entries(surface) or nouns.lemmas_of(surface)
            or not no_form_of(surface, lemma)):
        return lemma
    return surface if wordlists.leans_english(surface, _ENGLISH_ZIPF) else lemma


def cut_nominalized_infinitive(lemma: str, surface: str) -> str:
    """The written form where the tagger cut the -n of a nominalized infinitive it lacks as a
    noun, taking it for a plural ("das Scharfmachen" -> "Scharfmache"): German makes a neuter
    noun of any infinitive, so where the tagger's lemma is a word no lexicon knows (wordfreq,
    the noun lexicon) and the written form's longest last part that HanTa's lexicon knows as
    a verb is that verb's infinitive (machen, after the word scharf), the written form is the
    noun, das Scharfmachen. Not where that part is a noun's case form too: "Kleinspenden" are
    die Kleinspende's, though spenden is a verb; unless the lexicon lists the agent noun of
    the tagger's stem in -er (der Steuerzahler, for "das Steuerzahlen", which the tagger cut to
    "Steuerzahl" as if -en were a plural's: the payers of a tax are named after the action, and
    no lexicon knows a "Steuerzahl" for it to be a plural of, though die Zahlen is die Zahl's)."""
    agent = _agent_noun(lemma)
    if (surface not in (lemma + "n", lemma + "en") or surface == lemma + "en" and not agent
            or not surface.endswith("en") or not surface.isalpha()
            or known(lemma) or nouns.entries(lemma) or nouns.lemmas_of(surface)):
        return lemma
    parts = [surface[start:] for start in range(len(surface) - 3)
             if not start or known_first_part(surface[:start])]
    if any(nouns.lemmas_of(part[0].upper() + part[1:]) for part in parts) and not agent:
        return lemma  # a plural of a noun the lexicon lists (Kleinspende, die Spenden)
    for part in parts:
        verb = part.lower()
        if not is_guessed(verb):
            if lexicon_verb(verb) == verb:
                return surface
            if not agent:
                return lemma
            # HanTa reads the whole as the plural the tagger made of it; the verb is in
            # the last part (zahlen).
    return lemma


def _agent_noun(stem: str) -> bool:
    """Whether the noun lexicon lists the stem with -er as a common noun of its own."""
    return any(n.is_common and n.gender for n in nouns.entries(stem + "er"))


def infinitive_read_as_other_noun(lemma: str, surface: str) -> str:
    """The written form where the tagger read a nominalized infinitive as a case form of a
    listed noun it begins with, of which Wiktionary's declension has no such form ("das
    Jammern" -> der Jammer, which has no plural, so no dative plural "Jammern"): German makes
    a neuter noun of any infinitive, and HanTa's lexicon reads the lower-case word as a verb's
    infinitive (jammern). Not where the form is any listed noun's lemma or case form (die
    Kappen: Kappe)."""
    if (lemma == surface or not surface.startswith(lemma) or not surface.endswith("n")
            or not surface.isalpha() or not no_form_of(surface, lemma)
            or nouns.entries(surface) or nouns.lemmas_of(surface)):
        return lemma
    verb = surface.lower()
    if lexicon_verb(verb) != verb or is_guessed(verb):
        return lemma
    return surface


def no_form_of(written: str, cut: str) -> bool:
    """Whether Wiktionary declines the listed noun `cut` and `written` is none of its forms:
    "das Rauschen" is a noun of its own (the verb rauschen's), no plural of der Rausch
    (Räusche), though it starts with it."""
    common = nouns.entry(cut)
    return (common is not None and bool(common.plurals or common.singular_only)
            and cut not in nouns.lemmas_of(written))


def _owners(form: str) -> list[str]:
    """The common nouns whose lemma or case form `form` is (Buchse: Buchse, Buchs; Raten:
    Rate), not nominalized adjectives nor places, which the rules above treat apart."""
    own = [form] if any(n.is_common and n.gender and nouns.ADJECTIVAL not in n.kinds
                        for n in nouns.entries(form)) else []
    # A case form of a noun that is also a place may be its residents' ("den Riedern": the
    # people of Ried, not its reed beds).
    return own + [o for o in nouns.lemmas_of(form) if o not in own and not any(
        nouns.ADJECTIVAL in n.kinds or "Toponym" in n.kinds for n in nouns.entries(o))]


def listed_head(lemma: str, surface: str) -> str:
    """The compound's last part as the noun lexicon reads the written one, where the tagger
    cut an ending the written last part does not have ("Kopfhörerbuchse" -> "Kopfhörerbuch",
    "Merge-Raten" -> "Merge-Rat", "Hintergrundrauschen" -> "Hintergrundrausch").

    HanTa guesses a compound it lacks by its letters, and a last part that ends like an
    inflection (-e, -en, -n) loses it, even where the part is a noun of its own: die Buchse,
    die Rate (plural Raten), das Rauschen. A compound takes its last part's lemma, so where
    the tagger's whole lemma is no noun the lexicon lists, and the written form's longest last
    part that it lists is a lemma or case form of nouns the tagger's part is not among (Buch
    makes no "Buchse", Rat no "Raten"), the compound is its first part and that noun: the
    written part itself where it is a lemma, else the one noun it is a form of. Not where
    wordfreq knows the tagger's lemma as a word ("die Willige")."""
    if lemma == surface or nouns.entries(lemma) or not surface.replace("-", "").isalpha():
        return lemma
    if "-" not in lemma and known(lemma) >= HEAD_ZIPF:
        # A word German writes, though no noun lexicon lists it: a nominalized adjective
        # ("der Willigen": die Willige), not "Wil" + "Ligen".
        return lemma
    for start in range(len(surface) - 2):
        if start and surface[start - 1] != "-" and not known_first_part(surface[:start]):
            continue
        if lemma[:start] != surface[:start] or len(lemma) <= start:
            return lemma
        written = surface[start].upper() + surface[start + 1:]
        if len(written) < 4:
            return lemma  # the tail of a word ("Ried|ern"), no noun of its own
        if not start and any("Toponym" in n.kinds for n in nouns.entries(written)):
            return lemma  # a word that is also a place's name ("in Wels"): the names' concern
        owners = _owners(written)
        if not owners:
            continue
        plural_of = _rarer_unchanged_plural(written, nouns.entries(written))
        if plural_of:
            owners = [plural_of]  # "Soloalben": das Soloalbum, not der Soloalben
        cut = lemma[start].upper() + lemma[start + 1:]
        if cut in owners:
            return lemma  # a form of the tagger's noun ("Namen": Name)
        head = owners[0]
        if owners[0] != written and len(owners) > 1:
            # A form of several nouns: the one whose usual plural it is ("Praktiken": die
            # Praktik's; die Praxis writes Praxen first), as `wiktionary_singular` reads
            # plurals; where none or several, the sentence would have to decide.
            usual = [o for o in owners if any(n.plural == written for n in nouns.entries(o))]
            if len(usual) != 1:
                return lemma
            head = usual[0]
        return surface[:start] + (head if not start or surface[start - 1] == "-"
                                  else head.lower())
    return lemma


def _listed_part(noun: str) -> tuple[int, tuple[nouns.Noun, ...]]:
    """Where the noun's longest last part that the noun lexicon lists (with a gender) starts,
    and its entries; (-1, ()) where there is none. What stands before it must be a word."""
    return next(_listed_parts(noun), (-1, ()))


def _listed_parts(noun: str) -> Iterator[tuple[int, tuple[nouns.Noun, ...]]]:
    """Every last part of the noun that the noun lexicon lists (with a gender), longest first,
    as `_listed_part` gives the first."""
    for start in range(len(noun) - 2):
        if start and noun[start - 1] != "-" and not known_first_part(noun[:start]):
            continue
        part = noun[start:]
        found = tuple(n for n in nouns.entries(part[0].upper() + part[1:]) if n.gender)
        if found:
            yield start, found


def agent_noun(lemma: str, surface: str) -> str:
    """The agent or resident noun in -er that the tagger read as a listed noun with an ending
    ("Wirtschaftswissenschafter" -> "Wirtschaftswissenschaft", "Südstädtern" -> "Südstadt",
    "Frauenhasser" -> "Frauenhass"): where the written form is the lemma, maybe umlauted,
    plus -er or -ern, and no plural the lexicon lists for the lemma (or its last part) is
    spelt so (Häuser, Länder are plurals), the written form is a noun of its own, and -ern
    its dative plural."""
    plain, written = without_umlauts(lemma), without_umlauts(surface)
    if not (written in (plain + "er", plain + "ern") and surface.replace("-", "").isalpha()):
        return lemma
    parts = list(_listed_parts(lemma))
    if not parts:
        return lemma
    # Every split is asked, not only the longest listed part: a linking s may make a word of
    # its own with the head ("Regierung|samt", velvet) where the compound is "Regierungs|amt",
    # whose plural Ämter the written "Regierungsämter" ends in.
    for start, found in parts:
        tail = surface[start:]
        if any(tail[0].upper() + tail[1:] in (p, p + "n") for n in found for p in n.plurals):
            return lemma
    return surface[:-1] if surface.endswith("ern") else surface


# A compound's last part read as a plural has five letters or more: shorter ones are often
# the tail of another word ("Best|ehen", "Ein|gang").
_MIN_HEAD_PART = 5


def wiktionary_singular(noun: str) -> str | None:
    """The singular German Wiktionary gives for a plural HanTa left as its lemma ("Lipide":
    Lipid, "Plattwürmer": Plattwurm), the noun itself where Wiktionary lists it as a common
    noun of its own (die Güte, der Wähler), or None where it knows neither the noun nor a last
    part of it (and for nouns it lists only in the plural: Leute, Eltern, Seeleute are lemmas,
    and the -leute rule below decides).

    A form counts as a plural only where it is the nominative plural of the singular's entry,
    not merely a case form; of several singulars (Medien: Medium, Media) the one whose first
    plural it is. A compound Wiktionary lacks is read through its longest last part it has, where
    what stands before that part is a word too (Platt + Würmer), so a false split
    ("Nordb|öhmen") changes nothing.
    """
    found = _unchecked_singular(noun)
    if found is not None and _nominalized_infinitive(noun):
        # A nominalized infinitive (das Schauen, das Bestehen) is its own lemma, whatever
        # plural it spells (die Schauen) or hides ("Best|ehen"). Asked last: HanTa's
        # analysis of a word alone costs more than the noun lexicon's look-ups, and where
        # those find nothing the answer is None either way.
        return None
    return found


def _unchecked_singular(noun: str) -> str | None:
    """`wiktionary_singular` before its nominalized-infinitive check."""
    first, _, head = noun.rpartition("-")
    return _listed_singular(noun, first + "-" if first else "", head)


def _listed_compound_of_plural(first: str, part: str) -> bool:
    """Whether the noun lexicon lists the compound of `first` and the singular of the plural
    `part` as a noun: a first part that is no word alone, having dropped its -e as German
    first parts do (Bagatell- of Bagatelle, Schul- of Schule), is a part where the lexicon
    lists the whole singular ("Bagatellfälle": der Bagatellfall)."""
    return any(nouns.entries(first + single.lower()) for single in nouns.lemmas_of(part))


def _nominalized_infinitive(noun: str) -> bool:
    """Whether HanTa's lexicon reads the noun (after its last hyphen) alone as an infinitive."""
    head = noun.rpartition("-")[2].lower()
    return lexicon_verb(head) == head


def _listed_singular(noun: str, prefix: str, head: str) -> str | None:
    """`wiktionary_singular` of the noun (`prefix` before its last hyphen, `head` after it)
    from the noun lexicon alone, before its nominalized-infinitive check."""
    for start in range(len(head) - 3):
        part = head[start:]
        if start:
            if len(part) < _MIN_HEAD_PART:
                continue
            part = part[0].upper() + part[1:]
            if not known_first_part(head[:start]) and not _listed_compound_of_plural(
                    head[:start], part):
                continue
        if not part.isalpha():
            continue
        found = nouns.entries(part)
        if any(n.is_common and n.gender for n in found) and not _rarer_unchanged_plural(
                part, found):
            return noun  # a singular of its own
        if any(n.is_common and n.plural_only for n in found) or part in nouns.listed_names():
            return None  # used only in the plural, or a name (Böhmen is no Böhme's plural)
        # Wikidata's lemmas carry no gender or plural: "Stereotype" there is no evidence.
        singulars = [(lemma, n.plurals.index(part)) for lemma in nouns.lemmas_of(part)
                     for n in nouns.entries(lemma) if n.is_common and part in n.plurals]
        if singulars:
            # The singular whose first plural the form is (Medien: Medium, not Media, whose
            # third it is), then the one German uses most.
            single = min(singulars, key=lambda s: (s[1], -known(s[0])))[0]
            if not known(single):
                return None
            sharp = part.replace("ss", "ß")
            if sharp != part and known(sharp) > known(single) and any(
                    n.is_common and n.gender for n in nouns.entries(sharp)):
                # Swiss German writes ss for ß: "Strasse" is die Straße, far commoner than
                # the plural of der Strass (paste jewels) it also spells; "Busse" stays the
                # plural of Bus, commoner than die Buße.
                return noun
            return prefix + head[:start] + (single if not start else single.lower())
    return None


def _rarer_unchanged_plural(part: str, found: tuple[nouns.Noun, ...]) -> str:
    """The noun whose plural the form is, where the form's own singular entries are masculine,
    spell their plural like their singular (der Alben, die Alben: an elf) and show no
    singular in use, and another noun German uses more than every use of the form together
    (wordfreq) lists it as its first plural (das Album, die Alben): the commonest such noun;
    else "".

    A masculine singular in use shows its genitive in -s, which German writes only for a
    singular: "des Postens" keeps der Posten, though die Post writes "Posten" as its plural;
    wordfreq knows no "Albens" nor "Kantens" (die Kante, die Kanten). A neuter in -en is
    often a material or an activity seldom put in the genitive (das Leinen, "aus Leinen"),
    so its missing genitive shows nothing, and it stays; so does a singular whose plural
    differs (die Güte).
    """
    own = [n for n in found if n.is_common and n.gender]
    if (not own or any(n.plurals != (part,) or n.genders != ("m",) for n in own)
            or known(part + "s") >= _SINGULAR_GENITIVE_ZIPF):
        return ""
    singulars = [lemma for lemma in nouns.lemmas_of(part) if known(lemma) > known(part)
                 and any(n.is_common and n.gender and n.plurals[:1] == (part,)
                         for n in nouns.entries(lemma))]
    return max(singulars, key=known, default="")


def plural_lemma(lemma: str, surface: str) -> str:
    """The dictionary form of a noun the tagger read off a case form, where the noun lexicon
    says the lemma is still a plural or the form belongs to a noun used only in the plural.

    A dative plural adds -n to the plural ("Plattwürmern"), and HanTa may cut only that -n,
    keeping the plural "Plattwürmer": where German Wiktionary gives the form it kept as another
    noun's nominative plural (`wiktionary_singular`), the singular is the lemma (Plattwurm).
    Not for a nominalized adjective, whose lemma Wiktionary writes in the strong masculine
    ("Alliierter", plural "Alliierte"; learner keeps "der/die Alliierte"), nor where the
    singular is also a place, whose residents' noun in -er looks like its plural ("den
    Riedern": the people of Ried). The other way, HanTa cuts a plural-only noun to a
    singular German does not have ("Achtzigerjahren" -> "Achtzigerjahr"): where the written
    form is a case form of a noun Wiktionary lists only in the plural (die Achtzigerjahre,
    die Kosten), and the tagger's lemma is no noun the lexicon lists, or one German writes
    far less often (`_own_sense_plural`: die Tropen, not der Tropus), that plural is the
    lemma."""
    if not surface.replace("-", "").isalpha():
        return lemma
    listed = nouns.singular(surface)
    if (listed and listed != lemma and any(n.plural_only for n in nouns.entries(listed))
            and (not nouns.entries(lemma) or _own_sense_plural(listed, lemma))):
        return listed
    if not nouns.entries(lemma) and lemma[:1].isupper():
        # The tagger's lemma is no noun the lexicon has, and the written form is a case form
        # of exactly one that it has: that noun ("Augenzeugen": HanTa's "Augenzeug", a
        # weak masculine cut like a strong one, is no noun; Wiktionary's Augenzeuge is).
        # Not a nominalized adjective, whose lemma learner writes with -e (see above).
        owners = nouns.lemmas_of(surface)
        # Nor where that noun is also a place: "den Riedern" are the people of Ried, not
        # its reed beds (as above).
        if len(owners) == 1 and owners[0] != lemma and not any(
                nouns.ADJECTIVAL in n.kinds or "Toponym" in n.kinds
                for n in nouns.entries(owners[0])):
            return owners[0]
    if surface != lemma + "n" or not lemma[:1].isupper():
        return lemma
    # `wiktionary_singular`, whose nominalized-infinitive check (a HanTa analysis) can only
    # turn a singular into None, which leaves the lemma as it is too.
    single = _unchecked_singular(lemma)
    if (not single or single == lemma or not (known(single) or nouns.entries(single))
            or _nominalized_infinitive(lemma)):
        return lemma
    # The singular's entries, or those of its last part that the lexicon lists (Platt|wurm).
    last = single.rpartition("-")[2]
    start = _listed_part(last)[0]
    found = nouns.entries(last[start].upper() + last[start + 1:]) if start >= 0 else ()
    if any(nouns.ADJECTIVAL in n.kinds for n in found) or any(
            "Toponym" in n.kinds for n in nouns.entries(last)):
        return lemma
    return single


# A plural-only noun German writes ten times as often as the singular it also spells the plural
# of (1.0 on the Zipf scale) is what a text means by that form: die Tropen (3.24) against der
# Tropus (1.54), a figure of rhetoric; die Masern, die Trümmer, die Alpen. Closer pairs are
# left to the tagger, whose singular is as likely: die Franzosen (4.35) are as a rule the
# plural of der Franzose (3.78), die Zwillinge (3.80) of der Zwilling (3.29).
_OWN_SENSE_PLURAL_MARGIN = 1.0


def _own_sense_plural(plural: str, single: str) -> bool:
    """Whether a noun Wiktionary lists only in the plural (die Tropen) is what its form means,
    not the plural of the singular the tagger chose (der Tropus, whose plural is spelt alike):
    Wiktionary gives such a plural an entry of its own where it has a sense of its own, and
    German writes it far more often than the singular (`_OWN_SENSE_PLURAL_MARGIN`). Not for
    the plurals in -leute, whose singular is the -mann noun (`singular`)."""
    return (not plural.endswith("leute") and single[:1].isupper()
            and known(plural) >= known(single) + _OWN_SENSE_PLURAL_MARGIN)


def plural_only_compound(lemma: str, surface: str) -> str:
    """The written plural where a compound's last part is a noun German Wiktionary lists as
    used only in the plural, and the tagger's singular is a noun no lexicon lists.

    Wiktionary gives a plural an entry of its own where the plural has a sense the singular
    lacks: die Daten (data) besides das Datum, die Daten (date). HanTa lemmatizes the compound
    by its last part's singular ("Nutzerdaten" -> "Nutzerdatum", user + date), which names
    no noun; "die Nutzerdaten" does. The plural's own sense is the one German uses where
    wordfreq sees the plural more often than the singular (Daten 5.0, Datum 4.4); where the
    singular is the commoner word, its plural keeps its sense (Schuld 4.9, Schulden 4.4:
    "Bankschulden" is Bankschuld). A compound whose singular Wiktionary lists (Geburtsdatum,
    Staatsschuld) keeps it, and so does one whose written form is that of a listed
    singular's plural; the plurals in -leute are those of -mann (`singular`).

    In a compound written with a hyphen the last part decides, as it decides the compound's
    gender and number ("Handy-Standortdaten": die Standortdaten; "Kunden-Daten": die Daten)."""
    if lemma == surface or any(n.gender for n in nouns.entries(lemma)):
        return lemma
    lead, hyphen, last = surface.rpartition("-")
    if hyphen and lead and last and lemma.startswith(lead + hyphen):
        own = lemma[len(lead) + 1:]
        plural_only = any(n.plural_only for n in nouns.entries(last))
        if (last != own and last.isalpha() and not last.endswith("leute") and plural_only
                and known(last) > known(own)):
            return surface  # the last part is itself the plural-only noun (Kunden-Daten)
        return lead + hyphen + plural_only_compound(own, last)
    if not surface.isalpha():
        return lemma
    written = surface.removesuffix("n") if surface.endswith(("en", "rn")) else surface
    for form in dict.fromkeys((surface, written)):
        for start in range(3, len(form) - 3):
            if not known_first_part(form[:start]):
                continue
            part = form[start].upper() + form[start + 1:]
            found = nouns.entries(part)
            if not found or all(nouns.WIKIDATA in n.kinds for n in found):
                # Wikidata's lexemes carry no gender or plural, so its listing of a part
                # ("Kommunikationsdaten") tells nothing; a shorter last part may (Daten).
                continue
            single = lemma[start].upper() + lemma[start + 1:] if len(lemma) > start else ""
            if (part.endswith("leute") or nouns.lemmas_of(form)
                    or not any(n.plural_only for n in found)
                    or not lemma.startswith(form[:start]) or known(part) <= known(single)):
                break
            return form
    return lemma


def with_linking_s(lemma: str) -> str:
    """A compound of two nouns written with a hyphen for its missing linking s
    ("Authentifizierung-Methode"), joined as German writes it: Authentifizierungsmethode.
    A noun in -ung, -heit, -keit, -schaft, -ion, -tät or -ling takes the s whenever it is a
    first part (`morphology.S_LINKING_SUFFIXES`). Only where the noun lexicon lists the first
    part as a noun of that suffix's declension (plural in -en, or -e after -ling: English
    "Action", plural Actions, is none), English does not write the first part, and the
    lexicon lists the last part as a common noun."""
    first, hyphen, last = lemma.partition("-")
    if not hyphen or not first.isalpha() or not last.isalpha() or not last[:1].isupper():
        return lemma
    suffix = next((s for s in S_LINKING_SUFFIXES if first.endswith(s)), "")
    plural = first + ("e" if suffix == "ling" else "en")
    if not suffix or not any(n.is_common and plural in n.plurals for n in nouns.entries(first)):
        return lemma
    if wordlists.zipf_frequency(first.lower(), "en") >= _ENGLISH_ZIPF:
        # A first part English writes too may be English, joined with English's hyphen:
        # "Motion-Controller" is no compound on die Motion (a Swiss parliament's motion).
        return lemma
    if not any(n.is_common for n in nouns.entries(last)):
        return lemma
    return first + "s" + last.lower()


def hyphenated_case_form(lemma: str) -> str:
    """The lemma of a hyphenated compound the tagger left as written, where its last part is a
    case form of exactly one noun Wiktionary lists: "E-Mail-Servers" (genitive) is
    "E-Mail-Server". German declines a compound on its last part alone, and HanTa reads a
    hyphenated compound as one word it does not know, so a genitive -s or dative -n stays on.
    Not where the last part is a lemma of its own (die Daten of "Kunden-Daten"), nor where
    its noun declines like an adjective or is a place (see `plural_lemma`)."""
    lead, hyphen, last = lemma.rpartition("-")
    if not (hyphen and lead and last.isalpha() and last[:1].isupper()) or nouns.entries(last):
        return lemma
    owners = nouns.lemmas_of(last)
    if len(owners) != 1 or any(nouns.ADJECTIVAL in n.kinds or n.is_name
                               for n in nouns.entries(owners[0])):
        return lemma
    return lead + hyphen + owners[0]


def adjectival_head(lemma: str) -> bool:
    """Whether a compound in -er ends in a noun that German declines only like an adjective,
    listed by Wiktionary in the strong masculine: "Bundesbeamter" on der Beamte (Wiktionary:
    Beamter), which HanTa gives as the lemma of "Bundesbeamte". Its dictionary form is the
    weak one, "der Bundesbeamte", as for the simple noun. Only where every entry of the last
    part is such a noun (not Alter, also das Alter: "Rentenalter") and Wiktionary lists the
    compound as no noun of its own."""
    if not lemma.endswith("er") or not lemma.isalpha() or any(
            n.gender for n in nouns.entries(lemma)):
        return False
    for start in range(3, len(lemma) - 4):
        if not known_first_part(lemma[:start]):
            continue
        found = nouns.entries(lemma[start].upper() + lemma[start + 1:])
        if found:
            return all(nouns.ADJECTIVAL in n.kinds for n in found)
    return False


def undeclined_adjective_noun(lemma: str, surface: str) -> bool:
    """Whether a noun written as an adjective without an ending is a noun of its own, which
    the tagger took for a nominalized adjective ("Bosnisch" -> "Bosnische"). A nominalized
    adjective always takes an ending (der Bosnische, das Bosnische, ein Bosnischer); the bare
    form is the name of a language or colour (das Bosnisch, das Blau), neuter and without
    plural: "Sie lernt Bosnisch"."""
    return (lemma in (surface, surface + "e") and surface.endswith("isch") and surface[:1].isupper()
            and best_reading(surface.lower()).startswith("ADJ"))


def nominalized_adjective_compound(lemma: str, surface: str) -> str:
    """A compound whose last part is a case form of a nominalized adjective has that noun's
    -e form as its last part: "Parteioberen" is a form of "der Parteiobere" (Wiktionary: der
    Obere, adjectival declension), which HanTa read as a "Parteiober" (der Ober, the waiter,
    whose plural is Ober). Only where the part's form belongs to no other noun."""
    if lemma.endswith("e") or not surface.isalpha() or not surface.endswith(ADJECTIVE_ENDINGS):
        return lemma
    found = _adjectival_compound_lemma(lemma, surface)
    if found != lemma and lexicon_verb(surface.lower()) == surface.lower():
        # A nominalized infinitive is a word of its own ("das Verlinken", not "Ver|linken").
        # Asked last, as HanTa's analysis of a word alone costs more than the look-ups.
        return lemma
    return found


def _adjectival_compound_lemma(lemma: str, surface: str) -> str:
    """`nominalized_adjective_compound` from the lexicons' look-ups alone."""
    for start in range(4, len(surface) - 4):
        if not known_first_part(surface[:start]):
            continue
        part = surface[start].upper() + surface[start + 1:]
        if nouns.entries(part):
            return lemma  # a noun of its own ("Partei|leiter"), or its own lemma
        owners = nouns.lemmas_of(part)
        if owners and all(any(nouns.ADJECTIVAL in n.kinds for n in nouns.entries(owner))
                          for owner in owners):
            stem = owners[0].removesuffix("r") if owners[0].endswith("er") else owners[0]
            return surface[:start] + stem.lower()
        if owners:
            return lemma
    return lemma


# Vowels and their umlauts: a plural in -er or -e with umlaut ("Schlösser", "Würmer") has a
# singular without it.
_UMLAUT_OF = {"ä": "a", "ö": "o", "ü": "u"}


@lru_cache(maxsize=50_000)
def singular(noun: str) -> str:
    """The singular of a plural noun that HanTa's lexicon lists as a lemma of its own
    ("Schlösser", "Seeleute"), or the noun itself.

    Two regular plurals are undone. Compounds in -leute are the plurals of those in -mann
    (Seeleute: Seemann, Kaufleute: Kaufmann), where wordfreq knows that. An -er or -e plural
    whose last vowel is an umlaut (Schlösser, Würmer, Löhne) comes from the singular without
    umlaut and ending, when HanTa's lexicon knows that singular as a noun of its own. Singulars
    that look like such plurals are told apart by their genitive in -s, which German writes
    only for a singular ("des Wählers", "des Stückes"; "Schlössers" is rare), by the verb
    an agent noun is made from (Zähler: zählen, not Zahl), and by the adjective an abstract
    noun in -e is made from (Güte: gut, not Gut). A compound after a hyphen is checked by its
    last part ("NFC-Schlösser").

    German Wiktionary's noun table decides first, where it knows the word or its last part
    (`wiktionary_singular`); the rules above serve the words it does not know.
    """
    regular = not noun.endswith(("e", "er")) or not (
        noun.endswith("leute") or any(u in noun for u in _UMLAUT_OF))
    listed = _unchecked_singular(noun)
    if listed == noun and regular:
        # The noun either way: `wiktionary_singular`'s nominalized-infinitive check (a HanTa
        # analysis) would only hand it to the rules below, which keep it.
        return noun
    if listed is not None and not _nominalized_infinitive(noun):
        return listed
    if regular:
        return noun
    first, _, head = noun.rpartition("-")
    if first:
        first += "-"
    if head.endswith("leute") and len(head) > 5:
        single = head[:-5] + "mann"
        if known(single) >= HEAD_ZIPF or known(single) and (
                nouns.is_noun(single) or _listed_mann_part(single)):
            # A rarer compound ("Versicherungskaufleute") where wordfreq has seen its -mann
            # singular and a noun lexicon lists it, or its last part (Kaufmann).
            return first + single
        return noun
    for ending in ("er", "e"):
        stem = head[: -len(ending)]
        if not head.endswith(ending) or len(stem) < 2 or not head.isalpha():
            continue
        at = max(stem.rfind(u) for u in _UMLAUT_OF)
        if at < 0 or any(c in "aeiouäöü" for c in stem[at + 1:]):
            continue
        single = stem[:at] + _UMLAUT_OF[stem[at]] + stem[at + 1:]
        single = single[0].upper() + single[1:]
        if not known(single):
            return noun
        bare = single.lower()
        # An agent noun's verb may end the compound: "Datenschützer" (schützen).
        verbs = {part + "en" for word in (stem.lower(), bare)
                 for part in (word[i:] for i in range(len(word) - 3))}
        # The genitive is looked up for the word and for each known last part of it
        # ("Einzeltäter": "Täters").
        tails = [head] + [t[0].upper() + t[1:] for t in (head[i:] for i in range(1, len(head) - 3))
                          if known(t[0].upper() + t[1:]) >= HEAD_ZIPF]
        if any(known(t + "s") >= _SINGULAR_GENITIVE_ZIPF for t in tails) or any(
                known(v) >= _AGENT_VERB_ZIPF and lexicon_infinitive(v)
                for v in sorted(verbs)) or (
                ending == "e" and best_reading(bare).startswith("ADJ")):
            # A feminine noun made from an adjective by umlaut and -e is a singular: "die
            # Güte" (gut), not the plural of "das Gut".
            return noun
        readings = word_readings(single)
        if (not readings or readings[0][0] != "NN" or readings[0][1] < GUESSED_SCORE
                or lexicon_lemma(single) != single):
            return noun
        morphemes = shared_tagger().analyze(head, taglevel=3)[1]
        if sum(not tag.startswith("SUF") for _, tag in morphemes) > 1:
            # A closed compound ("Südstädter", "Fußgänger", "Datenschützer") hides its last
            # part's genitive and verb: mostly agent and resident nouns, singular in -er.
            return noun
        return first + single
    return noun


def _listed_mann_part(single: str) -> bool:
    """Whether a compound in -mann ends in a -mann noun the noun lexicon lists with a gender,
    after a first part that is a word ("Versicherungs" + "Kaufmann")."""
    for start in range(3, len(single) - 4):
        part = single[start].upper() + single[start + 1:]
        if known_first_part(single[:start]) and any(n.gender for n in nouns.entries(part)):
            return True
    return False


# The verb of an agent noun is a common word (schützen 4.75, rösten 2.91); rarer "verbs" made
# from a compound's letters are typos HanTa reads as verbs ("lössen").
_AGENT_VERB_ZIPF = 2.5


# A genitive in -s this common (once in 30 million words) shows a singular; the plurals'
# rare hits are typos and names ("Schlössers" 1.07, "Nächte" + s 1.8).
_SINGULAR_GENITIVE_ZIPF = 2.0


def _plural_of_known_head(lemma: str, surface: str) -> bool:
    """Whether the written form is the plural of a compound whose last part the lexicon
    lemmatizes as the tagger did ("Rechtfertigungsversuche": Versuche -> Versuch)."""
    for start in range(3, len(surface) - 3):
        head = surface[start:]
        head = head[0].upper() + head[1:]
        if known_first_part(surface[:start]) and known(head) >= HEAD_ZIPF:
            return lexicon_lemma(head).lower() == lemma[start:].lower()
    return False


# Latin and Greek neuters make their plural in -a: das Pharmazeutikum, die Pharmazeutika; das
# Lexikon, die Lexika.
_CLASSICAL_SINGULAR_ENDINGS = ("um", "on")


def classical_singular(lemma: str) -> str:
    """The singular of a Latin or Greek neuter's plural in -a that the tagger left as the
    lemma ("Pharmazeutika": das Pharmazeutikum), where a noun lexicon lists that singular and
    neither lists the plural as a noun of its own or another noun's form (die Agenda, die
    Basilika stay). Wiktionary's plurals already give most of them (Antibiotika); this serves
    the nouns only Wikidata lists, with no forms."""
    if not lemma.endswith("a") or not lemma.isalpha() or nouns.entries(lemma) or (
            nouns.lemmas_of(lemma)):
        return lemma
    for ending in _CLASSICAL_SINGULAR_ENDINGS:
        single = lemma[:-1] + ending
        if any(n.is_common for n in nouns.entries(single)):
            return single
    return lemma
