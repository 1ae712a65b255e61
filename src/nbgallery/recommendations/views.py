"""The "Recommended for me" page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from nbgallery.notebooks import listings
from nbgallery.recommendations import services
from nbgallery.typing import AuthenticatedHttpRequest


@login_required
def recommended(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A page of recommended notebooks, each with its reasons, plus suggested tags and groups."""
    page = listings.paginate(listings.recommended(request.user), request.GET.get("page"))
    context = {
        "page": page,
        "recommended": services.reasons_for(request.user, list(page.object_list)),
        "tags": services.suggested_tags(request.user),
        "groups": services.suggested_groups(request.user),
    }
    return render(request, "recommendations/recommended.html", context)
