"""Running the nightly jobs again gives the same rows."""

from nbgallery.recommendations.models import (
    AlsoViewed,
    Recommendation,
    SimilarNotebook,
    SimilarUser,
)
from nbgallery.recommendations.tests.conftest import click, run_jobs
from nbgallery.usage.models import Click


def snapshot():
    return {
        model.__name__: sorted(model.objects.values_list(*fields))
        for model, fields in (
            (SimilarNotebook, ("notebook", "other", "score")),
            (AlsoViewed, ("notebook", "other", "score")),
            (SimilarUser, ("user", "other", "score")),
            (Recommendation, ("user", "notebook", "reason", "score")),
        )
    }


def test_a_second_run_changes_nothing(write, admin_user, alice, bob, charlie):
    notebooks = [
        write(admin_user, f"Sales part {n}", f"sales_{n} = load('sales')") for n in range(4)
    ]
    write(admin_user, "Starter", trusted=True)
    for user, picks in ((alice, notebooks[:3]), (bob, notebooks[1:])):
        for notebook in picks:
            click(user, notebook, Click.EXECUTED)

    run_jobs()
    first = snapshot()
    run_jobs()

    assert first == snapshot()
    assert all(first.values())
    assert Recommendation.objects.filter(user=charlie).exists()
