"""Deprecating notebooks (reason, freeze, alternatives) and the admin's site warning banner."""
