from django.db import migrations

from elearning.permissions import grant_model_permissions


def grant(apps, schema_editor):
    edit = ["add", "change", "delete", "view"]
    grant_model_permissions(
        apps,
        app_label="people",
        grants={group: {"district": edit, "partnership": edit} for group in ("Editors", "Moderators")},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
