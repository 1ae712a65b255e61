"""JSON API for users and groups."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

router = Router(tags=["accounts"])


class UserOut(Schema):
    username: str
    first_name: str
    last_name: str
    org: str
    admin: bool


@router.get("/me", response=UserOut, summary="The signed-in user")
def me(request: HttpRequest) -> dict:
    user = request.user
    return {
        "username": user.username,  # type: ignore[union-attr]
        "first_name": user.first_name,  # type: ignore[union-attr]
        "last_name": user.last_name,  # type: ignore[union-attr]
        "org": user.org,  # type: ignore[union-attr]
        "admin": user.is_admin,  # type: ignore[union-attr]
    }
