"""The rules for accounts and groups. Pages and the API both call these."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import (
    Case,
    CharField,
    Count,
    OuterRef,
    ProtectedError,
    QuerySet,
    RestrictedError,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Lower
from django.http import Http404

from nbgallery.accounts.models import Group, Membership, User

# --- Users ---------------------------------------------------------------------


def can_edit_profile(actor: User | AnonymousUser, person: User) -> bool:
    """A user edits their own profile; an admin edits anybody's."""
    return isinstance(actor, User) and (actor.pk == person.pk or actor.is_admin)


def approve_user(actor: User, person: User) -> None:
    """Let an account that waited for approval sign in, and tell its owner."""
    person.approved = True
    person.save(update_fields=["approved"])
    transaction.on_commit(
        lambda: send_mail(
            f"[{settings.SITE_NAME}] Your account is approved",
            f"Hello {person.display_name},\n\nan administrator approved your account "
            f"{person.username}. You can sign in now.\n",
            None,
            [person.email],
            fail_silently=True,
        )
    )


def reject_user(actor: User, person: User) -> None:
    """Remove an account that was waiting for approval."""
    person.delete()


# --- Groups --------------------------------------------------------------------

GROUP_NAME_MAX_LENGTH = Group._meta.get_field("name").max_length or 100
GROUP_URL_MAX_LENGTH = Group._meta.get_field("url").max_length or 200

GROUP_NAME_REQUIRED = "A group needs a name."
GROUP_NAME_TOO_LONG = (
    "A group name has at most %(limit_value)d characters; this one has %(show_value)d."
)
GROUP_URL_INVALID = "Enter a web address that starts with http:// or https://."
GROUP_URL_TOO_LONG = (
    "A web address has at most %(limit_value)d characters; this one has %(show_value)d."
)
ROLE_INVALID = "Choose a role: owner, editor or member."
NULL_CHARACTERS = "Null characters are not allowed; remove them."
GROUP_OWNS_THINGS = "This group still owns notebooks; move or delete them first."

http_url_validator = URLValidator(schemes=["http", "https"], message=GROUP_URL_INVALID)


def refuse_null_characters(field: str, value: str) -> str:
    """The value, unless it holds NUL characters (which PostgreSQL cannot store)."""
    if "\x00" in value:
        raise ValidationError({field: NULL_CHARACTERS})
    return value


def clean_group_name(name: str) -> str:
    """The name without surrounding blanks; a ValidationError if empty or too long."""
    name = refuse_null_characters("name", (name or "").strip())
    if not name:
        raise ValidationError({"name": GROUP_NAME_REQUIRED})
    if len(name) > GROUP_NAME_MAX_LENGTH:
        params = {"limit_value": GROUP_NAME_MAX_LENGTH, "show_value": len(name)}
        raise ValidationError({"name": GROUP_NAME_TOO_LONG % params})
    return name


def clean_group_url(url: str) -> str:
    """An http(s) address or the empty string; a ValidationError for anything else."""
    url = refuse_null_characters("url", (url or "").strip())
    if not url:
        return ""
    if len(url) > GROUP_URL_MAX_LENGTH:
        params = {"limit_value": GROUP_URL_MAX_LENGTH, "show_value": len(url)}
        raise ValidationError({"url": GROUP_URL_TOO_LONG % params})
    try:
        http_url_validator(url)
    except ValidationError:
        raise ValidationError({"url": GROUP_URL_INVALID}) from None
    return url


def clean_role(role: str) -> str:
    """One of Membership's roles; a ValidationError naming the choices otherwise."""
    if role not in dict(Membership.ROLES):
        raise ValidationError({"role": ROLE_INVALID})
    return role


def find_group(gid: uuid.UUID | str) -> Group:
    """The group with this gid, or Http404 with a message a person understands."""
    try:
        return Group.objects.get(gid=gid)
    except (Group.DoesNotExist, ValidationError):
        raise Http404("There is no such group.") from None


def groups_for(viewer: User | AnonymousUser) -> QuerySet[Group]:
    """Every group, with ``member_count`` and the viewer's own role as ``my_role``.

    Groups are public: anybody may list them. The order is stable across
    databases (case-insensitive name, then creation), so pages do not shuffle.
    """
    groups = Group.objects.annotate(member_count=Count("memberships"))
    if isinstance(viewer, User):
        mine = Membership.objects.filter(group=OuterRef("pk"), user=viewer).values("role")[:1]
        groups = groups.annotate(my_role=Subquery(mine))
    else:
        groups = groups.annotate(my_role=Value(None, output_field=CharField()))
    return groups.order_by(Lower("name"), "pk")


def memberships_of(group: Group) -> QuerySet[Membership]:
    """The group's members, owners first, then editors, then members, by user name."""
    rank = Case(
        When(role=Membership.OWNER, then=Value(0)),
        When(role=Membership.EDITOR, then=Value(1)),
        default=Value(2),
    )
    return group.memberships.select_related("user").order_by(rank, "user__username")


def _require_manager(actor: User, group: Group) -> None:
    if not group.can_manage(actor):
        raise PermissionDenied("Only the group's owners can do that.")


def _lock(group: Group) -> Group:
    """Lock the group's row so that concurrent membership changes take turns.

    Without it, two owners demoting each other at once could both see the
    other as "another owner" and leave the group with none.
    """
    return Group.objects.select_for_update().get(pk=group.pk)


def _membership(group: Group, username: str) -> Membership:
    refuse_null_characters("username", username)
    try:
        return group.memberships.select_related("user").get(user__username=username)
    except Membership.DoesNotExist:
        raise Http404(f"{username!r} is not a member of this group.") from None


def _keep_an_owner(group: Group, membership: Membership) -> None:
    """Refuse to take away the group's last owner (the caller holds the lock)."""
    if membership.role != Membership.OWNER:
        return
    others = group.memberships.filter(role=Membership.OWNER).exclude(pk=membership.pk)
    if not others.exists():
        raise ValidationError(
            f"{membership.user.username} is the group's last owner; "
            "make someone else an owner first, because a group must keep an owner."
        )


def create_group(actor: User, name: str, description: str = "", url: str = "") -> Group:
    """Create a group; the signed-in user who creates it becomes its first owner."""
    if not actor.is_authenticated or not actor.is_active:
        raise PermissionDenied("Sign in to create a group.")
    name = clean_group_name(name)
    description = refuse_null_characters("description", description or "")
    url = clean_group_url(url)
    with transaction.atomic():
        group = Group.objects.create(name=name, description=description, url=url)
        Membership.objects.create(group=group, user=actor, role=Membership.OWNER, creator=True)
    return group


def update_group(
    actor: User,
    group: Group,
    *,
    name: str | None = None,
    description: str | None = None,
    url: str | None = None,
) -> Group:
    """Change a group's name, description or web site; None leaves a field as it is.

    Only owners and site admins may.
    """
    _require_manager(actor, group)
    changes: dict[str, str] = {}
    if name is not None:
        changes["name"] = clean_group_name(name)
    if description is not None:
        changes["description"] = refuse_null_characters("description", description)
    if url is not None:
        changes["url"] = clean_group_url(url)
    if changes:
        with transaction.atomic():
            for field, value in changes.items():
                setattr(group, field, value)
            group.save(update_fields=list(changes))
    return group


def add_member(
    actor: User, group: Group, username: str, role: str = Membership.MEMBER
) -> Membership:
    """Add the user with this user name to the group in the given role.

    Only owners and site admins may. Somebody already in the group is not
    added twice: the message says to change their role instead.
    """
    _require_manager(actor, group)
    username = refuse_null_characters("username", (username or "").strip())
    role = clean_role(role)
    if not username:
        raise ValidationError({"username": "Enter the user name of the person to add."})
    person = User.objects.filter(username=username).first()
    if person is None:
        raise ValidationError({"username": f"No user named {username!r}."})
    with transaction.atomic():
        _lock(group)
        existing = group.memberships.filter(user=person).first()
        if existing is not None:
            raise ValidationError(
                {
                    "username": f"{username} is already in this group as "
                    f"{existing.get_role_display().lower()}; change their role in the "
                    "member list instead."
                }
            )
        return Membership.objects.create(group=group, user=person, role=role)


def change_role(actor: User, group: Group, username: str, role: str) -> Membership:
    """Give a member another role. Only owners and site admins may.

    The last owner cannot be demoted: a group must keep an owner.
    """
    _require_manager(actor, group)
    role = clean_role(role)
    with transaction.atomic():
        _lock(group)
        membership = _membership(group, username)
        if membership.role == role:
            return membership
        if role != Membership.OWNER:
            _keep_an_owner(group, membership)
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


def remove_member(actor: User, group: Group, username: str) -> None:
    """Take a user out of the group.

    Owners and site admins remove anybody; any member may remove themself
    (leave). The last owner cannot be removed: a group must keep an owner.
    """
    if not (actor.is_authenticated and actor.username == username):
        _require_manager(actor, group)
    with transaction.atomic():
        _lock(group)
        membership = _membership(group, username)
        _keep_an_owner(group, membership)
        membership.delete()


def delete_group(actor: User, group: Group) -> None:
    """Delete a group that owns nothing. Only owners and site admins may.

    Whatever a group owns points at it with on_delete=PROTECT (or RESTRICT),
    so Django refuses the delete; that refusal becomes a message saying what
    to do, and nothing is deleted.
    """
    _require_manager(actor, group)
    try:
        with transaction.atomic():
            # With the row locked, nothing can start pointing at the group
            # between Django's check for protected objects and the delete.
            _lock(group)
            group.delete()
    except (ProtectedError, RestrictedError):
        raise ValidationError(GROUP_OWNS_THINGS) from None
