"""Builders for organisation training tests (no tests here): records written straight to the
database with bulk_create, so that thousands of members take a second, not minutes."""

from datetime import date, timedelta

from django.utils import timezone

from courses.codes import code_generate
from courses.models import Certificate, Enrolment, QuizAttempt, RequiredCourse
from elearning.people.models import Membership, MembershipRole, User

TODAY = date(2026, 6, 15)


def require(kind, course):
    return RequiredCourse.objects.create(kind=kind, course=course)


def enrol(user, course, *, completed=False) -> Enrolment:
    enrolment, _ = Enrolment.objects.get_or_create(
        learner=user,
        course=course,
        defaults={"started_at": timezone.now(), "completed_at": timezone.now() if completed else None},
    )
    return enrolment


def certify(user, course, *, issued_on: date, expires_on: date | None, revoked=False) -> Certificate:
    """A certificate as the quiz would issue it, dated as asked."""
    enrolment = enrol(user, course, completed=True)
    number = enrolment.attempts.count() + 1
    now = timezone.now()
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment, number=number, pass_mark=75, started_at=now, submitted_at=now, score=100, passed=True
    )
    return Certificate.objects.create(
        attempt=attempt,
        learner=user,
        course=course,
        holder_name=user.full_name,
        course_title=course.title,
        audience="School staff",
        score=100,
        issued_on=issued_on,
        expires_on=expires_on,
        code=code_generate(),
        revoked_at=now if revoked else None,
        revocation_reason="Issued in error" if revoked else "",
    )


def bulk_members(
    organisation, count: int, *, course=None, certified_every: int = 2, prefix: str = "bulk"
) -> list[User]:
    """`count` members; every `certified_every`-th holds a valid certificate for `course`, the others
    are enrolled or not started. Four bulk inserts whatever the count."""
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(email=f"{prefix}{n}@example.org", full_name=f"{prefix.title()} Member {n:05d}", password="!")
            for n in range(count)
        ]
    )
    if not users or users[0].pk is None:  # SQLite before 3.35 returns no ids
        users = list(User.objects.filter(email__startswith=prefix).order_by("pk"))
    Membership.objects.bulk_create(
        [Membership(organisation=organisation, user=u, role=MembershipRole.MEMBER, joined_at=now) for u in users]
    )
    if course is None:
        return users
    enrolments = Enrolment.objects.bulk_create(
        [
            Enrolment(learner=u, course=course, started_at=now, completed_at=now if n % certified_every == 0 else None)
            for n, u in enumerate(users)
            if n % 3 != 2
        ]
    )
    done = [e for e in enrolments if e.completed_at is not None]
    attempts = QuizAttempt.objects.bulk_create(
        [
            QuizAttempt(enrolment=e, number=1, pass_mark=75, started_at=now, submitted_at=now, score=100, passed=True)
            for e in done
        ]
    )
    today = timezone.localdate()
    Certificate.objects.bulk_create(
        [
            Certificate(
                attempt=a,
                learner_id=e.learner_id,
                course=course,
                holder_name="x",
                course_title=course.title,
                audience="School staff",
                score=100,
                issued_on=today - timedelta(days=10),
                expires_on=today + timedelta(days=300),
                code=code_generate(),
            )
            for a, e in zip(attempts, done, strict=True)
        ]
    )
    return users
