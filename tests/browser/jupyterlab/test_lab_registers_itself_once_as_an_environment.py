"""Lab registers itself as the user's Jupyter environment, once (protocol G1).

The first Lab page load after the ``registered`` setting is cleared POSTs
``/environments``; the gallery keeps ``{name: JupyterLab, url: <Lab's base URL>,
user_interface: lab}``. Registering again (the flag cleared, this time from
Notebook 7's ``/tree``, which says ``user_interface=notebook``) updates that row:
no duplicate, and the interface the user first registered stays.
"""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]


def test_lab_registers_itself_once_as_an_environment(lab, alice):
    lab.forget_registration()
    with lab.gallery_response("POST", "/environments", timeout_ms=90_000) as registered:
        lab.open(alice)
    assert registered.value.status == 204

    environment = Environment.objects.get(user=alice)
    assert (environment.name, environment.url, environment.user_interface) == (
        "JupyterLab",
        lab.url,
        "lab",
    )
    # The client saw the 204 as success: it will not register on every page load.
    lab.wait_until(lambda: lab.registration_settings().get("registered"), "Lab saved registered")

    lab.forget_registration()
    with lab.gallery_response("POST", "/environments", timeout_ms=90_000) as registered_again:
        lab.page.goto(f"{lab.url}tree?token={lab.token}")
    assert registered_again.value.status == 204
    assert "user_interface=notebook" in (registered_again.value.request.post_data or "")

    environments = list(Environment.objects.filter(user=alice))
    assert len(environments) == 1
    assert (environments[0].pk, environments[0].user_interface) == (environment.pk, "lab")
