"""Pages for users (users.py) and groups (groups.py)."""
