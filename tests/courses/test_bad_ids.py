"""Forged ids in URLs and forms answer 404 or a form error, on every database, never a 500."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

HUGE = "9" * 30


@pytest.mark.parametrize(
    ("path", "method"),
    [
        (f"/learn/attempts/{HUGE}/", "get"),
        (f"/learn/attempts/{HUGE}/result/", "get"),
        (f"/learn/attempts/{HUGE}/", "post"),
        (f"/learn/courses/{HUGE}/start/", "post"),
        (f"/learn/courses/{HUGE}/quiz/", "post"),
        (f"/learn/lessons/{HUGE}/complete/", "post"),
        ("/learn/attempts/-1/", "get"),
        ("/learn/attempts/0/", "get"),
    ],
)
def test_out_of_range_ids_are_404(learner_client, path, method):
    assert getattr(learner_client, method)(path).status_code == 404


def test_an_out_of_range_district_is_a_form_error(learner_client):
    response = learner_client.post(
        reverse("people:profile"), {"full_name": "A B", "sector": "school", "job_role": "Cook", "district": HUGE}
    )
    assert response.status_code == 200
    assert "Choose an area from the list" in response.content.decode()
