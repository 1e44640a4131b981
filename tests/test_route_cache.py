"""Routes of Wagtail pages from the shared cache (elearning/pagecache/routes.py): finding a page
costs no query once its route is stored, for signed-in learners too; any content change, a view
restriction or a release shows at once; and nothing about a person is ever kept in the cache."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete
from elearning.pagecache.invalidation import page_cache_version
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROUTING_TABLES = ("wagtailcore_site", "wagtailcore_page", "wagtailcore_pageviewrestriction", "courses_coursepage")


def queries_for(client, url) -> tuple[object, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [query["sql"] for query in queries.captured_queries]


@pytest.fixture
def reader(course):
    learner = UserFactory(full_name="Rhiannon Reader", email="rhiannon.reader@example.org")
    enrolment = enrolment_start(learner=learner, course=course)
    lesson_complete(enrolment=enrolment, lesson=live_lessons_of(course)[0])
    return learner


def test_a_stored_route_finds_a_lesson_for_a_signed_in_learner_without_a_query(client, course, reader):
    client.force_login(reader)
    lesson = live_lessons_of(course)[1]
    first, _ = queries_for(client, lesson.url)
    assert first.status_code == 200
    second, sql = queries_for(client, lesson.url)
    assert second.status_code == 200
    assert lesson.title in second.content.decode()
    touched = [query for query in sql if any(f'"{table}"' in query for table in ROUTING_TABLES)]
    assert touched == []
    assert "You have completed 1 of" in second.content.decode()


def test_a_published_change_to_a_lesson_shows_to_signed_in_learners_at_once(client, course, reader):
    client.force_login(reader)
    lesson = live_lessons_of(course)[1]
    client.get(lesson.url)
    lesson.title = "Grooming online, retitled"
    lesson.save_revision().publish()
    assert "Grooming online, retitled" in client.get(lesson.url).content.decode()


def test_an_unpublished_lesson_is_gone_at_once(client, course, reader):
    client.force_login(reader)
    lesson = live_lessons_of(course)[1]
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_view_restriction_added_after_the_route_was_stored_applies_at_once(client, course, reader):
    client.force_login(reader)
    lesson = live_lessons_of(course)[1]
    assert client.get(lesson.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="only-for-the-pilot"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "only-for-the-pilot" not in response.content.decode()
    assert f"/_util/authenticate_with_password/{restriction.pk}/" in response.content.decode()
    assert "You have completed" not in response.content.decode()


def test_a_made_up_address_is_not_stored(client, course):
    keys_before = set(cache._cache)  # the local-memory cache tests use
    for n in range(5):
        assert client.get(f"/courses/no-such-course-{n}/").status_code == 404
    assert not [key for key in set(cache._cache) - keys_before if "pagecache:route:" in key]


def test_a_release_s_migrate_forgets_every_stored_route_and_page():
    before = page_cache_version()
    call_command("migrate", verbosity=0)
    assert page_cache_version() != before


def test_nothing_about_a_learner_is_kept_in_the_shared_cache(client, course, reader):
    """Whatever the learner opens, the cache holds content only: no name, email or progress."""
    client.force_login(reader)
    for url in [course.url, *(lesson.url for lesson in live_lessons_of(course)), "/my-learning/", "/"]:
        assert client.get(url).status_code == 200
    stored = dict(cache._cache)
    assert any("pagecache:route:" in key for key in stored), "the routes were stored (else this proves nothing)"
    for value in stored.values():
        for personal in (reader.email, "Rhiannon", "Reader", "You have completed"):
            assert personal.encode() not in value
