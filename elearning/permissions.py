"""Granting model permissions to the staff groups from data migrations.

Staff roles are Django groups. On a fresh database the content types and permissions are only
created by post_migrate, after every migration has run, so grant_model_permissions creates the
rows it grants itself, with Django's own codenames and names (Django and Wagtail skip rows that
already exist when post_migrate comes)."""


def grant_model_permissions(apps, *, app_label: str, grants: dict[str, dict[str, list[str]]]) -> None:
    """grants: {group name: {model name: [actions]}}, e.g. {"Editors": {"question": ["add", "publish"]}}."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, models in grants.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model_name, actions in models.items():
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
            verbose = apps.get_model(app_label, model_name)._meta.verbose_name_raw
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model_name}",
                    defaults={"name": f"Can {action} {verbose}"},
                )
                group.permissions.add(permission)
