"""G9: /notebooks/recently_executed leaves deprecated notebooks out, as the original does."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.jupyter.tests.jupyter_client import assert_json, get
from nbgallery.notebooks.models import Notebook


def ran(user, notebook, days_ago: int = 0) -> None:
    day = timezone.localdate() - timedelta(days=days_ago)
    ExecutionHistory.objects.create(user=user, notebook=notebook, day=day, unknown_cell=1)


def test_a_deprecated_notebook_drops_out_of_the_list(alice, alice_client, publish):
    kept = publish(alice, title="Still in use")
    old = publish(alice, title="Deprecated since")
    ran(alice, kept, 2)
    ran(alice, old, 1)
    Notebook.objects.filter(pk=old.pk).update(deprecated=True)

    entries = assert_json(get(alice_client, "/notebooks/recently_executed"), 200)

    assert [entry["title"] for entry in entries] == ["Still in use"]
