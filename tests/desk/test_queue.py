"""The queue: filters in the URL (each and combined), search, sorting, pagination and bulk actions."""

import re

import pytest
from django.urls import reverse

from claims import services
from desk.views.queue import QUEUE_PAGE_SIZE
from tests.desk.helpers import attribute, htmx, source

pytestmark = pytest.mark.django_db
QUEUE = "/desk/queue/"


def listed(client, query: str = "") -> list[str]:
    response = client.get(QUEUE + ("?" + query if query else ""))
    assert response.status_code == 200
    return [c.text for c in response.context["claims"]]


@pytest.fixture
def claims(make_claim, checker, other_checker, report):
    from reports.services import import_report

    second = import_report(
        text="Another report about trains.\n\nTrains were late 40% of the time.", title="Trains"
    ).report
    doe = source("Jane Doe")
    a = make_claim(text="Figures overstated new homes by 40,000", checkworthiness=0.9, kind="fact")
    b = make_claim(
        text="The minister resigned on Monday",
        checkworthiness=0.4,
        kind="fact",
        status="in_progress",
        assignee=checker,
    )
    c = make_claim(
        text="The numbers were checked twice",
        checkworthiness=0.7,
        kind="quote",
        assignee=other_checker,
        verdict="false",
    )
    d = make_claim(
        text="Trains were late 40% of the time",
        report=second,
        checkworthiness=0.2,
        status="dismissed",
        dismiss_reason="not_checkworthy",
    )
    attribute(a, doe)
    attribute(c, doe, role="quoted")
    return {"a": a, "b": b, "c": c, "d": d, "second": second}


@pytest.fixture
def signed_in(client, checker):
    client.force_login(checker)
    return client


def test_default_order_is_most_check_worthy_first(signed_in, claims):
    assert listed(signed_in)[0] == "Figures overstated new homes by 40,000"
    assert listed(signed_in)[-1] == "Trains were late 40% of the time"


@pytest.mark.parametrize(
    "query,expected",
    [
        ("status=in_progress", {"b"}),
        ("status=unreviewed&status=dismissed", {"a", "c", "d"}),
        ("verdict=false", {"c"}),
        ("verdict=none", {"a", "b", "d"}),
        ("kind=quote", {"c"}),
        ("source=jane-doe", {"a", "c"}),
        ("assignee=me", {"b"}),
        ("assignee=none", {"a", "d"}),
        ("assignee=checker2", {"c"}),
        ("min_score=0.5", {"a", "c"}),
        ("max_score=0.5", {"b", "d"}),
        ("report=trains", {"d"}),
        ("q=numbers", {"c"}),
        # Combinations narrow each other.
        ("source=jane-doe&kind=fact", {"a"}),
        ("status=unreviewed&assignee=none&min_score=0.5", {"a"}),
        ("report=minister-resigns&max_score=0.5&assignee=me", {"b"}),
        ("q=trains&status=unreviewed", set()),
        ("source=jane-doe&verdict=false&assignee=checker2&q=checked", {"c"}),
    ],
)
def test_filters(signed_in, claims, query, expected):
    texts = {key: claims[key].text for key in "abcd"}
    assert set(listed(signed_in, query)) == {texts[k] for k in expected}


def test_filters_stay_in_the_form_so_the_view_can_be_shared(signed_in, claims):
    html = signed_in.get(QUEUE + "?status=in_progress&assignee=me&q=minister").content.decode()
    assert re.search(r'<input type="checkbox" name="status" value="in_progress"[^>]*checked', html)
    assert not re.search(r'<input type="checkbox" name="status" value="unreviewed"[^>]*checked', html)
    assert 'value="minister"' in html
    assert '<option value="me" selected>Mine</option>' in html


@pytest.mark.parametrize(
    "sort,first",
    [
        ("checkworthiness", "d"),
        ("-checkworthiness", "a"),
        ("created", "a"),
        ("-created", "d"),
    ],
)
def test_sorting(signed_in, claims, sort, first):
    assert listed(signed_in, f"sort={sort}")[0] == claims[first].text


def test_sort_by_last_change(signed_in, claims, checker):
    services.edit_text(claim=claims["c"], text="The numbers were checked three times", actor=checker)
    assert listed(signed_in, "sort=-updated")[0] == "The numbers were checked three times"


def test_pagination_keeps_the_filters(signed_in, make_claim):
    for i in range(QUEUE_PAGE_SIZE + 3):
        make_claim(text=f"Claim number {i}")
    first = signed_in.get(QUEUE + "?status=unreviewed")
    assert len(first.context["claims"]) == QUEUE_PAGE_SIZE
    assert "?status=unreviewed&amp;page=2" in first.content.decode()
    second = signed_in.get(QUEUE + "?status=unreviewed&page=2")
    assert len(second.context["claims"]) == 3


def test_out_of_range_page_shows_the_last_page(signed_in, claims):
    assert signed_in.get(QUEUE + "?page=99").status_code == 200


def test_htmx_filter_answers_with_the_results_only(signed_in, claims):
    response = signed_in.get(QUEUE + "?kind=quote", **htmx("queue-results"))
    html = response.content.decode()
    assert '<div id="queue-results"' in html
    assert "<html" not in html


# --- Bulk actions ---------------------------------------------------------------------------------------


def bulk(client, ids, action, **extra):
    return client.post(reverse("desk:bulk"), {"claims": ids, "action": action, **extra}, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_bulk_assign_to_me(signed_in, claims, checker):
    response = bulk(signed_in, [claims["a"].pk, claims["c"].pk], "assign_me", next=QUEUE + "?kind=quote")
    assert response.redirect_chain[-1][0] == QUEUE + "?kind=quote"
    for key in "ac":
        claims[key].refresh_from_db()
        assert claims[key].assignee == checker
    assert "Assign to me: done for 2 of 2 claims." in messages_of(response)


def test_bulk_status_reports_each_refusal_in_words(signed_in, claims):
    response = bulk(signed_in, [claims["a"].pk, claims["b"].pk], "status", to="in_progress")
    claims["a"].refresh_from_db()
    assert claims["a"].status == "in_progress"
    msgs = messages_of(response)
    assert "Change status to: done for 1 of 2 claims." in msgs
    assert any(m.startswith(f"Claim #{claims['b'].pk}") and "already in progress" in m for m in msgs)


def test_bulk_dismiss_as_duplicate_and_not_check_worthy(signed_in, claims):
    bulk(signed_in, [claims["a"].pk], "dismiss_duplicate")
    bulk(signed_in, [claims["b"].pk], "dismiss_not_checkworthy")
    claims["a"].refresh_from_db()
    claims["b"].refresh_from_db()
    assert (claims["a"].status, claims["a"].dismiss_reason) == ("dismissed", "duplicate")
    assert (claims["b"].status, claims["b"].dismiss_reason) == ("dismissed", "not_checkworthy")


def test_bulk_fact_checker_cannot_reopen_dismissed_claims(signed_in, claims):
    response = bulk(signed_in, [claims["d"].pk], "status", to="unreviewed")
    claims["d"].refresh_from_db()
    assert claims["d"].status == "dismissed"
    assert any("Only editors" in m for m in messages_of(response))


def test_bulk_editor_can_reopen_dismissed_claims(client, editor, claims):
    client.force_login(editor)
    bulk(client, [claims["d"].pk], "status", to="unreviewed")
    claims["d"].refresh_from_db()
    assert claims["d"].status == "unreviewed"


def test_bulk_without_ticked_claims_says_so(signed_in, claims):
    response = bulk(signed_in, [], "assign_me")
    assert "Tick at least one claim." in messages_of(response)


def test_bulk_over_htmx_answers_with_the_results_and_messages(signed_in, claims):
    response = signed_in.post(
        reverse("desk:bulk"),
        {"claims": [claims["a"].pk], "action": "assign_me", "next": QUEUE + "?assignee=me"},
        **htmx("queue-results"),
    )
    html = response.content.decode()
    assert '<div id="queue-results"' in html
    assert 'id="live-messages"' in html and "done for 1 of 1" in html
    assert claims["a"].text in html  # now mine, so it is in the "mine" view


def test_queue_links_to_the_csv_of_the_same_filters(client, checker, claim):
    client.force_login(checker)
    response = client.get("/desk/queue/", {"status": "unreviewed", "q": "minister"})
    assert b'/desk/export.csv?status=unreviewed&amp;q=minister"' in response.content
