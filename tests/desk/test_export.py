"""The desk's CSV: who each claim is credited to, and rows streamed from a cursor a chunk at a time."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Attribution
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_each_row_names_its_sources_and_their_roles_in_the_same_order(client, checker, make_claim):
    claim = make_claim(text="The council closed three libraries.")
    later = SourceFactory(name="Zoe Walsh")
    first = SourceFactory(name="Council spokesman")
    Attribution.objects.create(claim=claim, source=later, role=Attribution.Role.DENIED)
    Attribution.objects.create(claim=claim, source=first, role=Attribution.Role.SAID, is_primary=True)
    make_claim(text="Nobody is credited with this.")
    client.force_login(checker)
    rows = {r["text"]: r for r in read_csv(client.get(reverse("desk:export_csv")))}
    credited = rows["The council closed three libraries."]
    assert credited["sources"] == "Council spokesman; Zoe Walsh"
    assert credited["roles"] == "said; denied"
    assert (
        rows["Nobody is credited with this."]["sources"]
        == rows["Nobody is credited with this."]["roles"]
        == ""
    )


def test_the_export_streams_and_its_queries_do_not_grow_with_the_claims(client, checker, make_claim):
    client.force_login(checker)
    source = SourceFactory(name="Ada Morrow")

    def queries_for(claims: int) -> int:
        for n in range(claims):
            Attribution.objects.create(claim=make_claim(text=f"Claim {n}"), source=source)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("desk:export_csv"))
            assert response.streaming
            rows = read_csv(response)
        assert all(r["sources"] == "Ada Morrow" for r in rows)
        return len(captured)

    assert queries_for(3) == queries_for(40)
