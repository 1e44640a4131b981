"""Domain errors raised by the survey services. Their messages are written for the respondent."""


class SurveyError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class SurveyClosed(SurveyError):
    pass


class SurveyAlreadyAnswered(SurveyError):
    def __init__(self):
        super().__init__("You have already answered this survey. Thank you.")


class TooManyResponses(SurveyError):
    def __init__(self):
        super().__init__("We have already had several answers from this device today. Thank you.")


class InvalidSurveyResponse(SurveyError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("Some answers are missing or not valid.")
        self.errors = errors
