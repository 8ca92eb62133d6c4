"""Whose account a paragraph of quotation with no speaker goes on with: the one speaker of the
paragraph before it, in its last sentence; or, when that sentence only adds background in the report's
voice naming nobody ("... referring to the earlier deal. Eighteen of those jets were to be delivered in
fly-away condition." then "“By 2014, you couldn't even get these 18 aircraft.”"), in the one before."""

from __future__ import annotations

from collections.abc import Sequence

from .crediting import DESCRIPTIONS
from .types import AttributedClause, Frame, Sentence


def speaker_of(clauses: Sequence[AttributedClause]) -> tuple[Frame, Sentence] | None:
    """The one named speaker of every statement of a sentence, if it has one."""
    statements = [a for a in clauses if a.clause.via not in DESCRIPTIONS]
    speakers = {a.frame.source.i if a.frame and a.frame.source else None for a in statements}
    first = statements[0] if statements else None
    if first is None or first.frame is None or None in speakers or len(speakers) != 1:
        return None
    return first.frame, first.frame_sentence


def last_account(
    paragraph: Sequence[Sentence], clauses: Sequence[Sequence[AttributedClause]]
) -> tuple[Frame, Sentence] | None:
    """The speaker of the paragraph's last sentence, or of the one before a last sentence of background
    (no speaker, no name, no quotation mark, no pronoun of a person)."""
    found = speaker_of(clauses[-1])
    if found is not None or len(paragraph) < 2:
        return found
    last = paragraph[-1]
    if any(a.frame is not None for a in clauses[-1]) or any(_names_or_quotes(t) for t in last.span):
        return None
    return speaker_of(clauses[-2])


def _names_or_quotes(t) -> bool:
    return t.pos_ == "PROPN" or t.is_quote or t.lower_ in {"he", "she", "they", "i", "we", "his", "her"}
