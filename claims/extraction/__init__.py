"""Claim extraction engine: plain Python over spaCy, importable without Django."""

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
