from django.db import migrations

from elearning.permissions import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps,
        app_label="people",
        grants={group: {"organisation": ["view", "change"]} for group in ("Editors", "Moderators")},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_organisations"),
        ("people", "0002_staff_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
