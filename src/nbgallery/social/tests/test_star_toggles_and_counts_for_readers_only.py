"""Readers star and unstar a notebook; the count follows; outsiders and visitors cannot."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks.models import Star


def star_url(notebook) -> str:
    return reverse("notebook_star", args=[notebook.uuid])


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


def test_starring_and_unstarring_changes_the_count_on_the_page(notebook, bob, bob_client):
    response = bob_client.post(star_url(notebook), {"star": "1"})

    assert response.status_code == 302 and response["Location"] == notebook.get_absolute_url()
    assert Star.objects.filter(notebook=notebook, user=bob).exists()
    page = bob_client.get(notebook.get_absolute_url()).content.decode()
    assert 'aria-pressed="true"' in page and 'id="star-count" aria-label="1 star"' in page

    bob_client.post(star_url(notebook), {"star": "0"})

    assert not Star.objects.filter(notebook=notebook, user=bob).exists()


def test_starring_twice_keeps_one_star(notebook, bob, bob_client):
    bob_client.post(star_url(notebook), {"star": "1"})
    bob_client.post(star_url(notebook), {"star": "1"})

    assert Star.objects.filter(notebook=notebook).count() == 1


def test_a_post_without_a_state_flips_the_star(notebook, bob, bob_client):
    bob_client.post(star_url(notebook))
    assert Star.objects.filter(notebook=notebook, user=bob).exists()
    bob_client.post(star_url(notebook))
    assert not Star.objects.filter(notebook=notebook, user=bob).exists()


def test_a_starred_notebook_is_in_my_stars(notebook, bob_client):
    bob_client.post(star_url(notebook), {"star": "1"})

    response = bob_client.get(reverse("my_stars"), follow=True)

    assert response.redirect_chain[-1][0].endswith("?tab=starred")
    assert notebook.title in response.content.decode()


def test_an_outsider_cannot_star_a_private_notebook(publish, alice, charlie_client):
    private = publish(alice, title="Secret", public=False)

    response = charlie_client.post(star_url(private), {"star": "1"})

    assert response.status_code == 404
    assert not Star.objects.exists()


def test_a_visitor_is_sent_to_sign_in(notebook, client):
    response = client.post(star_url(notebook), {"star": "1"})

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Star.objects.exists()


def test_starring_needs_a_post(notebook, bob_client):
    assert bob_client.get(star_url(notebook)).status_code == 405
