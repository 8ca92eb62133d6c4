"""A live page's heading that says whose the update under it is: "Latest from New Scotland Yard at
15.18", "Update from the fire service:", "Statement from the family". The paragraphs under it, up
to the next heading, are that body's words (a clause with a speaker of its own keeps it); the
heading itself only labels them and is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import clauses_by_sentence, credit
from .segment import paragraphs, span_text
from .types import AttributedClause, Frame, Sentence

FROM_HEADING = re.compile(
    r"^(?:the\s+|an?\s+)?(?:latest|update|updates|statement|message|word|more|news)\s+from\s+", re.IGNORECASE
)
# A heading is short: "Latest from", the name, a time.
HEADING_MAX_TOKENS = 12


def bulletin_source(sentence: Sentence) -> Token | None:
    """Who a "Latest from X" heading says the update is from: the head of the name after "from"."""
    span = sentence.span
    if not sentence.display or len(span) > HEADING_MAX_TOKENS or not FROM_HEADING.match(span_text(span)):
        return None
    frm = next(t for t in span if t.lower_ == "from")
    named = [c for c in frm.children if c.dep_ == "pobj"]
    if not named or not (named[0].pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in named[0].children)):
        return None
    return named[0]


def bulletins(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses under each "Latest from X" heading credited to X; the headings' own dropped."""
    out = list(attributed)
    by_sentence = clauses_by_sentence(out)
    dropped: set[int] = set()
    frame: tuple[Frame, Sentence] | None = None
    for paragraph in paragraphs(sentences):
        indices = [k for s in paragraph for k in by_sentence.get(s.index, [])]
        if paragraph[0].display:
            source = bulletin_source(paragraph[0])
            frame = None if source is None else (Frame(source=source, role="said", cue="from"), paragraph[0])
            dropped.update(indices if frame is not None else [])
        elif frame is not None:
            credit(out, indices, *frame)
    return [a for k, a in enumerate(out) if k not in dropped]
