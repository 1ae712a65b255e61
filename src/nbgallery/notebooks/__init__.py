"""Notebooks: upload, storage, revisions, permissions, pages and listings."""
