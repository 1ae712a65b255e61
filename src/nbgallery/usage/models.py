"""The click log: one row per thing a user did with a notebook."""

from __future__ import annotations

from django.db import models

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook


class Click(models.Model):
    # The original's action names, so that its formulas carry over unchanged.
    VIEWED = "viewed notebook"
    DOWNLOADED = "downloaded notebook"
    RAN = "ran notebook"
    EXECUTED = "executed notebook"

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
