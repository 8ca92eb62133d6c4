"""Views given of a thing in words: "the two ministers acknowledged positive progress", "Son hailed
the visit as a milestone", "both leaders reiterated their commitment". With someone to speak them
they are that speaker's, even with no clause after the verb; "casualties underscore the urgency"
is no one's words (a thing underscores, nobody speaks).
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import is_document, is_org_noun
from .persons import PEOPLE_NOUNS, PERSON_NOUNS

VIEW_CUES = frozenset(
    "acknowledge hail highlight stress emphasise emphasize underline underscore reaffirm reiterate".split()
)

# Verbs of accusing and condemning ("X blasted the hospitals for ..."), said only by one who can speak.
ACCUSING_VERBS = frozenset(
    "accuse charge blame indict sue criticise criticize condemn slam blast lambast".split()
)
# Of those, verbs also of striking ("The storm slammed the coast"), and things that strike.
STRIKING_VERBS = frozenset({"slam", "blast"})
STRIKING_THINGS = frozenset(
    "storm hurricane typhoon cyclone tornado wind wave flood fire blaze explosion blast bomb shell missile "
    "rocket quake earthquake car truck vehicle train plane ball shot".split()
)
# Nouns for a force or service that speaks as a body ("police said"), though no organisation's name.
SPEAKING_FORCES = frozenset({"police", "military", "army", "navy", "opposition", "press", "media", "tabloid"})


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


def strikes(cue: Token, speaker: Token | None) -> bool:
    """ "The storm slammed the coast", "Inflation slammed budgets", "An injury condemned him to a season on
    the bench": a verb of striking or dooming with a thing for its subject says nothing (people, plural
    or not, and bodies do: "Critics slammed the plan", "slammed the hospitals for refusing ...")."""
    lemma = cue.lemma_.lower()
    doomed = lemma == "condemn" and any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children)
    if not (lemma in STRIKING_VERBS or doomed) or speaker is None or speaker.pos_ != "NOUN":
        return False
    said = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"for", "as"}]
    if not doomed and any(all(g.ent_type_ not in {"DATE", "TIME"} for g in c.subtree) for c in said):
        return False  # (not "for a third week")
    people = speaker.tag_ == "NNS" or speaker.lemma_.lower() in PEOPLE_NOUNS
    return speaker.lemma_.lower() in STRIKING_THINGS or not (people or can_speak(speaker, cue))


SORTING = frozenset({"classify", "categorize", "categorise"})


def merely_sorts(cue: Token) -> bool:
    """ "The librarian classified the books as fiction and non-fiction", "The documents were classified
    as top secret": sorting things into kinds, or a thing's grading, says nothing of anyone's; "The
    bureau classified the storm as a super typhoon" puts a judgement on record."""
    if cue.lemma_.lower() not in SORTING:
        return False
    passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in cue.children)
    kinds = [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    return passive or any(t.dep_ == "conj" for k in kinds for t in k.subtree)
