"""Preferences and subscriptions in the admin site, for looking things up."""

from django.contrib import admin

from nbgallery.notifications.models import EmailPreference, Subscription


@admin.register(EmailPreference)
class EmailPreferenceAdmin(admin.ModelAdmin):
    list_display = ("user", "email_me", "digest", "last_digest_at")
    list_filter = ("email_me", "digest")
    search_fields = ("user__username", "user__email")
    raw_id_fields = ("user",)


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("user", "kind", "target", "created_at")
    list_filter = ("kind",)
    search_fields = ("user__username",)
    raw_id_fields = ("user", "notebook", "followed_user", "group", "tag")
