"""Group pages: the list, one group with its members, and the forms that change them.

Anybody may look at groups; changing one takes an owner or a site admin. The
rules live in ``accounts.services``; these views only turn forms into calls
and the services' errors into messages on the page (status 400) or a 403.
"""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nbgallery.accounts import services
from nbgallery.accounts.forms import GroupForm, MemberAddForm
from nbgallery.accounts.models import Group, Membership
from nbgallery.notebooks import listings
from nbgallery.notebooks.views import formats
from nbgallery.typing import AuthenticatedHttpRequest

GROUPS_PER_PAGE = 25


def group_list(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    """All groups, paginated, with member counts and how many of their notebooks the
    viewer may read; a signed-in user's own groups first. JSON and RSS list every group."""
    groups = listings.with_notebook_counts(request.user, services.groups_for(request.user))
    link = reverse("group_list")
    kind = formats.requested_format(request, fmt)
    if kind != formats.HTML:
        rows = [
            (group.name, group.notebook_count, group.get_absolute_url())  # type: ignore[attr-defined]
            for group in groups
        ]
        return formats.count_response(request, kind, rows, title="Groups", link=link)
    page = Paginator(groups, GROUPS_PER_PAGE).get_page(request.GET.get("page"))
    mine = None
    if request.user.is_authenticated:
        mine = groups.filter(pk__in=request.user.memberships.values("group"))
    context = {"page": page, "my_groups": mine, "feed_url": formats.feed_url(link)}
    return render(request, "accounts/group_list.html", context)


@login_required
def group_create(request: AuthenticatedHttpRequest) -> HttpResponse:
    """GET: the empty form. POST: create the group and go to its page."""
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            group = services.create_group(request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Group created. You are its owner.")
            return redirect(group)
    status = 400 if form.errors else 200
    return render(request, "accounts/group_form.html", {"form": form}, status=status)


def group_detail(request: HttpRequest, gid: uuid.UUID, fmt: str | None = None) -> HttpResponse:
    """The group, its members and their roles; for owners, the forms to manage them.

    The group's notebook listing also comes as JSON (``.json`` or the Accept
    header) and RSS (``.rss``).
    """
    group = services.find_group(gid)
    notebooks = listings.of_group(request.user, group, listings.Shown.from_query(request.GET))
    title = f"Notebooks of {group.name}"
    link = group.get_absolute_url()
    other = formats.notebook_formats(request, fmt, notebooks, title=title, link=link)
    if other is not None:
        return other
    return render_group(request, group)


def render_group(
    request: HttpRequest, group: Group, add_form: MemberAddForm | None = None, status: int = 200
) -> HttpResponse:
    can_manage = group.can_manage(request.user)  # type: ignore[arg-type]
    shown = listings.Shown.from_query(request.GET)
    context = {
        "group": group,
        "memberships": services.memberships_of(group),
        "my_role": group.role_of(request.user),  # type: ignore[arg-type]
        "can_manage": can_manage,
        "add_form": (add_form or MemberAddForm()) if can_manage else None,
        "roles": Membership.ROLES,
        "notebook_listing": listings.group_listing(
            request.user, group, request.GET.get("page"), shown
        ),
        "feed_url": formats.feed_url(group.get_absolute_url()),
        "shown": shown,
    }
    return render(request, "accounts/group_detail.html", context, status=status)


def managed_group(request: AuthenticatedHttpRequest, gid: uuid.UUID) -> Group:
    """The group, if this user may change it; a 403 otherwise."""
    group = services.find_group(gid)
    if not group.can_manage(request.user):
        raise PermissionDenied("Only the group's owners can do that.")
    return group


@login_required
def group_edit(request: AuthenticatedHttpRequest, gid: uuid.UUID) -> HttpResponse:
    """GET: the form with the group's values. POST: save them and go back to the group."""
    group = managed_group(request, gid)
    form = GroupForm.for_group(group, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_group(request.user, group, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Group saved.")
            return redirect(group)
    status = 400 if form.errors else 200
    context = {"form": form, "group": group}
    return render(request, "accounts/group_form.html", context, status=status)


@login_required
def group_delete(request: AuthenticatedHttpRequest, gid: uuid.UUID) -> HttpResponse:
    """GET: ask for confirmation. POST: delete the group if it owns nothing."""
    group = managed_group(request, gid)
    status = 200
    if request.method == "POST":
        try:
            services.delete_group(request.user, group)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            status = 400
        else:
            messages.success(request, f"The group {group.name} was deleted.")
            return redirect("group_list")
    return render(request, "accounts/group_confirm_delete.html", {"group": group}, status=status)


@login_required
@require_POST
def member_add(request: AuthenticatedHttpRequest, gid: uuid.UUID) -> HttpResponse:
    """Add a member: fields ``username`` and ``role`` (owner, editor or member)."""
    group = managed_group(request, gid)
    form = MemberAddForm(request.POST)
    if form.is_valid():
        username, role = form.cleaned_data["username"], form.cleaned_data["role"]
        try:
            services.add_member(request.user, group, username, role)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"{username} is now {article(role)} of this group.")
            return redirect(group)
    return render_group(request, group, add_form=form, status=400)


@login_required
@require_POST
def member_change(request: AuthenticatedHttpRequest, gid: uuid.UUID, username: str) -> HttpResponse:
    """Change one member: ``action=remove`` takes them out, else ``role`` is their new role.

    Owners and admins change anybody; a member may remove themself (leave the
    group). Refusals, such as taking away the last owner, come back as a
    message on the group page with status 400.
    """
    group = services.find_group(gid)
    leaving = request.POST.get("action") == "remove"
    try:
        if leaving:
            services.remove_member(request.user, group, username)
        else:
            role = request.POST.get("role", "")
            services.change_role(request.user, group, username, role)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return render_group(request, group, status=400)
    if not leaving:
        messages.success(request, f"{username} is now {article(role)} of this group.")
    elif username == request.user.username:
        messages.success(request, f"You left the group {group.name}.")
        return redirect("group_list")
    else:
        messages.success(request, f"{username} was removed from the group.")
    return redirect(group)


def article(role: str) -> str:
    """'an owner', 'an editor', 'a member'."""
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"
