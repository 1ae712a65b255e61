"""Who wants email, and what they follow (reference §6.5, §6.6).

A user without an ``EmailPreference`` row gets email: the row is made the
first time the preference is changed or a digest is considered for them.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from nbgallery.accounts.models import Group, User
from nbgallery.notebooks.models import Notebook, Tag


class EmailPreference(models.Model):
    """A user's "email me" switches, and when their last digest went out."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="email_preference")
    email_me = models.BooleanField(
        "email me", default=True, help_text="Off: the site sends this person no email at all."
    )
    digest = models.BooleanField(
        "daily digest",
        default=True,
        help_text="A daily email of what changed in what this person follows.",
    )
    # The end of the period the last digest covered; the next one starts
    # there, and none is sent twice on the same day (restarts, several workers).
    last_digest_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"email preference of {self.user}"


class Subscription(models.Model):
    """A user follows a notebook, a user, a group or a tag: it feeds their daily digest.

    One nullable foreign key per kind (exactly the one ``kind`` names is
    set), so that each is indexed, deleted with its target, and unique per user.
    """

    NOTEBOOK, USER, GROUP, TAG = "notebook", "user", "group", "tag"
    KINDS = [(NOTEBOOK, "Notebook"), (USER, "User"), (GROUP, "Group"), (TAG, "Tag")]
    TARGET_FIELDS = {
        NOTEBOOK: "notebook",
        USER: "followed_user",
        GROUP: "group",
        TAG: "tag",
    }

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="subscriptions")
    kind = models.CharField(max_length=10, choices=KINDS)
    notebook = models.ForeignKey(
        Notebook, null=True, blank=True, on_delete=models.CASCADE, related_name="subscribers"
    )
    followed_user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="subscribers"
    )
    group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.CASCADE, related_name="subscribers"
    )
    tag = models.ForeignKey(
        Tag, null=True, blank=True, on_delete=models.CASCADE, related_name="subscribers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        kind="notebook",
                        notebook__isnull=False,
                        followed_user__isnull=True,
                        group__isnull=True,
                        tag__isnull=True,
                    )
                    | Q(
                        kind="user",
                        notebook__isnull=True,
                        followed_user__isnull=False,
                        group__isnull=True,
                        tag__isnull=True,
                    )
                    | Q(
                        kind="group",
                        notebook__isnull=True,
                        followed_user__isnull=True,
                        group__isnull=False,
                        tag__isnull=True,
                    )
                    | Q(
                        kind="tag",
                        notebook__isnull=True,
                        followed_user__isnull=True,
                        group__isnull=True,
                        tag__isnull=False,
                    )
                ),
                name="subscription_has_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "notebook"],
                condition=Q(notebook__isnull=False),
                name="follow_notebook_once",
            ),
            models.UniqueConstraint(
                fields=["user", "followed_user"],
                condition=Q(followed_user__isnull=False),
                name="follow_user_once",
            ),
            models.UniqueConstraint(
                fields=["user", "group"],
                condition=Q(group__isnull=False),
                name="follow_group_once",
            ),
            models.UniqueConstraint(
                fields=["user", "tag"], condition=Q(tag__isnull=False), name="follow_tag_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} follows {self.kind} {self.target}"

    @property
    def target(self) -> Notebook | User | Group | Tag:
        return getattr(self, self.TARGET_FIELDS[self.kind])
