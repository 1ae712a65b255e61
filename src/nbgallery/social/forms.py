"""Forms of the social app: they check shape; the services check the rules."""

from __future__ import annotations

from django import forms

from nbgallery.social.services import (
    COMMENT_MAX_LENGTH,
    FEEDBACK_MAX_LENGTH,
    RESOURCE_HREF_MAX_LENGTH,
    RESOURCE_TITLE_MAX_LENGTH,
)

YES_NO = [("yes", "Yes"), ("no", "No")]


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Comment",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Markdown; math between $ signs is typeset.",
        error_messages={"required": "Write a comment first: it is empty."},
    )


class FeedbackForm(forms.Form):
    ran = forms.ChoiceField(
        label="Did you run it?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether you ran the notebook."},
    )
    worked = forms.ChoiceField(
        label="Did it work?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether the notebook worked."},
    )
    broken = forms.CharField(
        label="What broke?",
        required=False,
        max_length=FEEDBACK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    general = forms.CharField(
        label="Anything else?",
        required=False,
        max_length=FEEDBACK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def answered_yes(self, question: str) -> bool:
        return self.cleaned_data[question] == "yes"


class ResourceForm(forms.Form):
    title = forms.CharField(max_length=RESOURCE_TITLE_MAX_LENGTH)
    # Not a URLField: it would quietly prepend "http://" to anything without a
    # scheme; the service says what is wrong with an address instead.
    href = forms.CharField(
        label="Address",
        max_length=RESOURCE_HREF_MAX_LENGTH,
        help_text="An http:// or https:// address.",
        widget=forms.URLInput,
    )
