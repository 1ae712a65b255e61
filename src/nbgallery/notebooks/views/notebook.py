"""Being written."""

from django.http import Http404


def placeholder(request, **kwargs):
    raise Http404


notebook_detail = notebook_download = revision_list = revision_detail = revision_download = placeholder
