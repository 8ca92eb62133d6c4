"""Seen before: whether two claim texts state the same proposition, on the texts alone.

A match means the same people and bodies, the same numbers and dates and the same polarity, and
much the same content, not just similar words: "The council cut 300 jobs in 2024" matches "In 2024
the council cut 300 jobs" but not "The council cut 30 jobs in 2024", "The county cut 300 jobs in
2024" or "The council did not cut 300 jobs in 2024".

Meant for comparing a new report's claims with claims already in the database: `proposition()`
reads a text once; `keys()` gives the cheap keys (names and numbers) to narrow the candidates with
an index before `same_proposition()` confirms each. No spaCy, no Django: plain string work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dedupe import STOPWORDS, stem

# Words that flip what a statement says ("neither ... nor" flips it once, so "nor" is not here;
# nor are "only"/"single", which narrow a statement instead).
NEGATIONS = frozenset("not no never neither none nobody nothing nowhere without cannot n't".split())

# Number words, to compare "seven calls" with "7 calls".
NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12})

# Scale words and suffixes: "£1.2bn", "3.9m", "12 million".
SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
CURRENCIES = {"£": "gbp", "$": "usd", "€": "eur", "¥": "jpy"}
# Words of units, counted with their number rather than as content.
UNIT_WORDS = frozenset(set(SCALES) | {"per", "cent", "percent", "pounds", "dollars", "euros"})

# Calendar words: a claim dated to March is not one dated to May.
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Capitalised words that open a sentence or a name without being a name themselves.
NOT_NAMES = frozenset(
    "the a an in on at by for of to from as it its this that these those he she his her they their we "
    "our i you if but and or so when while after before since during under over about some many most "
    "all every no not mr mrs ms dr".split()
)

NUMBER = re.compile(
    r"(?P<cur>[£$€¥])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>k|m|mn|bn|tn|thousand|million|billion|"
    r"trillion)?\b\s?(?P<pct>%|per ?cent)?",
    re.IGNORECASE,
)
NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of|the|de|van|von|al)?\s*[A-Z][\w’'-]*)*")
WORD = re.compile(r"[a-z0-9’']+")


@dataclass(frozen=True)
class Proposition:
    """What a claim text says, in comparable parts."""

    names: frozenset[str]  # the last word of each name: "musk" for "Elon Musk" and "Musk"
    # a capitalised word opening the text, which may be a name ("Musk denied") or not ("Prices
    # rose"): it counts as a name when the other text has it as one
    initial: str
    numbers: frozenset[str]  # "7", "12000000 gbp", "40 %"
    dates: frozenset[str]  # years, months, weekdays
    negative: bool
    words: frozenset[str]  # content-word stems, names, numbers and dates left out


def _number_key(match: re.Match) -> str | None:
    raw = match.group("num").replace(",", "")
    value = float(raw)
    scale = (match.group("scale") or "").lower()
    value *= SCALES.get(scale, 1)
    unit = CURRENCIES.get(match.group("cur") or "", "")
    if match.group("pct"):
        unit = "%"
    return f"{value:g} {unit}".strip()


def _numbers_and_years(text: str) -> tuple[set[str], set[str]]:
    numbers, years = set(), set()
    for m in NUMBER.finditer(text):
        raw = m.group("num").replace(",", "")
        if re.fullmatch(r"(1[89]|20)\d\d", raw) and not (
            m.group("cur") or m.group("scale") or m.group("pct")
        ):
            years.add(raw)
        else:
            numbers.add(_number_key(m))
    for word in WORD.findall(text.lower()):
        if word in NUMBER_WORDS:
            numbers.add(f"{NUMBER_WORDS[word]:g}")
    return numbers, years


def _names(text: str) -> tuple[set[str], set[str], str]:
    """(last words of names, every word of them, a capitalised opening word that may be one)."""
    names, name_words, initial = set(), set(), ""
    for m in NAME.finditer(text):
        words = [re.sub(r"[’']s$", "", w).lower() for w in re.split(r"\s+", m.group(0))]
        words = [w for w in words if w not in NOT_NAMES and w not in MONTHS and w not in WEEKDAYS]
        if not words:
            continue
        if m.start() == 0 and len(words) == 1 and not _looks_like_name(m.group(0)):
            initial = words[0]
            continue
        names.add(words[-1])
        name_words |= set(words)
    return names, name_words, initial


def _looks_like_name(word: str) -> bool:
    """A word opening a sentence is surely a name only when written in capitals or CamelCase."""
    return word.isupper() and len(word) > 1 or any(c.isupper() for c in word[1:])


def proposition(text: str) -> Proposition:
    lowered = text.lower().replace("’", "'")
    words = WORD.findall(lowered)
    numbers, years = _numbers_and_years(text)
    names, name_words, initial = _names(text)
    dates = years | {w for w in words if w in MONTHS or w in WEEKDAYS}
    negative = sum(w in NEGATIONS or w.endswith("n't") for w in words) % 2 == 1
    drop = name_words | {initial} | dates | set(NUMBER_WORDS) | NEGATIONS | STOPWORDS | UNIT_WORDS
    bare = [re.sub(r"'s?$", "", w) for w in words]
    content = {stem(w) for w in bare if w not in drop and not w[:1].isdigit()}
    content -= {""}
    return Proposition(
        names=frozenset(names),
        initial=initial,
        numbers=frozenset(numbers),
        dates=frozenset(dates),
        negative=negative,
        words=frozenset(content),
    )


def keys(p: Proposition) -> frozenset[str]:
    """Cheap keys to find candidates by (an index from key to claims): a candidate for the same
    proposition shares at least one name or number."""
    names = p.names | ({p.initial} if p.initial else set())
    return frozenset({f"name:{n}" for n in names} | {f"number:{n}" for n in p.numbers})


# Of the shorter statement's content words, the share the other must have too; and of all their
# content words, the share they must have in common.
MIN_COVER = 0.6
MIN_SHARED = 0.4


def _with_initial(p: Proposition, other: Proposition) -> tuple[frozenset[str], frozenset[str]]:
    """(names, words) of `p`, its opening word counted as a name if `other` names it."""
    if not p.initial:
        return p.names, p.words
    if p.initial in other.names or p.initial == other.initial:
        return p.names | {p.initial}, p.words
    return p.names, p.words | {stem(p.initial)}


def same_proposition(a: str | Proposition, b: str | Proposition) -> bool:
    pa = a if isinstance(a, Proposition) else proposition(a)
    pb = b if isinstance(b, Proposition) else proposition(b)
    names_a, words_a = _with_initial(pa, pb)
    names_b, words_b = _with_initial(pb, pa)
    if pa.negative != pb.negative or names_a != names_b or pa.numbers != pb.numbers:
        return False
    if pa.dates and pb.dates and pa.dates != pb.dates:
        return False
    if not words_a or not words_b:
        return words_a == words_b and bool(names_a or pa.numbers)
    shared = len(words_a & words_b)
    cover = shared / min(len(words_a), len(words_b))
    return cover >= MIN_COVER and shared / len(words_a | words_b) >= MIN_SHARED
