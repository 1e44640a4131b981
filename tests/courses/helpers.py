from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete, quiz_attempt_start


def complete_lessons(*, learner, course):
    enrolment = enrolment_start(learner=learner, course=course)
    for lesson in live_lessons_of(course):
        lesson_complete(enrolment=enrolment, lesson=lesson)
    return enrolment


def open_attempt(*, learner, course):
    return quiz_attempt_start(enrolment=complete_lessons(learner=learner, course=course))


def right_answers(attempt) -> dict[int, list[int]]:
    return {row.pk: [c["id"] for c in row.choices if c["is_correct"]] for row in attempt.answers.all()}


def wrong_answers(attempt) -> dict[int, list[int]]:
    return {row.pk: [next(c["id"] for c in row.choices if not c["is_correct"])] for row in attempt.answers.all()}


def as_post(answers: dict[int, list[int]]) -> dict[str, list[str]]:
    return {f"answer-{pk}": [str(choice) for choice in chosen] for pk, chosen in answers.items()}
