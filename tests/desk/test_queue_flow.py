"""The queue that scans: who said it in every row, source and role filtered together, saved
views, chips, the moves the table offers per row, and a query count that does not grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Attribution
from claims.workflow import Status
from sources.models import Source
from tests.desk.handoff_helpers import ready_for_signoff, sent_back
from tests.desk.helpers import source
from tests.factories import freeze_as_published

pytestmark = pytest.mark.django_db
QUEUE = "/desk/queue/"


def listed(client, query: str = "") -> list[str]:
    response = client.get(QUEUE + ("?" + query if query else ""))
    assert response.status_code == 200
    return [c.text for c in response.context["claims"]]


def row_html(html: str, pk: int) -> str:
    row = html[html.index(f'id="row-{pk}"') :]
    return row[: row.index("</tr>")]


@pytest.fixture
def attributed(make_claim):
    """A: WSJ reported, citing officials; Peskov denied. B: Peskov said. C: nobody."""
    wsj, officials, peskov = source("WSJ", "news_org"), source("officials", "group"), source("Peskov")
    a = make_claim(text="Musk spoke to Putin regularly")
    top = Attribution.objects.create(claim=a, source=wsj, role="reported", is_primary=True)
    Attribution.objects.create(claim=a, source=officials, role="cited", parent=top)
    Attribution.objects.create(claim=a, source=peskov, role="denied")
    b = make_claim(text="The Kremlin has no contact with Musk")
    Attribution.objects.create(claim=b, source=peskov, role="said", is_primary=True)
    c = make_claim(text="Satellites were switched off")
    return a, b, c


def test_rows_show_sources_with_roles_and_nested_attribution(client, checker, attributed):
    a, b, c = attributed
    client.force_login(checker)
    html = client.get(QUEUE).content.decode()
    assert "WSJ citing officials; Peskov · denied" in row_html(html, a.pk)
    assert "Peskov · said" in row_html(html, b.pk)
    assert "No source named" in row_html(html, c.pk)


def test_source_and_role_filter_together_on_one_attribution(client, checker, attributed):
    client.force_login(checker)
    assert listed(client, "source=peskov&role=denied") == ["Musk spoke to Putin regularly"]
    assert listed(client, "source=peskov&role=said") == ["The Kremlin has no contact with Musk"]
    # WSJ is on claim A, and someone denied claim A, but WSJ did not deny it.
    assert listed(client, "source=wsj&role=denied") == []
    assert sorted(listed(client, "source=peskov")) == sorted(
        ["Musk spoke to Putin regularly", "The Kremlin has no contact with Musk"]
    )
    assert listed(client, "role=cited") == ["Musk spoke to Putin regularly"]


def test_role_filter_refuses_an_unknown_role_beside_the_field(client, checker, attributed):
    client.force_login(checker)
    response = client.get(QUEUE + "?role=whispered")
    assert response.status_code == 200
    assert "role" in response.context["filter_form"].errors


def test_api_queue_filters_by_source_and_role_too(client, checker, attributed):
    client.force_login(checker)
    response = client.get("/api/v1/desk/claims/?source=peskov&role=denied")
    assert response.status_code == 200
    assert [c["text"] for c in response.json()["results"]] == ["Musk spoke to Putin regularly"]


def make_rows(make_claim, checker, editor, n: int) -> None:
    """n claims of every kind the queue shows: sourced, nested, sent back, waiting, published."""
    people = [
        Source.objects.get_or_create(slug=f"person-{i}", defaults={"name": f"Person {i}"})[0]
        for i in range(3)
    ]
    for i in range(n):
        claim = make_claim(text=f"Claim number {i} about housing")
        top = Attribution.objects.create(claim=claim, source=people[i % 3], role="reported", is_primary=True)
        Attribution.objects.create(claim=claim, source=people[(i + 1) % 3], role="cited", parent=top)
        if i % 4 == 1:
            sent_back(claim, checker, editor)
        elif i % 4 == 2:
            ready_for_signoff(claim, checker)
        elif i % 4 == 3:
            freeze_as_published(claim)


def queries_for_queue(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(QUEUE)
    assert response.status_code == 200
    return len(captured)


def test_queue_query_count_does_not_grow_with_claims(client, make_claim, checker, editor):
    client.force_login(editor)
    make_rows(make_claim, checker, editor, 8)
    few = queries_for_queue(client)
    make_rows(make_claim, checker, editor, 16)  # 24 in all: 3N, still one page
    many = queries_for_queue(client)
    assert many == few, f"{few} queries for 8 claims, {many} for 24"


def test_published_claims_offer_no_assign_to_me(client, make_claim, checker):
    published = freeze_as_published(make_claim(text="Published one"))
    open_claim = make_claim(text="Open one")
    client.force_login(checker)
    html = client.get(QUEUE).content.decode()
    assert "Assign to me" not in row_html(html, published.pk)
    assert "Assign to me" in row_html(html, open_claim.pk)


def test_rows_offer_only_the_moves_the_table_allows(client, make_claim, checker, editor, other_editor):
    waiting = ready_for_signoff(make_claim(text="Waiting"), checker)
    services.set_verdict(claim=waiting, verdict="false", summary="Table 4 counts 12,000 homes.", actor=editor)
    client.force_login(checker)
    row = row_html(client.get(QUEUE).content.decode(), waiting.pk)
    assert 'value="published"' not in row  # a fact-checker's role does not publish
    client.force_login(editor)  # set the verdict standing: the two-person rule keeps them from publishing
    row = row_html(client.get(QUEUE).content.decode(), waiting.pk)
    assert 'value="published"' not in row
    # Sending back needs a note: it is made on the review page, not from a one-click row menu.
    assert 'value="in_progress"' not in row and 'value="dismissed"' in row
    client.force_login(other_editor)
    assert 'value="published"' in row_html(client.get(QUEUE).content.decode(), waiting.pk)


def test_waiting_on_me_lists_my_open_claims_sent_back_first(
    client, make_claim, checker, other_checker, editor
):
    make_claim(text="Mine, unreviewed", assignee=checker, checkworthiness=0.9)
    sent_back(make_claim(text="Mine, sent back", checkworthiness=0.1), checker, editor)
    ready_for_signoff(make_claim(text="Mine, waiting for sign-off"), checker)
    make_claim(text="Someone else's", assignee=other_checker)
    freeze_as_published(make_claim(text="Mine, published", assignee=checker))
    client.force_login(checker)
    html = client.get(QUEUE).content.decode()
    mine = next(v["view"] for v in client.get(QUEUE).context["saved_views"] if v["view"].key == "mine")
    assert "Waiting on me" in html
    response = client.get(mine.url)
    assert [c.text for c in response.context["claims"]] == ["Mine, sent back", "Mine, unreviewed"]
    assert next(v for v in response.context["saved_views"] if v["view"].key == "mine")["current"]


def test_waiting_for_my_signoff_is_an_editors_view(client, make_claim, checker, editor):
    ready_for_signoff(make_claim(text="Waiting one"), checker)
    make_claim(text="Not waiting")
    client.force_login(checker)
    assert "Waiting for my sign-off" not in client.get(QUEUE).content.decode()
    client.force_login(editor)
    views = {v["view"].key: v["view"] for v in client.get(QUEUE).context["saved_views"]}
    assert [c.text for c in client.get(views["signoff"].url).context["claims"]] == ["Waiting one"]


def test_unassigned_view_lists_open_unassigned_claims_most_checkworthy_first(client, make_claim, checker):
    make_claim(text="Low", checkworthiness=0.2)
    make_claim(text="High", checkworthiness=0.9)
    make_claim(text="Taken", checkworthiness=0.95, assignee=checker)
    make_claim(text="Dismissed", checkworthiness=0.99, status=Status.DISMISSED)
    client.force_login(checker)
    views = {v["view"].key: v["view"] for v in client.get(QUEUE).context["saved_views"]}
    assert [c.text for c in client.get(views["unassigned"].url).context["claims"]] == ["High", "Low"]


def test_filters_show_as_chips_that_each_remove_one_filter(client, checker, attributed):
    client.force_login(checker)
    response = client.get(QUEUE + "?source=peskov&role=denied")
    chips = response.context["chips"]
    assert [c.label for c in chips] == ["Source: Peskov", "Role: Denied"]
    assert chips[0].remove_url == QUEUE + "?role=denied"
    html = response.content.decode()
    assert "Edit filters</summary>" in html and 'id="filter-chips"' in html


def test_filter_drawer_opens_when_a_filter_is_refused(client, checker):
    client.force_login(checker)
    html = client.get(QUEUE + "?min_score=7").content.decode()
    assert '<details class="filter-drawer" open>' in html


def test_htmx_filtering_updates_the_chips_out_of_band(client, checker, attributed):
    client.force_login(checker)
    response = client.get(QUEUE + "?role=denied", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="queue-results")
    html = response.content.decode()
    assert 'id="filter-chips" aria-label="Filters in force" hx-swap-oob="true"' in html
    assert "Role: Denied" in html


def test_bulk_bar_is_progressive_enhancement(client, checker):
    client.force_login(checker)
    html = client.get(QUEUE).content.decode()
    assert 'id="bulk-form"' in html and " hidden" not in html.split('id="bulk-form"')[1].split(">")[0]
    assert "js/queue.js" in html and "<script>" not in html


def test_published_row_offers_an_editor_nothing_that_needs_a_note(client, make_claim, editor):
    published = freeze_as_published(make_claim(text="Published one"))
    client.force_login(editor)
    row = row_html(client.get(QUEUE).content.decode(), published.pk)
    # Unpublishing needs a public reason, written on the review page; nothing else moves a published claim.
    assert "Change status" not in row and "Assign to me" not in row
