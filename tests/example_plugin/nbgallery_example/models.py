"""The example plugin's own tables, created by its own migration."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Bookmark(models.Model):
    """A link a signed-in user shared on the bookmarks page."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="example_bookmarks"
    )
    title = models.CharField(max_length=200)
    url = models.URLField("URL", max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class Heartbeat(models.Model):
    """One row each time the periodic task ran."""

    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-recorded_at"]

    def __str__(self) -> str:
        return f"Heartbeat at {self.recorded_at:%Y-%m-%d %H:%M}"
