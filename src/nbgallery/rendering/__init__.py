"""Notebook to sanitized HTML: markdown, math, highlighted code and outputs.

The public API lives in ``nbgallery.rendering.render``; everything here is a
pure function of its input, so a revision's HTML can be cached under
``RENDERER_VERSION``.
"""
