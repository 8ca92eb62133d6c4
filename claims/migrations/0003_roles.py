"""The two newsroom roles as groups, with the permissions the workflow asks for."""

from django.db import migrations

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
]
EDITOR_EXTRA_PERMS = [("claims", "publish_claim"), ("claims", "reopen_claim"), ("reports", "change_report")]


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(pairs):
        return [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in pairs]

    checkers, _ = Group.objects.get_or_create(name="fact-checkers")
    checkers.permissions.set(perms(FACT_CHECKER_PERMS))
    editors, _ = Group.objects.get_or_create(name="editors")
    editors.permissions.set(perms(FACT_CHECKER_PERMS + EDITOR_EXTRA_PERMS))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["fact-checkers", "editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_initial"),
        ("reports", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
