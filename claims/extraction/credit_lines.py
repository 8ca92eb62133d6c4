"""A paragraph of someone's own words signed with their name, as a box or a column's sign-off
prints it: "We have to make sure the reserves stay closed. ... ANA RUIZ, director of the Forest
Trust." The last sentence has no verb: a person's name with who they are in apposition. Earlier
sentences of the paragraph that speak in the first person ("we have to", "I think") are the
words the name signs, not the report's. Only done when:
- the signing sentence closes the paragraph, its root is a person's name with an apposition, and
  it has no verb of its own;
- some sentence before it in the paragraph speaks in the first person outside quotation marks;
- the clauses credited have no speaker of their own and tell no one's description.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import credit
from .entities import entity_span_text, looks_like_personal_name
from .segment import doc_text, in_quotes, paragraphs
from .types import AttributedClause, Frame, Sentence

# Words by which the one writing speaks for themselves or their body.
FIRST_PERSON = frozenset("i we me us my our".split())


def _signature(sentence: Sentence) -> Token | None:
    root = sentence.span.root
    if root.pos_ != "PROPN" or root.dep_ != "ROOT":
        return None
    # names in capitals often escape the entity recogniser: their shape tells them too
    if root.ent_type_ != "PERSON" and not looks_like_personal_name(entity_span_text(root)[0].title()):
        return None
    if not any(c.dep_ == "appos" for c in root.children):
        return None
    if any(t.dep_ in {"ccomp", "relcl", "acl"} and t.pos_ in {"VERB", "AUX"} for t in root.children):
        return None
    return root


def _speaks_in_first_person(sentence: Sentence) -> bool:
    text = doc_text(sentence.span.doc)
    return any(t.lower_ in FIRST_PERSON and not in_quotes(text, t.idx, t.idx + len(t)) for t in sentence.span)


def signed_words(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each signed paragraph's first-person words credited to the name signing it."""
    out = list(attributed)
    for paragraph in paragraphs(sentences):
        signer = _signature(paragraph[-1]) if len(paragraph) > 1 else None
        if signer is None or not any(_speaks_in_first_person(s) for s in paragraph[:-1]):
            continue
        frame = Frame(source=signer, role="said", cue="signed", cue_index=signer.i)
        signed = {s.index for s in paragraph[:-1]}
        credit(out, [k for k, a in enumerate(out) if a.clause.sentence.index in signed], frame, paragraph[-1])
    return out
