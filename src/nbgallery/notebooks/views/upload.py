"""Being written."""

from django.http import Http404


def placeholder(request, **kwargs):
    raise Http404


upload_start = upload_finish = stages_create = new_version_start = placeholder
