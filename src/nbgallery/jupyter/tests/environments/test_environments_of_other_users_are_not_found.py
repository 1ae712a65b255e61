"""A user never sees or changes another user's environment on the page: 404, nothing changed."""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("method", "action", "data"),
    [
        ("get", "edit", None),
        ("post", "edit", {"name": "stolen", "url": "http://evil.example/"}),
        ("get", "delete", None),
        ("post", "delete", None),
        ("post", "default", None),
    ],
)
def test_someone_elses_environment_is_404(
    bob, alice_client, make_environment, method, action, data
):
    environment = make_environment(bob, "bobs-lab", "http://127.0.0.1:8888/")

    response = getattr(alice_client, method)(f"/environments/{environment.pk}/{action}/", data)

    assert response.status_code == 404
    stored = Environment.objects.get(pk=environment.pk)
    assert (stored.name, stored.url, stored.default) == (
        "bobs-lab",
        "http://127.0.0.1:8888/",
        False,
    )


def test_an_unknown_environment_is_404(alice_client):
    assert alice_client.get("/environments/999999/edit/").status_code == 404
