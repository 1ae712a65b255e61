"""Bootstrap classes for Django form fields, without a forms framework."""

from __future__ import annotations

from django import template
from django.forms import BoundField

register = template.Library()

CHECK_WIDGETS = {"checkbox", "radio"}
SELECT_WIDGETS = {"select", "selectmultiple"}


@register.filter
def control(field: BoundField) -> str:
    """Render the field's widget with the Bootstrap class that fits it."""
    kind = field.widget_type
    if kind in CHECK_WIDGETS:
        css = "form-check-input"
    elif kind in SELECT_WIDGETS:
        css = "form-select"
    else:
        css = "form-control"
    if field.errors:
        css += " is-invalid"
    attrs: dict[str, str | bool] = {"class": css}
    if field.errors:
        attrs["aria-describedby"] = f"{field.auto_id}_errors"
    return field.as_widget(attrs=attrs)


@register.filter
def is_check(field: BoundField) -> bool:
    return field.widget_type in CHECK_WIDGETS
