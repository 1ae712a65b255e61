"""User pages, profile editing and the admins' approval queue."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from nbgallery.accounts import services
from nbgallery.accounts.forms import AdminProfileForm, ProfileForm
from nbgallery.accounts.models import USERNAME_PATTERN, User
from nbgallery.decorators import admin_required
from nbgallery.notebooks import listings
from nbgallery.notebooks.views import formats
from nbgallery.typing import AuthenticatedHttpRequest


def user_by_name(request: HttpRequest, username: str) -> User:
    """``me`` is the signed-in user; anybody else is looked up by user name."""
    if username == "me":
        if not request.user.is_authenticated:
            raise PermissionDenied("Sign in to see your own page.")
        return request.user  # type: ignore[return-value]
    if not re.fullmatch(USERNAME_PATTERN, username):
        # No such user can exist, and PostgreSQL refuses to even compare some
        # strings (NUL): answer 404 before asking the database.
        raise Http404("No such user.")
    return get_object_or_404(User, username=username)


def user_detail(request: HttpRequest, username: str, fmt: str | None = None) -> HttpResponse:
    """The person, their groups and the notebooks of theirs the viewer may read.

    The notebook listing also comes as JSON (``.json`` or the Accept header)
    and RSS (``.rss``).
    """
    person = user_by_name(request, username)
    shown = listings.Shown.from_query(request.GET)
    notebooks = listings.of_user(request.user, person, shown)
    link = person.get_absolute_url()
    title = f"Notebooks of {person.display_name}"
    other = formats.notebook_formats(request, fmt, notebooks, title=title, link=link)
    if other is not None:
        return other
    memberships = person.memberships.select_related("group").order_by("group__name")
    return render(
        request,
        "accounts/user_detail.html",
        {
            "person": person,
            "memberships": memberships,
            "can_edit": services.can_edit_profile(request.user, person),
            "notebook_page": listings.paginate(notebooks, request.GET.get("page")),
            "feed_url": formats.feed_url(link),
            "shown": shown,
        },
    )


@login_required
def user_edit(request: AuthenticatedHttpRequest, username: str) -> HttpResponse:
    person = user_by_name(request, username)
    if not services.can_edit_profile(request.user, person):
        raise PermissionDenied("You may only edit your own profile.")
    form_class = AdminProfileForm if request.user.is_admin else ProfileForm
    form = form_class(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Profile saved.")
        return redirect(person)
    return render(request, "accounts/user_edit.html", {"person": person, "form": form})


@login_required
@require_POST
def theme_set(request: AuthenticatedHttpRequest) -> HttpResponse:
    theme = request.POST.get("theme", "")
    if theme not in dict(User.THEMES):
        messages.error(request, "Unknown theme; choose light, dark or the system's.")
    else:
        request.user.theme = theme
        request.user.save(update_fields=["theme"])
    return redirect(request.POST.get("next") or "home")


@admin_required
def approvals(request: HttpRequest) -> HttpResponse:
    waiting = Paginator(User.objects.filter(approved=False).order_by("date_joined"), 50)
    page = waiting.get_page(request.GET.get("page"))
    return render(request, "accounts/approvals.html", {"page": page})


@admin_required
@require_POST
def approval_decide(request: AuthenticatedHttpRequest, username: str) -> HttpResponse:
    person = get_object_or_404(User, username=username, approved=False)
    decision = request.POST.get("decision")
    if decision == "approve":
        services.approve_user(request.user, person)
        messages.success(request, f"{person.username} can now sign in.")
    elif decision == "reject":
        services.reject_user(request.user, person)
        messages.success(request, f"The account {person.username} was removed.")
    else:
        messages.error(request, "Choose approve or reject.")
    return redirect("approvals")
