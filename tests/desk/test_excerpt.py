"""The claim desk's "In the report" excerpt: from a sentence start, never from inside page furniture."""

import pytest
from django.urls import reverse

from desk.highlight import excerpt

BODY = (
    "Photo: Jane Smith/Reuters via Getty Images\n"
    "The minister said on Monday that taxes would rise. Critics disagreed. "
    "He added that 40,000 homes were built. More words follow here.\n"
    "Read more: Housing minister quits\n"
)
CREDIT = (0, BODY.index("\n"))
READ_MORE = (BODY.index("Read more"), len(BODY) - 1)


def span(words: str) -> tuple[int, int]:
    start = BODY.index(words)
    return start, start + len(words)


def test_excerpt_starts_at_a_sentence_start_not_mid_word():
    start, end = span("He added that 40,000 homes were built.")
    shown = excerpt(BODY, start, end, [CREDIT, READ_MORE], chars=60)
    assert shown["before"] == "Critics disagreed. "
    assert shown["after"] == " More words follow here."


def test_excerpt_never_reaches_into_a_photo_credit_or_read_more_line():
    start, end = span("The minister said on Monday")
    shown = excerpt(BODY, start, end, [CREDIT, READ_MORE], chars=240)
    assert shown["before"] == ""
    assert "Reuters" not in shown["before"] and "Read more" not in shown["after"]


@pytest.mark.django_db
def test_claim_desk_excerpt_skips_the_credit(client, checker, make_claim, report):
    from reports.models import Report

    Report.objects.filter(pk=report.pk).update(body=BODY, furniture_spans=[list(CREDIT), list(READ_MORE)])
    start, end = span("Critics disagreed.")
    claim = make_claim(text="Critics disagreed.", start=start, end=end)
    client.force_login(checker)
    html = client.get(reverse("desk:claim", kwargs={"pk": claim.pk})).content.decode()
    assert "Getty Images" not in html
    assert "The minister said on Monday that taxes would rise." in html
