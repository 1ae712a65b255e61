"""Bad details come back as the form with a message (status 400); nothing is saved."""

from __future__ import annotations

import pytest
from django.urls import reverse


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, title="Sales", tags="sales")


def post(client, notebook, **fields):
    data = {"title": notebook.title, "description": "", "tags": "sales", **fields}
    return client.post(reverse("notebook_edit", args=[notebook.uuid]), data)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"title": "x" * 256}, "at most 255 characters"),
        ({"title": "Q3: sales"}, "may not contain :"),
        ({"title": "a/b"}, "may not contain /"),
        ({"title": "   "}, "This field is required."),
        ({"title": "bad\x00title"}, "Null characters are not allowed."),
        ({"tags": "sales, trusted"}, "Only admins may add or remove the tag(s) trusted"),
    ],
)
def test_the_form_comes_back_with_the_problem(notebook, alice_client, fields, message):
    response = post(alice_client, notebook, **fields)

    assert response.status_code == 400
    assert message in response.content.decode()
    notebook.refresh_from_db()
    assert notebook.title == "Sales"
    assert list(notebook.tags.values_list("name", flat=True)) == ["sales"]


def test_a_title_the_owner_already_uses_is_refused(publish, notebook, alice, alice_client):
    publish(alice, title="Costs")

    response = post(alice_client, notebook, title="costs")

    assert response.status_code == 400
    assert "already has a notebook called Costs" in response.content.decode()


def test_an_admin_may_add_a_restricted_tag(notebook, admin_client):
    response = post(admin_client, notebook, tags="sales, trusted")

    assert response.status_code == 302
    assert "trusted" in notebook.tags.values_list("name", flat=True)
