"""Being written."""

from django.http import Http404


def placeholder(request, **kwargs):
    raise Http404


revision_edit = notebook_edit = notebook_owner = notebook_delete = notebook_shares = placeholder
