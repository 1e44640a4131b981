from django.db import migrations

from elearning.permissions import grant_model_permissions

EDIT = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    grant_model_permissions(
        apps,
        app_label="courses",
        grants={
            group: {"question": [*EDIT, "publish"], "competency": EDIT}
            for group in ("Editors", "Moderators")
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
