from django.urls import path

from nbgallery_example import views

urlpatterns = [
    path("bookmarks/", views.bookmarks, name="example_bookmarks"),
]
