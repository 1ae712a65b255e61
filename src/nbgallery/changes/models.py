"""Change requests: a reader proposes a new version, an editor accepts or declines it.

Who sees a request is decided here, in one queryset (reference §6.3): its
requester, while they can still read the notebook, and everyone who may edit
the notebook (admins included). Nobody else learns that it exists.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q
from django.urls import reverse

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook, Revision


class ChangeRequestQuerySet(models.QuerySet["ChangeRequest"]):
    def visible_to(self, user) -> ChangeRequestQuerySet:
        """The user's own requests on notebooks they can read, and all on notebooks they edit."""
        if not user.is_authenticated:
            return self.none()
        readable = Notebook.objects.readable_by(user).values("pk")
        editable = Notebook.objects.editable_by(user).values("pk")
        return self.filter(Q(requester=user, notebook__in=readable) | Q(notebook__in=editable))

    def pending(self) -> ChangeRequestQuerySet:
        return self.filter(status=ChangeRequest.PENDING)


class ChangeRequest(models.Model):
    PENDING, ACCEPTED, DECLINED, CANCELED = "pending", "accepted", "declined", "canceled"
    STATUSES = [
        (PENDING, "Pending"),
        (ACCEPTED, "Accepted"),
        (DECLINED, "Declined"),
        (CANCELED, "Canceled"),
    ]

    reqid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="change_requests")
    requester = models.ForeignKey(User, on_delete=models.CASCADE, related_name="change_requests")
    # The proposed content, a blob like every version's (notebooks/blobs.py).
    content_sha256 = models.CharField(max_length=64)
    # What the requester saw when proposing: accepting after the notebook
    # moved on would silently undo the newer version, so the editor confirms.
    base_commit_id = models.CharField(max_length=64)
    base_content_sha256 = models.CharField(max_length=64)
    comment = models.TextField("comment to the editors", blank=True)
    summary = models.CharField("summary of the change", max_length=250)
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    reviewer = models.ForeignKey(
        User,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="change_requests_reviewed",
    )
    reviewer_comment = models.TextField(blank=True)
    revision = models.ForeignKey(
        Revision,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="change_requests",
        help_text="The revision an accepted request became.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = ChangeRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"change request {str(self.reqid)[:8]} to {self.notebook}"

    def get_absolute_url(self) -> str:
        return reverse("change_request_detail", args=[self.reqid])

    @property
    def is_pending(self) -> bool:
        return self.status == self.PENDING

    @property
    def short_id(self) -> str:
        return str(self.reqid)[:7]

    @property
    def overtaken(self) -> bool:
        """The notebook has other content than the version this was proposed against."""
        return self.notebook.content_sha256 != self.base_content_sha256

    def can_review(self, user) -> bool:
        """Accept or decline: the notebook's editors and admins, while it is pending."""
        return self.is_pending and self.notebook.can_edit(user)

    def can_cancel(self, user) -> bool:
        return self.is_pending and (
            self.requester_id == user.pk or bool(getattr(user, "is_admin", False))
        )
