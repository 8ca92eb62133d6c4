"""Views given of a thing in words: "the two ministers acknowledged positive progress", "Son hailed
the visit as a milestone", "both leaders reiterated their commitment". With someone to speak them
they are that speaker's, even with no clause after the verb; "casualties underscore the urgency"
is no one's words (a thing underscores, nobody speaks).
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import is_document, is_org_noun
from .persons import PERSON_NOUNS

VIEW_CUES = frozenset(
    "acknowledge hail highlight stress emphasise emphasize underline underscore reaffirm reiterate".split()
)

# Verbs of accusing and condemning ("X blasted the hospitals for ..."), said only by one who can speak.
ACCUSING_VERBS = frozenset(
    "accuse charge blame indict sue criticise criticize condemn slam blast lambast".split()
)
# Of those, verbs also of striking ("The storm slammed the coast"), and the things that strike.
STRIKING_VERBS = frozenset({"slam", "blast"})
STRIKING_THINGS = frozenset(
    "storm hurricane typhoon cyclone tornado wind wave flood fire blaze explosion blast bomb shell missile "
    "rocket quake earthquake car truck vehicle train plane ball shot".split()
)
# Nouns for a force or service that speaks as a body ("police said"), though no organisation's name.
SPEAKING_FORCES = frozenset({"police", "military", "army", "navy"})


def can_speak(subject: Token | None, cue: Token) -> bool:
    """A subject who can speak: a name, a person's pronoun, or a noun for people or a body."""
    if subject is None:
        return cue.dep_ == "conj"  # ("... and reiterated its objection": the first verb's subject)
    if subject.pos_ == "PROPN" or subject.lower_ in {"he", "she", "they", "we", "i"}:
        return True
    named = subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or is_document(subject)
    # ("that customer, the German carmaker Audenhaus, cancelled ...": named beside it)
    named = named or any(c.dep_ == "appos" and c.pos_ in {"PROPN", "NOUN"} for c in subject.children)
    lemma = subject.lemma_.lower()
    return named or lemma in PERSON_NOUNS or lemma in SPEAKING_FORCES or is_org_noun(subject)
