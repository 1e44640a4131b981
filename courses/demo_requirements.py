"""Demo data: which demo course each kind of organisation requires."""

from elearning.people.models import OrganisationKind

from .models import CoursePage, RequiredCourse

DEMO_REQUIREMENTS = {
    OrganisationKind.SCHOOL: "school-staff",
    OrganisationKind.HOTEL: "hotels-op-makesafe",
    OrganisationKind.TAXI_OPERATOR: "taxi-drivers",
    OrganisationKind.LICENSING_AUTHORITY: "taxi-drivers",
    OrganisationKind.AGENCY: "practitioners",
    OrganisationKind.NIGHT_TIME_VENUE: "night-time-economy",
}


def required_courses_demo_load() -> int:
    """Map each kind to its demo course (by slug); idempotent. Returns how many links were created.
    A course missing from the demo content is skipped."""
    courses = {course.slug: course for course in CoursePage.objects.filter(slug__in=DEMO_REQUIREMENTS.values())}
    created = 0
    for kind, slug in DEMO_REQUIREMENTS.items():
        if course := courses.get(slug):
            _, new = RequiredCourse.objects.get_or_create(kind=kind, course=course)
            created += new
    return created
