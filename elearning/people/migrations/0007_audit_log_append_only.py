"""The audit log is append-only in the database: on PostgreSQL a trigger refuses every UPDATE and
DELETE of wagtailcore_modellogentry, except

- the erasure's scrub (elearning/people/audit.py), which turns on `elearning.audit_scrub` for its
  own statements in its own transaction and may then change an entry's label and data only;
- `manage.py migrate`, which turns on `elearning.audit_maintenance` for its connection
  (elearning/people/apps.py), because Wagtail's own data migrations rewrite log entries.

SQLite has no such guard (development and the SQLite test run); there the admin offers no way to
change an entry, and tests/security/test_audit_trail.py checks that."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION elearning_audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF current_setting('elearning.audit_maintenance', true) = 'on' THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' AND current_setting('elearning.audit_scrub', true) = 'on'
            AND (to_jsonb(NEW) - 'label' - 'data') = (to_jsonb(OLD) - 'label' - 'data') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: % of wagtailcore_modellogentry refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER elearning_audit_log_append_only
    BEFORE UPDATE OR DELETE ON wagtailcore_modellogentry
    FOR EACH ROW EXECUTE FUNCTION elearning_audit_log_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS elearning_audit_log_append_only ON wagtailcore_modellogentry;
DROP FUNCTION IF EXISTS elearning_audit_log_append_only();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)  # no placeholders: its % are PL/pgSQL's


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_encrypt_mfa_secrets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop)]
