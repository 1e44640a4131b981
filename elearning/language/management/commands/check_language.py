"""Audit every live page and snippet for phrases to avoid. Exits non-zero if any is found that no
editor has confirmed, so CI can run it on the demo content."""

from django.core.management.base import BaseCommand, CommandError

from ...selectors import audit_live_content


def _describe(content) -> str:
    label = content._meta.verbose_name
    url_path = getattr(content, "url_path", None)
    where = f" at {url_path}" if url_path else ""
    return f"{label} “{content}” (id {content.pk}){where}"


class Command(BaseCommand):
    help = (
        "Check all live content against the phrases to avoid. Lists each match with where it is and "
        "what to say instead, and exits non-zero if there is any that no editor has confirmed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--include-confirmed",
            action="store_true",
            help="Also fail on wording an editor confirmed they want to keep.",
        )

    def handle(self, *args, include_confirmed=False, **options):
        audit = audit_live_content()
        failing = audit.findings if include_confirmed else audit.unconfirmed
        for finding in failing:
            match = finding.match
            kept = " (kept by an editor)" if finding.confirmed else ""
            self.stdout.write(
                f"{_describe(finding.content)}\n"
                f"  {match.where}: “{match.found}”{kept}\n"
                f"  say instead: {match.suggestion}\n"
                f"  {match.excerpt}"
            )
        confirmed = len(audit.confirmed)
        if confirmed and not include_confirmed:
            self.stdout.write(f"{confirmed} phrase(s) kept by editors are not counted (see --include-confirmed).")
        if failing:
            raise CommandError(
                f"{len(failing)} phrase(s) to check in live content "
                f"({audit.items_checked} items checked against {audit.rules_checked} phrases)."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"No phrases to avoid in live content: {audit.items_checked} items checked "
                f"against {audit.rules_checked} phrases."
            )
        )
