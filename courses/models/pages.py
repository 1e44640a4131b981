from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from elearning.language.forms import LanguageGuardPageForm
from elearning.language.panels import ReadingStatsPanel
from elearning.pagecache.pages import RouteCachedPage
from elearning.people.models import Sector

from ..blocks import LessonStreamBlock


class CourseIndexPage(RouteCachedPage, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    base_form_class = LanguageGuardPageForm
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards(index=self)
        return context


class QuizMode(models.TextChoices):
    FIXED = "fixed", "A fixed list of questions"
    RANDOM = "random", "Questions drawn at random from the bank for this audience"


class CoursePage(RouteCachedPage, Page):
    audience = models.CharField(max_length=20, choices=Sector.choices)
    summary = models.TextField(help_text="One or two sentences: who the course is for and what it covers.")
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=250, label="Outcome"))],
        blank=True,
        help_text='Each finishes the sentence "By the end of this course you will be able to ...".',
    )
    competencies = ParentalManyToManyField("courses.Competency", blank=True, related_name="courses")
    estimated_minutes = models.PositiveSmallIntegerField(default=20, validators=[MinValueValidator(1)])
    pass_mark = models.PositiveSmallIntegerField(
        "pass mark (%)", default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        "certificate valid for (months)",
        null=True,
        blank=True,
        default=12,
        help_text="Leave empty if the certificate does not expire.",
    )
    quiz_mode = models.CharField(max_length=10, choices=QuizMode.choices, default=QuizMode.FIXED)
    quiz_question_count = models.PositiveSmallIntegerField(
        "questions to draw",
        default=10,
        validators=[MinValueValidator(1)],
        help_text="How many questions a random quiz draws from the bank.",
    )
    retake_cooldown_minutes = models.PositiveIntegerField(
        "wait before a retake (minutes)", default=0, help_text="0 lets learners retake straight away."
    )
    max_attempts = models.PositiveSmallIntegerField(
        "attempt limit",
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Leave empty for no limit.",
    )
    evaluation_required = models.BooleanField(
        "evaluation required before the certificate",
        default=False,
        help_text="Learners who pass get their certificate only once they have answered the course evaluation.",
    )

    base_form_class = LanguageGuardPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("competencies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("estimated_minutes"),
    ]
    quiz_panels = [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("certificate_validity_months"),
                FieldPanel("retake_cooldown_minutes"),
                FieldPanel("max_attempts"),
            ],
            heading="Passing and retakes",
        ),
        MultiFieldPanel(
            [FieldPanel("quiz_mode"), FieldPanel("quiz_question_count")],
            heading="Questions",
        ),
        MultiFieldPanel([FieldPanel("evaluation_required")], heading="Evaluation"),
        InlinePanel("quiz_questions", label="Fixed list of questions"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = "course"

    @cached_property
    def lessons_for_pages(self) -> list["LessonPage"]:
        """The live lessons in order, as pages show them; kept with the page in the route cache.
        Services that decide something from the lessons read the database instead."""
        from ..selectors import live_lessons_of

        return live_lessons_of(self)

    def route_cache_warm(self) -> None:
        self.lessons_for_pages  # noqa: B018 - computed now, to be stored with the page

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline_for
        from ..selectors_evaluation import evaluation_due

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline_for(course=self, learner=request.user)
        context["evaluation_due"] = evaluation_due(enrolment=context["outline"].enrolment)
        return context


class CourseQuizQuestion(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey("courses.Question", on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["course", "question"], name="courses_quiz_question_once_per_course"),
        ]


CoursePage.edit_handler = TabbedInterface(
    [
        ObjectList(CoursePage.content_panels, heading="Content"),
        ObjectList(CoursePage.quiz_panels, heading="Quiz and certificate"),
        ObjectList(CoursePage.promote_panels, heading="Promote"),
        ObjectList(CoursePage.settings_panels, heading="Settings"),
    ]
)


class LessonPage(RouteCachedPage, Page):
    summary = models.CharField(max_length=250, blank=True, help_text="One sentence shown in the course outline.")
    estimated_minutes = models.PositiveSmallIntegerField(default=5, validators=[MinValueValidator(1)])
    body = StreamField(LessonStreamBlock())

    base_form_class = LanguageGuardPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        ReadingStatsPanel(),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = "lesson"

    @cached_property
    def course(self) -> CoursePage:
        return CoursePage.objects.get(path=self.path[: -self.steplen], depth=self.depth - 1)

    def route_cache_warm(self) -> None:
        self.course.lessons_for_pages  # noqa: B018 - computed now, to be stored with the page

    def serve(self, request, *args, **kwargs):
        from ..permissions import lesson_access

        enrolment, refusal = lesson_access(user=request.user, lesson=self, request=request)
        if refusal:
            return refusal
        return self._render(request, course=enrolment.course, enrolment=enrolment)

    def serve_preview(self, request, mode_name):
        # Editors preview lessons they are not enrolled on: show the lesson as a learner who has
        # just started would see it, without their records.
        return self._render(request, course=self.course, enrolment=None)

    def _render(self, request, *, course, enrolment):
        from ..selectors import lesson_context_for
        from ..selectors_evaluation import confidence_offer_pending

        context = self.get_context(request)
        context.update(lesson_context_for(lesson=self, course=course, enrolment=enrolment))
        context["confidence_offered"] = enrolment is not None and confidence_offer_pending(
            request=request, course=course, lessons_completed=context["outline"].completed_count
        )
        return TemplateResponse(request, self.get_template(request), context)
