#!/usr/bin/env bash
# Backup and restore drill, run by .ci/run and `make drills` (README: "Backup and restore").
#
#  1. makes a fresh PostgreSQL database, migrates it and loads the demo data, then passes the demo
#     learner through a course so that there is a real certificate to verify, uploads a document
#     (MEDIA_ROOT) and gives the demo manager's draft quality-mark application an evidence file
#     (the private QUALITY_MARK_EVIDENCE_ROOT);
#  2. backs it up: the database with pg_dump (custom format, as production should), the media and
#     evidence folders with tar;
#  3. restores the dump into a second, fresh database with pg_restore and the folders into fresh
#     ones, then runs `manage.py migrate` on the restored copy, as the README's procedure says (it
#     must find nothing to apply);
#  4. smoke-tests the restored copy: every table has the same number of rows as the original, and
#     the site, running on the restored database and folders, answers the home page, verifies the
#     certificate by its code, serves the document and lets the manager download the evidence,
#     byte for byte what was uploaded;
#  5. drops both databases and every file, whatever happened.
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
# The original site's upload folders; the restored site gets its own (step 3).
export MEDIA_ROOT="$workdir/source/media" QUALITY_MARK_EVIDENCE_ROOT="$workdir/source/evidence"
mkdir -p "$MEDIA_ROOT" "$QUALITY_MARK_EVIDENCE_ROOT"
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
DATABASE_URL="$PG/$SOURCE" $PY manage.py shell -c '
import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents.models import Document

from elearning.people.models import User
from quality_mark import services
from quality_mark.models import Application

Document.objects.create(title="Backup drill leaflet", file=ContentFile(b"Spot the signs.\n", name="drill-leaflet.txt"))
manager = User.objects.get(email="manager@example.com")
draft = Application.objects.filter(organisation__memberships__user=manager, status="draft").first()
png = io.BytesIO()
Image.new("RGB", (8, 8), (200, 30, 30)).save(png, format="PNG")
services.evidence_add(
    section=draft.sections.order_by("pk").first(), user=manager, uploaded_file=SimpleUploadedFile("policy.png", png.getvalue())
)
' >/dev/null

say "backing up with pg_dump, and the media and evidence folders with tar"
pg_dump --format=custom --no-owner --no-privileges --file "$workdir/cse.dump" "$PG/$SOURCE"
tar -C "$MEDIA_ROOT" -czf "$workdir/media.tar.gz" .
tar -C "$QUALITY_MARK_EVIDENCE_ROOT" -czf "$workdir/evidence.tar.gz" .
say "dump: $(du -h "$workdir/cse.dump" | cut -f1); media: $(du -h "$workdir/media.tar.gz" | cut -f1); evidence: $(du -h "$workdir/evidence.tar.gz" | cut -f1)"

say "restoring into the fresh database $RESTORED and fresh folders"
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$PG/$RESTORED" "$workdir/cse.dump"
SOURCE_EVIDENCE_ROOT="$QUALITY_MARK_EVIDENCE_ROOT"
export MEDIA_ROOT="$workdir/restored/media" QUALITY_MARK_EVIDENCE_ROOT="$workdir/restored/evidence"
mkdir -p "$MEDIA_ROOT" "$QUALITY_MARK_EVIDENCE_ROOT"
tar -C "$MEDIA_ROOT" -xzf "$workdir/media.tar.gz"
tar -C "$QUALITY_MARK_EVIDENCE_ROOT" -xzf "$workdir/evidence.tar.gz"

say "migrating the restored copy"
migrated="$(DATABASE_URL="$PG/$RESTORED" $PY manage.py migrate --noinput)"
if ! grep -q "No migrations to apply" <<<"$migrated"; then
  echo "backup drill FAILED: migrate applied something to a restore of the same code:" >&2
  echo "$migrated" >&2
  exit 1
fi

say "smoke test of the restored copy"
SOURCE_URL="$PG/$SOURCE" DATABASE_URL="$PG/$RESTORED" SOURCE_EVIDENCE_ROOT="$SOURCE_EVIDENCE_ROOT" \
  $PY - <<'PYTHON'
import hashlib
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

from django.conf import settings
from wagtail.documents.models import Document

from elearning.people.models import User
from quality_mark.models import EvidenceFile

restored_folders = (os.environ["MEDIA_ROOT"], os.environ["QUALITY_MARK_EVIDENCE_ROOT"])
if (str(settings.MEDIA_ROOT), str(settings.QUALITY_MARK_EVIDENCE_ROOT)) != restored_folders:
    sys.exit("backup drill FAILED: the restored site is not reading the restored folders")


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


document = Document.objects.get(title="Backup drill leaflet")
served = client.get(document.url)
if served.status_code != 200 or body(served) != b"Spot the signs.\n":
    sys.exit(f"backup drill FAILED: the document answered {served.status_code} or not its content")

evidence = EvidenceFile.objects.get(original_name="policy.png")
manager = User.objects.get(email="manager@example.com")
client.force_login(manager)
downloaded = client.get(f"/quality-mark/evidence/{evidence.pk}/")
content = body(downloaded)
if downloaded.status_code != 200 or hashlib.sha256(content).hexdigest() != evidence.sha256:
    sys.exit(f"backup drill FAILED: the evidence download answered {downloaded.status_code} or other bytes")
original = os.path.join(os.environ["SOURCE_EVIDENCE_ROOT"], evidence.file.name)
with open(original, "rb") as handle:
    if handle.read() != content:
        sys.exit("backup drill FAILED: the restored evidence file differs from the original")
print(f"backup drill: the restored site serves the document and the evidence ({len(content)} bytes, same sha256)")
PYTHON
say "PASSED"
