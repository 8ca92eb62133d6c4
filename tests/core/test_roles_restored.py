"""Roles survive a database flush (transactional tests, live-server browser tests)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command


@pytest.mark.django_db(transaction=True)
def test_roles_come_back_after_a_flush():
    call_command("flush", "--noinput", verbosity=0)
    editors = Group.objects.get(name="editors")
    assert editors.permissions.filter(codename="publish_claim").exists()
    assert Group.objects.get(name="fact-checkers").permissions.filter(codename="change_claim").exists()
