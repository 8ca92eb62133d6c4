"""Verbs that attribute in one construction only.

"Reports emerged that the minister had resigned", "rumours circulated that ...": a verb of word going
round, with a report or a rumour for its subject and a that-clause, passes on what the reports say;
the reports are the source. "The mayor cited rising costs as the reason for the rise": a reason given
is the statement of the one who gives it, and so is a cause credited ("The chief credited community
policing with the fall in crime"). Anywhere else "emerge", "cite" and "credit" say nothing of anyone's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .persons import is_person_description
from .views import can_speak

# Verbs of word going round, and the nouns for word that goes round.
SPREADING = frozenset({"emerge", "circulate", "surface", "swirl", "spread"})
WORD_GOING_ROUND = frozenset({"report", "rumour", "rumor", "claim", "allegation", "speculation"})


# Nouns for a reason given: "cited rising costs as the reason for the rise".
REASONS = frozenset({"reason", "cause", "factor", "justification", "explanation", "motive"})


def gives_a_reason(verb: Token) -> bool:
    """A reason cited or a cause credited by the verb's subject, or their innocence maintained."""
    return cites_as_a_reason(verb) or credits_with(verb) or pleads_innocence(verb)


# Verbs by which one asserts one's innocence ("continued to profess his innocence").
PLEADING = frozenset("maintain profess protest proclaim assert declare".split())


def pleads_innocence(verb: Token) -> bool:
    """ "The former lawyer continued to profess his innocence": a claim of the one who pleads it
    (not "The court maintained the verdict")."""
    return verb.lemma_.lower() in PLEADING and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "innocence" for c in verb.children
    )


def credits_with(verb: Token) -> bool:
    """ "The chief credited community policing with the fall in crime", "credits the new coach for the
    turnaround": "credit" with an object and "with"/"for" a result, a person or body its subject
    (not "The bank credited the account with $500": a sum is a payment)."""
    if verb.lemma_.lower() != "credit" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_speak(subject, verb) or subject.ent_type_ in {"MONEY", "CARDINAL"}:
        return False
    # (not "The airline credited passengers with vouchers": a person credited with a thing is paid)
    paid = any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.tag_ == "NNS" or is_person_description(c))
        for c in verb.children
    )
    links = [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in {"with", "for"}]
    # ("credited his players with responding well": what they did, not what they were given)
    results = [g for c in links for g in c.children if not (paid and c.lower_ == "with" and g.dep_ == "pobj")]
    return any(g.dep_ in {"pobj", "pcomp"} and not (g.like_num or g.ent_type_ == "MONEY") for g in results)


def cites_as_a_reason(verb: Token) -> bool:
    """ "cited rising costs as the reason for the rise": "cite" with an object and "as" a reason."""
    if verb.lemma_.lower() != "cite" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # (the parser may hang the "as" on the object's last noun: "cited the need for more staff as reason")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i > verb.i
        and any(g.lemma_.lower() in REASONS for g in c.children)
        and not any(a.pos_ in {"VERB", "AUX"} for a in c.ancestors if a.i != verb.i and verb in a.ancestors)
        for c in verb.subtree
    )


def spread_by_word(verb: Token) -> bool:
    """ "Reports emerged that ...": a verb of word going round, a report for subject, a that-clause."""
    lemma = verb.lemma_.lower()
    if lemma not in SPREADING:
        return False
    said = any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in verb.children
    )
    return said and any(c.dep_ == "nsubj" and c.lemma_.lower() in WORD_GOING_ROUND for c in verb.children)
