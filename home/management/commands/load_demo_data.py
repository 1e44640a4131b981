"""Build the demo: districts, competencies, the question bank, a course for every audience, the
public pages and the accounts to try it with. Everything goes through the services; running it again changes nothing."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from courses.authoring import competency_upsert, course_index_upsert, course_upsert, question_upsert
from courses.demo_content import competencies as competency_content
from courses.demo_content import hotels, night_time, practitioners, school_staff, taxi_drivers
from courses.demo_requirements import required_courses_demo_load
from courses.models import CoursePage
from elearning.people.demo_data import DISTRICTS
from elearning.people.demo_organisations import organisations_demo_load
from elearning.people.mfa import DEMO_TOTP_SECRET, demo_staff_totp_seed
from elearning.people.services import district_upsert, profile_update
from home.authoring import public_pages_upsert
from home.demo_content import public_pages
from home.models import HomePage
from quality_mark.demo import quality_mark_demo_load

COURSES = [school_staff, practitioners, taxi_drivers, hotels, night_time]
DEMO_PASSWORD = "learn-safely-2026"  # noqa: S105 - printed for the demo; production refuses to run this
DEMO_ACCOUNTS = [
    {"email": "learner@example.com", "full_name": "Sam Learner", "role": "learner"},
    {"email": "editor@example.com", "full_name": "Eddie Editor", "role": "editor"},
    {"email": "admin@example.com", "full_name": "Ada Admin", "role": "superuser"},
    {"email": "analyst@example.com", "full_name": "Ali Analyst", "role": "analyst"},
]
STAFF_GROUPS = {"editor": "Editors", "analyst": "Workforce analysts"}
HOME_INTRO = (
    "<p>Short courses that help everyone who works with the public spot the signs of child sexual "
    "exploitation and know exactly what to do: school staff, practitioners, taxi and private hire "
    "drivers, hotels and the night-time economy.</p>"
    '<p>Anyone can read <a href="/what-is-cse/">what child sexual exploitation is</a>, how to '
    '<a href="/spot-the-signs/">spot the signs</a> and <a href="/how-to-report/">how to report a concern</a>. '
    'There is advice <a href="/parents-and-carers/">for parents and carers</a>, '
    '<a href="/op-makesafe/">for businesses (Op Makesafe)</a> and '
    '<a href="/quality-mark/">for schools (the safeguarding quality mark)</a>.</p>'
)


class Command(BaseCommand):
    help = "Load the demo content and accounts. Safe to run more than once; refused in production."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the site already has courses (used by `make run`)."
        )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_DATA_ALLOWED", False):
            raise CommandError("load_demo_data does not run under production settings.")
        if options["if_empty"] and CoursePage.objects.exists():
            self.stdout.write("The site already has courses; demo data not loaded again.")
            return
        with transaction.atomic():
            districts = [district_upsert(**district) for district in DISTRICTS]
            home = self._home()
            competencies = {
                spec["slug"]: competency_upsert(sort_order=order, **spec)
                for order, spec in enumerate(competency_content.COMPETENCIES)
            }
            questions = {
                spec["key"]: question_upsert(
                    key=spec["key"],
                    text=spec["text"],
                    competency=competencies[spec["competency"]],
                    choices=spec["choices"],
                    explanation=spec["explanation"],
                    audiences=spec["audiences"],
                    allows_multiple=spec["multiple"],
                )
                for content in COURSES
                for spec in content.QUESTIONS
            }
            index = course_index_upsert(
                parent=home,
                title="Courses",
                slug="courses",
                intro="<p>Choose the course written for where you work. Each takes 20 to 30 minutes.</p>",
            )
            for content in COURSES:
                course_upsert(
                    index=index,
                    spec=content.COURSE,
                    competencies=competencies,
                    questions=[questions[key] for key in content.COURSE.get("quiz", {}).get("keys", [])],
                )
            public_pages_upsert(parent=home, specs=public_pages.PAGES)
            required_courses_demo_load()
            accounts = [self._account(district=districts[0], **account) for account in DEMO_ACCOUNTS]
            organisations_demo_load(
                districts=districts,
                learner=get_user_model().objects.get(email="learner@example.com"),
                manager_password=DEMO_PASSWORD,
            )
            quality_mark_demo_load(
                districts=districts,
                manager=get_user_model().objects.get(email="manager@example.com"),
                password=DEMO_PASSWORD,
            )
            # Staff need two-factor authentication for the admin: the demo staff share a documented
            # authenticator secret (`python manage.py demo_totp` prints the current code).
            demo_staff_totp_seed(users=get_user_model().objects.filter(email__endswith="@example.com"))
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with:"))
        for account in [
            *accounts,
            {"role": "manager", "email": "manager@example.com"},
            {"role": "assessor", "email": "assessor@example.com"},
        ]:
            self.stdout.write(f"  {account['role']:<10} {account['email']:<22} password: {DEMO_PASSWORD}")
        self.stdout.write(
            f"Staff then enter a code from an authenticator app set up with the secret {DEMO_TOTP_SECRET}, "
            "or from `python manage.py demo_totp`."
        )

    def _home(self) -> HomePage:
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("No home page: run `python manage.py migrate` first.")
        if home.intro != HOME_INTRO:
            home.intro = HOME_INTRO
            home.save_revision().publish()
        Site.objects.filter(is_default_site=True).update(root_page=home)
        return home

    def _account(self, *, email, full_name, role, district):
        User = get_user_model()
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD)
        user.is_staff = role in {*STAFF_GROUPS, "superuser"}
        user.is_superuser = role == "superuser"
        user.save(update_fields=["is_staff", "is_superuser"])
        if role in STAFF_GROUPS:
            user.groups.add(Group.objects.get(name=STAFF_GROUPS[role]))
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        profile_update(
            user=user,
            full_name=full_name,
            sector="school",
            job_role={"learner": "Teaching assistant"}.get(role, "Partnership staff"),
            district=district,
        )
        return {"email": email, "role": role}
