"""Stage 1, clean: find page furniture so no claim is ever built from it.

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

# A news app's prompts to install it or allow its notifications, flattened into the text: "Get the
# app", "Download the Courier News app for breaking news alerts", "Allow notifications", "Turn on
# push notifications", and the buttons under them ("Not now", "Open in app"). A prompt is a short
# line opening with one of these verbs, whose object (names, determiners and the filler words
# below) ends in an app, notifications or alerts, followed at most by a purpose ("for ...").
PROMPT_VERBS = frozenset(
    "get download install open try use update allow enable turn switch sign receive activate".split()
)
PROMPT_FILLERS = frozenset(
    "the our this a an free official mobile new latest on up for push breaking news browser email "
    "instant".split()
)
PROMPT_OBJECTS = frozenset({"app", "apps", "notifications", "notification", "alerts", "alert"})
PROMPT_FOLLOWERS = frozenset({"for", "to", "and", "on", "so", "with", "from", "now", "today", "here"})
PROMPT_BUTTONS = frozenset(
    {
        "not now",
        "no thanks",
        "maybe later",
        "allow",
        "block",
        "don't allow",
        "continue in browser",
        "open in app",
    }
)
APP_PROMPT_MAX_WORDS = 16


def _is_app_prompt(line: str) -> bool:
    words = line.rstrip(".!?").replace("’", "'").split()
    low = [w.lower().strip(",:") for w in words]
    if not words or len(words) > APP_PROMPT_MAX_WORDS:
        return False
    if " ".join(low) in PROMPT_BUTTONS:
        return True
    if low[0] not in PROMPT_VERBS:
        return False
    for k in range(1, len(words)):
        if low[k] in PROMPT_OBJECTS:
            return k + 1 == len(words) or low[k + 1] in PROMPT_FOLLOWERS
        if not (words[k][:1].isupper() or low[k] in PROMPT_FILLERS):
            return False
    return False


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

# Labels that open a list of topics or of links to other articles; the lines after them that are
# not sentences (bullets, topic names, teaser headlines, their timestamps) belong to the list.
TOPIC_LIST_OPENERS = re.compile(
    r"^(explore more on these topics|more on these topics|topics|tags|related topics|related"
    r"|related (articles|stories|content|coverage)|read next|read more|more on this story"
    r"|more from [\w ]{1,30}|most (read|viewed|popular)|you might also like|recommended"
    r"|top stories|also in [\w ]{1,30}|in other news)\s*:?$",
    re.I,
)

# Bylines: "By Tom Ashdown and Priya Raman", "By DEREK HOLLOWAY Associated Press". Only names
# (capitalised words, "and", commas) follow "By", and a byline never ends a sentence.
BYLINE_WORD = r"(?:[A-Z][\w.'’-]*|and|&|in|for|of|the)"
BYLINE = re.compile(rf"^By {BYLINE_WORD}(?:,? {BYLINE_WORD}){{0,9}}$")

# A reporter's job line under the byline: "Political correspondent, BBC News",
# "Hannah Corrigan Health correspondent". The job noun ends the line or is followed by the outlet.
JOB_LINE = re.compile(
    r"^[\w'’ -]{0,50}\b(correspondent|editor|reporter|writer|columnist|contributor|bureau chief|staff)"
    r"(,? (at|for|in)? ?[A-Z][\w' ]{0,40})?$",
    re.IGNORECASE,
)

# Lines that are only a date or time ("March 5, 2024 11:42 AM GMT", "Updated 4:17 PM EDT, March 14,
# 2024") or a relative age ("2 hours ago", "Published 3 days ago"): every word is one of these.
DATE_WORD = re.compile(
    r"^(\d{1,4}(st|nd|rd|th)?|\d{1,2}[:.]\d{2}|am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|cest|edt|est|et|pdt|pst|pt"
    r"|cdt|cst|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?"
    r"|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?"
    r"|sun(day)?|updated|published|posted|last|modified|on|at|ago|seconds?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|months?|years?|an?|just|now|yesterday|today)$",
    re.IGNORECASE,
)

# Picture captions: a label before the caption ("Image caption:", AP's "FILE - ") or an agency
# credit after it ("REUTERS/Name/File Photo", "(AP Photo/Name)", "Getty Images", "Alamy").
CAPTION_OPENERS = re.compile(
    r"^(image caption|media caption|caption|image source|picture caption|file photo|file)\s*[:\-–—]\s", re.I
)
AGENCY_CREDIT = re.compile(
    r"(\((AP|AFP|EPA|Reuters|REUTERS|Xinhua|dpa|PA) (Photo|Images?)[^)]*\)"
    r"|\b(REUTERS|AFP|EPA|ANADOLU|POOL)/\S.*"
    r"|\b(via )?Getty Images|\bAlamy( Stock Photo)?|\bShutterstock|\bPurchase Licensing Rights"
    r"|\bPA (Media|Wire))\s*$"
)

# Credits and notices at the foot of a story: "(Reporting by ...; Editing by ...)", "X contributed
# to this report", copyright lines, the outlet's standards notice, newsletter and privacy blurbs.
FOOTER_LINES = re.compile(
    r"^(\(?(additional )?(reporting|writing|editing|compiled|research|graphics) by\b"
    r"|.{0,80}\bcontributed (reporting )?to this (report|story|article)"
    r"|(copyright|©)\b|.{0,60}\ball rights reserved"
    r"|our standards\s*:|privacy (notice|policy)\s*:|(sign up|subscribe)\b.{0,60}\bnewsletter"
    r"|(sign up|subscribe) (for|to)\b.{0,60}$)",
    re.IGNORECASE,
)

# A wire dateline before the first words of a story: "LONDON, March 5 (Reuters) - ",
# "HARRISBURG, Pa. (AP) — ", "PARIS — ". The place is in capitals; an agency or a long dash follows.
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(,( [A-Z]?[\w.]+){1,3}){0,2}\s*"
    r"(\((Reuters|AP|AFP|Bloomberg|dpa|UPI|AAP|CNN|PA|Xinhua)\)\s*[-—–]+|—|–)\s+"
)

# Section labels before a headline ("Exclusive: ...", "Analysis: ..."): not part of what it says.
HEADLINE_LABEL = re.compile(
    r"^(exclusive|breaking|analysis|explainer|live|update|watch|opinion)\s*:\s+", re.IGNORECASE
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


def _is_sentence(line: str) -> bool:
    return line.rstrip("”\"'’)").endswith((".", "!", "?"))


def _is_date_line(line: str) -> bool:
    words = [w.strip(",") for w in line.split()]
    return bool(words) and all(not w or DATE_WORD.match(w) for w in words) and any(c.isdigit() for c in line)


def _is_name_line(line: str) -> bool:
    """ "Alys Pennant": two to four capitalised words and nothing else (a byline's name line)."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def find_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of furniture lines: captions, credits, stamps, widgets, topic lists, repeated blocks."""
    furniture: list[tuple[int, int]] = []
    seen: set[str] = set()
    in_topic_list = False
    previous: tuple[int, int] | None = None  # the last non-empty line
    first = True
    for raw_start, raw_end in _lines(text):
        start, end = _trim(text, raw_start, raw_end)
        if start == end:
            continue
        line = text[start:end]
        bare = BULLET.sub("", line).strip()
        is_bullet = bool(BULLET.match(line))
        key = " ".join(line.lower().split())
        is_headline, first = first, False
        if TOPIC_LIST_OPENERS.match(bare):
            in_topic_list = True
            furniture.append((start, end))
            continue
        # in a list of topics or links every line that is not a sentence is one of its items
        if in_topic_list and (is_bullet or (not _is_sentence(bare) and len(bare.split()) <= 15)):
            furniture.append((start, end))
            continue
        in_topic_list = False
        job_line = not is_headline and not _is_sentence(bare) and bool(JOB_LINE.match(bare))
        if job_line and previous is not None and _is_name_line(text[previous[0] : previous[1]]):
            # "Alys Pennant" over "Political correspondent, BBC News": the name is byline too
            if previous not in furniture:
                furniture.append(previous)
        if (
            CHROME_LINES.match(bare)
            or _is_app_prompt(bare)
            or STAMP_LINES.match(bare)
            or TEASER_LINES.match(bare)
            or CREDIT.search(line)
            or CAPTION_OPENERS.match(bare)
            or AGENCY_CREDIT.search(line)
            or FOOTER_LINES.match(bare)
            or BYLINE.match(bare)
            or job_line
            or _is_date_line(bare)
            # a short bullet with no sentence punctuation is navigation, not reporting
            or (is_bullet and len(bare.split()) <= 4 and not bare.endswith((".", "!", "?")))
            # the same block printed twice (headline over the picture and again over the text)
            or key in seen
        ):
            furniture.append((start, end))
        else:
            # a wire dateline or a section label in front of the text is furniture; the rest is not
            label = DATELINE.match(line) or (HEADLINE_LABEL.match(line) if is_headline else None)
            if label:
                furniture.append((start, start + label.end()))
        seen.add(key)
        previous = (start, end)
    return tuple(sorted(furniture))


def content_blocks(text: str, furniture: tuple[tuple[int, int], ...]) -> tuple[Block, ...]:
    """The paragraphs (non-empty lines) that are not furniture, in order; the first is the headline."""
    dropped = set(furniture)
    # furniture that only opens a line (a dateline, a label): the block starts after it
    prefix_end = {s: e for s, e in furniture}
    blocks = []
    for raw_start, raw_end in _lines(text):
        start, end = _trim(text, raw_start, raw_end)
        if start == end or (start, end) in dropped:
            continue
        if start in prefix_end and prefix_end[start] < end:
            start = _trim(text, prefix_end[start], end)[0]
        snippet = text[start:end]
        # the headline is the first block; headlines and standfirsts have no closing full stop
        is_headline = not blocks and not snippet.rstrip("”\"'").endswith((".", "!", "?"))
        blocks.append(Block(start=start, end=end, text=snippet, is_headline=is_headline))
    return tuple(blocks)
