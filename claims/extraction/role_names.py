"""A speaker's name closing a phrase of roles that the parser made the subject.

"Waterway campaigner and founder of Stormwater Shepherds Jo Bradley said ...": the parser may make
the role noun opening the phrase the verb's subject and hang the name closing it on the "of" inside
(or coordinate it with the first role: "Conservative MP and former health minister Dan Poulter"),
so that the speaker would be "waterway campaigner and founder of Stormwater Shepherds Jo Bradley"
and a later "she" nobody. A person's name that closes a subject headed by a bare role noun (no
article, no possessor), right before the verb, is the speaker; the roles before it describe them.
When the tagger ran the body's name and the person's into one ("Stormdrain Alert Helen Morrow"), a
given name inside the run starts the person's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .given_names import is_given_name
from .persons import PERSON_NOUNS

BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
# How many words may follow a given name in a person's name ("Helen Morrow", "Ana de Souza").
SURNAME_WORDS = 2


def name_closing_a_role_phrase(subject: Token) -> None:
    """Make the name closing `subject`'s phrase of roles the verb's subject (see above)."""
    if _name_after_a_bodys_roles(subject):
        return
    doc, name = subject.doc, subject.right_edge
    if (
        subject.dep_ not in {"nsubj", "appos"}
        or subject.pos_ not in {"NOUN", "PROPN"}
        or name.i + 1 >= len(doc)
    ):
        return
    if subject.lemma_.lower() not in PERSON_NOUNS or any(c.dep_ in {"det", "poss"} for c in subject.children):
        return
    # ("Conservative MP and former health minister Dan Poulter": the name a conjunct of the first role)
    if name.pos_ != "PROPN" or name.dep_ not in {"pobj", "conj"} or name == subject:
        return
    if name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.dep_ == "appos":
        return  # ("Senior analysts Aaron Ibbotson and Matthew Leach say": two names, not roles then one)
    verb = subject.head if subject.dep_ == "nsubj" else _verb_after(subject, name)
    if verb is None or subject.i > verb.i or any(t.dep_ not in BETWEEN for t in doc[name.i + 1 : verb.i]):
        return
    if not _person_run_into_a_body(name) and name.ent_type_ != "PERSON":
        return
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "appos"


def _verb_after(roles: Token, name: Token) -> Token | None:
    """ "Responding to the figures, campaigner and founder of X Jo Bradley said ...": the parser may
    hang the roles on the opening phrase's noun as an apposition, leaving the speech verb after the
    name no subject."""
    doc, verb = name.doc, name.doc[name.i + 1]
    while verb.dep_ in BETWEEN and verb.i + 1 < len(doc):
        verb = doc[verb.i + 1]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or doc[roles.left_edge.i - 1].text != ",":
        return None
    return None if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) else verb


def _person_run_into_a_body(name: Token) -> bool:
    """ "Stormdrain Alert Helen Morrow": a given name two words or fewer from the end of a body's name
    starts a person's name; the entities are split there."""
    doc, ent = name.doc, next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if (
        ent is None
        or ent.end != name.i + 1
        or ent.label_ not in {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT"}
        or is_given_name(ent[0].text)
    ):
        return False
    given = next(
        (t for t in doc[max(ent.start + 1, name.i - SURNAME_WORDS) : name.i] if is_given_name(t.text)), None
    )
    if given is None:
        return False
    body = Span(doc, ent.start, given.i, label="ORG")
    doc.ents = [e for e in doc.ents if e != ent] + [body, Span(doc, given.i, ent.end, label="PERSON")]
    return True


def _name_after_a_bodys_roles(subject: Token) -> bool:
    """ "Harlow Foods retail, operations and property director Tara Quell said": a body's name, then
    its person's roles, then the person's name, set by the parser in apposition to the body: the
    person, right before the verb after a role word, speaks."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return False
    name = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if name is None or name.pos_ != "PROPN" or name.right_edge.i != verb.i - 1 or name.left_edge.i < 1:
        return False
    if doc[name.left_edge.i - 1].lemma_.lower() not in PERSON_NOUNS:
        return False  # (a role word right before the name: "director Tara Quell", no comma)
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "nmod"
    return True
