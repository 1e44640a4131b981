"""Standards in the admin: a standard that applications answer cannot be deleted (the database
protects it); editors are told why and to retire it instead, and nothing is lost. An unused one
deletes as usual. A standard measured by the platform must name its course."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from quality_mark.models import Standard
from tests.quality_mark.helpers import start

pytestmark = pytest.mark.django_db

IN_USE = (
    "“Leadership and policy” cannot be deleted: 1 application answers it, and they must keep it. "
    "To leave it out of new applications, untick “Live” and save instead."
)


def delete_url(standard):
    return reverse("wagtailsnippets_quality_mark_standard:delete", args=[standard.pk])


def bulk_delete_url(*standards):
    url = reverse("wagtail_bulk_action", args=["quality_mark", "standard", "delete"])
    return url + "?" + "&".join(f"id={standard.pk}" for standard in standards)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def used(school, manager_a, standards):
    """Leadership and policy, answered by Ashdown's draft (so are the others)."""
    start(school, manager_a)
    return standards[0]


@pytest.fixture
def unused(db):
    return Standard.objects.create(
        title="Made by mistake",
        slug="made-by-mistake",
        what_good_looks_like="-",
        level_1_emerging="1",
        level_2_developing="2",
        level_3_established="3",
        level_4_embedded="4",
    )


def test_the_delete_page_of_a_standard_in_use_says_why_it_cannot_go_and_offers_no_button(editor_client, used):
    response = editor_client.get(delete_url(used))

    page = response.content.decode()
    assert response.status_code == 200
    assert IN_USE in page
    assert "Yes, delete" not in page


@pytest.mark.parametrize("persona", ["editor_client", "superuser_client"])
def test_deleting_a_standard_in_use_is_refused_with_a_message_and_deletes_nothing(request, persona, used):
    client = request.getfixturevalue(persona)

    response = client.post(delete_url(used), follow=True)

    assert response.status_code == 200
    assert IN_USE in messages_of(response)
    assert response.redirect_chain[-1][0] == reverse("wagtailsnippets_quality_mark_standard:edit", args=[used.pk])
    assert Standard.objects.filter(pk=used.pk).exists()
    assert used.sections.count() == 1
    assert not ModelLogEntry.objects.filter(action="wagtail.delete").exists()


def test_bulk_delete_leaves_a_standard_in_use_and_deletes_an_unused_one(editor_client, used, unused):
    url = bulk_delete_url(used, unused)

    confirm = editor_client.get(url).content.decode()
    response = editor_client.post(url)

    assert response.status_code == 302
    assert "Made by mistake" in confirm and "Leadership and policy" in confirm
    assert Standard.objects.filter(pk=used.pk).exists()
    assert not Standard.objects.filter(pk=unused.pk).exists()


def test_an_unused_standard_is_deleted(editor_client, unused):
    page = editor_client.get(delete_url(unused)).content.decode()
    response = editor_client.post(delete_url(unused))

    assert "Yes, delete" in page
    assert response.status_code == 302
    assert not Standard.objects.filter(pk=unused.pk).exists()


def standard_form(**changes) -> dict:
    return {
        "title": "Whole-staff refresher",
        "slug": "whole-staff-refresher",
        "sort_order": "9",
        "what_good_looks_like": "Everyone refreshes every year.",
        "level_1_emerging": "1",
        "level_2_developing": "2",
        "level_3_established": "3",
        "level_4_embedded": "4",
        "benchmark_level": "3",
        "evidence_expected": "",
        "measure": "staff_training",
        "measure_course": "",
        "measure_target_percent": "90",
        "live": "on",
        **changes,
    }


def test_a_measured_standard_needs_its_course(staff_course):
    standard = Standard(**{k: v for k, v in standard_form().items() if k not in ("measure_course", "live")})

    with pytest.raises(ValidationError) as refusal:
        standard.full_clean()
    assert refusal.value.message_dict == {
        "measure_course": ["Choose the course whose valid certificates count: this standard is measured."]
    }
    standard.measure_course = staff_course
    standard.full_clean()  # fine with its course
    standard.measure, standard.measure_course = "", None
    standard.full_clean()  # a self-assessed standard needs none


def test_the_editor_is_told_when_a_measured_standard_has_no_course_and_nothing_is_saved(editor_client, staff_course):
    add = reverse("wagtailsnippets_quality_mark_standard:add")

    refused = editor_client.post(add, standard_form())
    accepted = editor_client.post(add, standard_form(measure_course=str(staff_course.pk)))

    assert refused.status_code == 200
    assert "Choose the course whose valid certificates count: this standard is measured." in refused.content.decode()
    assert accepted.status_code == 302
    assert list(Standard.objects.values_list("slug", "measure_course")) == [("whole-staff-refresher", staff_course.pk)]
