"""A quotation closed by "!" or "?" that the parser ends as a sentence of its own, with the speech
tag left as the next one: '"We won the popular vote!" Chamisa, 40, said.' The bare tag says whose
the quotation before it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from .crediting import credit
from .cues import contents_of, frame_for_cue, is_cue, speaker_of
from .segment import span_text
from .types import AttributedClause, Sentence

# A speech tag is short: a name, perhaps who they are, and the verb ("Chamisa, 40, said."); one cut off
# at a comma may say at more length who they are ("Bed Nidi Kfanal, the head of the country's ... said").
TAG_MAX_WORDS = 10
CUT_TAG_MAX_WORDS = 20


# '“...” Business Standard quoted a senior official, who confirmed it, as saying.': a tag of its own.
QUOTED_AS_SAYING = re.compile(r"\bquoted\b.{0,120}\bas saying\W*$")


def _bare_tag(sentence: Sentence, *, after_comma: bool = False) -> bool:
    root = sentence.span.root
    words = [t for t in sentence.span if not t.is_punct]
    if root.lemma_ == "quote" and QUOTED_AS_SAYING.search(span_text(sentence.span)):
        return len(words) <= CUT_TAG_MAX_WORDS and speaker_of(root) is not None
    # ("” Scherz says, and stresses that it is rare.": a tag, then a clause of its own after a comma)
    commas = {t.i + 1 for t in sentence.span if t.text == ","}  # (", and stresses": a comma before the "and")
    joined = [c for c in root.children if c.dep_ == "conj" and (c.left_edge.i in commas or c.i - 1 in commas)]
    if joined and not after_comma:
        words = [t for t in sentence.span[: joined[0].left_edge.i - sentence.span.start] if not t.is_punct]
        words = words[:-1] if words and words[-1].lower_ == "and" else words
    return (
        len(words) <= (CUT_TAG_MAX_WORDS if after_comma else TAG_MAX_WORDS)
        and is_cue(root)
        and speaker_of(root) is not None
        and not contents_of(root)
        and not any(c.dep_ == "dobj" for c in root.children)
        # after a comma the sentence was cut short: "said on Sunday", "said by telephone" still tag it
        and (after_comma or not any(c.dep_ == "prep" and c.lower_ != "in" for c in root.children))
    )


def _cut_at_comma(before: Sentence, tag: Sentence) -> bool:
    """The parser ended a sentence at a comma and made its trailing tag a sentence of its own: "..., and
    the number of dead could rise, Bed Nidi Kfanal, the head of the centre, said on Sunday." """
    return span_text(before.span).rstrip().endswith(",") and _bare_tag(tag, after_comma=True)


def tagged_after(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each quotation that a bare speech tag follows credited to the tag's speaker."""
    out = list(attributed)
    for before, tag in zip(sentences, sentences[1:], strict=False):
        if before.block_index != tag.block_index:
            continue
        if _cut_at_comma(before, tag):
            frame = frame_for_cue(tag.span.root)
        elif not span_text(before.span).rstrip().endswith(("”", '"')):
            continue
        elif span_text(before.span).rstrip().rstrip('”"').rstrip()[-1:] not in {
            "!",
            "?",
            ".",
        } or not _bare_tag(tag):
            continue
        else:
            frame = replace(frame_for_cue(tag.span.root), direct_quote=True)
        quoted = _quoted(sentences, before)
        credit(out, [k for k, a in enumerate(out) if a.clause.sentence.index in quoted], frame, tag)
    return out


def _quoted(sentences: Sequence[Sentence], last: Sentence) -> set[int]:
    """The sentences of the quotation `last` closes: back to the one that opened it, in its paragraph."""
    by_index = {s.index: s for s in sentences}
    found, at = {last.index}, last
    while (before := by_index.get(at.index - 1)) is not None:
        if before.block_index != at.block_index:
            # ('“A. / “B.” The DG said.': a paragraph left open, the quotation running on into this one)
            if not (at.opens_paragraph_with_quote and before.ends_in_quote):
                break
        elif not at.opens_in_quote:
            break
        elif not (before.opens_in_quote or span_text(before.span).lstrip()[:1] in '“"'):
            break  # (not the reporter's words before a quotation opened mid-sentence)
        found.add(before.index)
        at = before
    return found


def introducing_tag(pred: Token) -> Token | None:
    """'A spokesperson for Brown tells GossipCop.com, "A totally fictitious article ran ..."': a
    speech tag opening the sentence, a comma and the quotation it introduces, which the parser made
    the sentence's root with the tag hanging on it. Returns the cue."""
    doc = pred.doc
    for cue in pred.children:
        if cue.dep_ != "parataxis" or cue.i > pred.i or not is_cue(cue) or contents_of(cue):
            continue
        end = cue.right_edge.i
        opens = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].is_quote
        if opens and cue.left_edge.i == pred.sent.start and speaker_of(cue) is not None:
            return cue
    return None
