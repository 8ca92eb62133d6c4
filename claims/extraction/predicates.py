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
    if (framed := framed_by_the_report(root)) is not None:
        return framed
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


# "It is interesting to note that ...", "It should be noted that ...", "It is worth noting that ...": the
# report's own frame on what it goes on to say. Adjectives and verbs of pointing something out.
FRAMING_ADJECTIVES = frozenset(
    "interesting important worth notable noteworthy striking significant clear obvious evident curious "
    "ironic remarkable telling instructive".split()
)
POINTING_OUT = frozenset({"note", "mention", "stress", "emphasise", "emphasize", "remember", "point", "add"})


def framed_by_the_report(root: Token) -> Token | None:
    """The clause the report frames with "It is interesting to note that" or "It should be noted that":
    what it says is stated in the report's voice, and a speech verb in it attributes as in any other
    sentence ("It should be noted that the ministry said ..."). None for any other root."""
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.lower_ == "it" for c in root.children):
        return None
    adjective = any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in FRAMING_ADJECTIVES for c in root.children
    )
    heads = [root] + [c for c in root.children if c.dep_ in {"xcomp", "acomp"}]
    heads += [g for c in heads[1:] for g in c.children if g.dep_ in {"xcomp", "pcomp"}]
    pointing = root.lemma_.lower() in POINTING_OUT and any(c.dep_ == "auxpass" for c in root.children)
    if not (adjective or pointing):
        return None
    for head in heads:
        if head is not root and head.lemma_.lower() not in POINTING_OUT | FRAMING_ADJECTIVES:
            continue
        that = [c for c in head.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)]
        if that:
            return that[0]
    return None
