"""Notebook and cell health, kept by the ``notebook_health`` job (reference §5.6),
and the token fingerprints of code cells that find similar cells.
"""

from __future__ import annotations

from django.db import models

from nbgallery.notebooks.models import Notebook

HEALTHY, UNHEALTHY, UNKNOWN = "healthy", "unhealthy", "unknown"
STATUSES = [(HEALTHY, "Healthy"), (UNHEALTHY, "Unhealthy"), (UNKNOWN, "Undetermined")]


class NotebookHealth(models.Model):
    """A notebook's health over the window; ``score`` is what listings sort on."""

    notebook = models.OneToOneField(
        Notebook, primary_key=True, on_delete=models.CASCADE, related_name="health"
    )
    status = models.CharField(max_length=10, choices=STATUSES, default=UNKNOWN, db_index=True)
    # After the post-update smoothing; null when nothing can be said.
    score = models.FloatField(null=True, db_index=True)
    # The formula's own result, before smoothing.
    raw_score = models.FloatField(null=True)
    description = models.CharField(max_length=200, blank=True)
    code_cells = models.PositiveIntegerField(default=0)
    executions = models.PositiveIntegerField(default=0)
    users = models.PositiveIntegerField(default=0)
    usage_scale = models.FloatField(null=True)
    pass_rate = models.FloatField(null=True)
    depth = models.FloatField(null=True, help_text="Notebook execution depth (NED).")
    first_failure_depth = models.FloatField(null=True, help_text="FFD: shown, not scored.")
    good_cells = models.PositiveIntegerField(default=0)
    bad_cells = models.PositiveIntegerField(default=0)
    # Code cell positions (0-based among code cells), for the metrics table.
    last_good_cell = models.IntegerField(null=True)
    first_bad_cell = models.IntegerField(null=True)
    # The last determined health, kept to smooth the days after a new version.
    previous_score = models.FloatField(null=True)
    previous_status = models.CharField(max_length=10, choices=STATUSES, default=UNKNOWN)
    # The content the cell figures are for, and those figures in short
    # (``[[cell index, status, description], ...]``), so that the notebook
    # page shows every cell's badge from this one row.
    content_sha256 = models.CharField(max_length=64, blank=True)
    cell_badges = models.JSONField(default=list)
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "notebook health"

    def __str__(self) -> str:
        return f"{self.notebook_id}: {self.status}"

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)


class CellHealth(models.Model):
    """Health of one code cell of a notebook's current version."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="cell_health")
    cell_index = models.PositiveIntegerField()
    md5 = models.CharField(max_length=32)
    # The content this was computed for: after a new version the rows are stale.
    content_sha256 = models.CharField(max_length=64)
    executions = models.PositiveIntegerField(default=0)
    failures = models.PositiveIntegerField(default=0)
    users = models.PositiveIntegerField(default=0)
    pass_rate = models.FloatField(null=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=UNKNOWN)
    description = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["notebook", "cell_index"]
        constraints = [
            models.UniqueConstraint(fields=["notebook", "cell_index"], name="cell_health_once")
        ]
        verbose_name_plural = "cell health"

    def __str__(self) -> str:
        return f"cell {self.cell_index} of {self.notebook_id}: {self.status}"


class CellFingerprint(models.Model):
    """The distinct tokens of a code cell and four MinHash bands over them.

    Cells sharing a band are candidates for "similar cells"; the page then
    compares their tokens exactly (Jaccard).
    """

    notebook = models.ForeignKey(
        Notebook, on_delete=models.CASCADE, related_name="cell_fingerprints"
    )
    cell_index = models.PositiveIntegerField()
    md5 = models.CharField(max_length=32)
    # The content the fingerprint was taken from: a new version makes it stale.
    content_sha256 = models.CharField(max_length=64)
    tokens = models.TextField()
    band0 = models.BigIntegerField(db_index=True)
    band1 = models.BigIntegerField(db_index=True)
    band2 = models.BigIntegerField(db_index=True)
    band3 = models.BigIntegerField(db_index=True)

    class Meta:
        ordering = ["notebook", "cell_index"]
        constraints = [
            models.UniqueConstraint(fields=["notebook", "cell_index"], name="cell_fingerprint_once")
        ]

    def __str__(self) -> str:
        return f"fingerprint of cell {self.cell_index} of {self.notebook_id}"
