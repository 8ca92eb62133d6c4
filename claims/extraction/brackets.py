"""A spaCy component that keeps an editor's square brackets inside their sentence: the parser
otherwise starts a new sentence at "[" ('to "prepare Zim [Zimbabwe] mentally to accept ..."'),
and the claim is cut in two. Runs before the parser, which respects boundaries set before it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "claimcheck_brackets"


@Language.component(NAME)
def keep_brackets_inside(doc: Doc) -> Doc:
    depth = 0
    for token in doc:
        if token.text == "[":
            if token.i > 0:
                token.is_sent_start = False
            depth += 1
        elif depth:
            token.is_sent_start = False
            if token.text == "]":
                depth -= 1
                if token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = False
    return doc
