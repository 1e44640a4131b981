import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from courses.authoring import competency_upsert, course_index_upsert, course_upsert, question_upsert
from courses.models import CourseIndexPage, CoursePage
from elearning.people.models import (
    District,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Partnership,
    Sector,
    User,
)
from home.models import HomePage


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Partnership {n}")


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"District {n}")
    partnership = factory.SubFactory(PartnershipFactory)
    police_campaign_name = "Operation Makesafe"
    childrens_social_care_name = factory.LazyAttribute(lambda o: f"{o.name} Children's Front Door")
    childrens_social_care_phone = "01234 567890"
    out_of_hours_phone = "01234 000111"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    sector = Sector.SCHOOL
    job_role = "Teaching assistant"
    district = factory.SubFactory(DistrictFactory)
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


def question_spec(n: int, *, multiple: bool = False, competency: str = "recognising-signs") -> dict:
    choices = [
        {"text": f"Right answer {n}", "correct": True, "feedback": f"Yes: feedback {n}a"},
        {"text": f"Wrong answer {n}", "correct": False, "feedback": f"No: feedback {n}b"},
        {"text": f"Also wrong {n}", "correct": False, "feedback": f"No: feedback {n}c"},
    ]
    if multiple:
        choices[2] = {"text": f"Also right {n}", "correct": True, "feedback": f"Yes: feedback {n}c"}
    return {
        "key": f"q-{competency}-{n}",
        "text": f"Question {n}?",
        "competency": competency,
        "multiple": multiple,
        "explanation": f"Explanation {n}",
        "audiences": ["school"],
        "choices": choices,
    }


def make_course(
    *, slug: str = "test-course", lessons: int = 3, questions: int = 4, multiple: int = 1, **quiz
) -> CoursePage:
    """A published course built through the authoring services, as the demo loader builds one."""
    home = HomePage.objects.get()
    index = CourseIndexPage.objects.first() or course_index_upsert(parent=home, title="Courses", slug="courses")
    competency = competency_upsert(slug="recognising-signs", name="Recognising signs")
    bank = [
        question_upsert(
            **{k: v for k, v in question_spec(n, multiple=n < multiple).items() if k not in {"competency", "multiple"}},
            competency=competency,
            allows_multiple=n < multiple,
        )
        for n in range(questions)
    ]
    spec = {
        "title": f"Course {slug}",
        "slug": slug,
        "audience": "school",
        "summary": "A course for tests.",
        "learning_outcomes": ["Spot the signs"],
        "competencies": ["recognising-signs"],
        "estimated_minutes": 10,
        "pass_mark": quiz.pop("pass_mark", 75),
        "certificate_validity_months": 12,
        "quiz": quiz,
        "lessons": [
            {
                "title": f"Lesson {n}",
                "slug": f"lesson-{n}",
                "estimated_minutes": 3,
                "body": [
                    ("rich_text", f"<p>Lesson {n} text.</p>"),
                    ("report_it_here", {"heading": "Report it here", "intro": ""}),
                ],
            }
            for n in range(1, lessons + 1)
        ],
    }
    return course_upsert(index=index, spec=spec, competencies={"recognising-signs": competency}, questions=bank)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = OrganisationKind.SCHOOL
    name = factory.Sequence(lambda n: f"Organisation {n}")
    district = factory.SubFactory(DistrictFactory)
    postcode = "HG1 1AA"
    declared_headcount = 10
    status = OrganisationStatus.APPROVED


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    role = MembershipRole.MEMBER
    joined_at = factory.LazyFunction(timezone.now)
