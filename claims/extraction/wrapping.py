"""Hard-wrapped text: wire copy kept in archives and pasted from terminals breaks its lines at a
fixed width, in the middle of sentences ("rose by an annual 1.3 percent in\\nOctober, the
Office for\\nNational Statistics said"). Read line by line, each piece would be a paragraph of its
own and a sentence's speaker would be cut off from what it says; the lines of one paragraph are
joined again before parsing.

A report is taken as hard-wrapped only when several of its lines break off in the middle of a
sentence with the next going on in lower case: a web page's headline, standfirst and captions
also lack a full stop, but the line after them opens a sentence of its own.
"""

from __future__ import annotations

# Lines that go on in lower case after a line that does not end a sentence: this many make a
# hard-wrapped report (one could be a caption over a lower-case brand name).
WRAPPED_BREAKS = 3

# A line this share of the wrap width or longer, with no closing punctuation, was broken by the
# wrapping; a shorter one (a headline, a subhead, a label) ends where its writer ended it.
FULL_LINE_SHARE = 0.6

SENTENCE_ENDS = (".", "!", "?", ":", ";")
CLOSERS = "”\"'’)"


def _ends_sentence(line: str) -> bool:
    return line.rstrip(CLOSERS).endswith(SENTENCE_ENDS)


def _goes_on(line: str) -> bool:
    """A line that carries on a sentence: it opens in lower case or with a figure ("percent", "8.4")."""
    first = line.lstrip()[:1]
    return first.islower() or first.isdigit()


def is_hard_wrapped(lines: list[str]) -> bool:
    pairs = zip(lines, lines[1:], strict=False)
    breaks = sum(1 for above, below in pairs if above and not _ends_sentence(above) and _goes_on(below))
    return breaks >= WRAPPED_BREAKS


def wrapped_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph once the lines broken by the wrapping are joined again.

    `spans` are the report's trimmed, non-empty lines in order; only lines with nothing but one
    line break between them are joined (a blank line always ends a paragraph).
    """
    lines = [text[s:e] for s, e in spans]
    if not spans or not is_hard_wrapped(lines):
        return list(spans)
    width = max(len(line) for line in lines)
    runs = [spans[0]]
    for n, (start, end) in enumerate(spans[1:], start=1):
        above = lines[n - 1]
        adjacent = text[runs[-1][1] : start].count("\n") == 1
        broken = _goes_on(lines[n]) or (not _ends_sentence(above) and len(above) >= FULL_LINE_SHARE * width)
        if adjacent and broken:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def as_one_line(snippet: str) -> str:
    """A joined paragraph's text for the parser: line breaks become spaces (offsets do not move)."""
    return snippet.replace("\r", " ").replace("\n", " ")
