"""Every dashboard is for admins: others get a 403, visitors are sent to sign in."""

import pytest
from django.urls import reverse

from .conftest import DASHBOARDS, page


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARDS)
def test_admins_see_the_dashboard(admin_client, name):
    assert page(admin_client, name).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARDS)
def test_a_signed_in_non_admin_gets_403(charlie_client, name):
    response = page(charlie_client, name)
    assert response.status_code == 403
    assert b"for admins" in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("name", DASHBOARDS)
def test_a_visitor_is_sent_to_sign_in(client, name):
    response = page(client, name)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")
