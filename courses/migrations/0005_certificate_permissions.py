from django.db import migrations

from elearning.permissions import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps,
        app_label="courses",
        grants={"Editors": {"certificate": ["view"]}, "Moderators": {"certificate": ["view", "revoke"]}},
    )


class Migration(migrations.Migration):
    dependencies = [("courses", "0004_certificates")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
