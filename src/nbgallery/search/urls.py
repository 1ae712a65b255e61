"""The search page and its help."""

urlpatterns: list = []
