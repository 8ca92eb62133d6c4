"""The speech verb a sentence turns on when the parser made something else its root: "Kemi Obi, the
port's chief, posted on LinkedIn that ..." (the speaker's name made the root), "He went on to add
that ..." (the going on made the root)."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import contents_of, is_cue
from .misparses import SPEECH_LEMMAS
from .segment import doc_text, in_quotes
from .told import GOING_ON_VERBS


def speech_predicate(root: Token) -> Token:
    """The speech verb standing for a sentence's root: "Kemi Obi, the port's chief, posted on LinkedIn that
    ..." (the speaker made the root), "He went on to add that ..." (the going on made the root)."""
    if root.pos_ in {"NOUN", "PROPN"}:
        deps = {"acl"}
    elif root.lemma_.lower() in GOING_ON_VERBS:
        deps = {"xcomp", "advcl"}  # ("took to Twitter to say that ...": a purpose clause)
    else:
        return root
    # (not "took over as CEO after Jobs said he ...": a speech verb with a subject of its own is another's)
    own = {"nsubj", "nsubjpass"} if root.pos_ not in {"NOUN", "PROPN"} else set()
    said = [
        c
        for c in root.children
        if c.dep_ in deps and is_cue(c) and contents_of(c) and not any(g.dep_ in own for g in c.children)
    ]
    # ("went on to describe what had happened to her": no statement; "to say how this showed" is one)
    wh = [
        {s.left_edge.tag_ for s in contents_of(c)} - ({"WRB"} if c.lemma_ in {"say", "add"} else set())
        for c in said
    ]
    return next((c for c, tags in zip(said, wh, strict=True) if not tags & {"WP", "WRB"}), root)


def going_on_to_say(clause: Token) -> bool:
    """ "He went on to say, “it was obvious that ...”": the quotation after a comma hangs on the going
    on; it is what the speech verb under it says."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in GOING_ON_VERBS:
        return False
    saying = next(
        (c for c in head.children if c.dep_ == "xcomp" and c.lemma_ in SPEECH_LEMMAS and c.i < clause.i), None
    )
    if saying is None or any(c.dep_ in {"ccomp", "dobj"} for c in saying.children):
        return False
    last = clause.right_edge
    after = any(c.i > last.i and not c.is_punct for c in head.children)
    if after or not in_quotes(doc_text(last.doc), last.idx, last.idx + 1):
        return False  # ('went on to say, "...," and left the room': more than the quotation follows)
    clause.head = saying
    return True
