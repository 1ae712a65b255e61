"""Fixtures for the review and reputation tests.

* ``notebook``: alice's public "Sales report" (alice created it).
* ``reputation(user, user_pct=0, author_pct=0)``: gives a user a reputation row.
* ``click(user, notebook, action, days_ago=0)``: logs a click at that time.
* ``queued(notebook, revtype)``: a queued review proposed by an admin.
* ``HTMX``: the header htmx sends.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from nbgallery.notebooks.tests.conftest import (  # noqa: F401 (fixtures)
    code_cell,
    isolated_storage,
    markdown_cell,
    new_version,
    publish,
    team,
)
from nbgallery.reviews import services
from nbgallery.reviews.models import Review, UserSummary
from nbgallery.usage.models import Click

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def notebook(publish, alice):  # noqa: F811 (the fixture)
    return publish(alice, title="Sales report", public=True)


@pytest.fixture
def reputation():
    def reputation(user: Any, user_pct: float = 0.0, author_pct: float = 0.0) -> UserSummary:
        summary, _ = UserSummary.objects.update_or_create(
            user=user,
            defaults={
                "user_rep_pct": user_pct,
                "author_rep_pct": author_pct,
                "user_rep_raw": user_pct,
                "author_rep_raw": author_pct,
            },
        )
        return summary

    return reputation


def log_click(user: Any, notebook: Any, action: str, days_ago: float = 0) -> Click:
    click = Click.objects.create(user=user, notebook=notebook, action=action)
    when = timezone.now() - datetime.timedelta(days=days_ago)
    Click.objects.filter(pk=click.pk).update(created_at=when)
    return click


@pytest.fixture
def click():
    return log_click


@pytest.fixture
def queued(admin_user):
    def queued(notebook: Any, revtype: str = Review.TECHNICAL) -> Review:
        (review,) = services.propose_reviews(admin_user, notebook, [revtype])
        return review

    return queued
