"""The upload forms: step 1 (the file) and step 2 (the details, or a new version's label).

The forms only shape the input; the rules (titles, tags, who may upload where,
the terms of service) are the services' and come back as their errors.
"""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.conf import settings
from django.utils.html import conditional_escape

from nbgallery.accounts.models import Group, Membership, User

OWNER_ME = "user"
GROUP_PREFIX = "group:"


class UploadForm(forms.Form):
    """Step 1: one .ipynb file."""

    file = forms.FileField(
        label="Notebook file",
        help_text="A Jupyter notebook (.ipynb). Outputs are removed when it is stored.",
        # An empty file is the notebook checks' to refuse, with their message.
        allow_empty_file=True,
        error_messages={"required": "Choose a notebook file (.ipynb) to upload."},
        widget=forms.ClearableFileInput(attrs={"accept": ".ipynb"}),
    )

    @classmethod
    def refused(cls, message: str) -> UploadForm:
        """An empty form showing why the upload was refused, on the file field."""
        form = cls(data={})
        form.errors["file"] = form.error_class([message])
        return form

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if not (upload.name or "").lower().endswith(".ipynb"):
            raise forms.ValidationError(
                "That is not a notebook file: choose a file whose name ends in .ipynb.",
                code="not_ipynb",
            )
        return upload


def owner_choices(user: User) -> list[tuple[str, str]]:
    """ "Me", then each group the user may upload into (editors and owners; admins: all)."""
    groups = Group.objects.all()
    if not user.is_admin:
        groups = groups.filter(
            memberships__user=user,
            memberships__role__in=[Membership.OWNER, Membership.EDITOR],
        )
    choices = [(OWNER_ME, f"Me ({user.username})")]
    choices += [(f"{GROUP_PREFIX}{group.gid}", f"Group: {group.name}") for group in groups]
    return choices


class OwnerField(forms.ChoiceField):
    """``user`` or ``group:<gid>``, turned into the User or Group.

    Any existing group is accepted here, not just the listed ones, so that the
    service can say why a group is refused (it knows the roles) instead of a
    bare "not a valid choice".
    """

    def __init__(self, *, user: User, **kwargs: Any) -> None:
        super().__init__(choices=owner_choices(user), **kwargs)
        self.user = user

    def valid_value(self, value: Any) -> bool:
        return value == OWNER_ME or str(value).startswith(GROUP_PREFIX)

    def clean(self, value: Any) -> User | Group:
        value = super().clean(value)
        if value == OWNER_ME:
            return self.user
        try:
            gid = uuid.UUID(value.removeprefix(GROUP_PREFIX))
        except ValueError:
            gid = None
        group = Group.objects.filter(gid=gid).first() if gid else None
        if group is None:
            raise forms.ValidationError("There is no such group; choose one from the list.")
        return group


class PublishForm(forms.Form):
    """Step 2 for a new notebook: what it is, who owns it, who sees it."""

    title = forms.CharField(max_length=255)
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text="Markdown. Say what the notebook does and what it needs.",
    )
    tags = forms.CharField(
        required=False,
        help_text="Separated by commas or spaces; lower-case letters, digits and hyphens.",
    )
    owner = forms.ChoiceField()  # replaced per user in __init__
    visibility = forms.ChoiceField(
        choices=[
            ("private", "Private: the owner, the owning group and people it is shared with"),
            ("public", "Public: everybody who can see this gallery"),
        ],
        widget=forms.RadioSelect,
    )
    # Not required here: the service insists, with its own message.
    agree = forms.BooleanField(required=False, label="I agree to the terms of service")
    overwrite = forms.BooleanField(
        required=False,
        label="Overwrite: make this upload the new version of the notebook with this title",
        widget=forms.HiddenInput,
    )
    parent_uuid = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"] = OwnerField(user=user, label="Owner")
        self.fields["agree"].help_text = conditional_escape(settings.NBGALLERY_TERMS_OF_SERVICE)
        if not self.is_bound:
            self.initial.setdefault(
                "visibility", "public" if settings.NBGALLERY_PUBLIC_BY_DEFAULT else "private"
            )
            self.initial.setdefault("owner", OWNER_ME)
        if self.data.get("overwrite") in ("on", "true", "True", "1"):
            self.offer_overwrite()

    def offer_overwrite(self) -> None:
        """Show the overwrite choice (once the owner is known to have this title)."""
        self.fields["overwrite"].widget = forms.CheckboxInput()

    def clean_parent_uuid(self) -> uuid.UUID | None:
        # Jupyter passes whatever it has, even the text "undefined": ignore non-UUIDs.
        try:
            return uuid.UUID(self.cleaned_data["parent_uuid"])
        except (TypeError, ValueError):
            return None


class NewVersionForm(forms.Form):
    """Step 2 for a new version of an existing notebook."""

    label = forms.CharField(
        max_length=16, required=False, help_text="A short version name, such as 1.2.3."
    )
    summary = forms.CharField(
        max_length=250,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What changed in this version.",
    )
