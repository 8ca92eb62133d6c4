"""Step 1, clean: find page furniture so no claim is ever built from it.

Works on lines of the raw text (furniture is a layout phenomenon, not a grammatical one) and
returns (start, end) offsets into the original text; `content_blocks` returns the paragraphs left.
"""

from __future__ import annotations

import re

from .types import Block

# Whole lines that are site chrome: share/reuse/comment widgets, section labels. Matched
# case-insensitively against a stripped line, so a sentence that merely contains "share" is safe.
CHROME_LINES = re.compile(
    r"^(share|share this|share on \w+|reuse this content|source|sources|leave a comment|comments?"
    r"|\d+ comments?|view comments|show comments|advertisement|ad|sponsored|related|related articles?"
    r"|read more|read next|more on this story|most (read|viewed|popular)|topics|tags|sign up|subscribe"
    r"|newsletter|follow us|print|email|copy link|save|listen|skip advertisement"
    r"|explore more on these topics|more on these topics|you might also like|recommended"
    r"|(sign up|subscribe|register) (for|to) [\w ]{0,40}|follow us on [\w ]{0,30}"
    r"|download (our|the) \w+ app)\s*:?$",
    re.IGNORECASE,
)

# Teasers for other articles: "Related: ...", "Read more: ...", "See also: ...".
TEASER_LINES = re.compile(
    r"^(related|read more|read next|see also|more on this story|recommended|most viewed|watch|listen)\s*:",
    re.IGNORECASE,
)

# Age and date stamps the site adds ("This article is more than 1 month old", "Last modified on ...").
STAMP_LINES = re.compile(
    r"^(this article is more than \S+ \w+ old|this article was published \S+ \w+ ago"
    r"|(first published|last modified|last updated|updated|published)( on)? .{0,60}"
    r"|\w+ \d{1,2} \w+ \d{4} \d{1,2}\.\d{2} \w+)\s*$",
    re.IGNORECASE,
)

# Labels that open a topic list; the bullet lines after them belong to the list.
TOPIC_LIST_OPENERS = re.compile(
    r"^(explore more on these topics|more on these topics|topics|tags)\s*:?$", re.I
)

# Bullets used by list markup once flattened to text.
BULLET = re.compile(r"^\s*[•·▪◦*\-–]\s+")

# Picture credits: a caption line ending "Photograph: Name/Agency". The whole line is a caption.
CREDIT = re.compile(
    r"\b(photograph|photo|picture|image|illustration|composite|video|graphic|footage)s?\s*:\s*[^.!?]{2,80}$",
    re.IGNORECASE,
)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of furniture lines: captions, credits, stamps, widgets, topic lists, repeated blocks."""
    furniture: list[tuple[int, int]] = []
    seen: set[str] = set()
    in_topic_list = False
    for raw_start, raw_end in _lines(text):
        start, end = _trim(text, raw_start, raw_end)
        if start == end:
            continue
        line = text[start:end]
        bare = BULLET.sub("", line).strip()
        is_bullet = bool(BULLET.match(line))
        key = " ".join(line.lower().split())
        if TOPIC_LIST_OPENERS.match(bare):
            in_topic_list = True
            furniture.append((start, end))
            continue
        if in_topic_list and is_bullet:
            furniture.append((start, end))
            continue
        in_topic_list = False
        if (
            CHROME_LINES.match(bare)
            or STAMP_LINES.match(bare)
            or TEASER_LINES.match(bare)
            or CREDIT.search(line)
            # a short bullet with no sentence punctuation is navigation, not reporting
            or (is_bullet and len(bare.split()) <= 4 and not bare.endswith((".", "!", "?")))
            # the same block printed twice (headline over the picture and again over the text)
            or key in seen
        ):
            furniture.append((start, end))
        seen.add(key)
    return tuple(furniture)


def content_blocks(text: str, furniture: tuple[tuple[int, int], ...]) -> tuple[Block, ...]:
    """The paragraphs (non-empty lines) that are not furniture, in order; the first is the headline."""
    dropped = set(furniture)
    blocks = []
    for raw_start, raw_end in _lines(text):
        start, end = _trim(text, raw_start, raw_end)
        if start == end or (start, end) in dropped:
            continue
        snippet = text[start:end]
        # the headline is the first block; headlines and standfirsts have no closing full stop
        is_headline = not blocks and not snippet.rstrip("”\"'").endswith((".", "!", "?"))
        blocks.append(Block(start=start, end=end, text=snippet, is_headline=is_headline))
    return tuple(blocks)
