"""Age-off forgets old stages, old canceled change requests and dailies past 90 days."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks.models import Stage
from nbgallery.usage.age_off import age_off
from nbgallery.usage.models import NotebookDaily

from .conftest import days_ago


def noop(done, total):
    pass


def change_request(notebook, requester, status, closed_days_ago):
    closed = timezone.now() - timedelta(days=closed_days_ago)
    return ChangeRequest.objects.create(
        notebook=notebook,
        requester=requester,
        content_sha256=notebook.content_sha256,
        base_commit_id=notebook.commit_id,
        base_content_sha256=notebook.content_sha256,
        summary="A fix",
        status=status,
        closed_at=closed,
    )


def test_only_old_rows_go(publish, alice, bob):
    report = publish(alice)
    old_stage = Stage.objects.create(user=alice, content_sha256=report.content_sha256)
    Stage.objects.filter(pk=old_stage.pk).update(created_at=timezone.now() - timedelta(days=2))
    new_stage = Stage.objects.create(user=alice, content_sha256=report.content_sha256)
    old_canceled = change_request(report, bob, ChangeRequest.CANCELED, 8)
    new_canceled = change_request(report, bob, ChangeRequest.CANCELED, 6)
    old_accepted = change_request(report, bob, ChangeRequest.ACCEPTED, 30)
    pending = change_request(report, bob, ChangeRequest.PENDING, 30)
    NotebookDaily.objects.create(notebook=report, day=days_ago(91), unique_users=1)
    NotebookDaily.objects.create(notebook=report, day=days_ago(89), unique_users=1)

    age_off(noop)

    assert list(Stage.objects.values_list("pk", flat=True)) == [new_stage.pk]
    left = set(ChangeRequest.objects.values_list("pk", flat=True))
    assert left == {new_canceled.pk, old_accepted.pk, pending.pk}
    assert old_canceled.pk not in left
    assert list(NotebookDaily.objects.values_list("day", flat=True)) == [days_ago(89)]
