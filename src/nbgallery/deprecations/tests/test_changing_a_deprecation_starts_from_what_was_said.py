"""Changing a deprecation: the form starts filled in; saving replaces what was said."""

from __future__ import annotations

from django.urls import reverse

from nbgallery.deprecations import services
from nbgallery.deprecations.models import Deprecation


def test_the_form_is_filled_in_and_saving_replaces_it(publish, alice, alice_client):
    old = publish(alice, title="Old report", public=True)
    first = publish(alice, title="First successor", public=True)
    second = publish(alice, title="Second successor", public=True)
    services.deprecate_notebook(alice, old, reason="Use the first.", alternatives=[first])
    url = reverse("notebook_deprecate", args=[old.uuid])

    page = alice_client.get(url).content.decode()

    assert "Change the deprecation" in page
    assert "Use the first." in page and str(first.uuid) in page

    response = alice_client.post(
        url, {"reason": "Use the second.", "freeze": "on", "alternatives": str(second.uuid)}
    )

    assert response.status_code == 302
    deprecation = Deprecation.objects.get(notebook=old)
    assert deprecation.reason == "Use the second." and deprecation.freeze
    assert list(deprecation.alternatives.all()) == [second]
