"""Readers' words, built from the published version: who said it, and why a copy is missing."""

from types import SimpleNamespace

import pytest

from claims.selectors.public import CaptureFailure, PublicAttribution, PublicReference, PublicSource
from public.words import (
    attribution_sentences,
    no_copy_reason,
    own_voice_sentence,
    safe_href,
    sentence,
)

WSJ = PublicSource(id=1, name="The Wall Street Journal", slug="wsj", kind="news_org")
OFFICIALS = PublicSource(
    id=2, name="in-post and former US, European and Russian officials", slug="officials", kind="group"
)
PESKOV = PublicSource(
    id=3, name="Dmitry Peskov", slug="peskov", kind="person", description="the Kremlin's spokesman"
)
ROE = PublicSource(id=4, name="John Roe", slug="roe", kind="person")


def said(source, role, *, id, parent=None, primary=False, verification="unconfirmed", cue=""):
    return PublicAttribution(
        source=source,
        role=role,
        cue=cue,
        is_primary=primary,
        verification=verification,
        id=id,
        parent_id=parent,
    )


def claim_with(*attributions):
    return SimpleNamespace(attributions=list(attributions))


def test_a_paper_citing_officials_reads_as_one_sentence():
    claim = claim_with(
        said(WSJ, "reported", id=10, primary=True, cue="according to"),
        said(OFFICIALS, "cited", id=11, parent=10, cue="citing"),
    )
    assert attribution_sentences(claim) == [
        "The Wall Street Journal reported this, citing in-post and former US, European and Russian officials."
    ]


def test_a_denial_names_the_source_with_its_description():
    claim = claim_with(said(WSJ, "reported", id=10, primary=True), said(PESKOV, "denied", id=12))
    assert attribution_sentences(claim) == [
        "The Wall Street Journal reported this.",
        "Dmitry Peskov, the Kremlin's spokesman, denied it.",
    ]


def test_a_nested_denial_gets_a_sentence_of_its_own():
    claim = claim_with(said(WSJ, "reported", id=10), said(PESKOV, "denied", id=12, parent=10))
    assert attribution_sentences(claim) == [
        "The Wall Street Journal reported this.",
        "According to The Wall Street Journal, Dmitry Peskov, the Kremlin's spokesman, denied it.",
    ]


def test_one_cited_source_keeps_its_description():
    claim = claim_with(said(WSJ, "reported", id=10), said(PESKOV, "said", id=12, parent=10))
    assert attribution_sentences(claim) == [
        "The Wall Street Journal reported this, citing Dmitry Peskov, the Kremlin's spokesman."
    ]


@pytest.mark.parametrize(
    ("role", "words"),
    [
        ("said", "John Roe said this."),
        ("claimed", "John Roe made this claim."),
        ("accused", "John Roe made this accusation."),
        ("quoted", "John Roe was quoted saying this."),
        ("cited", "John Roe was cited as the source of this."),
    ],
)
def test_every_role_reads_as_plain_words(role, words):
    assert attribution_sentences(claim_with(said(ROE, role, id=1))) == [words]


def test_attributions_carry_no_desk_jargon():
    claim = claim_with(
        said(WSJ, "reported", id=10, cue="according to"), said(OFFICIALS, "cited", id=11, parent=10)
    )
    text = " ".join(attribution_sentences(claim))
    assert "News organisation" not in text
    assert "according to" not in text
    assert "(" not in text


def test_a_misattribution_is_said_plainly():
    claim = claim_with(said(ROE, "said", id=1, verification="misattributed"))
    assert attribution_sentences(claim) == [
        "John Roe said this.",
        "We found that this attribution to John Roe is wrong.",
    ]


def test_a_claim_in_the_reports_own_voice_names_its_publisher():
    report = SimpleNamespace(publisher="The Test Times")
    assert own_voice_sentence(report) == (
        "The Test Times stated this in its own voice, without attributing it to anyone."
    )


FAILED = "The page could not be archived: "


def reference(url="https://example.org/page", state="failed", failure=None):
    return PublicReference(
        id=1, title="Page", kind="article", publisher="", url=url, capture_state=state, failure=failure
    )


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (CaptureFailure("HTTPFailure", 403), FAILED + "the site refused automated access."),
        (CaptureFailure("HTTPFailure", 429), FAILED + "the site refused automated access."),
        (CaptureFailure("HTTPFailure", 404), FAILED + "the site said the page does not exist."),
        (CaptureFailure("HTTPFailure", 503), FAILED + "the site was failing when we tried."),
        (CaptureFailure("FetchTimeout", None), FAILED + "the site took too long to answer."),
        (CaptureFailure("BlockedAddress", None), FAILED + "the address is not on the public web."),
        (CaptureFailure("TooLarge", None), FAILED + "the page is too large to keep."),
        (None, FAILED + "the capture failed."),
    ],
)
def test_a_failed_capture_says_why_in_words(failure, words):
    assert no_copy_reason(reference(failure=failure)) == words


def test_a_reference_without_a_web_address_says_so():
    assert no_copy_reason(reference(url="", state="no_url")) == (
        "This document has no web address, so there is no archived copy."
    )


@pytest.mark.parametrize("state", ["queued", "fetching", "retrying"])
def test_a_capture_under_way_says_so(state):
    assert no_copy_reason(reference(state=state)) == "An archived copy is being made."


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org/a", "http://example.org/a"),
        ("javascript:alert(1)", ""),
        ("JavaScript:alert(1)", ""),
        ("data:text/html,hi", ""),
        ("ftp://example.org/file", ""),
        ("//example.org/a", ""),
        ("", ""),
    ],
)
def test_only_http_addresses_become_links(url, href):
    assert safe_href(url) == href


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Re-checked.", "Re-checked."),
        ("Re-checked", "Re-checked."),
        ("  two\n lines ", "two lines."),
        ("", ""),
    ],
)
def test_a_reason_ends_in_exactly_one_full_stop(text, words):
    assert sentence(text) == words
