"""The sex a person's given name gives away ("Maria Denholm" is a "she"), from gender-guesser's
lexicon of given names. Only a name the lexicon holds to be one sex's counts; one it calls mostly
one or the other ("Kim", "Sam"), or androgynous, leaves the person's sex open for the pronouns to
settle. Honorifics ("Mr", "Miss") and role nouns ("spokeswoman") are read elsewhere and win.
"""

from __future__ import annotations

from functools import lru_cache

from gender_guesser.detector import Detector

from .name_words import ROLE_WORDS, TITLE_MODIFIERS, TITLES

# Words before a given name that are no name: titles and roles ("Councillor Tom Reyes").
NAME_PREFIXES = TITLES | ROLE_WORDS | TITLE_MODIFIERS

SEXES = {"female": "f", "male": "m"}


@lru_cache(maxsize=1)
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """Whether the lexicon holds `word` ("KENNETH", "Maria") to be one sex's given name."""
    return _detector().get_gender(word.strip(".,")) in SEXES


@lru_cache(maxsize=4096)
def given_name_gender(name: str) -> str | None:
    """ "Maria Denholm" → "f", "Councillor Tom Reyes" → "m", "Reyes" → None: the first word before
    the surname that the lexicon knows (titles in front are not names and are passed over)."""
    words = [w for w in name.split() if w[:1].isupper()]
    for word in words[:-1]:
        found = _detector().get_gender(word.strip(".,"))
        if found != "unknown":
            return _agreed(word.strip(".,"), found)
        if word.lower().strip(".,") not in NAME_PREFIXES:
            return None  # ("Rais Mat Dali": a given name the lexicon does not know; "Mat" is not it)
    return None


# Where the papers this reads come from most: a name one sex's in the world at large may be the
# other's there ("Jan" is a man's name in Europe, mostly a woman's in Britain and the United States).
LOCAL_USAGE = ("usa", "great_britain")
OTHER = {"male": ("female", "mostly_female"), "female": ("male", "mostly_male")}


def _agreed(word: str, found: str) -> str | None:
    """The sex the lexicon gives `word` (`found` in the world at large), unless local usage disagrees."""
    if found not in SEXES or any(_detector().get_gender(word, c) in OTHER[found] for c in LOCAL_USAGE):
        return None
    return SEXES[found]


def sex_of_word(word: str) -> str | None:
    """ "Beverley" → "f": the sex a single given name gives away, if the lexicon holds it to be one's."""
    return _agreed(word.strip(".,"), _detector().get_gender(word.strip(".,")))


def only_a_role(name: str) -> bool:
    """ "Conservative MP", "Labour councillor": capitalised words ending in a role, with no given name
    among them, describe someone; they name no one."""
    words = name.split()
    return words[-1].lower().strip(".,") in TITLES | ROLE_WORDS and not any(is_given_name(w) for w in words)
