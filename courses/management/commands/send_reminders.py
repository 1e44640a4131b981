from django.core.management.base import BaseCommand

from courses.services import certificate_reminders_send


class Command(BaseCommand):
    help = (
        "Email learners whose certificates expire in 30 days or today. Idempotent: safe to run from "
        "cron every hour; each reminder is sent once."
    )

    def handle(self, *args, **options):
        sent = certificate_reminders_send()
        self.stdout.write(f"Sent {sent} reminder{'s' if sent != 1 else ''}.")
