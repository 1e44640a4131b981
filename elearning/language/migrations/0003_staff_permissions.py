from django.db import migrations

from elearning.permissions import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps,
        app_label="language",
        grants={
            group: {"languagerule": ["add", "change", "delete", "view"], "languageconfirmation": ["view"]}
            for group in ("Editors", "Moderators")
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("language", "0002_seed_rules"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
