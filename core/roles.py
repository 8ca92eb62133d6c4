"""The two newsroom roles and their permissions, kept in one place.

The migration 0003_roles creates them; a post_migrate hook puts them back whenever the
database is flushed (as transactional tests do), so they always exist.
"""

FACT_CHECKERS = "fact-checkers"
EDITORS = "editors"

FACT_CHECKER_PERMS = [
    ("claims", "view_claim"), ("claims", "change_claim"),
    ("claims", "view_attribution"), ("claims", "add_attribution"), ("claims", "change_attribution"),
    ("claims", "delete_attribution"),
    ("claims", "view_evidencenote"), ("claims", "add_evidencenote"),
    ("claims", "view_claimrelation"), ("claims", "add_claimrelation"), ("claims", "delete_claimrelation"),
    ("claims", "view_statuschange"),
    ("reports", "view_report"), ("reports", "add_report"),
    ("sources", "view_source"), ("sources", "add_source"), ("sources", "change_source"),
    ("sources", "view_reference"), ("sources", "add_reference"), ("sources", "change_reference"),
    ("sources", "view_snapshot"),
]  # fmt: skip
# Only editors publish, send back, correct, unpublish and reopen.
EDITOR_EXTRA_PERMS = [("claims", "publish_claim"), ("claims", "reopen_claim"), ("reports", "change_report")]


def ensure_roles(group_model, permission_model) -> None:
    """Create or repair both groups with exactly their permissions (idempotent)."""

    def perms(pairs):
        return [
            permission_model.objects.get(content_type__app_label=app, codename=code) for app, code in pairs
        ]

    checkers, _ = group_model.objects.get_or_create(name=FACT_CHECKERS)
    checkers.permissions.set(perms(FACT_CHECKER_PERMS))
    editors, _ = group_model.objects.get_or_create(name=EDITORS)
    editors.permissions.set(perms(FACT_CHECKER_PERMS + EDITOR_EXTRA_PERMS))


def restore_roles_after_migrate(sender, using="default", **kwargs) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    if not all(apps.is_installed(name) for name in ("claims", "reports", "sources")):
        return
    for label in ("claims", "reports", "sources"):
        create_permissions(apps.get_app_config(label), verbosity=0, using=using)
    ensure_roles(Group, Permission)
