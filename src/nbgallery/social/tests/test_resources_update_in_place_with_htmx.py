"""With htmx, adding or removing a link answers with the links block, errors included."""

from __future__ import annotations

from django.urls import reverse

from nbgallery.social.models import Resource
from nbgallery.social.tests.conftest import HTMX


def test_add_and_refuse_in_place(publish, alice, alice_client):
    notebook = publish(alice, public=True)
    url = reverse("resource_add", args=[notebook.uuid])

    added = alice_client.post(url, {"title": "Docs", "href": "https://example.org/"}, **HTMX)
    refused = alice_client.post(url, {"title": "Bad", "href": "javascript:alert(1)"}, **HTMX)

    assert added.status_code == 200
    assert added.content.decode().lstrip().startswith('<section id="resources"')
    assert 'href="https://example.org/"' in added.content.decode()
    assert refused.status_code == 400
    assert "Only http:// and https:// addresses" in refused.content.decode()
    assert list(Resource.objects.values_list("title", flat=True)) == ["Docs"]
