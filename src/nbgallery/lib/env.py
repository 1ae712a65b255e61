"""Typed reading of configuration from environment variables.

Every reader accepts ``NAME_FILE`` as well as ``NAME``: the value is then read
from that file, which is how container secrets are usually handed over.
Bad values are collected instead of raised, so that start-up can report all
of them at once through Django's system checks with a message that says what
to fix (see ``nbgallery.checks``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class Env:
    """Reads settings and remembers which names were read and what was wrong."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self.environ = os.environ if environ is None else environ
        self.errors: list[str] = []
        self.names: list[str] = []

    def raw(self, name: str) -> str | None:
        """The value of NAME, or the contents of the file named by NAME_FILE."""
        self.names.append(name)
        if name in self.environ:
            return self.environ[name]
        file_name = self.environ.get(f"{name}_FILE")
        if file_name:
            try:
                return Path(file_name).read_text(encoding="utf-8").strip()
            except OSError as error:
                self.errors.append(f"{name}_FILE: cannot read {file_name!r} ({error.strerror}).")
        return None

    def string(self, name: str, default: str = "") -> str:
        value = self.raw(name)
        return default if value is None else value.strip()

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        self.errors.append(f"{name}={value!r} is not a yes/no value; use true or false.")
        return default

    def integer(self, name: str, default: int, minimum: int | None = None) -> int:
        value = self.raw(name)
        if value is None or not value.strip():
            return default
        try:
            number = int(value.strip())
        except ValueError:
            self.errors.append(f"{name}={value!r} is not a whole number.")
            return default
        if minimum is not None and number < minimum:
            self.errors.append(f"{name}={number} is too small; the least allowed is {minimum}.")
            return default
        return number

    def items(self, name: str, default: list[str] | None = None) -> list[str]:
        """A comma-separated list; blanks are dropped."""
        value = self.raw(name)
        if value is None:
            return list(default or [])
        return [item.strip() for item in value.split(",") if item.strip()]

    def choice(self, name: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.string(name, default).lower()
        if value not in choices:
            self.errors.append(f"{name}={value!r} must be one of: {', '.join(choices)}.")
            return default
        return value
