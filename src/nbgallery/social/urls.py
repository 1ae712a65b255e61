"""Routes of the social app: stars, comments, likes, feedback, external resources."""

from django.urls import path

from nbgallery.social.views import comments, feedback, resources, stars

NB = "notebooks/<uuid:uuid>/"

urlpatterns = [
    path(NB + "star/", stars.notebook_star, name="notebook_star"),
    path("stars/", stars.my_stars, name="my_stars"),
    path(NB + "comments/", comments.comment_list, name="comment_list"),
    path(NB + "comments/add/", comments.comment_add, name="comment_add"),
    path("comments/<int:pk>/edit/", comments.comment_edit, name="comment_edit"),
    path("comments/<int:pk>/delete/", comments.comment_delete, name="comment_delete"),
    path("comments/<int:pk>/like/", comments.comment_like, name="comment_like"),
    path(NB + "feedback/", feedback.feedback_list, name="feedback_list"),
    path(NB + "feedback/new/", feedback.feedback_new, name="feedback_new"),
    path(NB + "resources/add/", resources.resource_add, name="resource_add"),
    path("resources/<int:pk>/delete/", resources.resource_delete, name="resource_delete"),
]
