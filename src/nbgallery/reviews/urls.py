"""Routes of the reviews app."""

from django.urls import path

from nbgallery.reviews import views

urlpatterns = [
    path("reviews/", views.review_list, name="review_list"),
    path("reviews/<int:pk>/", views.review_detail, name="review_detail"),
    path("reviews/<int:pk>/delete/", views.review_delete, name="review_delete"),
    path("reviews/<int:pk>/reviewers/add/", views.reviewer_add, name="review_reviewer_add"),
    path(
        "reviews/<int:pk>/reviewers/remove/", views.reviewer_remove, name="review_reviewer_remove"
    ),
    # claim, unclaim, approve, unapprove, revert
    path("reviews/<int:pk>/<slug:action>/", views.review_action, name="review_action"),
    path(
        "notebooks/<uuid:uuid>/reviews/propose/",
        views.notebook_propose,
        name="notebook_propose_review",
    ),
    path("users/<str:username>/reputation/", views.user_reputation, name="user_reputation"),
]
