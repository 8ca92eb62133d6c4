"""Stage 2, segment: the sentences of each cleaned paragraph, with where they stand with respect
to quotation marks (a quotation may run over several sentences, and on into the next paragraph).

Each paragraph is parsed as its own Doc (so the parser never joins a headline to the next line);
a sentence's `offset` is where its paragraph starts in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from .types import Block, QaLabel, Sentence

# Curly quotes open/close unambiguously; a straight double quote toggles.
OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
TOGGLE_QUOTES = '"'


def quote_depth(text: str) -> int:
    """How many quotations are still open at the end of `text` (never below zero). A quotation
    opened with one kind of mark and closed with the other (a straight quote closed by a curly
    one, as pasted copy often has) is closed all the same."""
    return _depths(text)[-1]


# A speech tag right after a mark: the mark closes the quotation before it, whichever way it was typed.
CLOSING_TAG = re.compile(r" ?(said|says|added|adds|told|wrote|explained|stated)\b")


@lru_cache(maxsize=512)
def _depths(text: str) -> tuple[int, ...]:
    """The quotation depth after each prefix of `text` (`quote_depth` of text[:k] at index k),
    worked out once per paragraph: the stages ask it of token after token."""
    depth, straight_open, before = 0, False, ""
    out = [0]
    for k, ch in enumerate(text):
        doubled = ch == before and ch in TOGGLE_QUOTES  # ('""El has grown ...," she said': one mark)
        before = ch
        if doubled:
            out.append(out[-1])
            continue
        if ch in OPEN_QUOTES and depth and CLOSING_TAG.match(text, k + 1):
            depth -= 1  # ('“... from the series “said a person ...': an opening mark typed to close)
        elif ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES:
            if depth:
                depth -= 1
            else:
                straight_open = False  # '"Lost," said X' typed with mismatched marks
        elif ch in TOGGLE_QUOTES:
            if straight_open:
                straight_open = False
            elif depth:
                depth -= 1  # opened curly, closed straight
            else:
                # ('... on Wednesday," the minister said': a closing mark whose opening one was lost)
                straight_open = not (k and text[k - 1] in ",.!?" and text[k + 1 : k + 2] in {" ", ""})
        out.append(depth + int(straight_open))
    return tuple(out)


def span_text(span: Span) -> str:
    """A span's text, cut from the doc's (`Span.text` joins its tokens again each time it is read)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_text(doc: Doc) -> str:
    """The doc's text. spaCy's `Doc.text` joins every token again each time it is read, and the
    stages read it for token after token; it is kept with the doc once read."""
    text = doc.user_data.get("claimcheck:text")
    if text is None:
        text = doc.user_data["claimcheck:text"] = doc.text
    return text


def in_quotes(doc_text: str, start: int, end: int) -> bool:
    """Whether the stretch [start, end) of a paragraph lies inside quotation marks."""
    depths = _depths(doc_text)
    return depths[min(max(start, 0), len(depths) - 1)] > 0


def opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in OPEN_QUOTES + TOGGLE_QUOTES


def segment(
    doc: Doc,
    *,
    offset: int,
    block_index: int,
    first_index: int = 0,
    is_headline: bool = False,
    display: bool = False,
    qa: QaLabel = "",
    shifts: tuple[tuple[int, int], ...] = (),
) -> tuple[Sentence, ...]:
    """The sentences of one paragraph Doc, numbered from `first_index`."""
    sentences = []
    paragraph_quoted = opens_with_quote(doc_text(doc))
    for n, span in enumerate(doc.sents):
        if not span_text(span).strip():
            continue
        ends_in_quote = _depths(doc_text(doc))[span.end_char] > 0
        sentences.append(
            Sentence(
                span=span,
                offset=offset,
                index=first_index + n,
                block_index=block_index,
                opens_in_quote=_depths(doc_text(doc))[span.start_char] > 0,
                ends_in_quote=ends_in_quote,
                all_quoted=opens_with_quote(span_text(span)) and not ends_in_quote,
                opens_paragraph_with_quote=paragraph_quoted and not sentences,
                is_headline=is_headline,
                display=display,
                qa=qa,
                shifts=shifts,
            )
        )
    return tuple(sentences)


def segment_report(blocks: Sequence[Block], docs: Sequence[Doc]) -> tuple[Sentence, ...]:
    """Every sentence of the report in reading order, numbered across paragraphs."""
    sentences: list[Sentence] = []
    count = 0
    for block_index, (block, doc) in enumerate(zip(blocks, docs, strict=True)):
        found = segment(
            doc,
            offset=block.start,
            block_index=block_index,
            first_index=count,
            is_headline=block.is_headline,
            display=block.display,
            qa=block.qa,
            shifts=block.shifts,
        )
        count += len(found)
        sentences += found
    return tuple(sentences)


def paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """The sentences grouped by the paragraph (block) they stand in, in order."""
    grouped: list[list[Sentence]] = []
    for s in sentences:
        if grouped and grouped[-1][0].block_index == s.block_index:
            grouped[-1].append(s)
        else:
            grouped.append([s])
    return grouped


# Runs of spaces inside a line ("Says  the  source"): the tagger takes the spare ones for words.
SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
# Two apostrophes closing a quotation opened with a curly mark (a wire feed's ``...'' after conversion):
# "“We didn't think that was appropriate.''" is read with a closing mark.
TWO_APOSTROPHES = re.compile(r"(?<=[^\s'\d])''(?=[\s,.;:!?)]|$)")  # (not a height, "6' 2''")
SQUEEZED = re.compile(f"{SPACES.pattern}|{TWO_APOSTROPHES.pattern}")


def squeezed(block: Block) -> Block:
    """The block with runs of spaces squeezed to one and two closing apostrophes read as one closing
    quotation mark, and where each was shortened (`Block.shifts`)."""
    text = block.text
    if "“" not in text and "  " not in text:
        return block
    found = [m for m in SQUEEZED.finditer(text) if m.group() != "''" or "“" in text[: m.start()]]
    if not found:
        return block
    shifts, dropped, pieces, at = [], 0, [], 0
    for m in found:
        dropped += len(m.group()) - 1
        shifts.append((m.start() + 1 - (dropped - len(m.group()) + 1), dropped))
        pieces += [text[at : m.start()], "”" if m.group() == "''" else " "]
        at = m.end()
    return replace(block, text="".join(pieces) + text[at:], shifts=tuple(shifts))
