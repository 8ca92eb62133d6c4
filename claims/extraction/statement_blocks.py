"""A statement given out in full under a line that introduces it ("Gibson:", "The council released the
following statement:") often runs on over several paragraphs without quotation marks:

    The council released the following statement:
    We are aware of the fire at the depot. We have closed the road.
    Our crews will stay on site overnight.

`quoted_paragraphs` credits the first paragraph under the line. Each paragraph after it that goes on
in the first person ("we", "our", "I", "my"), has no speaker of its own and does not itself end on a
colon is the same speaker's. The statement ends at a paragraph in the third person, one with a
speaker of its own, a quotation, or a new label.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import DESCRIPTIONS, clauses_by_sentence, credit
from .last_accounts import adjacent as next_to
from .last_accounts import goes_on_in_full, in_full
from .quoted_paragraphs import MAX_GAP, first_person, gives_out_a_statement
from .segment import paragraphs, span_text
from .types import AttributedClause, Frame, Sentence


def _ends_on_colon(paragraph: Sequence[Sentence]) -> bool:
    return span_text(paragraph[-1].span).rstrip().endswith(":")


# The statement's speaker speaking of itself: "We expect to reopen the road" is the statement's own.
FIRST_PERSON_SPEAKERS = frozenset({"i", "we"})


def _own_voice(a: AttributedClause) -> bool:
    return a.frame is None or (a.frame.source is not None and a.frame.source.lower_ in FIRST_PERSON_SPEAKERS)


def _introduced(out, indices: list[int], line: Sentence) -> tuple[Frame, Sentence] | None:
    """The frame the line before credited to every statement of the paragraph, if it did."""
    statements = [out[k] for k in indices if out[k].clause.via not in DESCRIPTIONS]
    frames = {id(a.frame) for a in statements}
    first = statements[0] if statements else None
    if first is None or first.frame is None or len(frames) != 1 or first.frame_sentence is None:
        return None
    if first.frame_sentence.index != line.index:
        return None
    return first.frame, line


def _note_surnames(paragraph: Sequence[Sentence], surnames: dict[str, int]) -> None:
    for sentence in paragraph:
        for e in sentence.span.ents:
            if e.label_ == "PERSON" and len(e) > 1 and e[-1].pos_ == "PROPN":
                surnames[e[-1].text] = sentence.index


def _surname_label(paragraph: Sequence[Sentence], surnames: dict[str, int]) -> Token | None:
    """ "Tennant:" alone on its line, the tagger taking the name for a common noun: a label when it
    is the surname of a person the report named before ("Republican Owen Tennant")."""
    words = [t for s in paragraph for t in s.span if not t.is_punct]
    if len(words) != 1 or not words[0].text.istitle() or words[0].text not in surnames:
        return None
    return words[0]


def statements_go_on(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each first-person paragraph that goes on a statement introduced by a line
    ending on a colon given that statement's speaker."""
    out = list(attributed)
    by_sentence = clauses_by_sentence(out)
    grouped = [list(p) for p in paragraphs(sentences)]
    carried: tuple[Frame, Sentence] | None = None
    whole = False  # (a statement given out in full)
    surnames: dict[str, int] = {}
    for n, (before, paragraph) in enumerate(zip(grouped, grouped[1:], strict=False)):
        _note_surnames(before, surnames)
        indices = [k for s in paragraph for k in by_sentence.get(s.index, [])]
        adjacent = next_to(before[-1], paragraph, MAX_GAP)
        if _ends_on_colon(before):
            carried = _introduced(out, indices, before[-1]) if adjacent else None
            whole = carried is not None and in_full(before[-1])  # (it may go on in the third person)
            label = _surname_label(before, surnames) if adjacent and carried is None else None
            if label is not None and first_person(paragraph) and all(_own_voice(out[k]) for k in indices):
                carried = Frame(source=label, role="said", cue=":", direct_quote=True), before[-1]
                credit(out, indices, *carried, unattributed_only=False)
            elif (
                carried is None
                and adjacent
                and (given := _given_in_first_person(before, paragraph, out, indices))
            ):
                carried = given  # ("X released a statement: / I fully confirm ...": its own "I confirm" too)
                credit(out, indices, *carried, unattributed_only=False)
        elif (
            carried is not None
            and adjacent
            and not _ends_on_colon(paragraph)
            and (first_person(paragraph) or whole and goes_on_in_full(paragraph) or _between(grouped, n, out))
            and all(_own_voice(out[k]) for k in indices)
        ):
            credit(out, indices, *carried, unattributed_only=False)
        else:
            carried = None
    return out


def _between(grouped: list[list[Sentence]], n: int, out: list[AttributedClause]) -> bool:
    """ "I fully confirm ... / No Japanese doctor has visited the Pope ... / I am able to confirm ...":
    a line of the statement in no person between two in the first person goes on with it."""
    after = grouped[n + 2] if n + 2 < len(grouped) else None  # (the paragraph after the one at n + 1)
    if after is None or not first_person(after) or not next_to(grouped[n + 1][-1], after, MAX_GAP):
        return False
    by_sentence = clauses_by_sentence(out)
    return all(_own_voice(out[i]) for s in after for i in by_sentence.get(s.index, []))


def _given_in_first_person(before, paragraph, out, indices) -> tuple[Frame, Sentence] | None:
    """The statement a line gave out, when the paragraph after it speaks in the first person only."""
    if not first_person(paragraph) or not all(_own_voice(out[k]) for k in indices):
        return None
    source = gives_out_a_statement(before[-1])
    if source is None:
        return None
    return Frame(
        source=source, role="said", cue=source.head.text, direct_quote=True, cue_index=source.head.i
    ), before[-1]
