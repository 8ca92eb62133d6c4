"""A transcript whose turns a page ran together into one paragraph ("... Thank you for being here,
Senator. RICHARD BLUMENTHAL: Thank you very much for having me. MARTIN: You have been in these
talks ..."): the paragraph is split at each speaker's label in capitals, so each turn is a paragraph
of its own that opens with its label, as a transcript prints it (`transcripts` reads the labels).
Only done when a paragraph holds at least two such labels after a sentence's end.

A page may run a transcript labelled by surnames in ordinary capitals together too, even without a
space after the stop ("Shelton: ... this position?Williams: I think ... another level.Shelton: In
terms of crime ..."): split the same way where the paragraph opens with such a label and at least
two more follow, with two names among them at least.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .types import Block

# A label in capitals after the end of a sentence: "RICHARD BLUMENTHAL:", "RACHEL MARTIN, HOST:".
INLINE_LABEL = re.compile(r"(?<=[.?!”\"] )(?:[A-Z][A-Z.’'-]+ ){0,3}[A-Z][A-Z’'-]{2,}(?:, [A-Z]+)?: (?=\S)")
# At least this many labels make a run-together transcript.
MIN_TURNS = 2
# A surname in ordinary capitals and a colon, opening the paragraph or glued to a sentence's end.
TITLED_OPENING = re.compile(r"^([A-Z][a-z][\w’'-]+): (?=\S)")
TITLED_INLINE = re.compile(r"(?<=[.?!”\"])\s?([A-Z][a-z][\w’'-]+): (?=\S)")


def split_turns(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks, each run-together transcript split into one block per turn (offsets kept)."""
    out: list[Block] = []
    for block in blocks:
        cuts = [m.start() for m in INLINE_LABEL.finditer(block.text)] or _titled_cuts(block.text)
        if len(cuts) < MIN_TURNS or block.is_headline:
            out.append(block)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(block.text)], strict=True):
            lead = len(block.text[a:b]) - len(block.text[a:b].lstrip())
            a += lead
            text = block.text[a:b].rstrip()
            base = block if a == 0 else Block(start=0, end=0, text="")  # (a turn is no headline)
            if text:
                out.append(replace(base, start=block.start + a, end=block.start + a + len(text), text=text))
    return tuple(out)


def _titled_cuts(text: str) -> list[int]:
    """Where each turn after the first starts in a paragraph of turns labelled in ordinary capitals
    (see TITLED_INLINE); none unless the paragraph opens with such a label and two names take turns."""
    opening = TITLED_OPENING.match(text)
    if opening is None:
        return []
    found = list(TITLED_INLINE.finditer(text))
    names = {opening.group(1)} | {m.group(1) for m in found}
    if len(found) < MIN_TURNS or len(names) < 2:
        return []
    return [m.start(1) for m in found]
