"""Pages of the reviews app: the review list, a review, its actions, nominating, reputation.

A review is visible to whoever may read its notebook; anything else is a
404, as on every notebook page. Actions are POSTs: with htmx they answer the
review's status block in place, otherwise they redirect back with a message.
A move the review's status does not allow is a 409, a refused person a 403.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.notebook import readable_notebook
from nbgallery.rendering.render import render_markdown
from nbgallery.reviews import config, services
from nbgallery.reviews.models import Review, UserSummary
from nbgallery.reviews.reputation import trophy
from nbgallery.reviews.rules import is_admin, latest_content_revision, may_claim
from nbgallery.typing import AuthenticatedHttpRequest

NOT_FOUND = "There is no such review, or you do not have access to its notebook."
PER_PAGE = 25


def visible_review(request: HttpRequest, pk: int) -> Review:
    """The review if the user may read its notebook; a 404 otherwise."""
    review = (
        Review.objects.select_related("notebook", "revision", "reviewer")
        .filter(pk=pk, notebook__in=Notebook.objects.readable_by(request.user))
        .first()
    )
    if review is None:
        raise Http404(NOT_FOUND)
    return review


@login_required
def review_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """All reviews of notebooks I can read, filtered by ``type``, ``status`` and ``mine``."""
    reviews = Review.objects.filter(
        notebook__in=Notebook.objects.readable_by(request.user)
    ).select_related("notebook", "reviewer")
    revtype = request.GET.get("type", "")
    status = request.GET.get("status", "")
    mine = request.GET.get("mine", "")
    if revtype in dict(Review.TYPES):
        reviews = reviews.filter(revtype=revtype)
    if status in dict(Review.STATUSES):
        reviews = reviews.filter(status=status)
    if mine == "claimed":
        reviews = reviews.filter(reviewer=request.user)
    elif mine == "recommended":
        reviews = reviews.filter(recommended__user=request.user)
    elif mine == "notebooks":
        reviews = reviews.filter(notebook__in=Notebook.objects.editable_by(request.user))
    page = Paginator(reviews.order_by("-updated_at", "-pk"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "page": page,
        "types": config.review_types(),
        "all_types": dict(Review.TYPES),
        "statuses": Review.STATUSES,
        "revtype": revtype,
        "status": status,
        "mine": mine,
    }
    return render(request, "reviews/review_list.html", context)


def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The review: status, comment, history, recommended reviewers, and what I may do."""
    review = visible_review(request, pk)
    return render(request, "reviews/review_detail.html", detail_context(request, review))


def detail_context(request: HttpRequest, review: Review, **extra: Any) -> dict[str, Any]:
    user = request.user
    signed_in = user.is_authenticated
    editor = signed_in and (is_admin(user) or review.notebook.can_edit(user))
    is_reviewer = signed_in and review.reviewer_id == user.pk
    return {
        "review": review,
        "notebook": review.notebook,
        "type_label": config.type_label(review.revtype),
        "comment_html": render_markdown(review.comment) if review.comment else "",
        "history": review.history.select_related("actor", "reviewer"),
        "recommended": review.recommended.select_related("user", "user__reputation"),
        "can_claim": review.status == Review.QUEUED and may_claim(user, review),
        "can_unclaim": review.status == Review.CLAIMED and (is_reviewer or is_admin(user)),
        "can_decide": review.status == Review.CLAIMED and is_reviewer,
        "can_revert": review.status == Review.UNAPPROVED and (is_reviewer or is_admin(user)),
        "can_delete": is_admin(user),
        "latest_revision_id": getattr(latest_content_revision(review.notebook), "pk", None),
        "can_recommend": bool(editor) and review.is_open,
        **extra,
    }


ACTIONS = {
    "claim": (services.claim_review, "You claimed this review."),
    "unclaim": (services.unclaim_review, "The review is back in the queue."),
    "approve": (services.approve_review, "You approved the notebook."),
    "unapprove": (services.unapprove_review, "You marked the notebook as unapproved."),
    "revert": (services.revert_unapproval, "The unapproval was reverted; the review is claimed."),
}


@require_POST
@login_required
def review_action(request: AuthenticatedHttpRequest, pk: int, action: str) -> HttpResponse:
    """claim / unclaim / approve / unapprove / revert, with an optional ``comment``."""
    review = visible_review(request, pk)
    if action not in ACTIONS:
        raise Http404("No such review action.")
    service, done = ACTIONS[action]
    try:
        review = service(request.user, review, request.POST.get("comment", ""))
    except services.WrongStatus as error:
        return refused(request, review, error, 409)
    except PermissionDenied as error:
        return refused(request, review, error, 403)
    except ValidationError as error:
        return refused(request, review, error, 400)
    return answer(request, visible_review(request, pk), done)


def answer(request: HttpRequest, review: Review, done: str) -> HttpResponse:
    if request.htmx:  # type: ignore[attr-defined]
        context = detail_context(request, review, done=done)
        return render(request, "reviews/partials/review_block.html", context)
    messages.success(request, done)
    return back(request, review)


def refused(request: HttpRequest, review: Review, error: Exception, status: int) -> HttpResponse:
    message = error_text(error)
    if request.htmx:  # type: ignore[attr-defined]
        fresh = Review.objects.select_related("notebook", "revision", "reviewer").get(pk=review.pk)
        context = detail_context(request, fresh, error=message)
        return render(request, "reviews/partials/review_block.html", context, status=status)
    # Without htmx: the review's page again, with the message and an honest 4xx.
    fresh = visible_review(request, review.pk)
    context = detail_context(request, fresh, error=message)
    return render(request, "reviews/review_detail.html", context, status=status)


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "You may not do that."


def back(request: HttpRequest, review: Review) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return redirect(target)
    return redirect(review)


@require_POST
@login_required
def review_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Admins delete a review (and its history); the notebook's flags are recomputed."""
    review = visible_review(request, pk)
    notebook = review.notebook
    if not is_admin(request.user):
        raise PermissionDenied("Only admins may delete a review.")
    if not request.POST.get("confirm"):
        return refused(request, review, ValidationError("Tick the box to confirm."), 400)
    services.delete_review(request.user, review)
    messages.success(request, "The review was deleted.")
    return redirect(notebook)


@require_POST
@login_required
def reviewer_add(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """An editor recommends a reviewer by user name; that person is emailed."""
    review = visible_review(request, pk)
    try:
        recommended = services.add_recommended_reviewer(
            request.user, review, request.POST.get("username", "")
        )
    except services.WrongStatus as error:
        return refused(request, review, error, 409)
    except PermissionDenied as error:
        return refused(request, review, error, 403)
    except ValidationError as error:
        return refused(request, review, error, 400)
    return answer(request, review, f"{recommended.user.display_name} is recommended.")


@require_POST
@login_required
def reviewer_remove(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """An editor removes a recommended reviewer, or the person removes themselves."""
    review = visible_review(request, pk)
    username = request.POST.get("username", "")
    person = get_object_or_404(User, username=username) if username else request.user
    try:
        services.remove_recommended_reviewer(request.user, review, person)
    except PermissionDenied as error:
        return refused(request, review, error, 403)
    return answer(request, review, f"{person.display_name} is no longer recommended.")


@require_POST
@login_required
def notebook_propose(request: AuthenticatedHttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Admins and editors queue reviews of the notebook's latest version (``revtypes``)."""
    notebook = readable_notebook(request, uuid)
    try:
        created = services.propose_reviews(
            request.user,
            notebook,
            request.POST.getlist("revtypes"),
            request.POST.get("comment", ""),
        )
    except ValidationError as error:
        if request.htmx:  # type: ignore[attr-defined]
            return HttpResponse(error_text(error), status=400)
        return render(
            request,
            "reviews/propose_refused.html",
            {"notebook": notebook, "error": error_text(error)},
            status=400,
        )
    if created:
        labels = ", ".join(config.type_label(review.revtype).lower() for review in created)
        messages.success(request, f"Queued for review: {labels}.")
    else:
        messages.info(request, "Those reviews were already queued for this version.")
    return redirect(notebook)


def user_reputation(request: HttpRequest, username: str) -> HttpResponse:
    """A person's reputation: scores, percentiles, trophy and what they count."""
    person = get_object_or_404(User, username=username, is_active=True)
    summary = UserSummary.objects.filter(user=person).first()
    counts = summary.counts if summary else {}
    context = {
        "person": person,
        "summary": summary,
        "counts": [(label, counts.get(key, 0)) for key, label in COUNT_LABELS],
        "trophy": trophy(summary.author_rep_pct if summary else 0),
        "approved": Review.objects.filter(reviewer=person, status=Review.APPROVED)
        .filter(notebook__in=Notebook.objects.readable_by(request.user))
        .select_related("notebook")
        .order_by("-decided_at")[:20],
    }
    return render(request, "reviews/user_reputation.html", context)


COUNT_LABELS = [
    ("views", "Notebooks viewed"),
    ("runs", "Notebooks run"),
    ("executes", "Notebooks executed"),
    ("feedbacks", "Feedback given"),
    ("comments", "Comments written"),
    ("functional_reviews", "Functional reviews approved"),
    ("users", "People who used their public notebooks"),
    ("health_bonus", "Health bonus"),
    ("create_public", "Public notebooks created"),
    ("edit_other", "Other people's notebooks improved"),
    ("langs", "Languages written in"),
    ("technical_reviews", "Technical reviews approved"),
]
