from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse

USERNAME_PATTERN = r"^[a-zA-Z][a-zA-Z0-9\-_@.]*$"
RESERVED_USERNAMES = {"me"}

username_validator = RegexValidator(
    USERNAME_PATTERN,
    "A user name starts with a letter and has only letters, digits and - _ @ .",
)


def not_reserved(value: str) -> None:
    if value.lower() in RESERVED_USERNAMES:
        raise ValidationError(f"{value!r} is reserved; choose another user name.")


class User(AbstractUser):
    """A person with an account. ``is_superuser`` is the site's admin flag."""

    THEMES = [("auto", "Same as my system"), ("light", "Light"), ("dark", "Dark")]

    username = models.CharField(
        "user name",
        max_length=150,
        unique=True,
        validators=[username_validator, not_reserved],
        error_messages={"unique": "That user name is taken."},
    )
    email = models.EmailField("email address", unique=True)
    org = models.CharField("organization", max_length=255, blank=True)
    approved = models.BooleanField(
        default=True, help_text="False while the account waits for an admin's approval."
    )
    theme = models.CharField(max_length=10, choices=THEMES, default="auto")

    class Meta:
        ordering = ["username"]

    def save(self, *args, **kwargs):
        # Django's admin site asks for is_staff; for us admin is one flag.
        self.is_staff = self.is_superuser
        super().save(*args, **kwargs)

    @property
    def is_admin(self) -> bool:
        return self.is_active and self.is_superuser

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    def get_absolute_url(self) -> str:
        return reverse("user_detail", args=[self.username])


class Group(models.Model):
    """A set of users that can own notebooks together."""

    gid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    url = models.URLField("web site", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    members = models.ManyToManyField(User, through="Membership", related_name="member_groups")
    landing = models.ForeignKey(
        "notebooks.Notebook",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A notebook of the group's shown at the top of its page.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("group_detail", args=[self.gid])

    def role_of(self, user: User) -> str | None:
        """The user's role here, or None for a non-member."""
        if not user.is_authenticated:
            return None
        membership = self.memberships.filter(user=user).first()
        return membership.role if membership else None

    def can_manage(self, user: User) -> bool:
        """Owners (and site admins) change the group and its members."""
        return getattr(user, "is_admin", False) or self.role_of(user) == Membership.OWNER


class Membership(models.Model):
    """A user's role in a group: owner implies editor implies member."""

    OWNER, EDITOR, MEMBER = "owner", "editor", "member"
    ROLES = [(OWNER, "Owner"), (EDITOR, "Editor"), (MEMBER, "Member")]

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=ROLES, default=MEMBER)
    creator = models.BooleanField(default=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_user")
        ]
        ordering = ["user__username"]

    def __str__(self) -> str:
        return f"{self.user} is {self.role} of {self.group}"

    @property
    def can_edit(self) -> bool:
        return self.role in (self.OWNER, self.EDITOR)
