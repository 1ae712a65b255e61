"""Pages: deprecate a notebook or undo it (editors), and the site warning (admins).

Status codes as on every notebook page: anonymous visitors are sent to sign
in, a notebook the user cannot read is a 404, one they cannot edit a 403.
"""

from __future__ import annotations

import uuid as uuid_module

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from nbgallery.decorators import admin_required
from nbgallery.deprecations import services
from nbgallery.deprecations.forms import DeprecationForm, SiteWarningForm
from nbgallery.deprecations.models import Deprecation, SiteWarning
from nbgallery.notebooks.forms.manage import add_service_error
from nbgallery.notebooks.views.notebook import editable_notebook
from nbgallery.typing import AuthenticatedHttpRequest

WARNINGS_LISTED = 20


@login_required
def notebook_deprecate(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """GET: the form (filled in when it is deprecated already). POST: deprecate."""
    notebook = editable_notebook(request, uuid)
    data = request.POST if request.method == "POST" else None
    form = DeprecationForm.for_notebook(notebook, request.user, data)
    if request.method == "POST" and form.is_valid():
        try:
            services.deprecate_notebook(request.user, notebook, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "The notebook is now marked as deprecated.")
            return redirect(notebook)
    context = {
        "notebook": notebook,
        "form": form,
        "deprecated": Deprecation.objects.filter(notebook=notebook).exists() or notebook.deprecated,
    }
    status = 400 if form.errors else 200
    return render(request, "deprecations/notebook_deprecate.html", context, status=status)


@require_POST
@login_required
def notebook_undeprecate(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Take the deprecation away; the notebook comes back to listings and search."""
    notebook = editable_notebook(request, uuid)
    if services.undeprecate_notebook(request.user, notebook):
        messages.success(request, "The notebook is no longer deprecated.")
    else:
        messages.info(request, "The notebook was not deprecated.")
    return redirect(notebook)


@admin_required
def site_warning(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Set the banner shown on every page; POST ``remove=<id>`` takes one down."""
    form = SiteWarningForm()
    if request.method == "POST" and "remove" in request.POST:
        warning = get_object_or_404(SiteWarning, pk=parse_id(request.POST["remove"]))
        services.remove_site_warning(request.user, warning)
        messages.success(request, "The warning was removed.")
        return redirect("site_warning")
    if request.method == "POST":
        form = SiteWarningForm(request.POST)
        if form.is_valid():
            try:
                services.set_site_warning(
                    request.user,
                    level=form.cleaned_data["level"],
                    message=form.cleaned_data["message"],
                    expires_at=form.cleaned_data["expires"],
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, "The warning is now shown on every page.")
                return redirect("site_warning")
    context = {
        "form": form,
        "current": SiteWarning.objects.current(),
        "warnings": SiteWarning.objects.select_related("created_by")[:WARNINGS_LISTED],
    }
    status = 400 if form.errors else 200
    return render(request, "deprecations/site_warning_page.html", context, status=status)


def parse_id(value: str) -> int:
    # Anything that is not a row id finds nothing: a 404, not a 500.
    return int(value) if value.isdigit() and len(value) < 18 else 0
