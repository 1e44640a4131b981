from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate, pre_migrate

# Read by the trigger that keeps the audit log append-only on PostgreSQL (migration 0007).
AUDIT_MAINTENANCE_SETTING = "elearning.audit_maintenance"


def _audit_maintenance(using: str, value: str) -> None:
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, %s, false)", [AUDIT_MAINTENANCE_SETTING, value])


def audit_maintenance_on(sender, using, **kwargs) -> None:
    """`migrate` may rewrite audit log entries: Wagtail's data migrations do (0068, 0089)."""
    _audit_maintenance(using, "on")


def audit_maintenance_off(sender, using, **kwargs) -> None:
    _audit_maintenance(using, "off")


class PeopleConfig(AppConfig):
    name = "elearning.people"
    label = "people"
    verbose_name = "People and places"

    def ready(self):
        pre_migrate.connect(audit_maintenance_on, dispatch_uid="people.audit_maintenance_on")
        post_migrate.connect(audit_maintenance_off, dispatch_uid="people.audit_maintenance_off")
