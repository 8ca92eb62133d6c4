"""A broadcast transcript's speaker label in capitals opening a paragraph: "Prof. ROGOFF:", "SIMON:",
"PAVEL DROZDOV, DEPUTY MINISTER OF TRADE:", "SCOTT SIMON, host:" (see `transcripts`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .entities import TITLE_OR_ROLE
from .given_names import is_given_name
from .segment import doc_text
from .types import Sentence

# Words in capitals before a colon that label no speaker ("NOTE:", "UPDATE:", "WATCH:").
NOT_SPEAKERS = frozenset(
    "note update watch photos photo video read more exclusive breaking correction clarification "
    "advertisement related also live sponsored editor's editors source sources".split()
)
SPEAKER_LABEL = re.compile(
    r"^(?P<before>(?:[A-Z][\w.’'-]*\s+){0,3}?)(?P<name>[A-Z]{2,}[A-Z’'-]*)"
    r"(?:(?P<host>,\s*host)|,\s*(?P<role>[A-Z][A-Z.’'&-]+(?:\s+[A-Z.’'&-]+){0,7}))?(?:\s*\([^)]*\))?:(?:\s|$)"
)


def speaker_label(
    sentence: Sentence, named: dict[str, tuple[Token, Sentence]], loose: bool = False
) -> tuple[tuple[Token, Sentence], bool] | None:
    """Whom a speaker's label opening the paragraph names ("Kenneth Rogoff" where the report writes
    it so, else the label's surname), and whether it is the host. A page that ran the turns together
    has them split into paragraphs first (see `turns`)."""
    text = doc_text(sentence.span.doc)
    m = SPEAKER_LABEL.match(text)
    if m is None or m.group("name").lower() in NOT_SPEAKERS:
        return None
    before = m.group("before").split()
    title = before[-1].lower().rstrip(".") in TITLE_OR_ROLE if before else False
    # ("PAVEL DROZDOV, DEPUTY MINISTER OF TRADE:": a name in full with a role in capitals)
    person = bool(before) and (title or is_given_name(before[-1]) or bool(m.group("role")))
    # (loose: a name in full in capitals, "FIFI PIETERS:", where another label is someone's)
    person = person or (loose and 1 <= len(before) <= 2 and all(w.isupper() and w.isalpha() for w in before))
    written = named.get(m.group("name").title())
    if not person and written is None:
        return None
    token = next((t for t in sentence.span.doc if t.idx == m.start("name")), None)
    if token is None:
        return None
    return (written or (token, sentence)), bool(m.group("host"))
