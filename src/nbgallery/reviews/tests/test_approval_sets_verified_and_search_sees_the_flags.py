"""Approving every enabled type verifies the notebook; a failed review unapproves it,
and search follows both (verified ranks first, unapproved is left out)."""

import pytest

from nbgallery.notebooks.tests.conftest import publish_notebook
from nbgallery.reviews import services
from nbgallery.reviews.models import Review
from nbgallery.search.services import search_notebooks

pytestmark = pytest.mark.django_db


def review_and(decide, admin_user, notebook, revtype):
    (review,) = services.propose_reviews(admin_user, notebook, [revtype])
    review = services.claim_review(admin_user, review)
    return decide(admin_user, review)


def titles(viewer, text):
    return [hit.notebook.title for hit in search_notebooks(viewer, text).hits]


def test_verified_needs_every_enabled_type(
    settings, isolated_storage, alice, admin_user, charlie, django_capture_on_commit_callbacks
):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Code review", "functional": "Works"}
    with django_capture_on_commit_callbacks(execute=True):
        first = publish_notebook(alice, title="Kelp counts one")
        second = publish_notebook(alice, title="Kelp counts two")

    with django_capture_on_commit_callbacks(execute=True):
        review_and(services.approve_review, admin_user, second, Review.TECHNICAL)
    second.refresh_from_db()
    assert not second.verified  # functional is enabled too

    with django_capture_on_commit_callbacks(execute=True):
        review_and(services.approve_review, admin_user, second, Review.FUNCTIONAL)
    second.refresh_from_db()
    assert second.verified
    assert titles(charlie, "kelp") == ["Kelp counts two", "Kelp counts one"]
    first.refresh_from_db()
    assert not first.verified


def test_unapproval_hides_the_notebook_from_search_until_a_later_approval(
    isolated_storage, alice, admin_user, charlie, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notebook = publish_notebook(alice, title="Kelp forecast")
        review_and(services.unapprove_review, admin_user, notebook, Review.TECHNICAL)
    notebook.refresh_from_db()
    assert notebook.unapproved
    assert titles(charlie, "kelp") == []

    with django_capture_on_commit_callbacks(execute=True):
        review_and(services.approve_review, admin_user, notebook, Review.TECHNICAL)
    notebook.refresh_from_db()
    assert not notebook.unapproved
    assert titles(charlie, "kelp") == ["Kelp forecast"]
