"""Reviews and reputation in the Django admin (read mostly: the workflow has its pages)."""

from django.contrib import admin

from nbgallery.reviews.models import RecommendedReviewer, Review, ReviewHistory, UserSummary


class HistoryInline(admin.TabularInline):
    model = ReviewHistory
    extra = 0
    readonly_fields = ["actor", "action", "reviewer", "comment", "created_at"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["notebook", "revtype", "status", "reviewer", "automatic", "updated_at"]
    list_filter = ["revtype", "status", "automatic"]
    raw_id_fields = ["notebook", "revision", "reviewer"]
    inlines = [HistoryInline]


@admin.register(RecommendedReviewer)
class RecommendedReviewerAdmin(admin.ModelAdmin):
    list_display = ["review", "user", "score", "manual"]
    raw_id_fields = ["review", "user"]


@admin.register(UserSummary)
class UserSummaryAdmin(admin.ModelAdmin):
    list_display = ["user", "user_rep_raw", "user_rep_pct", "author_rep_raw", "author_rep_pct"]
    search_fields = ["user__username"]
    raw_id_fields = ["user"]
