"""Notebooks and what hangs off them.

Permission rules live here, in the querysets (``readable_by``, ``editable_by``,
``ownable_by``), so that every page, listing, download and endpoint asks the
same question the same way (reference §6.3).
"""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse

from nbgallery.accounts.models import Group, Membership, User


def is_admin(user) -> bool:
    return bool(getattr(user, "is_admin", False))


class NotebookQuerySet(models.QuerySet["Notebook"]):
    def readable_by(self, user) -> NotebookQuerySet:
        """Public notebooks, plus what the user may edit, plus their groups' notebooks."""
        if is_admin(user):
            return self.all()
        if not user.is_authenticated:
            return self.filter(public=True)
        # Every group of the user, which holds the groups they may edit in too.
        groups = Membership.objects.filter(user=user).values("group")
        shared = Share.objects.filter(user=user).values("notebook")
        return self.filter(
            Q(public=True) | Q(owner_group__in=groups) | Q(owner_user=user) | Q(pk__in=shared)
        )

    def editable_by(self, user) -> NotebookQuerySet:
        """The owning user, editors and owners of the owning group, and sharees."""
        if is_admin(user):
            return self.all()
        if not user.is_authenticated:
            return self.none()
        return self.filter(self.editable_q(user))

    def ownable_by(self, user) -> NotebookQuerySet:
        """The owning user and owners of the owning group: they may delete or give away."""
        if is_admin(user):
            return self.all()
        if not user.is_authenticated:
            return self.none()
        owned_groups = Membership.objects.filter(user=user, role=Membership.OWNER)
        return self.filter(Q(owner_user=user) | Q(owner_group__in=owned_groups.values("group")))

    @staticmethod
    def editable_q(user) -> Q:
        editing_groups = Membership.objects.filter(
            user=user, role__in=[Membership.OWNER, Membership.EDITOR]
        ).values("group")
        shared = Share.objects.filter(user=user).values("notebook")
        return Q(owner_user=user) | Q(owner_group__in=editing_groups) | Q(pk__in=shared)


class Tag(models.Model):
    """A tag's text, normalized to ``[a-z0-9-]``; one row per distinct tag."""

    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tag_detail", args=[self.name])


class Notebook(models.Model):
    uuid = models.UUIDField(unique=True, editable=False)
    title = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    public = models.BooleanField(default=False)
    lang = models.CharField("language", max_length=50, blank=True, db_index=True)
    lang_version = models.CharField("language version", max_length=50, blank=True)
    # The staging id of the upload that made the current content: Jupyter
    # compares it with its copy to see whether the gallery changed (protocol §6.3).
    commit_id = models.CharField(max_length=64)
    content_sha256 = models.CharField(max_length=64)
    content_updated_at = models.DateTimeField()
    owner_user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.PROTECT, related_name="notebooks"
    )
    owner_group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.PROTECT, related_name="notebooks"
    )
    creator = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="notebooks_created"
    )
    updater = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="notebooks_updated"
    )
    parent_uuid = models.UUIDField(null=True, blank=True)
    # Listings and search leave deprecated and unapproved notebooks out unless
    # asked (reference §3.6), so both are filtered on by almost every query.
    # Deprecation (issue 6) and reviews (issue 7) will set them; until then an
    # admin does, in the admin site.
    deprecated = models.BooleanField(default=False, db_index=True)
    verified = models.BooleanField(default=False, db_index=True)
    unapproved = models.BooleanField(default=False, db_index=True)
    tags = models.ManyToManyField(Tag, through="NotebookTag", related_name="notebooks")
    shares = models.ManyToManyField(
        User, through="Share", through_fields=("notebook", "user"), related_name="shared_notebooks"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = NotebookQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        # For the listings and search sorts (search/ordering.py).
        indexes = [
            models.Index(fields=["updated_at", "id"], name="notebook_updated_order"),
            models.Index(fields=["created_at", "id"], name="notebook_created_order"),
            models.Index(Lower("title"), F("id").desc(), name="notebook_title_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(owner_user__isnull=False, owner_group__isnull=True)
                | Q(owner_user__isnull=True, owner_group__isnull=False),
                name="notebook_has_one_owner",
            ),
            models.UniqueConstraint(
                Lower("title"),
                "owner_user",
                condition=Q(owner_user__isnull=False),
                name="unique_title_per_user",
            ),
            models.UniqueConstraint(
                Lower("title"),
                "owner_group",
                condition=Q(owner_group__isnull=False),
                name="unique_title_per_group",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("notebook_detail", args=[self.uuid])

    @property
    def owner(self) -> User | Group:
        return self.owner_user or self.owner_group  # type: ignore[return-value]

    @property
    def owner_name(self) -> str:
        return self.owner_user.display_name if self.owner_user else self.owner_group.name  # type: ignore[union-attr]

    @property
    def trusted(self) -> bool:
        """Trusted notebooks (an admin-only tag) keep their outputs."""
        return self.tags.filter(name="trusted").exists()

    def can_read(self, user) -> bool:
        return Notebook.objects.readable_by(user).filter(pk=self.pk).exists()

    def can_edit(self, user) -> bool:
        return Notebook.objects.editable_by(user).filter(pk=self.pk).exists()

    def can_own(self, user) -> bool:
        return Notebook.objects.ownable_by(user).filter(pk=self.pk).exists()

    def people_to_tell(self) -> list[User]:
        """Who hears about the notebook (comments, feedback, change requests):
        the owning user, or the owning group's owners and editors."""
        if self.owner_user_id is not None:
            return [self.owner_user]  # type: ignore[list-item]
        if self.owner_group_id is None:
            return []
        return list(
            User.objects.filter(
                memberships__group_id=self.owner_group_id,
                memberships__role__in=[Membership.OWNER, Membership.EDITOR],
            )
            .distinct()
            .order_by("username")
        )


class NotebookTag(models.Model):
    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE)
    applied_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["notebook", "tag"], name="tag_once")]

    def __str__(self) -> str:
        return f"{self.tag} on {self.notebook}"


class Share(models.Model):
    """A user the notebook is shared with. As in the original, a share grants edit."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="shares_received")
    shared_by = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="shares_given"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["notebook", "user"], name="share_once")]

    def __str__(self) -> str:
        return f"{self.notebook} shared with {self.user}"


class Revision(models.Model):
    """One version of a notebook: its full content, who made it and why (reference §3.2)."""

    CREATE, UPDATE, METADATA = "create", "update", "metadata"
    TYPES = [(CREATE, "Created"), (UPDATE, "New version"), (METADATA, "Details changed")]

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="revisions")
    user = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="revisions")
    revtype = models.CharField(max_length=10, choices=TYPES)
    commit_id = models.CharField(max_length=64, db_index=True)
    public = models.BooleanField(help_text="Whether the notebook was public at this revision.")
    content_sha256 = models.CharField(max_length=64)
    label = models.CharField(max_length=16, blank=True)
    summary = models.CharField(max_length=250, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["notebook", "label"], condition=~Q(label=""), name="label_once_per_notebook"
            )
        ]

    def __str__(self) -> str:
        return f"{self.notebook} at {self.commit_id[:8]}"

    def get_absolute_url(self) -> str:
        return reverse("revision_detail", args=[self.notebook.uuid, self.commit_id])


class CodeCell(models.Model):
    """A non-empty code cell of a revision, by the md5 of its source.

    Jupyter's instrumentation reports executions by that md5 (protocol G10).
    """

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="code_cells")
    cell_index = models.PositiveIntegerField()
    md5 = models.CharField(max_length=32, db_index=True)

    class Meta:
        ordering = ["cell_index"]

    def __str__(self) -> str:
        return f"cell {self.cell_index} of {self.revision}"


class Stage(models.Model):
    """Step 1 of an upload: validated, stripped content waiting for step 2."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="stages")
    notebook = models.ForeignKey(
        Notebook,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="stages",
        help_text="The notebook this upload is a new version of, if any.",
    )
    content_sha256 = models.CharField(max_length=64)
    filename = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"upload {self.uuid} by {self.user}"


class Star(models.Model):
    """A user keeps a notebook close: "My stars", and Jupyter's Starred folder (protocol G9)."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="stars")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="stars")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["notebook", "user"], name="star_once")]

    def __str__(self) -> str:
        return f"{self.user} starred {self.notebook}"


class TermsAgreement(models.Model):
    """A user agreed to the terms of service (this text) when publishing a notebook."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="terms_agreements")
    notebook = models.ForeignKey(
        Notebook, null=True, on_delete=models.SET_NULL, related_name="terms_agreements"
    )
    terms = models.TextField()
    agreed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user} agreed on {self.agreed_at:%Y-%m-%d}"
