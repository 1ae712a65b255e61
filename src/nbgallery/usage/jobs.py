"""The usage app's scheduled jobs (reference §8.2)."""

from __future__ import annotations

from nbgallery.jobs.registry import HOURLY, NIGHTLY, Job, Progress
from nbgallery.usage.age_off import age_off
from nbgallery.usage.dailies import compute_notebook_dailies
from nbgallery.usage.summaries import compute_notebook_summaries


def notebook_summaries(progress: Progress) -> None:
    compute_notebook_summaries(progress)


JOBS = [
    Job(
        "age_off",
        NIGHTLY,
        age_off,
        "Forget abandoned uploads, old canceled change requests and dailies past 90 days.",
    ),
    Job(
        "notebook_dailies",
        NIGHTLY,
        compute_notebook_dailies,
        "Daily users per notebook for yesterday (and missed days), then trendiness.",
    ),
    # The original runs it nightly, its docs say "as often as you can": counts
    # change through the day, and a quiet hour writes nothing.
    Job(
        "notebook_summaries",
        HOURLY,
        notebook_summaries,
        "Views, downloads, runs, stars and executions of every notebook.",
    ),
]
