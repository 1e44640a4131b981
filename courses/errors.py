"""Domain errors raised by courses.services. Their messages are written for the learner."""


class CourseError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class LessonNotInCourse(CourseError):
    pass


class QuizNotAvailable(CourseError):
    pass


class AttemptAlreadySubmitted(CourseError):
    def __init__(self, attempt):
        super().__init__("You have already submitted these answers.")
        self.attempt = attempt


class InvalidAnswers(CourseError):
    def __init__(self, errors: dict):
        super().__init__("Some answers are missing or not valid.")
        self.errors = errors
