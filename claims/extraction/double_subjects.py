"""A speaker's description and name read as two subjects of one verb.

"Qatari political analyst Dr. Abdullah Al-Shammari believes that ...": the parser may make the role
noun ("analyst") one subject of "believes" and the name another; the first would then be the speaker
and the name lost. A bare role noun (no article, no possessor) right before a person's name that is
a subject of the same verb is a title on that name.
"""

from __future__ import annotations

from spacy.tokens import Token


def role_read_as_a_second_subject(subject: Token) -> None:
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return
    if any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
        return
    after = subject.i + 1
    name = next(
        (c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i and c.pos_ == "PROPN"),
        None,
    )
    if name is None or name.left_edge.i != after or name.ent_type_ != "PERSON":
        return
    if subject.right_edge.i != subject.i:
        return  # "the analyst at the bank, Dr ...": a phrase of its own
    subject.head, subject.dep_ = name, "compound"
