from django.db import migrations

from elearning.permissions import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps,
        app_label="quality_mark",
        grants={
            "Assessors": {
                "application": ["view", "change"],
                "applicationsection": ["view", "change"],
                "applicationevent": ["view"],
                "evidencefile": ["view"],
                "award": ["view"],
                "standard": ["view"],
            },
            "Editors": {"standard": ["add", "change", "delete", "view"]},
        },
    )
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    Group.objects.get(name="Assessors").permissions.add(access_admin)


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Assessors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quality_mark", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("people", "0002_staff_permissions"),
    ]

    operations = [migrations.RunPython(grant, remove)]
