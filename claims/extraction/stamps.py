"""Time stamps in front of a line's text, which `clean` cuts off as furniture and keeps the rest."""

from __future__ import annotations

import re

from .furniture import CHROME_LINES, DATE_WORD

# A live blog's or a scrape's time stamp in front of the text: "Update 11:15 a.m. EDT July 17: The
# judge ...", "date 2024-01-04 Storm toll rises". The stamp is furniture; what follows it is the story.
STAMP_LABEL = re.compile(r"^(update|updated|date|dated|posted|published)\b\s*[:,]?\s*", re.IGNORECASE)
# A live blog's bare "Update:" in front of an entry (no time given): a label, the entry its text.
BARE_UPDATE = re.compile(r"^(update|updated|new|breaking)\s*:\s+(?=[A-Z\"“])", re.IGNORECASE)
# A live blog's clock time in front of an entry: "1.37pm: Police say ...", "14:05 BST - The ...".
CLOCK_LABEL = re.compile(
    r"^\d{1,2}(?:[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*[A-Z]{2,4})?"
    r"(?:\s*\([^()]{1,40}\))?"  # ("5:43 PM PT (Dana Reyes): ...": the entry's writer, in brackets)
    r"\s*[:–—-](?:\s+|\?)(?=[A-Z\"“‘'0-9])",  # ("2 p.m. ET:", and "1:05 p.m. ET:?New": a space lost)
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Date words that may stand inside a stamp but never end one ("at", "on").
WEAK_DATE_WORDS = frozenset({"a", "an", "on", "at", "just", "now", "last", "|"})


def stamp_label(line: str) -> int:
    """How many characters of `line` are a time stamp in front of its text (0: none)."""
    if clock := CLOCK_LABEL.match(line):
        return clock.end()
    if bare := BARE_UPDATE.match(line):
        return bare.end()
    m = STAMP_LABEL.match(line)
    if m is None:
        return 0
    end, dated = 0, False
    for word in re.finditer(r"\S+", line[m.end() :]):
        core = word.group().rstrip(",:;")
        if not (DATE_WORD.match(core) or ISO_DATE.match(core)):
            break
        if core.lower() not in WEAK_DATE_WORDS:
            end = m.end() + word.end()
            dated = dated or any(c.isdigit() for c in core)
        if word.group() != core and word.group()[-1] == ":":
            break
    rest = re.match(r"[\s:|–—-]*", line[end:])
    start = end + rest.end()
    if dated and (
        re.fullmatch(r"[a-z]+( [a-z]+)?", line[start:].strip()) or CHROME_LINES.match(line[start:].strip())
    ):
        return len(line)  # "date 2019-05-03 national": a stamp and the page's section, all furniture
    if dated and start >= len(line):
        return len(line)  # "Update 6 p.m.:" alone on its line, over the entry
    if not dated or start >= len(line) or not (line[start].isupper() or line[start] in "\"“'‘"):
        return 0
    return start


# An embedded post's signature closing its text: "... pic.twitter.com/h18cJ — ANI (@ANI) May 3, 2019".
POST_SIGNATURE = re.compile(
    r"\s*(?:pic\.twitter\.com/\S+\s*)?[—–-]+\s*[^()\n]{1,60}?\s*\(@\w{1,30}\)\s*"
    r"[A-Z][a-z]+\.? \d{1,2},? \d{4}\s*$"
)


# A live page's entry stamp glued to the end of its heading: "... is liftedpublished at 00:00 Greenwich
# Mean Time", "... updatedUpdated at 14:05 BST".
TRAILING_STAMP = re.compile(
    r"(?<=\S)(?:published|updated) at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?"  # (glued: no space before it)
    r"(?: (?:Greenwich Mean Time|British Summer Time|[A-Z]{2,4}))?(?: \d{1,2} [A-Z][a-z]+(?: \d{4})?)?\s*$",
    re.IGNORECASE,
)


def post_signature(line: str) -> int:
    """Where an embedded post's signature (or a stamp glued to a heading's end) starts in `line` (-1:
    none); the words before it stay."""
    m = POST_SIGNATURE.search(line) or TRAILING_STAMP.search(line)
    return m.start() if m is not None else -1  # 0: a line that is all signature
