from django.urls import path

from nbgallery.notebooks.views import jupyter, listings, manage, notebook, upload

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
    path("tags/<str:tag>/", listings.tag_detail, name="tag_detail"),
    path("languages/", listings.language_list, name="language_list"),
    path("languages/<str:lang>/", listings.language_detail, name="language_detail"),
]
