"""Changing a notebook: details, a revision's label, owner, shares, deletion.

Status codes as in notebook.py: anonymous visitors are sent to sign in, a
notebook the user cannot read is a 404, one they can read but not change is
a 403. The services decide everything else; their ValidationErrors come back
as the form again with the message, status 400.
"""

from __future__ import annotations

import uuid as uuid_module

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import redirect, render

from nbgallery.accounts.models import Group
from nbgallery.notebooks import services
from nbgallery.notebooks.forms.manage import (
    NotebookDetailsForm,
    OwnerForm,
    RevisionForm,
    ShareForm,
    add_service_error,
)
from nbgallery.notebooks.models import Notebook, Revision, Share
from nbgallery.notebooks.revisions import visible_revisions
from nbgallery.notebooks.views.notebook import (
    REVISION_NOT_FOUND,
    base_url,
    editable_notebook,
    ownable_notebook,
)
from nbgallery.typing import AuthenticatedHttpRequest


def posted(request: AuthenticatedHttpRequest) -> QueryDict | None:
    return request.POST if request.method == "POST" else None


@login_required
def notebook_edit(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Title, description, tags and public/private (a change of visibility is a revision)."""
    notebook = editable_notebook(request, uuid)
    form = NotebookDetailsForm.for_notebook(notebook, posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.change_details(request.user, notebook, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
            notebook.refresh_from_db()
        else:
            messages.success(request, "Notebook details saved.")
            return redirect(notebook)
    status = 400 if form.errors else 200
    context = {"notebook": notebook, "form": form}
    return render(request, "notebooks/notebook_edit.html", context, status=status)


@login_required
def revision_edit(
    request: AuthenticatedHttpRequest, uuid: uuid_module.UUID, commit_id: str
) -> HttpResponse:
    """A revision's version label and summary (editors only; the original let readers).

    A details-only revision shares the commit id of the revision before it;
    ``?revision=<id>`` picks one of them, else it is the one that made the content.
    """
    notebook = editable_notebook(request, uuid)
    revision = revision_to_edit(notebook, request, commit_id)
    form = RevisionForm.for_revision(revision, posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_revision(request.user, revision, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Revision saved.")
            return redirect("revision_list", notebook.uuid)
    status = 400 if form.errors else 200
    context = {"notebook": notebook, "revision": revision, "form": form}
    return render(request, "notebooks/revision_edit.html", context, status=status)


def revision_to_edit(
    notebook: Notebook, request: AuthenticatedHttpRequest, commit_id: str
) -> Revision:
    # Editors see every revision; oldest last, so the fallback is the content's own.
    same_commit = [
        revision
        for revision in visible_revisions(notebook, request.user, sees_all=True)
        if revision.commit_id == commit_id
    ]
    wanted = request.GET.get("revision") or request.POST.get("revision")
    if wanted:
        same_commit = [revision for revision in same_commit if str(revision.pk) == wanted]
    if not same_commit:
        raise Http404(REVISION_NOT_FOUND)
    return same_commit[-1]


@login_required
def notebook_owner(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Give the notebook to a user or to a group (its owner or an admin only)."""
    notebook = ownable_notebook(request, uuid)
    form = OwnerForm(posted(request), actor=request.user)
    if request.method == "POST" and form.is_valid():
        new_owner = form.cleaned_data["new_owner"]
        try:
            services.change_owner(request.user, notebook, new_owner, base_url=base_url(request))
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"The notebook now belongs to {owner_label(new_owner)}.")
            if notebook.can_read(request.user):
                return redirect(notebook)
            return redirect("home")
    status = 400 if form.errors else 200
    context = {"notebook": notebook, "form": form}
    return render(request, "notebooks/notebook_owner.html", context, status=status)


def owner_label(owner: object) -> str:
    return f"the group {owner.name}" if isinstance(owner, Group) else str(owner)


@login_required
def notebook_delete(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """GET: ask for confirmation. POST: delete the notebook with all its revisions."""
    notebook = ownable_notebook(request, uuid)
    if request.method == "POST":
        services.delete_notebook(request.user, notebook)
        messages.success(request, f"The notebook {notebook.title} was deleted.")
        return redirect("home")
    revision_count = notebook.revisions.count()
    context = {"notebook": notebook, "revision_count": revision_count}
    return render(request, "notebooks/notebook_confirm_delete.html", context)


@login_required
def notebook_shares(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Who the notebook is shared with; POST adds user names, or ``remove=<user name>``.

    A share lets the user edit the notebook, as in the original.
    """
    notebook = editable_notebook(request, uuid)
    form = ShareForm()
    if request.method == "POST" and "remove" in request.POST:
        username = request.POST["remove"]
        services.unshare_notebook(request.user, notebook, username)
        messages.success(request, f"The notebook is no longer shared with {username}.")
        return redirect("notebook_shares", notebook.uuid)
    if request.method == "POST":
        form = ShareForm(request.POST)
        if form.is_valid():
            try:
                added = services.share_notebook(
                    request.user,
                    notebook,
                    form.cleaned_data["usernames"],
                    form.cleaned_data["message"],
                    base_url=base_url(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                names = ", ".join(user.username for user in added)
                messages.success(
                    request,
                    f"Shared with {names}." if added else "It was already shared with them.",
                )
                return redirect("notebook_shares", notebook.uuid)
    shares = Share.objects.filter(notebook=notebook).select_related("user", "shared_by")
    context = {
        "notebook": notebook,
        "form": form,
        "shares": shares.order_by("user__username"),
    }
    return render(
        request, "notebooks/notebook_shares.html", context, status=400 if form.errors else 200
    )
