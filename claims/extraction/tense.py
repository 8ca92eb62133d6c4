"""A clause the parser coordinated with a past-tense speech verb, after a comma, that goes on with
what was said because it keeps the tense of the said words, not of the saying: "He said prices
have remained subdued, and the dollar remains high." A report telling its own facts after
"said" narrates them in the past ("..., and the shares fell 5%": the report's, see
`carve.continues_content`); a speaker's words reported in the present tense, followed by a
clause in the present, are one account. Only done when:
- the speech verb is a bare past tense ("said", not "has said");
- what was said is in the present (its verb, or its auxiliary, is a present-tense form);
- the coordinated clause has its own subject, is no speech verb, and its verb is a present-tense
  form itself, or has a modal of the present ("and the company will be working to restore power").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .phrases import has_subject

# Penn tags of a verb in the present tense.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _present(verb: Token) -> bool:
    if verb.tag_ in PRESENT_TAGS:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS for c in verb.children)


def present_sequel(cue: Token, conj: Token, contents: list[Token]) -> bool:
    """Whether `conj`, hung on the speech verb `cue`, goes on with its present-tense `contents`."""
    if not contents or conj.i < max(c.right_edge.i for c in contents) or is_cue(conj):
        return False
    if cue.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in cue.children):
        return False
    return has_subject(conj) and _present_or_future(conj) and all(_present(c) for c in contents)


# Modals of the present ("will be working", "can restore"): the speaker's tense as much as "is".
PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall", "'ll"})


def _present_or_future(verb: Token) -> bool:
    return verb.tag_ in PRESENT_TAGS or any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in PRESENT_MODALS for c in verb.children
    )


def after_an_inserted_tag(cue: Token, conj: Token, contents: list[Token]) -> bool:
    """ "The build-up is a show of force, officials said, but would give the president options":
    a tag set between commas inside the statement, and a verb with no subject of its own after it
    that keeps the statement's tense (an auxiliary, or the present) rather than the tag's past, go
    on with what was said, about its subject. ("..., officials said, and left": the speakers' act.)"""
    if not contents or conj.i < cue.i or has_subject(conj) or is_cue(conj):
        return False
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    end = max(c.right_edge.i for c in contents)
    if speaker is None or speaker.left_edge.i != end + 2 or cue.doc[end + 1].text != ",":
        return False
    if cue.i + 1 >= len(cue.doc) or cue.doc[cue.i + 1].text != ",":
        return False
    return _present(conj) or any(c.dep_ in {"aux", "auxpass"} for c in conj.children)
