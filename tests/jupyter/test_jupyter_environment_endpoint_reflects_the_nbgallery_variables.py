"""``/jupyterlab_nbgallery/*`` hands the NBGALLERY_* variables to the lab extensions.

docs/jupyter.md tells administrators to configure the client through exactly
these variable names (protocol §1.3, §5.2); the values reach the browser as
strings, and unset ones as null.
"""

from __future__ import annotations

import pytest

from tests.jupyter.conftest import GALLERY_ORIGIN, JUPYTER_ENV

pytestmark = pytest.mark.jupyter


def test_environment_gives_the_gallery_url_client_name_autodownload_and_default_tags(
    browser_session,
):
    reply = browser_session.request("GET", "jupyterlab_nbgallery/environment", origin=None)

    assert reply.status == 200
    assert reply.json() == {
        "NBGALLERY_URL": GALLERY_ORIGIN,
        "NBGALLERY_CLIENT_NAME": JUPYTER_ENV["NBGALLERY_CLIENT_NAME"],
        "NBGALLERY_ENABLE_AUTODOWNLOAD": JUPYTER_ENV["NBGALLERY_ENABLE_AUTODOWNLOAD"],
        "DEFAULT_TAGS": JUPYTER_ENV["NBGALLERY_DEFAULT_TAGS"],
    }


def test_instrumentation_and_expiration_give_their_variables(browser_session):
    instrumentation = browser_session.request(
        "GET", "jupyterlab_nbgallery/instrumentation", origin=None
    )
    expiration = browser_session.request("GET", "jupyterlab_nbgallery/expiration", origin=None)

    assert instrumentation.json() == {
        "NBGALLERY_ENABLE_INSTRUMENTATION": JUPYTER_ENV["NBGALLERY_ENABLE_INSTRUMENTATION"]
    }
    assert expiration.json() == {
        "NBGALLERY_CREATION_TIME": None,  # not set: unset variables arrive as null
        "NBGALLERY_TERMINATION_TIME": JUPYTER_ENV["NBGALLERY_TERMINATION_TIME"],
    }


def test_preferences_fail_with_a_500_when_nb_user_is_unset(browser_session):
    # A quirk of the client that docs/jupyter.md warns about: it builds
    # /home/$NB_USER/... from an unset variable.
    reply = browser_session.request("GET", "jupyterlab_nbgallery/preferences", origin=None)

    assert reply.status == 500
