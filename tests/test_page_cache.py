"""The shared page cache (elearning/pagecache): anonymous visitors get public pages from the cache
with no query; any content change shows at once; nothing that belongs to one person is ever
served to another."""

import pytest
from django.http import HttpResponse
from django.template import engines
from django.test import Client
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete
from elearning.pagecache.middleware import HEADER
from home.authoring import content_page_upsert, how_to_report_page_upsert
from home.models import ContentPage, HomePage
from tests.factories import DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return HomePage.objects.get()


@pytest.fixture
def public_page(home):
    return content_page_upsert(
        parent=home,
        slug="spot-the-signs",
        title="Spot the signs",
        summary="<p>What to look out for.</p>",
        body=[("rich_text", "<p>Unexplained gifts.</p>")],
    )


def cached_twice(client: Client, url: str, django_assert_num_queries):
    """The first visit stores the page; the second must come from the cache with no query."""
    first = client.get(url)
    assert first.status_code == 200
    assert first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second[HEADER] == "hit"
    assert second.content == first.content
    return second


def test_it_serves_an_anonymous_public_page_from_the_cache_with_no_query(
    anonymous_client, public_page, django_assert_num_queries
):
    response = cached_twice(anonymous_client, public_page.url, django_assert_num_queries)
    assert "Unexplained gifts." in response.content.decode()
    assert response["X-Frame-Options"] == "DENY"


def test_it_serves_the_home_and_course_list_pages_from_the_cache(anonymous_client, course, django_assert_num_queries):
    cached_twice(anonymous_client, "/", django_assert_num_queries)
    response = cached_twice(anonymous_client, course.get_parent().url, django_assert_num_queries)
    assert course.title in response.content.decode()


def test_it_shows_a_published_change_at_once(anonymous_client, public_page):
    anonymous_client.get(public_page.url)
    public_page.title = "Spot the warning signs"
    public_page.save_revision().publish()
    response = anonymous_client.get(public_page.url)
    assert "Spot the warning signs" in response.content.decode()
    assert response[HEADER] == "miss"


def test_it_shows_a_new_course_on_the_cached_home_page_once_published(anonymous_client, course):
    anonymous_client.get("/")
    from tests.factories import make_course

    second = make_course(slug="second-course")
    assert second.title in anonymous_client.get("/").content.decode()


def test_it_stops_serving_an_unpublished_page(anonymous_client, public_page):
    anonymous_client.get(public_page.url)
    public_page.unpublish()
    assert anonymous_client.get(public_page.url).status_code == 404


def test_it_stops_serving_a_deleted_page(anonymous_client, public_page):
    url = public_page.url
    anonymous_client.get(url)
    public_page.delete()
    assert anonymous_client.get(url).status_code == 404


def test_it_follows_a_page_that_moved(anonymous_client, home, public_page):
    other = content_page_upsert(parent=home, slug="about", title="About", summary="", body=[])
    old_url = public_page.url
    anonymous_client.get(old_url)
    anonymous_client.get(other.url)
    public_page.move(other, pos="last-child")
    public_page.refresh_from_db()
    moved = anonymous_client.get(old_url)  # Wagtail leaves a redirect behind
    assert moved.status_code == 301
    assert moved.url == public_page.url
    assert "Spot the signs" in anonymous_client.get(ContentPage.objects.get(pk=other.pk).url).content.decode()
    assert anonymous_client.get(public_page.url).status_code == 200


def test_it_stops_serving_a_page_once_it_needs_a_sign_in(anonymous_client, public_page):
    anonymous_client.get(public_page.url)
    PageViewRestriction.objects.create(page=public_page, restriction_type=PageViewRestriction.LOGIN)
    response = anonymous_client.get(public_page.url)
    assert response.status_code == 302
    assert response.url.endswith(f"?next={public_page.url}")


def test_it_shows_a_district_s_new_number_at_once(anonymous_client, home):
    district = DistrictFactory(name="Rotherham", childrens_social_care_phone="01709 336080")
    how_to_report_page_upsert(parent=home, title="How to report a concern", intro="", body=[])
    url = f"/how-to-report/?district={district.pk}"
    assert "01709 336080" in anonymous_client.get(url).content.decode()
    district.childrens_social_care_phone = "01709 111222"
    district.save()
    html = anonymous_client.get(url).content.decode()
    assert "01709 111222" in html
    assert "01709 336080" not in html


def test_it_never_stores_or_serves_a_page_to_someone_signed_in(
    anonymous_client, learner_client, public_page, django_assert_num_queries
):
    cached_twice(anonymous_client, public_page.url, django_assert_num_queries)
    response = learner_client.get(public_page.url)
    assert HEADER not in response
    html = response.content.decode()
    assert "Sign out" in html
    assert "Create an account" not in html
    # And what they were shown is not what the next visitor gets.
    assert "Sign out" not in anonymous_client.get(public_page.url).content.decode()


def test_it_never_stores_a_page_with_a_csrf_form(anonymous_client, public_page, settings, monkeypatch):
    """A page with a POST form carries a token that belongs to one browser: it is never shared."""
    form = engines["django"].from_string('<form method="post">{% csrf_token %}<button>Send</button></form>')

    def serve_with_a_form(page, request, *args, **kwargs):
        return HttpResponse(form.render({}, request))

    monkeypatch.setattr(ContentPage, "serve", serve_with_a_form)
    for _ in range(2):
        response = anonymous_client.get(public_page.url)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert HEADER not in response
    other_visitor = Client().get(public_page.url)
    name = settings.CSRF_COOKIE_NAME
    assert other_visitor.cookies[name].value != response.cookies[name].value


def test_the_course_page_is_shared_with_visitors_because_it_has_no_form(anonymous_client, course):
    """Visitors are asked to sign in by a link, so the course page is cached like any public page."""
    anonymous_client.get(course.url)
    assert anonymous_client.get(course.url)[HEADER] == "hit"


@pytest.mark.parametrize("name", ["account_login", "account_signup", "courses:verify"])
def test_it_never_stores_sign_in_sign_up_or_verification(anonymous_client, name):
    for _ in range(2):
        assert HEADER not in anonymous_client.get(reverse(name))


def test_it_does_not_answer_a_visitor_who_has_a_message_waiting(anonymous_client, public_page):
    anonymous_client.get(public_page.url)
    anonymous_client.cookies["messages"] = "something"
    assert HEADER not in anonymous_client.get(public_page.url)


def test_it_respects_a_page_that_says_private(anonymous_client, public_page, monkeypatch):
    serve = ContentPage.serve

    def private_serve(self, request, *args, **kwargs):
        response = serve(self, request, *args, **kwargs)
        patch_cache_control(response, private=True)
        return response

    monkeypatch.setattr(ContentPage, "serve", private_serve)
    for _ in range(2):
        assert HEADER not in anonymous_client.get(public_page.url)


def test_it_is_off_when_the_setting_is_zero(anonymous_client, public_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert HEADER not in anonymous_client.get(public_page.url)


def test_learners_each_see_their_own_lesson_from_the_shared_cache(course, anonymous_client):
    """Two learners in different districts, one with progress: the cached lesson body and the page
    around it stay theirs."""
    lessons = live_lessons_of(course)
    ann = UserFactory(full_name="Ann Alpha", district=DistrictFactory(childrens_social_care_name="Alpha Front Door"))
    bob = UserFactory(full_name="Bob Beta", district=DistrictFactory(childrens_social_care_name="Beta Front Door"))
    lesson_complete(enrolment=enrolment_start(learner=ann, course=course), lesson=lessons[0])
    enrolment_start(learner=bob, course=course)
    ann_client, bob_client = Client(), Client()
    ann_client.force_login(ann)
    bob_client.force_login(bob)

    for _ in range(2):
        ann_html = ann_client.get(lessons[0].url).content.decode()
        bob_html = bob_client.get(lessons[0].url).content.decode()
        assert escape("Alpha Front Door") in ann_html
        assert escape("Beta Front Door") not in ann_html
        assert escape("Beta Front Door") in bob_html
        assert escape("Alpha Front Door") not in bob_html
        assert "Completed" in ann_html
        assert "Completed" not in bob_html
        assert anonymous_client.get(lessons[0].url).status_code == 302

    ann_course = ann_client.get(course.url).content.decode()
    bob_course = bob_client.get(course.url).content.decode()
    assert "1 of 3" in ann_course or "Completed" in ann_course
    assert "Completed" not in bob_course.split("Lessons")[-1].split("Quiz")[0]


def test_a_lesson_shows_its_newly_published_body(course):
    lesson = live_lessons_of(course)[0]
    learner = UserFactory()
    enrolment_start(learner=learner, course=course)
    client = Client()
    client.force_login(learner)
    assert "Lesson 1 text." in client.get(lesson.url).content.decode()
    lesson.body = [("rich_text", "<p>Rewritten lesson.</p>")]
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Rewritten lesson." in html
    assert "Lesson 1 text." not in html


def test_a_preview_shows_the_draft_not_the_cached_body(course, editor_client):
    lesson = live_lessons_of(course)[0]
    learner = UserFactory()
    enrolment_start(learner=learner, course=course)
    client = Client()
    client.force_login(learner)
    client.get(lesson.url)  # the live body is now cached
    lesson.body = [("rich_text", "<p>Draft words.</p>")]
    lesson.save_revision()
    response = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert "Draft words." in response.content.decode()
    assert "Draft words." not in client.get(lesson.url).content.decode()


def test_it_leaves_deletes_of_learning_records_as_one_statement(course, django_assert_num_queries):
    """The cache listens to content models only: a listener on every model would make Django read
    each row of a bulk delete into Python first (erasure, retention, rollup refreshes)."""
    learners = UserFactory.create_batch(3)
    for learner in learners:
        enrolment = enrolment_start(learner=learner, course=course)
        lesson_complete(enrolment=enrolment, lesson=live_lessons_of(course)[0])
    from courses.models import LessonCompletion

    with django_assert_num_queries(1):
        deleted, _ = LessonCompletion.objects.all().delete()
    assert deleted == 3


def test_it_still_clears_on_a_new_page_type_s_save(anonymous_client, course):
    anonymous_client.get(course.url)
    assert anonymous_client.get(course.url)[HEADER] == "hit"
    course.title = "Renamed course"
    course.save()  # a save without publishing: post_save of CoursePage, not of Page
    response = anonymous_client.get(course.url)
    assert response[HEADER] == "miss"
