from django.contrib import admin

from nbgallery.social.models import Comment, Feedback, Resource


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["notebook", "user", "created_at"]
    raw_id_fields = ["notebook", "user"]
    search_fields = ["body", "user__username", "notebook__title"]


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["notebook", "user", "ran", "worked", "created_at"]
    raw_id_fields = ["notebook", "user"]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["title", "href", "notebook", "user", "created_at"]
    raw_id_fields = ["notebook", "user"]
