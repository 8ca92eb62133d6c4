"""Step 2, segment: sentences of a cleaned paragraph, with quotation state carried across them.

Each paragraph is parsed as its own Doc (so the parser never joins a headline to the next line);
`offset` is where that paragraph starts in the original text.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .types import Sentence

# Curly quotes open/close unambiguously; a straight double quote toggles.
OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
TOGGLE_QUOTES = '"'


def quote_depth(text: str) -> int:
    """How many quotations are still open at the end of `text` (never below zero)."""
    depth, straight_open = 0, False
    for ch in text:
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch in TOGGLE_QUOTES:
            straight_open = not straight_open
    return depth + int(straight_open)


def segment(doc: Doc, *, offset: int, block_index: int, first_index: int = 0, is_headline: bool = False):
    """The sentences of one paragraph Doc, numbered from `first_index`."""
    sentences = []
    for n, span in enumerate(doc.sents):
        if not span.text.strip():
            continue
        opens_in_quote = quote_depth(doc.text[: span.start_char]) > 0
        sentences.append(
            Sentence(
                span=span,
                offset=offset,
                index=first_index + n,
                block_index=block_index,
                opens_in_quote=opens_in_quote,
                is_headline=is_headline,
            )
        )
    return tuple(sentences)
