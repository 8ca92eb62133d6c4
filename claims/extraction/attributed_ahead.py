"""A press release's line naming whose words follow: "Please attribute to Detective Inspector Ana
Obi:". The paragraphs after it are that person's, to the release's end: a gap where furniture was
cut ("ENDS", "Issued by ...": more than a blank line between paragraphs), the next headline, or the
next such line. The line itself says nothing of its own (sift drops it, as it drops "That's
according to ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import clauses_by_sentence, credit
from .quoted_paragraphs import MAX_GAP, gives_out_a_statement
from .segment import paragraphs, span_text
from .types import AttributedClause, Frame, Sentence

ATTRIBUTE_TO = re.compile(
    r"^\W*please attribute (?:this |these (?:comments |quotes |remarks )?|the following )?to\b", re.IGNORECASE
)
# Those whose tribute a release may print after the officer's words.
KIN = frozenset(
    "family relative wife husband partner mother father son daughter parent brother sister friend".split()
)


def _named(sentence: Sentence) -> Token | None:
    for to in (t for t in sentence.span if t.lower_ == "to"):
        named = [c for c in to.children if c.dep_ == "pobj"]
        if named:
            return named[0]
    return None


def credited_ahead(
    sentences: Sequence[Sentence], attributed: list[AttributedClause]
) -> list[AttributedClause]:
    """The clauses after each "Please attribute to X:" in X's voice, when nobody else's."""
    by_sentence = clauses_by_sentence(attributed)
    out = list(attributed)
    grouped = paragraphs(sentences)
    for p, paragraph in enumerate(grouped):
        first = paragraph[0]
        if not ATTRIBUTE_TO.match(span_text(first.span)) or (name := _named(first)) is None:
            continue
        frame = Frame(source=name, role="said", cue="attribute to", cue_index=name.head.i)
        end = paragraph[-1]
        for later in grouped[p + 1 :]:
            if later[0].is_headline or later[0].start - end.end > MAX_GAP:
                break
            if ATTRIBUTE_TO.match(span_text(later[0].span)):
                break
            credit(out, [k for s in later for k in by_sentence.get(s.index, [])], frame, first)
            end = later[-1]
            givers = [g for s in later if (g := gives_out_a_statement(s)) is not None]
            if any(g.lemma_.lower() in KIN for g in givers):
                break  # ("His family paid tribute to him today." then the family's words)
    return out
