"""Where the Jupyter clients send the browser after staging (protocol §4), and old URL forms.

Included last, so that every more specific notebook route wins.
"""

urlpatterns: list = []
