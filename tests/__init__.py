"""Tests of the plugin contract, run with the example plugin of tests/example_plugin."""
