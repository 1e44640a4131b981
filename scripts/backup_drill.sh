#!/usr/bin/env bash
# Backup and restore drill, run by .ci/run and `make drills` (README: "Backup and restore").
#
#  1. makes a fresh PostgreSQL database, migrates it and loads the demo data, then passes the demo
#     learner through a course so that there is a real certificate to verify;
#  2. backs it up with pg_dump (custom format, as production should);
#  3. restores the dump into a second, fresh database with pg_restore;
#  4. smoke-tests the restored copy: every table has the same number of rows as the original, and
#     the site, running on the restored database, answers the home page and verifies the
#     certificate by its code;
#  5. drops both databases and the dump, whatever happened.
#
# DRILL_PG_URL is the server (default the local one); the databases are cse_sec_drill_*.
set -euo pipefail
cd "$(dirname "$0")/.."

PG="${DRILL_PG_URL:-postgres://postgres@127.0.0.1:5432}"
SOURCE=cse_sec_drill_source
RESTORED=cse_sec_drill_restored
PY=.venv/bin/python
workdir="$(mktemp -d)"

drop_databases() {
  PGOPTIONS="-c client_min_messages=warning" psql "$PG/postgres" -qX -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $SOURCE WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS $RESTORED WITH (FORCE)"
}
cleanup() {
  drop_databases || true
  rm -rf "$workdir"
}
trap cleanup EXIT

say() { echo "backup drill: $*"; }

drop_databases
psql "$PG/postgres" -qX -v ON_ERROR_STOP=1 -c "CREATE DATABASE $SOURCE" -c "CREATE DATABASE $RESTORED"

# The development settings: the demo data is allowed there and nowhere in production.
export DJANGO_SETTINGS_MODULE=elearning.settings.dev
say "migrating $SOURCE and loading the demo data"
DATABASE_URL="$PG/$SOURCE" $PY manage.py migrate --noinput -v0
DATABASE_URL="$PG/$SOURCE" $PY manage.py load_demo_data >/dev/null
DATABASE_URL="$PG/$SOURCE" $PY manage.py shell -c '
from courses.models import CoursePage
from courses.selectors import live_lessons_of
from courses.services.learning import enrolment_start, lesson_complete, quiz_attempt_start, quiz_attempt_submit
from elearning.people.models import User

learner = User.objects.get(email="learner@example.com")
course = CoursePage.objects.live().get(slug="school-staff")
enrolment = enrolment_start(learner=learner, course=course)
for lesson in live_lessons_of(course):
    lesson_complete(enrolment=enrolment, lesson=lesson)
attempt = quiz_attempt_start(enrolment=enrolment)
answers = {row.pk: [c["id"] for c in row.choices if c["is_correct"]] for row in attempt.answers.all()}
quiz_attempt_submit(attempt=attempt, answers=answers)
' >/dev/null

say "backing up with pg_dump"
pg_dump --format=custom --no-owner --no-privileges --file "$workdir/cse.dump" "$PG/$SOURCE"
say "dump: $(du -h "$workdir/cse.dump" | cut -f1)"

say "restoring into the fresh database $RESTORED"
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$PG/$RESTORED" "$workdir/cse.dump"

say "smoke test of the restored copy"
SOURCE_URL="$PG/$SOURCE" DATABASE_URL="$PG/$RESTORED" $PY - <<'PYTHON'
import os
import sys

import psycopg


def counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        # Table names come from the catalogue, quoted as identifiers.
        return {
            table: connection.execute(
                psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


source, restored = counts(os.environ["SOURCE_URL"]), counts(os.environ["DATABASE_URL"])
different = {t: (source.get(t), restored.get(t)) for t in source.keys() | restored.keys() if source.get(t) != restored.get(t)}
if different:
    sys.exit(f"backup drill FAILED: row counts differ (original, restored): {different}")
app_tables = [t for t in source if t.split("_")[0] in {"courses", "people", "home", "quality", "insights", "language"}]
print(f"backup drill: {len(source)} tables, {sum(source.values())} rows, equal in both ({len(app_tables)} are our apps')")

import django

django.setup()
from django.test import Client

from courses.codes import code_display
from courses.models import Certificate

certificate = Certificate.objects.get(learner__email="learner@example.com")
client = Client(HTTP_HOST="localhost")
home = client.get("/")
if home.status_code != 200:
    sys.exit(f"backup drill FAILED: the home page answered {home.status_code} on the restored database")
verify = client.get(f"/verify/{code_display(certificate.code)}/")
page = verify.content.decode()
if verify.status_code != 200 or "This certificate is valid" not in page or certificate.holder_name not in page:
    sys.exit(f"backup drill FAILED: /verify/<code>/ answered {verify.status_code} without the valid certificate")
print(f"backup drill: the restored site answers / and verifies {certificate.holder_name}'s certificate")
PYTHON
say "PASSED"
