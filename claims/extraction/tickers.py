"""Lines of other pages' furniture that run several items together: headline tickers
("Mayor opens library ... Bakery to close ... Winter fair in Oak Park") and stamps split by pipes
("By Ann Lee - Valley Herald Oct. 24, 2024 | 06:39 AM | SPRINGFIELD")."""

from __future__ import annotations

import re

# Other stories' headlines run together: "Accused cop killer in court ... Brewery to close ... ".
TICKER_SEPARATORS = re.compile(r"\s*(?:\.{2,}|…)\s*")


def is_ticker_line(line: str) -> bool:
    segments = [seg for seg in TICKER_SEPARATORS.split(line.strip()) if seg.strip()]
    # (each a headline of its own: capitalised; "paused ... then said ...": a sentence's pauses)
    return len(segments) >= 3 and all(len(seg.split()) <= 8 and seg[:1].isupper() for seg in segments)


def is_stamp_with_pipes(line: str) -> bool:
    """ "By Ann Lee - Kentucky Today Oct. 24, 2024 | 06:39 AM | LEXINGTON": byline, outlet, date,
    time, place."""
    segments = [seg.strip() for seg in line.split("|") if seg.strip()]
    timed = any(re.search(r"\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b", seg) for seg in segments)
    short = [len(seg.split()) <= (10 if seg.startswith("By ") else 6) for seg in segments]
    return len(segments) >= 3 and timed and all(short)
