"""A relative clause on a thing inside someone's quotation is their words: '"It is about making that
star that represents the region shine brighter," said the manager.' Who someone is stays the
report's background, inside quotation marks or out ("Obi, who chairs the board, said"; '"Tom
Reyes, who owns the block, has done nothing"'); what a thing is or does, said within the marks in
a sentence whose quotation has a speaker, goes with the rest of the quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

from .crediting import clauses_by_sentence
from .segment import doc_text, in_quotes
from .types import AttributedClause, Clause


def _quoted(clause: Clause) -> bool:
    text = doc_text(clause.sentence.span.doc)
    return all(in_quotes(text, t.idx, t.idx + len(t)) for t in clause.tokens if not t.is_punct)


def said_of_a_thing(clause: Clause) -> bool:
    """ "record rates of self-reporting, which shows they are acting early" inside quotation marks:
    a relative clause on a thing is the speaker's words ("Reyes, who owns the block" tells who
    someone is, the report's background)."""
    relative = [t for t in clause.head.children if t.tag_ == "WDT" and t.dep_ in {"nsubj", "nsubjpass"}]
    head = clause.head
    quoted = in_quotes(doc_text(head.doc), head.idx, head.idx + len(head))
    return clause.via == "relcl" and bool(relative) and quoted


def descriptions_in_quotes(attributed: Sequence[AttributedClause]) -> list[AttributedClause]:
    """The clauses with each description spoken inside a quotation given the quotation's speaker."""
    out = list(attributed)
    for indices in clauses_by_sentence(out).values():
        quoted = [
            out[k]
            for k in indices
            # (or a quotation run into a reported clause: 'said it notified customers and “rectified ...”')
            if out[k].frame is not None and out[k].frame.source is not None and _quoted(out[k].clause)
        ]
        if len({id(a.frame) for a in quoted}) != 1:
            continue
        for k in indices:
            a = out[k]
            if a.frame is None and said_of_a_thing(a.clause) and _quoted(a.clause):
                out[k] = AttributedClause(
                    clause=a.clause, frame=quoted[0].frame, frame_sentence=quoted[0].frame_sentence
                )
    return out
