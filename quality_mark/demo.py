"""Demo data for the quality mark: the eight standards, an assessor, and schools at every stage of
the journey (draft, submitted, sent back with comments, awarded). Everything goes through the
services, as a school manager and an assessor would; running it again changes nothing.

Wording follows shared/content-guide.md: plain English, and nothing that blames a child. The demo
never writes evidence files: the sections carry commentary only, so nothing lands on disk.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from courses.models import CoursePage
from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete, quiz_attempt_start, quiz_attempt_submit
from elearning.people.models import Membership, MembershipRole, Organisation, OrganisationKind, OrganisationStatus, User
from elearning.people.organisations.services import organisation_decide, organisation_register
from elearning.people.services import profile_update

from .models import Application, ApplicationStatus, Standard, StandardMeasure
from .permissions import ASSESSORS_GROUP
from .services import (
    application_assign,
    application_award,
    application_request_information,
    application_review_start,
    application_start,
    application_submit,
    section_assess,
    section_save,
)

ASSESSOR = {"email": "assessor@example.com", "full_name": "Alex Assessor", "job_role": "Quality mark assessor"}
SCHOOL_STAFF_COURSE = "school-staff"

STANDARDS = [
    {
        "slug": "leadership-and-policy",
        "title": "Leadership and policy",
        "what_good_looks_like": (
            "Leaders treat child sexual exploitation (CSE) and children going missing as part of everyday "
            "safeguarding, not as a rare extra. The child protection policy says what CSE is, how staff "
            "spot it and what they do, and it links going missing with the risk of exploitation. The "
            "designated safeguarding lead (DSL) and at least one deputy have had safeguarding lead training "
            "in the last two years, and governors check that the policy is followed."
        ),
        "level_1_emerging": (
            "The child protection policy does not mention CSE or children going missing. The DSL's lead "
            "training is more than two years old, or there is no trained deputy."
        ),
        "level_2_developing": (
            "The policy mentions CSE and going missing, but only in general terms. The DSL is trained; "
            "the deputy's training is booked but not done. Governors have not yet looked at CSE."
        ),
        "level_3_established": (
            "The policy explains CSE, the signs and what staff must do, and links going missing with "
            "exploitation. The DSL and a deputy were both trained in the last two years. The policy is "
            "reviewed every year and governors sign it off."
        ),
        "level_4_embedded": (
            "Everything at level 3, and leaders use what they learn from concerns and local reviews to "
            "update the policy during the year. A named governor checks how the school responds to CSE "
            "and reports to the full governing body. The school shares its approach with other schools."
        ),
        "evidence_expected": (
            "The child protection policy (the pages on CSE and children going missing); the dates of the "
            "DSL's and deputy's lead training; the governors' minutes that approved the policy."
        ),
    },
    {
        "slug": "whole-staff-awareness",
        "title": "Whole-staff awareness",
        "measure": "staff_training",
        "what_good_looks_like": (
            "Every adult who works in the school knows the signs of CSE and what to do, and refreshes that "
            "knowledge every year. That means teachers and teaching assistants, and also lunchtime, site, "
            "office, transport and leaving-duty staff, who often see children when no one else does. The "
            "platform measures this standard for you: the share of the staff you declared who hold a "
            "valid certificate for the school staff course. The benchmark is 90%."
        ),
        "level_1_emerging": "Fewer than half of the staff hold a valid certificate for the school staff course.",
        "level_2_developing": (
            "Between half and 89% of the staff hold a valid certificate. Some groups, often lunchtime, site "
            "or transport staff, have not been trained."
        ),
        "level_3_established": (
            "At least 90% of the staff hold a valid certificate, including support, lunchtime, site and "
            "transport staff. New staff take the course in their first term."
        ),
        "level_4_embedded": (
            "Everything at level 3, and every member of staff refreshes their training each year. Staff "
            "meetings come back to CSE with local examples, and the school checks that staff feel "
            "confident to act."
        ),
        "evidence_expected": (
            "None to upload: the platform fills in the figure from your staff's certificates. Check that "
            "the number of staff you declared for the school is up to date, and say in the commentary how "
            "new and temporary staff are trained."
        ),
    },
    {
        "slug": "curriculum",
        "title": "Curriculum",
        "what_good_looks_like": (
            "Pupils learn, at an age-appropriate level, about healthy relationships, consent, staying safe "
            "online and how people exploit children. There is a clear focus around Year 8, when many "
            "children first meet the risks. Short sessions run before the school holidays, when children "
            "spend more time away from adults they trust. Every pupil knows that exploitation is never "
            "their fault and how to ask for help."
        ),
        "level_1_emerging": (
            "Lessons on relationships and online safety happen, but they do not cover exploitation or how to get help."
        ),
        "level_2_developing": (
            "Some year groups have lessons on exploitation, but not in a planned way. There are no "
            "sessions before the school holidays."
        ),
        "level_3_established": (
            "A planned programme in relationships, sex and health education covers healthy relationships, "
            "consent, online safety and exploitation in every key stage, with a focus in Year 8. Sessions "
            "run before the summer and winter holidays."
        ),
        "level_4_embedded": (
            "Everything at level 3, and the programme changes in response to local concerns and to what "
            "pupils say. Teachers who deliver it are trained, and the school checks what pupils have "
            "learned."
        ),
        "evidence_expected": (
            "The curriculum plan for relationships, sex and health education (the parts on exploitation); "
            "a Year 8 lesson plan; the plan for sessions before the holidays."
        ),
    },
    {
        "slug": "pupil-voice",
        "title": "Pupil voice",
        "what_good_looks_like": (
            "Pupils help to shape the school's safeguarding messages, so that the messages reach other "
            "pupils in words they use. Trained pupil safeguarding champions help peers find a trusted "
            "adult, and pupils' views change what the school does."
        ),
        "level_1_emerging": "Pupils are not asked about safeguarding messages. There are no safeguarding champions.",
        "level_2_developing": (
            "Pupils are sometimes asked for their views, for example in a survey, but little changes as a "
            "result. Champions are planned."
        ),
        "level_3_established": (
            "Pupils help write posters, assemblies or online messages about staying safe. Safeguarding "
            "champions are trained, known to other pupils, and supported by a named member of staff."
        ),
        "level_4_embedded": (
            "Everything at level 3, and pupils' views lead to clear changes that the school reports back "
            "to them. Champions help to train new champions and share their work with other schools."
        ),
        "evidence_expected": (
            "Examples of messages pupils helped to make; how champions are chosen, trained and supported; "
            "what changed after pupils gave their views."
        ),
    },
    {
        "slug": "parents-and-carers",
        "title": "Parents and carers",
        "what_good_looks_like": (
            "Parents and carers can easily find out what CSE is, the signs to look for and where to get "
            "help, on the school website and in other ways. The information works for families whose first "
            "language is not English, and for parents who do not read well."
        ),
        "level_1_emerging": "The school website has no information about CSE or where to get help.",
        "level_2_developing": ("The website has a page on CSE, but it is hard to find, and it is only in English."),
        "level_3_established": (
            "A clear page on the website explains CSE, the signs and where to get help, with local "
            "contact numbers. The information is available in the main languages of the school's "
            "families, and staff tell parents about it at events."
        ),
        "level_4_embedded": (
            "Everything at level 3, and the school runs sessions for parents and carers, with "
            "interpreters when needed. Parents help to check that the information is clear."
        ),
        "evidence_expected": (
            "A link to the page on the school website; examples in other languages or easy-read formats; "
            "dates of sessions for parents and carers."
        ),
    },
    {
        "slug": "recognising-and-referring",
        "title": "Recognising and referring",
        "what_good_looks_like": (
            "Staff know the signs of CSE and the single local route for reporting a concern. Every concern "
            "is recorded in the same place, passed to the DSL the same day, and shared with children's "
            "social care and the police when it should be. The school follows up what happened next."
        ),
        "level_1_emerging": ("Staff are not sure how to report a concern, or concerns are kept in different places."),
        "level_2_developing": (
            "Most staff know to tell the DSL, but concerns are not always recorded the same day or in the "
            "same system. Referrals are made, but not always followed up."
        ),
        "level_3_established": (
            "Every member of staff can name the signs and the local route. Concerns are recorded in one "
            "system and reach the DSL the same day. Referrals to children's social care follow the "
            "local procedures and are followed up."
        ),
        "level_4_embedded": (
            "Everything at level 3, and the DSL checks records regularly to spot patterns, for example a "
            "group of pupils with the same older contact. The school shares information with partners "
            "quickly and learns from each case."
        ),
        "evidence_expected": (
            "How concerns are recorded (with no pupil's name or details); the local referral route as "
            "staff see it; an anonymised example of a concern that was followed up."
        ),
    },
    {
        "slug": "missing-education-and-missing-from-home",
        "title": "Missing education and missing from home",
        "what_good_looks_like": (
            "When a pupil is missing from school, or the school hears that a pupil went missing from home, "
            "staff follow it up with exploitation in mind. Repeated absence, going missing in school time "
            "and coming back with unexplained money or gifts are treated as possible signs that someone is "
            "drawing the child away, not as bad behaviour."
        ),
        "level_1_emerging": (
            "Absence is followed up only as an attendance issue. Staff are not told when a pupil went "
            "missing from home."
        ),
        "level_2_developing": (
            "The school follows up absence the same day, but does not link it with the risk of "
            "exploitation. Information about missing episodes arrives late or not at all."
        ),
        "level_3_established": (
            "Absence is followed up the same day, and patterns are passed to the DSL. The school gets "
            "information about missing episodes from the local authority and takes part in return home "
            "interviews or acts on them."
        ),
        "level_4_embedded": (
            "Everything at level 3, and the school works with partners on a plan for each pupil who goes "
            "missing more than once. Part-time timetables and children missing education are checked for "
            "the risk of exploitation."
        ),
        "evidence_expected": (
            "The attendance and children missing education procedures (the parts on exploitation); how the "
            "school hears about missing episodes; an anonymised example of a follow-up."
        ),
    },
    {
        "slug": "partnership",
        "title": "Partnership",
        "what_good_looks_like": (
            "The school has a named contact for CSE and missing children who links with the local cluster "
            "of schools and with the safeguarding partnership. The school takes part in local meetings, "
            "shares what it knows, and uses local information about risks to keep its own pupils safe."
        ),
        "level_1_emerging": (
            "There is no named contact for CSE and missing children, and no link with the local cluster."
        ),
        "level_2_developing": (
            "A contact is named, but does not yet attend local meetings or receive local information."
        ),
        "level_3_established": (
            "A named CSE and missing contact attends cluster meetings, receives local information about "
            "risks, and passes it on to staff."
        ),
        "level_4_embedded": (
            "Everything at level 3, and the school helps to run local work, for example joint sessions "
            "with other schools, police or youth services, and helps other schools to improve."
        ),
        "evidence_expected": (
            "The name and role of the CSE and missing contact; dates of cluster meetings attended; an "
            "example of local information passed on to staff."
        ),
    },
]

# What a school that has done the work writes, standard by standard (used by every demo school).
COMMENTARY = {
    "leadership-and-policy": (
        "Our child protection policy has a section on child sexual exploitation and children going missing, "
        "reviewed in September and approved by governors in October. Our DSL completed lead training in "
        "March last year and our deputy DSL in January. Our safeguarding governor meets the DSL each term."
    ),
    "whole-staff-awareness": (
        "All staff take the school staff course when they join and again each September, including our "
        "lunchtime supervisors, site team, minibus drivers and the staff on leaving duty. Supply staff get a "
        "safeguarding briefing and the local referral route on their first morning."
    ),
    "curriculum": (
        "Our relationships, sex and health education plan covers healthy relationships, consent and online "
        "safety in every year. Year 8 have a six-week unit on exploitation and how to get help, and every "
        "year group has a short session before the summer and winter holidays."
    ),
    "pupil-voice": (
        "Twelve pupil safeguarding champions, trained by our DSL and the local youth service, helped write "
        "this year's posters on online safety. The school council survey in spring changed how we run our "
        "drop-in sessions."
    ),
    "parents-and-carers": (
        "Our website has a page on child sexual exploitation with the signs and local numbers. It is "
        "translated into Polish, Urdu and Romanian, and we ran two evening sessions for parents with "
        "interpreters."
    ),
    "recognising-and-referring": (
        "Every concern is recorded on our online safeguarding system and reaches the DSL the same day. Staff "
        "carry a card with the signs and the local referral route. The DSL follows up every referral with "
        "children's social care."
    ),
    "missing-education-and-missing-from-home": (
        "The attendance officer calls home on the first morning of absence and tells the DSL about any "
        "pattern. The local authority tells us about missing episodes and our DSL reads every return home "
        "interview."
    ),
    "partnership": (
        "Our deputy head is the named contact for CSE and missing children. She attends the cluster meeting "
        "each half term and shares local information with staff at the Monday briefing."
    ),
}
THIN_COMMENTARY = {
    "pupil-voice": "We have a school council.",
    "parents-and-carers": "There is information on our website.",
}
SELF_LEVELS = {
    "leadership-and-policy": 3,
    "curriculum": 3,
    "pupil-voice": 3,
    "parents-and-carers": 3,
    "recognising-and-referring": 4,
    "missing-education-and-missing-from-home": 3,
    "partnership": 3,
}

SCHOOLS = [
    {
        "name": "Brookfield Church of England Academy",
        "district": "Harrogate",
        "address": "Brookfield Road, Knaresborough",
        "postcode": "HG5 8AA",
        "urn": "999002",
        "declared_headcount": 12,
        "trained_staff": 11,  # 91% of the declared headcount: the measured standard meets the benchmark
        "manager": {"email": "head.brookfield@example.com", "full_name": "Priya Patel", "job_role": "Headteacher"},
        "stage": ApplicationStatus.AWARDED,
    },
    {
        "name": "Castle Hill High School",
        "district": "Scarborough",
        "address": "Castle Road, Scarborough",
        "postcode": "YO11 1AA",
        "urn": "999003",
        "declared_headcount": 86,
        "manager": {
            "email": "dsl.castlehill@example.com",
            "full_name": "Tom Walsh",
            "job_role": "Designated safeguarding lead",
        },
        "stage": ApplicationStatus.MORE_INFORMATION,
    },
    {
        "name": "Dalesview Primary School",
        "district": "Selby",
        "address": "Dale Street, Selby",
        "postcode": "YO8 4AA",
        "urn": "999004",
        "declared_headcount": 24,
        "manager": {"email": "head.dalesview@example.com", "full_name": "Grace Okafor", "job_role": "Headteacher"},
        "stage": ApplicationStatus.SUBMITTED,
    },
]
# The demo manager's own school (built by elearning.people.demo_organisations): a draft to finish.
MANAGER_SCHOOL = "Ashville Primary School"
DRAFT_SECTIONS = 3

REQUEST_INFORMATION_COMMENT = (
    "Thank you for a clear application. Most standards are at the benchmark, but two commentaries are too "
    "short for us to judge: please tell us more about pupil voice and about parents and carers (see the "
    "comments on those standards), then resubmit."
)
SECTION_REQUESTS = {
    "pupil-voice": (
        "Tell us how pupils help to shape the school's safeguarding messages, and whether you have "
        "safeguarding champions and how they are trained and supported."
    ),
    "parents-and-carers": (
        "Give us the link to the page on your website, and tell us how families whose first language is "
        "not English can read it."
    ),
}
AWARD_COMMENT = (
    "A strong application. Staff training is well organised and the Year 8 unit is a model for other "
    "schools. To reach level 4 in pupil voice, ask your champions to report back to pupils on what changed."
)


def standards_demo_load() -> list[Standard]:
    """The eight standards, created if missing; a standard that exists (perhaps edited by staff)
    is left as it is."""
    course = CoursePage.objects.filter(slug=SCHOOL_STAFF_COURSE).first()
    standards = []
    for order, spec in enumerate(STANDARDS):
        standard = Standard.objects.filter(slug=spec["slug"]).first()
        if standard is None:
            measured = spec.get("measure") == StandardMeasure.STAFF_TRAINING
            standard = Standard(
                **{key: value for key, value in spec.items() if key != "measure"},
                sort_order=order,
                measure=spec.get("measure", StandardMeasure.SELF_ASSESSED),
                measure_course=course if measured else None,
                measure_target_percent=90,
            )
            standard.full_clean()
            standard.save()
            standard.save_revision()
        standards.append(standard)
    return standards


def _account(*, email: str, full_name: str, job_role: str, password: str, district) -> User:
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=password)
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    if not user.has_complete_profile:
        profile_update(user=user, full_name=full_name, sector="school", job_role=job_role, district=district)
    return user


def _assessor(*, password: str, district) -> User:
    user = _account(password=password, district=district, **ASSESSOR)
    user.groups.add(Group.objects.get(name=ASSESSORS_GROUP))
    return user


def _school(spec: dict, *, districts: dict, password: str) -> tuple[Organisation, User]:
    district = districts.get(spec["district"]) or next(iter(districts.values()))
    manager = _account(password=password, district=district, **spec["manager"])
    organisation = Organisation.objects.filter(name=spec["name"]).first()
    if organisation is None:
        organisation = organisation_register(
            user=manager,
            kind=OrganisationKind.SCHOOL,
            name=spec["name"],
            district=district,
            address=spec["address"],
            postcode=spec["postcode"],
            urn=spec["urn"],
            declared_headcount=spec["declared_headcount"],
        )
    if organisation.status != OrganisationStatus.APPROVED:
        organisation = organisation_decide(organisation=organisation, decided_by=None, approve=True)
    return organisation, manager


def _train_staff(organisation: Organisation, *, count: int) -> None:
    """Staff who took the school staff course through the learning services (lessons, then the
    quiz answered right), so the measured standard has real certificates to count."""
    course = CoursePage.objects.filter(slug=SCHOOL_STAFF_COURSE).live().first()
    if course is None:
        return
    domain = organisation.name.split()[0].lower()
    lessons = live_lessons_of(course)
    for n in range(1, count + 1):
        email = f"staff{n}@{domain}.example.org"
        if User.objects.filter(email__iexact=email).exists():
            continue
        user = User.objects.create_user(email=email, password=None)  # cannot sign in: demo records only
        profile_update(
            user=user,
            full_name=f"{domain.title()} Staff {n}",
            sector="school",
            job_role="Support staff",
            district=organisation.district,
        )
        Membership.objects.create(
            organisation=organisation, user=user, role=MembershipRole.MEMBER, joined_at=timezone.now()
        )
        enrolment = enrolment_start(learner=user, course=course)
        for lesson in lessons:
            lesson_complete(enrolment=enrolment, lesson=lesson)
        attempt = quiz_attempt_start(enrolment=enrolment)
        right = {row.pk: [c["id"] for c in row.choices if c["is_correct"]] for row in attempt.answers.all()}
        quiz_attempt_submit(attempt=attempt, answers=right)


def _fill(application: Application, *, manager: User, thin: bool = False, limit: int | None = None) -> None:
    for section in list(application.sections.select_related("standard"))[:limit]:
        slug = section.standard.slug
        commentary = (THIN_COMMENTARY.get(slug) if thin else None) or COMMENTARY.get(slug, "")
        section_save(section=section, user=manager, self_level=SELF_LEVELS.get(slug, 3), commentary=commentary)


def _assess(application: Application, *, assessor: User, requests: dict | None = None) -> None:
    for section in application.sections.select_related("standard"):
        slug = section.standard.slug
        comment = (requests or {}).get(slug, "")
        level = section.self_level or (
            section.standard.benchmark_level
            if (section.measured_percent or 0) >= section.standard.measure_target_percent
            else 2
        )
        section_assess(
            section=section, user=assessor, agreed_level=min(level, 2) if comment else level, comment=comment
        )


def _build_stage(organisation: Organisation, *, manager: User, assessor: User, stage: str) -> Application:
    """Take a new application through the services as far as `stage`."""
    application = application_start(organisation=organisation, user=manager)
    if stage == ApplicationStatus.DRAFT:
        _fill(application, manager=manager, limit=DRAFT_SECTIONS)
        return application
    _fill(application, manager=manager, thin=stage == ApplicationStatus.MORE_INFORMATION)
    application_submit(application=application, user=manager)
    if stage == ApplicationStatus.SUBMITTED:
        return application
    application_assign(application=application, assessor=assessor, user=assessor)
    application_review_start(application=application, user=assessor)
    if stage == ApplicationStatus.MORE_INFORMATION:
        _assess(application, assessor=assessor, requests=SECTION_REQUESTS)
        application_request_information(application=application, user=assessor, comment=REQUEST_INFORMATION_COMMENT)
    elif stage == ApplicationStatus.AWARDED:
        _assess(application, assessor=assessor)
        application_award(application=application, user=assessor, comment=AWARD_COMMENT)
    return application


def quality_mark_demo_load(*, districts, manager: User, password: str) -> dict[str, Application]:
    """The standards, the assessor and a school at each stage. A school that already has an
    application is left as it is, so running this again changes nothing. No evidence files are
    written: the demo sections carry commentary only."""
    districts = {district.name: district for district in districts}
    standards_demo_load()
    assessor = _assessor(password=password, district=next(iter(districts.values())))
    built = {}
    schools = [(spec, *_school(spec, districts=districts, password=password)) for spec in SCHOOLS]
    own = Organisation.objects.filter(name=MANAGER_SCHOOL, kind=OrganisationKind.SCHOOL).first()
    if own is not None:
        schools.append(({"stage": ApplicationStatus.DRAFT}, own, manager))
    for spec, organisation, school_manager in schools:
        existing = Application.objects.filter(organisation=organisation).order_by("-created_at").first()
        if existing is None and spec.get("trained_staff"):
            _train_staff(organisation, count=spec["trained_staff"])
        built[organisation.name] = existing or _build_stage(
            organisation, manager=school_manager, assessor=assessor, stage=spec["stage"]
        )
    return built
