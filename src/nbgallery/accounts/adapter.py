"""How django-allauth signs people up and in, the nbgallery way.

Plugins judge sign-ups in ``SignupProfileForm.clean()`` (accounts/forms.py),
not here: the adapter sees one field at a time, the form sees them all.
"""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nbgallery.accounts.models import not_reserved, username_validator


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return settings.NBGALLERY_SIGNUP_OPEN

    def clean_username(self, username: str, shallow: bool = False) -> str:
        username_validator(username)
        not_reserved(username)
        return super().clean_username(username, shallow=shallow)

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=False)
        user.approved = not settings.NBGALLERY_REQUIRE_APPROVAL
        if commit:
            user.save()
        return user

    def pre_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse | None:
        if not user.approved:
            return render(request, "accounts/awaiting_approval.html", status=403)
        return super().pre_login(request, user, **kwargs)
