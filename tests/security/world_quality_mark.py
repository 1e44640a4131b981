"""Quality-mark objects of school A for the permission matrix: an awarded application with one
evidence file, built through the services as a school and an assessor would."""

from django.core.files.uploadedfile import SimpleUploadedFile

from quality_mark import services
from quality_mark.models import Standard
from tests.quality_mark.helpers import png_bytes


def _standard():
    levels = {
        f"level_{n}_{name}": f"Policy: {name}."
        for n, name in ((1, "emerging"), (2, "developing"), (3, "established"), (4, "embedded"))
    }
    return Standard.objects.create(
        title="Leadership and policy",
        slug="leadership-and-policy",
        sort_order=1,
        what_good_looks_like="CSE and missing children are in the child protection policy.",
        evidence_expected="The policy.",
        **levels,
    )


def build(world, *, organisation_a, manager_a, assessor):
    standard = _standard()
    application = services.application_start(organisation=organisation_a, user=manager_a)
    section = application.sections.get()
    services.section_save(section=section, user=manager_a, self_level=3, commentary="Our policy names CSE.")
    evidence = services.evidence_add(
        section=section, user=manager_a, uploaded_file=SimpleUploadedFile("policy.png", png_bytes())
    )
    services.application_submit(application=application, user=manager_a)
    services.application_review_start(application=application, user=assessor)
    services.section_assess(section=section, user=assessor, agreed_level=3, comment="A clear policy.")
    award = services.application_award(application=application, user=assessor, comment="Well done.")
    world.standard = standard.pk
    world.application = application.pk
    world.section = section.pk
    world.evidence = evidence.pk
    world.award = award.pk
    return world
