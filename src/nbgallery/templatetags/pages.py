"""Links between the pages of a paginated listing."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context: dict[str, Any], number: int) -> str:
    """``?page=N`` keeping the request's other query parameters (such as ``tab``)."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else None
    if query is None:
        return f"?page={number}"
    query["page"] = str(number)
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def other_params(context: dict[str, Any], *left_out: str) -> list[tuple[str, str]]:
    """The request's query parameters but ``left_out``, for hidden inputs of a GET form."""
    request = context.get("request")
    if request is None:
        return []
    return [(name, value) for name, value in request.GET.items() if name not in left_out]
