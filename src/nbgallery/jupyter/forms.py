"""The form of the environments page; its rules are the services' (``jupyter.environments``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from nbgallery.jupyter import environments
from nbgallery.jupyter.models import Environment


class EnvironmentForm(forms.Form):
    """Add or edit one Jupyter environment."""

    name = forms.CharField(
        max_length=environments.NAME_MAX_LENGTH,
        help_text="Letters, digits and hyphens, such as my-jupyter. "
        "JupyterLab registers itself as JupyterLab.",
    )
    url = forms.CharField(
        label="URL",
        max_length=environments.URL_MAX_LENGTH,
        help_text="The Jupyter server's base address, such as http://127.0.0.1:8888/.",
        widget=forms.URLInput(attrs={"inputmode": "url", "spellcheck": "false"}),
    )
    user_interface = forms.ChoiceField(
        label="Interface",
        choices=[("", "Not set (opens JupyterLab)"), *Environment.INTERFACES],
        required=False,
        help_text="Where Run in Jupyter opens the notebook.",
    )
    default = forms.BooleanField(
        label="Use this environment for Run in Jupyter without asking (the default)",
        required=False,
    )

    @classmethod
    def for_environment(cls, environment: Environment, data: Any = None) -> EnvironmentForm:
        initial = {
            "name": environment.name,
            "url": environment.url,
            "user_interface": environment.user_interface,
            "default": environment.default,
        }
        return cls(data, initial=initial)

    def clean_name(self) -> str:
        return self._cleaned_by(environments.clean_name, "name")

    def clean_url(self) -> str:
        return self._cleaned_by(environments.clean_url, "url")

    def _cleaned_by(self, clean: Any, field: str) -> str:
        try:
            return clean(self.cleaned_data[field])
        except ValidationError as error:
            # The services key their errors by field; a form field wants the bare message.
            raise ValidationError(error.message_dict[field]) from None

    def add_service_errors(self, error: ValidationError) -> None:
        """Put a service's refusal on the fields it names, or above the form."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)
