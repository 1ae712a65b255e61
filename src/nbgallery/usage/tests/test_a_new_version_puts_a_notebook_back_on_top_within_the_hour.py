"""A notebook published or updated in the last day trends at 1.0 from the next hourly run."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.notebooks.models import Notebook
from nbgallery.usage.models import NotebookSummary
from nbgallery.usage.summaries import compute_notebook_summaries


def noop(done, total):
    pass


def test_fresh_content_resets_trendiness(publish, alice):
    old = publish(alice, title="Old")
    updated = publish(alice, title="Updated")
    long_ago = timezone.now() - timedelta(days=60)
    Notebook.objects.filter(pk=old.pk).update(created_at=long_ago, content_updated_at=long_ago)
    Notebook.objects.filter(pk=updated.pk).update(created_at=long_ago)
    # Long after publishing (which set trendiness to 1.0), trendiness fell.
    NotebookSummary.objects.filter(notebook__in=[old, updated]).update(trendiness=0.3)

    compute_notebook_summaries(noop)

    trend = dict(NotebookSummary.objects.values_list("notebook_id", "trendiness"))
    assert trend == {old.pk: 0.3, updated.pk: 1.0}
