"""Tier B: the Jupyter side of the integration, against a real JupyterLab.

One JupyterLab per test process (it takes seconds to start), from the
separate venv with the published clients (see tests/jupyter_support). The
gallery is the origin the requests come from; Jupyter never talks to the
gallery itself, so the gallery side is exercised with Django's test client.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nbgallery.notebooks.tests.conftest import isolated_storage, new_version  # noqa: F401
from tests.jupyter_support.browser_session import BrowserSession
from tests.jupyter_support.jupyter_process import JupyterLab, running_jupyter_lab

# The address a gallery page would be served from; nothing needs to listen there.
GALLERY_ORIGIN = "http://127.0.0.1:3999"
# The client's other settings, as docs/jupyter.md names them (NB_USER stays unset).
JUPYTER_ENV = {
    "NBGALLERY_CLIENT_NAME": "analytics-lab",
    "NBGALLERY_ENABLE_AUTODOWNLOAD": "1",
    "NBGALLERY_ENABLE_INSTRUMENTATION": "1",
    "NBGALLERY_DEFAULT_TAGS": "ci,team",
    "NBGALLERY_TERMINATION_TIME": "2030-01-01 00:00:00",
}


@pytest.fixture(scope="session")
def jupyter_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterLab]:
    """A JupyterLab configured for GALLERY_ORIGIN, shared by all Tier B tests.

    One per test process, because a start takes seconds; tests therefore give
    their files names of their own.
    """
    base = tmp_path_factory.mktemp("jupyter")
    with running_jupyter_lab(
        gallery_origin=GALLERY_ORIGIN,
        root_dir=base / "root",
        home=base / "home",
        env=JUPYTER_ENV,
    ) as lab:
        yield lab


@pytest.fixture
def browser_session(jupyter_lab: JupyterLab) -> BrowserSession:
    """A browser on the gallery's page whose user has logged in to Jupyter."""
    session = BrowserSession(jupyter_lab, GALLERY_ORIGIN)
    session.log_in()
    return session
