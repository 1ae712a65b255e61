"""The recommendations app's nightly jobs, in the order they feed each other."""

from __future__ import annotations

from nbgallery.jobs.registry import NIGHTLY, Job
from nbgallery.recommendations.recommend import compute_recommendations
from nbgallery.recommendations.similarity import (
    compute_also_viewed,
    compute_similar_notebooks,
    compute_similar_users,
)

JOBS = [
    Job(
        "notebook_similarity",
        NIGHTLY,
        compute_similar_notebooks,
        "More like this: TF-IDF cosine over title, description and code, top 25 per notebook.",
    ),
    Job(
        "users_also_viewed",
        NIGHTLY,
        compute_also_viewed,
        "Users also viewed: Jaccard over the users of each notebook, top 25 per notebook.",
    ),
    Job(
        "user_similarity",
        NIGHTLY,
        compute_similar_users,
        "Similar users: cosine over activity vectors, top 25 per user.",
    ),
    Job(
        "recommendations",
        NIGHTLY,
        compute_recommendations,
        "Recommended notebooks for every user, from the three similarity tables.",
    ),
]
