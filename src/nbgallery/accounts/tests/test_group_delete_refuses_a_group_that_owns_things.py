"""A group that owns notebooks (on_delete=PROTECT) is kept, with a message saying why."""

import uuid

import pytest
from django.db.models import RestrictedError
from django.utils import timezone

from nbgallery.accounts.models import Group, Membership
from nbgallery.notebooks.models import Notebook

MESSAGE = "This group still owns notebooks; move or delete them first."


@pytest.fixture
def group_with_notebook(group):
    Notebook.objects.create(
        uuid=uuid.uuid4(),
        title="Forecast",
        commit_id="c1",
        content_sha256="0" * 64,
        content_updated_at=timezone.now(),
        owner_group=group,
    )
    return group


def test_a_group_that_owns_a_notebook_is_kept_with_a_message_on_the_page(
    alice_client, group_with_notebook
):
    response = alice_client.post(f"/groups/{group_with_notebook.gid}/delete/")

    assert response.status_code == 400
    assert MESSAGE in response.text
    assert Group.objects.filter(pk=group_with_notebook.pk).exists()
    assert Membership.objects.filter(group=group_with_notebook).count() == 2
    assert Notebook.objects.filter(owner_group=group_with_notebook).exists()


def test_a_group_that_owns_a_notebook_is_kept_with_a_json_400(alice_client, group_with_notebook):
    response = alice_client.delete(f"/api/v1/groups/{group_with_notebook.gid}")

    assert response.status_code == 400
    assert response.json() == {"message": MESSAGE}
    assert Membership.objects.filter(group=group_with_notebook).count() == 2


def test_a_restricting_reference_is_refused_the_same_way(alice_client, group, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise RestrictedError("Cannot delete: referenced through a restricted foreign key", set())

    monkeypatch.setattr(Group, "delete", refuse)

    response = alice_client.delete(f"/api/v1/groups/{group.gid}")

    assert response.status_code == 400
    assert response.json() == {"message": MESSAGE}
