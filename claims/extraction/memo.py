"""Answers about one token of a parse, worked out once per doc: the stages ask the same questions of
the same tokens many times ("what does this verb say?", "whose name is this?"). Kept with the doc
(`Doc.user_data`), so they go with it; the parse is final by then (`reattach` runs first)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.tokens import Token

T = TypeVar("T")


def per_token(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """`fn(token)` worked out once per token (a list answer is handed out as a copy)."""
    key = f"claimcheck:{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def cached(token: Token) -> T:
        cache = token.doc.user_data.setdefault(key, {})
        if token.i not in cache:
            cache[token.i] = fn(token)
        found = cache[token.i]
        return list(found) if isinstance(found, list) else found

    return cached
