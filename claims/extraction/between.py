"""A sentence between two of one speaker's reported statements goes on with their account:
"Dr Gaber explained that the economy was a main theme. Recommendations focused on food security.
He emphasized that a joint fund would be a shift." The writer names the speaker, tells their view
in the report's words and takes it up again with "he": the sentence between is the economist's.

Only done inside one paragraph, between a sentence whose statements all have one speaker (no
quotation) and the next one with a speaker, at most three sentences on, whose speaker is that one
again (the same word, or "he", "she" or "they" after a name, a bare surname the tagger misread, or
a plural noun); and only for sentences with no speaker, no quotation mark, no named subject, no body
("the firm") and no "he"/"she" subject (a new actor, or the speaker's own doings, are the report
telling what happened).
"""

from __future__ import annotations

from collections.abc import Sequence

from .crediting import clauses_by_sentence, credit
from .entities import is_org_noun
from .follow_on import PERSONAL_SUBJECTS, one_speaker
from .persons import PERSON_NOUNS
from .segment import OPEN_QUOTES, TOGGLE_QUOTES, span_text
from .types import AttributedClause, Frame, Sentence

SINGULAR_TAKE_UPS = frozenset({"he", "she"})
# How many sentences of the report's may stand between two of one speaker's statements.
RUN = 3


def _same_speaker(first: Frame, then: Frame) -> bool:
    a, b = first.source, then.source
    if a is None or b is None:
        return False
    if a.lower_ == b.lower_:
        return True
    if b.lower_ in SINGULAR_TAKE_UPS:
        return a.pos_ == "PROPN" or _a_bare_surname(a)
    return b.lower_ == "they" and a.tag_ in {"NNS", "NNPS"}


def _a_bare_surname(word) -> bool:
    """ "Tillman said ...": a capitalised singular noun opening the sentence, no word for a body or
    a role, with nothing before it, which the tagger read as a common noun."""
    common = is_org_noun(word) or word.lemma_.lower() in PERSON_NOUNS
    return word.is_title and word.tag_ == "NN" and word.n_lefts == 0 and not word.ent_type_ and not common


def _untold(sentence: Sentence, clauses: Sequence[AttributedClause]) -> bool:
    if not clauses or sentence.is_headline or sentence.display or any(a.frame is not None for a in clauses):
        return False
    text = span_text(sentence.span)
    if any(ch in text for ch in OPEN_QUOTES + TOGGLE_QUOTES) or text.rstrip().endswith("?"):
        return False
    # (nor a body for its subject: "The firm has raised $64 million" is what the firm did)
    return not any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and (t.pos_ == "PROPN" or t.lower_ in PERSONAL_SUBJECTS or is_org_noun(t))
        for t in sentence.span
    )


def between_their_words(sentences: Sequence[Sentence], out: list[AttributedClause]) -> list[AttributedClause]:
    """`out` with the clauses of each run of sentences between two of one speaker's statements
    credited (a run of at most `RUN` sentences)."""
    by_sentence = clauses_by_sentence(out)
    result = list(out)
    start = 1
    while start < len(sentences) - 1:
        end = start  # the run of untold sentences opening at `start`, in one paragraph
        while (
            end < len(sentences) - 1
            and end - start < RUN
            and sentences[end].block_index == sentences[start - 1].block_index
            and _untold(sentences[end], [result[k] for k in by_sentence.get(sentences[end].index, [])])
        ):
            end += 1
        prev, after = sentences[start - 1], sentences[end]
        if end > start and prev.block_index == after.block_index:
            before = one_speaker([result[k] for k in by_sentence.get(prev.index, [])])
            then = one_speaker([result[k] for k in by_sentence.get(after.index, [])])
            if before is not None and then is not None and _same_speaker(before[0], then[0]):
                for sentence in sentences[start:end]:
                    credit(result, by_sentence.get(sentence.index, []), *before)
        start = max(end, start + 1)
    return result
