"""Numbers, amounts and dates in a claim text, written in any of the ways reports write them, so
two texts can be compared on what they count: "1,400" and "fourteen hundred", "£1.5m" and "one and
a half million pounds", "one in four" and "25%", "a quarter of a percentage point" and "25 basis
points", "4 March 2024" and "March 4, 2024". Plain string work, no parse.
"""

from __future__ import annotations

import re

# Number words.
UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Scale suffixes written onto figures: "£3.9m", "$2bn", "40k".
SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
# Words that stand for a fraction of what follows: "half of the 300 firms", "a third of".
FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
CURRENCY_SIGNS = {"£": "gbp", "$": "usd", "€": "eur", "¥": "jpy"}
CURRENCY_WORDS = {
    "pound": "gbp",
    "pounds": "gbp",
    "dollar": "usd",
    "dollars": "usd",
    "euro": "eur",
    "euros": "eur",
}

# Units of time and measure written after a number: they are part of what is counted.
MEASURES = frozenset(
    "year month week day hour minute second mile kilometre kilometer km metre meter tonne ton kg "
    "gram litre liter degree".split()
)

MONTHS = {
    m: m
    for m in "january february march april may june july august september october november december".split()
}
MONTHS.update(
    {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july"}
)
MONTHS.update({"aug": "august", "sep": "september", "sept": "september", "oct": "october"})
MONTHS.update({"nov": "november", "dec": "december"})
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
ORDINAL_QUARTERS = {"first": "q1", "second": "q2", "third": "q3", "fourth": "q4"}

TOKEN = re.compile(r"q[1-4]\b|[£$€¥]?\d+(?:,\d{3})*(?:\.\d+)?[a-z]*%?|[a-z]+(?:-[a-z]+)*|%", re.IGNORECASE)


def _value(token: str) -> tuple[float, str] | None:
    """(value, currency) of one written figure: "£3.9m" -> (3_900_000, "gbp")."""
    m = re.fullmatch(r"([£$€¥])?(\d[\d,]*(?:\.\d+)?)([a-z]*)(%?)", token, re.IGNORECASE)
    if m is None:
        return None
    value = float(m.group(2).replace(",", ""))
    suffix = m.group(3).lower()
    if suffix in SCALE_SUFFIXES:
        value *= SCALE_SUFFIXES[suffix]
    elif suffix and suffix not in {"st", "nd", "rd", "th", "s"}:
        return value, suffix  # "2.3C", "12km": the unit written onto the figure
    return value, "%" if m.group(4) else CURRENCY_SIGNS.get(m.group(1) or "", "")


def _word_number(words: list[str], k: int) -> tuple[float, int] | None:
    """A number written in words from words[k]: "fourteen hundred", "sixty-one", "one and a half
    million", "forty thousand". Returns (value, number of words read)."""
    total, current, n = 0.0, None, k
    while n < len(words):
        w = words[n]
        parts = w.split("-")
        if all(p in UNITS or p in TENS for p in parts) and current is None:
            current = sum(UNITS.get(p, TENS.get(p, 0)) for p in parts)
        elif w in SCALE_WORDS and current is not None:
            current *= SCALE_WORDS[w]
            if SCALE_WORDS[w] >= 1e3:
                total, current = total + current, None
        elif w == "and" and n + 2 < len(words) and words[n + 1] in {"a", "one"} and words[n + 2] == "half":
            current = (current or 0) + 0.5
            n += 2
        else:
            break
        n += 1
    if current is None and total == 0:
        return None
    return total + (current or 0), n - k


def read_numbers(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(numbers, dates) of a text: each number as "value unit" ("1400", "1.5e+06 gbp", "25 %",
    "0.25 pp"), each date part as a word ("2024", "march", "march-4", "q3")."""
    words = [w.lower() for w in TOKEN.findall(text.replace("’", "'"))]
    numbers: set[str] = set()
    dates: set[str] = set()
    k = 0
    while k < len(words):
        k = _read_at(words, k, numbers, dates)
    return frozenset(numbers), frozenset(dates)


def _unit_after(words: list[str], k: int, currency: str) -> tuple[str, int]:
    """The unit written after a number at words[k:], and how many words it takes."""
    nxt = words[k] if k < len(words) else ""
    if nxt in {"%", "percent"} or (nxt == "per" and k + 1 < len(words) and words[k + 1] == "cent"):
        return "%", 2 if nxt == "per" else 1
    if nxt in {"percentage"} and k + 1 < len(words) and words[k + 1].startswith("point"):
        return "pp", 2
    if nxt == "basis" and k + 1 < len(words) and words[k + 1].startswith("point"):
        return "bp", 2
    if nxt in CURRENCY_WORDS:
        return CURRENCY_WORDS[nxt], 1
    if not currency and nxt.rstrip("s") in MEASURES:
        return nxt.rstrip("s"), 1  # "six years" is not "six months"
    return currency, 0


def _add(numbers: set[str], value: float, unit: str, link: str = "") -> None:
    """A number as "value unit"; one changed "by" or "to" it is also kept with that link, so "to 2%"
    and "by 2%" can be told apart."""
    if unit == "bp":
        value, unit = value / 100, "pp"
    numbers.add(f"{value:g} {unit}".strip())
    if link:
        numbers.add(f"{link} {value:g} {unit}".strip())


def _read_at(words: list[str], k: int, numbers: set[str], dates: set[str]) -> int:
    """Read what stands at words[k] into `numbers` or `dates`; the index after it."""
    w = words[k]
    if w in MONTHS:
        dates.add(MONTHS[w])
        for d in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""):
            if d.isdigit() and 1 <= int(d) <= 31:
                dates.add(f"{MONTHS[w]}-{int(d)}")
        return k + 1
    if w in WEEKDAYS or re.fullmatch(r"q[1-4]", w):
        dates.add(w)
        return k + 1
    if w in ORDINAL_QUARTERS and k + 1 < len(words) and words[k + 1] == "quarter":
        dates.add(ORDINAL_QUARTERS[w])
        return k + 2
    return _read_number(words, k, numbers, dates)


def _read_number(words: list[str], k: int, numbers: set[str], dates: set[str]) -> int:
    w = words[k]
    # "one in four", "a quarter of a percentage point", "half of the 300"
    if w in UNITS and k + 2 < len(words) and words[k + 1] == "in" and words[k + 2] in UNITS:
        _add(numbers, 100 * UNITS[w] / max(1, UNITS[words[k + 2]]), "%")
        return k + 3
    if w in FRACTIONS and k + 1 < len(words) and words[k + 1] == "of":
        rest = words[k + 2 : k + 6]
        if rest[:3] == ["a", "percentage", "point"] or rest[:3] == ["a", "percentage", "points"]:
            _add(numbers, FRACTIONS[w], "pp")
            return k + 5
        whole = next((_value(x) for x in rest if _value(x) is not None), None)
        if whole is not None:
            _add(numbers, whole[0] * FRACTIONS[w], "")
        return k + 2
    value = _value(w)
    read = 1
    if value is None:
        spelled = _word_number(words, k)
        if spelled is None:
            return k + 1
        value, read = (spelled[0], ""), spelled[1]
    elif k + 1 < len(words) and words[k + 1] in SCALE_WORDS:
        value, read = (value[0] * SCALE_WORDS[words[k + 1]], value[1]), 2
    amount, currency = value
    if read == 1 and not currency and float(amount).is_integer() and 1800 <= amount <= 2100 and "," not in w:
        dates.add(str(int(amount)))  # a year
        return k + 1
    if (k and words[k - 1] in MONTHS) or (k + read < len(words) and words[k + read] in MONTHS):
        return k + read  # the day of a date, read with its month
    unit, used = _unit_after(words, k + read, currency)
    after = k + read + used
    # "twelve euros fifty": the pence or cents after the currency word
    if used and words[after - 1] in CURRENCY_WORDS and after < len(words):
        cents = _word_number(words, after) or ((_value(words[after]) or (None,))[0], 1)
        if cents[0] is not None and 0 < cents[0] < 100:
            amount, after = amount + cents[0] / 100, after + cents[1]
    link = words[k - 1] if k and words[k - 1] in {"by", "to"} else ""
    _add(numbers, amount, unit, link)
    return after
