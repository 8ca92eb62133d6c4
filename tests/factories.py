"""Test data builders, in one place (factory_boy), plus the one shortcut setups may take.

`freeze_as_published` makes rows built directly in a test public, the way the upgrade
migration froze claims published before versions existed. Tests of the workflow itself take
claims through the services instead.
"""

import factory
from django.contrib.auth.models import Group, User
from django.utils.crypto import get_random_string

from claims.models import Attribution, Claim
from claims.services.publication import freeze
from claims.workflow import Status
from reports.models import Report
from sources.models import Reference, Source

PASSWORD = "a-long-test-password-123"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        for name in names or ():
            self.groups.add(Group.objects.get(name=name))


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    title = factory.Sequence(lambda n: f"Report {n}")
    slug = factory.Sequence(lambda n: f"report-{n}")
    publisher = "The Test Times"
    body = "The minister resigned on Monday. The figures were overstated by 40,000 homes."
    content_hash = factory.LazyFunction(lambda: get_random_string(64))


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    report = factory.SubFactory(ReportFactory)
    text = "The minister resigned on Monday."
    extracted_text = factory.SelfAttribute("text")
    start = 0
    end = 32
    slug = factory.LazyFunction(lambda: f"claim-{get_random_string(10).lower()}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Source {n}")
    slug = factory.LazyAttribute(lambda s: s.name.lower().replace(" ", "-"))
    kind = Source.Kind.PERSON


class AttributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attribution

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    role = Attribution.Role.SAID
    is_primary = True


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    title = factory.Sequence(lambda n: f"Document {n}")
    kind = Reference.Kind.ARTICLE


def freeze_as_published(claim: Claim, *, editor=None) -> Claim:
    """Make a claim whose rows a test built directly public, as it stands (setup only)."""
    claim.status = Status.PUBLISHED
    version = freeze(claim, actor=editor, reason="")
    Claim.objects.filter(pk=claim.pk).update(
        status=Status.PUBLISHED,
        public_version=version,
        published_at=claim.published_at or version.published_at,
        update_pending=False,
    )
    claim.refresh_from_db()
    return claim
