"""Forms for changing a notebook: details, owner, shares, a revision's label.

The forms only check shape (lengths, required fields); the rules (forbidden
title characters, restricted tags, who may do what) are the services', whose
ValidationErrors ``add_service_error`` puts on the right field.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.urls import reverse_lazy

from nbgallery.accounts.models import Group, Membership, User
from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.notebooks.services import SHARE_MESSAGE_MAX_LENGTH


def add_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: on its field if the form has one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class NotebookDetailsForm(forms.Form):
    title = forms.CharField(max_length=255)
    description = forms.CharField(
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Markdown; math between $ signs is typeset.",
    )
    tags = forms.CharField(
        required=False,
        max_length=2_000,
        help_text="Separated by commas or spaces: lower-case letters, digits and dashes.",
    )
    public = forms.BooleanField(
        required=False,
        label="Public: everyone can find and read it",
        help_text="Otherwise only its owner, the owning group and the people it is shared "
        "with can. A change of visibility is kept in the revision history.",
    )

    @classmethod
    def for_notebook(cls, notebook: Notebook, data: Any = None) -> NotebookDetailsForm:
        initial = {
            "title": notebook.title,
            "description": notebook.description,
            "tags": ", ".join(tag.name for tag in notebook.tags.all()),
            "public": notebook.public,
        }
        return cls(data, initial=initial)


class OwnerForm(forms.Form):
    """Either a user (by user name) or one of the groups the actor may upload into."""

    username = forms.CharField(
        required=False,
        max_length=150,
        label="A user",
        help_text="Their user name.",
    )
    group = forms.ModelChoiceField(
        queryset=Group.objects.none(),
        required=False,
        label="Or a group",
        empty_label="(no group)",
        to_field_name="gid",
        help_text="Groups you are an editor or owner of.",
    )

    def __init__(self, data: Any = None, *, actor: User, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.fields["group"].queryset = groups_for_owner_change(actor)  # type: ignore[attr-defined]

    def clean_username(self) -> str:
        return self.cleaned_data["username"].strip()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        username, group = cleaned.get("username"), cleaned.get("group")
        if self.errors:
            return cleaned
        if bool(username) == bool(group):
            raise ValidationError("Give either a user name or a group (one of them).")
        if username:
            user = User.objects.filter(username=username).first()
            if user is None:
                self.add_error("username", f"No user named {username}.")
                return cleaned
            cleaned["new_owner"] = user
        else:
            cleaned["new_owner"] = group
        return cleaned


def groups_for_owner_change(actor: User) -> QuerySet[Group]:
    """Groups a notebook may be given to: those the actor edits (admins: all)."""
    if actor.is_admin:
        return Group.objects.order_by("name")
    editing = Membership.objects.filter(
        user=actor, role__in=[Membership.OWNER, Membership.EDITOR]
    ).values("group")
    return Group.objects.filter(pk__in=editing).order_by("name")


class ShareForm(forms.Form):
    usernames = forms.CharField(
        max_length=2_000,
        label="User names",
        help_text="Separated by commas. A share lets them edit the notebook too.",
        # Suggestions come from /users/autocomplete through htmx into a <datalist>
        # (the shares template holds it); without script it is a plain text box.
        widget=forms.TextInput(
            attrs={
                "list": "user-suggestions",
                "autocomplete": "off",
                "hx-get": reverse_lazy("user_autocomplete"),
                "hx-trigger": "input changed delay:250ms",
                "hx-target": "#user-suggestions",
                "hx-swap": "innerHTML",
            }
        ),
    )
    message = forms.CharField(
        required=False,
        max_length=SHARE_MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="A message for them (optional)",
    )

    def clean_usernames(self) -> list[str]:
        names = [name for name in re.split(r"[,\s]+", self.cleaned_data["usernames"]) if name]
        if not names:
            raise ValidationError("Give at least one user name.")
        return list(dict.fromkeys(names))


class RevisionForm(forms.Form):
    label = forms.CharField(
        required=False,
        max_length=16,
        label="Version label",
        help_text='Up to 16 characters, unique in this notebook, such as "1.2.3".',
    )
    summary = forms.CharField(
        required=False,
        max_length=250,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What changed, in up to 250 characters.",
    )

    @classmethod
    def for_revision(cls, revision: Revision, data: Any = None) -> RevisionForm:
        return cls(data, initial={"label": revision.label, "summary": revision.summary})
