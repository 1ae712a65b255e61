from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpRequest

from nbgallery import plugins
from nbgallery.accounts.models import Group, Membership, User
from nbgallery.accounts.services import (
    GROUP_NAME_MAX_LENGTH,
    GROUP_NAME_REQUIRED,
    GROUP_NAME_TOO_LONG,
    GROUP_URL_INVALID,
    GROUP_URL_MAX_LENGTH,
    GROUP_URL_TOO_LONG,
    ROLE_INVALID,
    http_url_validator,
)


class SignupProfileForm(forms.Form):
    """The profile fields asked for at sign-up, beside allauth's own.

    allauth makes this the base of every sign-up form (the web page's and the
    headless JSON API's), so ``clean()`` here is the one place where plugins
    can judge a sign-up with both its user name and its email address.
    """

    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    org = forms.CharField(label="Organization", max_length=255, required=False)

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean() or {}
        # Plugins get well-formed names only; a malformed one already has its error.
        if "username" in self.errors or "email" in self.errors:
            return cleaned_data
        reasons = plugins.flatten(
            plugins.hook().nbgallery_validate_signup(
                username=cleaned_data.get("username") or "",
                email=cleaned_data.get("email") or "",
            )
        )
        for reason in reasons:
            self.add_error(None, forms.ValidationError(reason, code="signup_refused"))
        return cleaned_data

    def signup(self, request: HttpRequest, user: User) -> None:
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.org = self.cleaned_data["org"]
        user.save()


class ProfileForm(forms.ModelForm):
    """What a user may change about themself."""

    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "org", "theme"]


class AdminProfileForm(ProfileForm):
    """What an admin may also change about anybody."""

    class Meta(ProfileForm.Meta):
        fields = [*ProfileForm.Meta.fields, "is_superuser", "approved", "is_active"]
        labels: dict[str, Any] = {
            "is_superuser": "Admin",
            "is_active": "Account enabled",
        }


class HttpURLField(forms.URLField):
    """A web address: http and https only, not ftp, no other scheme."""

    default_validators = [http_url_validator]


class GroupForm(forms.Form):
    """A group's name, description and web site, for creating and editing."""

    name = forms.CharField(
        max_length=GROUP_NAME_MAX_LENGTH,
        error_messages={"required": GROUP_NAME_REQUIRED, "max_length": GROUP_NAME_TOO_LONG},
    )
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        strip=False,
        help_text="Plain text: what the group is for and who should join.",
    )
    url = HttpURLField(
        label="Web site",
        required=False,
        max_length=GROUP_URL_MAX_LENGTH,
        assume_scheme="https",
        error_messages={"invalid": GROUP_URL_INVALID, "max_length": GROUP_URL_TOO_LONG},
        help_text="Optional; an address starting with http:// or https://.",
    )

    @classmethod
    def for_group(cls, group: Group, data: Any = None) -> GroupForm:
        """The form filled in with the group's current values."""
        initial = {"name": group.name, "description": group.description, "url": group.url}
        return cls(data, initial=initial)


class MemberAddForm(forms.Form):
    """Add somebody to a group by user name."""

    username = forms.CharField(
        label="User name",
        max_length=150,
        error_messages={"required": "Enter the user name of the person to add."},
    )
    role = forms.ChoiceField(
        label="Role",
        choices=Membership.ROLES,
        initial=Membership.MEMBER,
        error_messages={"invalid_choice": ROLE_INVALID, "required": ROLE_INVALID},
    )
