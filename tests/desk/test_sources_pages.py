"""/desk/sources/: the people and bodies claims are attributed to; and references with captures."""

import pytest
from django.urls import reverse

from claims.models import Attribution
from sources.models import Reference, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def jane(claim):
    source = Source.objects.create(name="Jane Doe", slug="jane-doe", kind=Source.Kind.PERSON)
    Attribution.objects.create(claim=claim, source=source, role=Attribution.Role.DENIED)
    return source


def test_sources_page_lists_people_and_bodies_with_their_claim_counts(client, checker, jane):
    Source.objects.create(name="J. Doe", slug="j-doe", merged_into=jane)
    client.force_login(checker)
    html = client.get("/desk/sources/").content.decode()
    assert "Jane Doe" in html and "J. Doe" not in html  # merged sources fold into theirs
    assert reverse("desk:source", args=[jane.pk]) in html
    assert "?source=jane-doe" in html


def test_sources_page_finds_by_name(client, checker, jane):
    Source.objects.create(name="Ministry of Housing", slug="ministry", kind=Source.Kind.GOVERNMENT)
    client.force_login(checker)
    html = client.get("/desk/sources/?q=ministry").content.decode()
    assert "Ministry of Housing" in html and "Jane Doe" not in html


def test_a_source_page_lists_the_claims_it_is_credited_with_and_how(client, checker, jane, claim):
    client.force_login(checker)
    html = client.get(reverse("desk:source", args=[jane.pk])).content.decode()
    assert claim.text in html and "Denied" in html


def test_references_page_lists_references_with_their_capture_state(client, checker, claim):
    reference = Reference.objects.create(
        title="Housing table", url="https://example.org/t", capture_state="failed"
    )
    reference.claims.add(claim)
    Reference.objects.create(title="Archived memo", capture_state="archived")
    client.force_login(checker)
    html = client.get("/desk/sources/references/").content.decode()
    assert "Housing table" in html and "Archived memo" in html
    only_failed = client.get("/desk/sources/references/?state=failed").content.decode()
    assert "Housing table" in only_failed and "Archived memo" not in only_failed


@pytest.mark.parametrize("path", ["/desk/sources/", "/desk/sources/references/"])
def test_sources_pages_are_for_the_newsroom(client, outsider, path):
    assert client.get(path).status_code == 302
    client.force_login(outsider)
    assert client.get(path).status_code == 403
