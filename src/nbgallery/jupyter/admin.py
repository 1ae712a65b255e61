"""The Jupyter side in the admin site: for looking things up and mending, not daily work."""

from django.contrib import admin
from django.db import models

from nbgallery.jupyter.models import Environment, Execution, ExecutionHistory, Preference


@admin.register(Environment)
class EnvironmentAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "url", "user_interface", "default", "updated_at")
    list_filter = ("user_interface", "default")
    search_fields = ("name", "url", "user__username")
    raw_id_fields = ("user",)
    # A URL typed without a scheme is taken as https (Django 6's default, stated now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ("user", "smart_indent", "auto_close_brackets", "easy_buttons", "updated_at")
    search_fields = ("user__username",)
    raw_id_fields = ("user",)


@admin.register(Execution)
class ExecutionAdmin(admin.ModelAdmin):
    list_display = ("created_at", "user", "notebook", "code_cell", "success", "runtime_seconds")
    list_filter = ("success",)
    search_fields = ("user__username", "notebook__title")
    raw_id_fields = ("user", "notebook", "code_cell")
    date_hierarchy = "created_at"


@admin.register(ExecutionHistory)
class ExecutionHistoryAdmin(admin.ModelAdmin):
    list_display = ("day", "user", "notebook", "known_cell", "unknown_cell")
    search_fields = ("user__username", "notebook__title")
    raw_id_fields = ("user", "notebook")
    date_hierarchy = "day"
