"""Comments (with likes), feedback and external resources on notebooks.

Stars are ``notebooks.models.Star``: listings, search sorts and the Jupyter
"Starred" folder read them, so they live with the notebook; this app only
toggles them.
"""

from __future__ import annotations

from django.db import models

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook


class Comment(models.Model):
    """A markdown comment on a notebook; shown oldest first, rendered sanitized."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="comments")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="comments")
    body = models.TextField(help_text="Markdown.")
    # Indexed: the daily digest asks for the comments of a day.
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.user} on {self.notebook}"

    @property
    def edited(self) -> bool:
        # Saved twice within a second is still the first save, not an edit.
        return (self.updated_at - self.created_at).total_seconds() > 1


class CommentLike(models.Model):
    """Someone liked a comment (likes only, no down-votes, as in the original)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="likes")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="comment_likes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["comment", "user"], name="like_once")]

    def __str__(self) -> str:
        return f"{self.user} likes {self.comment}"


class Feedback(models.Model):
    """A reader's answer to "did you run it, did it work, what broke, anything else"."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="feedbacks")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="feedbacks")
    ran = models.BooleanField("ran it")
    worked = models.BooleanField("it worked")
    broken = models.TextField("what broke", blank=True)
    general = models.TextField("anything else", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        return f"feedback from {self.user} on {self.notebook}"


class Resource(models.Model):
    """A titled http(s) link shown on the notebook page ("External resources")."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(max_length=200)
    href = models.URLField("address", max_length=2000)
    user = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="resources_added"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.title
