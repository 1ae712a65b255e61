"""Helpers for the tests that run the published Jupyter clients for real.

The clients (``jupyter-nbgallery`` 3.0.1 and ``jupyterlab_nbgallery`` 3.0.6)
live in a separate virtual environment built by ``scripts/jupyter-venv``;
``jupyter_process`` finds that environment and starts JupyterLab from it.
"""
