from django.urls import path, register_converter

from nbgallery.accounts.views import groups, users
from nbgallery.notebooks.views import formats, jupyter, listings, manage, notebook, upload


class NameConverter:
    """A tag or language name in a path: like ``str``, but never a NUL character,
    which PostgreSQL cannot even compare with (it would be a 500, not a 404)."""

    regex = "[^/\x00]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(formats.FormatConverter, "fmt")
register_converter(NameConverter, "name")

NB = "notebooks/<uuid:uuid>/"
REV = NB + "revisions/<str:commit_id>/"

urlpatterns = [
    # Upload: step 1 (a file, or the raw body for clients) and step 2 (the details form).
    path("upload/", upload.upload_start, name="upload"),
    path("upload/<uuid:stage_uuid>/", upload.upload_finish, name="upload_finish"),
    path("stages", upload.stages_create, name="stages"),
    path(NB + "new-version/", upload.new_version_start, name="notebook_new_version"),
    # Reading.
    path(NB, notebook.notebook_detail, name="notebook_detail"),
    path(NB + "download", notebook.notebook_download, name="notebook_download"),
    path(NB + "revisions/", notebook.revision_list, name="revision_list"),
    path(REV, notebook.revision_detail, name="revision_detail"),
    path(REV + "download", notebook.revision_download, name="revision_download"),
    # Changing.
    path(REV + "edit/", manage.revision_edit, name="revision_edit"),
    path(NB + "edit/", manage.notebook_edit, name="notebook_edit"),
    path(NB + "owner/", manage.notebook_owner, name="notebook_owner"),
    path(NB + "delete/", manage.notebook_delete, name="notebook_delete"),
    path(NB + "shares/", manage.notebook_shares, name="notebook_shares"),
    path("groups/<uuid:gid>/landing/", listings.group_landing, name="group_landing"),
    # For the Jupyter clients: any identifier form (a full UUID's download is matched above).
    path("notebooks/<str:identifier>/metadata", jupyter.notebook_metadata, name="jupyter_metadata"),
    path("notebooks/<str:identifier>/download", jupyter.notebook_download, name="jupyter_download"),
    path("notebooks/<str:identifier>/diff", jupyter.notebook_diff, name="jupyter_diff"),
    path("notebooks/<str:identifier>/uuid", jupyter.notebook_uuid, name="jupyter_uuid"),
    path("nb/<str:identifier>/uuid", jupyter.notebook_uuid),
    path("nb/<str:identifier>/<str:title>/uuid", jupyter.notebook_uuid),
    # Listings.
    path("tags/", listings.tag_list, name="tag_list"),
    path("tags/<name:tag>/", listings.tag_detail, name="tag_detail"),
    path("languages/", listings.language_list, name="language_list"),
    path("languages/<name:lang>/", listings.language_detail, name="language_detail"),
    # Every listing as JSON or RSS: its path with the suffix .json or .rss.
    path("notebooks.<fmt:fmt>", listings.home_listing, name="home_listing"),
    path("tags.<fmt:fmt>", listings.tag_list, name="tag_list_format"),
    path("tags/<name:tag>.<fmt:fmt>", listings.tag_detail, name="tag_detail_format"),
    path("languages.<fmt:fmt>", listings.language_list, name="language_list_format"),
    path(
        "languages/<name:lang>.<fmt:fmt>", listings.language_detail, name="language_detail_format"
    ),
    path("users/<str:username>.<fmt:fmt>", users.user_detail, name="user_detail_format"),
    path("groups.<fmt:fmt>", groups.group_list, name="group_list_format"),
    path("groups/<uuid:gid>.<fmt:fmt>", groups.group_detail, name="group_detail_format"),
    path("opensearch", listings.opensearch, name="opensearch"),
]
