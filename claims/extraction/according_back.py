"""A sentence that says whose the sentence before it was: "Manufacturers have turned to automation,
and their investments show no sign of slowing. / That's according to company executives and
engineers who have seen the growth." So too a passive pointing back: "This was announced by the
8th Army", "This is reported by the ministry's press service" (translated wire copy). What came
before is the named source's (the paragraph before, when the sentence opens its own paragraph; the
sentence before, inside one), and the pointing sentence itself says nothing of its own (sift drops
it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import clauses_by_sentence, credit
from .segment import paragraphs, span_text
from .types import AttributedClause, Frame, Sentence

ACCORDING_BACK = re.compile(
    r"^\W*(that|this)(['’]s| is| was)( all| also)? according to\b"
    r"|^\W*(that|this|it)( is| was| has been)( also)? (reported|announced|stated|said|declared|confirmed"
    r"|noted|disclosed)( on| in| at)?[\w ,]{0,30}? by\b",  # ("This was announced on August 16 by ...")
    re.IGNORECASE,
)


def _source(sentence: Sentence) -> Token | None:
    for by in (t for t in sentence.span if t.dep_ == "agent" and t.lower_ == "by"):
        heard = [g for g in by.children if g.dep_ == "pobj"]
        # ("It was announced by the mayor that ...": what was announced is in the sentence itself)
        own = any(c.dep_ == "ccomp" for c in by.head.children)
        if heard and by.head.dep_ == "ROOT" and not own:
            return heard[0]
    for according in (t for t in sentence.span if t.lower_ == "according"):
        for to in (c for c in according.children if c.lower_ == "to"):
            heard = [g for g in to.children if g.dep_ == "pobj"]
            if heard:
                return heard[0]
    return None


def credited_back(
    sentences: Sequence[Sentence], attributed: list[AttributedClause]
) -> list[AttributedClause]:
    """The clauses before each "That's according to X." in X's voice, when nobody else's."""
    by_sentence = clauses_by_sentence(attributed)
    out = list(attributed)
    grouped = paragraphs(sentences)
    for p, paragraph in enumerate(grouped):
        for s, sentence in enumerate(paragraph):
            if not ACCORDING_BACK.match(span_text(sentence.span)) or (source := _source(sentence)) is None:
                continue
            if s > 0:
                before = [paragraph[s - 1]]
            elif p > 0:
                before = grouped[p - 1]
            else:
                continue
            cue = source.head.head
            role = "reported" if cue.lemma_.lower() in {"report", "disclose"} else "said"
            frame = Frame(source=source, role=role, cue=cue.lower_, cue_index=cue.i)
            indices = [k for b in before for k in by_sentence.get(b.index, [])]
            credit(out, indices, frame, sentence)
    return out
