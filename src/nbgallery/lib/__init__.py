"""Helpers that do not depend on Django."""
