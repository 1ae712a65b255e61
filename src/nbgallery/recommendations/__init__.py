"""Recommended notebooks, tags and groups, and similar notebooks."""
