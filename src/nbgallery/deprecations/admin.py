"""Deprecations and site warnings in the admin site, for looking things up."""

from django.contrib import admin

from nbgallery.deprecations.models import Deprecation, SiteWarning


@admin.register(SiteWarning)
class SiteWarningAdmin(admin.ModelAdmin):
    list_display = ("message", "level", "expires_at", "created_by", "created_at")
    list_filter = ("level",)
    raw_id_fields = ("created_by",)


@admin.register(Deprecation)
class DeprecationAdmin(admin.ModelAdmin):
    # Deprecating keeps Notebook.deprecated in step; only the service does that,
    # so this page is read-only.
    list_display = ("notebook", "freeze", "deprecated_by", "created_at")
    readonly_fields = (
        "notebook",
        "reason",
        "freeze",
        "alternatives",
        "deprecated_by",
        "created_at",
    )

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
