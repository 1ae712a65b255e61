"""Background jobs: the periodic scheduler and the worker command."""
