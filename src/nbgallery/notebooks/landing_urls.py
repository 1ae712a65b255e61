"""Where the Jupyter clients send the browser after staging (protocol §4), and old URL forms.

Included last, so that every more specific notebook route wins. The clients
write these URLs with and without a trailing slash (§8 item 6): both work.
"""

from django.urls import path, re_path

from nbgallery.notebooks.views import landing

urlpatterns = [
    # The change-request hand-off, and what was staged, for its uploader.
    path(
        "upload/<uuid:stage_uuid>/change-request/",
        landing.change_request_pending,
        name="change_request_pending",
    ),
    path("upload/<uuid:stage_uuid>/download", landing.stage_download, name="stage_download"),
    # /notebooks/?staged=<sid> (the classic client's first upload).
    path("notebooks/", landing.notebooks_index, name="notebooks_index"),
    # /notebooks/<id>, /notebook/<id> (singular: deprecated, but both clients use it).
    re_path(r"^notebooks?/(?P<identifier>[^/]+)/?$", landing.notebook_landing),
    # /nb/<id> and /nb/<id>/<title>: "Open in the Gallery".
    re_path(r"^nb/(?P<identifier>[^/]+)(?:/(?P<title>[^/]+))?/?$", landing.notebook_landing),
]
