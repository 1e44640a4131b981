"""The services that write the public pages: upserts keyed on the slug under a parent."""

import pytest

from home.authoring import PublicPageError, content_page_upsert, how_to_report_page_upsert
from home.models import ContentPage, HomePage, HowToReportPage

pytestmark = pytest.mark.django_db

BODY = [
    ("rich_text", "<h2>Signs</h2><p>Going missing.</p>"),
    ("callout", {"style": "warning", "heading": "Warning signs", "body": "<ul><li>Older “friends”</li></ul>"}),
    ("accordion", {"sections": [{"heading": "In a taxi", "body": "<p>Late at night.</p>"}]}),
    ("quote", {"quote": "Say something.", "attribution": "A report"}),
    ("report_it_here", {"heading": "Report it here", "intro": ""}),
]


@pytest.fixture
def home(db):
    return HomePage.objects.get()


def upsert(home, **changes):
    fields = {"parent": home, "slug": "spot-the-signs", "title": "Spot the signs", "summary": "<p>Signs.</p>"}
    return content_page_upsert(**{**fields, "body": BODY, **changes})


def test_it_creates_a_live_page_with_one_published_revision(home):
    page = upsert(home)
    assert page.live
    assert page.get_parent().pk == home.pk
    assert page.url_path == "/home/spot-the-signs/"
    assert [block.block_type for block in page.body] == ["rich_text", "callout", "accordion", "quote", "report_it_here"]
    assert page.revisions.count() == 1
    assert page.live_revision_id == page.latest_revision_id


def test_running_it_again_with_the_same_content_changes_nothing(home):
    first = upsert(home)
    second = upsert(home)
    assert second.pk == first.pk
    assert ContentPage.objects.count() == 1
    assert second.revisions.count() == 1


def test_changed_content_is_published_as_a_new_revision_of_the_same_page(home):
    first = upsert(home)
    second = upsert(home, title="Spot the signs of exploitation", body=[("rich_text", "<p>New text.</p>")])
    assert second.pk == first.pk
    assert second.revisions.count() == 2
    live = ContentPage.objects.get(pk=first.pk)
    assert live.title == "Spot the signs of exploitation"
    assert [str(block.value) for block in live.body] == ["<p>New text.</p>"]


def test_a_changed_block_inside_an_accordion_counts_as_a_change(home):
    upsert(home)
    body = [*BODY[:2], ("accordion", {"sections": [{"heading": "In a taxi", "body": "<p>Early.</p>"}]}), *BODY[3:]]
    assert upsert(home, body=body).revisions.count() == 2


def test_the_same_slug_under_another_parent_is_another_page(home):
    parent = upsert(home)
    child = upsert(parent)
    assert child.pk != parent.pk
    assert child.url_path == "/home/spot-the-signs/spot-the-signs/"


def test_it_refuses_a_parent_that_does_not_allow_content_pages(home, course):
    with pytest.raises(PublicPageError, match="cannot go under"):
        upsert(course)
    assert not ContentPage.objects.exists()


def test_the_how_to_report_page_is_idempotent_too(home):
    first = how_to_report_page_upsert(parent=home, title="How to report a concern", intro="<p>Hi</p>", body=BODY)
    second = how_to_report_page_upsert(parent=home, title="How to report a concern", intro="<p>Hi</p>", body=BODY)
    assert second.pk == first.pk
    assert second.url_path == "/home/how-to-report/"
    assert second.revisions.count() == 1


def test_it_refuses_a_second_how_to_report_page(home):
    how_to_report_page_upsert(parent=home, title="How to report a concern", intro="", body=[])
    with pytest.raises(PublicPageError, match="only one"):
        how_to_report_page_upsert(parent=home, slug="report", title="Report", intro="", body=[])
    assert HowToReportPage.objects.count() == 1


def test_the_how_to_report_page_goes_only_under_the_home_page(home):
    parent = upsert(home)
    with pytest.raises(PublicPageError):
        how_to_report_page_upsert(parent=parent, title="How to report a concern", intro="", body=[])
    assert not HowToReportPage.objects.exists()


def test_arguments_are_keyword_only(home):
    with pytest.raises(TypeError):
        content_page_upsert(home, "slug", "Title", "", [])
