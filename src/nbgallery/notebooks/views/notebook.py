"""Reading a notebook: its page, its downloads, its revisions.

Every notebook page (these, and the changing ones in manage.py) finds its
notebook through the helpers below, which ask ``Notebook.objects.readable_by``
/ ``editable_by`` / ``ownable_by``, and answers the same way:

* a notebook the user may not read is a **404**, whether it exists or not, so
  that nobody learns that a private notebook exists;
* a notebook the user may read but not change that way is a **403**;
* an anonymous visitor who asks to change anything is **sent to sign in**
  (``login_required`` runs before the notebook is looked up, so this says
  nothing about whether it exists either).

Revisions follow ``notebooks.revisions``: a revision someone may not see is a
404 like an unreadable notebook.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header

from nbgallery.deprecations import services as deprecations
from nbgallery.notebooks import render_cache, services
from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.notebooks.revisions import find_revision, sees_every_revision, visible_revisions
from nbgallery.notebooks.views.upload import truthy
from nbgallery.rendering.render import render_markdown
from nbgallery.usage.models import Click, record_click

NOT_FOUND = "There is no such notebook, or you do not have access to it."
NOT_FOUND_ANONYMOUS = NOT_FOUND + " If it was shared with you, sign in to see it."
REVISION_NOT_FOUND = "This notebook has no such version, or you do not have access to it."
CANNOT_EDIT = "Only the notebook's owner, its editors and the people it is shared with can do that."
CANNOT_OWN = "Only the notebook's owner can do that."
# The notebook page shows the newest few; the revision list shows them all.
REVISIONS_ON_PAGE = 10


# --- Finding the notebook, by permission ----------------------------------------------


def notebooks_with_people() -> Any:
    # "health" too: the page's health badge reads it.
    return Notebook.objects.select_related(
        "owner_user", "owner_group", "creator", "updater", "health"
    ).prefetch_related("tags")


def readable_notebook(request: HttpRequest, uuid: uuid_module.UUID) -> Notebook:
    """The notebook if the user may read it; a 404 otherwise (see the module docstring)."""
    notebook = notebooks_with_people().readable_by(request.user).filter(uuid=uuid).first()
    if notebook is None:
        raise Http404(NOT_FOUND if request.user.is_authenticated else NOT_FOUND_ANONYMOUS)
    return notebook


def editable_notebook(request: HttpRequest, uuid: uuid_module.UUID) -> Notebook:
    """The notebook if the user may edit it; 404 if they cannot even read it, else 403."""
    notebook = readable_notebook(request, uuid)
    if not Notebook.objects.editable_by(request.user).filter(pk=notebook.pk).exists():
        raise PermissionDenied(CANNOT_EDIT)
    return notebook


def ownable_notebook(request: HttpRequest, uuid: uuid_module.UUID) -> Notebook:
    """The notebook if the user owns it (or is an admin); 404 or 403 otherwise."""
    notebook = readable_notebook(request, uuid)
    if not Notebook.objects.ownable_by(request.user).filter(pk=notebook.pk).exists():
        raise PermissionDenied(CANNOT_OWN)
    return notebook


def visible_revision(request: HttpRequest, notebook: Notebook, commit_id: str) -> Revision:
    revision = find_revision(notebook, request.user, commit_id)
    if revision is None:
        raise Http404(REVISION_NOT_FOUND)
    return revision


# --- Pages ------------------------------------------------------------------------------


def notebook_detail(request: HttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """The notebook: its details, its rendered content, its history and what you may do.

    A Jupyter landing URL (``?staged=``, protocol §4) and a caller that does
    not want HTML (protocol G6) are handed to the landing views.
    """
    # Imported here: the landing views import this module.
    from nbgallery.notebooks.views import landing

    if "staged" in request.GET or not landing.wants_html(request):
        return landing.notebook_landing(request, str(uuid))
    notebook = readable_notebook(request, uuid)
    record_click(request.user, notebook, Click.VIEWED)  # views, dailies, trendiness (issue 7)
    context = notebook_context(request, notebook)
    revisions = context["revisions"]
    context["more_revisions"] = len(revisions) > REVISIONS_ON_PAGE
    context["revisions"] = revisions[:REVISIONS_ON_PAGE]
    context["rendered"] = render_cache.rendered_notebook(
        notebook.content_sha256, trusted=context["trusted"]
    )
    return render(request, "notebooks/notebook_detail.html", context)


def notebook_context(request: HttpRequest, notebook: Notebook) -> dict[str, Any]:
    """What the notebook and revision pages show about the notebook and the user's rights."""
    user = request.user
    can_edit = Notebook.objects.editable_by(user).filter(pk=notebook.pk).exists()
    can_own = can_edit and Notebook.objects.ownable_by(user).filter(pk=notebook.pk).exists()
    sees_all = can_edit or sees_every_revision(notebook, user)
    tags = list(notebook.tags.all())
    return {
        "notebook": notebook,
        "tags": tags,
        "trusted": any(tag.name == "trusted" for tag in tags),
        "language_url": language_url(notebook.lang),
        "description_html": render_markdown(notebook.description),
        "can_edit": can_edit,
        "can_own": can_own,
        "revisions": visible_revisions(notebook, user, sees_all=sees_all),
    }


def language_url(lang: str) -> str | None:
    try:
        return reverse("language_detail", args=[lang]) if lang else None
    except NoReverseMatch:  # a language name no URL can hold
        return None


def notebook_download(request: HttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """The current version as .ipynb, with ``metadata.gallery`` for Jupyter (protocol G6).

    Logged as a download, or as a run with ``run=true`` ("Run in Jupyter");
    not logged with ``clickstream=false`` (Jupyter's autodownload, which
    fetches starred notebooks on its own).
    """
    notebook = readable_notebook(request, uuid)
    deprecations.check_not_frozen(request.user, notebook)
    body = services.download_content(notebook, request.user, base_url(request))
    if truthy(request.GET.get("clickstream", "true")):
        action = Click.RAN if truthy(request.GET.get("run")) else Click.DOWNLOADED
        record_click(request.user, notebook, action)
    return attachment(body, services.download_filename(notebook.title))


def revision_list(request: HttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Every revision the user may see, newest first, and a form to compare two."""
    from nbgallery.diffs.views import compare_choices  # the diffs app builds on this one

    notebook = readable_notebook(request, uuid)
    context = notebook_context(request, notebook)
    context["choices"] = compare_choices(context["revisions"])
    return render(request, "notebooks/revision_list.html", context)


def revision_detail(request: HttpRequest, uuid: uuid_module.UUID, commit_id: str) -> HttpResponse:
    """The notebook as it was at one revision."""
    notebook = readable_notebook(request, uuid)
    revision = visible_revision(request, notebook, commit_id)
    context = notebook_context(request, notebook)
    context["revision"] = revision
    context["is_current"] = revision.content_sha256 == notebook.content_sha256
    newest = context["revisions"][0] if context["revisions"] else None
    context["current_commit_id"] = newest.commit_id if newest else None
    context["rendered"] = render_cache.rendered_notebook(
        revision.content_sha256, trusted=context["trusted"]
    )
    return render(request, "notebooks/revision_detail.html", context)


def revision_download(request: HttpRequest, uuid: uuid_module.UUID, commit_id: str) -> HttpResponse:
    """The notebook as it was at one revision, as .ipynb named "Title - Rev 1a2b3c4d"."""
    notebook = readable_notebook(request, uuid)
    revision = visible_revision(request, notebook, commit_id)
    deprecations.check_not_frozen(request.user, notebook)
    body = services.download_content(notebook, request.user, base_url(request), revision)
    name = services.download_filename(f"{notebook.title} - Rev {revision.commit_id[:8]}")
    return attachment(body, name)


# --- Helpers ----------------------------------------------------------------------------


def base_url(request: HttpRequest) -> str:
    """This gallery's address as Jupyter should call it back: scheme and host, no slash."""
    return f"{request.scheme}://{request.get_host()}"


def attachment(body: bytes, filename: str) -> HttpResponse:
    # application/octet-stream, not JSON: the Jupyter clients expect it (protocol §2.6, G6).
    response = HttpResponse(body, content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Content-Length"] = str(len(body))
    # A private notebook must not be kept by a shared cache on the way.
    patch_cache_control(response, private=True)
    return response
