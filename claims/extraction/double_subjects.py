"""A speaker's description and name read as two subjects of one verb.

"Qatari political analyst Dr. Abdullah Al-Shammari believes that ...": the parser may make the role
noun ("analyst") one subject of "believes" and the name another; the first would then be the speaker
and the name lost. A bare role noun (no article, no possessor) right before a person's name that is
a subject of the same verb is a title on that name; "Labour councillor for Riverside West, Aoife
Brennan said ..." (the role with a phrase of its own and a comma before the name) describes the name.
"""

from __future__ import annotations

from spacy.tokens import Token


def role_read_as_a_second_subject(subject: Token) -> None:
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return
    if any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
        return
    doc = subject.doc
    name = next(
        (c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i and c.pos_ == "PROPN"),
        None,
    )
    if name is None or name.ent_type_ != "PERSON":
        return
    end = subject.right_edge.i
    if name.left_edge.i == subject.i + 1 and end == subject.i:
        subject.head, subject.dep_ = name, "compound"  # "political analyst Dr. Abdullah Al-Shammari"
    elif name.left_edge.i == end + 2 and doc[end + 1].text == "," and name.i < subject.head.i:
        subject.head, subject.dep_ = name, "appos"  # "councillor for Riverside West, Aoife Brennan said"
