"""What a page's lost link markup leaves inside a paragraph, blanked out (offsets do not move).

- A name printed twice with no space between, the link's text and its hover card ("Deshorn
  BrownDeshorn Brown came on late"): the second copy is blanked.
- A politician's hover card run into the sentence: the full name with a nickname in brackets, the
  latest headlines about them, and "MORE" ("Sen. Tim ScottTimothy (Tim) Eugene ScottTrump helps raise
  ... MORE (S.C.) said"): blanked from the full name to "MORE".
"""

from __future__ import annotations

import re

# A name of one to three capitalised words, then the same name again with no space between.
_TWICE = re.compile(r"\b(?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2})(?P<again>(?P=name))\b")
# A hover card glued to the name before it: "Timothy (Tim) Eugene Scott... MORE".
_CARD = re.compile(r"(?<=[a-z])[A-Z][a-z]+ \([A-Z][a-z]+\) [^\n]{0,400}? MORE\b")


def blank_link_residue(text: str) -> str:
    """`text` with link residue replaced by spaces, so every offset stays where it was."""
    text = _CARD.sub(lambda m: " " * len(m.group(0)), text)
    return _TWICE.sub(lambda m: m.group("name") + " " * len(m.group("again")), text)
