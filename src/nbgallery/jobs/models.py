from django.db import models


class ScheduledJob(models.Model):
    """When a periodic task is next due. One row per task, shared by all workers."""

    name = models.CharField(max_length=100, unique=True)
    next_run_at = models.DateTimeField()
    last_enqueued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
