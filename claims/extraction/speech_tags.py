"""A quotation closed by "!" or "?" that the parser ends as a sentence of its own, with the speech
tag left as the next one: '"We won the popular vote!" Chamisa, 40, said.' The bare tag says whose
the quotation before it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .crediting import credit
from .cues import contents_of, frame_for_cue, is_cue, speaker_of
from .types import AttributedClause, Sentence

# A speech tag is short: a name, perhaps who they are, and the verb ("Chamisa, 40, said.").
TAG_MAX_WORDS = 10


def _bare_tag(sentence: Sentence) -> bool:
    root = sentence.span.root
    words = [t for t in sentence.span if not t.is_punct]
    return (
        len(words) <= TAG_MAX_WORDS
        and is_cue(root)
        and speaker_of(root) is not None
        and not contents_of(root)
        and not any(c.dep_ in {"dobj", "prep"} and c.lower_ != "in" for c in root.children)
    )


def tagged_after(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each quotation that a bare speech tag follows credited to the tag's speaker."""
    out = list(attributed)
    for before, tag in zip(sentences, sentences[1:], strict=False):
        if before.block_index != tag.block_index or not before.span.text.rstrip().endswith(("”", '"')):
            continue
        if before.span.text.rstrip().rstrip('”"').rstrip()[-1:] not in {"!", "?", "."} or not _bare_tag(tag):
            continue
        frame = replace(frame_for_cue(tag.span.root), direct_quote=True)
        credit(out, [k for k, a in enumerate(out) if a.clause.sentence.index == before.index], frame, tag)
    return out
