"""Sentences that say only that someone has not spoken ("declined to comment", "had not responded
by Friday"): no claim to check, and not the words of whoever they name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from .cues import REFUSING_VERBS, is_negated

# Verbs of answering: negated ("will not comment", "had not responded") or refused ("declined to
# comment") they say only that someone has not spoken, which is no claim to check.
NO_COMMENT_VERBS = frozenset("comment respond reply answer return speak confirm discuss".split())


def no_comment(tokens: Sequence[Token] | Span) -> bool:
    """ "had not commented by Friday", "declined to comment", "did not respond to a request"."""
    for t in tokens:
        if t.lemma_.lower() not in NO_COMMENT_VERBS or _a_topic_not_taken_up(t):
            continue
        if is_negated(t) or t.head.lemma_.lower() in REFUSING_VERBS or is_negated(t.head):
            return True
    return False


def _a_topic_not_taken_up(t: Token) -> bool:
    """ "The situation was not discussed during the talks": what talks left out, not someone silent."""
    return t.lemma_.lower() in {"discuss", "confirm"} and any(c.dep_ == "auxpass" for c in t.children)
