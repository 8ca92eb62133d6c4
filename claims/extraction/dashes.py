"""A speech tag set off from its quotation by a dash, as pages translated from other languages
print it: '“I’m afraid they will be difficult,” — said Kislyak.' The closing mark moves over the
dash to stand right before the tag, as the parser and `inverted` know a tag ('...,  ” said
Kislyak'); offsets do not move (the same number of characters, the quotation's words in place).
"""

from __future__ import annotations

import re

# A closing quotation mark, maybe a comma, a dash, then a speech verb.
_DASHED_TAG = re.compile(
    r"(?P<close>[”\"])(?P<comma>,?)(?P<gap>\s*)[—–](?P<after>\s*)(?=(?:said|says|added|adds|concluded|noted"
    r"|stressed|explained|told|stated|insisted|replied|warned)\b)"
)


def undash_tags(text: str) -> str:
    """`text` with each dash between a quotation and its speech tag replaced (same length)."""

    def moved(m: re.Match) -> str:
        return m.group("comma") + " " * (len(m.group("gap")) + 1) + m.group("close") + m.group("after")

    return _DASHED_TAG.sub(moved, text)
