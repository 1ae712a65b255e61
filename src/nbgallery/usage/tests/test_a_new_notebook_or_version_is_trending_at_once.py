"""A notebook is at the top of "trending" from the moment it is published or
gets a new version (reference §5.4), not only after the next job run; a
change of its details does not lift it."""

import pytest

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import publish_new_version
from nbgallery.usage.models import NotebookSummary

pytestmark = pytest.mark.django_db


def summary_of(notebook) -> NotebookSummary:
    return NotebookSummary.objects.get(notebook=notebook)


def test_publishing_and_new_versions_set_trendiness_to_one(alice, publish):
    notebook = publish(alice, title="Fresh", public=True)
    assert summary_of(notebook).trendiness == 1.0

    NotebookSummary.objects.filter(notebook=notebook).update(trendiness=0.2, views=7)
    publish_new_version(notebook, alice, cells=[{"cell_type": "code", "source": "print(2)"}])
    assert (summary_of(notebook).trendiness, summary_of(notebook).views) == (1.0, 7)

    NotebookSummary.objects.filter(notebook=notebook).update(trendiness=0.2)
    services.change_details(
        alice, notebook, title="Fresh", description="Now private", tags="", public=False
    )
    assert summary_of(notebook).trendiness == 0.2
