from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpRequest

from nbgallery.accounts.models import User


class SignupProfileForm(forms.Form):
    """The profile fields asked for at sign-up, beside allauth's own."""

    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)
    org = forms.CharField(label="Organization", max_length=255, required=False)

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
