# ruff: noqa: E501 - the table reads best with one URL to a line
"""The permission matrix: every URL in scope (see tests/security/matrix.py for the rule), asked by
every persona, with real ids of another learner's, another organisation's and another school's
objects. Every expected answer is in ROWS, one line per URL name; a URL without a row fails.

Codes, in the order of PERSONAS:
anonymous, learner, other_learner, member (of A), manager (of A), other_manager (of B),
licensing_officer, assessor, scoped_analyst, editor, superuser.
"L" = redirected to sign in; "302" = redirected elsewhere; numbers are status codes.
Two more personas, another school's manager and an assessor not assigned to school A's
application, are asked every URL too; they expect the answer of other_manager and assessor, except
in the cells of EXTRA_EXPECT.

Every request runs in a savepoint that is rolled back, so one persona's POST never changes what
the next one sees. To see what the site answers for a new URL, run with MATRIX_PRINT=<file>: it
writes every observed code there."""

import os

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils.http import urlencode

from tests.security.matrix import EXTRA_PERSONAS, PERSONAS, Row, answer_code, resolve_kwargs, routes_in_scope
from tests.security.world import build_world

A = "'x'"  # a literal that is no real token or code

# fmt: off
ROWS: dict[str, Row] = {
    "insights_report": Row("L L L L L L L 302 200 302 200"),
    "insights_report_download": Row("L L L L L L L 302 200 302 200", {"fmt": "'pdf'"}),
    "insights_dashboard": Row("L L L L L L L 302 400 302 200", {"key": "'overview'"}, query={"partnership": "partnership"}),
    "insights_export": Row("L L L L L L L 302 400 302 200", {"key": "'overview'", "table": "'rates'", "fmt": "'csv'"}, query={"partnership": "partnership"}),
    "quality_mark_review:index": Row("L L L L L L L 200 302 302 200"),
    "quality_mark_review:index_results": Row("L L L L L L L 200 302 302 200"),
    "quality_mark_review:review": Row("L L L L L L L 200 302 302 200", {"pk": "application"}),
    "wagtailsnippets_quality_mark_standard:delete": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}, note="our delete view: a standard in use is refused with a message"),
    "quality_mark_review:action": Row("L L L L L L L 400 302 302 400", {"pk": "application", "action": "'assign'"}, method="post"),
    "organisations_admin:index": Row("L L L L L L L 302 302 200 200"),
    "organisations_admin:index_results": Row("L L L L L L L 302 302 200 200"),
    "organisations_admin:add": Row("L L L L L L L 302 302 302 200"),
    "organisations_admin:edit": Row("L L L L L L L 302 302 200 200", {"pk": "organisation"}),
    "organisations_admin:delete": Row("L L L L L L L 302 302 302 200", {"pk": "organisation"}),
    "organisations_admin:history": Row("L L L L L L L 302 302 200 200", {"pk": "organisation"}),
    "organisations_admin:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "organisation"}),
    "organisations_admin:usage": Row("L L L L L L L 302 302 200 200", {"pk": "organisation"}),
    "organisations_admin:inspect": Row("L L L L L L L 302 302 200 200", {"pk": "organisation"}),
    "organisations_admin:copy": Row("L L L L L L L 302 302 302 200", {"pk": "organisation"}),
    "organisations_admin:decide": Row("L L L L L L L 302 302 200 200", {"pk": "organisation"}),
    "certificates:index": Row("L L L L L L L 302 302 200 200"),
    "certificates:index_results": Row("L L L L L L L 302 302 200 200"),
    "certificates:inspect": Row("L L L L L L L 302 302 200 200", {"pk": "certificate"}),
    "certificates:history": Row("L L L L L L L 302 302 302 302", {"pk": "certificate"}),
    "certificates:history_results": Row("L L L L L L L 302 302 302 302", {"pk": "certificate"}),
    "certificates:usage": Row("L L L L L L L 302 302 302 302", {"pk": "certificate"}),
    "certificates:revoke": Row("L L L L L L L 302 302 302 200", {"pk": "certificate"}),
    "analyst_scopes:index": Row("L L L L L L L 302 302 302 200"),
    "analyst_scopes:index_results": Row("L L L L L L L 302 302 302 200"),
    "analyst_scopes:add": Row("L L L L L L L 302 302 302 200"),
    "analyst_scopes:edit": Row("L L L L L L L 302 302 302 200", {"pk": "analyst_scope"}),
    "analyst_scopes:delete": Row("L L L L L L L 302 302 302 200", {"pk": "analyst_scope"}),
    "analyst_scopes:history": Row("L L L L L L L 302 302 302 200", {"pk": "analyst_scope"}),
    "analyst_scopes:history_results": Row("L L L L L L L 302 302 302 200", {"pk": "analyst_scope"}),
    "analyst_scopes:usage": Row("L L L L L L L 302 302 302 200", {"pk": "analyst_scope"}),
    "analyst_scopes:copy": Row("L L L L L L L 302 302 302 200", {"pk": "analyst_scope"}),
    "surveys:index": Row("L L L L L L L 302 200 302 200"),
    "surveys:index_results": Row("L L L L L L L 302 200 302 200"),
    "surveys:add": Row("L L L L L L L 302 200 302 200"),
    "surveys:edit": Row("L L L L L L L 302 200 302 200", {"pk": "survey"}),
    "surveys:delete": Row("L L L L L L L 302 200 302 200", {"pk": "survey"}),
    "surveys:history": Row("L L L L L L L 302 200 302 200", {"pk": "survey"}),
    "surveys:history_results": Row("L L L L L L L 302 200 302 200", {"pk": "survey"}),
    "surveys:usage": Row("L L L L L L L 302 200 302 200", {"pk": "survey"}),
    "account_login": Row("200 302 302 302 302 302 302 302 302 302 302"),
    "account_logout": Row("302 200 200 200 200 200 200 200 200 200 200"),
    "account_inactive": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "account_signup": Row("200 302 302 302 302 302 302 302 302 302 302"),
    "account_reauthenticate": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "account_email": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "account_email_verification_sent": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "account_change_password": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "account_set_password": Row("L 302 302 302 302 302 302 302 302 302 302"),
    "account_reset_password": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "account_request_reauthentication_code": Row("L 403 403 403 403 403 403 403 403 403 403"),
    "account_confirm_reauthentication_code": Row("L 403 403 403 403 403 403 403 403 403 403"),
    "account_confirm_login_code": Row("L 302 302 302 302 302 302 302 302 302 302"),
    "account_confirm_email": Row("200 200 200 200 200 200 200 200 200 200 200", {"key": "'forged-key'"}),
    "account_reset_password_from_key_done": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "account_reset_password_from_key": Row("200 200 200 200 200 200 200 200 200 200 200", {"uidb36": "'zz'", "key": "'forged-key'"}),
    "account_reset_password_done": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "mfa_index": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "mfa_authenticate": Row("L 302 302 302 302 302 302 302 302 302 302"),
    "mfa_reauthenticate": Row("L 302 302 302 302 302 302 200 200 200 200"),
    "mfa_activate_totp": Row("L 302 302 302 302 302 302 302 302 302 302"),
    "mfa_deactivate_totp": Row("L 404 404 404 404 404 404 302 302 302 302"),
    "mfa_view_recovery_codes": Row("L 404 404 404 404 404 404 302 302 302 302"),
    "mfa_generate_recovery_codes": Row("L 302 302 302 302 302 302 302 302 302 302"),
    "mfa_download_recovery_codes": Row("L 404 404 404 404 404 404 302 302 302 302"),
    "people:profile": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "people:your_data": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "people:your_data_download": Row("L 200 200 200 200 200 200 200 200 200 200", method="post"),
    "people:account_erase": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "people:account_erased": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "organisations:list": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "organisations:register": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "organisations:invitation": Row("L 200 200 200 200 200 200 200 200 200 200", {"token": "invitation_token"}),
    "organisations:join": Row("L 200 200 200 200 200 200 200 200 200 200", {"code": "join_code"}),
    "organisations:home": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "organisations:members": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "organisations:invite": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation"}, method="post"),
    "organisations:invitation_revoke": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation", "invitation_id": "invitation"}, method="post"),
    "organisations:join_code": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation"}, method="post"),
    "organisations:join_request_decide": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation", "request_id": "join_request"}, method="post"),
    "organisations:member_remove": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation", "membership_id": "membership"}, method="post"),
    "organisations:member_role": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation", "membership_id": "membership"}, method="post"),
    "organisations:leave": Row("L 404 404 200 200 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "quality_mark:about": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "quality_mark:register": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "quality_mark:evidence_download": Row("404 404 404 404 200 404 404 200 404 404 200", {"evidence_id": "evidence"}),
    "quality_mark:school": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "quality_mark:start": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation"}, method="post"),
    "quality_mark:award_certificate": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation", "award_id": "award"}),
    "quality_mark:application": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application"}),
    "quality_mark:check": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application"}),
    "quality_mark:submit": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application"}, method="post"),
    "quality_mark:history": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application"}),
    "quality_mark:section": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application", "section_id": "section"}),
    "quality_mark:evidence_upload": Row("L 404 404 404 400 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application", "section_id": "section"}, method="post"),
    "quality_mark:evidence_remove": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation", "application_id": "application", "section_id": "section", "evidence_id": "evidence"}, method="post"),
    "insights:survey": Row("200 200 200 200 200 200 200 200 200 200 200", {"slug": "survey_slug"}),
    "insights:survey_thanks": Row("200 200 200 200 200 200 200 200 200 200 200", {"slug": "survey_slug"}),
    "courses:my_learning": Row("L 200 200 200 200 200 200 200 200 200 200"),
    "courses:course_start": Row("L 302 302 302 302 302 302 302 302 302 302", {"course_id": "course"}, method="post"),
    "courses:lesson_complete": Row("L 302 302 302 302 302 302 302 302 302 302", {"lesson_id": "lesson"}, method="post"),
    "courses:evaluation_before": Row("L 302 404 404 404 404 404 404 404 404 404", {"course_id": "course"}),
    "courses:evaluation_after": Row("L 200 404 404 404 404 404 404 404 404 404", {"course_id": "course"}),
    "courses:quiz_start": Row("L 302 302 302 302 302 302 302 302 302 302", {"course_id": "course"}, method="post"),
    "courses:attempt": Row("L 302 404 404 404 404 404 404 404 404 404", {"attempt_id": "attempt"}),
    "courses:attempt_result": Row("L 200 404 404 404 404 404 404 404 404 404", {"attempt_id": "attempt"}),
    "courses:certificate_download": Row("404 200 404 404 404 404 404 404 404 404 404", {"certificate_id": "certificate"}),
    "courses:verify": Row("200 200 200 200 200 200 200 200 200 200 200"),
    "courses:bulk_verify": Row("L 403 403 403 200 200 200 200 200 200 200"),
    "courses:verify_code": Row("200 200 200 200 200 200 200 200 200 200 200", {"code": "certificate_code"}),
    "courses:organisation_training": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "courses:organisation_training_remind": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation"}, method="post"),
    "courses:organisation_register_listing": Row("L 404 404 404 302 404 404 404 404 404 404", {"organisation_id": "organisation"}, method="post"),
    "courses:organisation_training_csv": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "courses:organisation_training_xlsx": Row("L 404 404 404 200 404 404 404 404 404 404", {"organisation_id": "organisation"}),
    "courses:organisation_drivers": Row("L 404 404 404 404 404 200 404 404 404 404", {"organisation_id": "licensing_authority"}),
    "courses:organisation_badge_check": Row("L 404 404 404 404 404 200 404 404 404 404", {"organisation_id": "licensing_authority"}, method="post"),
    "courses:trained_venues": Row("200 200 200 200 200 200 200 200 200 200 200"),
}
# fmt: on

# Admin URLs that Wagtail's generic views serve for our own models: the snippets and their choosers
# (a bank question holds its right answers) and the user admin (everyone's name and email). Editing
# is for the groups given the model's permissions; the choosers answer anyone who may open the
# admin, by Wagtail's design (a chooser lists titles, never a question's answers: README, known
# limits).
# fmt: off
ADMIN_MODEL_ROWS: dict[str, Row] = {
    "wagtailsnippetchoosers_courses_competency:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_competency:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_competency:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippetchoosers_courses_competency:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_competency:create": Row("L L L L L L L 302 302 404 404"),
    "wagtailsnippetchoosers_courses_question:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_question:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_question:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "question"}),
    "wagtailsnippetchoosers_courses_question:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_question:create": Row("L L L L L L L 302 302 404 404"),
    "wagtailsnippetchoosers_courses_requiredcourse:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_requiredcourse:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_requiredcourse:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "required_course"}),
    "wagtailsnippetchoosers_courses_requiredcourse:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_courses_requiredcourse:create": Row("L L L L L L L 302 302 302 404"),
    "wagtailsnippetchoosers_language_languageconfirmation:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_language_languageconfirmation:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_language_languageconfirmation:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "language_confirmation"}),
    "wagtailsnippetchoosers_language_languageconfirmation:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_language_languageconfirmation:create": Row("L L L L L L L 302 302 302 302"),
    "wagtailsnippetchoosers_language_languagerule:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_language_languagerule:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_language_languagerule:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "language_rule"}),
    "wagtailsnippetchoosers_language_languagerule:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_language_languagerule:create": Row("L L L L L L L 302 302 404 404"),
    "wagtailsnippetchoosers_people_district:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_people_district:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_people_district:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "org_district"}),
    "wagtailsnippetchoosers_people_district:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_people_district:create": Row("L L L L L L L 302 302 404 404"),
    "wagtailsnippetchoosers_people_partnership:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_people_partnership:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_people_partnership:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "partnership"}),
    "wagtailsnippetchoosers_people_partnership:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_people_partnership:create": Row("L L L L L L L 302 302 404 404"),
    "wagtailsnippetchoosers_quality_mark_standard:choose": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_quality_mark_standard:choose_results": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_quality_mark_standard:chosen": Row("L L L L L L L 200 200 200 200", {"pk": "standard"}),
    "wagtailsnippetchoosers_quality_mark_standard:chosen_multiple": Row("L L L L L L L 200 200 200 200"),
    "wagtailsnippetchoosers_quality_mark_standard:create": Row("L L L L L L L 302 302 404 404"),
    "wagtailsnippets_courses_competency:add": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_courses_competency:copy": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippets_courses_competency:delete": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippets_courses_competency:edit": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippets_courses_competency:history": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippets_courses_competency:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippets_courses_competency:list": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_courses_competency:list_results": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_courses_competency:revisions_compare": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet", "revision_id_a": "'earliest'", "revision_id_b": "'latest'"}),
    "wagtailsnippets_courses_competency:revisions_revert": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet", "revision_id": "competency_revision"}),
    "wagtailsnippets_courses_competency:usage": Row("L L L L L L L 302 302 200 200", {"pk": "competency_snippet"}),
    "wagtailsnippets_courses_question:add": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_courses_question:copy": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_question:delete": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_question:edit": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_question:history": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_question:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_question:list": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_courses_question:list_results": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_courses_question:revisions_compare": Row("L L L L L L L 302 302 200 200", {"pk": "question", "revision_id_a": "'earliest'", "revision_id_b": "'latest'"}),
    "wagtailsnippets_courses_question:revisions_revert": Row("L L L L L L L 302 302 200 200", {"pk": "question", "revision_id": "question_revision"}),
    "wagtailsnippets_courses_question:revisions_unschedule": Row("L L L L L L L 302 302 200 200", {"pk": "question", "revision_id": "question_revision"}),
    "wagtailsnippets_courses_question:unpublish": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_question:usage": Row("L L L L L L L 302 302 200 200", {"pk": "question"}),
    "wagtailsnippets_courses_requiredcourse:add": Row("L L L L L L L 302 302 302 200"),
    "wagtailsnippets_courses_requiredcourse:copy": Row("L L L L L L L 302 302 302 200", {"pk": "required_course"}),
    "wagtailsnippets_courses_requiredcourse:delete": Row("L L L L L L L 302 302 302 200", {"pk": "required_course"}),
    "wagtailsnippets_courses_requiredcourse:edit": Row("L L L L L L L 302 302 302 200", {"pk": "required_course"}),
    "wagtailsnippets_courses_requiredcourse:history": Row("L L L L L L L 302 302 302 200", {"pk": "required_course"}),
    "wagtailsnippets_courses_requiredcourse:history_results": Row("L L L L L L L 302 302 302 200", {"pk": "required_course"}),
    "wagtailsnippets_courses_requiredcourse:list": Row("L L L L L L L 302 302 302 200"),
    "wagtailsnippets_courses_requiredcourse:list_results": Row("L L L L L L L 302 302 302 200"),
    "wagtailsnippets_courses_requiredcourse:usage": Row("L L L L L L L 302 302 302 200", {"pk": "required_course"}),
    "wagtailsnippets_language_languageconfirmation:add": Row("L L L L L L L 302 302 302 302"),
    "wagtailsnippets_language_languageconfirmation:delete": Row("L L L L L L L 302 302 302 302", {"pk": "language_confirmation"}),
    "wagtailsnippets_language_languageconfirmation:edit": Row("L L L L L L L 302 302 302 302", {"pk": "language_confirmation"}),
    "wagtailsnippets_language_languageconfirmation:history": Row("L L L L L L L 302 302 302 302", {"pk": "language_confirmation"}),
    "wagtailsnippets_language_languageconfirmation:history_results": Row("L L L L L L L 302 302 302 302", {"pk": "language_confirmation"}),
    "wagtailsnippets_language_languageconfirmation:inspect": Row("L L L L L L L 302 302 200 200", {"pk": "language_confirmation"}),
    "wagtailsnippets_language_languageconfirmation:list": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_language_languageconfirmation:list_results": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_language_languageconfirmation:usage": Row("L L L L L L L 302 302 302 302", {"pk": "language_confirmation"}),
    "wagtailsnippets_language_languagerule:add": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_language_languagerule:copy": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule"}),
    "wagtailsnippets_language_languagerule:delete": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule"}),
    "wagtailsnippets_language_languagerule:edit": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule"}),
    "wagtailsnippets_language_languagerule:history": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule"}),
    "wagtailsnippets_language_languagerule:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule"}),
    "wagtailsnippets_language_languagerule:list": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_language_languagerule:list_results": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_language_languagerule:revisions_compare": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule", "revision_id_a": "'earliest'", "revision_id_b": "'latest'"}),
    "wagtailsnippets_language_languagerule:revisions_revert": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule", "revision_id": "language_rule_revision"}),
    "wagtailsnippets_language_languagerule:usage": Row("L L L L L L L 302 302 200 200", {"pk": "language_rule"}),
    "wagtailsnippets_people_district:add": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_people_district:copy": Row("L L L L L L L 302 302 200 200", {"pk": "org_district"}),
    "wagtailsnippets_people_district:delete": Row("L L L L L L L 302 302 200 200", {"pk": "org_district"}),
    "wagtailsnippets_people_district:edit": Row("L L L L L L L 302 302 200 200", {"pk": "org_district"}),
    "wagtailsnippets_people_district:history": Row("L L L L L L L 302 302 200 200", {"pk": "org_district"}),
    "wagtailsnippets_people_district:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "org_district"}),
    "wagtailsnippets_people_district:list": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_people_district:list_results": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_people_district:usage": Row("L L L L L L L 302 302 200 200", {"pk": "org_district"}),
    "wagtailsnippets_people_partnership:add": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_people_partnership:copy": Row("L L L L L L L 302 302 200 200", {"pk": "partnership"}),
    "wagtailsnippets_people_partnership:delete": Row("L L L L L L L 302 302 200 200", {"pk": "partnership"}),
    "wagtailsnippets_people_partnership:edit": Row("L L L L L L L 302 302 200 200", {"pk": "partnership"}),
    "wagtailsnippets_people_partnership:history": Row("L L L L L L L 302 302 200 200", {"pk": "partnership"}),
    "wagtailsnippets_people_partnership:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "partnership"}),
    "wagtailsnippets_people_partnership:list": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_people_partnership:list_results": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_people_partnership:usage": Row("L L L L L L L 302 302 200 200", {"pk": "partnership"}),
    "wagtailsnippets_quality_mark_standard:add": Row("L L L L L L L 302 302 200 200"),
    "wagtailsnippets_quality_mark_standard:copy": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}),
    "wagtailsnippets_quality_mark_standard:delete": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}),
    "wagtailsnippets_quality_mark_standard:edit": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}),
    "wagtailsnippets_quality_mark_standard:history": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}),
    "wagtailsnippets_quality_mark_standard:history_results": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}),
    "wagtailsnippets_quality_mark_standard:list": Row("L L L L L L L 200 302 200 200"),
    "wagtailsnippets_quality_mark_standard:list_results": Row("L L L L L L L 200 302 200 200"),
    "wagtailsnippets_quality_mark_standard:revisions_compare": Row("L L L L L L L 302 302 200 200", {"pk": "standard", "revision_id_a": "'earliest'", "revision_id_b": "'latest'"}),
    "wagtailsnippets_quality_mark_standard:revisions_revert": Row("L L L L L L L 302 302 200 200", {"pk": "standard", "revision_id": "standard_revision"}),
    "wagtailsnippets_quality_mark_standard:usage": Row("L L L L L L L 302 302 200 200", {"pk": "standard"}),
    "wagtailusers_users:add": Row("L L L L L L L 302 302 302 200"),
    "wagtailusers_users:copy": Row("L L L L L L L 302 302 302 200", {"pk": "user"}),
    "wagtailusers_users:delete": Row("L L L L L L L 302 302 302 200", {"pk": "user"}),
    "wagtailusers_users:edit": Row("L L L L L L L 302 302 302 200", {"pk": "user"}),
    "wagtailusers_users:history": Row("L L L L L L L 302 302 302 200", {"pk": "user"}),
    "wagtailusers_users:history_results": Row("L L L L L L L 302 302 302 200", {"pk": "user"}),
    "wagtailusers_users:index": Row("L L L L L L L 302 302 302 200"),
    "wagtailusers_users:index_results": Row("L L L L L L L 302 302 302 200"),
    "wagtailusers_users:usage": Row("L L L L L L L 302 302 302 200", {"pk": "user"}),
}
# fmt: on
ROWS.update(ADMIN_MODEL_ROWS)

# The personas checked besides PERSONAS' columns (see matrix.EXTRA_PERSONAS): each gets the answer
# of the persona it stands beside, except in the cells listed here.
EXTRA_EXPECT: dict[str, dict[str, str]] = {
    "quality_mark:evidence_download": {"unassigned_assessor": "404"},
}


def test_every_url_in_scope_has_a_row():
    missing = sorted(set(routes_in_scope()) - set(ROWS))
    assert not missing, f"These URL names have no row in the permission matrix: {missing}"


def test_every_row_is_a_url_in_scope():
    assert not sorted(set(ROWS) - set(routes_in_scope()))


@pytest.fixture
def persona_users(
    learner,
    other_learner,
    member_a,
    manager_a,
    manager_b,
    licensing_officer,
    assessor,
    scoped_analyst,
    editor,
    superuser,
    other_school_manager,
    unassigned_assessor,
):
    return {
        "anonymous": None,
        "learner": learner,
        "other_learner": other_learner,
        "member": member_a,
        "manager": manager_a,
        "other_manager": manager_b,
        "licensing_officer": licensing_officer,
        "assessor": assessor,
        "scoped_analyst": scoped_analyst,
        "editor": editor,
        "superuser": superuser,
        "other_school_manager": other_school_manager,
        "unassigned_assessor": unassigned_assessor,
    }


def test_every_exception_for_an_extra_persona_is_a_url_and_a_persona():
    assert set(EXTRA_EXPECT) <= set(ROWS)
    assert {persona for cells in EXTRA_EXPECT.values() for persona in cells} <= set(EXTRA_PERSONAS)


@pytest.mark.django_db
def test_every_persona_gets_the_expected_answer_from_every_url(
    persona_users,
    learner,
    manager_a,
    member_a,
    organisation_a,
    licensing_authority,
    licensing_officer,
    assessor,
    settings,
    tmp_path,
):
    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "evidence"
    world = build_world(
        assessor=assessor,
        learner=learner,
        manager_a=manager_a,
        member_a=member_a,
        organisation_a=organisation_a,
        licensing_authority=licensing_authority,
        licensing_officer=licensing_officer,
    )
    clients = {}
    for persona, user in persona_users.items():
        client = Client(raise_request_exception=True)
        if user is not None:
            client.force_login(user)
        clients[persona] = client
    login_url = reverse(settings.LOGIN_URL)
    routes = routes_in_scope()
    observed, wrong = {}, []
    for name, row in sorted(ROWS.items()):
        if name not in routes:
            continue
        url = reverse(name, kwargs=resolve_kwargs(row, world))
        if row.query:
            url += "?" + urlencode(resolve_kwargs(row, world, query=True))
        expected = row.codes()
        for extra, beside in EXTRA_PERSONAS.items():
            expected[extra] = EXTRA_EXPECT.get(name, {}).get(extra, expected[beside])
        for persona in (*PERSONAS, *EXTRA_PERSONAS):
            cache.clear()  # rate limits
            try:
                with transaction.atomic():
                    response = getattr(clients[persona], row.method)(url, row.data or {})
                    transaction.set_rollback(True)
            except Exception as error:  # an unhandled exception is a wrong answer, reported with the rest
                code = f"500({type(error).__name__}: {error})"
            else:
                code = answer_code(response, login_url)
            observed.setdefault(name, []).append(code)
            if code != expected[persona]:
                wrong.append(
                    f"{name} {row.method.upper()} {url} as {persona}: expected {expected[persona]}, got {code}"
                )
    if path := os.environ.get("MATRIX_PRINT"):
        with open(path, "w") as out:
            for name, codes in observed.items():
                out.write(f"{name}\t{' '.join(codes)}\n")
    assert not wrong, "\n".join(wrong)
