"""The roles migration: two groups whose permissions match the workflow."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_both_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {"fact-checkers", "editors"}


def test_only_editors_publish_and_reopen(checker, editor):
    for perm in ("claims.publish_claim", "claims.reopen_claim"):
        assert editor.has_perm(perm)
        assert not checker.has_perm(perm)


def test_both_roles_work_claims(checker, editor):
    for user in (checker, editor):
        assert user.has_perm("claims.change_claim") and user.has_perm("claims.add_evidencenote")


def test_a_user_without_a_role_has_no_claim_permissions(outsider):
    assert not outsider.has_perm("claims.change_claim")
