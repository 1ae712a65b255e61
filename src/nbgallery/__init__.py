"""nbgallery: an enterprise gallery for Jupyter notebooks."""

__version__ = "0.1.0"
