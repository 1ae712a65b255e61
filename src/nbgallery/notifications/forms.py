"""The email settings form."""

from __future__ import annotations

from django import forms


class PreferenceForm(forms.Form):
    email_me = forms.BooleanField(
        label="Email me",
        required=False,
        help_text="Shares, change requests, comments on your notebooks, feedback and owner "
        "changes. Off: the site sends you no email at all.",
    )
    digest = forms.BooleanField(
        label="Daily digest",
        required=False,
        help_text="Once a day, what changed in the notebooks, people, groups and tags you follow.",
    )
