"""The report view: the body with each claim's passage highlighted in place, and its sources."""

import pytest
from django.urls import reverse

from desk.highlight import segments
from tests.desk.helpers import attribute, source

pytestmark = pytest.mark.django_db


class FakeClaim:
    def __init__(self, pk, start, end):
        self.pk, self.start, self.end = pk, start, end


def test_segments_cover_the_body_exactly():
    body = "abcdefghij"
    parts = segments(body, [FakeClaim(1, 2, 5)])
    assert "".join(p.text for p in parts) == body
    assert [(p.text, [c.pk for c in p.claims]) for p in parts] == [("ab", []), ("cde", [1]), ("fghij", [])]


def test_overlapping_passages_split_at_every_boundary():
    parts = segments("abcdefghij", [FakeClaim(1, 0, 6), FakeClaim(2, 4, 10)])
    assert [(p.text, [c.pk for c in p.claims]) for p in parts] == [
        ("abcd", [1]),
        ("ef", [1, 2]),
        ("ghij", [2]),
    ]


def test_nested_passage_links_the_innermost_claim():
    parts = segments("abcdefghij", [FakeClaim(1, 0, 10), FakeClaim(2, 3, 6)])
    assert [(p.text, p.claim.pk, p.depth) for p in parts] == [("abc", 1, 1), ("def", 2, 2), ("ghij", 1, 1)]


def test_same_span_links_the_first_claim_and_opens_both():
    parts = segments("abcdef", [FakeClaim(7, 1, 3), FakeClaim(3, 1, 3)])
    middle = parts[1]
    assert middle.claim.pk == 3
    assert {c.pk for c in middle.opens} == {3, 7}


def test_out_of_range_and_empty_passages_are_ignored():
    parts = segments("abc", [FakeClaim(1, 2, 99), FakeClaim(2, 1, 1)])
    assert [(p.text, [c.pk for c in p.claims]) for p in parts] == [("ab", []), ("c", [1])]


def test_furniture_is_marked():
    parts = segments("caption. text", [], furniture=[(0, 8)])
    assert [(p.text, p.furniture) for p in parts] == [("caption.", True), (" text", False)]


def test_report_view_highlights_each_claim_with_a_link_to_its_desk(client, checker, report, make_claim):
    start = report.body.index("The housing minister")
    claim = make_claim(
        text="Jane Doe resigned", start=start, end=start + len("The housing minister, Jane Doe")
    )
    client.force_login(checker)
    html = client.get(report.get_absolute_url()).content.decode()
    assert f'href="{claim.get_absolute_url()}" data-claim="{claim.pk}"' in html
    assert ">The housing minister, Jane Doe</a>" in html
    # Status is said in words and an icon too, not by colour alone.
    assert f'aria-label="Claim {claim.pk}, unreviewed"' in html
    assert 'class="hl status-unreviewed"' in html


def test_report_view_escapes_the_body(client, checker, report):
    report.body = "<script>alert(1)</script> and text"
    report.save()
    client.force_login(checker)
    html = client.get(report.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_report_view_shows_overlapping_claims_without_losing_text(client, checker, report, make_claim):
    make_claim(text="outer", start=0, end=80)
    make_claim(text="inner", start=20, end=120)
    client.force_login(checker)
    response = client.get(report.get_absolute_url())
    assert "".join(s.text for s in response.context["segments"]) == report.body


def test_report_view_greys_out_stored_furniture(client, checker, report):
    if not hasattr(report, "furniture_spans"):
        pytest.skip("reports do not store furniture spans")
    report.furniture_spans = [[0, 10]]
    report.save()
    client.force_login(checker)
    html = client.get(report.get_absolute_url()).content.decode()
    assert f'<span class="furniture">{report.body[:10]}</span>' in html


def test_sidebar_lists_sources_with_their_claim_counts(client, checker, report, make_claim):
    doe, roe = source("Jane Doe"), source("John Roe")
    first, second = make_claim(text="one"), make_claim(text="two")
    attribute(first, doe)
    attribute(second, doe, role="claimed")
    attribute(second, roe)
    client.force_login(checker)
    response = client.get(report.get_absolute_url())
    assert [(s.name, s.claim_count) for s in response.context["sources"]] == [
        ("Jane Doe", 2),
        ("John Roe", 1),
    ]
    assert "2 claims" in response.content.decode()


def test_missing_report_is_404(client, checker):
    client.force_login(checker)
    assert client.get(reverse("desk:report", args=["no-such-report"])).status_code == 404
