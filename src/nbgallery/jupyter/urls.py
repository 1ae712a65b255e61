"""Routes the Jupyter clients call (protocol G1-G3, G9, G10) and the environments page."""

urlpatterns: list = []
