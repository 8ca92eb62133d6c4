"""Fixtures for the extraction engine's tests: pure spaCy, no Django, no database.

None of these tests asks for the `db` fixture, so they run under the project's normal `pytest`
(pytest-django) as well as on their own:
    python -m pytest tests/extraction -p no:django --confcutdir=tests/extraction
"""

from pathlib import Path

import pytest

from claims.extraction import extract, load_nlp

REPORTS = Path(__file__).parent / "reports"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Extract from a text with the session's pipeline."""

    def run(text: str):
        return extract(text, nlp=nlp)

    return run


@pytest.fixture(scope="session")
def report(run):
    """Extraction of one of the hand-written reports in tests/extraction/reports/, cached per name."""
    cache = {}

    def report(name: str):
        if name not in cache:
            text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
            cache[name] = (text, run(text))
        return cache[name]

    return report


def claim_with(extraction, words: str):
    """The first kept claim whose text contains `words`."""
    for claim in extraction.claims:
        if words.lower() in claim.text.lower() and claim.duplicate_of is None:
            return claim
    raise AssertionError(f"no claim containing {words!r} in {[c.text for c in extraction.claims]}")


def source_names(claim) -> list[str]:
    return [s.name for s in claim.sources if s.role != "publisher"]
