"""The change-request forms. They only shape the input; the rules are the services'."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.html import conditional_escape

from nbgallery.changes.services import MAX_COMMENT
from nbgallery.notebooks.forms.upload import UploadForm


class ProposalForm(forms.Form):
    """What a proposal says about a staged notebook (Jupyter's hand-off page)."""

    summary = forms.CharField(
        label="Summary of the change",
        max_length=250,
        help_text="One line; it becomes the new version's summary if the change is accepted.",
        error_messages={"required": "Say in a few words what the change does."},
    )
    comment = forms.CharField(
        label="Comment to the notebook's editors",
        required=False,
        max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Why the change is useful, what to check. Markdown is allowed.",
    )
    agree = forms.BooleanField(
        label="I agree to the terms of service",
        error_messages={"required": "Please accept the terms of service to propose a change."},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agree"].help_text = conditional_escape(settings.NBGALLERY_TERMS_OF_SERVICE)


class WebProposalForm(ProposalForm):
    """A proposal from the web: the notebook file comes with it."""

    file = UploadForm.base_fields["file"]
    clean_file = UploadForm.clean_file

    field_order = ["file", "summary", "comment", "agree"]


class AcceptForm(forms.Form):
    label = forms.CharField(
        label="Version label",
        max_length=16,
        required=False,
        help_text="Optional, at most 16 characters, unique in this notebook.",
    )
    comment = forms.CharField(
        label="Comment to the requester",
        required=False,
        max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    confirm_overtaken = forms.BooleanField(
        required=False, label="Accept it anyway, replacing the newer version"
    )


class CloseForm(forms.Form):
    """Decline (the editors) or cancel (the requester), with an optional comment."""

    comment = forms.CharField(
        label="Comment",
        required=False,
        max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
