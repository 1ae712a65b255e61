"""Being written."""

from django.http import Http404


def placeholder(request, **kwargs):
    raise Http404


tag_list = tag_detail = language_list = language_detail = group_landing = placeholder
