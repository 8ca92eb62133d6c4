"""A speaker inside what someone else reports: "The agency announced that it had approved the drug,
Reuters reported" is the agency's announcement, told by Reuters; so is a quotation with its own tag
inside the report's ('"...," he added, Times Live reported'). The inner speaker is nested under the
outer source (cited), and the claim keeps the report's words."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .cues import contents_of, is_cue, subject_of
from .persons import an_age
from .segment import doc_text, in_quotes
from .types import Frame

# Verbs whose subject is put on record as saying something in its own right.
ANNOUNCING = frozenset(
    "announce say state confirm declare reveal disclose report warn admit acknowledge concede tell add "
    "insist claim note explain".split()
)


def speaker_within(pred: Token, frame: Frame | None) -> Frame | None:
    """The outer frame with the reported clause's own speaker nested under it, when the reported
    clause is itself a statement by a named body or person ("the FDA announced that ...")."""
    if frame is None or frame.source is None or not is_cue(pred):
        return frame
    # ("X has called for closer ties, the ministry said": a call made in words, with no clause)
    calls = pred.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in pred.children
    )
    if not calls and (pred.lemma_.lower() not in ANNOUNCING or not contents_of(pred)):
        return frame
    who = subject_of(pred)
    if who is None or who.i == frame.source.i or not (who.pos_ in {"PROPN", "NOUN"} or an_age(who)):
        return frame  # ("the 38-year-old said ..., reports X": an age stands for someone named)
    if in_quotes(doc_text(pred.doc), who.idx, who.idx + len(who)):
        return frame  # someone's quoted words, not the report telling who spoke
    named = who.pos_ == "PROPN" or an_age(who)
    if not named and not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in who.subtree):
        return frame  # "officials said": named only by what they are
    return replace(frame, cited=(*frame.cited, who))


def tag_inside(cue: Token, contents: list[Token]) -> Token | None:
    """'"We never took kickbacks," he added, Times Live reported': the quotation's own tag ("he
    added"), hung on the outer cue beside the quotation, with a subject and nothing said of its own."""
    for tag in contents:
        if tag.dep_ != "parataxis" or not is_cue(tag) or contents_of(tag) or subject_of(tag) is None:
            continue
        quoted = [c for c in contents if c.i < tag.i and c is not tag]
        closing = any(t.is_quote for t in tag.doc[max(0, tag.left_edge.i - 1) : subject_of(tag).i])
        if quoted and tag.i < cue.i and closing:
            return tag
    return None
