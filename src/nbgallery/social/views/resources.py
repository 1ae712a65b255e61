"""External resources: titled http(s) links on the notebook page, kept by its editors."""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from nbgallery.notebooks.forms.manage import add_service_error
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.notebook import editable_notebook
from nbgallery.social import services
from nbgallery.social.forms import ResourceForm
from nbgallery.social.models import Resource
from nbgallery.social.views import back_to, is_htmx
from nbgallery.typing import AuthenticatedHttpRequest


def resources_context(
    notebook: Notebook, *, can_edit: bool, form: ResourceForm | None = None
) -> dict[str, Any]:
    """What the resources block shows: shared by the notebook page and the htmx answers."""
    return {
        "notebook": notebook,
        "resources": list(Resource.objects.filter(notebook=notebook).order_by("created_at", "pk")),
        "can_edit": can_edit,
        "resource_form": form or ResourceForm(auto_id="resource_%s"),
    }


def resources_block(request: HttpRequest, notebook: Notebook, status: int = 200, **kwargs: Any):
    context = resources_context(notebook, can_edit=True, **kwargs)
    return render(request, "social/partials/resources.html", context, status=status)


@login_required
@require_POST
def resource_add(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    notebook = editable_notebook(request, uuid)
    form = ResourceForm(request.POST, auto_id="resource_%s")
    if form.is_valid():
        try:
            services.add_resource(request.user, notebook, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            if is_htmx(request):
                return resources_block(request, notebook)
            messages.success(request, "Link added.")
            return back_to(request, notebook, "#resources")
    if is_htmx(request):
        return resources_block(request, notebook, status=400, form=form)
    context = {"notebook": notebook, "form": form}
    return render(request, "social/resource_add.html", context, status=400)


@login_required
@require_POST
def resource_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    resource = Resource.objects.filter(pk=pk).select_related("notebook").first()
    if resource is None:
        raise Http404("There is no such link, or you do not have access to it.")
    # 404 for a notebook the user cannot read, 403 for one they cannot change.
    notebook = editable_notebook(request, resource.notebook.uuid)
    services.delete_resource(request.user, resource)
    if is_htmx(request):
        return resources_block(request, notebook)
    messages.success(request, "Link removed.")
    return back_to(request, notebook, "#resources")
