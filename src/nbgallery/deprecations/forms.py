"""Forms for deprecating a notebook and for the site warning.

They check shape; the services check the rules and permissions.
"""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.deprecations.models import REASON_MAX_LENGTH, Deprecation, SiteWarning
from nbgallery.notebooks.models import Notebook

UUID_PATTERN = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE
)
MAX_ALTERNATIVES = 20


class DeprecationForm(forms.Form):
    reason = forms.CharField(
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=f"Why readers should stop using it; markdown, up to {REASON_MAX_LENGTH} "
        "characters.",
    )
    freeze = forms.BooleanField(
        required=False,
        label="Freeze it: nobody but its editors may download or run it any more",
    )
    alternatives = forms.CharField(
        required=False,
        max_length=5_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Notebooks to use instead",
        help_text="Their addresses or UUIDs, one per line (optional).",
    )

    def __init__(self, data: Any = None, *, actor: User, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.actor = actor

    @classmethod
    def for_notebook(cls, notebook: Notebook, actor: User, data: Any = None) -> DeprecationForm:
        deprecation = Deprecation.objects.filter(notebook=notebook).first()
        if deprecation is None:
            return cls(data, actor=actor)
        readable = Notebook.objects.readable_by(actor)
        # An alternative the editor cannot read stays hidden, and is dropped on save.
        alternatives = deprecation.alternatives.filter(pk__in=readable.values("pk"))
        initial = {
            "reason": deprecation.reason,
            "freeze": deprecation.freeze,
            "alternatives": "\n".join(str(nb.uuid) for nb in alternatives.order_by("title")),
        }
        return cls(data, actor=actor, initial=initial)

    def clean_alternatives(self) -> list[Notebook]:
        text = self.cleaned_data["alternatives"]
        words = [word for word in re.split(r"[\s,]+", text) if word]
        ids: list[uuid.UUID] = []
        for word in words:
            found = UUID_PATTERN.search(word)
            if found is None:
                raise ValidationError(f"{word[:80]} is not a notebook address or UUID.")
            ids.append(uuid.UUID(found.group(0)))
        ids = list(dict.fromkeys(ids))
        if len(ids) > MAX_ALTERNATIVES:
            raise ValidationError(f"Name at most {MAX_ALTERNATIVES} notebooks.")
        notebooks = {
            nb.uuid: nb for nb in Notebook.objects.readable_by(self.actor).filter(uuid__in=ids)
        }
        missing = [str(id_) for id_ in ids if id_ not in notebooks]
        if missing:
            raise ValidationError(
                f"There is no notebook you can read with the UUID {', '.join(missing)}."
            )
        return [notebooks[id_] for id_ in ids]


class SiteWarningForm(forms.Form):
    level = forms.ChoiceField(choices=SiteWarning.LEVELS, initial=SiteWarning.WARNING)
    message = forms.CharField(
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Markdown. Shown at the top of every page.",
    )
    expires = forms.DateField(
        required=False,
        label="Show it until",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The last day it is shown (YYYY-MM-DD). Empty: until you remove it.",
    )

    def clean_expires(self) -> datetime.datetime | None:
        day = self.cleaned_data["expires"]
        if day is None:
            return None
        if day < timezone.localdate():
            raise ValidationError("That day has passed; pick today or a later day.")
        # Shown through the whole of that day, in the site's time zone.
        next_midnight = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
        return timezone.make_aware(next_midnight)
