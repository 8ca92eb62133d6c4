"""The two newsroom roles as groups, with the permissions the workflow asks for."""

from django.db import migrations

from core.roles import EDITORS, FACT_CHECKERS, ensure_roles


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ensure_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[FACT_CHECKERS, EDITORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_initial"),
        ("reports", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
