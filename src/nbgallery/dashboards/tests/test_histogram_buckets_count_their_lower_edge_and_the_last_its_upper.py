"""Histogram buckets are [low, high): a value on an edge counts once, and 1.0 is in the last."""

import pytest
from django.db.models import Count

from nbgallery.dashboards.histograms import DECADE_EDGES, UNIT_EDGES, bucket_counts, buckets
from nbgallery.reviews.models import UserSummary


@pytest.fixture
def scores(django_user_model):
    def scores(*values):
        for n, value in enumerate(values):
            user = django_user_model.objects.create_user(f"person{n}", f"p{n}@example.org")
            UserSummary.objects.create(user=user, user_rep_raw=value)
        return UserSummary.objects.all()

    return scores


@pytest.mark.django_db
def test_unit_buckets(scores):
    rows = scores(0.0, 0.1, 0.15, 0.99, 1.0, 1.5, -0.2)

    counts, _ = bucket_counts(rows, "user_rep_raw", UNIT_EDGES)

    assert [label for label, _q in buckets("x", UNIT_EDGES)][:2] == ["0–0.1", "0.1–0.2"]
    # 0 → first; 0.1 and 0.15 → second; 0.99 and 1.0 → last; 1.5 and -0.2 → none.
    assert counts == [1, 2, 0, 0, 0, 0, 0, 0, 0, 2]


@pytest.mark.django_db
def test_the_open_last_bucket_holds_everything_above(scores):
    rows = scores(0, 0.5, 9, 10, 99999)

    counts, totals = bucket_counts(rows, "user_rep_raw", DECADE_EDGES, n=Count("pk"))

    assert [label for label, _q in buckets("x", DECADE_EDGES)][-1] == "10000+"
    assert counts == [2, 1, 1, 0, 0, 1]
    assert totals == {"n": 5}
