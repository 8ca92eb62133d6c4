"""A round-up item closed by a bracket crediting the outlets it draws on, after its last full stop:
"... when police fired on a protest. (Reuters, March 2; AFP, Feb. 28)". What the item tells in its
own voice is those outlets' reporting; the first named is the source. Only done when:
- the bracket is a sentence of its own closing a paragraph of at least one other sentence;
- it holds nothing but organisations' names (or agencies' initials), each perhaps with a comma and a
  day of a month, separated by semicolons ("(Smith, 2020)" cites a paper; a place is no outlet);
- some name in it has a date, or it is one name alone ("(Reuters)");
- no word in it is a picture's credit ("AP Photo", "Getty", "File") and no slash joins names.
Clauses with a speaker of their own keep it; who someone is stays the report's background."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import credit
from .quantities import MONTHS
from .segment import paragraphs
from .types import AttributedClause, Frame, Sentence

# Words of a picture's or a file's credit, not an outlet's report.
PICTURE_WORDS = frozenset(
    "photo photos image images file video pictured picture graphic map getty stringer pool".split()
)


def _an_outlet(name: list[Token]) -> bool:
    """An organisation's name, or an agency's initials ("AFP", "PTI"); not a place or a person."""
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) and (
        name[-1].ent_type_ == "ORG" or len(name) == 1 and name[0].is_upper and len(name[0]) >= 2
    )


def outlet_credits(sentence: Sentence) -> list[Token]:
    """The first name of each part of a bracket of outlet credits, or [] if it is not one."""
    span = sentence.span
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or words[0].text != "(" or words[-1].text != ")":
        return []
    inner = words[1:-1]
    if any(t.text in "()/" or t.lower_ in PICTURE_WORDS for t in inner):
        return []
    parts: list[list[Token]] = [[]]
    for t in inner:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    names, dated = [], False
    for part in parts:
        # "Reuters, March 2": a name, then a day of a month (not a year: "(Smith, 2020)" cites a paper)
        comma = next((k for k, t in enumerate(part) if t.text == ","), len(part))
        name, date = part[:comma], part[comma + 1 :]
        if not name or len(name) > 4 or not _an_outlet(name):
            return []
        if date and not (date[0].lower_.rstrip(".") in MONTHS and len(date) <= 3):
            return []
        names.append(name[0])
        dated = dated or bool(date)
    return (
        names if dated or len(parts) == 1 and len(inner) == len(parts[0]) and comma == len(parts[0]) else []
    )


def wire_credited(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses of each paragraph closed by a bracket of outlet credits credited to its first outlet."""
    out = list(attributed)
    for paragraph in paragraphs(sentences):
        outlets = outlet_credits(paragraph[-1]) if len(paragraph) > 1 else []
        if not outlets:
            continue
        frame = Frame(source=outlets[0], role="reported", cue="credited", cue_index=outlets[0].i)
        told = {s.index for s in paragraph[:-1]}
        credit(out, [k for k, a in enumerate(out) if a.clause.sentence.index in told], frame, paragraph[-1])
    return out
