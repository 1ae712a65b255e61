"""The reviews app's scheduled jobs (see ``nbgallery.jobs.registry``)."""

from __future__ import annotations

from nbgallery.jobs.registry import NIGHTLY, Job, Progress
from nbgallery.reviews.queue import generate_queue, recommend_reviewers, reverify
from nbgallery.reviews.reputation import compute_reputation


def run_reviews(progress: Progress) -> None:
    """The automatic queue, then recommended reviewers, then the verified flags."""
    steps = [generate_queue, recommend_reviewers, reverify]
    for number, step in enumerate(steps):

        def report(done: int, total: int, number: int = number) -> None:
            progress(number * 100 + percent(done, total), 300)

        step(report)
    progress(300, 300)


def run_reputation(progress: Progress) -> None:
    """Every user's reputation, recomputed."""
    compute_reputation(progress)


def percent(done: int, total: int) -> int:
    return 100 if total == 0 else int(100 * done / total)


JOBS = [
    Job(
        "user_summaries",
        NIGHTLY,
        run_reputation,
        "User and author reputation scores and percentiles (reference §5.8).",
    ),
    Job(
        "reviews",
        NIGHTLY,
        run_reviews,
        "Automatic review queue, recommended reviewers, verified flags (reference §5.7).",
    ),
]
