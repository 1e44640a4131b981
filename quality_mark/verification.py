"""The quality mark's entry in /verify/<code>/: registered with courses.verification in
QualityMarkConfig.ready(), so courses never imports quality_mark."""

from django.utils import timezone

from courses.verification import VerificationResult

from .selectors import award_for_code


def award_verification(code: str) -> VerificationResult | None:
    award = award_for_code(code)
    if award is None:
        return None
    status = award.status_on(timezone.localdate())
    return VerificationResult(
        template="quality_mark/verify_award.html",
        context={"award": award, "status": status, "organisation": award.organisation},
    )
