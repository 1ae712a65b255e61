"""Users, groups and group memberships."""
