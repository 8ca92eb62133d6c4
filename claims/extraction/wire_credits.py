"""A round-up item closed by a bracket crediting the outlets it draws on, after its last full stop:
"... when police fired on a protest. (Reuters, March 2; AFP, Feb. 28)". What the item tells in its
own voice is those outlets' reporting; the first named is the source. Only done when:
- the bracket is a sentence of its own closing a paragraph of at least one other sentence;
- it holds nothing but names, each perhaps with a date, separated by semicolons (or commas);
- some name in it has a date, or it is one organisation's name alone;
- no word in it is a picture's credit ("AP Photo", "File").
Clauses with a speaker of their own keep it; who someone is stays the report's background."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import credit
from .segment import paragraphs
from .types import AttributedClause, Frame, Sentence

# Words of a picture's or a file's credit, not an outlet's report.
PICTURE_WORDS = frozenset("photo photos image images file video pictured picture graphic map".split())


def outlet_credits(sentence: Sentence) -> list[Token]:
    """The first name of each part of a bracket of outlet credits, or [] if it is not one."""
    span = sentence.span
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or words[0].text != "(" or words[-1].text != ")":
        return []
    inner = words[1:-1]
    if any(t.text in "()" or t.lower_ in PICTURE_WORDS for t in inner):
        return []
    parts: list[list[Token]] = [[]]
    for t in inner:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    names, dated = [], False
    for part in parts:
        name = [t for t in part if t.ent_type_ not in {"DATE", "TIME"} and not t.is_punct]
        dates = [t for t in part if t.ent_type_ in {"DATE", "TIME"}]
        if not name or len(name) > 4 or any(t.pos_ != "PROPN" or not t.text[0].isupper() for t in name):
            return []
        names.append(name[0])
        dated = dated or bool(dates)
    alone = len(parts) == 1 and len(names) == 1 and names[0].ent_type_ == "ORG"
    return names if dated or alone else []


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
