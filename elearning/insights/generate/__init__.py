"""Generated activity: deterministic, realistic learning history for demos and benchmarks.

`activity_generate` writes years of records for N learners straight into the tables (COPY on
PostgreSQL, bulk_create elsewhere), shaped exactly as the services write them; `activity_reset`
deletes what it wrote and nothing else. Generated learners have email addresses at
@generated.invalid; generated organisations were registered by one of them; generated surveys have
slugs starting "generated-"."""

from .activity import ActivityError, activity_generate, activity_reset, generated_learners

__all__ = ["ActivityError", "activity_generate", "activity_reset", "generated_learners"]
