"""A sentence between two of one speaker's reported statements goes on with their account:
"Dr Gaber explained that the economy was a main theme. Recommendations focused on food security.
He emphasized that a joint fund would be a shift." The writer names the speaker, tells their view
in the report's words and takes it up again with "he": the sentence between is the economist's.

Only done inside one paragraph, between a sentence whose statements all have one speaker (no
quotation) and the very next one, whose speaker is that one again (the same word, or "he", "she"
or "they" after a name or plural noun); and only for a sentence with no speaker, no quotation mark,
no named subject, no body ("the firm") and no "he"/"she" subject (a new actor, or the speaker's own
doings, are the report telling what happened).
"""

from __future__ import annotations

from collections.abc import Sequence

from .crediting import clauses_by_sentence, credit
from .entities import is_org_noun
from .follow_on import PERSONAL_SUBJECTS, one_speaker
from .segment import OPEN_QUOTES, TOGGLE_QUOTES, span_text
from .types import AttributedClause, Frame, Sentence

SINGULAR_TAKE_UPS = frozenset({"he", "she"})


def _same_speaker(first: Frame, then: Frame) -> bool:
    a, b = first.source, then.source
    if a is None or b is None:
        return False
    if a.lower_ == b.lower_:
        return True
    if b.lower_ in SINGULAR_TAKE_UPS:
        return a.pos_ == "PROPN"
    return b.lower_ == "they" and a.tag_ in {"NNS", "NNPS"}


def _untold(sentence: Sentence, clauses: Sequence[AttributedClause]) -> bool:
    if not clauses or sentence.is_headline or sentence.display or any(a.frame is not None for a in clauses):
        return False
    text = span_text(sentence.span)
    if any(ch in text for ch in OPEN_QUOTES + TOGGLE_QUOTES) or text.rstrip().endswith("?"):
        return False
    # (nor a body for its subject: "The firm has raised $64 million" is what the firm did)
    return not any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and (t.pos_ == "PROPN" or t.lower_ in PERSONAL_SUBJECTS or is_org_noun(t))
        for t in sentence.span
    )


def between_their_words(sentences: Sequence[Sentence], out: list[AttributedClause]) -> list[AttributedClause]:
    """`out` with the clauses of each sentence between two of one speaker's statements credited."""
    by_sentence = clauses_by_sentence(out)
    result = list(out)
    for prev, sentence, after in zip(sentences, sentences[1:], sentences[2:], strict=False):
        if not prev.block_index == sentence.block_index == after.block_index:
            continue
        here = by_sentence.get(sentence.index, [])
        if not _untold(sentence, [result[k] for k in here]):
            continue
        before = one_speaker([result[k] for k in by_sentence.get(prev.index, [])])
        then = one_speaker([result[k] for k in by_sentence.get(after.index, [])])
        if before is not None and then is not None and _same_speaker(before[0], then[0]):
            credit(result, here, *before)
    return result
