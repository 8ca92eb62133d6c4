"""Fixtures for the extraction engine's tests: pure spaCy, no Django, no database.

None of these tests asks for the `db` fixture, so they run under the project's normal `pytest`
(pytest-django) as well as on their own:
    python -m pytest tests/extraction -p no:django --confcutdir=tests/extraction
"""

from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from claims.extraction import extract, load_nlp
from claims.extraction.attribute import attribute
from claims.extraction.clean import content_blocks, find_furniture
from claims.extraction.render import render
from claims.extraction.resolve import resolve
from claims.extraction.segment import segment_report
from claims.extraction.split import split_report

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
def stages(nlp):
    """Run the stages one by one on a text and keep what each returns, to test one stage at a time."""

    def stages(text: str) -> SimpleNamespace:
        furniture = find_furniture(text)
        blocks = content_blocks(text, furniture)
        sentences = segment_report(blocks, list(nlp.pipe(b.text for b in blocks)))
        clauses = split_report(sentences)
        attributed = attribute(sentences, clauses)
        resolved = resolve(sentences, attributed)
        rendered = render(resolved.clauses, resolved.resolver)
        return SimpleNamespace(
            sentences=sentences, clauses=clauses, attributed=attributed, resolved=resolved, rendered=rendered
        )

    return stages


def attributed_with(attributed, words: str):
    """The attributed clause whose tokens contain `words`."""
    for a in attributed:
        said = "".join(t.text_with_ws for t in a.clause.tokens)
        if words.lower() in said.lower():
            return a
    raise AssertionError(f"no clause containing {words!r}")


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


def parsed_by_hand(rows: str) -> Doc:
    """A parse given by hand, one token per `word/POS/dep/head[/lemma]`, for a misreading the parser
    makes only on some words. Lemmas default to the lower-cased word when any token gives one."""
    cells = [r.split("/") for r in rows.split()]
    lemmas = [c[4] if len(c) > 4 else c[0].lower() for c in cells] if any(len(c) > 4 for c in cells) else None
    return Doc(
        spacy.blank("en").vocab,
        words=[c[0] for c in cells],
        pos=[c[1] for c in cells],
        deps=[c[2] for c in cells],
        heads=[int(c[3]) for c in cells],
        lemmas=lemmas,
    )
