"""The bookmarks page: everybody may read it, signed-in users may add to it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from nbgallery_example.forms import BookmarkForm
from nbgallery_example.models import Bookmark


def bookmarks(request: HttpRequest) -> HttpResponse:
    form = BookmarkForm(request.POST or None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if form.is_valid():
            form.instance.owner = request.user
            form.save()
            messages.success(request, "Bookmark added.")
            # Redirect after POST, so that reloading the page does not add it twice.
            return redirect("example_bookmarks")
    page = Paginator(Bookmark.objects.select_related("owner"), 50).get_page(request.GET.get("page"))
    status = 400 if form.errors else 200
    return render(
        request, "nbgallery_example/bookmarks.html", {"page": page, "form": form}, status=status
    )
