"""Start-up checks: a wrong configuration stops start-up with a message, not a traceback."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.compatibility, deploy=False)
def configuration_is_valid(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    hint = "Fix the environment variable and start again."
    return [
        checks.Error(message, id="nbgallery.E001", hint=hint)
        for message in settings.NBGALLERY_CONFIG_ERRORS
    ]
