"""Full-text search over notebooks: one small backend interface, SQLite FTS5 and PostgreSQL."""
