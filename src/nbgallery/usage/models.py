"""The click log, and the per-notebook figures the nightly jobs compute from it."""

from __future__ import annotations

from django.db import models

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook


class Click(models.Model):
    # The original's action names (reference §1.2), so that its formulas carry over unchanged.
    VIEWED = "viewed notebook"
    DOWNLOADED = "downloaded notebook"
    RAN = "ran notebook"  # a download with ?run (Run in Jupyter)
    EXECUTED = "executed notebook"  # from Jupyter's instrumentation, first cell succeeded
    CREATED = "created notebook"
    EDITED = "edited notebook"
    MADE_PUBLIC = "made notebook public"
    MADE_PRIVATE = "made notebook private"
    SHARED = "shared notebook"
    AGREED_TO_TERMS = "agreed to terms"
    SUBMITTED_CHANGE_REQUEST = "submitted change request"
    ACCEPTED_CHANGE_REQUEST = "accepted change request"
    DECLINED_CHANGE_REQUEST = "declined change request"
    CANCELED_CHANGE_REQUEST = "canceled change request"
    DEPRECATED = "deprecated notebook"
    UNDEPRECATED = "un-deprecated notebook"
    ACTIONS = (
        VIEWED,
        DOWNLOADED,
        RAN,
        EXECUTED,
        CREATED,
        EDITED,
        MADE_PUBLIC,
        MADE_PRIVATE,
        SHARED,
        AGREED_TO_TERMS,
        SUBMITTED_CHANGE_REQUEST,
        ACCEPTED_CHANGE_REQUEST,
        DECLINED_CHANGE_REQUEST,
        CANCELED_CHANGE_REQUEST,
        DEPRECATED,
        UNDEPRECATED,
    )

    user = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="clicks")
    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="clicks")
    action = models.CharField(max_length=50, db_index=True)
    # Where it came from, e.g. the Jupyter server that reported an execution.
    tracking = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["notebook", "action", "created_at"])]

    def __str__(self) -> str:
        return f"{self.user} {self.action} {self.notebook}"


def record_click(user, notebook: Notebook, action: str, tracking: str = "") -> Click:
    """Log an action; anonymous visitors are logged without a user."""
    who = user if getattr(user, "is_authenticated", False) else None
    return Click.objects.create(user=who, notebook=notebook, action=action, tracking=tracking[:500])


class NotebookSummary(models.Model):
    """One row per notebook: its usage counts and trendiness (reference §1.2, §5.5).

    Written only by the jobs (``notebook_summaries`` for the counts,
    ``notebook_dailies`` for trendiness); listings and search sort on it.
    A notebook without a row has no recorded use yet.
    """

    notebook = models.OneToOneField(
        Notebook, on_delete=models.CASCADE, primary_key=True, related_name="summary"
    )
    views = models.PositiveIntegerField(default=0)
    unique_views = models.PositiveIntegerField(default=0)
    downloads = models.PositiveIntegerField(default=0)
    unique_downloads = models.PositiveIntegerField(default=0)
    runs = models.PositiveIntegerField(default=0)
    unique_runs = models.PositiveIntegerField(default=0)
    stars = models.PositiveIntegerField(default=0)
    executions = models.PositiveIntegerField(default=0, help_text="Reported cell executions.")
    unique_executors = models.PositiveIntegerField(default=0)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    # Reference §5.4: max daily score of the last 30 days, less an age penalty.
    trendiness = models.FloatField(default=0.0)
    computed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "notebook summaries"
        # One per popularity sort (search/ordering.py), ending with the id
        # like the sort itself, so that the first page is an index walk.
        indexes = [
            models.Index(fields=[f"-{column}", "-notebook"], name=f"summary_{column}_order")
            for column in ("trendiness", "unique_views", "stars", "runs", "downloads")
        ]

    def __str__(self) -> str:
        return f"summary of notebook {self.notebook_id}"


class NotebookDaily(models.Model):
    """How many people used a notebook on one day (reference §5.4); kept 90 days."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="dailies")
    day = models.DateField(db_index=True)
    unique_users = models.PositiveIntegerField(default=0)
    unique_executors = models.PositiveIntegerField(default=0)
    daily_score = models.FloatField(default=0.0)

    class Meta:
        ordering = ["notebook", "day"]
        verbose_name_plural = "notebook dailies"
        constraints = [
            models.UniqueConstraint(fields=["notebook", "day"], name="notebook_daily_once_a_day")
        ]

    def __str__(self) -> str:
        return f"notebook {self.notebook_id} on {self.day}"
