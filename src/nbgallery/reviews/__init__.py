"""Peer reviews (technical, functional, compliance) and user reputation."""
