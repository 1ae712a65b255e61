"""JSON API for users and groups."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from nbgallery.accounts import services
from nbgallery.accounts.models import Membership, User

router = Router(tags=["accounts"])


class UserOut(Schema):
    username: str
    first_name: str
    last_name: str
    org: str
    admin: bool


@router.get("/me", response=UserOut, summary="The signed-in user")
def me(request: HttpRequest) -> dict:
    user = request.user
    return {
        "username": user.username,  # type: ignore[union-attr]
        "first_name": user.first_name,  # type: ignore[union-attr]
        "last_name": user.last_name,  # type: ignore[union-attr]
        "org": user.org,  # type: ignore[union-attr]
        "admin": user.is_admin,  # type: ignore[union-attr]
    }


# --- Groups ----------------------------------------------------------------------


class Message(Schema):
    message: str


class MemberOut(Schema):
    username: str
    display_name: str
    role: str
    creator: bool


class GroupOut(Schema):
    gid: UUID
    name: str
    description: str
    url: str
    created_at: datetime
    member_count: int
    my_role: str | None = Field(None, description="The signed-in user's role, if a member")


class GroupDetailOut(GroupOut):
    members: list[MemberOut]


class GroupIn(Schema):
    name: str
    description: str = ""
    url: str = Field("", description="An http:// or https:// address, or empty")


class GroupPatch(Schema):
    name: str | None = None
    description: str | None = None
    url: str | None = None


class MemberIn(Schema):
    username: str
    role: str = Field(Membership.MEMBER, description="owner, editor or member")


class RoleIn(Schema):
    role: str = Field(..., description="owner, editor or member")


ERRORS: dict[int, Any] = {400: Message, 403: Message, 404: Message}


def caller(request: HttpRequest) -> User:
    """The signed-in caller; the API's session auth has already turned others away."""
    if not isinstance(request.user, User):
        raise PermissionDenied("Sign in first.")
    return request.user


def member_out(membership: Membership) -> dict[str, Any]:
    return {
        "username": membership.user.username,
        "display_name": membership.user.display_name,
        "role": membership.role,
        "creator": membership.creator,
    }


def group_detail_out(request: HttpRequest, gid: UUID) -> dict[str, Any]:
    group = services.groups_for(request.user).filter(gid=gid).first()
    if group is None:
        raise Http404("There is no such group.")
    members = [member_out(m) for m in services.memberships_of(group)]
    return {**{f: getattr(group, f) for f in GroupOut.model_fields}, "members": members}


@router.get("/groups", response=list[GroupOut], summary="All groups, a page at a time")
@paginate
def group_list(request: HttpRequest) -> Any:
    return services.groups_for(request.user)


@router.post("/groups", response={201: GroupDetailOut, **ERRORS}, summary="Create a group you own")
def group_create(request: HttpRequest, payload: GroupIn) -> Any:
    group = services.create_group(caller(request), payload.name, payload.description, payload.url)
    return Status(201, group_detail_out(request, group.gid))


@router.get("/groups/{gid}", response={200: GroupDetailOut, 404: Message}, summary="One group")
def group_detail(request: HttpRequest, gid: UUID) -> Any:
    return group_detail_out(request, gid)


@router.patch(
    "/groups/{gid}",
    response={200: GroupDetailOut, **ERRORS},
    summary="Change a group's name, description or web site (fields left out stay)",
)
def group_update(request: HttpRequest, gid: UUID, payload: GroupPatch) -> Any:
    group = services.find_group(gid)
    services.update_group(caller(request), group, **payload.model_dump(exclude_unset=True))
    return group_detail_out(request, gid)


@router.delete(
    "/groups/{gid}",
    response={204: None, **ERRORS},
    summary="Delete a group that owns nothing",
)
def group_delete(request: HttpRequest, gid: UUID) -> Any:
    services.delete_group(caller(request), services.find_group(gid))
    return Status(204, None)


@router.post(
    "/groups/{gid}/members",
    response={201: MemberOut, **ERRORS},
    summary="Add a member by user name",
)
def member_add(request: HttpRequest, gid: UUID, payload: MemberIn) -> Any:
    group = services.find_group(gid)
    membership = services.add_member(caller(request), group, payload.username, payload.role)
    return Status(201, member_out(membership))


@router.patch(
    "/groups/{gid}/members/{username}",
    response={200: MemberOut, **ERRORS},
    summary="Change a member's role",
)
def member_change(request: HttpRequest, gid: UUID, username: str, payload: RoleIn) -> Any:
    group = services.find_group(gid)
    membership = services.change_role(caller(request), group, username, payload.role)
    return member_out(membership)


@router.delete(
    "/groups/{gid}/members/{username}",
    response={204: None, **ERRORS},
    summary="Remove a member (or leave the group yourself)",
)
def member_remove(request: HttpRequest, gid: UUID, username: str) -> Any:
    services.remove_member(caller(request), services.find_group(gid), username)
    return Status(204, None)
