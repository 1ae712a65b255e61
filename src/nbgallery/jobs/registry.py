"""The scheduled jobs of the gallery (issue 7): what each app declares.

An app declares its jobs in ``<app>/jobs.py`` as a module-level list
``JOBS`` of ``Job``. ``all_jobs()`` collects them from every installed app
of ours. The jobs app runs them (``nbgallery jobs run NAME``, and the
worker's scheduler hourly or nightly).

A job's ``run`` takes a ``progress`` callable, ``progress(done, total)``,
and must be idempotent and safe to restart halfway: running it twice gives
the same result as running it once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps

Progress = Callable[[int, int], None]
HOURLY, NIGHTLY = "hourly", "nightly"


@dataclass(frozen=True)
class Job:
    name: str  # unique, e.g. "notebook_summaries"
    schedule: str  # HOURLY or NIGHTLY
    run: Callable[[Progress], None]
    description: str = ""


def all_jobs() -> dict[str, Job]:
    """Every declared job by name, in the order of INSTALLED_APPS."""
    found: dict[str, Job] = {}
    for config in apps.get_app_configs():
        if not config.name.startswith("nbgallery."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.jobs")
        except ModuleNotFoundError as missing:
            if missing.name != f"{config.name}.jobs":
                raise
            continue
        for job in getattr(module, "JOBS", []):
            if job.name in found:
                raise ValueError(f"Two jobs are named {job.name!r}.")
            found[job.name] = job
    return found
