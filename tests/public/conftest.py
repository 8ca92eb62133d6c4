"""Builders for the reader's pages: claims taken through the real workflow services."""

import pytest

from claims import services
from claims.workflow import Status


def publish(
    claim,
    *,
    checker,
    editor,
    verdict="false",
    summary="The figures were not overstated.",
    evidence="The statistics office table shows 12,000 homes. https://stats.example.org/homes",
):
    """Take a claim from unreviewed to published as a fact-checker and an editor would."""
    services.add_evidence(claim=claim, text=evidence, actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict=verdict, summary=summary, actor=checker)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    return services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)


def correct(claim, *, by, publisher, verdict, summary, note):
    """A published verdict corrected: one person changes it, another editor publishes the correction."""
    claim = services.set_verdict(claim=claim, verdict=verdict, summary=summary, actor=by)
    return services.change_status(claim=claim, to=Status.PUBLISHED, actor=publisher, note=note)


@pytest.fixture
def published_claim(claim, checker, editor):
    return publish(claim, checker=checker, editor=editor)


@pytest.fixture(autouse=True)
def _own_page_cache(monkeypatch):
    """A fresh page-cache namespace per test; clearing the cache would flush a shared Redis."""
    from django.utils.crypto import get_random_string

    from core import caching

    monkeypatch.setattr(caching, "PAGE_CACHE_PREFIX", f"public-test-{get_random_string(12)}")
