"""Numbers and dates in a sentence, read the same way whether written in digits or in words.

"14 months" and "fourteen months", "25%" and "a quarter", "£52 million" and "52m" must compare
equal, and "every quarter of an hour" must compare with "every 20 minutes", so every amount is
read into a `Quantity` with a value, a kind (what it counts) and a qualifier ("more than").
Plain regular expressions over the text: no spaCy, so it is cheap and testable on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words for numbers, as speakers and transcripts write them.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
# Fractions people say instead of percentages ("a quarter", "two thirds").
FRACTIONS = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
# Words before an amount that make it a bound or an estimate rather than an exact figure.
QUALIFIERS = {
    "more than": ">",
    "over": ">",
    "above": ">",
    "at least": ">=",
    "exceeding": ">",
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "up to": "<=",
    "as many as": "<=",
    "as much as": "<=",
    "no more than": "<=",
    "almost": "~",
    "nearly": "~",
    "about": "~",
    "around": "~",
    "roughly": "~",
    "approximately": "~",
    "some": "~",
    "just over": "~",
    "just under": "~",
    "close to": "~",
    "an estimated": "~",
}
# Units that say what is counted; two amounts only compare when their kinds can.
TIME_UNITS = {"minute": 1, "minutes": 1, "hour": 60, "hours": 60}
PERCENT = r"(?:%|\s?per\s?cent\b|\s?percent\b|\s?percentage points?\b|\s?points?\b)"

_WORD_NUMBER = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = r"(?:hundred|thousand|million|billion|bn|mn|m|k|b)\b"
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

NUMBER_RE = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIER})\s+)?"
    r"(?P<cur>[£$€])?\s?"
    rf"(?P<num>{_DIGITS}|(?:\b(?:{_WORD_NUMBER})(?:[\s-]+(?:and\s+)?(?:{_WORD_NUMBER}|hundred|thousand)\b)*))"
    rf"(?:\s?-?(?P<scale>{_SCALE}))?"
    rf"(?P<pct>{PERCENT})?"
    r"(?P<cur2>[\s-]?(?:pounds?|euros?|dollars?)\b)?"
    r"(?:\s(?P<unit>minutes?|hours?)\b)?",
    re.IGNORECASE,
)
FRACTION_RE = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIER})\s+)?"
    r"\b(?:(?P<count>a|an|one|two|three|four|nine|seven)[\s-])?"
    r"(?P<frac>half|halves|thirds?|quarters?|fifths?|tenths?)\b"
    r"(?P<ofhour>\s(?:of\s)?an?\s+hour\b)?",
    re.IGNORECASE,
)
IN_TEN_RE = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIER})\s+)?"
    rf"\b(?P<a>{_WORD_NUMBER}|\d+)\s(?:in|out of)\s(?P<b>{_WORD_NUMBER}|\d+)\b",
    re.IGNORECASE,
)
NOUN_RE = re.compile(r"\s+([a-z]{3,})\b")
MONTH_RE = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r")\b")
# A time of day or a clock reading says when, not how much: left out of amounts.
CLOCK_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """An amount: `value` in base units, `kind` (percent, money, minutes, year, count) and `qual`."""

    value: float
    kind: str
    qual: str = "="
    start: int = 0
    end: int = 0
    noun: str = ""  # the word after a plain count ("18 weeks"), singular

    def compatible(self, other: Quantity) -> bool:
        if self.kind == other.kind:
            return True
        loose = {"count", "money"}
        return self.kind in loose and other.kind in loose

    def same_measure(self, other: Quantity) -> bool:
        """Strictly the same thing measured: a different value then means a different figure."""
        if self.kind != other.kind:
            return False
        if self.kind == "count":
            return bool(self.noun) and self.noun == other.noun
        return True


def _word_value(words: str) -> float | None:
    """ "eighteen hundred and fifty" → 1850, "sixty" → 60, "twenty-two" → 22."""
    total, current = 0, 0
    for part in re.split(r"[\s-]+", words.lower()):
        if part in UNITS:
            current += UNITS[part]
        elif part in TENS:
            current += TENS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part in ("thousand", "million", "billion"):
            total += max(current, 1) * SCALES[part]
            current = 0
        elif part != "and":
            return None
    return float(total + current)


def _number_value(raw: str) -> float | None:
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    return _word_value(raw)


def _kind(match: re.Match, value: float) -> str:
    if match["pct"]:
        return "percent"
    if match["cur"] or match["cur2"]:
        return "money"
    if match["unit"]:
        return "minutes"
    raw = match["num"]
    if raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100 and not match["scale"]:
        return "year"
    return "count"


def _numbers(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    found = []
    for match in NUMBER_RE.finditer(text):
        if _overlaps(match.span("num"), taken):
            continue
        value = _number_value(match["num"])
        if value is None:
            continue
        scale = (match["scale"] or "").lower()
        value *= SCALES.get(scale, 1)
        kind = _kind(match, value)
        if kind == "minutes":
            value *= TIME_UNITS[match["unit"].lower()]
        if kind == "count" and value in (0, 1) and not match["num"][0].isdigit() and not scale:
            continue  # "one of them", "none": a word, not a figure
        qual = QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()), "=")
        noun = ""
        if kind == "count":
            following = NOUN_RE.match(text, match.end())
            noun = following[1].lower().rstrip("s") if following else ""
        found.append(Quantity(value, kind, qual, match.start("num"), match.end(), noun))
    return found


def _fractions(text: str) -> tuple[list[Quantity], list[tuple[int, int]]]:
    found, spans = [], []
    for match in FRACTION_RE.finditer(text):
        if not match["count"] and not match["ofhour"]:
            continue  # "the second quarter" is a period, not a share
        count = (match["count"] or "a").lower()
        share = (1 if count in ("a", "an") else UNITS.get(count, 1)) * FRACTIONS[match["frac"].lower()]
        qual = QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()), "=")
        if match["ofhour"]:
            found.append(Quantity(share * 60, "minutes", qual, match.start(), match.end()))
        else:
            found.append(Quantity(round(share * 100, 1), "percent", qual, match.start(), match.end()))
        spans.append(match.span())
    for match in IN_TEN_RE.finditer(text):
        a, b = _number_value(match["a"]), _number_value(match["b"])
        if a is not None and b:
            qual = QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()), "=")
            found.append(Quantity(round(100 * a / b, 1), "percent", qual, match.start(), match.end()))
            spans.append(match.span())
    return found, spans


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def quantities(text: str) -> tuple[Quantity, ...]:
    """Every amount in `text`, in order; times of day and list numbering are left out."""
    fractions, taken = _fractions(text)
    taken += [m.span() for m in CLOCK_RE.finditer(text)]
    found = fractions + _numbers(text, taken)
    return tuple(sorted(found, key=lambda q: q.start))


def months(text: str) -> frozenset[int]:
    """Months named in the text (capitalised, so "may" the verb is not May the month)."""
    return frozenset(MONTHS[m.lower()] for m in MONTH_RE.findall(text) if m != "May" or _may_is_month(text))


def _may_is_month(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:in|of|from|until|by|since|before|after|on|early|late|mid-?)\s+May\b|\bMay\s+\d", text
        )
    )


def _within(claimed: Quantity, said: Quantity, tolerance: float) -> bool:
    if said.value == claimed.value:
        return True
    low, high = sorted((claimed.value, said.value))
    return high > 0 and (high - low) / high <= tolerance


def agrees(claimed: Quantity, said: Quantity) -> bool:
    """Does the source's amount bear out the claim's? Bounds and estimates allow what they say."""
    if not claimed.compatible(said):
        return False
    if claimed.kind == "year":
        return claimed.value == said.value  # "since 2017" is not "since 2007", nor "at least 2027"
    qual = claimed.qual
    if qual == ">":
        return said.value > claimed.value or (said.qual in (">", ">=") and said.value >= claimed.value)
    if qual == ">=":
        return said.value >= claimed.value
    if qual == "<":
        return said.value < claimed.value or (said.qual in ("<", "<=") and said.value <= claimed.value)
    if qual == "<=":
        return said.value <= claimed.value
    # An estimate on either side ("about a quarter", "nearly six decades") allows a tenth either way.
    tolerance = 0.1 if "~" in (qual, said.qual) else 0.005
    return _within(claimed, said, tolerance)
