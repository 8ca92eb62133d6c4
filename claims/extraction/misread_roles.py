"""Repairs for a person's role the parser reads as something else, so that the role would speak.

- a role word read as a verb: "Product lead Sara Quint said ...": the tagger may read "lead" as a verb
  whose subject is "Product" and whose object is the name, all a clause before a speech verb with no
  subject; the name is that verb's subject, the words before it its role;
- a name after two roles read as apart from them: "according to chairman and chief executive Alex
  Cruz": the parser may make the first role the head and the name its conjunct, or the name a second
  object beside the roles, so that "chairman and chief executive" would speak; a name right after two
  bare roles joined by "and" is the head, both roles its title ("the chairman and Alex Cruz", with
  an article, are two people, and so are "residents and Mayor Tom Reed");
- a plural's possessive mark read as a quotation mark: "Capital Economics’ senior economist Marcel
  Thieliant said": the tagger reads a curly mark after a plural as punctuation, the parser makes the
  body the subject and the person its apposition, so that the body would speak; the mark is the
  body's possessive, on the role, and the person is the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CUE_ROLES
from .persons import PERSON_NOUNS

# Words for a role that are also verbs ("product lead", "department head", "board chair").
ROLE_VERBS = frozenset({"lead", "head", "chair", "host", "coach", "captain", "manage"})


def role_word_read_as_a_verb(subject: Token) -> None:
    """Make the name after a role word read as a verb the subject of the speech verb after it (see above)."""
    role = subject.head
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or role.i != subject.i + 1:
        return
    if role.lower_ not in ROLE_VERBS or subject.left_edge.i != subject.sent.start:
        return
    verb, name = role.head, next((c for c in role.children if c.dep_ == "dobj"), None)
    if role.dep_ != "ccomp" or verb.lemma_.lower() not in CUE_ROLES or name is None or name.pos_ != "PROPN":
        return
    if name.left_edge.i != role.i + 1 or name.right_edge.i + 1 != verb.i:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    name.head, name.dep_ = verb, "nsubj"
    role.head, role.dep_, role.pos_, role.tag_ = name, "compound", "NOUN", "NN"
    subject.head, subject.dep_ = role, "compound"


def _bare_role(token: Token) -> bool:
    return token.tag_ == "NN" and token.lower_ in PERSON_NOUNS


def name_after_coordinated_roles(conj: Token) -> None:
    """Make the name after "chairman and chief executive" the head, both roles its title (see above)."""
    role, doc = conj.head, conj.doc
    if conj.dep_ != "conj" or not _bare_role(role) or role.dep_ in {"ROOT", "conj"}:
        return
    if any(c.dep_ in {"det", "poss", "compound", "amod"} for c in role.children):
        return
    if not any(c.dep_ == "cc" and c.lower_ == "and" and c.i == role.i + 1 for c in role.children):
        return
    name = conj
    if conj.pos_ != "PROPN":  # (the name a second object beside the roles)
        name = doc[min(conj.right_edge.i + 1, len(doc) - 1)]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if not _bare_role(conj) or name.pos_ != "PROPN" or (name.head, name.dep_) != (role.head, role.dep_):
            return
    if conj.left_edge.i != role.i + 2 or (name is not conj and name.left_edge.i != conj.right_edge.i + 1):
        return
    roles = doc[role.i + 2 : name.left_edge.i if name is not conj else conj.i]
    if name.ent_type_ != "PERSON" or not any(t.is_lower and t.lower_ in PERSON_NOUNS for t in roles):
        return
    if not all(t.is_lower or t.pos_ == "PROPN" for t in roles):
        return
    if any(c.dep_ == "conj" for c in name.children):
        return  # (not "... and his deputy Ida Vell": a second person)
    if name is conj:
        name.head, name.dep_ = role.head, role.dep_
    role.head, role.dep_ = name, "compound"


def possessive_read_as_a_quotation_mark(appos: Token) -> None:
    """Make the person after "Capital Economics’ senior economist" the subject (see above)."""
    body, doc = appos.head, appos.doc
    mark = doc[body.i + 1] if body.i + 1 < len(doc) else None
    if appos.dep_ != "appos" or mark is None or mark.text not in {"’", "'"} or not body.text.endswith("s"):
        return
    if body.dep_ not in {"nsubj", "nsubjpass"} or appos.left_edge.i != mark.i + 1:
        return
    name, role = appos, next((t for t in doc[mark.i + 1 : appos.i] if t.head == appos), None)
    if appos.ent_type_ != "PERSON":  # (the role the apposition, the person the role's: "economist, X")
        named = (c for c in appos.children if c.dep_ == "appos" and c.ent_type_ == "PERSON")
        name, role = next(named, None), appos
    if name is None or role is None or role.lower_ not in PERSON_NOUNS or name.left_edge.i > role.i + 1:
        return
    name.head, name.dep_ = body.head, body.dep_
    role.head, role.dep_ = name, "compound"
    body.head, body.dep_ = role, "poss"
    mark.head, mark.dep_, mark.tag_ = body, "case", "POS"
