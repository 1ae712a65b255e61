"""Every declared job, of every app, finishes (doing nothing) on an empty database."""

import pytest

from nbgallery.jobs.registry import all_jobs
from nbgallery.jobs.tasks import run_job


@pytest.mark.parametrize("name", sorted(all_jobs()))
def test_job_finishes(db, name):
    seen = []

    all_jobs()[name].run(lambda done, total: seen.append((done, total)))

    assert all(done <= total for done, total in seen)


def test_the_worker_task_runs_a_job_by_name(db):
    run_job.call("notebook_summaries")
    run_job.call("no_longer_declared")  # skipped with a warning, not an error
