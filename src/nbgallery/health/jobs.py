"""The health app's scheduled jobs (see ``nbgallery.jobs.registry``)."""

from nbgallery.health.compute import compute_health
from nbgallery.health.fingerprints import update_fingerprints
from nbgallery.jobs.registry import NIGHTLY, Job

JOBS = [
    Job(
        "notebook_health",
        NIGHTLY,
        compute_health,
        "Notebook and cell health from the last 30 days of executions.",
    ),
    Job(
        "cell_fingerprints",
        NIGHTLY,
        update_fingerprints,
        "Token fingerprints of code cells changed since the last run, for similar cells.",
    ),
]
