"""G1: ``default`` is set when sent (Rails' to_bool) and kept when not.

The original cleared it on every re-registration; keeping it is the
improvement the protocol allows (§8.2): a user's chosen default survives
Jupyter registering itself again.
"""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment
from nbgallery.jupyter.tests.environments.conftest import LAB_FIELDS, register

pytestmark = pytest.mark.django_db


def test_reregistering_without_default_keeps_it(alice, alice_client):
    register(alice_client, **LAB_FIELDS, default="true")
    assert Environment.objects.get(user=alice).default is True

    register(alice_client, **LAB_FIELDS)

    assert Environment.objects.get(user=alice).default is True


@pytest.mark.parametrize(
    ("sent", "default"),
    [
        ("true", True),
        ("1", True),
        ("yes", True),
        ("on", True),
        ("2", True),
        ("false", False),
        ("0", False),
        ("no", False),
        ("", False),
    ],
)
def test_default_sent_is_read_as_the_protocol_boolean(alice, alice_client, sent, default):
    register(alice_client, **LAB_FIELDS, default="true" if not default else "false")

    register(alice_client, **LAB_FIELDS, default=sent)

    assert Environment.objects.get(user=alice).default is default
