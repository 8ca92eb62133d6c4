"""Claim extraction engine: plain Python over spaCy, importable and testable without Django.

    from claims.extraction import extract, extract_many, load_nlp, to_json
    extraction = extract(report_text)            # one report
    extractions = extract_many(texts)            # many, parsed together through nlp.pipe
    to_json(extraction)                          # what `extract_claims PATH --json` prints

or from a shell: `python -m claims.extraction REPORT.txt`.

Stages, one module each, passing frozen dataclasses (types.py) whose offsets point into the
original text; pipeline.py only runs them in order:
    clean (page furniture) → segment (sentences, quotation state) → split (one clause per
    statement, with the cue that attributes it) → attribute (quotations across sentences) →
    resolve (names, pronouns, publishers) → render (claim texts) → sift (drops what asserts
    nothing: questions, commands, empty talk) → score (kind, check-worthiness) → dedupe →
    relate (contradicts / supports / same) → references (documents claims rest on).
seen_before.py decides whether two claim texts state the same proposition (to match a new report's
claims against claims already checked).
"""

from .pipeline import extract, extract_many, load_nlp, to_json
from .types import ExtractedClaim, ExtractedReference, ExtractedRelation, ExtractedSource, Extraction

__all__ = [
    "extract",
    "extract_many",
    "load_nlp",
    "to_json",
    "ExtractedClaim",
    "ExtractedReference",
    "ExtractedRelation",
    "ExtractedSource",
    "Extraction",
]
