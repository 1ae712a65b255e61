"""Peer reviews of notebooks, their history, recommended reviewers, and reputation.

A review is of one notebook at one revision, of one type (technical,
functional, compliance), and moves queued → claimed → approved or
unapproved (reference §5.7). Every move writes a ``ReviewHistory`` row.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook, Revision


class Review(models.Model):
    TECHNICAL, FUNCTIONAL, COMPLIANCE = "technical", "functional", "compliance"
    TYPES = [(TECHNICAL, "Technical"), (FUNCTIONAL, "Functional"), (COMPLIANCE, "Compliance")]
    QUEUED, CLAIMED, APPROVED, UNAPPROVED = "queued", "claimed", "approved", "unapproved"
    STATUSES = [
        (QUEUED, "Queued"),
        (CLAIMED, "Claimed"),
        (APPROVED, "Approved"),
        (UNAPPROVED, "Unapproved"),
    ]
    OPEN = (QUEUED, CLAIMED)
    DECIDED = (APPROVED, UNAPPROVED)

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="reviews")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="reviews")
    revtype = models.CharField("type", max_length=20, choices=TYPES)
    status = models.CharField(max_length=20, choices=STATUSES, default=QUEUED, db_index=True)
    reviewer = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    comment = models.TextField(blank=True)
    # Queued by the nightly job rather than by a person: only these are
    # pruned when the notebook drops out of the usage top list (§11.3).
    automatic = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        constraints = [
            # No duplicates per revision and type while a review is open.
            models.UniqueConstraint(
                fields=["revision", "revtype"],
                condition=Q(status__in=["queued", "claimed"]),
                name="one_open_review_per_revision_and_type",
            )
        ]
        indexes = [models.Index(fields=["notebook", "revtype", "status"])]

    def __str__(self) -> str:
        return f"{self.revtype} review of {self.notebook} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("review_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN


class ReviewHistory(models.Model):
    """One thing that happened to a review, by whom, with their comment."""

    CREATED, CLAIMED, UNCLAIMED = "created", "claimed", "unclaimed"
    APPROVED, UNAPPROVED, REVERTED = "approved", "unapproved", "unapproval reverted"
    RECREATED, CARRIED_FORWARD = "recreated", "carried forward"

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="history")
    actor = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=30)
    reviewer = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name_plural = "review histories"

    def __str__(self) -> str:
        return f"{self.action} {self.review_id}"


class RecommendedReviewer(models.Model):
    """Someone suited to a queued review: computed nightly, or added by an editor."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="recommended")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recommended_reviews")
    score = models.FloatField(default=0.0)
    manual = models.BooleanField(default=False)

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [models.UniqueConstraint(fields=["review", "user"], name="recommended_once")]

    def __str__(self) -> str:
        return f"{self.user} for {self.review}"


class UserSummary(models.Model):
    """A user's reputation ("contribution scores", §5.8), computed nightly."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="reputation")
    user_rep_raw = models.FloatField(default=0.0)
    user_rep_pct = models.FloatField(default=0.0)
    author_rep_raw = models.FloatField(default=0.0)
    author_rep_pct = models.FloatField(default=0.0)
    counts = models.JSONField(default=dict, help_text="The inputs of the formulas.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "user summaries"

    def __str__(self) -> str:
        return f"reputation of {self.user}"
