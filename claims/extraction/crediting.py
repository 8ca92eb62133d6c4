"""Crediting clauses found to be someone's after the sentence-by-sentence pass: a signed paragraph,
a quotation's tag after it, a list under a speaker's line, quotation paragraphs, follow-on
sentences. Who someone is ("Berg, who ran the bank") stays the report's background everywhere."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .segment import doc_text, in_quotes
from .types import AttributedClause, Frame, Sentence

# Clauses telling who someone is: the report's own background, never credited to a speaker.
DESCRIPTIONS = frozenset({"relcl", "appos"})


def credit(
    out: list[AttributedClause],
    indices: Iterable[int],
    frame: Frame,
    where: Sentence,
    *,
    unattributed_only: bool = True,
) -> None:
    """Give the clauses at `indices` of `out` the frame `frame` (stated in `where`), in place;
    with `unattributed_only`, a clause that already has a speaker keeps it."""
    for k in indices:
        a = out[k]
        if a.clause.via in DESCRIPTIONS or (unattributed_only and a.frame is not None):
            continue
        out[k] = AttributedClause(clause=a.clause, frame=frame, frame_sentence=where)


def clauses_by_sentence(clauses: Sequence[AttributedClause]) -> dict[int, list[int]]:
    """The positions in `clauses` of each sentence's clauses, by sentence index."""
    found: dict[int, list[int]] = {}
    for k, a in enumerate(clauses):
        found.setdefault(a.clause.sentence.index, []).append(k)
    return found


def told_inside_a_quotation(a: AttributedClause) -> bool:
    """'"However, I am worried, with Cllr Tom Vale telling me he would ...': a speech verb inside
    another's quotation opens no quotation, takes none waiting for its speaker, and does not go on
    speaking after it."""
    if a.frame is None or a.frame.cue == "according to":  # (its index is the verb it is hung on)
        return False
    doc, index = a.clause.head.doc, a.frame.cue_index
    cue = doc[index] if index is not None and index < len(doc) else None
    return cue is not None and in_quotes(doc_text(doc), cue.idx, cue.idx + 1)
