"""The secret key kept in the data folder when none is configured."""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path


def load_or_create_secret(path: Path) -> str:
    """Read the key at ``path``, creating it (readable by the owner only) if missing.

    Several processes may start at once (web workers, job worker); creating the
    file with O_EXCL means exactly one of them writes it and the others read it.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return read_when_written(path)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(secrets.token_urlsafe(50))
    return path.read_text(encoding="utf-8").strip()


def read_when_written(path: Path) -> str:
    # Another process may have created the file a moment ago and not yet written it.
    for _ in range(50):
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
        time.sleep(0.05)
    raise RuntimeError(f"The secret key file {path} is empty; delete it to have a new one made.")
