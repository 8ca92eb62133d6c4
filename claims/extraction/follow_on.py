"""Sentences that go on with a speaker's account in the report's voice, without a speech verb:
"Leaks would pose multiple risks, experts say. Sources could be endangered, and methods could be
compromised." The second sentence weighs what might happen, as the experts did; the report does not
speculate on its own account.

Carrying an account over is only safe when nothing else could be speaking, so it is done only:
- inside the same paragraph, right after a sentence whose statements all have one speaker (no
  quotation: quotations are followed by `attribute`);
- when the sentence has no attribution of its own, no quotation mark, and no named subject (a
  new named actor is the report telling what happened);
- when every statement in it is hedged with a modal of possibility ("could", "might", "may"):
  a plain fact ("The plant closed in 2019") stays the report's.
A chain of such sentences goes on with the same speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from .segment import OPEN_QUOTES, TOGGLE_QUOTES
from .types import AttributedClause, Frame, Sentence

# Modals that weigh what might happen: the speaker's assessment going on, not a reported fact.
POSSIBILITY_MODALS = frozenset({"could", "might", "may"})

# Clauses telling who someone is: the report's background, never carried (as in attribute.py).
DESCRIPTIONS = frozenset({"relcl", "appos"})


def _statements(clauses: Sequence[AttributedClause]) -> list[AttributedClause]:
    return [a for a in clauses if a.clause.via not in DESCRIPTIONS]


def _one_speaker(clauses: Sequence[AttributedClause]) -> tuple[Frame, Sentence] | None:
    """The single frame every statement of a sentence has, if it is no quotation."""
    statements = _statements(clauses)
    frames = {id(a.frame) for a in statements}
    first = statements[0] if statements else None
    if first is None or first.frame is None or len(frames) != 1 or first.frame.direct_quote:
        return None
    return first.frame, first.frame_sentence


def _hedged(a: AttributedClause) -> bool:
    head = a.clause.head
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in head.children)


def _goes_on(sentence: Sentence, clauses: Sequence[AttributedClause]) -> bool:
    statements = _statements(clauses)
    if not statements or sentence.is_headline or any(a.frame is not None for a in clauses):
        return False
    if any(ch in sentence.span.text for ch in OPEN_QUOTES + TOGGLE_QUOTES):
        return False
    named_subject = any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" for t in sentence.span)
    return not named_subject and all(_hedged(a) for a in statements)


def carry_on(sentences: Sequence[Sentence], out: list[AttributedClause]) -> list[AttributedClause]:
    """`out` with the clauses of sentences that go on with the last speaker's account credited."""
    by_sentence: dict[int, list[int]] = {}
    for k, a in enumerate(out):
        by_sentence.setdefault(a.clause.sentence.index, []).append(k)
    result = list(out)
    for prev, sentence in zip(sentences, sentences[1:], strict=False):
        if prev.block_index != sentence.block_index:
            continue
        before = [result[k] for k in by_sentence.get(prev.index, [])]
        speaker = _one_speaker(before)
        here = by_sentence.get(sentence.index, [])
        if speaker is None or not _goes_on(sentence, [result[k] for k in here]):
            continue
        frame, where = speaker
        for k in here:
            if result[k].clause.via not in DESCRIPTIONS:
                result[k] = AttributedClause(clause=result[k].clause, frame=frame, frame_sentence=where)
    return result
