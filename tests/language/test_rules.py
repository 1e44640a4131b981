"""The phrases to avoid are data that staff edit: seeded from the content guide, editable in the
admin with revisions, and read by the guard as soon as they are saved."""

import pytest
from django.urls import reverse

from courses.models import LessonPage
from elearning.language.models import LanguageConfirmation, LanguageRule
from elearning.language.selectors import active_matchers, language_matches_for

pytestmark = pytest.mark.django_db

GUIDE_PHRASES = [
    "child prostitute",
    "child sex worker",
    "selling sex",
    "putting herself/himself/themselves at risk",
    "risky behaviour/behavior",
    "lifestyle choice",
    "promiscuous",
    "sexually active",
    "consented/consenting",
    "agreed to",
    "willing",
    "boyfriend",
    "in a relationship with",
    "chooses to go missing",
    "absconded",
    "sex with",
]


def test_it_seeds_the_content_guides_table_with_why_and_what_to_say_instead():
    rules = {rule.phrase: rule for rule in LanguageRule.objects.all()}
    assert set(GUIDE_PHRASES) <= set(rules)
    assert all(rule.active and rule.why and rule.suggestion for rule in rules.values())
    assert rules["child prostitute"].suggestion == "child who is being sexually exploited"


def test_the_seeded_rules_flag_blaming_wording_and_pass_teaching_wording():
    lesson = LessonPage(title="Lesson", slug="lesson", body=[])
    lesson.summary = "A child cannot consent to their own abuse; we teach healthy relationships and consent."
    assert language_matches_for(lesson) == []
    lesson.summary = "She consented and chose to go missing with her boyfriend."
    assert [m.found for m in language_matches_for(lesson)] == ["consented", "chose to go missing", "boyfriend"]


def test_a_rule_added_by_staff_is_matched_straight_away():
    lesson = LessonPage(title="Lesson", slug="lesson", summary="She is a runaway.", body=[])
    assert language_matches_for(lesson) == []
    LanguageRule.objects.create(phrase="runaway", why="Blames the child.", suggestion="went missing")
    assert [(m.found, m.suggestion) for m in language_matches_for(lesson)] == [("runaway", "went missing")]


def test_an_inactive_rule_is_not_matched():
    LanguageRule.objects.filter(phrase="absconded").update(active=False)
    lesson = LessonPage(title="She absconded", slug="lesson", body=[])
    assert language_matches_for(lesson) == []
    assert "absconded" not in {matcher.rule.phrase for matcher in active_matchers()}


def test_an_editor_adds_a_rule_in_the_admin_and_it_keeps_revisions(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_language_languagerule:add"),
        {
            "phrase": "  Child   runaway ",
            "why": "Blames the child.",
            "suggestion": "child who went missing",
            "match_word_forms": "on",
            "exceptions": "",
            "active": "on",
        },
    )
    assert response.status_code == 302
    rule = LanguageRule.objects.get(phrase="Child runaway")
    assert rule.revisions.count() == 1


def test_a_phrase_already_on_the_list_is_refused_whatever_its_case(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_language_languagerule:add"),
        {"phrase": "Child Prostitute", "why": "Again.", "suggestion": "Again.", "active": "on"},
    )
    assert response.status_code == 200
    assert "This phrase is already on the list." in response.content.decode()
    assert LanguageRule.objects.filter(phrase__iexact="child prostitute").count() == 1


def test_editors_can_read_the_kept_wording_but_nobody_can_write_it(editor_client, superuser_client):
    assert editor_client.get(reverse("wagtailsnippets_language_languageconfirmation:list")).status_code == 200
    for client in (editor_client, superuser_client):
        response = client.get(reverse("wagtailsnippets_language_languageconfirmation:add"))
        assert response.status_code in (302, 403)
    assert not LanguageConfirmation.objects.exists()


@pytest.mark.parametrize("persona", ["learner_client", "anonymous_client"])
def test_learners_and_visitors_cannot_open_the_phrases(request, persona):
    response = request.getfixturevalue(persona).get(reverse("wagtailsnippets_language_languagerule:list"))
    assert response.status_code == 302
    assert not response.url.startswith("/admin/snippets")
