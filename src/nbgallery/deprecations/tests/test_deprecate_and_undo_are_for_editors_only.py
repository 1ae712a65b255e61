"""Only the notebook's editors deprecate it or undo that; others get a 403, a 404 or sign-in."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.deprecations.models import Deprecation
from nbgallery.notebooks.models import Notebook
from nbgallery.usage.models import Click


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, title="Old report", public=True)


def deprecate_url(notebook) -> str:
    return reverse("notebook_deprecate", args=[notebook.uuid])


def undo_url(notebook) -> str:
    return reverse("notebook_undeprecate", args=[notebook.uuid])


def is_deprecated(notebook) -> bool:
    return Notebook.objects.get(pk=notebook.pk).deprecated


def test_the_owner_deprecates_then_undoes(notebook, alice_client):
    assert alice_client.get(deprecate_url(notebook)).status_code == 200

    response = alice_client.post(
        deprecate_url(notebook), {"reason": "Use the new report.", "freeze": "on"}
    )

    assert response.status_code == 302 and response["Location"] == notebook.get_absolute_url()
    assert is_deprecated(notebook)
    deprecation = Deprecation.objects.get(notebook=notebook)
    assert deprecation.reason == "Use the new report." and deprecation.freeze

    response = alice_client.post(undo_url(notebook))

    assert response.status_code == 302
    assert not is_deprecated(notebook)
    assert not Deprecation.objects.filter(notebook=notebook).exists()
    actions = Click.objects.filter(
        notebook=notebook, user__username="alice", action__contains="deprecated"
    )
    assert list(actions.order_by("pk").values_list("action", flat=True)) == [
        "deprecated notebook",
        "un-deprecated notebook",
    ]


def test_a_sharee_may_deprecate(notebook, alice, bob, bob_client, committed):
    from nbgallery.notebooks import services

    with committed():
        services.share_notebook(alice, notebook, ["bob"])

    response = bob_client.post(deprecate_url(notebook), {"reason": "Superseded."})

    assert response.status_code == 302 and is_deprecated(notebook)


def test_a_reader_who_cannot_edit_gets_a_403_and_nothing_changes(notebook, bob_client):
    assert bob_client.get(deprecate_url(notebook)).status_code == 403
    assert bob_client.post(deprecate_url(notebook), {"reason": "Mine now"}).status_code == 403
    assert not is_deprecated(notebook)


def test_a_reader_cannot_undo_either(notebook, alice_client, bob_client):
    alice_client.post(deprecate_url(notebook), {"reason": "Old."})

    assert bob_client.post(undo_url(notebook)).status_code == 403
    assert is_deprecated(notebook)


def test_an_outsider_gets_a_404_for_a_private_notebook(publish, alice, charlie_client):
    private = publish(alice, title="Secret", public=False)

    assert charlie_client.get(deprecate_url(private)).status_code == 404
    assert charlie_client.post(undo_url(private)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(notebook, client):
    for response in (client.get(deprecate_url(notebook)), client.post(undo_url(notebook))):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    assert not is_deprecated(notebook)


def test_the_notebook_page_offers_the_actions_to_editors_only(notebook, alice_client, bob_client):
    page = alice_client.get(notebook.get_absolute_url()).content.decode()
    assert deprecate_url(notebook) in page and undo_url(notebook) not in page
    assert (
        deprecate_url(notebook) not in bob_client.get(notebook.get_absolute_url()).content.decode()
    )

    alice_client.post(deprecate_url(notebook), {"reason": "Old."})

    page = alice_client.get(notebook.get_absolute_url()).content.decode()
    assert undo_url(notebook) in page and "Edit deprecation" in page
    assert undo_url(notebook) not in bob_client.get(notebook.get_absolute_url()).content.decode()
