"""Clicks of deleted users, deleted notebooks and markdown-only notebooks do not stop the jobs."""

import pytest

from conftest import make_user
from nbgallery.notebooks import services
from nbgallery.recommendations.models import AlsoViewed, Recommendation, SimilarNotebook
from nbgallery.recommendations.tests.conftest import click, markdown_cell, run_jobs


def test_jobs_finish_and_still_recommend(write, publish, admin_user, alice, bob, django_user_model):
    words = publish(admin_user, title="Only words", cells=[markdown_cell("# Nothing to run")])
    gone = write(admin_user, "Soon deleted")
    kept = write(admin_user, "Kept")
    leaver = make_user(django_user_model, "leaver")
    for user in (alice, bob, leaver):
        click(user, gone)
        click(user, kept)
        click(user, words)
    click(None, kept)  # an anonymous view
    leaver.delete()
    services.delete_notebook(admin_user, gone)

    run_jobs()

    assert not Recommendation.objects.filter(notebook_id=gone.pk).exists()
    assert not AlsoViewed.objects.filter(other_id=gone.pk).exists()
    # Viewed by alice and bob alike; the deleted user and the anonymous view do not count.
    assert AlsoViewed.objects.get(notebook=kept, other=words).score == pytest.approx(1.0)
    assert SimilarNotebook.objects.filter(notebook=words).exists()
