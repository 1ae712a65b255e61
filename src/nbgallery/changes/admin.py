from django.contrib import admin

from nbgallery.changes.models import ChangeRequest


@admin.register(ChangeRequest)
class ChangeRequestAdmin(admin.ModelAdmin):
    list_display = ["reqid", "notebook", "requester", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["notebook__title", "requester__username", "summary"]
    raw_id_fields = ["notebook", "requester", "reviewer", "revision"]
