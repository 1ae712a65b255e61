"""Bad deprecation input: the form again with a message, a 400, and nothing written."""

from __future__ import annotations

import uuid

import pytest
from django.urls import reverse

from nbgallery.deprecations.models import Deprecation
from nbgallery.notebooks.models import Notebook


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, title="Old report", public=True)


def post(client, notebook, **data):
    return client.post(reverse("notebook_deprecate", args=[notebook.uuid]), data)


def assert_refused(response, notebook, message: str) -> None:
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Deprecation.objects.exists()
    assert not Notebook.objects.get(pk=notebook.pk).deprecated


def test_a_reason_is_required(notebook, alice_client):
    assert_refused(post(alice_client, notebook, reason="   "), notebook, "This field is required")


def test_a_long_reason_is_refused(notebook, alice_client):
    assert_refused(post(alice_client, notebook, reason="x" * 501), notebook, "at most 500")


def test_the_notebook_cannot_be_its_own_alternative(notebook, alice_client):
    response = post(alice_client, notebook, reason="Old.", alternatives=str(notebook.uuid))

    assert_refused(response, notebook, "its own alternative")


def test_an_unknown_alternative_is_named(notebook, alice_client):
    missing = uuid.uuid4()

    response = post(alice_client, notebook, reason="Old.", alternatives=f"{missing}")

    assert_refused(response, notebook, str(missing))


def test_words_that_are_not_notebooks_are_refused(notebook, alice_client):
    response = post(alice_client, notebook, reason="Old.", alternatives="<script>alert(1)</script>")

    assert_refused(response, notebook, "is not a notebook address or UUID")
    assert "&lt;script&gt;alert(1)" in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()


def test_an_alternative_the_editor_cannot_read_is_unknown_to_them(
    publish, alice, bob, charlie, bob_client, committed
):
    from nbgallery.notebooks import services

    mine = publish(alice, title="Alice's", public=True)
    hidden = publish(charlie, title="Charlie's secret", public=False)
    with committed():
        services.share_notebook(alice, mine, ["bob"])

    response = post(bob_client, mine, reason="Old.", alternatives=str(hidden.uuid))

    assert_refused(response, mine, "no notebook you can read")
    assert "Charlie&#x27;s secret" not in response.content.decode()
