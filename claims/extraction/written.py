"""Who told people something in writing: "In a company email sent by chairman Tom Vale, employees
were told that layoffs will begin". A passive verb of telling with no agent names those who heard
the words; the one who told them is the one the document they were told in comes from (sent or
written by, or from, someone), or else the document itself ("In a letter to staff, employees were
told that ...": the letter)."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import is_document
from .persons import PEOPLE_NOUNS
from .told import agent_of

# Verbs whose passive subject heard the words, and the verbs by which a document is sent out.
HEARD = frozenset({"tell", "inform", "notify", "warn", "advise", "brief", "assure", "remind", "order"})
SENDING = frozenset({"send", "write", "sign", "issue", "circulate"})


def _author(document: Token) -> Token | None:
    for c in document.children:
        if c.dep_ == "acl" and c.lemma_.lower() in SENDING and (author := agent_of(c)) is not None:
            return author
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            author = next((g for g in c.children if g.dep_ == "pobj"), None)
            named = author is not None and (author.pos_ == "PROPN" or author.ent_type_ in {"PERSON", "ORG"})
            if named or author is not None and author.lemma_.lower() in PEOPLE_NOUNS:
                return author
    return None


def told_in_writing(cue: Token) -> Token | None:
    """The author of the document a passive "were told" was told in, or the document; None if none."""
    if cue.lemma_.lower() not in HEARD:
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"in", "by", "via", "through"}):
        for document in (g for g in prep.children if g.dep_ == "pobj" and is_document(g)):
            return _author(document) or document
    return None
