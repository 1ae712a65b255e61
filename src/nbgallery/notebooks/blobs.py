"""Notebook content as content-addressed blobs in Django's default storage.

A blob's name is the sha256 of its bytes, so identical content is stored once
and never changes after it is written. Blobs are written before the database
rows that point at them: if the database transaction then fails, at worst an
unreferenced blob is left behind, never a row pointing at missing content.
"""

from __future__ import annotations

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


class StorageUnavailable(Exception):
    """The content could not be written or read; nothing in the database changed."""


def blob_name(sha256: str) -> str:
    return f"notebooks/{sha256[:2]}/{sha256}.ipynb"


def save_blob(data: bytes) -> str:
    """Store ``data`` (once) and return its sha256."""
    sha256 = hashlib.sha256(data).hexdigest()
    name = blob_name(sha256)
    try:
        if not default_storage.exists(name):
            saved = default_storage.save(name, ContentFile(data))
            if saved != name:  # another process stored the same bytes a moment ago
                default_storage.delete(saved)
    except OSError as error:
        raise StorageUnavailable(f"The notebook could not be stored ({error.strerror}).") from error
    return sha256


def read_blob(sha256: str) -> bytes:
    try:
        with default_storage.open(blob_name(sha256), "rb") as handle:
            return handle.read()
    except OSError as error:
        raise StorageUnavailable(f"The notebook content could not be read ({error}).") from error


def delete_blob_if_unused(sha256: str) -> bool:
    """Delete a blob no notebook, revision, stage or other record refers to any more.

    Any model's field named ``content_sha256`` (or ending so, like a change
    request's base) counts as a reference, so that apps keeping content of
    their own (change requests) need not be listed here. True if deleted.
    """
    from django.apps import apps

    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if (
                field.name.endswith("content_sha256")
                and model._default_manager.filter(**{field.name: sha256}).exists()
            ):
                return False
    default_storage.delete(blob_name(sha256))
    return True
