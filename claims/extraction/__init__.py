"""Claim extraction engine: plain Python over spaCy, importable and testable without Django.

    from claims.extraction import extract, extract_many, load_nlp, to_json
    extraction = extract(report_text)            # one report
    extractions = extract_many(texts)            # many, parsed together through nlp.pipe
    to_json(extraction)                          # what `extract_claims PATH --json` prints

or from a shell: `python -m claims.extraction REPORT.txt`.

Steps, one module each, passing frozen dataclasses (types.py) whose offsets point into the
original text: clean (page furniture) → segment (sentences, open quotations) → split_atomic
(one clause per statement) → attribute (cue verbs, "according to", "citing") → resolve (names,
pronouns) → score (kind, check-worthiness) → dedupe → references. pipeline.py runs them.
"""

from .pipeline import extract, extract_many, load_nlp, to_json
from .types import ExtractedClaim, ExtractedReference, ExtractedSource, Extraction

__all__ = [
    "extract",
    "extract_many",
    "load_nlp",
    "to_json",
    "ExtractedClaim",
    "ExtractedReference",
    "ExtractedSource",
    "Extraction",
]
