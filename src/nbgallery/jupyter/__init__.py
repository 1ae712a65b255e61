"""What the Jupyter side needs: environments, preferences and executions (protocol G1-G3, G10)."""
