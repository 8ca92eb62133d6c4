"""Lines that go on with a quotation opened in an earlier line and closed in a later one.

Copy pasted from a page often breaks a long quotation into lines, one per paragraph, with only the
first opening it and only the last closing it:

    Ana Obi said: “The rains failed twice. We lost half the maize.
    Rain is no longer enough, so we grow sweet potatoes.
    When these crops succeed, it helps a lot.”

Each line is parsed on its own, so the middle one looks like the report's own sentence. A line with
no quotation mark at all, after a line that ends inside a quotation and before the line whose first
mark closes it, is inside that quotation (and so is the closing line up to its mark).
"""

from __future__ import annotations

from collections.abc import Sequence

from .segment import CLOSE_QUOTES, OPEN_QUOTES, TOGGLE_QUOTES, paragraphs, span_text
from .types import Sentence

# How many lines a quotation may run over with no mark of its own before the one that closes it.
MAX_LINES = 8


def _first_mark(text: str) -> str | None:
    """The first quotation mark in `text`, a straight one read by what stands before it: after a
    word it closes ('... to us."'), at the start or after a space or colon it opens ('said: "In')."""
    for k, ch in enumerate(text):
        if ch in OPEN_QUOTES or ch in CLOSE_QUOTES:
            return ch
        if ch in TOGGLE_QUOTES:
            opens = k == 0 or text[k - 1].isspace() or text[k - 1] in "(:[—–-"
            return OPEN_QUOTES[0] if opens else CLOSE_QUOTES[0]
    return None


def lines_inside_quotations(sentences: Sequence[Sentence]) -> dict[int, bool]:
    """The sentences (by index) of such lines, up to and including the one whose mark closes the
    quotation, each with whether the quotation is still open when it ends (all but the last)."""
    grouped = paragraphs(sentences)
    inside: dict[int, bool] = {}
    for k, paragraph in enumerate(grouped):
        if not paragraph[-1].ends_in_quote:
            continue
        run: list[int] = []
        for line in grouped[k + 1 : k + 2 + MAX_LINES]:
            marks = [_first_mark(span_text(s.span)) for s in line]
            closing = next((n for n, m in enumerate(marks) if m is not None), None)
            if closing is None:
                run += [s.index for s in line]
                continue
            if marks[closing] in CLOSE_QUOTES:
                inside |= {i: True for i in run + [s.index for s in line[:closing]]}
                inside[line[closing].index] = False
            break
    return inside
