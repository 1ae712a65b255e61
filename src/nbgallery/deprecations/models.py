"""A notebook's deprecation (why, frozen or not, what to use instead) and the site warning."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.utils import timezone

from nbgallery.notebooks.models import Notebook

REASON_MAX_LENGTH = 500
# Every page shows the site warning: its lookup is cached this long, per process.
# Changes made here clear the cache; other processes see them within this time.
SITE_WARNING_CACHE_KEY = "deprecations:site-warning"
SITE_WARNING_CACHE_SECONDS = 30


class Deprecation(models.Model):
    """Why a notebook is deprecated. ``Notebook.deprecated`` mirrors its existence.

    The flag stays on the notebook because listings and search filter on it
    in almost every query; this row holds what the banner shows.
    """

    notebook = models.OneToOneField(Notebook, on_delete=models.CASCADE, related_name="deprecation")
    reason = models.TextField(max_length=REASON_MAX_LENGTH, help_text="Markdown.")
    # "Disable usage" in the original: no download and no run, except for editors.
    freeze = models.BooleanField(default=False)
    alternatives = models.ManyToManyField(Notebook, blank=True, related_name="alternative_to")
    deprecated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.notebook} is deprecated"


class SiteWarningQuerySet(models.QuerySet["SiteWarning"]):
    def current(self) -> SiteWarning | None:
        """The newest warning that has not expired, if any."""
        unexpired = Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
        return self.filter(unexpired).order_by("-created_at", "-pk").first()

    def current_cached(self) -> SiteWarning | None:
        """``current()``, from the cache when it was asked for a moment ago."""
        cached = cache.get(SITE_WARNING_CACHE_KEY)
        # An expired one may hide an older warning that still runs: look again.
        if cached is None or (cached[0] is not None and cached[0].expired):
            cached = (self.current(),)  # a tuple, so that "no warning" is cached too
            cache.set(SITE_WARNING_CACHE_KEY, cached, SITE_WARNING_CACHE_SECONDS)
        return cached[0]


class SiteWarning(models.Model):
    """A banner an admin puts on every page, until it expires or is removed."""

    INFO, WARNING, DANGER = "info", "warning", "danger"
    LEVELS = [(INFO, "Information"), (WARNING, "Warning"), (DANGER, "Danger")]

    level = models.CharField(max_length=10, choices=LEVELS, default=INFO)
    message = models.TextField(max_length=2_000, help_text="Markdown.")
    expires_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="Not shown from this moment on."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = SiteWarningQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_level_display()}: {self.message[:50]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        cache.delete(SITE_WARNING_CACHE_KEY)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        result = super().delete(*args, **kwargs)
        cache.delete(SITE_WARNING_CACHE_KEY)
        return result

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()
