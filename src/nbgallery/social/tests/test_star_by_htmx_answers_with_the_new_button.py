"""With htmx the star answer is the button itself, with its new state and count."""

from __future__ import annotations

from django.urls import reverse

from nbgallery.notebooks.models import Star
from nbgallery.social.tests.conftest import HTMX


def test_the_answer_is_the_swapped_button(publish, alice, bob, charlie, bob_client):
    notebook = publish(alice, public=True)
    Star.objects.create(notebook=notebook, user=charlie)

    response = bob_client.post(
        reverse("notebook_star", args=[notebook.uuid]), {"star": "1"}, **HTMX
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<form" in html and "<html" not in html
    assert 'aria-pressed="true"' in html and ">2</span>" in html
    assert 'name="star" value="0"' in html  # the next click unstars
