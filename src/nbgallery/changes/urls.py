"""Routes of the changes app (reference §2.3)."""

from django.urls import path

from nbgallery.changes.views import propose, requests

CR = "change_requests/<uuid:reqid>/"

urlpatterns = [
    path("change_requests/", requests.change_request_list, name="change_request_list"),
    path(CR, requests.change_request_detail, name="change_request_detail"),
    path(CR + "diff", requests.change_request_diff, name="change_request_diff"),
    path(CR + "download", requests.change_request_download, name="change_request_download"),
    path(CR + "metadata", requests.change_request_metadata, name="change_request_metadata"),
    path(CR + "accept", requests.change_request_accept, name="change_request_accept"),
    path(CR + "decline", requests.change_request_decline, name="change_request_decline"),
    path(CR + "cancel", requests.change_request_cancel, name="change_request_cancel"),
    path(
        "notebooks/<uuid:notebook_uuid>/propose/",
        propose.propose_change_page,
        name="change_request_propose",
    ),
]
