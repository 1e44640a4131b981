from django.core.management.base import BaseCommand

from quality_mark.services import award_reminders_send, awards_expire


class Command(BaseCommand):
    help = (
        "The quality mark's daily jobs: mark awards whose expiry date has passed as expired, and "
        "email schools whose award expires in 90 or 30 days. Idempotent: safe to run from cron "
        "every hour on any one host; each award expires once and each reminder is sent once."
    )

    def handle(self, *args, **options):
        expired = awards_expire()
        self.stdout.write(f"Expired {expired} award{'s' if expired != 1 else ''}.")
        sent = award_reminders_send()
        self.stdout.write(f"Sent {sent} award reminder{'s' if sent != 1 else ''}.")
