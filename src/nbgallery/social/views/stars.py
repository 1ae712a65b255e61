"""Starring a notebook, and "My stars"."""

from __future__ import annotations

import uuid as uuid_module

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nbgallery.notebooks.models import Star
from nbgallery.notebooks.views.notebook import readable_notebook
from nbgallery.social import services
from nbgallery.social.views import back_to, is_htmx
from nbgallery.typing import AuthenticatedHttpRequest


@login_required
@require_POST
def notebook_star(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """``star=1`` stars, ``star=0`` unstars, anything else flips; htmx gets the new button."""
    notebook = readable_notebook(request, uuid)
    wanted = request.POST.get("star")
    if wanted in ("0", "1"):
        starred = wanted == "1"
    else:
        starred = not Star.objects.filter(notebook=notebook, user=request.user).exists()
    services.set_star(request.user, notebook, starred)
    if is_htmx(request):
        context = {"notebook": notebook, **services.star_state(request.user, notebook)}
        return render(request, "social/partials/star_button.html", context)
    messages.success(request, "Starred." if starred else "Star removed.")
    return back_to(request, notebook)


@login_required
def my_stars(request: HttpRequest) -> HttpResponse:
    """ "My stars" is the home page's Starred tab."""
    return redirect(reverse("home") + "?tab=starred")
