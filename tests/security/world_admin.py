"""Objects of our snippet models for the permission matrix's admin rows: a bank question (which
holds its right answers), a competency, a required course, a quality-mark standard, organisation
A's district and partnership, a language rule and an editor's confirmation of flagged wording,
each with a revision where the model keeps them."""

from django.contrib.contenttypes.models import ContentType

from courses.models import Competency, Question, RequiredCourse
from elearning.language.models import LanguageConfirmation, LanguageRule
from elearning.people.models import Organisation, OrganisationKind


def build(world):
    question = Question.objects.order_by("pk").first()
    competency = Competency.objects.order_by("pk").first()
    rule = LanguageRule.objects.order_by("pk").first() or LanguageRule.objects.create(
        phrase="child prostitute", why="It blames the child.", suggestion="child who is being exploited"
    )
    world.question = question.pk
    world.question_revision = question.save_revision().pk
    world.competency_snippet = competency.pk
    world.competency_revision = competency.save_revision().pk
    world.language_rule = rule.pk
    world.language_rule_revision = rule.save_revision().pk
    world.language_confirmation = LanguageConfirmation.objects.create(
        content_type=ContentType.objects.get_for_model(Question),
        object_id=str(question.pk),
        object_repr=str(question)[:255],
        matches=[],
    ).pk
    world.required_course = RequiredCourse.objects.create(kind=OrganisationKind.SCHOOL, course_id=world.course).pk
    world.org_district = Organisation.objects.get(pk=world.organisation).district_id
    if hasattr(world, "application"):  # the quality-mark world made one standard
        from quality_mark.models import Standard

        standard = Standard.objects.order_by("pk").first()
        world.standard = standard.pk
        world.standard_revision = standard.save_revision().pk
    return world
