"""``{% follow_button target %}``: Follow/Unfollow for a notebook, user, group or tag.

``target`` is a Notebook, User or Group, or a tag's name (the tag page only
has the name). Nothing is shown to anonymous visitors, on one's own user
page, or for a tag no notebook carries. One query per button.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import Exists, OuterRef

from nbgallery.notebooks.models import Tag
from nbgallery.notifications import services
from nbgallery.notifications.models import Subscription

register = template.Library()


@register.inclusion_tag("notifications/follow_button.html", takes_context=True)
def follow_button(context: template.Context, target: Any) -> dict[str, Any]:
    user = context.get("user")
    if target is None or user is None or not user.is_authenticated or target == user:
        return {"show": False}
    if isinstance(target, str):
        mine = Subscription.objects.filter(user=user, tag=OuterRef("pk"))
        tag = Tag.objects.filter(name=target).annotate(following=Exists(mine)).first()
        if tag is None:
            return {"show": False}
        following = tag.following
        target = tag
    else:
        following = services.is_following(user, target)
    request = context.get("request")
    return {
        "show": True,
        "kind": services.kind_of(target),
        "key": services.key_of(target),
        "following": following,
        "next": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
    }
