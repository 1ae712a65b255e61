"""The admin dashboards: charts of what the nightly jobs computed."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nbgallery.decorators import admin_required


@admin_required
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "dashboards/index.html", {})
