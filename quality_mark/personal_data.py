"""What the quality mark holds about a person, for "Your data". Registered from
QualityMarkConfig.ready() into elearning.people.privacy_registry.

Applications, their sections, evidence, events and awards are the school's record and the
partnership's assessment, written on the school's or the partnership's behalf: they stay whole
when a manager or an assessor erases their account, and point at the anonymised user row. The
download lists what the person did (events they acted in, files they uploaded)."""

from elearning.people.privacy_registry import register_personal_data

from .models import Application, ApplicationEvent, Award, EvidenceFile


def export_quality_mark(user) -> dict:
    return {
        "applications_started": [
            {"school": a.organisation.name, "started_at": a.created_at, "status": a.get_status_display()}
            for a in Application.objects.filter(created_by=user).select_related("organisation").order_by("created_at")
        ],
        "applications_assessed": [
            {"school": a.organisation.name, "status": a.get_status_display()}
            for a in Application.objects.filter(assessor=user).select_related("organisation").order_by("created_at")
        ],
        "actions": [
            {
                "school": e.application.organisation.name,
                "at": e.at,
                "action": e.action,
                "from_status": e.from_status,
                "to_status": e.to_status,
                "comment": e.comment,
            }
            for e in ApplicationEvent.objects.filter(actor=user)
            .select_related("application__organisation")
            .order_by("at")
        ],
        "evidence_uploaded": [
            {"file": f.original_name, "uploaded_at": f.uploaded_at, "size": f.size}
            for f in EvidenceFile.objects.filter(uploaded_by=user).order_by("uploaded_at")
        ],
        "awards_revoked": [
            {"award": str(award), "revoked_at": award.revoked_at}
            for award in Award.objects.filter(revoked_by=user).select_related("organisation").order_by("revoked_at")
        ],
    }


def register() -> None:
    register_personal_data(
        name="quality_mark",
        models=[
            "quality_mark.Application",
            "quality_mark.ApplicationEvent",
            "quality_mark.EvidenceFile",
            "quality_mark.Award",
        ],
        export=export_quality_mark,
        description="What you did on schools' quality-mark applications",
    )
