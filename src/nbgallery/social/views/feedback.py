"""Feedback on a notebook: the form (readers) and its history (editors)."""

from __future__ import annotations

import uuid as uuid_module

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render

from nbgallery.notebooks.forms.manage import add_service_error
from nbgallery.notebooks.views.notebook import base_url, editable_notebook, readable_notebook
from nbgallery.social import services
from nbgallery.social.forms import FeedbackForm
from nbgallery.typing import AuthenticatedHttpRequest

FEEDBACK_PER_PAGE = 25


@login_required
def feedback_new(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Did you run it, did it work, what broke, anything else: emailed to the owners."""
    notebook = readable_notebook(request, uuid)
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_feedback(
                request.user,
                notebook,
                ran=form.answered_yes("ran"),
                worked=form.answered_yes("worked"),
                broken=form.cleaned_data["broken"],
                general=form.cleaned_data["general"],
                base_url=base_url(request),
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Thank you: your feedback was sent to the notebook's owners.")
            return redirect(notebook)
    status = 400 if form.errors else 200
    context = {"notebook": notebook, "form": form}
    return render(request, "social/feedback_form.html", context, status=status)


@login_required
def feedback_list(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Every feedback the notebook received, newest first (its editors only)."""
    notebook = editable_notebook(request, uuid)
    feedbacks = notebook.feedbacks.select_related("user").order_by("-created_at", "-pk")
    page = Paginator(feedbacks, FEEDBACK_PER_PAGE).get_page(request.GET.get("page"))
    context = {"notebook": notebook, "page": page, "feedbacks": page.object_list}
    return render(request, "social/feedback_list.html", context)
