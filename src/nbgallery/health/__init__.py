"""Notebook and cell health from executions, and the metrics pages."""
