"""Change requests: proposed new versions that owners accept or decline."""
