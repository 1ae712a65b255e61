"""What the nightly recommendation jobs store (reference §1.3).

Every table is replaced as a whole by its job, inside one transaction, so a
page never sees half a run. Permissions are not stored here: whoever reads
these rows filters them through ``Notebook.objects.readable_by``.
"""

from __future__ import annotations

from django.db import models

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook


class SimilarNotebook(models.Model):
    """More like this: TF-IDF cosine over title, description and code (top k per notebook)."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["notebook", "-score"], name="similar_notebook_top")]

    def __str__(self) -> str:
        return f"{self.notebook_id} ~ {self.other_id} ({self.score:.2f})"


class AlsoViewed(models.Model):
    """Users also viewed: Jaccard similarity of the notebooks' sets of users (top k)."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()

    class Meta:
        verbose_name_plural = "also viewed"
        indexes = [models.Index(fields=["notebook", "-score"], name="also_viewed_top")]

    def __str__(self) -> str:
        return f"{self.notebook_id} ~ {self.other_id} ({self.score:.2f})"


class SimilarUser(models.Model):
    """Cosine similarity of two users' activity vectors (top k per user)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["user", "-score"], name="similar_user_top")]

    def __str__(self) -> str:
        return f"{self.user_id} ~ {self.other_id} ({self.score:.2f})"


class Recommendation(models.Model):
    """One notebook suggested to one user by one algorithm; a notebook's rows are summed."""

    SIMILAR_USERS = "similar_users"
    SIMILAR_NOTEBOOKS = "similar_notebooks"
    ALSO_VIEWED = "also_viewed"
    GROUPS = "groups"
    NEW_USERS = "new_users"
    REASONS = [
        (SIMILAR_USERS, "Popular with similar users"),
        (SIMILAR_NOTEBOOKS, "Similar to notebooks you use"),
        (ALSO_VIEWED, "Viewed by people who use the same notebooks as you"),
        (GROUPS, "Owned by one of your groups"),
        (NEW_USERS, "Recommended for new users"),
    ]

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recommendations")
    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reason = models.CharField(max_length=20, choices=REASONS)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notebook", "reason"], name="recommendation_once_per_reason"
            )
        ]

    def __str__(self) -> str:
        return f"{self.notebook_id} for {self.user_id}: {self.get_reason_display()}"
