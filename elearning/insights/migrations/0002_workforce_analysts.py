"""The "Workforce analysts" group: reaches the Wagtail admin and edits training-needs surveys.
INS-DASH grants the insights dashboards to the same group in a later migration."""

from django.db import migrations

from elearning.permissions import grant_model_permissions

EDIT = ["add", "change", "delete", "view"]
GROUP = "Workforce analysts"


def grant(apps, schema_editor):
    # Wagtail's "access admin" permission belongs to a model that is not in the migration state;
    # wagtailadmin's own migration has created it.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    Group.objects.get_or_create(name=GROUP)[0].permissions.add(access)
    grant_model_permissions(apps, app_label="insights", grants={GROUP: {"survey": EDIT, "surveyoption": EDIT}})


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0001_surveys"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
