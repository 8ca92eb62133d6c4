"""A spaCy component that keeps an editor's brackets inside their sentence: the parser otherwise
starts a new sentence at "[" ('to "prepare Zim [Zimbabwe] mentally to accept ...') or after a
short parenthesis ('... and (Israeli Prime Minister Benjamin) Netanyahu continuing ...'), and the
claim is cut in two; nor does an initialism before a name ("D.C. Mayor Muriel Bowser said").
Runs before the parser, which respects boundaries set before it."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "claimcheck_brackets"
PAIRS = {"[": "]", "(": ")"}
# A parenthesis this long may hold sentences of its own; only short ones are glued.
MAX_INSIDE = 8
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _closing(doc: Doc, start: int) -> int | None:
    close = PAIRS[doc[start].text]
    for i in range(start + 1, min(len(doc), start + MAX_INSIDE + 2)):
        if doc[i].text == close:
            return i
        # ("(Con. Long Buckby)": a short abbreviation's stop is no sentence end)
        abbreviated = doc[i].text == "." and doc[i - 1].is_title and len(doc[i - 1]) <= 4
        if doc[i].text in SENTENCE_ENDS and not abbreviated:
            return None
    return None


INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")


def _after_a_closed_quotation(doc: Doc, token) -> None:
    """'... the appointed time.”  Democrats had drafted ...': a sentence closed inside a quotation
    ends there; the capitalised word after the closing mark starts the next one."""
    if token.text not in {"”", '"'} or token.i == 0 or doc[token.i - 1].text not in SENTENCE_ENDS:
        return
    after = token.i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    spaced = bool(token.whitespace_) or after > token.i + 1
    if spaced and after < len(doc) and doc[after].is_title and doc[after].tag_ in OPENING_TAGS:
        doc[after].is_sent_start = True


# Tags of words that open a sentence of the report's own after a quotation ("Democrats had ...").
OPENING_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "IN", "CD"})


@Language.component(NAME)
def keep_brackets_inside(doc: Doc) -> Doc:
    for token in doc[:-1]:
        _after_a_closed_quotation(doc, token)
        # "D.C. Mayor Muriel Bowser said": an initialism before a name does not end the sentence
        if INITIALISM.match(token.text) and doc[token.i + 1].tag_ == "NNP":
            doc[token.i + 1].is_sent_start = False
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text in PAIRS and i > 0 and doc[i - 1].text not in SENTENCE_ENDS:
            end = (
                _closing(doc, i)
                if token.text == "("
                else next((j for j in range(i + 1, len(doc)) if doc[j].text == "]"), None)
            )
            if end is not None:
                for j in range(i, min(end + 2, len(doc))):
                    doc[j].is_sent_start = False
                i = end
        i += 1
    return doc


def opening_of(doc: Doc, i: int, start: int) -> int:
    """Where the bracketed aside closed at `i` opens ("Reuters (writing out of NYC) is reporting":
    the words before the aside are the ones before the verb); `i` itself when no bracket closes there."""
    if doc[i].text != ")":
        return i
    return next((k for k in range(i - 1, start - 1, -1) if doc[k].text == "("), i)
