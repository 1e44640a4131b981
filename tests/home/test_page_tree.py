"""Where the public page types may go in the page tree."""

import pytest

from courses.models import CourseIndexPage
from home.authoring import content_page_upsert, how_to_report_page_upsert
from home.models import ContentPage, HomePage, HowToReportPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    return HomePage.objects.get()


def test_the_how_to_report_page_goes_only_under_the_home_page(home, course):
    content = content_page_upsert(parent=home, slug="about", title="About", summary="", body=[])
    assert HowToReportPage.can_create_at(home)
    assert not HowToReportPage.can_create_at(content)
    assert not HowToReportPage.can_create_at(CourseIndexPage.objects.get())
    assert not HowToReportPage.can_create_at(course)
    assert HowToReportPage.allowed_parent_page_models() == [HomePage]


def test_there_can_be_only_one_how_to_report_page(home):
    how_to_report_page_upsert(parent=home, title="How to report a concern", intro="", body=[])
    assert not HowToReportPage.can_create_at(home)
    assert HowToReportPage.objects.count() == 1


def test_the_how_to_report_page_has_no_children(home):
    page = how_to_report_page_upsert(parent=home, title="How to report a concern", intro="", body=[])
    assert HowToReportPage.allowed_subpage_models() == []
    assert not ContentPage.can_create_at(page)


def test_content_pages_nest_under_the_home_page_and_each_other(home):
    parent = content_page_upsert(parent=home, slug="spot-the-signs", title="Spot the signs", summary="", body=[])
    assert ContentPage.can_create_at(home)
    assert ContentPage.can_create_at(parent)
