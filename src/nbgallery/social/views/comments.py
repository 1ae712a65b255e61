"""Comments on a notebook: add, edit, delete, like.

With htmx each action answers with the whole comments block (list and form)
re-rendered, so what the user sees is always what is stored.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from nbgallery.notebooks.forms.manage import add_service_error
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.notebook import base_url, readable_notebook
from nbgallery.social import services
from nbgallery.social.forms import CommentForm
from nbgallery.social.models import Comment
from nbgallery.social.views import back_to, is_htmx
from nbgallery.typing import AuthenticatedHttpRequest
from nbgallery.views import error_page

COMMENT_NOT_FOUND = "There is no such comment, or you do not have access to it."


def readable_comment(request: HttpRequest, pk: int) -> Comment:
    """The comment if the user may read its notebook; a 404 otherwise."""
    readable = Notebook.objects.readable_by(request.user)
    comment = (
        Comment.objects.select_related("notebook", "user")
        .filter(pk=pk, notebook__in=readable)
        .first()
    )
    if comment is None:
        raise Http404(COMMENT_NOT_FOUND)
    return comment


def comments_context(
    request: HttpRequest,
    notebook: Notebook,
    *,
    can_edit: bool,
    form: CommentForm | None = None,
    editing: Comment | None = None,
    edit_form: CommentForm | None = None,
    error: str = "",
) -> dict[str, Any]:
    """What the comments block shows: shared by the notebook page and the htmx answers."""
    comments = services.comments_for_page(notebook, request.user)
    return {
        "notebook": notebook,
        "user": request.user,
        "request": request,
        "comments": comments,
        "latest_id": comments[-1].pk if comments else None,
        "moderator": services.is_moderator(request.user, notebook, can_edit=can_edit),
        "form": form or CommentForm(auto_id="comment_%s"),
        "editing": editing,
        "edit_form": edit_form,
        "error": error,
    }


def comments_block(request: HttpRequest, notebook: Notebook, status: int = 200, **kwargs: Any):
    can_edit = notebook.can_edit(request.user)
    context = comments_context(request, notebook, can_edit=can_edit, **kwargs)
    return render(request, "social/partials/comments.html", context, status=status)


def comment_list(request: HttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """The comments block for htmx (after "Cancel"); the notebook page otherwise."""
    notebook = readable_notebook(request, uuid)
    if is_htmx(request):
        return comments_block(request, notebook)
    return redirect(notebook.get_absolute_url() + "#comments")


@login_required
@require_POST
def comment_add(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    notebook = readable_notebook(request, uuid)
    form = CommentForm(request.POST, auto_id="comment_%s")
    if form.is_valid():
        try:
            comment = services.add_comment(
                request.user, notebook, form.cleaned_data["body"], base_url=base_url(request)
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            if is_htmx(request):
                return comments_block(request, notebook)
            messages.success(request, "Comment added.")
            return back_to(request, notebook, f"#comment-{comment.pk}")
    if is_htmx(request):
        return comments_block(request, notebook, status=400, form=form)
    context = {"notebook": notebook, "form": form}
    return render(request, "social/comment_add.html", context, status=400)


@login_required
def comment_edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """GET: the edit form (in place for htmx). POST: save the new text."""
    comment = readable_comment(request, pk)
    notebook = comment.notebook
    if not services.may_change_comment(request.user, comment, services.latest_comment_id(notebook)):
        return refuse(request, notebook, services.CANNOT_CHANGE_COMMENT)
    if request.method == "POST":
        form = CommentForm(request.POST, auto_id="edit_%s")
        if form.is_valid():
            try:
                services.edit_comment(request.user, comment, form.cleaned_data["body"])
            except ValidationError as error:
                add_service_error(form, error)
            except PermissionDenied as error:
                return refuse(request, notebook, str(error))
            else:
                if is_htmx(request):
                    return comments_block(request, notebook)
                messages.success(request, "Comment saved.")
                return redirect(notebook.get_absolute_url() + f"#comment-{comment.pk}")
        status = 400
    else:
        form = CommentForm(initial={"body": comment.body}, auto_id="edit_%s")
        status = 200
    if is_htmx(request):
        return comments_block(request, notebook, status=status, editing=comment, edit_form=form)
    context = {"notebook": notebook, "comment": comment, "form": form}
    return render(request, "social/comment_edit.html", context, status=status)


@login_required
@require_POST
def comment_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    comment = readable_comment(request, pk)
    notebook = comment.notebook
    try:
        services.delete_comment(request.user, comment)
    except PermissionDenied as error:
        return refuse(request, notebook, str(error))
    if is_htmx(request):
        return comments_block(request, notebook)
    messages.success(request, "Comment deleted.")
    return back_to(request, notebook, "#comments")


@login_required
@require_POST
def comment_like(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """``like=1`` likes, ``like=0`` takes the like back."""
    comment = readable_comment(request, pk)
    notebook = comment.notebook
    liked = request.POST.get("like", "1") != "0"
    try:
        services.set_like(request.user, comment, liked)
    except ValidationError as error:
        if is_htmx(request):
            return comments_block(request, notebook, status=400, error=error.messages[0])
        return error_page(request, 400, error.messages[0])
    if is_htmx(request):
        return comments_block(request, notebook)
    return back_to(request, notebook, f"#comment-{comment.pk}")


def refuse(request: HttpRequest, notebook: Notebook, message: str) -> HttpResponse:
    """A 403 that says why: the comments block for htmx, the error page otherwise."""
    if is_htmx(request):
        return comments_block(request, notebook, status=403, error=message)
    raise PermissionDenied(message)
