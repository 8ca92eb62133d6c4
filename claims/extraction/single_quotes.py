"""Quotations in single quotation marks: British copy quotes its speakers ‘like this’ (or, typed,
'like this'), and American headlines do too ("Mayor says 'no deal'"). The stages read quotations
by their double marks, so a paragraph's single quotation marks are read as double ones before
parsing. Each mark is one character replaced by one character: offsets into the report do not move.

A single mark is also an apostrophe ("the players’ union", "don’t", "’90s"), so only a pair is
a quotation: an opening mark after a space or the start of the line (or a bracket, a dash, a
double mark) and before a letter or figure; closed by the first mark after it that no letter
follows and that ends the quoted words: after a stop or a comma, or after a word that is no
plural's possessive ("the players’ union" goes on inside the quotation). A mark with no such
partner is left as it is (but a curly one opening a paragraph opens a quotation that runs on into
the next), and so is a typed pair inside a typed double quotation. Old wire copy types its
quotation marks as two characters a side (``like this''); they are read as double marks too, and
so are two typed single marks closing a typed double quotation ("Measles spreads easily,'' she said).
"""

from __future__ import annotations

OPENERS = {"‘": ("’", "“", "”"), "'": ("'", '"', '"')}
BEFORE_OPENING = ' \t([{—–-/“"«'
ENDS_QUOTED = ".,!?;:…—–-)"


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before not in BEFORE_OPENING or not after.isalnum():
        return False
    if after == "n" and text[i + 2 : i + 3] in "'’":
        return False  # "Rock 'n' Roll": the "and" clipped, no quotation
    if after in "sS" and not text[i + 2 : i + 3].isalnum():
        return False  # "Tom Cruise 's lawyer": a possessive typed after a space
    # "’90s", "'em": a figure's decade or a clipped word is an apostrophe
    return not (after.isdigit() and text[i + 2 : i + 4].rstrip().endswith("s"))


def _closes(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    if after.isalnum():
        return False  # "don’t", "O’Brien"
    before = text[j - 1]
    if before in ENDS_QUOTED:
        return True
    if before == "s" and after == " " and text[j + 2 : j + 3].islower():
        return False  # "the players’ union": a plural's possessive, followed by what it owns
    return before.isalnum() or before in '”"'


def _two_marks_closing(text: str) -> str:
    """'"It spreads easily,'' Dr. Obi said': two typed single marks after a word or a stop, closing a
    typed double quotation still open, read as one double mark."""
    at = text.find("''")
    while at != -1:
        closes = at and (text[at - 1].isalnum() or text[at - 1] in ENDS_QUOTED)
        if closes and text.count('"', 0, at) % 2 == 1:
            text = text[:at] + '" ' + text[at + 2 :]
        at = text.find("''", at + 2)
    return text


def as_double_quotes(text: str) -> str:
    """`text` with each pair of single quotation marks replaced by double ones."""
    if "``" in text:
        # typewriter copy: ``quoted'' (two characters a side, so two curly marks a side)
        text = text.replace("``", " “").replace("''", "” ")
    if "‘‘" in text:  # ("‘‘has now become part of our rules,’’": two curly single marks a side)
        text = text.replace("‘‘", " “").replace("’’", "” ")
    text = _two_marks_closing(text)
    chars = list(text)
    i = 0
    while i < len(chars):
        mark = chars[i]
        # ('"You will hear me say 'we want help.' That is all," said X.': typed single marks inside a
        # typed double quotation are a quotation within it; read as double marks, they would close it)
        nested = mark == "'" and text.count('"', 0, i) % 2 == 1
        if mark in OPENERS and _opens(text, i) and not nested:
            close, open_as, close_as = OPENERS[mark]
            j = next((k for k in range(i + 1, len(text)) if text[k] == close and _closes(text, k)), None)
            if j is not None:
                chars[i], chars[j] = open_as, close_as
                i = j
            elif mark == "‘" and not text[:i].strip():
                chars[i] = open_as  # ("‘On top of the rain, ..." with no close: a quotation runs on)
        i += 1
    return "".join(chars)
