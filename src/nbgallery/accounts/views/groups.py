"""Group pages. (Being written: list, create, detail, edit, delete, members.)"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse


def group_list(request: HttpRequest) -> HttpResponse:
    raise Http404


group_create = group_detail = group_edit = group_delete = member_add = member_change = group_list
