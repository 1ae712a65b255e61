"""The user's Jupyter servers, their editor preferences, and what they ran there."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import CodeCell, Notebook

ENVIRONMENT_NAME = RegexValidator(
    r"^[A-Za-z0-9-]+\Z",
    "An environment name can only contain letters, digits and hyphens.",
)


class Environment(models.Model):
    """A Jupyter server the user runs notebooks in (protocol G1, G11, §5)."""

    LAB, NOTEBOOK, CLASSIC = "lab", "notebook", "classic"
    INTERFACES = [
        (LAB, "JupyterLab"),
        (NOTEBOOK, "Jupyter Notebook 7"),
        (CLASSIC, "Classic Notebook (nbclassic)"),
    ]
    # Where "Run in Jupyter" opens a file, after the server's base URL.
    INTERFACE_PATHS = {LAB: "lab/tree/", NOTEBOOK: "notebooks/", CLASSIC: "nbclassic/notebooks/"}

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="environments")
    name = models.CharField(max_length=100, validators=[ENVIRONMENT_NAME])
    # The server's base URL with its trailing slash, as the clients register it.
    url = models.URLField("URL", max_length=500)
    # Blank for a server registered by the classic client, which does not say; opened as lab.
    user_interface = models.CharField(max_length=10, choices=INTERFACES, blank=True)
    default = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-default", "name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="environment_name_once"),
            models.UniqueConstraint(fields=["user", "url"], name="environment_url_once"),
            models.UniqueConstraint(
                fields=["user"], condition=Q(default=True), name="one_default_environment"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.url})"

    @property
    def interface_path(self) -> str:
        return self.INTERFACE_PATHS.get(self.user_interface, self.INTERFACE_PATHS[self.LAB])


class Preference(models.Model):
    """Editor preferences the Jupyter clients save and restore (protocol G2, G3)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="jupyter_preference")
    smart_indent = models.BooleanField(null=True)
    auto_close_brackets = models.BooleanField(null=True)
    easy_buttons = models.BooleanField(default=True)
    indent_unit = models.PositiveSmallIntegerField(null=True)
    tab_size = models.PositiveSmallIntegerField(null=True)
    # JupyterLab's settings files, as the JSON text the Lab client sends; kept byte for byte.
    # Null, not "", until saved: G2 answers null then, as the original does.
    lab_preferences = models.TextField(null=True)  # noqa: DJ001
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Jupyter preferences of {self.user}"


class Execution(models.Model):
    """One run of a known code cell, reported by Jupyter's instrumentation (protocol G10)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="executions")
    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="executions")
    code_cell = models.ForeignKey(CodeCell, on_delete=models.CASCADE, related_name="executions")
    success = models.BooleanField()
    # Lab sends whole milliseconds, the classic client fractional seconds: keep what
    # was sent, and the same figure in seconds so that runtimes can be compared.
    runtime_sent = models.CharField(max_length=32)
    runtime_seconds = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["notebook", "created_at"])]

    def __str__(self) -> str:
        outcome = "ok" if self.success else "failed"
        return f"{self.code_cell} run by {self.user}: {outcome}"


class ExecutionHistory(models.Model):
    """That a user ran cells of a notebook on a day, known cells or not (reference §1.2)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="execution_histories")
    notebook = models.ForeignKey(
        Notebook, on_delete=models.CASCADE, related_name="execution_histories"
    )
    day = models.DateField(db_index=True)
    # How many reported runs matched a cell of the current version, and how many did not.
    known_cell = models.PositiveIntegerField(default=0)
    unknown_cell = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notebook", "day"], name="execution_history_once_a_day"
            )
        ]
        verbose_name_plural = "execution histories"

    def __str__(self) -> str:
        return f"{self.user} ran {self.notebook} on {self.day}"
