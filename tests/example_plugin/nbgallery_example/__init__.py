"""An example nbgallery plugin (used by the test suite)."""
