"""The lists Jupyter's autodownload fills its folders from (protocol G9):
``/notebooks/stars`` for "Starred" and ``/notebooks/recently_executed`` for
"Recently Executed". Each is a JSON array of the first page of notebooks."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, JsonResponse

from nbgallery.jupyter import services
from nbgallery.jupyter.views.client import client_endpoint
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.notebook import base_url
from nbgallery.typing import AuthenticatedHttpRequest


@client_endpoint("GET")
def starred(request: AuthenticatedHttpRequest) -> JsonResponse:
    """The user's starred notebooks they may still read, newest star first."""
    notebooks = services.starred_notebooks(request.user, settings.NBGALLERY_NOTEBOOKS_PER_PAGE)
    return partials(request, notebooks)


@client_endpoint("GET", login=False)
def recently_executed(request: HttpRequest) -> JsonResponse:
    """Notebooks the user ran cells of in the last 14 days; empty for anonymous visitors."""
    notebooks = services.recently_executed_notebooks(
        request.user, settings.NBGALLERY_NOTEBOOKS_PER_PAGE
    )
    return partials(request, notebooks)


def partials(request: HttpRequest, notebooks: list[Notebook]) -> JsonResponse:
    gallery = base_url(request)
    body = [services.notebook_partial(notebook, gallery) for notebook in notebooks]
    # A list, not an object: Lab walks it with for-in.
    return JsonResponse(body, safe=False)
