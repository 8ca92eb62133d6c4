"""Speech tags a page set off oddly from their quotation, made the ones the parser knows; offsets
do not move (the same number of characters, the quotation's words in place):

- by a dash, as pages translated from other languages print it: '“I’m afraid they will be
  difficult,” — said Kislyak.' The closing mark moves over the dash to stand right before the tag
  ('...,  ” said Kislyak');
- glued to the closing mark: '"It was a great victory for bus riders,"said committee member Brian
  Flagg.' The comma gives way to the mark and the mark to a space ('... riders" said ...').
"""

from __future__ import annotations

import re

# A closing quotation mark, maybe a comma, a dash, then a speech verb.
_DASHED_TAG = re.compile(
    r"(?P<close>[”\"])(?P<comma>,?)(?P<gap>\s*)[—–](?P<after>\s*)(?=(?:said|says|added|adds|concluded|noted"
    r"|stressed|explained|told|stated|insisted|replied|warned)\b)"
)


# A comma and a closing mark glued to the speech verb after them.
_GLUED_TAG = re.compile(r"[,!?](?P<close>[”\"])(?=(?:said|says|added|adds|told|asked|explained|noted)\b)")


def plain_speech_tags(text: str) -> str:
    """`text` with each dash between a quotation and its speech tag replaced, and each tag glued to
    its quotation set apart (same length)."""
    text = _GLUED_TAG.sub(lambda m: m.group("close") + " ", text)

    def moved(m: re.Match) -> str:
        return m.group("comma") + " " * (len(m.group("gap")) + 1) + m.group("close") + m.group("after")

    return _DASHED_TAG.sub(moved, text)
