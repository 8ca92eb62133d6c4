"""The role written in front of a name, by which the report may call the person later: "Senator Mark
Hale" ("the senator"), "Trainer Adam Trinder" ("the trainer"), "Planning Board chairman Ravi Kaul"
("the chairman")."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import ROLE_WORDS, TITLES
from .persons import HONORIFICS


def title_before(name: Token) -> str | None:
    """ "Senator Mark Hale", "Trainer Adam Trinder": the role written as a title in front of a
    full name, by which the report may call them later ("the senator", "the trainer")."""
    before = name.doc[name.left_edge.i : name.i]
    if any(t.lower_ in {"former", "ex", "late"} for t in before):
        return None  # ("Former President Okoro": not the president now)
    words = [t for t in before if t.dep_ == "compound" and t.head.i == name.i]
    first = words[0] if len(words) >= 2 or (words and name.ent_type_ == "PERSON") else None
    role = first.lower_.rstrip(".") if first is not None else ""
    if role not in ROLE_TITLES or not first.text[:1].isupper():
        role = _role_run_into_the_name(name) or ""
    if not role:
        return None
    # ("President Okoro hosted President Mbeki", "Varga is the country's president. ... President Mbeki":
    # a title another name carries, or a role said of someone else, is not this one's alone)
    return None if any(_role_of_another(t, role, name) for t in name.doc) else role


def _role_of_another(t: Token, role: str, name: Token) -> bool:
    if t.lower_ != role or t.head.i == name.i or t.i > 0 and t.doc[t.i - 1].lower_ in {"vice", "deputy"}:
        return False
    titled = t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.text != name.text
    # ("Tom Pike, the chairman of the rival board", "the state's governor, Mike DeWine": another's role)
    glossed = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)
    described = t.dep_ in {"attr", "appos"} and any(c.dep_ in {"poss", "det", "prep"} for c in t.children)
    return titled or glossed or described


# Titles that are also what a person is called later ("the senator"); not "Mr", "Dr", "Sir".
ROLE_TITLES = (TITLES | ROLE_WORDS) - set(HONORIFICS) - set("dr prof sen rep gen col capt sgt".split())


def _role_run_into_the_name(name: Token) -> str | None:
    """ "Planning Board chairman Ravi Kaul", "Acme director Jo Reid": a body's name, then a role in
    lower case run into the person's name."""
    doc, start = name.doc, name.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    role = doc[start - 1] if start >= 2 else None
    if role is None or role.lower_ not in ROLE_TITLES or not role.is_lower or role.head.i != name.i:
        return None
    return role.lower_ if doc[start - 2].pos_ == "PROPN" else None


# Words written before a storm's name: "Typhoon Mangkhut", "Hurricane Irene" name no one who speaks.
STORMS = frozenset("typhoon hurricane cyclone storm".split())


def storm_name(name: Token) -> bool:
    return name.i > 0 and name.doc[name.i - 1].lower_ in STORMS
