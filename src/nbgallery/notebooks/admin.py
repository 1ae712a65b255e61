"""Notebooks in the admin site: for looking things up and setting the flags.

Until deprecation (issue 6) and reviews (issue 7) bring their own pages, the
admin site is where ``deprecated``, ``verified`` and ``unapproved`` are set.
Content, owners and revisions change only through the notebook services
(they keep blobs, revisions and the search index in step), so they are
read-only here. A change of flags is re-indexed, since search filters on them.
"""

from django.contrib import admin

from nbgallery.notebooks.flags import FLAGS
from nbgallery.notebooks.models import Notebook
from nbgallery.search.indexing import index_on_commit


@admin.register(Notebook)
class NotebookAdmin(admin.ModelAdmin):
    list_display = (
        "title",
        "owner_name",
        "public",
        "lang",
        "updated_at",
        "deprecated",
        "verified",
        "unapproved",
    )
    list_editable = FLAGS
    list_filter = (*FLAGS, "public", "lang")
    search_fields = ("title", "uuid", "owner_user__username", "owner_group__name")
    list_select_related = ("owner_user", "owner_group")
    date_hierarchy = "updated_at"
    fields = (
        "uuid",
        "title",
        "description",
        "public",
        "lang",
        "lang_version",
        "owner_user",
        "owner_group",
        "creator",
        "updater",
        "created_at",
        "updated_at",
        "deprecated",
        "verified",
        "unapproved",
    )
    readonly_fields = tuple(name for name in fields if name not in FLAGS)

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        index_on_commit(obj.pk)

    def has_add_permission(self, request) -> bool:
        # A notebook is made by uploading it, which stores its content and first revision.
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        # Deleting goes through the notebook page, which also forgets unused content.
        return False
