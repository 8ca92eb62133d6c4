"""Passage finding: which words of an archived document a claim rests on. Plain Python over
spaCy and bm25s; no Django, no database.

    from claims.passages.engine import prepare, find
    document = prepare(snapshot_text, nlp)        # once per text: sentences, features, BM25 index
    find(document, claim_text, nlp, k=3)          # per claim: [Found(start, end, score, flag, ...)]

Stages: quantities (amounts and months, in digits or words) → analyse (spaCy: sentences,
lemmas, names, negations, speaker labels) → agree (names, amounts, negation: ranking help and
the "differs"/"contradicts" hint) → rank (BM25 plus agreement; passages widened to neighbours).
"""

from .agree import CONTRADICTS, DIFFERS
from .rank import Document, bm25_scores, find, prepare
from .types import Found

# Bump when ranking changes, so stored results computed by an older engine are refreshed.
ENGINE_VERSION = "1"

__all__ = ["CONTRADICTS", "DIFFERS", "ENGINE_VERSION", "Document", "Found", "bm25_scores", "find", "prepare"]
